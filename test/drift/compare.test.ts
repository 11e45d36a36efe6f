import { describe, expect, it } from "vitest";
import { driftSection } from "../../src/core/config/sections/drift.js";
import { DRIFT_SCHEMA, driftReportContract } from "../../src/core/contracts/drift.js";
import { KllSketch } from "../../src/core/data/sketch/kll.js";
import { compareSides, type DriftComparison } from "../../src/core/drift/compare.js";
import type { DriftColumnInput, DriftSide } from "../../src/core/drift/side.js";
import { DRIFT_TESTS, defaultTests } from "../../src/core/drift/tests.js";
import { MlgateError } from "../../src/core/errors.js";
import { seededRandom } from "../../src/core/stats/random.js";
import { normals, numericColumn, side } from "./generate.js";

const policy = (over: object = {}) => driftSection.parse(over);

/** The comparison as drift.json: the contract rejects NaN and ±Infinity in every number. */
function asReport(c: DriftComparison) {
  const report = {
    schema: DRIFT_SCHEMA,
    reference: { source: "ref.csv", kind: "data", rows: 0 },
    current: { source: "cur.csv", kind: "data", rows: 0 },
    generated_at: "2026-12-02T00:00:00Z",
    ...c,
  };
  const parsed = driftReportContract.safeParse(JSON.parse(JSON.stringify(report)));
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  return report;
}

const constant = (name: string, v: number, n: number) => numericColumn(name, new Float64Array(n).fill(v));

describe("compareSides: edge cases", () => {
  it("a column constant in both samples (same constant) is no drift, with finite figures", () => {
    const out = compareSides(
      { rows: 500, columns: [constant("k", 3, 500)] },
      { rows: 400, columns: [constant("k", 3, 400)] },
      policy(),
    );
    asReport(out);
    const k = out.columns[0]!;
    expect(k.status).toBe("no_drift");
    expect(k.p_value).toBe(1);
    expect(k.effect_size).toBe(0);
    expect(out.status).toBe("no_drift");
    expect(out.drift_share).toBe(0);
  });

  it("a constant that changed drifts (KS D = 1, Wasserstein = the difference when both are constant)", () => {
    const out = compareSides(
      { rows: 500, columns: [constant("k", 3, 500)] },
      { rows: 400, columns: [constant("k", 5, 400)] },
      policy(),
    );
    asReport(out);
    const k = out.columns[0]!;
    expect(k.tests.find((t) => t.test === "ks")!.statistic).toBe(1);
    expect(k.effect_size).toBe(2);
    expect(k.status).toBe("drift");
  });

  it("an empty current is insufficient_data everywhere, with rows_needed", () => {
    const out = compareSides(side(1, { rows: 1000 }), { rows: 0, columns: [] }, policy({ min_rows: 100 }));
    asReport(out);
    expect(out.status).toBe("insufficient_data");
    expect(out.drifted).toBe(false);
    for (const c of out.columns) {
      expect(c.status).toBe("insufficient_data");
      expect(c.rows_needed).toBe(100);
    }
  });

  it("too few current rows: insufficient_data with how many more are needed", () => {
    const random = seededRandom(3);
    const out = compareSides(
      { rows: 1000, columns: [numericColumn("x", normals(random, 1000))] },
      { rows: 60, columns: [numericColumn("x", normals(random, 40), 20)] },
      policy({ min_rows: 100 }),
    );
    asReport(out);
    expect(out.columns[0]!.status).toBe("insufficient_data");
    expect(out.columns[0]!.rows_needed).toBe(60);
    expect(out.columns[0]!.p_value).not.toBeNull();
    expect(out.columns[0]!.adjusted_p_value).toBeNull();
    expect(out.status).toBe("insufficient_data");
  });

  it("one-sided columns: reference-only compares with an all-missing current; current-only is reported, undecided", () => {
    const random = seededRandom(4);
    const out = compareSides(
      {
        rows: 1000,
        columns: [numericColumn("a", normals(random, 1000)), numericColumn("gone", normals(random, 1000))],
      },
      {
        rows: 800,
        columns: [
          numericColumn("a", normals(random, 800)),
          numericColumn("request_id", normals(random, 800)),
        ],
      },
      policy(),
    );
    asReport(out);
    const gone = out.columns.find((c) => c.name === "gone")!;
    expect(gone.current).toEqual({ rows: 800, missing: 800 });
    expect(gone.status).toBe("drift");
    expect(gone.tests.map((t) => t.test)).toEqual(["missing_rate"]);
    const extra = out.columns.find((c) => c.name === "request_id")!;
    expect(extra.status).toBe("insufficient_data");
    expect(extra.tests).toEqual([]);
    expect(extra.rows_needed).toBeUndefined();
    // Decided: a and gone; one of two drifted = 0.5 = the default drift_share.
    expect(out.drift_share).toBe(0.5);
    expect(out.status).toBe("drift");
  });

  it("categorical: new and vanished categories named; chi-square pools rare categories", () => {
    const ref: DriftColumnInput = {
      name: "city",
      kind: "categorical",
      rows: 1000,
      missing: 0,
      counts: new Map([
        ["a", 600],
        ["b", 390],
        ["old", 8],
        ["rare", 2],
      ]),
      exact: true,
    };
    const cur: DriftColumnInput = {
      name: "city",
      kind: "categorical",
      rows: 1000,
      missing: 0,
      counts: new Map([
        ["a", 590],
        ["b", 400],
        ["new", 7],
        ["rare", 3],
      ]),
      exact: true,
    };
    const out = compareSides({ rows: 1000, columns: [ref] }, { rows: 1000, columns: [cur] }, policy());
    asReport(out);
    const c = out.columns[0]!;
    expect(c.new_categories).toEqual(["new"]);
    expect(c.vanished_categories).toEqual(["old"]);
    const chi2 = c.tests.find((t) => t.test === "chi2")!;
    // old (8+0), new (0+7), rare (2+3): every expected count < 5 → one "(other)" column; a, b, (other).
    expect(chi2.detail!.pooled_categories).toBe(3);
    expect(chi2.detail!.dof).toBe(2);
    expect(c.tests.find((t) => t.test === "out_of_range")!.statistic).toBeCloseTo(0.007, 12);
    expect(c.distribution!.bins).toEqual(["a", "b", "old", "new", "rare"]);
  });

  it("a critical column drifts the dataset on its own", () => {
    const a = side(11, { rows: 3000 });
    const b = side(12, { rows: 3000, meanShift: 0.5 });
    expect(compareSides(a, b, policy()).status).toBe("no_drift");
    const out = compareSides(a, b, policy({ columns: { n0: { critical: true } } }));
    expect(out.drifted_columns).toEqual(["n0"]);
    expect(out.drift_share).toBeCloseTo(0.1, 12);
    expect(out.status).toBe("drift");
    expect(out.drifted).toBe(true);
  });

  it("per-column overrides: tests, threshold and ignore", () => {
    const a = side(21, { rows: 3000 });
    const b = side(22, { rows: 3000, meanShift: 0.3 });
    const out = compareSides(
      a,
      b,
      policy({
        columns: { n0: { effect_test: "psi", threshold: 5 }, n1: { ignore: true } },
        thresholds: { jensen_shannon: 0.5 },
      }),
    );
    asReport(out);
    expect(out.columns.map((c) => c.name)).not.toContain("n1");
    const n0 = out.columns.find((c) => c.name === "n0")!;
    expect(n0.effect_test).toBe("psi");
    expect(n0.effect_threshold).toBe(5);
    expect(n0.drifted).toBe(false);
    expect(out.columns.find((c) => c.name === "c0")!.effect_threshold).toBe(0.5);
    expect(() => compareSides(a, b, policy({ columns: { n0: { p_test: "wasserstein" } } }))).toThrow(
      MlgateError,
    );
    expect(() => compareSides(a, b, policy({ columns: { c0: { effect_test: "ks" } } }))).toThrow(/ks/);
  });

  it("defaults by kind and cardinality", () => {
    expect(defaultTests("numeric", 0)).toEqual({ p_test: "ks", effect_test: "wasserstein" });
    expect(defaultTests("categorical", 4)).toEqual({ p_test: "chi2", effect_test: "jensen_shannon" });
    expect(defaultTests("categorical", 500)).toEqual({ p_test: "chi2", effect_test: "linf" });
    for (const t of Object.values(DRIFT_TESTS)) expect(t.defaultThreshold).toBeGreaterThan(0);
  });
});

