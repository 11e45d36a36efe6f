import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod";
import { type Evaluation, evaluationSchema } from "../core/contracts/evaluation.js";
import { MlgateError } from "../core/errors.js";
import type { CheckReport, Logger } from "../core/ports.js";
import { checkRunName, publishCheckRun } from "../github/check-run.js";
import { type ActionsContext, type GitHubClient, githubError, isRequestError } from "../github/client.js";
import { commentBudget, upsertStickyComment } from "../github/sticky-comment.js";

/**
 * `mlgate publish`: the write-permission half of the fork-safe pattern. A `pull_request` run
 * (read-only token on forks) uploads evaluation.json, pr-comment.md and check.json as an
 * artifact; a `workflow_run` job downloads it and runs this, which validates every file, works
 * out the pull request from the triggering run (never from the artifact), and posts the sticky
 * comment and the check run. It only reads these files as data; nothing in them is run.
 */

export interface PublishInputs {
  /** Directory holding the downloaded artifact. */
  dir: string;
  /** The PR the caller expects; checked against the triggering run, never taken on trust. */
  pr?: number;
}

export interface PublishGitHub {
  client: GitHubClient;
  context: ActionsContext;
}

export interface PublishResult {
  skipped: false;
  model: string;
  pr: number;
  headSha: string;
  verdict: Evaluation["verdict"];
  comment: { url: string; action: "created" | "updated" | "unchanged" };
  check: { url: string; conclusion: CheckReport["conclusion"] };
}

/**
 * A `workflow_run` whose triggering run uploaded no evaluation artifact: it was cancelled, or it
 * stopped before evaluating (validation failed, training failed). There is nothing to post, and the
 * triggering run already shows its own failure, so the poster succeeds and says why it did nothing.
 */
export interface PublishSkipped {
  skipped: true;
  reason: string;
}

/** What a check.json must look like; the name and conclusion are also checked against evaluation.json. */
export const checkFileSchema = z.strictObject({
  name: z.string().min(1),
  conclusion: z.enum(["success", "failure", "neutral"]),
  title: z.string().min(1).max(1000),
  summary: z.string(),
  text: z.string().optional(),
  annotations: z
    .array(
      z.strictObject({
        path: z.string().min(1),
        start_line: z.number().int().positive(),
        end_line: z.number().int().positive(),
        annotation_level: z.enum(["notice", "warning", "failure"]),
        message: z.string().min(1),
        title: z.string().optional(),
      }),
    )
    .max(1000)
    .optional(),
});

const LIMITS = { "evaluation.json": 32 << 20, "pr-comment.md": 256 << 10, "check.json": 8 << 20 };
type ArtifactFile = keyof typeof LIMITS;

/** Reads one artifact file as text: a regular file (never a link out of the artifact), within its size limit. */
async function readArtifactFile(
  dir: string,
  name: ArtifactFile,
  required: boolean,
): Promise<string | undefined> {
  const path = join(dir, name);
  let st: Awaited<ReturnType<typeof lstat>>;
  try {
    st = await lstat(path);
  } catch {
    if (!required) return undefined;
    throw new MlgateError(`the artifact has no ${name}`, {
      location: { file: path },
      hint: "download the artifact the pull_request run uploaded (evaluation.json, pr-comment.md, check.json) into --dir",
    });
  }
  if (!st.isFile()) {
    throw new MlgateError(`${name} in the artifact is not a regular file`, {
      location: { file: path },
      hint: "symbolic links and directories are refused: an artifact from a pull request is untrusted",
    });
  }
  if (st.size > LIMITS[name]) {
    throw new MlgateError(`${name} is ${st.size} bytes; at most ${LIMITS[name]} are accepted`, {
      location: { file: path },
    });
  }
  return readFile(path, "utf8");
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message)?.[1];
    const line = pos === undefined ? undefined : text.slice(0, Number(pos)).split("\n").length;
    throw new MlgateError(`${file.split("/").pop()} is not valid JSON: ${(e as Error).message}`, {
      location: { file, line },
    });
  }
}

function contractError(file: string, error: z.ZodError, what: string): MlgateError {
  const first = error.issues[0];
  const key = first?.path.join(".") || undefined;
  return new MlgateError(`${what}: ${first?.message ?? "invalid"}${key ? ` at ${key}` : ""}`, {
    location: { file, key },
    hint: error.issues.length > 1 ? `${error.issues.length} problems in all; the first is shown` : undefined,
  });
}

