import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  applyPreprocessing
} from "./chunk-CRBIL3TH.js";
import {
  isMissingLabel
} from "./chunk-LXDNF7DQ.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/model/predict.ts
init_esm_dirname();
var CHUNK_ROWS = 65536;
async function scoreEncoded(scorer, x, n, width) {
  const k = scorer.outputs;
  if (n <= CHUNK_ROWS) {
    const out = await scorer.score(x.subarray(0, n * width), n);
    return out.length === n * k ? out : out.subarray(0, n * k);
  }
  const raw = new Float32Array(n * k);
  for (let start = 0; start < n; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, n - start);
    const out = await scorer.score(x.subarray(start * width, (start + rows) * width), rows);
    raw.set(out, start * k);
  }
  return raw;
}
function argmaxClass(raw, row, k) {
  let best = 0;
  const base = row * k;
  for (let j = 1; j < k; j++) if (raw[base + j] > raw[base + best]) best = j;
  return best;
}
function regressionValue(v, target) {
  return target ? v * target.std + target.mean : v;
}
function checkClassOutputs(bundle, classes, k) {
  if (classes.length !== k) {
    throw new MlgateError(
      `model in ${bundle.dir} has ${k} outputs but ${classes.length} classes in its manifest`,
      {
        location: { file: bundle.dir, key: "classes" }
      }
    );
  }
}
async function predictTable(bundle, table) {
  const { manifest, scorer } = bundle;
  const n = table.rowCount;
  const x = applyPreprocessing(manifest.preprocessing, table);
  const width = n ? x.length / n : 0;
  const k = scorer.outputs;
  const raw = await scoreEncoded(scorer, x, n, width);
  const row = Array.from({ length: n }, (_, i) => i);
  const labelCol = table.columns.find((c) => c.name === manifest.label);
  const predictions = { task: manifest.task, row, yPred: [] };
  if (manifest.task === "classification") {
    const classes = manifest.classes ?? [];
    checkClassOutputs(bundle, classes, k);
    const proba = new Array(n);
    const yPred = new Array(n);
    for (let i = 0; i < n; i++) {
      proba[i] = Array.from(raw.subarray(i * k, (i + 1) * k));
      yPred[i] = classes[argmaxClass(raw, i, k)];
    }
    predictions.classes = classes;
    predictions.proba = proba;
    predictions.yPred = yPred;
    if (labelCol) predictions.yTrue = labelCol.values.map((v) => isMissingLabel(v) ? null : String(v));
  } else {
    const target = manifest.preprocessing.target;
    predictions.yPred = Array.from(raw, (v) => regressionValue(v, target));
    if (labelCol) {
      predictions.yTrue = labelCol.values.map((v, i) => {
        if (isMissingLabel(v)) return null;
        const y = typeof v === "number" ? v : Number(v);
        if (Number.isNaN(y)) {
          throw new MlgateError(
            `label '${manifest.label}' row ${i + 1} is ${JSON.stringify(v)}, not a number`,
            {
              location: { file: table.source, line: i + 2, key: manifest.label }
            }
          );
        }
        return y;
      });
    }
  }
  return predictions;
}

export {
  scoreEncoded,
  argmaxClass,
  regressionValue,
  checkClassOutputs,
  predictTable
};
