import type { ModelManifest } from "../contracts/model.js";
import type { Predictions } from "../contracts/predictions.js";
import { isMissingLabel } from "../data/labels.js";
import type { Table } from "../data/table.js";
import { MlgateError } from "../errors.js";
import type { Scorer } from "./bundle.js";
import { applyPreprocessing } from "./preprocess.js";

/** Rows scored per call: bounds the memory of one forward pass on large files. */
const CHUNK_ROWS = 65536;

/**
 * Score a table with a bundle: apply the bundle's fitted preprocessing, run the model, and map its
 * outputs to the predictions contract. `y_true` is filled when the table has the label column.
 */
/** What scoring needs of a bundle; a loaded ModelBundle is one, and so is a model still in memory after training. */
export interface ScorableModel {
  dir: string;
  manifest: Pick<ModelManifest, "task" | "label" | "classes" | "preprocessing">;
  scorer: Scorer;
}

/**
 * Runs the scorer over an encoded matrix [rows × width] in chunks of CHUNK_ROWS; returns
 * [rows × scorer.outputs] row-major. predict and serve both score through here, so the same rows
 * meet the model in the same chunks and give the same numbers bit for bit.
 */
export async function scoreEncoded(
  scorer: Scorer,
  x: Float32Array,
  n: number,
  width: number,
): Promise<Float32Array> {
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

/** The predicted class of each row: the first class with the highest probability. */
export function argmaxClass(raw: Float32Array, row: number, k: number): number {
  let best = 0;
  const base = row * k;
  for (let j = 1; j < k; j++) if (raw[base + j]! > raw[base + best]!) best = j;
  return best;
}

/** A regression output in the label's units (the network predicts the standardised target). */
export function regressionValue(v: number, target: { mean: number; std: number } | undefined): number {
  return target ? v * target.std + target.mean : v;
}

/** Refuses a classifier whose output count disagrees with its class list. */
export function checkClassOutputs(bundle: { dir: string }, classes: readonly string[], k: number): void {
  if (classes.length !== k) {
    throw new MlgateError(
      `model in ${bundle.dir} has ${k} outputs but ${classes.length} classes in its manifest`,
      {
        location: { file: bundle.dir, key: "classes" },
      },
    );
  }
}

export async function predictTable(bundle: ScorableModel, table: Table): Promise<Predictions> {
  const { manifest, scorer } = bundle;
  const n = table.rowCount;
  const x = applyPreprocessing(manifest.preprocessing, table);
  const width = n ? x.length / n : 0;
  const k = scorer.outputs;
  const raw = await scoreEncoded(scorer, x, n, width);
  const row = Array.from({ length: n }, (_, i) => i);
  const labelCol = table.columns.find((c) => c.name === manifest.label);
  const predictions: Predictions = { task: manifest.task, row, yPred: [] };

  if (manifest.task === "classification") {
    const classes = manifest.classes ?? [];
    checkClassOutputs(bundle, classes, k);
    const proba: number[][] = new Array(n);
    const yPred: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      proba[i] = Array.from(raw.subarray(i * k, (i + 1) * k));
      yPred[i] = classes[argmaxClass(raw, i, k)]!;
    }
    predictions.classes = classes;
    predictions.proba = proba;
    predictions.yPred = yPred;
    if (labelCol) predictions.yTrue = labelCol.values.map((v) => (isMissingLabel(v) ? null : String(v)));
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
              location: { file: table.source, line: i + 2, key: manifest.label },
            },
          );
        }
        return y;
      });
    }
  }
  return predictions;
}