/** The conclusion evaluation.json implies; a check.json must agree with it. */
export function conclusionOf(evaluation: Evaluation): CheckReport["conclusion"] {
  if (evaluation.blocking) return "failure";
  return evaluation.verdict === "pass" ? "success" : evaluation.verdict === "fail" ? "failure" : "neutral";
}

/**
 * People and teams mentioned in a comment get notified by the bot that posts it. The artifact may
 * come from anyone's fork, so mentions in it are defused (a zero-width joiner after the @).
 */
export function defuseMentions(markdown: string): string {
  return markdown.replace(/(^|[^\w`@])@(?=[A-Za-z0-9])/g, "$1@\u200d");
}

interface WorkflowRunPayload {
  event?: string;
  conclusion?: string | null;
  head_sha?: string;
  html_url?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string; owner?: { login?: string } } | null;
  pull_requests?: { number: number; head?: { sha?: string } }[];
}

/**
 * The PR and commit to report on. Under `workflow_run` both come from GitHub's record of the run
 * that produced the artifact; `pull_requests` is empty for forks, so the PR is then looked up by
 * the run's head repository and branch and must have the run's head commit. Elsewhere (a manual
 * run) `--pr` is required and the head commit is read from the PR.
 */
async function resolvePullRequest(
  gh: PublishGitHub,
  claimed: number | undefined,
): Promise<{ pr: number; headSha: string; detailsUrl?: string }> {
  const { client, context } = gh;
  const repo = context.repo;
  if (context.eventName === "workflow_run") {
    const run = context.payload.workflow_run as WorkflowRunPayload | undefined;
    if (!run?.head_sha) {
      throw new MlgateError("the workflow_run event has no workflow_run.head_sha", {
        hint: "run mlgate publish from a job triggered by `on: workflow_run`",
      });
    }
    if (run.event !== "pull_request" && run.event !== "pull_request_target") {
      throw new MlgateError(`the triggering run was a ${run.event ?? "unknown"} run, not a pull request`, {
        hint: "guard the job with `if: github.event.workflow_run.event == 'pull_request'`",
      });
    }
    let candidates = (run.pull_requests ?? [])
      .filter((p) => p.head?.sha === run.head_sha)
      .map((p) => p.number);
    if (candidates.length === 0 && run.head_repository?.owner?.login && run.head_branch) {
      try {
        const pulls = await client.paginate(client.rest.pulls.list, {
          ...repo,
          state: "open",
          head: `${run.head_repository.owner.login}:${run.head_branch}`,
          per_page: 100,
        });
        candidates = pulls.filter((p) => p.head.sha === run.head_sha).map((p) => p.number);
      } catch (e) {
        throw githubError("look up the pull request of the triggering run", e);
      }
    }
    if (claimed !== undefined && !candidates.includes(claimed)) {
      throw new MlgateError(
        `--pr ${claimed} does not match the run that produced the artifact ` +
          `(${candidates.length ? `pull request ${candidates.map((n) => `#${n}`).join(", ")}` : "no open pull request"} at ${run.head_sha.slice(0, 7)})`,
        {
          hint: "the PR number is taken from GitHub's record of the triggering run, never from the artifact",
        },
      );
    }
    const pr = claimed ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (pr === undefined) {
      throw new MlgateError(
        candidates.length
          ? `the triggering run belongs to several pull requests (${candidates.join(", ")})`
          : `no open pull request has the triggering run's head commit ${run.head_sha.slice(0, 7)}`,
        {
          hint: candidates.length
            ? "pass --pr to choose one"
            : "the pull request may have been closed or pushed to since",
        },
      );
    }
    return { pr, headSha: run.head_sha, detailsUrl: run.html_url };
  }
  if (claimed === undefined) {
    throw new MlgateError(
      `--pr is required outside a workflow_run job (event: ${context.eventName || "none"})`,
      {
        hint: "mlgate publish --dir <artifact dir> --pr <number>",
      },
    );
  }
  try {
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: claimed });
    if (data.state !== "open") throw new MlgateError(`pull request #${claimed} is ${data.state}`);
    return { pr: claimed, headSha: data.head.sha };
  } catch (e) {
    if (isRequestError(e, 404))
      throw new MlgateError(`pull request #${claimed} does not exist in ${repo.owner}/${repo.repo}`);
    throw githubError(`read pull request #${claimed}`, e);
  }
}

/** Whether `dir` is missing or empty: what downloading an artifact the run never uploaded leaves. */
async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return true;
    // A file where the directory should be: not "nothing uploaded"; reading it reports the problem.
    if (code === "ENOTDIR") return false;
    throw e;
  }
}

