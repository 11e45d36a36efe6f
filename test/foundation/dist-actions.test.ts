import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuiltAction as runAction } from "../support/built-action.js";

const root = resolve(import.meta.dirname, "../..");
const example = join(root, "example-repo");
const run = promisify(execFile);

const runBuiltAction = (
  action: string,
  inputs: Record<string, string>,
  dir: string,
  env: Record<string, string> = {},
) => runAction(action, inputs, dir, { cwd: example, env });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-dist-actions-"));
  // A model bundle to evaluate, trained by the built CLI.
  await run(
    process.execPath,
    [join(root, "bin/mlgate.js"), "train", "--out", join(dir, "train"), "--quiet"],
    {
      cwd: example,
    },
  );
});

describe("built actions", () => {
  it("validate-data: warns on penguins with repeated rows, writes outputs and the job summary, does not fail", async () => {
    // The example's own data passes; three repeated rows make a warning to annotate.
    const train = await readFile(join(example, "data/train.csv"), "utf8");
    const repeats = train.trimEnd().split("\n").slice(1, 4).join("\n");
    const data = join(dir, "train-with-repeats.csv");
    await writeFile(data, `${train.trimEnd()}\n${repeats}\n`);
    const r = await runBuiltAction(
      "validate-data",
      { data, test: "data/test.csv", out: join(dir, "validation"), config: "mlgate.yml" },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe("warn");
    expect(r.outputs.validation).toBe(join(dir, "validation/validation.json"));
    expect(r.summary).toContain("Data validation: warn");
    // Findings become workflow-command annotations on the data file.
    expect(r.stdout).toMatch(
      /^::warning title=validate-data%3A duplicates,file=[^,\n]*train-with-repeats\.csv,line=277::/m,
    );
  });

  it("evaluate-vs-baseline: first-model pass outside a pull request writes the comment files", async () => {
    const r = await runBuiltAction(
      "evaluate-vs-baseline",
      { candidate: join(dir, "train/model"), out: join(dir, "evaluation"), config: "mlgate.yml" },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("pass");
    expect(r.outputs.report).toBe(join(dir, "evaluation/evaluation.json"));
    expect(await readFile(join(dir, "evaluation/pr-comment.md"), "utf8")).toMatch(
      /^### ✅ mlgate · penguins: pass/,
    );
  });

  it("evaluate-vs-baseline: a missing candidate fails the step with the reason, no stack trace", async () => {
    const r = await runBuiltAction(
      "evaluate-vs-baseline",
      { candidate: join(dir, "nope"), out: join(dir, "evaluation-missing"), config: "mlgate.yml" },
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error .*nope/m);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it("publish: a cancelled run's missing artifact is a notice and a green step, not a failure", async () => {
    const event = join(dir, "workflow_run.json");
    await writeFile(
      event,
      JSON.stringify({
        workflow_run: { event: "pull_request", conclusion: "cancelled", head_sha: "f".repeat(40) },
      }),
    );
    const r = await runBuiltAction(
      "publish",
      { dir: join(dir, "no-artifact"), "github-token": "ghs_x" },
      dir,
      {
        GITHUB_EVENT_NAME: "workflow_run",
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: "octo-org/models",
        // Nothing listens here: a skip must not call GitHub at all.
        GITHUB_API_URL: "http://127.0.0.1:9",
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::notice title=mlgate publish skipped::the triggering run \(conclusion: cancelled\)/m,
    );
    expect(r.stdout).not.toMatch(/^::(error|warning)/m);
    expect(r.outputs.skipped).toBe("true");
    expect(r.summary).toContain("mlgate publish: nothing to post");
  });
});
