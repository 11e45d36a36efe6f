import type { Predictions } from "../contracts/predictions.js";
import type { Golden } from "../contracts/version.js";
import type { Table } from "../data/table.js";
import { MlgateError } from "../errors.js";

/** Golden rows kept per version: enough to catch a wrong model or preprocessing, small in the record. */
export const GOLDEN_ROWS = 20;

/**
 * The first `limit` rows of `table` whose features all have a value (OIP v2 tensors have no
 * missing value), as feature → value records. Row numbers are returned so the caller scores
 * exactly these rows.
 */
export function pickGoldenRows(
  table: Table,
  features: readonly { name: string }[],
  limit = GOLDEN_ROWS,
): { rows: Golden["rows"]; index: number[] } {
  const columns = features.map((f) => {
    const c = table.columns.find((x) => x.name === f.name);
    if (!c) {
      throw new MlgateError(`${table.source ?? "the golden data"} has no column '${f.name}'`, {
        location: { file: table.source, key: f.name },
        hint: "golden rows come from data with the model's feature columns (the test data, or --golden <file>)",
      });
    }
    return c;
  });
  const rows: Golden["rows"] = [];
  const index: number[] = [];
  for (let i = 0; i < table.rowCount && rows.length < limit; i++) {
    const row: Golden["rows"][number] = {};
    let complete = true;
    for (const c of columns) {
      const v = c.values[i];
      if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) {
        complete = false;
        break;
      }
      row[c.name] = v;
    }
    if (complete) {
      rows.push(row);
      index.push(i);
    }
  }
  if (rows.length === 0) {
    throw new MlgateError(`${table.source ?? "the golden data"} has no row with every feature present`, {
      location: { file: table.source },
      hint: "pass --golden <file> with a few complete rows of the model's features",
    });
  }
  return { rows, index };
}

/** The golden record from the picked rows and the bundle's predictions for exactly those rows. */
export function goldenFrom(source: string, rows: Golden["rows"], predictions: Predictions): Golden {
  const out: Golden["predictions"] = predictions.yPred.map((y, i) =>
    predictions.task === "classification"
      ? { label: String(y), proba: [...predictions.proba![i]!] }
      : { value: y as number },
  );
  return { source, rows, predictions: out };
}
