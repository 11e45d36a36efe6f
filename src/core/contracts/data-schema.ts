import * as z from "zod";
import { columnType } from "./profile.js";

/**
 * `data-schema` (mlgate/data-schema@1): what the data should look like, inferred by
 * `mlgate schema infer` from a file the user trusts, reviewed and committed, then enforced by
 * validate-data.
 */

export const DATA_SCHEMA = "mlgate/data-schema@1";

export const schemaColumn = z.strictObject({
  name: z.string(),
  type: columnType,
  required: z.boolean().default(true).describe("A file without this column fails `schema.missing_column`."),
  nullable: z.boolean().default(true),
  max_missing: z
    .number()
    .min(0)
    .max(1)
    .default(0)
    .describe("Largest fraction of missing values that passes the `missing` check."),
  domain: z
    .array(z.union([z.string(), z.number()]))
    .optional()
    .describe("Allowed values of a categorical column (at most 100); others fail `domain`."),
  range: z
    .strictObject({ min: z.number(), max: z.number() })
    .optional()
    .describe(
      "Plausible numeric range; values outside it count against `range`. `schema infer` covers the observed minimum and maximum widened by a margin (its YAML comments say which).",
    ),
});
export type SchemaColumn = z.infer<typeof schemaColumn>;

export const dataSchemaContract = z.strictObject({
  schema: z.literal(DATA_SCHEMA),
  label: z.string().optional(),
  classes: z
    .array(z.union([z.string(), z.number()]))
    .optional()
    .describe("Known label values."),
  columns: z.array(schemaColumn),
});
export type DataSchema = z.infer<typeof dataSchemaContract>;
