import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  scoreLabelled
} from "./chunk-7HDBNNCC.js";
import {
  loadModelBundle
} from "./chunk-OEF2PUA4.js";
import {
  predictTable
} from "./chunk-IK2WYKX5.js";
import "./chunk-2U23OE5W.js";
import {
  formatPredictionsCsv
} from "./chunk-4GSE5X2Z.js";
import "./chunk-MNVNYJQV.js";
import "./chunk-3ECDMZPC.js";
import "./chunk-7AAI4OVW.js";
import "./chunk-WN5546TP.js";
import "./chunk-TK3KZ7H5.js";
import {
  readOptionsFrom,
  readTable
} from "./chunk-IWO3NZ66.js";
import {
  writeOutputs
} from "./chunk-E7DB23Y5.js";
import "./chunk-7KZPQ6D6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-A4QG2QOJ.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/predict.ts
init_esm_dirname();
import { resolve } from "node:path";
async function predict(loaded, inputs, ports) {
  const readOpts = readOptionsFrom(loaded);
  const bundle = await loadModelBundle(resolve(inputs.model));
  const { manifest } = bundle;
  ports.logger.info(`model ${manifest.name} (${manifest.format}, ${manifest.task}) from ${inputs.model}`);
  const table = await readTable(resolve(inputs.data), readOpts);
  const task = ports.progress.start("scoring", table.rowCount);
  let predictions;
  try {
    predictions = await predictTable(bundle, table);
  } finally {
    bundle.scorer.dispose();
  }
  task.done(`${table.rowCount} rows`);
  const out = resolve(inputs.out);
  await writeOutputs({ [out]: formatPredictionsCsv(predictions) });
  const result = { out, rows: table.rowCount, model: manifest.name, format: manifest.format };
  if (manifest.task === "classification") {
    const scored = scoreLabelled(predictions, { file: inputs.data, label: manifest.label }, ports.logger);
    if (scored) {
      result.accuracy = scored.metrics.accuracy;
      result.labelled = scored.rows;
    }
  }
  return result;
}
export {
  predict
};
