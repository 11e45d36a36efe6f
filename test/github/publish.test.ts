import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { defuseMentions, type PublishResult, publish } from "../../src/commands/publish.js";
import { readActionsContext } from "../../src/github/client.js";
import { clientFor, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const FIXTURE = join(import.meta.dirname, "../fixtures/github/artifact");
const headSha = "f".repeat(40);
const MARKER = "<!-- mlgate:evaluate:penguins -->";

let work: string;
let artifact: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mlgate-publish-"));
  artifact = join(work, "artifact");
  cpSync(FIXTURE, artifact, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function env(event: string, payload: object): NodeJS.ProcessEnv {
  const eventPath = join(work, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: `${standin().owner}/${standin().repo}`,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: standin().base,
    GITHUB_TOKEN: "ghs_actions",
  };
}

const workflowRun = (over: object = {}) => ({
  workflow_run: {
    id: 555,
    html_url: "https://github.com/octo-org/models/actions/runs/555",
    event: "pull_request",
    head_sha: headSha,
    head_branch: "smaller-model",
    head_repository: { full_name: "octo-org/models", owner: { login: "octo-org" } },
    pull_requests: [{ number: 7, head: { sha: headSha } }],
    ...over,
  },
});

/** Runs the CLI with `vars` in the environment; returns exit code, stdout and stderr. */
async function cli(args: string[], vars: NodeJS.ProcessEnv) {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => out.push(String(s)) > 0);
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => err.push(String(s)) > 0);
  try {
    const code = await main(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.env = saved;
  }
}

const quiet = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  group: <T>(_n: string, f: () => Promise<T>) => f(),
};

/** Calls the command directly against the stand-in with fast retry timing; any result but a post fails. */
async function run(vars: NodeJS.ProcessEnv, pr?: number): Promise<PublishResult> {
  const r = await publish(
    { dir: artifact, pr },
    { client: clientFor(standin()), context: readActionsContext(vars) },
    { logger: quiet },
  );
  if (r.skipped) throw new Error(`skipped: ${r.reason}`);
  return r;
}

