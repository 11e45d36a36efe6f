import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/model/preprocess.ts
init_esm_dirname();
function isMissingNumber(v) {
  return v === null || typeof v === "number" && !Number.isFinite(v);
}
function median(sorted) {
  const n = sorted.length;
  if (n === 0) return 0;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function featureColumns(table, label, opts = {}) {
  const ignore = new Set(opts.ignore ?? []);
  const names = opts.features ?? table.columns.map((c) => c.name).filter((n) => n !== label && !ignore.has(n));
  return names.map((name) => {
    const col = table.columns.find((c) => c.name === name);
    if (!col) {
      throw new MlgateError(`feature column '${name}' is not in ${table.source ?? "the data"}`, {
        location: { file: table.source, key: name },
        hint: `columns are: ${table.columns.map((c) => c.name).join(", ")}; fix model.features in mlgate.yml`
      });
    }
    if (col.type === "datetime") {
      throw new MlgateError(`feature column '${name}' holds dates, which the built-in trainer cannot use`, {
        location: { file: table.source, key: name },
        hint: "add it to model.ignore, or derive numeric features from it before training"
      });
    }
    return { name, type: col.type };
  });
}
function fitFeature(col, type) {
  if (type === "int" || type === "float") {
    const present = [];
    for (const v of col.values) if (!isMissingNumber(v)) present.push(v);
    present.sort((a, b) => a - b);
    const med = median(present);
    const hasMissing = present.length < col.values.length;
    const n = col.values.length;
    let sum = 0;
    for (const v of col.values) sum += isMissingNumber(v) ? med : v;
    const mean = n ? sum / n : 0;
    let ss = 0;
    for (const v of col.values) {
      const d = (isMissingNumber(v) ? med : v) - mean;
      ss += d * d;
    }
    const std = n ? Math.sqrt(ss / n) : 0;
    return {
      name: col.name,
      kind: "numeric",
      median: med,
      mean,
      std: std > 1e-12 ? std : 1,
      missing_indicator: hasMissing
    };
  }
  const seen = /* @__PURE__ */ new Set();
  for (const v of col.values) if (v !== null) seen.add(String(v));
  return { name: col.name, kind: "categorical", categories: [...seen].sort() };
}
function fitPreprocessing(table, features, target) {
  const encodings = features.map((f) => fitFeature(table.columns.find((c) => c.name === f.name), f.type));
  const pre = { features: encodings };
  if (target) {
    const ys = target.values;
    const mean = ys.reduce((a, b) => a + b, 0) / Math.max(1, ys.length);
    const std = Math.sqrt(ys.reduce((a, y) => a + (y - mean) ** 2, 0) / Math.max(1, ys.length));
    pre.target = { mean, std: std > 1e-12 ? std : 1 };
  }
  return pre;
}
function encodedWidth(pre) {
  let w = 0;
  for (const f of pre.features) {
    w += f.kind === "numeric" ? f.missing_indicator ? 2 : 1 : f.categories.length + 1;
  }
  return w;
}
function encodedColumnNames(pre) {
  const names = [];
  for (const f of pre.features) {
    if (f.kind === "numeric") {
      names.push(f.name);
      if (f.missing_indicator) names.push(`${f.name}__missing`);
    } else {
      for (const c of f.categories) names.push(`${f.name}=${c}`);
      names.push(`${f.name}__unknown`);
    }
  }
  return names;
}
function compileEncoder(pre) {
  const width = encodedWidth(pre);
  const indexes = pre.features.map(
    (f) => f.kind === "categorical" ? new Map(f.categories.map((c, k) => [c, k])) : void 0
  );
  return {
    width,
    encode(lookup, n, buffer, source) {
      const out = buffer.subarray(0, n * width);
      out.fill(0);
      let offset = 0;
      for (let fi = 0; fi < pre.features.length; fi++) {
        const f = pre.features[fi];
        const values = lookup(f.name);
        if (!values) {
          throw new MlgateError(`the model needs column '${f.name}', which ${source ?? "the data"} lacks`, {
            location: { file: source, key: f.name },
            hint: "score data with the same feature columns the model was trained on"
          });
        }
        if (f.kind === "numeric") {
          for (let i = 0; i < n; i++) {
            const v = values[i] ?? null;
            let x;
            if (isMissingNumber(v)) x = f.median;
            else if (typeof v === "number") x = v;
            else if (typeof v === "boolean") x = v ? 1 : 0;
            else {
              const parsed = Number(v);
              if (String(v).trim() === "" || !Number.isFinite(parsed)) {
                throw new MlgateError(
                  `column '${f.name}' row ${i + 1} is ${JSON.stringify(v)}, but the model expects a number`,
                  { location: { file: source, line: i + 2, key: f.name } }
                );
              }
              x = parsed;
            }
            out[i * width + offset] = (x - f.mean) / f.std;
            if (f.missing_indicator) out[i * width + offset + 1] = isMissingNumber(v) ? 1 : 0;
          }
          offset += f.missing_indicator ? 2 : 1;
        } else {
          const index = indexes[fi];
          const unknown = f.categories.length;
          for (let i = 0; i < n; i++) {
            const v = values[i] ?? null;
            const k = v === null ? unknown : index.get(String(v)) ?? unknown;
            out[i * width + offset + k] = 1;
          }
          offset += unknown + 1;
        }
      }
      return out;
    }
  };
}
function applyPreprocessing(pre, table) {
  const encoder = compileEncoder(pre);
  return encoder.encode(
    (name) => table.columns.find((c) => c.name === name)?.values,
    table.rowCount,
    new Float32Array(table.rowCount * encoder.width),
    table.source
  );
}

export {
  featureColumns,
  fitPreprocessing,
  encodedWidth,
  encodedColumnNames,
  compileEncoder,
  applyPreprocessing
};
