import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import type { DriftTest } from "../contracts/drift.js";
import { type CategoricalPair, OTHER } from "./prepare.js";

/**
 * Rare categories are pooled for the chi-square test only: a category whose smaller expected
 * count in the 2 × k table (row total × column total / N) is below 5 — the textbook validity rule
 * of the χ² approximation — joins the single bucket "(other)". JS and L∞ use every category.
 */
export const CHI2_MIN_EXPECTED = 5;

/** Categories named as new or vanished, most frequent first; the counts of all are in `detail`. */
export const MAX_NAMED_CATEGORIES = 50;

export interface CategoryTable {
  categories: string[];
  ref: number[];
  cur: number[];
}

/** Union of both sides' categories, most frequent (both sides together) first, then by name. */
export function categoryTable(pair: CategoricalPair): CategoryTable {
  const names = new Set([...pair.ref.counts.keys(), ...pair.cur.counts.keys()]);
  const rows = [...names].map((k) => ({ k, r: pair.ref.counts.get(k) ?? 0, c: pair.cur.counts.get(k) ?? 0 }));
  rows.sort((a, b) => b.r + b.c - (a.r + a.c) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return { categories: rows.map((x) => x.k), ref: rows.map((x) => x.r), cur: rows.map((x) => x.c) };
}

/** The table with rare categories pooled into "(other)" (see CHI2_MIN_EXPECTED). */
export function poolRare(t: CategoryTable): { table: CategoryTable; pooled: number } {
  const nr = t.ref.reduce((a, b) => a + b, 0);
  const nc = t.cur.reduce((a, b) => a + b, 0);
  const total = nr + nc;
  const out: CategoryTable = { categories: [], ref: [], cur: [] };
  let otherR = 0;
  let otherC = 0;
  let pooled = 0;
  t.categories.forEach((k, i) => {
    const col = t.ref[i]! + t.cur[i]!;
    const minExpected = (col * Math.min(nr, nc)) / total;
    if (k === OTHER || minExpected < CHI2_MIN_EXPECTED) {
      otherR += t.ref[i]!;
      otherC += t.cur[i]!;
      if (k !== OTHER) pooled++;
    } else {
      out.categories.push(k);
      out.ref.push(t.ref[i]!);
      out.cur.push(t.cur[i]!);
    }
  });
  if (otherR + otherC > 0) {
    out.categories.push(OTHER);
    out.ref.push(otherR);
    out.cur.push(otherC);
  }
  return { table: out, pooled };
}

export interface Chi2Result {
  statistic: number;
  pValue: number;
  dof: number;
  yates: boolean;
}

/**
 * χ² test of homogeneity on the 2 × k table (reference row, current row) with the semantics of
 * `scipy.stats.chi2_contingency(table)`: expected counts from the margins, Yates' continuity
 * correction when dof = 1 (scipy's default `correction=True`; each |O − E| reduced by at most ½),
 * p from χ²(k − 1). A table with one column (or an empty row) has dof 0: statistic 0, p = 1.
 */
export function chi2Homogeneity(ref: readonly number[], cur: readonly number[]): Chi2Result {
  const k = ref.length;
  const nr = ref.reduce((a, b) => a + b, 0);
  const nc = cur.reduce((a, b) => a + b, 0);
  const total = nr + nc;
  const dof = k - 1;
  if (dof < 1 || nr === 0 || nc === 0)
    return { statistic: 0, pValue: 1, dof: Math.max(dof, 0), yates: false };
  const yates = dof === 1;
  let stat = 0;
  for (let j = 0; j < k; j++) {
    const col = ref[j]! + cur[j]!;
    for (const [obs, rowTotal] of [
      [ref[j]!, nr],
      [cur[j]!, nc],
    ] as const) {
      const e = (rowTotal * col) / total;
      let diff = obs - e;
      if (yates) diff = Math.sign(diff) * Math.max(0, Math.abs(diff) - 0.5);
      stat += (diff * diff) / e;
    }
  }
  return { statistic: stat, pValue: Math.min(1, Math.max(0, 1 - chisquareCdf(stat, dof))), dof, yates };
}

export function chi2Test(pair: CategoricalPair): DriftTest {
  const { table, pooled } = poolRare(categoryTable(pair));
  const r = chi2Homogeneity(table.ref, table.cur);
  const n = pair.ref.n + pair.cur.n;
  // Cramér's V of a 2 × k table: √(χ² / N); the effect size when chi2 is a column's effect_test.
  const v = n > 0 ? Math.min(1, Math.sqrt(r.statistic / n)) : 0;
  return {
    test: "chi2",
    statistic: r.statistic,
    p_value: r.pValue,
    method: pair.ref.exact && pair.cur.exact ? "asymptotic" : "sketch",
    detail: { dof: r.dof, yates: r.yates, cramers_v: v, pooled_categories: pooled },
  };
}

function shares(counts: readonly number[]): number[] {
  const n = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (n > 0 ? c / n : 0));
}

/**
 * Jensen–Shannon distance with base-2 logarithms, in [0, 1]: √((KL(p‖m) + KL(q‖m)) / 2 / ln 2),
 * m = (p + q)/2, as `scipy.spatial.distance.jensenshannon(p, q, base=2)` (inputs normalised first).
 */
export function jensenShannonDistance(pCounts: readonly number[], qCounts: readonly number[]): number {
  const p = shares(pCounts);
  const q = shares(qCounts);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    if (p[i]! > 0) js += p[i]! * Math.log(p[i]! / m);
    if (q[i]! > 0) js += q[i]! * Math.log(q[i]! / m);
  }
  // Rounding can leave a hair below 0 for identical inputs; the distance is then 0, never NaN.
  return Math.min(1, Math.sqrt(Math.max(0, js / 2 / Math.LN2)));
}

export function jensenShannonTest(pair: CategoricalPair): DriftTest {
  const t = categoryTable(pair);
  return { test: "jensen_shannon", statistic: jensenShannonDistance(t.ref, t.cur), p_value: null };
}

/** L∞: the largest absolute difference of one category's share (TFDV's categorical distance). */
export function linfTest(pair: CategoricalPair): DriftTest {
  const t = categoryTable(pair);
  const p = shares(t.ref);
  const q = shares(t.cur);
  let max = 0;
  let at = "";
  p.forEach((pi, i) => {
    const d = Math.abs(pi - q[i]!);
    if (d > max) {
      max = d;
      at = t.categories[i]!;
    }
  });
  return { test: "linf", statistic: max, p_value: null, detail: { category: at } };
}

/** Categories with current rows and no reference rows (new), and the reverse (vanished). */
export function newAndVanished(pair: CategoricalPair): { added: string[]; vanished: string[] } {
  const t = categoryTable(pair);
  const added: string[] = [];
  const vanished: string[] = [];
  t.categories.forEach((k, i) => {
    if (k === OTHER) return;
    if (t.ref[i] === 0 && t.cur[i]! > 0) added.push(k);
    if (t.cur[i] === 0 && t.ref[i]! > 0) vanished.push(k);
  });
  return { added, vanished };
}

/** Share of current values in categories the reference never had (the categorical out-of-range). */
export function categoricalOutOfRange(pair: CategoricalPair): DriftTest {
  const { added, vanished } = newAndVanished(pair);
  let rows = 0;
  for (const k of added) rows += pair.cur.counts.get(k) ?? 0;
  return {
    test: "out_of_range",
    statistic: pair.cur.n > 0 ? rows / pair.cur.n : 0,
    p_value: null,
    detail: { new_categories: added.length, vanished_categories: vanished.length },
  };
}