describe("mlgate publish", () => {
  it("posts the uploaded comment and check run on the workflow_run's pull request (CLI, end to end)", async () => {
    const r = await cli(["--json", "publish", "--dir", artifact], env("workflow_run", workflowRun()));
    expect(r.stderr).not.toMatch(/error|internal/);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ model: "penguins", pr: 7, headSha, verdict: "fail" });
    expect(result.comment.action).toBe("created");
    const [comment] = standin().commentsOn(7);
    expect(comment!.body).toBe(`${MARKER}\n${readFileSync(join(FIXTURE, "pr-comment.md"), "utf8")}`);
    const [run] = [...standin().checkRuns.values()];
    expect(run).toMatchObject({
      name: "mlgate / penguins",
      head_sha: headSha,
      conclusion: "failure",
      details_url: "https://github.com/octo-org/models/actions/runs/555",
    });
    expect(run!.annotations).toHaveLength(1);
    expect(result.check.url).toBe(run!.html_url);
    // A second publish of the same artifact leaves the one comment as it was.
    const again = await cli(["--json", "publish", "--dir", artifact], env("workflow_run", workflowRun()));
    expect(JSON.parse(again.stdout).comment.action).toBe("unchanged");
    expect(standin().commentsOn(7)).toHaveLength(1);
  });

  it("finds a fork's pull request by the run's head repository and branch", async () => {
    standin().seedPull({ number: 9, headSha, headRef: "smaller-model", headRepo: "someone/models" });
    standin().seedPull({
      number: 10,
      headSha: "0".repeat(40),
      headRef: "smaller-model",
      headRepo: "someone/models",
      state: "closed",
    });
    const vars = env(
      "workflow_run",
      workflowRun({
        pull_requests: [],
        head_repository: { full_name: "someone/models", owner: { login: "someone" } },
      }),
    );
    const result = await run(vars);
    expect(result.pr).toBe(9);
    expect(standin().commentsOn(9)).toHaveLength(1);
    expect(standin().count("pulls/list")).toBe(1);
  });

  it("refuses a --pr that is not the triggering run's, and posts nothing", async () => {
    const r = await cli(["publish", "--dir", artifact, "--pr", "8"], env("workflow_run", workflowRun()));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      "--pr 8 does not match the run that produced the artifact (pull request #7 at fffffff)",
    );
    expect(standin().comments).toEqual([]);
    expect(standin().checkRuns.size).toBe(0);
  });

  it("refuses a run that was not a pull request", async () => {
    await expect(run(env("workflow_run", workflowRun({ event: "push" })))).rejects.toThrow(
      "the triggering run was a push run, not a pull request",
    );
  });

  it("names the file and key when evaluation.json breaks the contract", async () => {
    const path = join(artifact, "evaluation.json");
    const evaluation = JSON.parse(readFileSync(path, "utf8"));
    evaluation.verdict = "maybe";
    writeFileSync(path, JSON.stringify(evaluation));
    const r = await cli(["publish", "--dir", artifact], env("workflow_run", workflowRun()));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}: evaluation.json does not match mlgate/evaluation@1`);
    expect(r.stderr).toContain("at verdict");
    expect(standin().count()).toBe(0);
  });

  it("refuses a check.json that poses as another check or contradicts the verdict", async () => {
    const path = join(artifact, "check.json");
    const check = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...check, name: "build" }));
    await expect(run(env("workflow_run", workflowRun()))).rejects.toThrow(
      "check.json names the check 'build'; for model penguins it must be 'mlgate / penguins'",
    );
    writeFileSync(path, JSON.stringify({ ...check, conclusion: "success" }));
    await expect(run(env("workflow_run", workflowRun()))).rejects.toThrow(
      "check.json says success but evaluation.json's verdict (fail, blocking) means failure",
    );
    expect(standin().count()).toBe(0);
  });

  it("derives the check from evaluation.json when there is no check.json", async () => {
    rmSync(join(artifact, "check.json"));
    await run(env("workflow_run", workflowRun()));
    const [checkRun] = [...standin().checkRuns.values()];
    expect(checkRun).toMatchObject({ name: "mlgate / penguins", conclusion: "failure" });
    expect((checkRun!.output as { title: string }).title).toMatch(/^Blocked: accuracy fell by 0\.058/);
  });

  it("refuses links and oversized comments from the artifact", async () => {
    const secret = join(work, "secret.txt");
    writeFileSync(secret, "token");
    rmSync(join(artifact, "pr-comment.md"));
    symlinkSync(secret, join(artifact, "pr-comment.md"));
    await expect(run(env("workflow_run", workflowRun()))).rejects.toThrow(
      "pr-comment.md in the artifact is not a regular file",
    );
    rmSync(join(artifact, "pr-comment.md"));
    writeFileSync(join(artifact, "pr-comment.md"), "x".repeat(65536));
    await expect(run(env("workflow_run", workflowRun()))).rejects.toThrow(
      "pr-comment.md is 65536 characters; a comment for penguins may have at most 65502",
    );
    rmSync(join(artifact, "evaluation.json"));
    await expect(run(env("workflow_run", workflowRun()))).rejects.toThrow(
      "the artifact has no evaluation.json",
    );
    expect(standin().count()).toBe(0);
  });

  it("skips with exit 0 when the triggering run uploaded no artifact (cancelled, or stopped before evaluating)", async () => {
    const cancelled = env(
      "workflow_run",
      workflowRun({
        conclusion: "cancelled",
        pull_requests: [],
        head_repository: { full_name: "someone/models", owner: { login: "someone" } },
      }),
    );
    // download-artifact by pattern creates nothing when no artifact matches.
    const missing = join(work, "not-downloaded");
    const r = await cli(["--json", "publish", "--dir", missing], cancelled);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      skipped: true,
      reason:
        "the triggering run (conclusion: cancelled) uploaded no evaluation artifact, so there is nothing to post: " +
        "it was cancelled or stopped before evaluating; see https://github.com/octo-org/models/actions/runs/555",
    });
    // An empty directory is the same case; a failed run says so.
    const empty = join(work, "empty");
    mkdirSync(empty);
    const failed = await publish(
      { dir: empty },
      {
        client: clientFor(standin()),
        context: readActionsContext(env("workflow_run", workflowRun({ conclusion: "failure" }))),
      },
      { logger: quiet },
    );
    expect(failed).toMatchObject({ skipped: true, reason: expect.stringContaining("(conclusion: failure)") });
    // Nothing was asked of GitHub: no lookup, no comment, no check run.
    expect(standin().count()).toBe(0);
  });

  it("still refuses a missing artifact outside workflow_run, and a partial one anywhere", async () => {
    const missing = join(work, "not-downloaded");
    const r = await cli(["publish", "--dir", missing, "--pr", "7"], env("workflow_dispatch", {}));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the artifact has no evaluation.json");
    rmSync(join(artifact, "evaluation.json"));
    await expect(run(env("workflow_run", workflowRun()))).rejects.toThrow(
      "the artifact has no evaluation.json",
    );
  });

  it("outside workflow_run needs --pr and reports on that PR's head commit", async () => {
    standin().seedPull({ number: 12, headSha: "1".repeat(40), headRef: "feature" });
    const vars = env("workflow_dispatch", {});
    await expect(run(vars)).rejects.toThrow("--pr is required outside a workflow_run job");
    const result = await run(vars, 12);
    expect(result).toMatchObject({ pr: 12, headSha: "1".repeat(40) });
    await expect(run(vars, 13)).rejects.toThrow("pull request #13 does not exist in octo-org/models");
  });
});

describe("defuseMentions", () => {
  it("stops @mentions from notifying, and leaves e-mail addresses and code alone", () => {
    expect(defuseMentions("cc @octo-org/admins and @alice")).toBe(
      "cc @\u200docto-org/admins and @\u200dalice",
    );
    expect(defuseMentions("@bob first")).toBe("@\u200dbob first");
    expect(defuseMentions("mail a@b.com, `@decorator`")).toBe("mail a@b.com, `@decorator`");
  });
});
