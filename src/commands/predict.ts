import { resolve } from "node:path";
import type { LoadedConfig } from "../core/config/load.js";
import { formatPredictionsCsv, type Predictions } from "../core/contracts/predictions.js";
import { readOptionsFrom, readTable } from "../core/data/read.js";
import { scoreLabelled } from "../core/evaluate/score.js";
import { checkOutputPaths, writeOutputs } from "../core/io/atomic.js";
import { loadModelBundle } from "../core/model/bundle.js";
import { predictTable } from "../core/model/predict.js";
import type { Logger, Progress } from "../core/ports.js";

export interface PredictInputs {
  /** Model bundle directory (`<train out>/model`). */
  model: string;
  /** Data file to score. */
  data: string;
  /** predictions.csv to write. */
  out: string;
}

export interface PredictResult {
  out: string;
  rows: number;
  model: string;
  format: string;
  /** Share of the labelled rows where y_pred equals y_true (classification with labels present). */
  accuracy?: number;
  /** Rows with a label, the ones `accuracy` is over. */
  labelled?: number;
}

/** `mlgate predict`: score a data file with a bundle and write the predictions contract. */
export async function predict(
  loaded: LoadedConfig | undefined,
  inputs: PredictInputs,
  ports: { logger: Logger; progress: Progress },
): Promise<PredictResult> {
  const readOpts = readOptionsFrom(loaded);
  const out = resolve(inputs.out);
  await checkOutputPaths([out]);
  const bundle = await loadModelBundle(resolve(inputs.model));
  const { manifest } = bundle;
  ports.logger.info(`model ${manifest.name} (${manifest.format}, ${manifest.task}) from ${inputs.model}`);
  const table = await readTable(resolve(inputs.data), readOpts);
  const task = ports.progress.start("scoring", table.rowCount);
  let predictions: Predictions;
  try {
    predictions = await predictTable(bundle, table);
  } finally {
    bundle.scorer.dispose();
  }
  task.done(`${table.rowCount} rows`);
  await writeOutputs({ [out]: formatPredictionsCsv(predictions) });
  const result: PredictResult = { out, rows: table.rowCount, model: manifest.name, format: manifest.format };
  if (manifest.task === "classification") {
    const scored = scoreLabelled(predictions, { file: inputs.data, label: manifest.label }, ports.logger);
    if (scored) {
      result.accuracy = scored.metrics.accuracy!;
      result.labelled = scored.rows;
    }
  }
  return result;
}
