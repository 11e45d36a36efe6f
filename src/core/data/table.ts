import { MlgateError } from "../errors.js";

/**
 * An in-memory table, column-major: what training, prediction and evaluation work on
 * (validation and profiling stream chunks instead and never hold a whole file).
 */
export type CellValue = number | string | boolean | null;
export type ColumnType = "int" | "float" | "bool" | "string" | "datetime";

export interface Column {
  name: string;
  type: ColumnType;
  /** int/float → number (NaN and ±Infinity kept as such); bool → boolean; string/datetime → string; missing → null. */
  values: CellValue[];
}

export interface Table {
  columns: Column[];
  rowCount: number;
  /** File the table was read from, for error messages. */
  source?: string;
}

export interface ReadOptions {
  format?: "auto" | "csv" | "jsonl" | "parquet";
  delimiter?: string;
  /** Tokens read as missing; default: "", NA, N/A, null, NULL, None, nan, NaN. */
  nullValues?: string[];
}

export function column(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/**
 * Columns a data file may have. A column of few distinct values keeps a sparse distinct-count
 * sketch and takes about 1.5 KB of profile.json, but one of many takes 4 KiB of registers while
 * scanned and about 7 KB of profile.json (5.5 KB of it the registers in base64): at 50,000 such
 * columns a scan needs about 2 GB and the profile about 350 MB, under the longest string the
 * JavaScript engine makes (2^29 characters). Past that a run would fail late and obscurely.
 */
export const MAX_COLUMNS = 50_000;

/** Refuses a file with more than MAX_COLUMNS columns, as soon as its columns are known. */
export function checkColumnCount(file: string, columns: number, line?: number): void {
  if (columns <= MAX_COLUMNS) return;
  throw new MlgateError(
    `the file has ${columns.toLocaleString("en-US")} columns, more than the ${MAX_COLUMNS.toLocaleString("en-US")} that mlgate profiles`,
    {
      location: { file, ...(line === undefined ? {} : { line }) },
      hint: "keep the columns the model uses (export a narrower file), or split the file by columns and validate each part",
    },
  );
}
