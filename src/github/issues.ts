import { type GitHubClient, githubError, type RepoRef } from "./client.js";

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  labels: string[];
  url: string;
}

type RawIssue = {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
};

function toIssue(d: RawIssue): Issue {
  return {
    number: d.number,
    title: d.title,
    body: d.body ?? null,
    state: d.state === "closed" ? "closed" : "open",
    labels: d.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    url: d.html_url,
  };
}

/** Issues (not pull requests) carrying every label in `labels`, newest first. */
export async function listIssues(
  client: GitHubClient,
  repo: RepoRef,
  opts: { labels?: string[]; state?: "open" | "closed" | "all" } = {},
): Promise<Issue[]> {
  try {
    const all = await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: opts.state ?? "open",
      ...(opts.labels?.length ? { labels: opts.labels.join(",") } : {}),
      per_page: 100,
    });
    // The issues endpoint also returns pull requests.
    return (all as RawIssue[]).filter((i) => !i.pull_request).map(toIssue);
  } catch (e) {
    throw githubError("list issues", e);
  }
}

export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  opts: { title: string; body: string; labels?: string[] },
  /**
   * `once`: no automatic retry. A create whose response was lost may have happened; a caller that
   * must not open a second issue looks for it before trying again (see `src/github/alerts.ts`).
   */
  retry: "auto" | "once" = "auto",
): Promise<Issue> {
  try {
    const { data } = await client.rest.issues.create({
      ...repo,
      ...opts,
      ...(retry === "once" ? { request: { retries: 0 } } : {}),
    });
    return toIssue(data as RawIssue);
  } catch (e) {
    throw githubError(`open issue '${opts.title}'`, e);
  }
}

export async function updateIssue(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  opts: {
    title?: string;
    body?: string;
    state?: "open" | "closed";
    labels?: string[];
    state_reason?: "completed" | "not_planned" | "duplicate" | "reopened";
  },
): Promise<Issue> {
  try {
    const { data } = await client.rest.issues.update({ ...repo, issue_number: issueNumber, ...opts });
    return toIssue(data as RawIssue);
  } catch (e) {
    throw githubError(`update issue #${issueNumber}`, e);
  }
}

/** Adds a comment to an issue (or pull request). */
export async function commentOnIssue(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  body: string,
): Promise<string> {
  try {
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return data.html_url;
  } catch (e) {
    throw githubError(`comment on issue #${issueNumber}`, e);
  }
}

/**
 * One open issue per (label, title): updated when it exists, opened otherwise. Drift reports use
 * it so a drifting column keeps one issue that tracks it instead of a new one every night.
 */
export async function upsertIssue(
  client: GitHubClient,
  repo: RepoRef,
  opts: { label: string; title: string; body: string; extraLabels?: string[] },
): Promise<{ issue: Issue; action: "created" | "updated" }> {
  const open = await listIssues(client, repo, { labels: [opts.label], state: "open" });
  const existing = open.find((i) => i.title === opts.title);
  if (existing) {
    const issue = await updateIssue(client, repo, existing.number, { body: opts.body });
    return { issue, action: "updated" };
  }
  const issue = await createIssue(client, repo, {
    title: opts.title,
    body: opts.body,
    labels: [opts.label, ...(opts.extraLabels ?? [])],
  });
  return { issue, action: "created" };
}
