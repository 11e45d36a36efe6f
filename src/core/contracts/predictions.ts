import { isMissingLabel } from "../data/labels.js";
import type { Table } from "../data/table.js";
import { MlgateError } from "../errors.js";

/**
 * The predictions contract (`predictions.csv`): `row`, `y_true` (when the label is known),
 * `y_pred`, and `proba_<class>` per class for classification. Written by `mlgate predict` and by
 * evaluate; accepted from users who score models elsewhere.
 */
export interface Predictions {
  task: "classification" | "regression";
  /** Row number in the data file (0-based, data rows only). */
  row: number[];
  /** The true label per row; null where the row has none (an empty y_true cell). */
  yTrue?: (string | number | null)[];
  /** Class label (classification) or value (regression). */
  yPred: (string | number)[];
  /** Class labels, in the order of `proba` columns. */
  classes?: string[];
  /** proba[i][k]: probability of classes[k] for row i. */
  proba?: number[][];
}

const PROBA = "proba_";

function csvField(v: string | number | null): string {
  const s = v === null ? "" : typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : v;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatPredictionsCsv(p: Predictions): string {
  const header = ["row"];
  if (p.yTrue) header.push("y_true");
  header.push("y_pred");
  for (const c of p.classes ?? []) header.push(PROBA + c);
  const lines = [header.map(csvField).join(",")];
  for (let i = 0; i < p.row.length; i++) {
    const cells: (string | number | null)[] = [p.row[i]!];
    if (p.yTrue) cells.push(p.yTrue[i] ?? null);
    cells.push(p.yPred[i]!);
    if (p.proba) for (const v of p.proba[i]!) cells.push(v);
    lines.push(cells.map(csvField).join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** Interpret a table read from a predictions file; errors name the file and what is missing. */
export function predictionsFromTable(t: Table, task?: "classification" | "regression"): Predictions {
  const where = t.source ?? "predictions file";
  const col = (n: string) => t.columns.find((c) => c.name === n);
  const yPredCol = col("y_pred");
  if (!yPredCol) {
    throw new MlgateError(`${where}: no 'y_pred' column`, {
      location: { file: t.source },
      hint: "a predictions file has columns row, y_true, y_pred and proba_<class> per class",
    });
  }
  const probaCols = t.columns.filter((c) => c.name.startsWith(PROBA));
  const inferred: "classification" | "regression" =
    task ??
    (probaCols.length > 0 || yPredCol.type === "string" || yPredCol.type === "bool"
      ? "classification"
      : "regression");
  const rowCol = col("row");
  const yTrueCol = col("y_true");
  const asLabel = (v: unknown) => (v === null ? "" : String(v));
  const asNum = (v: unknown, name: string, i: number) => {
    if (typeof v !== "number") {
      throw new MlgateError(`${where}: ${name} in data row ${i + 1} is not a number (${JSON.stringify(v)})`, {
        location: { file: t.source, line: i + 2, key: name },
      });
    }
    return v;
  };
  const p: Predictions = {
    task: inferred,
    row: rowCol
      ? rowCol.values.map((v, i) => asNum(v, "row", i))
      : Array.from({ length: t.rowCount }, (_, i) => i),
    yPred:
      inferred === "classification"
        ? yPredCol.values.map(asLabel)
        : yPredCol.values.map((v, i) => asNum(v, "y_pred", i)),
  };
  if (yTrueCol) {
    // An empty y_true is a row without a label: kept here, skipped where labels are scored.
    p.yTrue = yTrueCol.values.map((v, i) =>
      isMissingLabel(v) ? null : inferred === "classification" ? asLabel(v) : asNum(v, "y_true", i),
    );
  }
  if (inferred === "classification" && probaCols.length > 0) {
    p.classes = probaCols.map((c) => c.name.slice(PROBA.length));
    p.proba = Array.from({ length: t.rowCount }, (_, i) =>
      probaCols.map((c) => asNum(c.values[i], c.name, i)),
    );
  }
  return p;
}
