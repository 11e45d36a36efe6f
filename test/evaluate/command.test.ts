import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { evaluate } from "../../src/commands/evaluate.js";
import { loadConfig } from "../../src/core/config/load.js";
import { evaluationSchema } from "../../src/core/contracts/evaluation.js";
import { formatPredictionsCsv } from "../../src/core/contracts/predictions.js";
import { isMlgateError } from "../../src/core/errors.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";
import { localPublisher } from "../../src/local/publisher.js";
import { reference } from "./reference.js";

const binary = reference.classification[0]!;
let dir: string;

async function writePredictions(name: string, side: typeof binary.candidate, withProba = true) {
  const path = join(dir, name);
  await writeFile(
    path,
    formatPredictionsCsv({
      task: "classification",
      row: binary.y_true.map((_, i) => i),
      yTrue: binary.y_true,
      yPred: side.y_pred,
      ...(withProba ? { classes: binary.classes, proba: side.proba } : {}),
    }),
  );
  return path;
}

async function writeConfig(name: string, evaluateYaml: string) {
  const path = join(dir, name);
  await writeFile(
    path,
    `model: { name: penguins, task: classification, label: y }\nevaluate:\n${evaluateYaml}`,
  );
  return loadConfig(path);
}

const ports = (out: string) => ({
  logger: silentLogger,
  progress: noProgress,
  publisher: localPublisher(out),
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-evaluate-"));
  await writePredictions("good.csv", binary.candidate);
  await writePredictions("worse.csv", binary.baseline);
  await writePredictions("labels-only.csv", binary.candidate, false);
  // Test data: the label plus a slice column whose values try markdown and mention injection.
  const groups = ["north", "south <b>", "@octocat"];
  const lines = ["y,island", ...binary.y_true.map((y, i) => `${y},${groups[i % 3]}`)];
  await writeFile(join(dir, "test.csv"), `${lines.join("\n")}\n`);
});

