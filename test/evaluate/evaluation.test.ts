import { describe, expect, it } from "vitest";
import { evaluateSection } from "../../src/core/config/sections/evaluate.js";
import { evaluationSchema } from "../../src/core/contracts/evaluation.js";
import { alignPredictions } from "../../src/core/evaluate/align.js";
import { localBaselineSource } from "../../src/core/evaluate/baseline.js";
import { buildEvaluation } from "../../src/core/evaluate/evaluation.js";
import { classificationKernel, scoreAll } from "../../src/core/evaluate/metrics.js";
import { delongPaired } from "../../src/core/stats/auc.js";
import { holmAdjust, mcnemarTest } from "../../src/core/stats/tests.js";
import { alignedClassification, reference } from "./reference.js";

const binary = reference.classification[0]!;
const aligned = alignedClassification(binary);
const config = evaluateSection.parse({
  gate: { accuracy: { max_regression: 0.05 }, roc_auc: { must_improve: true }, log_loss: { max: 0.5 } },
  bootstrap: { resamples: 300, seed: 3 },
  slices: { columns: ["half"], min_size: 90 },
});
// Rows 0–99 are "first", 100–199 "second" and one row is missing its value (too small a slice).
const half = binary.y_true.map((_, i) => (i === 7 ? null : i < 100 ? "first" : "second"));
const evaluation = await buildEvaluation({
  model: "m",
  aligned,
  candidate: { source: "c.csv" },
  baseline: { source: "b.csv" },
  config,
  sliceColumns: [{ name: "half", values: half }],
  now: new Date("2026-01-01T00:00:00Z"),
});
const byMetric = (m: string) => evaluation.comparisons.find((c) => c.metric === m)!;

