import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const example = join(root, "example-repo");
const run = promisify(execFile);

/**
 * The built actions as the runner starts them: `node dist/<action>.js` with inputs in INPUT_* variables
 * and outputs, summary and annotations through the runner's files and stdout commands.
 */
async function runBuiltAction(
  action: string,
  inputs: Record<string, string>,
  dir: string,
  extraEnv: Record<string, string> = {},
) {
  const output = join(dir, `${action}.output`);
  const summary = join(dir, `${action}.summary`);
  await writeFile(output, "");
  await writeFile(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
  };
  Object.assign(env, extraEnv);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let code = 0;
  let stdout = "";
  try {
    ({ stdout } = await run(process.execPath, [join(root, "dist", `${action}.js`)], { cwd: example, env }));
  } catch (e) {
    const err = e as { code: number; stdout: string };
    code = err.code;
    stdout = err.stdout;
  }
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(output, "utf8")).matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm,
  )) {
    outputs[m[1]!] = m[3]!;
  }
  return { code, stdout, outputs, summary: await readFile(summary, "utf8") };
}

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
