import * as z from "zod";

/** `validation.json` (mlgate/validation@1): the checks validate-data ran, read by the PR comment. */

export const VALIDATION_SCHEMA = "mlgate/validation@1";

export const CHECK_IDS = [
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
  "row_count",
] as const;
export const checkId = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof checkId>;

export const checkStatus = z.enum(["pass", "warn", "fail"]);
export type CheckStatus = z.infer<typeof checkStatus>;

export const checkExample = z.object({
  /** 1-based data row (the header is not a row). */
  row: z.number().int().optional(),
  /** 1-based line in the file; absent where rows are not lines (a JSON array, Parquet): `row` is the record. */
  line: z.number().int().optional(),
  value: z.union([z.string(), z.number(), z.null()]),
});
export type CheckExample = z.infer<typeof checkExample>;

export const checkResult = z.object({
  id: checkId,
  status: checkStatus,
  column: z.string().optional(),
  /** Offending values or rows (0 when the check passes). */
  count: z.number().nonnegative(),
  message: z.string(),
  /** Up to 10 offending rows. */
  examples: z.array(checkExample).max(10).default([]),
  /** File the offending rows are in. */
  file: z.string().optional(),
});
export type CheckResult = z.infer<typeof checkResult>;

export const validationContract = z.object({
  schema: z.literal(VALIDATION_SCHEMA),
  status: checkStatus,
  data: z.string(),
  test: z.string().optional(),
  rows: z.number().int(),
  columns: z.number().int(),
  counts: z.object({ pass: z.number().int(), warn: z.number().int(), fail: z.number().int() }),
  checks: z.array(checkResult),
});
export type Validation = z.infer<typeof validationContract>;
