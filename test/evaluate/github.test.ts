import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/commands/evaluate.js";
import { loadConfig } from "../../src/core/config/load.js";
import { formatPredictionsCsv } from "../../src/core/contracts/predictions.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";
import { choosePublisher } from "../../src/wiring.js";
import { fastTiming, useStandin } from "../github-standin/harness.js";
import { reference } from "./reference.js";

const standin = useStandin();
const binary = reference.classification[0]!;
const headSha = "a".repeat(40);

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "mlgate-eval-gh-"));
  for (const side of ["candidate", "baseline"] as const) {
    writeFileSync(
      join(dir, `${side}.csv`),
      formatPredictionsCsv({
        task: "classification",
        row: binary.y_true.map((_, i) => i),
        yTrue: binary.y_true,
        yPred: binary[side].y_pred,
        classes: binary.classes,
        proba: binary[side].proba,
      }),
    );
  }
  writeFileSync(
    join(dir, "mlgate.yml"),
    [
      "model: { name: penguins, task: classification, label: y }",
      "evaluate:",
      "  gate:",
      "    accuracy: { max_regression: 0.02 }",
      "    roc_auc: { min: 0.5 }",
      "",
    ].join("\n"),
  );
  return dir;
}

function prEnv(dir: string, headRepo: string) {
  const eventPath = join(dir, "event.json");
  writeFileSync(
    eventPath,
    JSON.stringify({
      pull_request: { number: 12, head: { sha: headSha, repo: { full_name: headRepo } } },
      repository: { full_name: `${standin().owner}/${standin().repo}` },
    }),
  );
  return {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: `${standin().owner}/${standin().repo}`,
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: standin().base,
    GITHUB_RUN_ID: "99",
    GITHUB_TOKEN: "ghs_actions",
  } as NodeJS.ProcessEnv;
}

describe("evaluate on a pull request (GitHub stand-in)", () => {
  it("keeps one sticky comment across runs and reports the gate as a check run with annotations", async () => {
    const dir = workspace();
    const loaded = await loadConfig(join(dir, "mlgate.yml"));
    const env = prEnv(dir, `${standin().owner}/${standin().repo}`);
    const run = async (candidate: string, baseline: string) => {
      const { publisher, kind } = choosePublisher({
        outDir: join(dir, "out"),
        env,
        timing: fastTiming,
        writeSummary: async () => {},
      });
      expect(kind).toBe("github");
      return evaluate(
        loaded,
        { candidate: join(dir, candidate), baseline: join(dir, baseline), out: join(dir, "out") },
        { logger: silentLogger, progress: noProgress, publisher },
      );
    };

    const pass = await run("candidate.csv", "baseline.csv");
    expect(pass.verdict).toBe("pass");
    expect(pass.commentUrl).toMatch(/pull\/12#issuecomment-\d+$/);
    const fail = await run("baseline.csv", "candidate.csv");
    expect(fail.verdict).toBe("fail");
    expect(fail.commentUrl).toBe(pass.commentUrl);

    const comments = standin().commentsOn(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("merge blocked");

    const runs = [...standin().checkRuns.values()];
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([
      ["mlgate / penguins", "success"],
      ["mlgate / penguins", "failure"],
    ]);
    // The failing rule is annotated on its line in mlgate.yml (line 4: `accuracy: …`).
    expect(runs[1]!.annotations).toEqual([
      expect.objectContaining({ start_line: 4, annotation_level: "failure", title: "accuracy: fail" }),
    ]);
  });

  it("on a fork's pull request posts nothing and leaves the files for the workflow_run poster", async () => {
    const dir = workspace();
    const loaded = await loadConfig(join(dir, "mlgate.yml"));
    const { publisher, kind } = choosePublisher({
      outDir: join(dir, "out"),
      env: prEnv(dir, "someone/fork"),
    });
    expect(kind).toBe("local");
    const r = await evaluate(
      loaded,
      { candidate: join(dir, "baseline.csv"), baseline: join(dir, "candidate.csv"), out: join(dir, "out") },
      { logger: silentLogger, progress: noProgress, publisher },
    );
    expect(r.blocking).toBe(true);
    expect(r.commentUrl).toBe(join(dir, "out", "pr-comment.md"));
    expect(standin().commentsOn(12)).toHaveLength(0);
    expect(standin().checkRuns.size).toBe(0);
  });
});
