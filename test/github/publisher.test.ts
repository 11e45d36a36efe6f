import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { githubPublisher } from "../../src/github/publisher.js";
import { choosePublisher } from "../../src/wiring.js";
import { clientFor, fastTiming, recordingLogger, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const headSha = "e".repeat(40);

function actionsEnv(event: string, payload: object, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "mlgate-pub-"));
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    dir,
    env: {
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: `${standin().owner}/${standin().repo}`,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: standin().base,
      GITHUB_RUN_ID: "4242",
      GITHUB_TOKEN: "ghs_actions",
      ...extra,
    } as NodeJS.ProcessEnv,
  };
}

const prPayload = (headRepo: string | null) => ({
  pull_request: { number: 7, head: { sha: headSha, repo: headRepo ? { full_name: headRepo } : null } },
  repository: { full_name: "octo-org/models" },
});

describe("choosePublisher", () => {
  it("writes files outside Actions", () => {
    const choice = choosePublisher({ outDir: "out", env: {} });
    expect(choice.kind).toBe("local");
    expect(choice.reason).toMatch(/not in GitHub Actions/);
  });

  it("writes files on events that are not pull requests, and without a token", () => {
    const push = actionsEnv("push", { ref: "refs/heads/main" });
    expect(choosePublisher({ outDir: push.dir, env: push.env })).toMatchObject({ kind: "local" });
    const noToken = actionsEnv("pull_request", prPayload("octo-org/models"), { GITHUB_TOKEN: "" });
    const choice = choosePublisher({ outDir: noToken.dir, env: noToken.env });
    expect(choice.kind).toBe("local");
    expect(choice.reason).toMatch(/no token/);
  });

  it("inside Actions writes the job summary too when it writes files (no token, no pull request, a fork)", async () => {
    const cases = [
      actionsEnv("pull_request", prPayload("octo-org/models"), { GITHUB_TOKEN: "" }),
      actionsEnv("push", { ref: "refs/heads/main" }),
      actionsEnv("pull_request", prPayload("someone/models")),
    ];
    for (const { dir, env } of cases) {
      const written: string[] = [];
      const choice = choosePublisher({
        outDir: dir,
        env: { ...env, GITHUB_STEP_SUMMARY: join(dir, "step-summary.md") },
        writeSummary: async (md) => {
          written.push(md);
        },
      });
      expect(choice.kind).toBe("local");
      await choice.publisher.summary("### ✅ mlgate · m: pass\n");
      expect(written).toEqual(["### ✅ mlgate · m: pass\n"]);
      expect(readFileSync(join(dir, "summary.md"), "utf8")).toBe("### ✅ mlgate · m: pass\n");
    }
    expect(standin().count()).toBe(0);
  });

  it("writes files on a fork's pull_request and names the workflow_run poster", () => {
    const { dir, env } = actionsEnv("pull_request", prPayload("someone/models"));
    const choice = choosePublisher({ outDir: dir, env });
    expect(choice.kind).toBe("local");
    expect(choice.reason).toMatch(/from a fork, whose token is read-only/);
    expect(choice.reason).toMatch(/mlgate publish/);
    expect(standin().count()).toBe(0);
  });

  it("posts comment, check run and summary on a same-repository pull request", async () => {
    const { dir, env } = actionsEnv("pull_request", prPayload("octo-org/models"));
    const summaries: string[] = [];
    const choice = choosePublisher({
      outDir: dir,
      env,
      timing: fastTiming,
      writeSummary: async (md) => {
        summaries.push(md);
      },
    });
    expect(choice.kind).toBe("github");
    const url = await choice.publisher.upsertComment("evaluate:penguins", "## report");
    expect(url).toMatch(/^https:\/\/github\.com\/octo-org\/models\/pull\/7#issuecomment-\d+$/);
    const checkUrl = await choice.publisher.check!({
      name: "mlgate / penguins",
      conclusion: "success",
      title: "candidate passes",
      summary: "all rules pass",
    });
    await choice.publisher.summary("summary text");
    const [run] = [...standin().checkRuns.values()];
    expect(run).toMatchObject({
      head_sha: headSha,
      conclusion: "success",
      details_url: `https://github.com/octo-org/models/actions/runs/4242`,
    });
    expect(checkUrl).toBe(run!.html_url);
    expect(standin().commentsOn(7)).toHaveLength(1);
    expect(summaries).toEqual(["summary text"]);
  });

  it("falls back to files when GitHub says the token is read-only", async () => {
    const { dir, env } = actionsEnv("pull_request", prPayload("octo-org/models"), {
      GITHUB_TOKEN: "ghs_fork",
    });
    const logger = recordingLogger();
    const choice = choosePublisher({ outDir: dir, env, logger, timing: fastTiming });
    expect(choice.kind).toBe("github");
    const where = await choice.publisher.upsertComment("evaluate:penguins", "## report");
    expect(where).toBe(join(dir, "pr-comment.md"));
    expect(readFileSync(join(dir, "pr-comment.md"), "utf8")).toBe("## report");
    const check = await choice.publisher.check!({
      name: "mlgate / penguins",
      conclusion: "failure",
      title: "blocked",
      summary: "accuracy regressed",
    });
    expect(check).toBe(join(dir, "check.json"));
    expect(JSON.parse(readFileSync(join(dir, "check.json"), "utf8"))).toMatchObject({
      conclusion: "failure",
    });
    expect(logger.lines.filter((l) => l.startsWith("warn: the token cannot"))).toHaveLength(2);
    expect(standin().comments).toEqual([]);
  });
});

describe("githubPublisher", () => {
  it("appends to the job summary through @actions/core (GITHUB_STEP_SUMMARY)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlgate-summary-"));
    const file = join(dir, "step-summary.md");
    writeFileSync(file, "");
    const saved = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = file;
    try {
      const publisher = githubPublisher({
        client: clientFor(standin()),
        repo: { owner: standin().owner, repo: standin().repo },
        pullNumber: 7,
        headSha,
      });
      await publisher.summary("## first");
      await publisher.summary("## second");
      expect(readFileSync(file, "utf8")).toBe("## first\n## second\n");
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
    expect(standin().count()).toBe(0);
  });
});
