import { describe, expect, it } from "vitest";
import { chi2Homogeneity, jensenShannonDistance } from "../../src/core/drift/categorical.js";
import { binShares, ksTest, psiTest, wassersteinTest } from "../../src/core/drift/numeric.js";
import { type NumericPair, numericSample, psiEdges } from "../../src/core/drift/prepare.js";
import { missingRateTest } from "../../src/core/drift/tests.js";
import { kolmogorovSf } from "../../src/core/stats/kolmogorov.js";
import { benjaminiHochbergAdjust } from "../../src/core/stats/tests.js";
import { reference } from "./reference.js";

const sample = (xs: number[]) =>
  numericSample({ name: "x", kind: "numeric", rows: xs.length, missing: 0, values: Float64Array.from(xs) });

describe("two-sample KS against scipy.stats.ks_2samp", () => {
  for (const c of reference.ks) {
    it(c.name, () => {
      const t = ksTest(sample(c.a), sample(c.b));
      expect(t.method).toBe(c.method);
      expect(Math.abs(t.statistic - c.statistic)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(t.p_value! - c.pvalue)).toBeLessThanOrEqual(1e-6);
      // Swapping the samples changes neither figure (two-sided).
      const s = ksTest(sample(c.b), sample(c.a));
      expect(Math.abs(s.statistic - c.statistic)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(s.p_value! - c.pvalue)).toBeLessThanOrEqual(1e-6);
    });
  }
});

describe("Kolmogorov distribution against scipy.stats.kstwo.sf", () => {
  for (const c of reference.kstwo) {
    it(`n=${c.n} x=${c.x.toPrecision(4)}`, () => {
      expect(Math.abs(kolmogorovSf(c.n, c.x) - c.sf)).toBeLessThanOrEqual(1e-6);
    });
  }
});

describe("chi-square homogeneity against scipy.stats.chi2_contingency", () => {
  for (const c of reference.chi2) {
    it(`${c.reference} vs ${c.current}`, () => {
      const r = chi2Homogeneity(c.reference, c.current);
      expect(r.dof).toBe(c.dof);
      expect(r.yates).toBe(c.dof === 1);
      expect(r.statistic).toBeCloseTo(c.statistic, 10);
      expect(Math.abs(r.pValue - c.pvalue)).toBeLessThanOrEqual(1e-9);
    });
  }
  it("a one-column table has dof 0, statistic 0 and p = 1", () => {
    expect(chi2Homogeneity([10], [20])).toEqual({ statistic: 0, pValue: 1, dof: 0, yates: false });
  });
});

describe("Jensen–Shannon against scipy.spatial.distance.jensenshannon(base=2)", () => {
  for (const c of reference.jensenshannon) {
    it(`${c.p} vs ${c.q}`, () => {
      expect(jensenShannonDistance(c.p, c.q)).toBeCloseTo(c.distance, 12);
    });
  }
});

describe("Wasserstein against scipy.stats.wasserstein_distance", () => {
  reference.wasserstein.forEach((c, i) => {
    it(`case ${i}`, () => {
      const t = wassersteinTest(sample(c.u), sample(c.v));
      const raw = Number(t.detail!.raw);
      expect(Math.abs(raw - c.distance)).toBeLessThanOrEqual(1e-12 * Math.max(1, c.distance));
      const std = sample(c.u).std;
      expect(t.statistic).toBeCloseTo(std > 0 ? raw / std : raw, 12);
    });
  });
});

describe("Benjamini–Hochberg against statsmodels' fdr_bh definition", () => {
  for (const c of reference.bh) {
    it(c.p.join(", "), () => {
      benjaminiHochbergAdjust(c.p).forEach((a, i) => expect(a).toBeCloseTo(c.adjusted[i]!, 14));
    });
  }
  it("leaves NaN out of the family", () => {
    const out = benjaminiHochbergAdjust([0.01, Number.NaN, 0.04]);
    expect(out[0]).toBeCloseTo(0.02, 15);
    expect(out[1]).toBeNaN();
    expect(out[2]).toBeCloseTo(0.04, 15);
  });
});

describe("missing-rate change (pooled two-proportion z-test)", () => {
  for (const c of reference.missing) {
    it(`${c.reference} vs ${c.current}`, () => {
      const t = missingRateTest(
        { rows: c.reference[1], missing: c.reference[0] },
        { rows: c.current[1], missing: c.current[0] },
      );
      // statsmodels' z is reference − current; ours is the change, current − reference.
      expect(Number(t.detail!.z)).toBeCloseTo(-c.z, 12);
      expect(t.p_value!).toBeCloseTo(c.pvalue, 12);
      expect(t.statistic).toBeCloseTo(c.current[0] / c.current[1] - c.reference[0] / c.reference[1], 15);
    });
  }
  it("nothing missing on either side is no change, p = 1", () => {
    const t = missingRateTest({ rows: 100, missing: 0 }, { rows: 50, missing: 0 });
    expect(t.statistic).toBe(0);
    expect(t.p_value).toBe(1);
  });
});

describe("PSI on reference-decile bins", () => {
  reference.psi.forEach((c, i) => {
    it(`case ${i}`, () => {
      const ref = sample(c.u);
      const cur = sample(c.v);
      const edges = psiEdges(ref);
      edges.forEach((e, j) => expect(e).toBeCloseTo(c.edges[j]!, 12));
      const pair: NumericPair = {
        kind: "numeric",
        name: "x",
        refCounts: { rows: c.u.length, missing: 0 },
        curCounts: { rows: c.v.length, missing: 0 },
        ref,
        cur,
        edges,
      };
      expect(psiTest(pair).statistic).toBeCloseTo(c.psi, 12);
      const shares = binShares(cur, edges);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
  });
});
