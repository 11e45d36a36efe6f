import { describe, expect, it } from "vitest";
import { delongPaired, midranks, rocAuc } from "../../src/core/stats/auc.js";
import { quantileSorted } from "../../src/core/stats/quantile.js";
import { createRng } from "../../src/core/stats/random.js";
import { holmAdjust, mcnemarTest } from "../../src/core/stats/tests.js";
import { reference } from "../evaluate/reference.js";

describe("McNemar against statsmodels", () => {
  for (const c of reference.mcnemar) {
    it(`b=${c.b} c=${c.c}`, () => {
      const exact = mcnemarTest(c.b, c.c, { exact: true });
      expect(exact.pValue).toBeCloseTo(c.exact_p, 12);
      const chi2 = mcnemarTest(c.b, c.c, { exact: false });
      expect(chi2.statistic).toBeCloseTo(c.chi2_statistic, 12);
      expect(chi2.pValue).toBeCloseTo(c.chi2_p, 12);
    });
  }
  it("uses the exact test below 25 discordant pairs and χ² from 25 on", () => {
    expect(mcnemarTest(3, 9).exact).toBe(true);
    expect(mcnemarTest(12, 13).exact).toBe(false);
  });
  it("gives p = 1 with no discordant pairs", () => {
    expect(mcnemarTest(0, 0).pValue).toBe(1);
  });
});

describe("Holm against statsmodels", () => {
  for (const c of reference.holm) {
    it(c.p.join(", "), () => {
      const adjusted = holmAdjust(c.p);
      for (const [i, v] of c.adjusted.entries()) expect(adjusted[i]).toBeCloseTo(v, 14);
    });
  }
  it("leaves NaN out of the family", () => {
    const adjusted = holmAdjust([0.01, Number.NaN, 0.02]);
    expect(adjusted[0]).toBeCloseTo(0.02, 15);
    expect(adjusted[1]).toBeNaN();
    expect(adjusted[2]).toBeCloseTo(0.02, 15);
  });
});

describe("DeLong against the numpy reference (Sun & Xu fast algorithm)", () => {
  for (const [i, c] of reference.delong.entries()) {
    it(`case ${i} (${c.a.length} rows)`, () => {
      const r = delongPaired(c.positive, c.a, c.b);
      expect(r.aucA).toBeCloseTo(c.auc_a, 12);
      expect(r.aucB).toBeCloseTo(c.auc_b, 12);
      expect(r.varianceDiff).toBeCloseTo(c.var_diff, 14);
      expect(r.z).toBeCloseTo(c.z, 10);
      expect(r.pValue).toBeCloseTo(c.p_value, 12);
      expect(rocAuc(c.positive, c.a)).toBeCloseTo(c.auc_a_sklearn, 12);
    });
  }
  it("identical scores give z = 0 and p = 1", () => {
    const r = delongPaired([1, 0, 1, 0], [0.9, 0.2, 0.4, 0.5], [0.9, 0.2, 0.4, 0.5]);
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
  });
});

describe("midranks and quantiles", () => {
  it("averages tied ranks", () => {
    expect([...midranks([3, 1, 3, 2])]).toEqual([3.5, 1, 3.5, 2]);
  });
  it("interpolates like numpy's default (type 7)", () => {
    const s = [1, 2, 3, 4];
    expect(quantileSorted(s, 0.025)).toBeCloseTo(1.075, 15); // numpy.quantile([1,2,3,4], 0.025)
    expect(quantileSorted(s, 0.5)).toBe(2.5);
    expect(quantileSorted(s, 1)).toBe(4);
  });
});

describe("seeded PRNG", () => {
  it("repeats its stream for a seed and differs across seeds", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 8 }, () => rng.nextUint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
  it("draws indices uniformly", () => {
    const rng = createRng(1);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.nextIndex(10)]++;
    // Each bin expects 10 000 with sd ≈ 95; 5 sd is a failure, not noise.
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(475);
  });
});
