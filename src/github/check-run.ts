import { MlgateError } from "../core/errors.js";
import type { CheckAnnotation, CheckReport } from "../core/ports.js";
import { type GitHubClient, githubError, type RepoRef } from "./client.js";

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Limit of a check run's output summary and text. */
export const CHECK_OUTPUT_LIMIT = 65535;

export function checkRunName(model: string): string {
  return `mlgate / ${model}`;
}

export interface CheckRunTarget extends RepoRef {
  /** The commit the check is reported on: a PR's head commit, not the merge commit. */
  headSha: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Requests made: one create and one update per further batch of annotations. */
  requests: number;
}

function checkOutput(check: CheckReport): void {
  const fail = (what: string) => {
    throw new MlgateError(`check run '${check.name}': ${what}`, {
      hint: "the report layer must keep check output within GitHub's limits; nothing was posted",
    });
  };
  if (!check.name.trim()) fail("the name is empty");
  if (!check.title.trim()) fail("the title is empty");
  if (check.summary.length > CHECK_OUTPUT_LIMIT)
    fail(`the summary is ${check.summary.length} characters, the limit is ${CHECK_OUTPUT_LIMIT}`);
  if ((check.text?.length ?? 0) > CHECK_OUTPUT_LIMIT)
    fail(`the text is ${check.text?.length} characters, the limit is ${CHECK_OUTPUT_LIMIT}`);
  for (const [i, a] of (check.annotations ?? []).entries()) {
    if (!(Number.isInteger(a.start_line) && a.start_line >= 1 && a.end_line >= a.start_line))
      fail(`annotation ${i + 1} has lines ${a.start_line}–${a.end_line}; need 1 ≤ start_line ≤ end_line`);
    if (!a.path) fail(`annotation ${i + 1} has no path`);
  }
}

function batches(annotations: CheckAnnotation[]): CheckAnnotation[][] {
  const out: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    out.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  return out;
}

/**
 * Reports a completed check run: created with the first 50 annotations, then updated once per
 * further 50, since GitHub takes no more per request and appends what each update brings.
 */
export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  check: CheckReport,
  opts: { detailsUrl?: string; externalId?: string } = {},
): Promise<CheckRunResult> {
  checkOutput(check);
  const { owner, repo } = target;
  const [first = [], ...rest] = batches(check.annotations ?? []);
  const output = { title: check.title, summary: check.summary, text: check.text };
  let id: number;
  let url: string;
  try {
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: check.name,
      head_sha: target.headSha,
      status: "completed",
      conclusion: check.conclusion,
      completed_at: new Date().toISOString(),
      ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
      ...(opts.externalId ? { external_id: opts.externalId } : {}),
      output: { ...output, annotations: first },
    });
    id = data.id;
    url = data.html_url ?? data.url;
  } catch (e) {
    throw githubError(`create check run '${check.name}'`, e);
  }
  for (const batch of rest) {
    try {
      await client.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { title: check.title, summary: check.summary, annotations: batch },
      });
    } catch (e) {
      throw githubError(`add annotations to check run '${check.name}'`, e);
    }
  }
  return { id, url, requests: 1 + rest.length };
}
