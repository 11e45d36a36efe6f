import { KllSketch } from "../data/sketch/kll.js";
import { quantileSorted } from "../stats/quantile.js";
import { ecdfOf, type StepCdf, sketchCdf, type WalkResult } from "./ecdf.js";
import { type DriftColumnInput, isSketch } from "./side.js";

/** Rows and missing cells of one side of a column (missing ≤ rows). */
export interface SideCounts {
  rows: number;
  missing: number;
}

/** One side of a numeric column: its CDF and the moments the tests need. */
export interface NumericSample {
  cdf: StepCdf;
  /** Non-missing values summarised. */
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1), as the profile stores it. */
  std: number;
  min: number;
  max: number;
  exact: boolean;
  /** Normalised rank error of the CDF (0 for data). */
  rankError: number;
  /** The reference's PSI quantiles come from here when it is a sketch. */
  sketch?: KllSketch;
}

export interface NumericPair {
  kind: "numeric";
  name: string;
  refCounts: SideCounts;
  curCounts: SideCounts;
  ref: NumericSample;
  cur: NumericSample;
  /**
   * PSI bin edges: the reference's deciles (numpy's linear quantiles from data, the sketch's
   * quantiles from a profile), duplicates dropped; bins are (−∞, e₁], (e₁, e₂], …, (e_k, ∞). They
   * depend on the reference only, so a stored reference gives the same bins on every run.
   */
  edges: number[];
  /** The one merge walk over both CDFs that KS and Wasserstein share (made on first use). */
  walk?: WalkResult;
}

export interface CategoricalSample {
  counts: Map<string, number>;
  /** Non-missing values (≥ the sum of counts when the counts are a frequent-items sketch). */
  n: number;
  exact: boolean;
}

export interface CategoricalPair {
  kind: "categorical";
  name: string;
  refCounts: SideCounts;
  curCounts: SideCounts;
  ref: CategoricalSample;
  cur: CategoricalSample;
}

export type PreparedPair = NumericPair | CategoricalPair;

/** Name of the bucket that holds pooled rare categories and counts a sketch did not keep. */
export const OTHER = "(other)";

export function numericSample(c: DriftColumnInput): NumericSample {
  if (c.kind !== "numeric") throw new Error(`column ${c.name} is not numeric`);
  if (isSketch(c)) {
    const s = c.summary;
    return {
      cdf: sketchCdf(s.sketch),
      n: s.count,
      mean: s.mean,
      std: s.std,
      min: s.min,
      max: s.max,
      exact: false,
      rankError: c.rankError,
      sketch: KllSketch.from(s.sketch),
    };
  }
  const cdf = ecdfOf(c.values, c.sorted === true);
  const v = cdf.values;
  const n = v.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (v[i]! - mean) / (i + 1);
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += (v[i]! - mean) ** 2;
  return {
    cdf,
    n,
    mean: n ? mean : 0,
    std: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0,
    min: n ? v[0]! : 0,
    max: n ? v[n - 1]! : 0,
    exact: true,
    rankError: 0,
  };
}

export const PSI_QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

export function psiEdges(ref: NumericSample): number[] {
  if (ref.n === 0) return [];
  const qs = ref.sketch
    ? ref.sketch.quantiles(PSI_QUANTILES)
    : PSI_QUANTILES.map((q) => quantileSorted(ref.cdf.values, q));
  return [...new Set(qs)].sort((a, b) => a - b);
}

/** A categorical side; a sketch's uncounted remainder goes to OTHER so that shares sum to 1. */
export function categoricalSample(c: DriftColumnInput): CategoricalSample {
  if (c.kind !== "categorical") throw new Error(`column ${c.name} is not categorical`);
  const n = c.rows - c.missing;
  const counts = new Map(c.counts);
  let sum = 0;
  for (const v of counts.values()) sum += v;
  if (sum < n) counts.set(OTHER, (counts.get(OTHER) ?? 0) + (n - sum));
  return { counts, n: Math.max(n, sum), exact: c.exact };
}

/** Numbers read as categories (a column numeric on one side, categorical on the other). */
export function numericAsCategorical(c: DriftColumnInput): DriftColumnInput {
  if (c.kind !== "numeric" || isSketch(c)) return c;
  const counts = new Map<string, number>();
  for (const v of c.values) {
    const k = String(v);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { name: c.name, kind: "categorical", rows: c.rows, missing: c.missing, counts, exact: true };
}
