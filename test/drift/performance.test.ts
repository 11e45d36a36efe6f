import { describe, expect, it } from "vitest";
import { performanceCheck } from "../../src/core/drift/performance.js";

const opts = { resamples: 500, level: 0.95, seed: 3 };

/** 200 rows, classes alternating A/B; the first `wrong` rows predicted as the other class. */
function classified(wrong: number) {
  const truth = Array.from({ length: 200 }, (_, i) => (i % 2 ? "B" : "A"));
  const predicted = truth.map((t, i) => (i < wrong ? (t === "A" ? "B" : "A") : t));
  return { task: "classification" as const, truth, predicted };
}

describe("label-based performance check", () => {
  it("recomputes each registered metric on the labelled rows (hand-counted) and keeps an unchanged model", () => {
    // 10 of 200 wrong: accuracy 190/200 = 0.95, as registered.
    const r = performanceCheck(classified(10), { accuracy: 0.95, f1_macro: 0.95, not_a_metric: 1 }, opts);
    expect(r.rows).toBe(200);
    expect(r.metrics.map((m) => m.metric)).toEqual(["accuracy", "f1_macro"]);
    const acc = r.metrics[0]!;
    expect(acc.current).toBe(0.95);
    expect(acc.diff).toBeCloseTo(0, 15);
    expect(acc.ci_low!).toBeLessThan(0);
    expect(acc.ci_high!).toBeGreaterThan(0);
    // f1 per class: A has 5 wrong of 100 predicted as B and 5 B predicted as A → precision = recall = 0.95.
    expect(r.metrics[1]!.current).toBeCloseTo(0.95, 12);
    expect(r.degraded).toBe(false);
  });

  it("flags a clear drop, with the interval of the change wholly below zero", () => {
    // 80 of 200 wrong: accuracy 0.6 against 0.95 registered.
    const r = performanceCheck(classified(80), { accuracy: 0.95 }, opts);
    const acc = r.metrics[0]!;
    expect(acc.current).toBe(0.6);
    expect(acc.diff).toBeCloseTo(-0.35, 12);
    expect(acc.ci_high!).toBeLessThan(0);
    expect(acc.degraded).toBe(true);
    expect(r.degraded).toBe(true);
    // Better than registered is never "degraded".
    expect(performanceCheck(classified(0), { accuracy: 0.9 }, opts).degraded).toBe(false);
  });

  it("regression: lower-is-better metrics degrade upwards (every residual 1: MAE = RMSE = 1 exactly)", () => {
    const truth = Array.from({ length: 100 }, (_, i) => i);
    const rows = { task: "regression" as const, truth, predicted: truth.map((t) => t + 1) };
    const same = performanceCheck(rows, { mae: 1, rmse: 1 }, opts);
    expect(same.metrics.map((m) => [m.metric, m.current])).toEqual([
      ["mae", 1],
      ["rmse", 1],
    ]);
    expect(same.degraded).toBe(false);
    const worse = performanceCheck(rows, { mae: 0.5 }, opts);
    expect(worse.metrics[0]).toMatchObject({
      metric: "mae",
      diff: 0.5,
      ci_low: 0.5,
      ci_high: 0.5,
      degraded: true,
    });
  });

  it("no labelled rows: nothing compared, not degraded", () => {
    expect(
      performanceCheck({ task: "classification", truth: [], predicted: [] }, { accuracy: 0.9 }, opts),
    ).toEqual({
      rows: 0,
      metrics: [],
      degraded: false,
    });
  });
});
