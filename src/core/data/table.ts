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
