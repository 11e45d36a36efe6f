import { twoSidedNormalP } from "./tests.js";

/** 1-based ranks with ties given their average rank. */
export function midranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => values[x]! - values[y]!);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    const v = values[order[i]!]!;
    while (j < n && values[order[j]!]! === v) j++;
    const rank = 0.5 * (i + j - 1) + 1;
    for (let k = i; k < j; k++) ranks[order[k]!] = rank;
    i = j;
  }
  return ranks;
}

/** Scores split into positives and negatives, keeping row order within each group. */
function split(positive: ArrayLike<number>, scores: ArrayLike<number>) {
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < scores.length; i++) (positive[i] ? pos : neg).push(scores[i]!);
  return { pos, neg };
}

/**
 * Area under the ROC curve as the Mann–Whitney statistic (ties count one half), which equals the
 * trapezoidal area scikit-learn reports. NaN when one of the two groups is empty.
 */
export function rocAuc(positive: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { pos, neg } = split(positive, scores);
  const m = pos.length;
  const n = neg.length;
  if (m === 0 || n === 0) return Number.NaN;
  const ranks = midranks(pos.concat(neg));
  let sum = 0;
  for (let i = 0; i < m; i++) sum += ranks[i]!;
  return (sum - (m * (m + 1)) / 2) / (m * n);
}

interface Placements {
  auc: number;
  /** Per positive: share of negatives scored below it (ties one half). */
  v10: Float64Array;
  /** Per negative: share of positives scored above it. */
  v01: Float64Array;
}

function placements(pos: number[], neg: number[]): Placements {
  const m = pos.length;
  const n = neg.length;
  const all = midranks(pos.concat(neg));
  const rx = midranks(pos);
  const ry = midranks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    sum += all[i]!;
    v10[i] = (all[i]! - rx[i]!) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (all[m + j]! - ry[j]!) / m;
  return { auc: sum / (m * n) - (m + 1) / (2 * n), v10, v01 };
}

function covariance(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i]! - mx) * (y[i]! - my);
  return s / (n - 1);
}

export interface DeLongResult {
  aucA: number;
  aucB: number;
  /** Variance of aucA − aucB. */
  varianceDiff: number;
  z: number;
  pValue: number;
}

/**
 * DeLong, DeLong & Clarke-Pearson (1988) test for two correlated ROC-AUCs on the same rows, with
 * the placement values computed from midranks as in Sun & Xu (2014): O(n log n).
 */
export function delongPaired(
  positive: ArrayLike<number>,
  scoresA: ArrayLike<number>,
  scoresB: ArrayLike<number>,
): DeLongResult {
  const a = split(positive, scoresA);
  const b = split(positive, scoresB);
  const m = a.pos.length;
  const n = a.neg.length;
  if (m === 0 || n === 0) {
    return {
      aucA: Number.NaN,
      aucB: Number.NaN,
      varianceDiff: Number.NaN,
      z: Number.NaN,
      pValue: Number.NaN,
    };
  }
  const pa = placements(a.pos, a.neg);
  const pb = placements(b.pos, b.neg);
  const s10 = covariance(pa.v10, pa.v10) + covariance(pb.v10, pb.v10) - 2 * covariance(pa.v10, pb.v10);
  const s01 = covariance(pa.v01, pa.v01) + covariance(pb.v01, pb.v01) - 2 * covariance(pa.v01, pb.v01);
  const varianceDiff = s10 / m + s01 / n;
  const diff = pa.auc - pb.auc;
  let z: number;
  if (varianceDiff > 0) z = diff / Math.sqrt(varianceDiff);
  else z = diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY;
  return { aucA: pa.auc, aucB: pb.auc, varianceDiff, z, pValue: twoSidedNormalP(z) };
}
