import type { DriftTest } from "../contracts/drift.js";
import { twoSidedNormalP } from "../stats/tests.js";
import { categoricalOutOfRange, chi2Test, jensenShannonTest, linfTest } from "./categorical.js";
import { ksTest, numericOutOfRange, psiTest, wassersteinTest } from "./numeric.js";
import type { PreparedPair, SideCounts } from "./prepare.js";

/** Every drift test mlgate knows, by the id used in drift.json and mlgate.yml. */
export type DriftTestId =
  | "ks"
  | "wasserstein"
  | "psi"
  | "chi2"
  | "jensen_shannon"
  | "linf"
  | "missing_rate"
  | "out_of_range";

export type ColumnKind = "numeric" | "categorical";

/**
 * One registered drift test. `run` compares the prepared reference and current of one column;
 * `effect` reads the effect size from its result (the figure compared with the threshold when the
 * test is a column's `effect_test`); `defaultThreshold` is that figure's default threshold.
 */
export interface DriftTestSpec {
  id: DriftTestId;
  appliesTo: readonly ColumnKind[];
  /** True when the test yields a p-value (it may then be a column's `p_test`). */
  hasPValue: boolean;
  defaultThreshold: number;
  effect(result: DriftTest): number;
  run(pair: PreparedPair): DriftTest;
}

const BOTH: readonly ColumnKind[] = ["numeric", "categorical"];
const statistic = (t: DriftTest): number => t.statistic;

function numericOnly(
  id: DriftTestId,
  pair: PreparedPair,
): asserts pair is Extract<PreparedPair, { kind: "numeric" }> {
  if (pair.kind !== "numeric") throw new Error(`${id} applies to numeric columns only`);
}
function categoricalOnly(
  id: DriftTestId,
  pair: PreparedPair,
): asserts pair is Extract<PreparedPair, { kind: "categorical" }> {
  if (pair.kind !== "categorical") throw new Error(`${id} applies to categorical columns only`);
}

/**
 * Change of the missing share, current − reference, with the pooled two-proportion z-test
 * (statsmodels' `proportions_ztest`). No rows on a side, or a pooled share of 0 or 1 (nothing or
 * everything missing on both sides), gives z = 0 and p = 1.
 */
export function missingRateTest(ref: SideCounts, cur: SideCounts): DriftTest {
  const p1 = ref.rows > 0 ? ref.missing / ref.rows : 0;
  const p2 = cur.rows > 0 ? cur.missing / cur.rows : 0;
  const pooled = ref.rows + cur.rows > 0 ? (ref.missing + cur.missing) / (ref.rows + cur.rows) : 0;
  const se =
    ref.rows > 0 && cur.rows > 0 ? Math.sqrt(pooled * (1 - pooled) * (1 / ref.rows + 1 / cur.rows)) : 0;
  const z = se > 0 ? (p2 - p1) / se : 0;
  return {
    test: "missing_rate",
    statistic: p2 - p1,
    p_value: se > 0 ? twoSidedNormalP(z) : 1,
    detail: { reference_rate: p1, current_rate: p2, z },
  };
}

/**
 * The registry. Default thresholds (also in docs/architecture.md, "Drift"):
 * - ks 0.1: D is the largest gap between the two CDFs; 10 points of probability mass moved is a
 *   change a reader sees in a histogram, while sampling noise at n ≥ 1 000 stays below ~0.06.
 * - wasserstein 0.1 (W / reference std): the mean moved by a tenth of a standard deviation, or the
 *   same mass moved elsewhere; Evidently's default for this normalised distance.
 * - psi 0.2: the credit-scoring convention (< 0.1 stable, 0.1–0.25 some shift, > 0.25 major).
 * - chi2 0.1 (Cramér's V): Cohen's "small" association between sample and category.
 * - jensen_shannon 0.1: Evidently's and NannyML's default; base 2 puts it in [0, 1].
 * - linf 0.1: one category's share moved by 10 points; TFDV has no default, this is the figure
 *   the planted-shift tests use.
 * - missing_rate 0.05: five points more (or fewer) missing cells.
 * - out_of_range 0.05: one current value in twenty outside the reference's [min, max].
 */
