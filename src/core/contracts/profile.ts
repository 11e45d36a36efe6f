import * as z from "zod";

/**
 * `profile.json` (mlgate/profile@1): a mergeable summary of one data file, written by validate-data
 * and `mlgate profile`, read as the reference by validate-data (row counts) and drift-check
 * (distributions). Every statistic is either exact and additive (counts, min/max, moments) or a
 * sketch with a stated error (quantiles: KLL; distinct: HyperLogLog; frequent values: Misra-Gries),
 * so profiles of shards merge into the profile of the whole (`mlgate profile merge`).
 */

export const PROFILE_SCHEMA = "mlgate/profile@1";

export const columnType = z.enum(["int", "float", "bool", "string", "datetime"]);

export const kllState = z.object({
  k: z.number().int().positive(),
  n: z.number().int().nonnegative(),
  min: z.number(),
  max: z.number(),
  levels: z.array(z.array(z.number())),
});

/**
 * A HyperLogLog sketch: all 2^p registers (one byte each) in base64, or, for a sketch with few
 * registers set, `sparse`: the set ones only, 3 bytes each (register index, 2 bytes big-endian,
 * then its value) in increasing index order, in base64. Both forms stand for the same registers.
 */
export const hllState = z.union([
  z.object({ p: z.number().int(), registers: z.string().describe("base64") }),
  z.object({ p: z.number().int(), sparse: z.string().describe("base64, 3 bytes per set register") }),
]);

export const numericSummary = z.object({
  /** Finite numeric values summarised (datetime columns: epoch milliseconds). */
  count: z.number().int().nonnegative(),
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  /** Sum of squared deviations from the mean (Welford/Chan), kept so that variances merge exactly. */
  m2: z.number(),
  /** Sample variance (n − 1 denominator) and standard deviation, as pandas reports them. */
  variance: z.number(),
  std: z.number(),
  /** Quantiles from the sketch at ranks 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99. */
  quantiles: z.record(z.string(), z.number()),
  histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number()) }),
  sketch: kllState,
});
export type NumericSummary = z.infer<typeof numericSummary>;

export const frequentValue = z.object({ value: z.union([z.string(), z.number()]), count: z.number() });

export const columnProfile = z.object({
  name: z.string(),
  /** The type that fits every non-missing value (mixed numbers and text → string). */
  type: columnType,
  count: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  nan: z.number().int().nonnegative(),
  inf: z.number().int().nonnegative(),
  /** Non-missing cells by the type each reads as on its own (NaN and ±Inf count as float). */
  type_counts: z.object({
    int: z.number().int(),
    float: z.number().int(),
    bool: z.number().int(),
    datetime: z.number().int(),
    string: z.number().int(),
  }),
  numeric: numericSummary.optional(),
  distinct: z.object({
    /** Exact when `exact`, else the HyperLogLog estimate. */
    count: z.number().int().nonnegative(),
    exact: z.boolean(),
    hll: hllState,
  }),
  /** Frequent non-float values (text, bool, int), most frequent first. */
  frequent: z.object({
    capacity: z.number().int().positive(),
    exact: z.boolean(),
    n: z.number().int().nonnegative(),
    /** Largest undercount of any count (Misra-Gries bound); 0 when exact. */
    max_error: z.number().nonnegative(),
    items: z.array(frequentValue),
  }),
});
export type ColumnProfile = z.infer<typeof columnProfile>;

export const profileContract = z.object({
  schema: z.literal(PROFILE_SCHEMA),
  /** Files this profile summarises (several after a merge). */
  sources: z.array(z.object({ file: z.string(), format: z.string(), rows: z.number().int() })),
  rows: z.number().int().nonnegative(),
  /** Rows equal (by a 64-bit hash of their normalised values) to an earlier row. */
  duplicate_rows: z.number().int().nonnegative(),
  /**
   * False when `duplicate_rows` is an estimate: after a merge (duplicates across shards come from
   * the row-hash sketch), or for a file with more distinct rows than the row index holds (counted
   * on a hash sample of the rows and scaled up).
   */
  duplicate_rows_exact: z.boolean(),
  row_hashes: hllState,
  label: z.string().optional(),
  columns: z.array(columnProfile),
  errors: z.object({
    quantile_rank: z.number().describe("Worst normalised rank error of quantiles, 99% confidence."),
    distinct_relative: z.number().describe("Relative standard error of distinct counts."),
  }),
});
export type Profile = z.infer<typeof profileContract>;