describe("buildEvaluation", () => {
  it("uses McNemar for accuracy and DeLong for binary ROC-AUC, Holm-adjusted across the gated metrics", () => {
    const yTrue = aligned.problem.yTrue;
    let b = 0;
    let c = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const cand = aligned.candidate.yPred[i] === yTrue[i];
      const base = aligned.baseline!.yPred[i] === yTrue[i];
      if (cand && !base) b++;
      if (!cand && base) c++;
    }
    const positive = binary.y_true.map((y) => (y === "yes" ? 1 : 0));
    const mcnemar = mcnemarTest(b, c);
    const delong = delongPaired(
      positive,
      binary.candidate.proba.map((p) => p[1]!),
      binary.baseline.proba.map((p) => p[1]!),
    );
    expect(byMetric("accuracy").p_value_raw).toBeCloseTo(mcnemar.pValue, 15);
    expect(byMetric("roc_auc").p_value_raw).toBeCloseTo(delong.pValue, 15);
    expect(byMetric("roc_auc").test).toBe("delong");
    const logLoss = byMetric("log_loss");
    const adjusted = holmAdjust([mcnemar.pValue, delong.pValue, logLoss.p_value_raw!]);
    expect(byMetric("accuracy").p_value).toBeCloseTo(adjusted[0]!, 15);
    expect(byMetric("roc_auc").p_value).toBeCloseTo(adjusted[1]!, 15);
    expect(logLoss.p_value).toBeCloseTo(adjusted[2]!, 15);
    // Not gated: not in the Holm family.
    expect(byMetric("f1_macro").p_value).toBe(byMetric("f1_macro").p_value_raw);
    expect(byMetric("f1_macro").verdict).toBeUndefined();
  });

  it("judges the rules and sets the overall verdict", () => {
    expect(byMetric("accuracy").verdict).toBe("pass");
    expect(byMetric("roc_auc").verdict).toBe("pass");
    expect(byMetric("log_loss").verdict).toBe("pass");
    expect(evaluation.verdict).toBe("pass");
    expect(evaluation.blocking).toBe(false);
    expect(evaluation.first_model).toBe(false);
  });

  it("scores each slice on exactly its rows and drops slices under min_size", () => {
    expect(evaluation.slices.map((s) => [s.value, s.rows])).toEqual([
      ["second", 100],
      ["first", 99],
    ]);
    const first = evaluation.slices.find((s) => s.value === "first")!;
    const rows = half.map((h, i) => (h === "first" ? i : -1)).filter((i) => i >= 0);
    const L = aligned.problem.labels.length;
    const sub = {
      labels: aligned.problem.labels,
      yTrue: Int32Array.from(rows, (i) => aligned.problem.yTrue[i]!),
    };
    const expected = scoreAll(
      classificationKernel(sub, {
        yPred: Int32Array.from(rows, (i) => aligned.candidate.yPred[i]!),
        proba: Float64Array.from(
          { length: rows.length * L },
          (_, j) => aligned.candidate.proba![rows[Math.floor(j / L)]! * L + (j % L)]!,
        ),
      }),
    );
    for (const [name, value] of Object.entries(first.candidate))
      expect(value).toBeCloseTo(expected[name]!, 12);
  });

  it("is deterministic for a seed", async () => {
    const again = await buildEvaluation({
      model: "m",
      aligned,
      candidate: { source: "c.csv" },
      baseline: { source: "b.csv" },
      config,
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(again.comparisons).toEqual(evaluation.comparisons);
  });
});

describe("localBaselineSource", () => {
  const registry = {
    alias: "champion",
    champion: async (model: string) => ({
      path: `registry/${model}`,
      tag: `${model}@v1.2.0`,
      version: "1.2.0",
      alias: "champion",
    }),
  };
  it("prefers the given path, then the config, then the registry champion, else none", async () => {
    expect(await localBaselineSource({ given: "a", configured: "b", registry }).resolve("m")).toEqual({
      ref: { path: "a", origin: "--baseline" },
    });
    expect((await localBaselineSource({ configured: "b", registry }).resolve("m")).ref?.path).toBe("b");
    expect(await localBaselineSource({ registry }).resolve("m")).toEqual({
      ref: {
        path: "registry/m",
        origin: "registry champion",
        registry: { tag: "m@v1.2.0", version: "1.2.0", alias: "champion" },
      },
    });
    expect(await localBaselineSource({}).resolve("m")).toEqual({});
  });
  it("a registry without the alias: first-model mode, saying so", async () => {
    const empty = { alias: "prod", champion: async () => undefined };
    expect(await localBaselineSource({ registry: empty }).resolve("m")).toEqual({
      firstModel: "no prod in the registry yet (m#prod)",
    });
  });
});

describe("metrics undefined on the rows", () => {
  // Every true label is "yes": ROC-AUC has no negatives and is undefined.
  const rows = [0, 1, 2, 3, 4];
  const side = (yPred: string[], p: number[]) => ({
    source: "one-class.csv",
    predictions: {
      task: "classification" as const,
      row: rows,
      yTrue: rows.map(() => "yes"),
      yPred,
      classes: ["no", "yes"],
      proba: p.map((v) => [1 - v, v]),
    },
  });
  const oneClass = alignPredictions(
    "classification",
    side(["yes", "yes", "no", "yes", "yes"], [0.9, 0.8, 0.4, 0.7, 0.6]),
    undefined,
  );
  const input = (gate: Record<string, unknown>) => ({
    model: "m",
    aligned: oneClass,
    candidate: { source: "one-class.csv" },
    config: evaluateSection.parse({ gate, bootstrap: { resamples: 100 } }),
  });

  it("are left out of evaluation.json instead of written as NaN", async () => {
    const e = evaluationSchema.parse(await buildEvaluation(input({ accuracy: { min: 0.5 } })));
    expect(e.candidate.metrics.accuracy).toBeCloseTo(0.8, 15);
    expect(e.candidate.metrics.roc_auc).toBeUndefined();
    expect(e.comparisons.map((c) => c.metric)).not.toContain("roc_auc");
  });

  it("are an error when gated", async () => {
    await expect(buildEvaluation(input({ roc_auc: { min: 0.5 } }))).rejects.toThrow(
      /evaluate\.gate\.roc_auc: 'roc_auc' is undefined for one-class\.csv on these 5 rows/,
    );
  });
});
