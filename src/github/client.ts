import { readFileSync } from "node:fs";
import { Octokit, RequestError } from "octokit";
import { MlgateError } from "../core/errors.js";
import { type Logger, silentLogger } from "../core/ports.js";

export type GitHubClient = InstanceType<typeof Octokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * How long the client waits between attempts. GitHub gives waits in seconds (`retry-after`,
 * `x-ratelimit-reset`, the retry plugin's (n+1)² backoff); `msPerSecond` turns them into real time,
 * so tests can run the same policy in milliseconds.
 */
export interface RetryTiming {
  /** Milliseconds per second of a wait GitHub asks for. 1000 in production. */
  msPerSecond: number;
  /** Attempts after the first, for 5xx and for rate limits alike. */
  maxRetries: number;
  /** A rate limit that asks for a longer wait than this fails instead of stalling the job. */
  maxWaitSeconds: number;
  /**
   * Space mutating requests one second apart, as GitHub asks of integrations that create
   * content; off only where nothing real is on the other end.
   */
  spaceWrites: boolean;
}

export const defaultTiming: RetryTiming = {
  msPerSecond: 1000,
  maxRetries: 3,
  maxWaitSeconds: 300,
  spaceWrites: true,
};

export interface ClientOptions {
  token: string;
  /** REST API root; default from GITHUB_API_URL (GitHub Enterprise Server, or a test server). */
  baseUrl?: string;
  logger?: Logger;
  timing?: Partial<RetryTiming>;
}

/** A Bottleneck group stand-in that runs jobs at once: no spacing between writes. */
const unspacedGroup = {
  key: () => ({
    schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => fn(...args)),
  }),
};

/** An octokit with retries on 5xx and network errors, and rate limits that honour GitHub's waits. */
export function githubClient(opts: ClientOptions): GitHubClient {
  const timing = { ...defaultTiming, ...opts.timing };
  const logger = opts.logger ?? silentLogger;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const retry = retryCount < timing.maxRetries && retryAfter <= timing.maxWaitSeconds;
      logger.warn(
        `GitHub ${kind} on ${options.method} ${options.url}: ` +
          (retry
            ? `waiting ${retryAfter}s as asked, then retry ${retryCount + 1} of ${timing.maxRetries}`
            : `giving up after ${retryCount} retries (asked to wait ${retryAfter}s)`),
      );
      return retry;
    };
  const unspaced = timing.spaceWrites
    ? {}
    : { write: unspacedGroup, notifications: unspacedGroup, search: unspacedGroup };
  return new Octokit({
    auth: opts.token,
    baseUrl: opts.baseUrl ?? apiBaseUrl(process.env),
    userAgent: "mlgate",
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.error(m),
    },
    retry: {
      retries: timing.maxRetries,
      retryAfterBaseValue: timing.msPerSecond,
      // 429 is the throttling plugin's: it waits for the reset GitHub names instead of backing off blindly.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      retryAfterBaseValue: timing.msPerSecond,
      ...(unspaced as object),
    },
  });
}

export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}

/** The token an action or a workflow step provides: the action input, or GITHUB_TOKEN / GH_TOKEN. */
export function tokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  const t = env["INPUT_GITHUB-TOKEN"] || env.GITHUB_TOKEN || env.GH_TOKEN;
  return t?.trim() || undefined;
}

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  /** A PR from another repository: on `pull_request` its token is read-only. */
  fromFork: boolean;
}

export interface ActionsContext {
  repo: RepoRef;
  eventName: string;
  /** The webhook payload of the triggering event. */
  payload: Record<string, unknown>;
  sha: string | undefined;
  runId: number | undefined;
  serverUrl: string;
  /** The pull request of a `pull_request` / `pull_request_target` event. */
  pullRequest: PullRequestRef | undefined;
}

/**
 * The run's context, read from the variables the runner sets, the same ones @actions/github's
 * `context` reads. Read per call from `env` (not the module-level singleton, which is frozen at
 * import) so one process can serve several runs and tests can vary it; a missing or unreadable
 * event file is an error here where @actions/github only prints a line.
 */
