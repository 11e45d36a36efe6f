import { describe, expect, it } from "vitest";
import type { DriftColumn, DriftReport } from "../../src/core/contracts/drift.js";
import { nextAlertState, readAlertState, renderAlertBody, reportBudget } from "../../src/core/drift/alert.js";
import { GITHUB_COMMENT_LIMIT } from "../../src/core/report/budget.js";
import { fitDriftReport } from "../../src/core/report/drift.js";

function column(i: number, drifted: boolean): DriftColumn {
  const bins = Array.from({ length: 10 }, (_, b) => `(${b * 10}, ${b * 10 + 10}]`);
  return {
    name: `feature_${String(i).padStart(4, "0")}_with_a_rather_long_name`,
    kind: "numeric",
    reference: { rows: 1000, missing: 0 },
    current: { rows: 1000, missing: 10 },
    tests: [],
    p_test: "ks",
    effect_test: "wasserstein",
    p_value: drifted ? 1e-9 : 0.5,
    adjusted_p_value: drifted ? 1e-8 : 0.9,
    effect_size: drifted ? 0.2 + i / 10_000 : 0.01,
    effect_threshold: 0.1,
    critical: false,
    status: drifted ? "drift" : "no_drift",
    drifted,
    distribution: {
      bins,
      reference: bins.map(() => 0.1),
      current: bins.map((_, b) => (b === 0 ? 0.19 : 0.09)),
    },
  };
}

function report(n: number, drifted: number): DriftReport {
  const columns = Array.from({ length: n }, (_, i) => column(i, i < drifted));
  return {
    schema: "mlgate/drift@1",
    model: "wide",
    reference: { source: "train.csv", kind: "data", rows: 1000 },
    current: { source: "prod.csv", kind: "data", rows: 1000 },
    mode: "exact",
    alpha: 0.05,
    correction: "benjamini-hochberg",
    drift_share: drifted / n,
    drift_share_threshold: 0.5,
    status: drifted / n >= 0.5 ? "drift" : "no_drift",
    drifted: drifted / n >= 0.5,
    drifted_columns: columns.filter((c) => c.drifted).map((c) => c.name),
    columns,
    generated_at: "2026-12-01T00:00:00.000Z",
  };
}

describe("drift.md", () => {
  it("keeps a small report whole: charts for the drifted columns, then every column", () => {
    const fitted = fitDriftReport(report(6, 4), 60_000);
    expect(fitted.shrunk).toEqual([]);
    expect(fitted.markdown.match(/xychart-beta/g)).toHaveLength(4);
    expect(fitted.markdown.indexOf("### Drifted columns")).toBeLessThan(
      fitted.markdown.indexOf("### All columns"),
    );
    expect(fitted.markdown).toContain(
      "adjusted p <0.001 (ks, raw <0.001) · effect 0.2003 (wasserstein, threshold 0.1)",
    );
  });

  it("fits 3,000 columns, 2,000 drifted, into an issue body with history and state, charts dropped first", () => {
    const r = report(3000, 2000);
    let state = nextAlertState(
      undefined,
      { at: "2026-11-30T06:00:00Z", status: "drift", drifted: r.drifted_columns },
      10,
    );
    for (let i = 0; i < 12; i++)
      state = nextAlertState(
        state,
        {
          at: `2026-12-0${(i % 9) + 1}T06:00:00Z`,
          status: "drift",
          drifted: r.drifted_columns,
          url: "https://github.com/o/r/actions/runs/1",
        },
        10,
      );
    const limit = GITHUB_COMMENT_LIMIT - 2_500;
    const fitted = fitDriftReport(r, reportBudget(limit, state));
    expect(fitted.fits).toBe(true);
    expect(fitted.shrunk[0]).toEqual({ id: "drifted", form: 1 });
    expect(fitted.markdown).not.toContain("xychart-beta");
    const body = renderAlertBody(fitted.markdown, state);
    expect(body.length).toBeLessThanOrEqual(limit);
    expect(readAlertState(body)?.history).toHaveLength(10);
    // The headline survives every shrink step.
    expect(body).toMatch(/^## mlgate drift-check for `wide`: ❌ \*\*Drift\*\*/);
  });

  it("shows the largest effects first among the drifted columns", () => {
    const md = fitDriftReport(report(5, 3), 60_000).markdown;
    const order = ["feature_0002", "feature_0001", "feature_0000"].map((n) => md.indexOf(`#### ${n}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
