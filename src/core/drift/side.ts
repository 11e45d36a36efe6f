import type { NumericSummary } from "../contracts/profile.js";

/**
 * What the drift tests see of one side (reference or current) of a comparison: per column, either
 * the values themselves (read from data: exact statistics) or the profile's sketches (a profile, or
 * data past `drift.exact_max_rows`: statistics from sketches, with their stated error). The readers
 * (data files, inference logs, profiles, registry versions) build sides; `core/drift` compares them
 * and never reads a file.
 */
export interface DriftSide {
  /** Rows on this side (every column counts the same rows). */
  rows: number;
  columns: DriftColumnInput[];
}

/** Invariant for every variant: `missing` ≤ `rows`; values/counts cover exactly the non-missing cells. */
export type DriftColumnInput = NumericValues | NumericSketch | CategoricalCounts;

/** A numeric column read from data: every non-missing finite value, in any order. */
export interface NumericValues {
  name: string;
  kind: "numeric";
  rows: number;
  missing: number;
  values: Float64Array;
  /** `values` is sorted ascending already. */
  sorted?: boolean;
  /** A datetime column (values are epoch ms): a time index, left out unless asked for. */
  datetime?: boolean;
}

/** A numeric column known only by its profile summary (moments, KLL sketch, histogram). */
export interface NumericSketch {
  name: string;
  kind: "numeric";
  rows: number;
  missing: number;
  summary: NumericSummary;
  /** Normalised rank error of the sketch's quantiles (the profile's `errors.quantile_rank`). */
  rankError: number;
  /** A datetime column (values are epoch ms): a time index, left out unless asked for. */
  datetime?: boolean;
}

/** A categorical column (text, bool, low-cardinality int): the count of each value. */
export interface CategoricalCounts {
  name: string;
  kind: "categorical";
  rows: number;
  missing: number;
  counts: Map<string, number>;
  /** False when counts come from a bounded frequent-items sketch (then `maxError` bounds each undercount). */
  exact: boolean;
  maxError?: number;
}

export function isSketch(c: DriftColumnInput): c is NumericSketch {
  return c.kind === "numeric" && "summary" in c;
}