describe("evaluate command", () => {
  const gate =
    "  gate:\n    accuracy: { min: 0.6, max_regression: 0.02 }\n    roc_auc: { max_regression: 0.01 }\n";

  it("passes a better candidate and writes every output; metrics match scikit-learn", async () => {
    const loaded = await writeConfig("pass.yml", `${gate}  slices: { columns: [island], min_size: 20 }\n`);
    const out = join(dir, "out-pass");
    const r = await evaluate(
      loaded,
      {
        candidate: join(dir, "good.csv"),
        baseline: join(dir, "worse.csv"),
        data: join(dir, "test.csv"),
        out,
      },
      ports(out),
    );
    expect(r.verdict).toBe("pass");
    expect(r.exitCode).toBe(0);
    const written = evaluationSchema.parse(JSON.parse(await readFile(join(out, "evaluation.json"), "utf8")));
    for (const [name, value] of Object.entries(binary.candidate.metrics)) {
      expect(Math.abs(written.candidate.metrics[name]! - value), name).toBeLessThan(1e-9);
    }
    for (const [name, value] of Object.entries(binary.baseline.metrics)) {
      expect(Math.abs(written.baseline!.metrics[name]! - value), name).toBeLessThan(1e-9);
    }
    const accuracy = written.comparisons.find((c) => c.metric === "accuracy")!;
    expect(accuracy.test).toMatch(/^mcnemar/);
    expect(accuracy.diff).toBeCloseTo(
      binary.candidate.metrics.accuracy! - binary.baseline.metrics.accuracy!,
      12,
    );
    expect(accuracy.ci_low!).toBeLessThan(accuracy.diff!);
    expect(accuracy.ci_high!).toBeGreaterThan(accuracy.diff!);
    expect(written.comparisons.find((c) => c.metric === "roc_auc")!.test).toBe("delong");
    // Holm over the two gated metrics: the adjusted p is at least the raw one, at most twice it.
    for (const c of written.comparisons.filter((x) => x.verdict)) {
      expect(c.p_value!).toBeGreaterThanOrEqual(c.p_value_raw!);
      expect(c.p_value!).toBeLessThanOrEqual(Math.min(1, 2 * c.p_value_raw!) + 1e-15);
    }
    expect(written.slices.map((s) => s.value).sort()).toEqual(["@octocat", "north", "south <b>"]);
    const md = await readFile(join(out, "pr-comment.md"), "utf8");
    expect(md).not.toContain("<b>");
    expect(md).not.toMatch(/@octocat/);
    expect(await readFile(join(out, "pr-comment.html"), "utf8")).toContain("<html");
    expect(await readFile(join(out, "predictions-candidate.csv"), "utf8")).toMatch(
      /^row,y_true,y_pred,proba_no,proba_yes\n/,
    );
  });

  it("blocks a worse candidate with exit code 1 and names the rule", async () => {
    const loaded = await writeConfig("fail.yml", gate);
    const out = join(dir, "out-fail");
    const r = await evaluate(
      loaded,
      { candidate: join(dir, "worse.csv"), baseline: join(dir, "good.csv"), out },
      ports(out),
    );
    expect(r.verdict).toBe("fail");
    expect(r.blocking).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toMatch(/blocked by accuracy \(max_regression\); roc_auc \(max_regression\)/);
    const check = JSON.parse(await readFile(join(out, "check.json"), "utf8"));
    expect(check).toMatchObject({ name: "mlgate / penguins", conclusion: "failure" });
  });

  it("first-model mode applies absolute thresholds only and says so", async () => {
    const loaded = await writeConfig("first.yml", gate);
    const out = join(dir, "out-first");
    const r = await evaluate(loaded, { candidate: join(dir, "worse.csv"), out }, ports(out));
    expect(r.evaluation.first_model).toBe(true);
    expect(r.evaluation.baseline).toBeUndefined();
    expect(r.verdict).toBe("pass");
    expect(r.summary).toMatch(/first model/);
  });

  it("an inconclusive verdict blocks or not as configured", async () => {
    const loaded = await writeConfig(
      "inc.yml",
      "  gate:\n    f1_macro: { max_regression: 0.2 }\n  inconclusive: pass\n",
    );
    const out = join(dir, "out-inc");
    const r = await evaluate(
      loaded,
      { candidate: join(dir, "worse.csv"), baseline: join(dir, "good.csv"), out },
      ports(out),
    );
    // f1 dropped by ≈0.166 with a CI of about ±0.08, so −0.2 lies inside it.
    expect(r.verdict).toBe("inconclusive");
    expect(r.blocking).toBe(false);
    expect(r.exitCode).toBe(0);
    const blocking = await evaluate(
      await writeConfig("inc-block.yml", "  gate:\n    f1_macro: { max_regression: 0.2 }\n"),
      { candidate: join(dir, "worse.csv"), baseline: join(dir, "good.csv"), out },
      ports(out),
    );
    expect(blocking.verdict).toBe("inconclusive");
    expect(blocking.blocking).toBe(true);
    expect(blocking.exitCode).toBe(1);
    expect(blocking.summary).toMatch(/blocks the merge \(evaluate\.inconclusive: block\)/);
  });

  it("a gated metric that cannot be computed is an error naming the config key", async () => {
    const loaded = await writeConfig("missing.yml", "  gate:\n    roc_auc: { min: 0.5 }\n");
    const out = join(dir, "out-missing");
    const err = await evaluate(loaded, { candidate: join(dir, "labels-only.csv"), out }, ports(out)).catch(
      (e) => e,
    );
    expect(isMlgateError(err)).toBe(true);
    expect(err.message).toMatch(/evaluate\.gate\.roc_auc: 'roc_auc' needs class probabilities/);
    expect(err.location.file).toBe(loaded.file);
    expect(err.location.line).toBe(4); // the `roc_auc:` line under evaluate.gate
    // A metric of the other task is refused as soon as the config is loaded, before any scoring.
    const err2 = await writeConfig("wrongtask.yml", "  gate:\n    rmse: { max: 1 }\n").catch((e) => e);
    expect(err2.message).toMatch(/'rmse' is a regression metric but this is a classification model/);
    expect(err2.location.line).toBe(4);
  });

  it("regression from predictions files: metrics match scikit-learn, median AE and MAPE included", async () => {
    const c = reference.regression[0]!;
    const write = async (name: string, yPred: number[]) => {
      const path = join(dir, name);
      await writeFile(
        path,
        formatPredictionsCsv({ task: "regression", row: c.y_true.map((_, i) => i), yTrue: c.y_true, yPred }),
      );
      return path;
    };
    const out = join(dir, "out-reg");
    const r = await evaluate(
      undefined,
      {
        candidate: await write("reg-cand.csv", c.candidate.y_pred),
        baseline: await write("reg-base.csv", c.baseline.y_pred),
        task: "regression",
        out,
      },
      ports(out),
    );
    for (const side of ["candidate", "baseline"] as const) {
      for (const [name, value] of Object.entries(c[side].metrics)) {
        const got = r.evaluation[side]!.metrics[name]!;
        expect(Math.abs(got - value) / Math.max(1, Math.abs(value)), name).toBeLessThan(1e-9);
      }
    }
    expect(r.evaluation.comparisons.map((x) => x.metric)).toEqual(["mae", "rmse", "r2", "mape", "median_ae"]);
    expect(r.evaluation.comparisons.every((x) => x.test === "bootstrap")).toBe(true);
  });

  it("summarises validation.json in the comment and rejects one that is not", async () => {
    const loaded = await writeConfig("val.yml", gate);
    const out = join(dir, "out-val");
    const validation = {
      schema: "mlgate/validation@1",
      status: "warn",
      data: "train.csv",
      rows: 200,
      columns: 2,
      counts: { pass: 1, warn: 1, fail: 0 },
      checks: [
        { id: "missing", status: "pass", count: 0, message: "2 columns checked" },
        { id: "outliers", status: "warn", column: "bill <i>", count: 3, message: "3 values beyond 4 IQR" },
      ],
    };
    await writeFile(join(dir, "validation.json"), JSON.stringify(validation));
    await evaluate(
      loaded,
      { candidate: join(dir, "good.csv"), validation: join(dir, "validation.json"), out },
      ports(out),
    );
    const md = await readFile(join(out, "pr-comment.md"), "utf8");
    expect(md).toMatch(/Data validation/);
    expect(md).toContain("3 values beyond 4 IQR");
    expect(md).not.toContain("<i>");

    await writeFile(join(dir, "bad-validation.json"), JSON.stringify({ ...validation, rows: "many" }));
    const err = await evaluate(
      loaded,
      {
        candidate: join(dir, "good.csv"),
        validation: join(dir, "bad-validation.json"),
        out: join(dir, "out-bad"),
      },
      ports(join(dir, "out-bad")),
    ).catch((e) => e);
    expect(isMlgateError(err)).toBe(true);
    expect(err.message).toMatch(/bad-validation\.json: rows:/);
  });

  it("CLI: exit code 1 when the gate blocks, 0 when it passes", async () => {
    const cfg = join(dir, "fail.yml");
    const args = (cand: string, base: string, out: string) => [
      "--quiet",
      "--json",
      "--config",
      cfg,
      "evaluate",
      "--candidate",
      join(dir, cand),
      "--baseline",
      join(dir, base),
      "--out",
      join(dir, out),
    ];
    const write = process.stdout.write;
    process.stdout.write = () => true;
    try {
      expect(await main(args("worse.csv", "good.csv", "cli-fail"))).toBe(1);
      process.exitCode = undefined;
      expect(await main(args("good.csv", "worse.csv", "cli-pass"))).toBe(0);
    } finally {
      process.stdout.write = write;
      process.exitCode = undefined;
    }
  });
});
