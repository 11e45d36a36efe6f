import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { main } from "../../src/cli/main.js";

/**
 * `mlgate config check` finds what evaluate would refuse later (gate metrics the task does not
 * have, bounds no model can meet), reports every problem of the file at once with its position,
 * and prints the resolved config.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-config-check-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  const before = process.exitCode;
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    process.exitCode = before;
    out.mockRestore();
    err.mockRestore();
  }
}

async function configFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const MODEL = "model:\n  name: penguins\n  task: classification\n  label: species\n";

describe("mlgate config check", () => {
  it("reports every problem at once, in file order, each at file:line:column", async () => {
    const file = await configFile(
      "broken.yml",
      [
        MODEL.trimEnd(), //                            lines 1-4
        "train:", //                                   5
        "  epochs: many", //                           6: a schema error
        "evaluate:", //                                7
        "  metrics: [accuracy, r2]", //                8: r2 is a regression metric
        "  gate:", //                                  9
        "    accuracy: { min: 1.5 }", //               10: accuracy is at most 1
        "    rmse: { max: 1 }", //                     11: regression metric in a classification config
        "    f1_macro: { min: 0.9, max: 0.8 }", //     12: no value meets both
        "    log_loss: { max: -0.1 }", //              13: log loss is never negative
        "    balanced_accuracy: { min: 0.5 }", //      14: fine
        "    top5: { min: 0.5 }", //                   15: not a metric at all
      ].join("\n"),
    );
    const r = await run(["--config", file, "config", "check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`mlgate: ${file}: 7 problems:`);
    const problems = lines.filter((l) => l.startsWith(`${file}:`));
    expect(problems).toEqual([
      `${file}:6:11: train.epochs: expected number, got string "many"`,
      `${file}:8:23: evaluate.metrics.1: 'r2' is a regression metric but this is a classification model`,
      `${file}:10:22: evaluate.gate.accuracy.min: min 1.5 can never be met: accuracy lies between 0 and 1`,
      `${file}:11:5: evaluate.gate.rmse: 'rmse' is a regression metric but this is a classification model`,
      `${file}:12:22: evaluate.gate.f1_macro.min: min 0.9 is above max 0.8: no value meets both`,
      `${file}:13:22: evaluate.gate.log_loss.max: max -0.1 can never be met: log_loss is never below 0`,
      `${file}:15:5: evaluate.gate.top5: 'top5' is not a metric mlgate computes`,
    ]);
    // Each problem keeps its own hint, right under it.
    const hints = lines.filter((l) => l.startsWith("  hint: "));
    expect(hints).toHaveLength(7);
    expect(r.stderr).toContain("hint: set a min of at most 1 (a fraction: write 0.9 for 90%)");
    expect(r.stderr).toContain("hint: classification metrics: accuracy, balanced_accuracy");
  });

  it("one problem is printed as before: file:line:col: message, hint", async () => {
    const file = await configFile("one.yml", `${MODEL}evaluate:\n  gate:\n    accuracy: { min: 90 }\n`);
    const r = await run(["--config", file, "config", "check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `mlgate: ${file}:7:22: evaluate.gate.accuracy.min: min 90 can never be met: accuracy lies between 0 and 1\n` +
        "  hint: set a min of at most 1 (a fraction: write 0.9 for 90%)\n",
    );
  });

  it("prints the resolved config, every default filled in, as YAML (and as JSON with --json)", async () => {
    const file = await configFile("ok.yml", `${MODEL}evaluate:\n  gate:\n    accuracy: { min: 0.9 }\n`);
    const human = await run(["--config", file, "config", "check"]);
    expect(human.code).toBe(0);
    expect(human.stdout.split("\n")[0]).toBe(
      `# ${file}: ok; the config as mlgate reads it, defaults filled in`,
    );
    const resolved = parseYaml(human.stdout);
    expect(resolved.evaluate.bootstrap).toEqual({ resamples: 1000, level: 0.95, seed: 0 });
    expect(resolved.evaluate.inconclusive).toBe("block");
    expect(resolved.evaluate.gate.accuracy).toEqual({ min: 0.9, relative: false, must_improve: false });
    expect(resolved.train.seed).toBe(42);
    const json = await run(["--config", file, "--json", "config", "check"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(resolved);
  });

  it("evaluate applies the same check to the task it scores (--task overriding model.task)", async () => {
    const file = await configFile("gate.yml", `${MODEL}evaluate:\n  gate:\n    accuracy: { min: 0.5 }\n`);
    const preds = await configFile("preds.csv", "row,y_true,y_pred\n0,1.5,1.4\n1,2.5,2.7\n2,3.0,2.9\n");
    const r = await run([
      "--config",
      file,
      "evaluate",
      "--candidate",
      preds,
      "--task",
      "regression",
      "--out",
      join(dir, "eval-out"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `mlgate: ${file}:7: evaluate.gate.accuracy: 'accuracy' is a classification metric but this is a regression model`,
    );
    expect(r.stderr).toContain("hint: regression metrics: mae, rmse, r2, mape, median_ae");
  });

  it("the example config passes", async () => {
    const r = await run(["--config", resolve("example-repo/mlgate.yml"), "config", "check"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