export function readActionsContext(env: NodeJS.ProcessEnv = process.env): ActionsContext {
  const full = env.GITHUB_REPOSITORY;
  const m = full ? /^([\w.-]+)\/([\w.-]+)$/.exec(full) : null;
  if (!m) {
    throw new MlgateError(
      full ? `GITHUB_REPOSITORY '${full}' is not owner/name` : "not running inside GitHub Actions",
      {
        hint: "run this in a workflow, or set GITHUB_REPOSITORY=owner/name, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and GITHUB_TOKEN",
      },
    );
  }
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, "utf8")) as Record<string, unknown>;
    } catch (e) {
      throw new MlgateError(`cannot read the event payload ${eventPath}: ${(e as Error).message}`, {
        location: { file: eventPath },
        hint: "GITHUB_EVENT_PATH must name the JSON webhook payload the runner wrote",
      });
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? "", 10);
  return {
    repo: { owner: m[1]!, repo: m[2]! },
    eventName,
    payload,
    sha: env.GITHUB_SHA,
    runId: Number.isFinite(runId) ? runId : undefined,
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    pullRequest: pullRequestOf(payload, `${m[1]}/${m[2]}`),
  };
}

function pullRequestOf(payload: Record<string, unknown>, repoFullName: string): PullRequestRef | undefined {
  const pr = payload.pull_request as
    | { number?: unknown; head?: { sha?: unknown; repo?: { full_name?: unknown } | null } }
    | undefined;
  if (!pr || typeof pr.number !== "number" || typeof pr.head?.sha !== "string") return undefined;
  const headRepo = typeof pr.head.repo?.full_name === "string" ? pr.head.repo.full_name : null;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRepo,
    fromFork: headRepo?.toLowerCase() !== repoFullName.toLowerCase(),
  };
}

/** A create that hit something already there (HTTP 422 "already exists"): compare-and-swap lost. */
export class AlreadyExistsError extends MlgateError {
  readonly what: string;
  constructor(what: string, cause: unknown) {
    super(`${what} already exists`, {
      cause,
      hint: "it was created by another run; read it back, or pick the next name",
    });
    this.name = "MlgateError";
    this.what = what;
  }
}

export function isRequestError(e: unknown, status?: number): e is RequestError {
  return e instanceof RequestError && (status === undefined || e.status === status);
}

/** GitHub's validation message, e.g. "Reference already exists". */
export function requestErrorMessage(e: RequestError): string {
  const data = e.response?.data as
    | { message?: string; errors?: { message?: string; code?: string }[] }
    | undefined;
  const details = (data?.errors ?? []).map((x) => x.message ?? x.code).filter(Boolean);
  return [data?.message ?? e.message, ...details].join(": ");
}

/** `read()`'s value, or undefined when GitHub answers 404; other failures become `githubError(action)`. */
export async function unlessNotFound<T>(action: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (isRequestError(e, 404)) return undefined;
    throw githubError(action, e);
  }
}

/** True when a 422 says the thing being created exists already. */
export function isAlreadyExists(e: unknown): boolean {
  if (!isRequestError(e, 422)) return false;
  const data = e.response?.data as { message?: string; errors?: { code?: string; message?: string }[] };
  return (
    /already exists/i.test(data?.message ?? "") ||
    (data?.errors ?? []).some((x) => x.code === "already_exists" || /already exists/i.test(x.message ?? ""))
  );
}

/**
 * A failed GitHub call as a user-fixable error: what was attempted, what GitHub said, and the
 * usual fix (a missing `permissions:` entry is by far the most common).
 */
export function githubError(action: string, e: unknown): Error {
  if (!isRequestError(e)) return e as Error;
  const said = requestErrorMessage(e);
  let hint: string | undefined;
  if (e.status === 401) hint = "the token is missing or expired; pass `github-token` or set GITHUB_TOKEN";
  else if (e.status === 403 && /not accessible by integration/i.test(said))
    hint =
      "the workflow token lacks a permission: add it under `permissions:` (pull-requests: write, checks: write, contents: write, issues: write, deployments: write, actions: write)";
  else if (e.status === 404) hint = "check the repository name and that the token can see it";
  return new MlgateError(`GitHub refused to ${action}: HTTP ${e.status} ${said}`, { cause: e, hint });
}
