import type { DriftTest } from "../contracts/drift.js";
import { gcd, kolmogorovSf, smirnov2Exact } from "../stats/kolmogorov.js";
import { cdfAt, cdfBelow, walk } from "./ecdf.js";
import type { NumericPair, NumericSample } from "./prepare.js";

/** scipy's `ks_2samp(method="auto")`: exact p-value when both samples have at most this many values. */
export const KS_EXACT_MAX_N = 10_000;

/** Empty PSI bins get this share so that ln(c/r) stays finite (an empty bin on both sides adds 0). */
export const PSI_EPSILON = 1e-4;

/**
 * Two-sample Kolmogorov–Smirnov. From data: the statistic and p-value of scipy's `ks_2samp`
 * (two-sided, method "auto": exact when max(n₁, n₂) ≤ 10 000 — the statistic then snapped to the
 * h / lcm(n₁, n₂) it equals —, else `kstwo.sf(D, round(n₁n₂/(n₁+n₂)))`). From sketches (either side a
 * profile): D from the two sketch CDFs, `error` = the sum of the sides' rank errors, and the
 * p-value of max(0, D − error) — the sketches alone can move D by `error`, so only the excess counts
 * as evidence (the raw-D p-value would flag every large sample).
 */
export function ksTest(ref: NumericSample, cur: NumericSample): DriftTest {
  const n1 = ref.n;
  const n2 = cur.n;
  const { dPlus, dMinus } = walk(ref.cdf, cur.cdf);
  let d = dMinus > dPlus ? dMinus : dPlus;
  const en = Math.round((n1 * n2) / (n1 + n2));
  if (!ref.exact || !cur.exact) {
    const error = ref.rankError + cur.rankError;
    const forP = Math.max(0, d - error);
    return {
      test: "ks",
      statistic: d,
      p_value: kolmogorovSf(en, forP),
      method: "sketch",
      error,
      detail: { statistic_for_p: forP, n_eff: en },
    };
  }
  const g = gcd(n1, n2);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const p = smirnov2Exact(n1, n2, g, h);
    if (!Number.isNaN(p)) {
      d = h / lcm;
      return { test: "ks", statistic: d, p_value: p, method: "exact" };
    }
  }
  return {
    test: "ks",
    statistic: d,
    p_value: kolmogorovSf(en, d),
    method: "asymptotic",
    detail: { n_eff: en },
  };
}

/**
 * The scale that makes Wasserstein comparable across columns: the reference standard deviation;
 * for a constant reference the current's; when both are constant, 1 (the distance is then the
 * difference of the constants, 0 when they agree — never a division by zero).
 */
function wassersteinScale(ref: NumericSample, cur: NumericSample): { scale: number; from: string } {
  if (ref.std > 0) return { scale: ref.std, from: "reference_std" };
  if (cur.std > 0) return { scale: cur.std, from: "current_std" };
  return { scale: 1, from: "unit" };
}

/**
 * Wasserstein-1 = ∫|F_ref − F_cur| dx (scipy's `wasserstein_distance` from data; the same integral
 * on the sketch CDFs, i.e. ∫|Q_ref − Q_cur| dq on their quantile functions). The statistic is W
 * divided by the reference standard deviation; `detail.raw` is W.
 */
export function wassersteinTest(ref: NumericSample, cur: NumericSample): DriftTest {
  const raw = walk(ref.cdf, cur.cdf).wasserstein;
  const { scale, from } = wassersteinScale(ref, cur);
  return {
    test: "wasserstein",
    statistic: raw / scale,
    p_value: null,
    method: ref.exact && cur.exact ? "exact" : "sketch",
    detail: { raw, scale, scale_from: from },
  };
}

/** Shares of a sample in the bins (−∞, e₁], (e₁, e₂], …, (e_k, ∞). */
export function binShares(s: NumericSample, edges: readonly number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const f = cdfAt(s.cdf, e);
    out.push(Math.max(0, f - prev));
    prev = f;
  }
  out.push(Math.max(0, 1 - prev));
  return out;
}

/**
 * Population stability index Σ (c − r) ln(c / r) over the reference-decile bins, each share
 * floored at PSI_EPSILON. The edges go into `detail.edges` so a reader can recompute it.
 */
export function psiTest(pair: NumericPair): DriftTest {
  const r = binShares(pair.ref, pair.edges);
  const c = binShares(pair.cur, pair.edges);
  let psi = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = Math.max(r[i]!, PSI_EPSILON);
    const ci = Math.max(c[i]!, PSI_EPSILON);
    psi += (ci - ri) * Math.log(ci / ri);
  }
  return {
    test: "psi",
    statistic: psi,
    p_value: null,
    method: pair.ref.exact && pair.cur.exact ? "exact" : "sketch",
    detail: { bins: r.length, edges: JSON.stringify(pair.edges), epsilon: PSI_EPSILON },
  };
}

/** Share of current values below the reference minimum or above its maximum. */
export function numericOutOfRange(ref: NumericSample, cur: NumericSample): DriftTest {
  const share = cur.n === 0 || ref.n === 0 ? 0 : cdfBelow(cur.cdf, ref.min) + (1 - cdfAt(cur.cdf, ref.max));
  return {
    test: "out_of_range",
    statistic: Math.min(1, Math.max(0, share)),
    p_value: null,
    detail: { reference_min: ref.min, reference_max: ref.max },
  };
}
