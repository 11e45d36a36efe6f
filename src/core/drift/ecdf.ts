import type { KllState } from "../data/sketch/kll.js";
import { sortFloat64 } from "../stats/sort.js";

/**
 * A distribution as a step CDF: `values` sorted ascending, `cumulative[i]` the weight of values
 * ≤ values[i] (null: every value weighs 1, so it is i + 1), `total` the whole weight. Data gives
 * one step per value; a KLL sketch one step per retained item with weight 2^level. KS, Wasserstein
 * and the PSI bins all read the two CDFs this way, so exact and sketch statistics share one walk.
 */
export interface StepCdf {
  values: Float64Array;
  cumulative: Float64Array | null;
  total: number;
}

/** The empirical CDF of data: a sorted copy (radix sort of the typed array: no per-value objects). */
export function ecdfOf(values: Float64Array, alreadySorted = false): StepCdf {
  const sorted = alreadySorted ? values : sortFloat64(values);
  return { values: sorted, cumulative: null, total: sorted.length };
}

/** The CDF a KLL sketch stands for: its items sorted, each weighing 2^level. */
export function sketchCdf(state: KllState): StepCdf {
  let size = 0;
  for (const level of state.levels) size += level.length;
  const order = new Float64Array(size);
  const weight = new Float64Array(size);
  let at = 0;
  state.levels.forEach((level, h) => {
    for (const v of level) {
      order[at] = v;
      weight[at++] = 2 ** h;
    }
  });
  const idx = Array.from({ length: size }, (_, i) => i).sort((a, b) => order[a]! - order[b]!);
  const values = new Float64Array(size);
  const cumulative = new Float64Array(size);
  let acc = 0;
  idx.forEach((i, k) => {
    acc += weight[i]!;
    values[k] = order[i]!;
    cumulative[k] = acc;
  });
  return { values, cumulative, total: acc };
}

const weightThrough = (c: StepCdf, count: number): number =>
  count === 0 ? 0 : c.cumulative ? c.cumulative[count - 1]! : count;

/** Index of the first value > x (numpy `searchsorted(side="right")`). */
export function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value ≥ x (numpy `searchsorted(side="left")`). */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** F(x) = share of the weight at values ≤ x. */
export function cdfAt(c: StepCdf, x: number): number {
  return c.total === 0 ? 0 : weightThrough(c, upperBound(c.values, x)) / c.total;
}

/** Share of the weight strictly below x. */
export function cdfBelow(c: StepCdf, x: number): number {
  return c.total === 0 ? 0 : weightThrough(c, lowerBound(c.values, x)) / c.total;
}

export interface WalkResult {
  /** max over x of F_a(x) − F_b(x), clipped at 0, and max of F_b(x) − F_a(x). */
  dPlus: number;
  dMinus: number;
  /** ∫ |F_a − F_b| dx (Wasserstein-1). */
  wasserstein: number;
}

/**
 * One merge walk over both sorted CDFs. At each distinct value both sides move past every value ≤
 * it before the difference is taken — the statistic of scipy's `ks_2samp` (`searchsorted(...,
 * side="right")` on the pooled values), ties included. The area is summed with Neumaier's
 * compensation, so a million steps keep full precision.
 */
export function walk(a: StepCdf, b: StepCdf): WalkResult {
  const av = a.values;
  const bv = b.values;
  const na = av.length;
  const nb = bv.length;
  let i = 0;
  let j = 0;
  let dPlus = 0;
  let dMinus = 0;
  let sum = 0;
  let comp = 0;
  const ac = a.cumulative;
  const bc = b.cumulative;
  while (i < na || j < nb) {
    const x = i < na && (j >= nb || av[i]! <= bv[j]!) ? av[i]! : bv[j]!;
    while (i < na && av[i]! <= x) i++;
    while (j < nb && bv[j]! <= x) j++;
    // Data: i / n (as scipy divides the searchsorted count); sketch: the cumulative weight share.
    const fa = ac === null ? i / a.total : i === 0 ? 0 : ac[i - 1]! / a.total;
    const fb = bc === null ? j / b.total : j === 0 ? 0 : bc[j - 1]! / b.total;
    const diff = fa - fb;
    if (diff > dPlus) dPlus = diff;
    if (-diff > dMinus) dMinus = -diff;
    if (i < na || j < nb) {
      const next = i < na && (j >= nb || av[i]! <= bv[j]!) ? av[i]! : bv[j]!;
      const term = Math.abs(diff) * (next - x);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
  }
  return { dPlus: Math.min(dPlus, 1), dMinus: Math.min(dMinus, 1), wasserstein: sum + comp };
}
