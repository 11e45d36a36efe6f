import * as core from "@actions/core";
import type { CheckReport, Logger, Publisher } from "../core/ports.js";
import { silentLogger } from "../core/ports.js";
import { publishCheckRun } from "./check-run.js";
import { type GitHubClient, isRequestError, type RepoRef } from "./client.js";
import { type CommentAuthor, upsertStickyComment } from "./sticky-comment.js";

export interface GitHubPublisherOptions {
  client: GitHubClient;
  repo: RepoRef;
  /** The pull request the comment goes on. */
  pullNumber: number;
  /** The PR's head commit, which the check run is reported on. */
  headSha: string;
  logger?: Logger;
  author?: CommentAuthor;
  /** Link from the check run to the workflow run. */
  detailsUrl?: string;
  /** Where the job summary goes; default @actions/core's summary (GITHUB_STEP_SUMMARY). */
  writeSummary?: (markdown: string) => Promise<void>;
  /**
   * Takes over when GitHub refuses a write because the token is read-only (a fork's
   * `pull_request` run): the files land here for the workflow_run poster to publish.
   */
  fallback?: Publisher;
}

const readOnlyToken = (e: unknown) =>
  isRequestError(e, 403) && /not accessible by integration/i.test(String((e as Error).message));

/** The Publisher port on GitHub: sticky PR comment, job summary, check run. */
export async function appendJobSummary(md: string): Promise<void> {
  await core.summary.addRaw(md, true).write();
}

export function githubPublisher(opts: GitHubPublisherOptions): Publisher {
  const logger = opts.logger ?? silentLogger;
  const writeSummary = opts.writeSummary ?? appendJobSummary;
  const orFallback = async <T>(what: string, post: () => Promise<T>, local: (p: Publisher) => Promise<T>) => {
    try {
      return await post();
    } catch (e) {
      const cause = (e as Error).cause ?? e;
      if (!opts.fallback || !readOnlyToken(cause)) throw e;
      logger.warn(
        `the token cannot ${what} (read-only, as on a pull request from a fork); ` +
          "wrote the files instead — the workflow_run poster (`mlgate publish`) publishes them",
      );
      return local(opts.fallback);
    }
  };
  return {
    upsertComment(key, markdown) {
      return orFallback(
        "comment on the pull request",
        async () => {
          const r = await upsertStickyComment(
            opts.client,
            { ...opts.repo, issueNumber: opts.pullNumber },
            key,
            markdown,
            { logger, author: opts.author },
          );
          logger.info(`${r.action} comment ${r.url}`);
          return r.url;
        },
        (p) => p.upsertComment(key, markdown),
      );
    },
    summary(markdown) {
      return writeSummary(markdown);
    },
    check(check: CheckReport) {
      return orFallback(
        "create a check run",
        async () => {
          const r = await publishCheckRun(opts.client, { ...opts.repo, headSha: opts.headSha }, check, {
            detailsUrl: opts.detailsUrl,
          });
          return r.url;
        },
        async (p) => p.check?.(check),
      );
    },
  };
}
