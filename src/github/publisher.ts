import * as core from "@actions/core";
import type { CheckReport, Logger, Publisher } from "../core/ports.js";
import { silentLogger } from "../core/ports.js";
import { localPublisher } from "../local/publisher.js";
import { publishCheckRun } from "./check-run.js";
import {
  apiBaseUrl,
  type GitHubClient,
  githubClient,
  isRequestError,
  type RepoRef,
  type RetryTiming,
  readActionsContext,
  tokenFrom,
} from "./client.js";
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
async function appendJobSummary(md: string): Promise<void> {
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

export interface PublisherChoice {
  publisher: Publisher;
  kind: "github" | "local";
  /** Why this one, for the log. */
  reason: string;
}

/**
 * The one place that decides where reports go. GitHub inside Actions on a pull request with a
 * token; the local files otherwise. A fork's `pull_request` run has a read-only token, so it
 * writes files too (and so does any run whose token turns out read-only): the `pull_request` job
 * uploads them and a `workflow_run` job with write permission runs `mlgate publish`.
 */
export function choosePublisher(opts: {
  outDir: string;
  env?: NodeJS.ProcessEnv;
  token?: string;
  logger?: Logger;
  timing?: Partial<RetryTiming>;
  writeSummary?: (markdown: string) => Promise<void>;
}): PublisherChoice {
  const env = opts.env ?? process.env;
  const files = localPublisher(opts.outDir);
  if (env.GITHUB_ACTIONS !== "true") {
    return {
      publisher: files,
      kind: "local",
      reason: `not in GitHub Actions: wrote files to ${opts.outDir}`,
    };
  }
  // Inside Actions the job summary is there whatever the token or event, and the comment and the
  // check point to it: the files go to --out, and the summary to the job summary as well.
  const writeSummary = opts.writeSummary ?? (env.GITHUB_STEP_SUMMARY ? appendJobSummary : undefined);
  const local: Publisher = writeSummary
    ? {
        ...files,
        async summary(markdown) {
          await files.summary(markdown);
          await writeSummary(markdown);
        },
      }
    : files;
  const localChoice = (reason: string): PublisherChoice => ({ publisher: local, kind: "local", reason });
  const ctx = readActionsContext(env);
  if (!ctx.pullRequest) {
    return localChoice(
      `event ${ctx.eventName || "(none)"} is not a pull request: wrote files to ${opts.outDir}`,
    );
  }
  const token = opts.token ?? tokenFrom(env);
  if (!token) return localChoice(`no token (pass github-token): wrote files to ${opts.outDir}`);
  if (ctx.eventName === "pull_request" && ctx.pullRequest.fromFork) {
    return localChoice(
      `pull request #${ctx.pullRequest.number} comes from a fork, whose token is read-only: wrote files to ` +
        `${opts.outDir}; upload them as an artifact and the workflow_run poster (\`mlgate publish\`) publishes them`,
    );
  }
  const client = githubClient({
    token,
    baseUrl: apiBaseUrl(env),
    logger: opts.logger,
    timing: opts.timing,
  });
  return {
    kind: "github",
    reason: `pull request #${ctx.pullRequest.number}: posting to GitHub`,
    publisher: githubPublisher({
      client,
      repo: ctx.repo,
      pullNumber: ctx.pullRequest.number,
      headSha: ctx.pullRequest.headSha,
      logger: opts.logger,
      detailsUrl: ctx.runId
        ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`
        : undefined,
      writeSummary: opts.writeSummary,
      fallback: files,
    }),
  };
}
