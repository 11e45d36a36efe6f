import * as z from "zod";

export const dataSection = z
  .strictObject({
    train: z
      .string()
      .optional()
      .describe("Training data file (CSV, JSONL or Parquet), relative to mlgate.yml."),
    test: z.string().optional().describe("Held-out test data file, relative to mlgate.yml."),
    format: z
      .enum(["auto", "csv", "jsonl", "parquet"])
      .default("auto")
      .describe("File format; `auto` uses the extension."),
    delimiter: z.string().length(1).default(",").describe("CSV field delimiter."),
    null_values: z
      .array(z.string())
      .default(["", "NA", "N/A", "null", "NULL", "None", "nan", "NaN"])
      .describe("Tokens read as missing values."),
  })
  .describe("Where the data lives and how to read it.");
export type DataConfig = z.infer<typeof dataSection>;