/**
 * Under `workflow_run`, a missing or empty artifact directory means the triggering run uploaded
 * nothing; returns why, for the skip. Anywhere else (and for an artifact with some files but not
 * evaluation.json) the missing file stays an error: the caller pointed at the wrong directory.
 */
async function nothingUploaded(dir: string, context: ActionsContext): Promise<string | undefined> {
  if (context.eventName !== "workflow_run" || !(await isEmptyDir(dir))) return undefined;
  const run = context.payload.workflow_run as WorkflowRunPayload | undefined;
  const how = run?.conclusion ? ` (conclusion: ${run.conclusion})` : "";
  return (
    `the triggering run${how} uploaded no evaluation artifact, so there is nothing to post: ` +
    `it was cancelled or stopped before evaluating${run?.html_url ? `; see ${run.html_url}` : ""}`
  );
}

/**
 * Validates the artifact in `inputs.dir`, then posts its comment and check run to the pull request;
 * skips (successfully) when a `workflow_run`'s triggering run uploaded nothing.
 */
export async function publish(
  inputs: PublishInputs,
  gh: PublishGitHub,
  ports: { logger: Logger },
): Promise<PublishResult | PublishSkipped> {
  const { logger } = ports;
  const reason = await nothingUploaded(inputs.dir, gh.context);
  if (reason !== undefined) {
    logger.info(`nothing published: ${reason}`);
    return { skipped: true, reason };
  }
  const evalPath = join(inputs.dir, "evaluation.json");
  const parsed = evaluationSchema.safeParse(
    parseJson((await readArtifactFile(inputs.dir, "evaluation.json", true))!, evalPath),
  );
  if (!parsed.success)
    throw contractError(evalPath, parsed.error, "evaluation.json does not match mlgate/evaluation@1");
  const evaluation = parsed.data;
  const key = `evaluate:${evaluation.model}`;
  const commentPath = join(inputs.dir, "pr-comment.md");
  const markdown = defuseMentions((await readArtifactFile(inputs.dir, "pr-comment.md", true))!);
  if (markdown.length > commentBudget(key)) {
    throw new MlgateError(
      `pr-comment.md is ${markdown.length} characters; a comment for ${evaluation.model} may have at most ${commentBudget(key)}`,
      {
        location: { file: commentPath },
        hint: "the report must be condensed before upload; nothing was posted",
      },
    );
  }
  const name = checkRunName(evaluation.model);
  const expected = conclusionOf(evaluation);
  const checkPath = join(inputs.dir, "check.json");
  const checkText = await readArtifactFile(inputs.dir, "check.json", false);
  let check: CheckReport;
  if (checkText === undefined) {
    check = {
      name,
      conclusion: expected,
      title: evaluation.summary.slice(0, 1000) || evaluation.verdict,
      summary: markdown,
    };
  } else {
    const c = checkFileSchema.safeParse(parseJson(checkText, checkPath));
    if (!c.success) throw contractError(checkPath, c.error, "check.json is not a check report");
    // A fork could otherwise post a passing check under the name of another required check.
    if (c.data.name !== name) {
      throw new MlgateError(
        `check.json names the check '${c.data.name}'; for model ${evaluation.model} it must be '${name}'`,
        {
          location: { file: checkPath, key: "name" },
        },
      );
    }
    if (c.data.conclusion !== expected) {
      throw new MlgateError(
        `check.json says ${c.data.conclusion} but evaluation.json's verdict (${evaluation.verdict}${evaluation.blocking ? ", blocking" : ""}) means ${expected}`,
        { location: { file: checkPath, key: "conclusion" } },
      );
    }
    check = c.data;
  }
  const { pr, headSha, detailsUrl } = await resolvePullRequest(gh, inputs.pr);
  const target = { ...gh.context.repo };
  logger.info(
    `publishing ${evaluation.model} (${evaluation.verdict}) to pull request #${pr} at ${headSha.slice(0, 7)}`,
  );
  const comment = await upsertStickyComment(gh.client, { ...target, issueNumber: pr }, key, markdown, {
    logger,
  });
  // The check links to the run that computed the numbers, not to this poster.
  const run = await publishCheckRun(gh.client, { ...target, headSha }, check, { detailsUrl });
  return {
    skipped: false,
    model: evaluation.model,
    pr,
    headSha,
    verdict: evaluation.verdict,
    comment: { url: comment.url, action: comment.action },
    check: { url: run.url, conclusion: check.conclusion },
  };
}
