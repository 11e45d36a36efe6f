import { MlgateError } from "../core/errors.js";
import { type AlertRef, type Alerts, type Logger, silentLogger } from "../core/ports.js";
import { type GitHubClient, isRequestError, type RepoRef } from "./client.js";
import { commentOnIssue, createIssue, type Issue, listIssues, updateIssue } from "./issues.js";
import { COMMENT_BODY_LIMIT, commentMarker } from "./sticky-comment.js";

/**
 * Alerts as sticky issues: one issue per key, found by the hidden marker that opens its body
 * (`<!-- mlgate:drift:penguins -->`, percent-encoded as the sticky comment's) among the issues with
 * the alert's labels, open or closed, across every page. A run updates the open one in place; when
 * the alert was resolved (closed) and the condition comes back, the same issue is reopened, so a
 * model's drift history stays in one thread and there is never a second issue for one key.
 * Creating is the one write that could duplicate (a lost response after GitHub made the issue):
 * it is sent without automatic retry, and before trying again the issues are listed afresh.
 */
export function githubAlerts(opts: {
  client: GitHubClient;
  repo: RepoRef;
  logger?: Logger;
  /** Labels the issues carry (mlgate.yml `drift.issue.labels`): `resolve` and `find` search by them. */
  labels?: string[];
}): Alerts {
  const { client, repo } = opts;
  const searchLabels = opts.labels?.length ? opts.labels : ["mlgate"];
  const logger = opts.logger ?? silentLogger;

  const marked = async (key: string, labels: string[]): Promise<Issue[]> => {
    const marker = commentMarker(key);
    const all = await listIssues(client, repo, { labels, state: "all" });
    return all
      .filter((i) => i.body === marker || i.body?.startsWith(`${marker}\n`))
      .sort((a, b) => a.number - b.number);
  };
  const toRef = (key: string, issue: Issue, created: boolean): AlertRef => ({
    url: issue.url,
    state: issue.state,
    body: stripMarker(key, issue.body ?? ""),
    created,
  });
  /** The issue of `key`: the oldest open one, else the newest closed one. Extra open ones are closed. */
  const current = async (key: string, labels: string[]): Promise<Issue | undefined> => {
    const found = await marked(key, labels);
    const open = found.filter((i) => i.state === "open");
    for (const extra of open.slice(1)) {
      logger.warn(`closing #${extra.number}, a second open issue for ${key}`);
      await updateIssue(client, repo, extra.number, { state: "closed", state_reason: "duplicate" });
    }
    return open[0] ?? found.at(-1);
  };

  return {
    async raise(key, alert) {
      const body = `${commentMarker(key)}\n${alert.body}`;
      if (body.length > COMMENT_BODY_LIMIT) {
        throw new MlgateError(
          `the issue body for ${key} is ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`,
          {
            hint: "the report layer fits the report to the limit; this is a bug if it happens",
          },
        );
      }
      const existing = await current(key, alert.labels);
      if (existing) {
        const reopen = existing.state === "closed";
        const issue = await updateIssue(client, repo, existing.number, {
          title: alert.title,
          body,
          ...(reopen ? { state: "open" as const, state_reason: "reopened" as const } : {}),
        });
        if (reopen) logger.info(`reopened ${issue.url} (${key})`);
        return toRef(key, issue, false);
      }
      for (let attempt = 1; ; attempt++) {
        try {
          const issue = await createIssue(
            client,
            repo,
            { title: alert.title, body, labels: alert.labels },
            "once",
          );
          return toRef(key, issue, true);
        } catch (e) {
          const cause = (e as { cause?: unknown }).cause ?? e;
          const transient = isRequestError(cause) && cause.status >= 500;
          if (!transient || attempt >= 4) throw e;
          // The issue may exist though the answer was lost: look before creating again.
          const made = await current(key, alert.labels);
          if (made) {
            logger.info(`the create's answer was lost, but ${made.url} exists; using it`);
            return toRef(key, made, true);
          }
          logger.warn(
            `creating the ${key} issue failed (HTTP ${cause.status}); trying again (${attempt} of 3)`,
          );
        }
      }
    },
    async resolve(key, comment) {
      const existing = await current(key, searchLabels);
      if (!existing || existing.state === "closed") return undefined;
      await commentOnIssue(client, repo, existing.number, comment);
      const issue = await updateIssue(client, repo, existing.number, {
        state: "closed",
        state_reason: "completed",
      });
      return toRef(key, issue, false);
    },
    async find(key) {
      const existing = await current(key, searchLabels);
      return existing && toRef(key, existing, false);
    },
  };
}

function stripMarker(key: string, body: string): string {
  const marker = commentMarker(key);
  return body.startsWith(`${marker}\n`) ? body.slice(marker.length + 1) : body === marker ? "" : body;
}
