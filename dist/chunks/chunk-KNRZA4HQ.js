import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkRunName,
  publishCheckRun
} from "./chunk-DEFAIO2G.js";
import {
  commentBudget,
  upsertStickyComment
} from "./chunk-3WSHO5UH.js";
import {
  githubError,
  isRequestError
} from "./chunk-PDW6HMQT.js";
import {
  evaluationSchema
} from "./chunk-2VVLOP77.js";
import {
  _enum,
  array,
  number,
  strictObject,
  string
} from "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/publish.ts
init_esm_dirname();
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var checkFileSchema = strictObject({
  name: string().min(1),
  conclusion: _enum(["success", "failure", "neutral"]),
  title: string().min(1).max(1e3),
  summary: string(),
  text: string().optional(),
  annotations: array(
    strictObject({
      path: string().min(1),
      start_line: number().int().positive(),
      end_line: number().int().positive(),
      annotation_level: _enum(["notice", "warning", "failure"]),
      message: string().min(1),
      title: string().optional()
    })
  ).max(1e3).optional()
});
var LIMITS = { "evaluation.json": 32 << 20, "pr-comment.md": 256 << 10, "check.json": 8 << 20 };
async function readArtifactFile(dir, name, required) {
  const path = join(dir, name);
  let st;
  try {
    st = await lstat(path);
  } catch {
    if (!required) return void 0;
    throw new MlgateError(`the artifact has no ${name}`, {
      location: { file: path },
      hint: "download the artifact the pull_request run uploaded (evaluation.json, pr-comment.md, check.json) into --dir"
    });
  }
  if (!st.isFile()) {
    throw new MlgateError(`${name} in the artifact is not a regular file`, {
      location: { file: path },
      hint: "symbolic links and directories are refused: an artifact from a pull request is untrusted"
    });
  }
  if (st.size > LIMITS[name]) {
    throw new MlgateError(`${name} is ${st.size} bytes; at most ${LIMITS[name]} are accepted`, {
      location: { file: path }
    });
  }
  return readFile(path, "utf8");
}
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(e.message)?.[1];
    const line = pos === void 0 ? void 0 : text.slice(0, Number(pos)).split("\n").length;
    throw new MlgateError(`${file.split("/").pop()} is not valid JSON: ${e.message}`, {
      location: { file, line }
    });
  }
}
function contractError(file, error, what) {
  const first = error.issues[0];
  const key = first?.path.join(".") || void 0;
  return new MlgateError(`${what}: ${first?.message ?? "invalid"}${key ? ` at ${key}` : ""}`, {
    location: { file, key },
    hint: error.issues.length > 1 ? `${error.issues.length} problems in all; the first is shown` : void 0
  });
}
function conclusionOf(evaluation) {
  if (evaluation.blocking) return "failure";
  return evaluation.verdict === "pass" ? "success" : evaluation.verdict === "fail" ? "failure" : "neutral";
}
function defuseMentions(markdown) {
  return markdown.replace(/(^|[^\w`@])@(?=[A-Za-z0-9])/g, "$1@\u200D");
}
async function resolvePullRequest(gh, claimed) {
  const { client, context } = gh;
  const repo = context.repo;
  if (context.eventName === "workflow_run") {
    const run = context.payload.workflow_run;
    if (!run?.head_sha) {
      throw new MlgateError("the workflow_run event has no workflow_run.head_sha", {
        hint: "run mlgate publish from a job triggered by `on: workflow_run`"
      });
    }
    if (run.event !== "pull_request" && run.event !== "pull_request_target") {
      throw new MlgateError(`the triggering run was a ${run.event ?? "unknown"} run, not a pull request`, {
        hint: "guard the job with `if: github.event.workflow_run.event == 'pull_request'`"
      });
    }
    let candidates = (run.pull_requests ?? []).filter((p) => p.head?.sha === run.head_sha).map((p) => p.number);
    if (candidates.length === 0 && run.head_repository?.owner?.login && run.head_branch) {
      try {
        const pulls = await client.paginate(client.rest.pulls.list, {
          ...repo,
          state: "open",
          head: `${run.head_repository.owner.login}:${run.head_branch}`,
          per_page: 100
        });
        candidates = pulls.filter((p) => p.head.sha === run.head_sha).map((p) => p.number);
      } catch (e) {
        throw githubError("look up the pull request of the triggering run", e);
      }
    }
    if (claimed !== void 0 && !candidates.includes(claimed)) {
      throw new MlgateError(
        `--pr ${claimed} does not match the run that produced the artifact (${candidates.length ? `pull request ${candidates.map((n) => `#${n}`).join(", ")}` : "no open pull request"} at ${run.head_sha.slice(0, 7)})`,
        {
          hint: "the PR number is taken from GitHub's record of the triggering run, never from the artifact"
        }
      );
    }
    const pr = claimed ?? (candidates.length === 1 ? candidates[0] : void 0);
    if (pr === void 0) {
      throw new MlgateError(
        candidates.length ? `the triggering run belongs to several pull requests (${candidates.join(", ")})` : `no open pull request has the triggering run's head commit ${run.head_sha.slice(0, 7)}`,
        {
          hint: candidates.length ? "pass --pr to choose one" : "the pull request may have been closed or pushed to since"
        }
      );
    }
    return { pr, headSha: run.head_sha, detailsUrl: run.html_url };
  }
  if (claimed === void 0) {
    throw new MlgateError(
      `--pr is required outside a workflow_run job (event: ${context.eventName || "none"})`,
      {
        hint: "mlgate publish --dir <artifact dir> --pr <number>"
      }
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
async function isEmptyDir(dir) {
  try {
    return (await readdir(dir)).length === 0;
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return true;
    if (code === "ENOTDIR") return false;
    throw e;
  }
}
async function nothingUploaded(dir, context) {
  if (context.eventName !== "workflow_run" || !await isEmptyDir(dir)) return void 0;
  const run = context.payload.workflow_run;
  const how = run?.conclusion ? ` (conclusion: ${run.conclusion})` : "";
  return `the triggering run${how} uploaded no evaluation artifact, so there is nothing to post: it was cancelled or stopped before evaluating${run?.html_url ? `; see ${run.html_url}` : ""}`;
}
async function publish(inputs, gh, ports) {
  const { logger } = ports;
  const reason = await nothingUploaded(inputs.dir, gh.context);
  if (reason !== void 0) {
    logger.info(`nothing published: ${reason}`);
    return { skipped: true, reason };
  }
  const evalPath = join(inputs.dir, "evaluation.json");
  const parsed = evaluationSchema.safeParse(
    parseJson(await readArtifactFile(inputs.dir, "evaluation.json", true), evalPath)
  );
  if (!parsed.success)
    throw contractError(evalPath, parsed.error, "evaluation.json does not match mlgate/evaluation@1");
  const evaluation = parsed.data;
  const key = `evaluate:${evaluation.model}`;
  const commentPath = join(inputs.dir, "pr-comment.md");
  const markdown = defuseMentions(await readArtifactFile(inputs.dir, "pr-comment.md", true));
  if (markdown.length > commentBudget(key)) {
    throw new MlgateError(
      `pr-comment.md is ${markdown.length} characters; a comment for ${evaluation.model} may have at most ${commentBudget(key)}`,
      {
        location: { file: commentPath },
        hint: "the report must be condensed before upload; nothing was posted"
      }
    );
  }
  const name = checkRunName(evaluation.model);
  const expected = conclusionOf(evaluation);
  const checkPath = join(inputs.dir, "check.json");
  const checkText = await readArtifactFile(inputs.dir, "check.json", false);
  let check;
  if (checkText === void 0) {
    check = {
      name,
      conclusion: expected,
      title: evaluation.summary.slice(0, 1e3) || evaluation.verdict,
      summary: markdown
    };
  } else {
    const c = checkFileSchema.safeParse(parseJson(checkText, checkPath));
    if (!c.success) throw contractError(checkPath, c.error, "check.json is not a check report");
    if (c.data.name !== name) {
      throw new MlgateError(
        `check.json names the check '${c.data.name}'; for model ${evaluation.model} it must be '${name}'`,
        {
          location: { file: checkPath, key: "name" }
        }
      );
    }
    if (c.data.conclusion !== expected) {
      throw new MlgateError(
        `check.json says ${c.data.conclusion} but evaluation.json's verdict (${evaluation.verdict}${evaluation.blocking ? ", blocking" : ""}) means ${expected}`,
        { location: { file: checkPath, key: "conclusion" } }
      );
    }
    check = c.data;
  }
  const { pr, headSha, detailsUrl } = await resolvePullRequest(gh, inputs.pr);
  const target = { ...gh.context.repo };
  logger.info(
    `publishing ${evaluation.model} (${evaluation.verdict}) to pull request #${pr} at ${headSha.slice(0, 7)}`
  );
  const comment = await upsertStickyComment(gh.client, { ...target, issueNumber: pr }, key, markdown, {
    logger
  });
  const run = await publishCheckRun(gh.client, { ...target, headSha }, check, { detailsUrl });
  return {
    skipped: false,
    model: evaluation.model,
    pr,
    headSha,
    verdict: evaluation.verdict,
    comment: { url: comment.url, action: comment.action },
    check: { url: run.url, conclusion: check.conclusion }
  };
}

export {
  checkFileSchema,
  conclusionOf,
  defuseMentions,
  publish
};
