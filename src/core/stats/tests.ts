import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";

/** Two-sided p-value of a standard-normal statistic; uses the lower tail to keep tiny p-values accurate. */
export function twoSidedNormalP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

export interface McNemarResult {
  /** Discordant pairs: b = only the first model right, c = only the second model right. */
  b: number;
  c: number;
  exact: boolean;
  /** χ² statistic with continuity correction (chi-square form), or min(b, c) (exact form). */
  statistic: number;
  pValue: number;
}

/** Below this many discordant pairs the χ² approximation is poor and the exact binomial test is used. */
export const MCNEMAR_EXACT_BELOW = 25;

/**
 * McNemar's test on the discordant counts of two classifiers scored on the same rows. Exact form:
 * two-sided binomial test of b against Binomial(b + c, 1/2); χ² form: (|b − c| − 1)² / (b + c) with
 * one degree of freedom — both as statsmodels' `mcnemar`.
 */
export function mcnemarTest(b: number, c: number, opts: { exact?: boolean } = {}): McNemarResult {
  const n = b + c;
  const exact = opts.exact ?? n < MCNEMAR_EXACT_BELOW;
  if (n === 0) return { b, c, exact, statistic: 0, pValue: 1 };
  if (exact) {
    const k = Math.min(b, c);
    return { b, c, exact, statistic: k, pValue: Math.min(1, 2 * binomialCdf(k, n, 0.5)) };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  // A χ²(1) tail equals a two-sided normal tail at √x; this form keeps small p-values precise.
  return { b, c, exact, statistic, pValue: twoSidedNormalP(Math.sqrt(statistic)) };
}

/**
 * Holm's step-down adjustment (family-wise error): sort ascending, multiply the i-th smallest by
 * (m − i), carry the running maximum, cap at 1. NaN p-values are left out of the family and stay NaN.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const idx = pValues.map((_, i) => i).filter((i) => !Number.isNaN(pValues[i]!));
  idx.sort((x, y) => pValues[x]! - pValues[y]!);
  const m = idx.length;
  const out = pValues.map(() => Number.NaN);
  let running = 0;
  idx.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[i]!));
    out[i] = running;
  });
  return out;
}

/**
 * Benjamini–Hochberg step-up adjustment (false discovery rate): sort ascending, the i-th smallest
 * (1-based) becomes m/i · p, then the running minimum from the largest down, capped at 1 — as
 * statsmodels' `multipletests(method="fdr_bh")`. NaN p-values are left out of the family and stay NaN.
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const idx = pValues.map((_, i) => i).filter((i) => !Number.isNaN(pValues[i]!));
  idx.sort((x, y) => pValues[x]! - pValues[y]!);
  const m = idx.length;
  const out = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const i = idx[rank]!;
    running = Math.min(running, (m / (rank + 1)) * pValues[i]!);
    out[i] = running;
  }
  return out;
}