describe("compareSides from sketches", () => {
  it("KS from two profiles' KLL sketches: method sketch, error = both rank errors, p from D − error", () => {
    const random = seededRandom(31);
    const mk = (n: number, shift: number): DriftColumnInput => {
      const values = normals(random, n, shift);
      const k = new KllSketch();
      k.updateMany(values, n);
      let mean = 0;
      for (const v of values) mean += v / n;
      let m2 = 0;
      for (const v of values) m2 += (v - mean) ** 2;
      return {
        name: "x",
        kind: "numeric",
        rows: n,
        missing: 0,
        rankError: 0.0165,
        summary: {
          count: n,
          min: k.min,
          max: k.max,
          mean,
          m2,
          variance: m2 / (n - 1),
          std: Math.sqrt(m2 / (n - 1)),
          quantiles: {},
          histogram: { edges: [], counts: [] },
          sketch: k.toJSON(),
        },
      };
    };
    const ref: DriftSide = { rows: 200_000, columns: [mk(200_000, 0)] };
    const same = compareSides(ref, { rows: 100_000, columns: [mk(100_000, 0)] }, policy());
    asReport(same);
    expect(same.mode).toBe("sketch");
    const ks = same.columns[0]!.tests.find((t) => t.test === "ks")!;
    expect(ks.method).toBe("sketch");
    expect(ks.error).toBeCloseTo(0.033, 12);
    expect(same.columns[0]!.status).toBe("no_drift");
    const shifted = compareSides(ref, { rows: 100_000, columns: [mk(100_000, 0.3)] }, policy());
    asReport(shifted);
    const col = shifted.columns[0]!;
    expect(col.status).toBe("drift");
    // Wasserstein / std from the sketches near the planted 0.3.
    expect(col.effect_size!).toBeGreaterThan(0.25);
    expect(col.effect_size!).toBeLessThan(0.35);
  });
});
