import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateSection } from "../../src/core/config/sections/evaluate.js";
import { evaluationSchema } from "../../src/core/contracts/evaluation.js";
import { alignPredictions } from "../../src/core/evaluate/align.js";
import { buildEvaluation } from "../../src/core/evaluate/evaluation.js";
import { classDetails, classificationKernel, scoreAll } from "../../src/core/evaluate/metrics.js";
import { renderEvaluationComment } from "../../src/core/report/evaluation.js";

/** Values computed once by scripts/fixtures/label_set_reference.py (scikit-learn, `labels=U`). */
interface Side {
  classes: string[];
  y_pred: string[];
  metrics: Record<string, number>;
  f1_macro_own_label_set: number;
  weighted: Record<string, number>[];
  confusion: number[][];
  per_class: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}
const ref: {
  labels: string[];
  absent_from_test: string[];
  y_true: string[];
  weights: { name: string; w: number[] }[];
  slice_rows: number;
  candidate: Side;
  baseline: Side;
} = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/evaluate/label-set.json", import.meta.url)), "utf8"),
);

const rows = ref.y_true.map((_, i) => i);
const side = (name: "candidate" | "baseline") => ({
  source: `${name}.csv`,
  predictions: { task: "classification" as const, row: rows, yTrue: ref.y_true, yPred: ref[name].y_pred },
});
const aligned = alignPredictions("classification", side("candidate"), side("baseline"));
if (aligned.task !== "classification") throw new Error("a classification case aligned as regression");

const TOL = 1e-12;
function expectClose(actual: Record<string, number>, expected: Record<string, number>, what: string) {
  for (const [name, value] of Object.entries(expected)) {
    expect(actual[name], `${what}: ${name}`).toBeDefined();
    expect(Math.abs(actual[name]! - value), `${what}: ${name} ${actual[name]} vs ${value}`).toBeLessThan(TOL);
  }
}

describe("both models are scored over one label set: both models' classes ∪ the test labels", () => {
  it("the fixture is the case in question: the label sets of the two models differ", () => {
    expect(ref.absent_from_test).toEqual(["z"]);
    expect(ref.baseline.f1_macro_own_label_set).not.toBeCloseTo(ref.baseline.metrics.f1_macro!, 3);
    expect(aligned.problem.labels).toEqual(ref.labels);
  });

  for (const name of ["candidate", "baseline"] as const) {
    const kernel = classificationKernel(aligned.problem, aligned[name]!);
    it(`${name}: the full test set agrees with scikit-learn's labels=U`, () => {
      expectClose(scoreAll(kernel), ref[name].metrics, name);
    });
    it(`${name}: bootstrap multiplicities and a slice agree with sample_weight, labels=U`, () => {
      const out = new Float64Array(kernel.names.length);
      ref.weights.forEach((w, r) => {
        kernel.compute(Uint8Array.from(w.w), out);
        const got = Object.fromEntries(kernel.names.map((n, i) => [n, out[i]!]));
        expectClose(got, ref[name].weighted[r]!, `${name} ${w.name}`);
      });
    });
    it(`${name}: confusion matrix and per-class scores over the same labels`, () => {
      const d = classDetails(aligned.problem, aligned[name]!);
      expect(d.labels).toEqual(ref.labels);
      expect(d.matrix).toEqual(ref[name].confusion);
      for (const [label, v] of Object.entries(ref[name].per_class)) {
        expectClose(d.perClass[label]!, v, `${name} ${label}`);
      }
    });
  }

  it("the gate passes a candidate better on the common label set, and the report names the set", async () => {
    const slice = ref.y_true.map((_, i) => (i < ref.slice_rows ? "head" : "tail"));
    const evaluation = evaluationSchema.parse(
      await buildEvaluation({
        model: "m",
        aligned,
        candidate: { source: "candidate.csv" },
        baseline: { source: "baseline.csv" },
        config: evaluateSection.parse({
          gate: { f1_macro: { max_regression: 0 }, recall_macro: { max_regression: 0 } },
          bootstrap: { resamples: 400, seed: 5 },
          slices: { columns: ["part"], min_size: 10 },
        }),
        sliceColumns: [{ name: "part", values: slice }],
      }),
    );
    const f1 = evaluation.comparisons.find((c) => c.metric === "f1_macro")!;
    expect(f1.candidate).toBeCloseTo(ref.candidate.metrics.f1_macro!, 12);
    expect(f1.baseline).toBeCloseTo(ref.baseline.metrics.f1_macro!, 12);
    expect(f1.ci_low).toBeGreaterThan(0);
    expect(evaluation.verdict).toBe("pass");
    expect(evaluation.blocking).toBe(false);
    expect(evaluation.labels).toEqual(ref.labels);
    expect(evaluation.labels_absent_from_test).toEqual(["z"]);
    const head = evaluation.slices.find((s) => s.value === "head")!;
    const sliceRef = ref.weights.findIndex((w) => w.name === "slice");
    expect(head.candidate.f1_macro).toBeCloseTo(ref.candidate.weighted[sliceRef]!.f1_macro!, 12);
    expect(head.baseline!.f1_macro).toBeCloseTo(ref.baseline.weighted[sliceRef]!.f1_macro!, 12);
    const comment = renderEvaluationComment(evaluation);
    expect(comment).toContain("macro averages over 4 classes: a, b, c, z (z: no test rows)");
  });
});
