import { describe, expect, it } from "vitest";
import { alignPredictions } from "../../src/core/evaluate/align.js";
import {
  classDetails,
  classificationKernel,
  regressionKernel,
  scoreAll,
} from "../../src/core/evaluate/metrics.js";
import { alignedClassification, reference } from "./reference.js";

const TOL = 1e-9;
function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  for (const [name, value] of Object.entries(expected)) {
    expect(actual[name], name).toBeDefined();
    expect(Math.abs(actual[name]! - value), `${name}: ${actual[name]} vs ${value}`).toBeLessThanOrEqual(
      TOL * Math.max(1, Math.abs(value)),
    );
  }
}

describe("classification metrics agree with scikit-learn", () => {
  for (const c of reference.classification) {
    const aligned = alignedClassification(c);
    for (const name of ["candidate", "baseline"] as const) {
      const ref = c[name];
      const s = aligned[name]!;
      it(`${c.name} ${name}: metrics`, () => {
        expectClose(scoreAll(classificationKernel(aligned.problem, s)), ref.metrics);
      });
      it(`${c.name} ${name}: confusion matrix and per-class scores`, () => {
        const d = classDetails(aligned.problem, s);
        expect(d.labels).toEqual(ref.labels);
        expect(d.matrix).toEqual(ref.confusion);
        for (const [label, v] of Object.entries(ref.per_class)) expectClose(d.perClass[label]!, v);
      });
    }
    it(`${c.name}: without probabilities only label metrics are reported`, () => {
      const kernel = classificationKernel(aligned.problem, { yPred: aligned.candidate.yPred });
      const m = scoreAll(kernel);
      expect(m.roc_auc).toBeUndefined();
      expect(m.accuracy).toBeCloseTo(c.candidate.metrics.accuracy!, 12);
    });
  }
});

describe("label metrics with a predicted label absent from y_true agree with scikit-learn", () => {
  it("macro averages over y_true ∪ y_pred; balanced accuracy over y_true's labels", () => {
    const c = reference.labels_only;
    const rows = c.y_true.map((_, i) => i);
    const aligned = alignPredictions(
      "classification",
      {
        source: "p.csv",
        predictions: { task: "classification", row: rows, yTrue: c.y_true, yPred: c.y_pred },
      },
      undefined,
    );
    if (aligned.task !== "classification") throw new Error("a classification case aligned as regression");
    expect(aligned.problem.labels).toEqual(c.labels);
    expectClose(scoreAll(classificationKernel(aligned.problem, aligned.candidate)), c.metrics);
  });
});

describe("regression metrics agree with scikit-learn", () => {
  for (const c of reference.regression) {
    for (const name of ["candidate", "baseline"] as const) {
      it(`${c.name} ${name}`, () => {
        const m = scoreAll(regressionKernel(Float64Array.from(c.y_true), Float64Array.from(c[name].y_pred)));
        expectClose(m, c[name].metrics);
      });
    }
  }
  it("R² of a constant target is 1 when exact and 0 otherwise (sklearn force_finite)", () => {
    const y = Float64Array.from([2, 2, 2]);
    expect(scoreAll(regressionKernel(y, y)).r2).toBe(1);
    expect(scoreAll(regressionKernel(y, Float64Array.from([2, 3, 2]))).r2).toBe(0);
  });
});
