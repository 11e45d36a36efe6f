import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  record,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/profile.ts
init_esm_dirname();
var PROFILE_SCHEMA = "mlgate/profile@1";
var columnType = _enum(["int", "float", "bool", "string", "datetime"]);
var kllState = object({
  k: number().int().positive(),
  n: number().int().nonnegative(),
  min: number(),
  max: number(),
  levels: array(array(number()))
});
var hllState = union([
  object({ p: number().int(), registers: string().describe("base64") }),
  object({ p: number().int(), sparse: string().describe("base64, 3 bytes per set register") })
]);
var numericSummary = object({
  /** Finite numeric values summarised (datetime columns: epoch milliseconds). */
  count: number().int().nonnegative(),
  min: number(),
  max: number(),
  mean: number(),
  /** Sum of squared deviations from the mean (Welford/Chan), kept so that variances merge exactly. */
  m2: number(),
  /** Sample variance (n − 1 denominator) and standard deviation, as pandas reports them. */
  variance: number(),
  std: number(),
  /** Quantiles from the sketch at ranks 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99. */
  quantiles: record(string(), number()),
  histogram: object({ edges: array(number()), counts: array(number()) }),
  sketch: kllState
});
var frequentValue = object({ value: union([string(), number()]), count: number() });
var columnProfile = object({
  name: string(),
  /** The type that fits every non-missing value (mixed numbers and text → string). */
  type: columnType,
  count: number().int().nonnegative(),
  missing: number().int().nonnegative(),
  nan: number().int().nonnegative(),
  inf: number().int().nonnegative(),
  /** Non-missing cells by the type each reads as on its own (NaN and ±Inf count as float). */
  type_counts: object({
    int: number().int(),
    float: number().int(),
    bool: number().int(),
    datetime: number().int(),
    string: number().int()
  }),
  numeric: numericSummary.optional(),
  distinct: object({
    /** Exact when `exact`, else the HyperLogLog estimate. */
    count: number().int().nonnegative(),
    exact: boolean(),
    hll: hllState
  }),
  /** Frequent non-float values (text, bool, int), most frequent first. */
  frequent: object({
    capacity: number().int().positive(),
    exact: boolean(),
    n: number().int().nonnegative(),
    /** Largest undercount of any count (Misra-Gries bound); 0 when exact. */
    max_error: number().nonnegative(),
    items: array(frequentValue)
  })
});
var profileContract = object({
  schema: literal(PROFILE_SCHEMA),
  /** Files this profile summarises (several after a merge). */
  sources: array(object({ file: string(), format: string(), rows: number().int() })),
  rows: number().int().nonnegative(),
  /** Rows equal (by a 64-bit hash of their normalised values) to an earlier row. */
  duplicate_rows: number().int().nonnegative(),
  /**
   * False when `duplicate_rows` is an estimate: after a merge (duplicates across shards come from
   * the row-hash sketch), or for a file with more distinct rows than the row index holds (counted
   * on a hash sample of the rows and scaled up).
   */
  duplicate_rows_exact: boolean(),
  row_hashes: hllState,
  label: string().optional(),
  columns: array(columnProfile),
  errors: object({
    quantile_rank: number().describe("Worst normalised rank error of quantiles, 99% confidence."),
    distinct_relative: number().describe("Relative standard error of distinct counts.")
  })
});

export {
  PROFILE_SCHEMA,
  columnType,
  profileContract
};