export const DRIFT_TESTS: Record<DriftTestId, DriftTestSpec> = {
  ks: {
    id: "ks",
    appliesTo: ["numeric"],
    hasPValue: true,
    defaultThreshold: 0.1,
    // From sketches only the part of D beyond the sketches' error is an effect.
    effect: (t) => Math.max(0, t.statistic - (t.error ?? 0)),
    run(pair) {
      numericOnly("ks", pair);
      return ksTest(pair.ref, pair.cur);
    },
  },
  wasserstein: {
    id: "wasserstein",
    appliesTo: ["numeric"],
    hasPValue: false,
    defaultThreshold: 0.1,
    effect: statistic,
    run(pair) {
      numericOnly("wasserstein", pair);
      return wassersteinTest(pair.ref, pair.cur);
    },
  },
  psi: {
    id: "psi",
    appliesTo: ["numeric"],
    hasPValue: false,
    defaultThreshold: 0.2,
    effect: statistic,
    run(pair) {
      numericOnly("psi", pair);
      return psiTest(pair);
    },
  },
  chi2: {
    id: "chi2",
    appliesTo: ["categorical"],
    hasPValue: true,
    defaultThreshold: 0.1,
    effect: (t) => Number(t.detail?.cramers_v ?? 0),
    run(pair) {
      categoricalOnly("chi2", pair);
      return chi2Test(pair);
    },
  },
  jensen_shannon: {
    id: "jensen_shannon",
    appliesTo: ["categorical"],
    hasPValue: false,
    defaultThreshold: 0.1,
    effect: statistic,
    run(pair) {
      categoricalOnly("jensen_shannon", pair);
      return jensenShannonTest(pair);
    },
  },
  linf: {
    id: "linf",
    appliesTo: ["categorical"],
    hasPValue: false,
    defaultThreshold: 0.1,
    effect: statistic,
    run(pair) {
      categoricalOnly("linf", pair);
      return linfTest(pair);
    },
  },
  missing_rate: {
    id: "missing_rate",
    appliesTo: BOTH,
    hasPValue: true,
    defaultThreshold: 0.05,
    effect: (t) => Math.abs(t.statistic),
    run: (pair) => missingRateTest(pair.refCounts, pair.curCounts),
  },
  out_of_range: {
    id: "out_of_range",
    appliesTo: BOTH,
    hasPValue: false,
    defaultThreshold: 0.05,
    effect: statistic,
    run: (pair) =>
      pair.kind === "numeric" ? numericOutOfRange(pair.ref, pair.cur) : categoricalOutOfRange(pair),
  },
};

export function isDriftTestId(id: string): id is DriftTestId {
  return Object.hasOwn(DRIFT_TESTS, id);
}

export interface TestChoice {
  p_test: DriftTestId;
  effect_test: DriftTestId;
}

/**
 * Above this many categories the effect is L∞ rather than Jensen–Shannon: JS sums sampling noise
 * over every category, so on high-cardinality columns it grows with k at no real change (NannyML's
 * advice); L∞ looks at one category at a time.
 */
export const HIGH_CARDINALITY = 50;

/**
 * The default p_test / effect_test of a column by its kind and cardinality: numeric → KS for the
 * p-value and Wasserstein / std for the effect; categorical → χ² homogeneity for the p-value and
 * Jensen–Shannon (L∞ past HIGH_CARDINALITY categories) for the effect.
 */
export function defaultTests(kind: ColumnKind, categories: number): TestChoice {
  if (kind === "numeric") return { p_test: "ks", effect_test: "wasserstein" };
  return { p_test: "chi2", effect_test: categories > HIGH_CARDINALITY ? "linf" : "jensen_shannon" };
}
