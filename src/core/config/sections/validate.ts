import * as z from "zod";

export const validateSection = z
  .strictObject({
    schema: z.string().optional().describe("Committed data schema (from `mlgate schema infer`)."),
    reference: z
      .string()
      .optional()
      .describe("Reference profile.json to compare row counts and distributions with."),
    fail_on: z
      .enum(["error", "warn"])
      .default("error")
      .describe("Exit non-zero on failing checks only, or on warnings too."),
    strict: z.boolean().default(false).describe("Fail on columns that the schema does not know."),
    checks: z
      .record(z.string(), z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])))
      .default({})
      .describe(
        "Per-check thresholds, keyed by check id, e.g. `missing: { warn: 0.0, fail: 0.2 }`; `enabled: false` turns a check off. " +
          "A check warns above `warn` and fails above `fail` (fractions of rows). Defaults: schema.type fail 0; " +
          "missing warn 0 / fail 0.5 (with a schema: the column's max_missing); nan_inf fail 0; range warn 0 / fail 0.01; " +
          "domain warn 0 / fail 0.05; label.new_values fail 0; label.balance (share of the rarest class, below) warn 0.1 / fail 0.01; " +
          "label.conflicts warn 0 / fail 0.01; duplicates warn 0 / fail 0.05; leakage warn 0 / fail 0.01; " +
          "outliers z 3.5, warn 0.005; row_count (relative change vs the reference) warn 0.1 / fail 0.5.",
      ),
  })
  .describe("Data validation settings.");
export type ValidateConfig = z.infer<typeof validateSection>;
