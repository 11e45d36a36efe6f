import type { ColumnValues } from "../data/values.js";
import type { DriftColumnInput, DriftSide } from "./side.js";

/**
 * One side of a comparison from the values read out of data: numeric columns (int, float,
 * datetime) keep every finite value, bool and text columns their counts (exact). A cell that is
 * NaN or ±Inf counts as missing, as it does on a side built from a profile.
 */
export function dataSide(rows: number, columns: readonly ColumnValues[]): DriftSide {
  return { rows, columns: columns.map((c) => dataColumn(c)) };
}

export function dataColumn(c: ColumnValues): DriftColumnInput {
  if (c.type === "int" || c.type === "float" || c.type === "datetime") {
    return {
      name: c.name,
      kind: "numeric",
      rows: c.rows,
      missing: c.rows - c.values.length,
      values: c.values,
      ...(c.sorted ? { sorted: true } : {}),
      ...(c.type === "datetime" ? { datetime: true } : {}),
    };
  }
  let present = 0;
  for (const n of c.counts.values()) present += n;
  return {
    name: c.name,
    kind: "categorical",
    rows: c.rows,
    missing: c.rows - present,
    counts: c.counts,
    exact: true,
  };
}
