import { z } from "zod";

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
      .describe("Per-check thresholds, keyed by check id, e.g. `missing: { warn: 0.0, fail: 0.2 }`."),
  })
  .describe("Data validation settings.");
export type ValidateConfig = z.infer<typeof validateSection>;
