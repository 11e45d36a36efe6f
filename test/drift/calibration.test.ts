import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";
import { describe, expect, it } from "vitest";
import { driftSection } from "../../src/core/config/sections/drift.js";
import { compareSides } from "../../src/core/drift/compare.js";
import { side } from "./generate.js";

const RUNS = 200;
const ALPHA = 0.05;

/**
 * Largest count of false alarms in RUNS runs that a true rate of ALPHA explains at the 0.001
 * level: the 0.999 quantile of Binomial(RUNS, ALPHA) (21 of 200) — a test that would fail once in
 * a thousand seeds for a procedure exactly at alpha, and reliably for one well above it.
 */
function margin(): number {
  let k = 0;
  while (binomialCdf(k, RUNS, ALPHA) < 0.999) k++;
  return k;
}

describe("calibration: pairs of samples from one distribution", () => {
  it(`${RUNS} null runs × 10 columns: any column flagged in at most alpha of runs (BH on p-values alone)`, () => {
    // Thresholds 0 leave the decision to the adjusted p-values: the hardest case for BH.
    const thresholds = { ks: 0, chi2: 0, jensen_shannon: 0, missing_rate: 0, wasserstein: 0 };
    const pOnly = driftSection.parse({ alpha: ALPHA, thresholds });
    const defaults = driftSection.parse({ alpha: ALPHA });
    let alarms = 0;
    let alarmsDefault = 0;
    for (let run = 0; run < RUNS; run++) {
      const ref = side(1000 + run, { rows: 1500, missing: 0.05 });
      const cur = side(50_000 + run, { rows: 800, missing: 0.05 });
      if (compareSides(ref, cur, pOnly).drifted_columns.length > 0) alarms++;
      if (compareSides(ref, cur, defaults).drifted_columns.length > 0) alarmsDefault++;
    }
    expect(margin()).toBe(21);
    console.log(
      `null runs flagged: ${alarms} of ${RUNS} on p-values alone, ${alarmsDefault} with the thresholds`,
    );
    expect(alarms).toBeLessThanOrEqual(margin());
    // The effect thresholds only remove columns from what the p-values flag (same BH family).
    expect(alarmsDefault).toBeLessThanOrEqual(alarms);
  }, 120_000);
});

describe("planted shifts are found", () => {
  const policy = driftSection.parse({});
  it("a mean shift of 0.3 sd on 5 000 rows drifts that column only", () => {
    for (const seed of [1, 2, 3]) {
      const out = compareSides(
        side(seed, { rows: 5000 }),
        side(seed + 100, { rows: 5000, meanShift: 0.3 }),
        policy,
      );
      expect(out.drifted_columns).toEqual(["n0"]);
      const n0 = out.columns.find((c) => c.name === "n0")!;
      expect(n0.adjusted_p_value!).toBeLessThan(1e-6);
      expect(n0.effect_size!).toBeGreaterThan(0.2);
      expect(n0.effect_size!).toBeLessThan(0.4);
    }
  });
  it("a category's share up by 10 points on 5 000 rows drifts that column only", () => {
    for (const seed of [4, 5, 6]) {
      const out = compareSides(
        side(seed, { rows: 5000 }),
        side(seed + 100, { rows: 5000, categoryShift: 0.1 }),
        policy,
      );
      expect(out.drifted_columns).toEqual(["c0"]);
      const c0 = out.columns.find((c) => c.name === "c0")!;
      expect(c0.effect_test).toBe("jensen_shannon");
      expect(c0.effect_size!).toBeGreaterThanOrEqual(0.1);
    }
  });
  it("missing cells up from 0 to 10% drift the column through its missing-rate test", () => {
    const out = compareSides(side(7, { rows: 5000 }), side(8, { rows: 5000, missing: 0.1 }), policy);
    expect(out.drifted_columns).toEqual(["n0"]);
    const t = out.columns.find((c) => c.name === "n0")!.tests.find((x) => x.test === "missing_rate")!;
    expect(t.detail!.drifted).toBe(true);
    expect(t.statistic).toBeCloseTo(0.1, 1);
  });
});
