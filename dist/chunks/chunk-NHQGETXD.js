import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  _enum,
  _null,
  array,
  literal,
  number,
  object,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/validation.ts
init_esm_dirname();
var VALIDATION_SCHEMA = "mlgate/validation@1";
var CHECK_IDS = [
  "schema.missing_column",
  "schema.unexpected_column",
  "schema.type",
  "missing",
  "nan_inf",
  "range",
  "domain",
  "label.column",
  "label.classes",
  "label.new_values",
  "label.balance",
  "label.conflicts",
  "duplicates",
  "constant",
  "leakage",
  "outliers",
  "row_count"
];
var checkId = _enum(CHECK_IDS);
var checkStatus = _enum(["pass", "warn", "fail"]);
var checkExample = object({
  /** 1-based data row (the header is not a row). */
  row: number().int().optional(),
  /** 1-based line in the file; absent where rows are not lines (a JSON array, Parquet): `row` is the record. */
  line: number().int().optional(),
  value: union([string(), number(), _null()])
});
var checkResult = object({
  id: checkId,
  status: checkStatus,
  column: string().optional(),
  /** Offending values or rows (0 when the check passes). */
  count: number().nonnegative(),
  message: string(),
  /** Up to 10 offending rows. */
  examples: array(checkExample).max(10).default([]),
  /** File the offending rows are in. */
  file: string().optional()
});
var validationContract = object({
  schema: literal(VALIDATION_SCHEMA),
  status: checkStatus,
  data: string(),
  test: string().optional(),
  rows: number().int(),
  columns: number().int(),
  counts: object({ pass: number().int(), warn: number().int(), fail: number().int() }),
  checks: array(checkResult)
});

export {
  VALIDATION_SCHEMA,
  validationContract
};
