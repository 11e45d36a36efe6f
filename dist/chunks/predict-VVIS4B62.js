import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  scoreLabelled
} from "./chunk-AVFBSTAD.js";
import {
  formatPredictionsCsv
} from "./chunk-2UEPIMMM.js";
import "./chunk-Y7VMZH5F.js";
import {
  loadModelBundle
} from "./chunk-JZMZSJ7L.js";
import {
  predictTable
} from "./chunk-XUXWPNMX.js";
import "./chunk-CRBIL3TH.js";
import "./chunk-D5BRI7Y7.js";
import "./chunk-WN5546TP.js";
import "./chunk-OEO3WH64.js";
import "./chunk-TK3KZ7H5.js";
import {
  readOptionsFrom,
  readTable
} from "./chunk-7X562T77.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import {
  checkOutputPaths,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import "./chunk-T7VKUT63.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/predict.ts
init_esm_dirname();
import { resolve } from "node:path";
async function predict(loaded, inputs, ports) {
  const readOpts = readOptionsFrom(loaded);
  const out = resolve(inputs.out);
  await checkOutputPaths([out]);
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
