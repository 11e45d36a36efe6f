import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  isMissingLabel
} from "./chunk-LXDNF7DQ.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/predictions.ts
init_esm_dirname();
var PROBA = "proba_";
function csvField(v) {
  const s = v === null ? "" : typeof v === "number" ? Number.isFinite(v) ? String(v) : "" : v;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}
function formatPredictionsCsv(p) {
  const header = ["row"];
  if (p.yTrue) header.push("y_true");
  header.push("y_pred");
  for (const c of p.classes ?? []) header.push(PROBA + c);
  const lines = [header.map(csvField).join(",")];
  for (let i = 0; i < p.row.length; i++) {
    const cells = [p.row[i]];
    if (p.yTrue) cells.push(p.yTrue[i] ?? null);
    cells.push(p.yPred[i]);
    if (p.proba) for (const v of p.proba[i]) cells.push(v);
    lines.push(cells.map(csvField).join(","));
  }
  return `${lines.join("\n")}
`;
}
function predictionsFromTable(t, task) {
  const where = t.source ?? "predictions file";
  const col = (n) => t.columns.find((c) => c.name === n);
  const yPredCol = col("y_pred");
  if (!yPredCol) {
    throw new MlgateError(`${where}: no 'y_pred' column`, {
      location: { file: t.source },
      hint: "a predictions file has columns row, y_true, y_pred and proba_<class> per class"
    });
  }
  const probaCols = t.columns.filter((c) => c.name.startsWith(PROBA));
  const inferred = task ?? (probaCols.length > 0 || yPredCol.type === "string" || yPredCol.type === "bool" ? "classification" : "regression");
  const rowCol = col("row");
  const yTrueCol = col("y_true");
  const asLabel = (v) => v === null ? "" : String(v);
  const asNum = (v, name, i) => {
    if (typeof v !== "number") {
      throw new MlgateError(`${where}: ${name} in data row ${i + 1} is not a number (${JSON.stringify(v)})`, {
        location: { file: t.source, line: i + 2, key: name }
      });
    }
    return v;
  };
  const p = {
    task: inferred,
    row: rowCol ? rowCol.values.map((v, i) => asNum(v, "row", i)) : Array.from({ length: t.rowCount }, (_, i) => i),
    yPred: inferred === "classification" ? yPredCol.values.map(asLabel) : yPredCol.values.map((v, i) => asNum(v, "y_pred", i))
  };
  if (yTrueCol) {
    p.yTrue = yTrueCol.values.map(
      (v, i) => isMissingLabel(v) ? null : inferred === "classification" ? asLabel(v) : asNum(v, "y_true", i)
    );
  }
  if (inferred === "classification" && probaCols.length > 0) {
    p.classes = probaCols.map((c) => c.name.slice(PROBA.length));
    p.proba = Array.from(
      { length: t.rowCount },
      (_, i) => probaCols.map((c) => asNum(c.values[i], c.name, i))
    );
  }
  return p;
}

export {
  formatPredictionsCsv,
  predictionsFromTable
};
