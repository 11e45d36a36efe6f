import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { MlgateError } from "../errors.js";
import { permutation, seededRandom } from "../stats/random.js";

/**
 * The built-in tabular trainer. A custom loop instead of `model.fit`: the whole training set is
 * uploaded once and stays on the device, batches are slices of a per-epoch on-device gather, and
 * the loss is read back once per epoch (together with the validation figures), so the GPU is not
 * stalled by a device→host sync per batch the way `fit()`'s callbacks stall it.
 */

export interface TrainerSettings {
  type: "linear" | "mlp";
  hidden: number[];
  activation: "relu" | "tanh" | "elu" | "sigmoid";
  dropout: number;
  optimizer: "adam" | "sgd";
  learning_rate: number;
  epochs: number;
  batch_size: number;
  validation_split: number;
  early_stopping: false | { patience: number };
  seed: number;
}

export interface TrainingSet {
  /** Encoded features, row-major [rows × width]. */
  x: Float32Array;
  width: number;
  rows: number;
  /** Classification: class index per row. Regression: the (scaled) target. */
  y: Float32Array;
  /** Classification: number of classes. */
  classes?: number;
  /** Per-row loss weight (class weights); default 1. */
  weights?: Float32Array;
}

export interface EpochRecord {
  epoch: number;
  loss: number;
  val_loss?: number;
  /** Validation accuracy (classification) or RMSE in scaled units (regression); without a validation split, the running figure over the epoch's training batches. */
  metric: number;
}

export interface TrainedModel {
  model: tfl.LayersModel;
  history: EpochRecord[];
  metricName: "accuracy" | "rmse";
  /** Epoch whose weights were kept (1-based). */
  bestEpoch: number;
  stoppedEarly: boolean;
  trainRows: number;
  validationRows: number;
  /** Training samples per second of wall time: forward, backward and update, plus the per-epoch validation pass and read-back. */
  samplesPerSecond: number;
}

function buildModel(settings: TrainerSettings, width: number, outputs: number): tfl.Sequential {
  const model = tfl.sequential();
  const hidden = settings.type === "mlp" ? settings.hidden : [];
  let seed = settings.seed;
  for (const [i, units] of hidden.entries()) {
    model.add(
      tfl.layers.dense({
        units,
        activation: settings.activation,
        kernelInitializer: tfl.initializers.glorotUniform({ seed: seed++ }),
        biasInitializer: "zeros",
        ...(i === 0 ? { inputShape: [width] } : {}),
      }),
    );
  }
  model.add(
    tfl.layers.dense({
      units: outputs,
      activation: "linear",
      kernelInitializer: tfl.initializers.glorotUniform({ seed: seed++ }),
      biasInitializer: "zeros",
      ...(hidden.length === 0 ? { inputShape: [width] } : {}),
    }),
  );
  return model;
}

/** Backends whose memory is not the host's: data stays there and is shuffled there. */
const DEVICE_BACKENDS = new Set(["webgpu", "webgl", "tensorflow"]);

interface EpochData {
  batch(start: number, size: number): [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D];
  dispose(): void;
}

function oneHotRows(labels: Float32Array, classes: number): Float32Array {
  const out = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]!] = 1;
  return out;
}

function gatherRows(src: Float32Array, width: number, rows: Int32Array): Float32Array {
  const out = new Float32Array(rows.length * width);
  for (let i = 0; i < rows.length; i++)
    out.set(src.subarray(rows[i]! * width, (rows[i]! + 1) * width), i * width);
  return out;
}

export async function trainTabular(
  data: TrainingSet,
  task: "classification" | "regression",
  settings: TrainerSettings,
  onEpoch?: (record: EpochRecord) => void,
  /** Where the epoch's shuffled data lives; default by backend (see below). */
  placement?: "device" | "host",
): Promise<TrainedModel> {
  if (data.rows < 2) {
    throw new MlgateError(`cannot train on ${data.rows} row${data.rows === 1 ? "" : "s"}`, {
      hint: "the training file needs at least a few rows with a label",
    });
  }
  const classification = task === "classification";
  const outputs = classification ? (data.classes ?? 0) : 1;
  const random = seededRandom(settings.seed);

  const order = permutation(data.rows, random);
  const valRows = Math.min(data.rows - 1, Math.floor(data.rows * settings.validation_split));
  const trainIdx = order.subarray(0, data.rows - valRows);
  const valIdx = order.subarray(data.rows - valRows);
  const nTrain = trainIdx.length;
  const pick = (idx: Int32Array) => ({
    x: gatherRows(data.x, data.width, idx),
    y: Float32Array.from(idx, (i) => data.y[i]!),
    w: Float32Array.from(idx, (i) => data.weights?.[i] ?? 1),
  });
  const tr = pick(trainIdx);
  const va = valRows > 0 ? pick(valIdx) : undefined;

  const model = buildModel(settings, data.width, outputs);
  const optimizer =
    settings.optimizer === "adam"
      ? tf.train.adam(settings.learning_rate)
      : tf.train.sgd(settings.learning_rate);
  const dropout = settings.type === "mlp" ? settings.dropout : 0;

  const targets = (y: Float32Array, n: number) =>
    classification
      ? tf.cast(tf.oneHot(tf.tensor1d(Int32Array.from(y), "int32"), outputs), "float32")
      : tf.tensor2d(y, [n, 1]);
  const xTrain = tf.tensor2d(tr.x, [nTrain, data.width]);
  const yTrain = tf.tidy(() => targets(tr.y, nTrain));
  const wTrain = tf.tensor1d(tr.w);
  const totalWeight = tr.w.reduce((a, b) => a + b, 0);
  // GPUs keep the training set on the device and gather each epoch's order there. On CPU backends
  // the wasm gather and slice kernels cost more than the arithmetic they feed, so the host
  // shuffles and each batch is uploaded from a view of the shuffled arrays.
  const onDevice = (placement ?? (DEVICE_BACKENDS.has(tf.getBackend()) ? "device" : "host")) === "device";
  const yHost = classification ? oneHotRows(tr.y, outputs) : tr.y;
  const yWidth = classification ? outputs : 1;
  const shuffled = (perm: Int32Array): EpochData => {
    if (onDevice) {
      const [xs, ys, ws] = tf.tidy(() => {
        const idx = tf.tensor1d(perm, "int32");
        return [tf.gather(xTrain, idx), tf.gather(yTrain, idx), tf.gather(wTrain, idx)];
      });
      return {
        batch: (start, size) => [
          tf.slice(xs, [start, 0], [size, -1]) as tf.Tensor2D,
          tf.slice(ys, [start, 0], [size, -1]) as tf.Tensor2D,
          tf.slice(ws, [start], [size]) as tf.Tensor1D,
        ],
        dispose: () => tf.dispose([xs, ys, ws]),
      };
    }
    const xs = gatherRows(tr.x, data.width, perm);
    const ys = gatherRows(yHost, yWidth, perm);
    const ws = gatherRows(tr.w, 1, perm);
    return {
      batch: (start, size) => [
        tf.tensor2d(xs.subarray(start * data.width, (start + size) * data.width), [size, data.width]),
        tf.tensor2d(ys.subarray(start * yWidth, (start + size) * yWidth), [size, yWidth]),
        tf.tensor1d(ws.subarray(start, start + size)),
      ],
      dispose: () => {},
    };
  };
  const xVal = va ? tf.tensor2d(va.x, [valRows, data.width]) : undefined;
  const yVal = va ? tf.tidy(() => targets(va.y, valRows)) : undefined;
  const wVal = va ? tf.tensor1d(va.w) : undefined;

  const forward = (x: tf.Tensor, dropoutSeed?: number): tf.Tensor => {
    let h = x;
    const layers = model.layers;
    for (let i = 0; i < layers.length; i++) {
      h = layers[i]!.apply(h) as tf.Tensor;
      if (dropoutSeed !== undefined && dropout > 0 && i < layers.length - 1)
        h = tf.dropout(h, dropout, undefined, dropoutSeed + i);
    }
    return h;
  };
  /** Weighted mean loss: cross-entropy from logits, or squared error. */
  const weighted = data.weights !== undefined;
  /** Mean loss over the rows (weighted by class weights when there are any): cross-entropy from logits, or squared error. */
  const lossOf = (out: tf.Tensor, y: tf.Tensor, w: tf.Tensor): tf.Scalar => {
    const perRow = classification
      ? tf.losses.softmaxCrossEntropy(y, out, undefined, undefined, tf.Reduction.NONE)
      : tf.sum(tf.square(tf.sub(out, y)), 1);
    return (weighted ? tf.div(tf.sum(tf.mul(perRow, w)), tf.sum(w)) : tf.mean(perRow)) as tf.Scalar;
  };
  /** Correct predictions (classification) or the sum of squared errors (regression). */
  const hitsOf = (out: tf.Tensor, y: tf.Tensor): tf.Scalar =>
    classification
      ? (tf.sum(tf.cast(tf.equal(tf.argMax(out, 1), tf.argMax(y, 1)), "float32")) as tf.Scalar)
      : (tf.sum(tf.square(tf.sub(out, y))) as tf.Scalar);
  /** Accuracy, or RMSE, from the hits over `rows` rows. */
  const metricFromHits = (hits: tf.Scalar, rows: number): tf.Scalar => {
    const perRow = tf.div(hits, rows) as tf.Scalar;
    return classification ? perRow : tf.sqrt(perRow);
  };

  const history: EpochRecord[] = [];
  const patience =
    settings.early_stopping === false ? Number.POSITIVE_INFINITY : settings.early_stopping.patience;
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestWeights: tf.Tensor[] | undefined;
  let stoppedEarly = false;
  let trainMs = 0;
  let samples = 0;
  const batch = Math.max(1, Math.min(settings.batch_size, nTrain));

  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      const t0 = performance.now();
      const perm = permutation(nTrain, random);
      const dropoutSeed = Math.floor(random() * 2 ** 31);
      const epochData = shuffled(perm);
      // Running sums on the device: weighted loss, and (without a validation split) the training
      // metric taken from the same forward passes, so no extra pass over the data is needed.
      let lossAcc: tf.Scalar = tf.scalar(0);
      let hitsAcc: tf.Scalar = tf.scalar(0);
      const trackHits = !va;
      for (let start = 0, b = 0; start < nTrain; start += batch, b++) {
        const size = Math.min(batch, nTrain - start);
        const [nextLoss, nextHits] = tf.tidy(() => {
          const [xb, yb, wb] = epochData.batch(start, size);
          let out: tf.Tensor | undefined;
          const cost = optimizer.minimize(() => {
            const logits = forward(xb, dropout > 0 ? dropoutSeed + 1000 * b : undefined);
            // Kept past the gradient tape so the metric can reuse this forward pass, off the tape.
            if (trackHits) out = tf.keep(logits);
            return lossOf(logits, yb, wb);
          }, true)!;
          const nextHits = out ? (tf.add(hitsAcc, hitsOf(out, yb)) as tf.Scalar) : tf.clone(hitsAcc);
          out?.dispose();
          const batchWeight = weighted ? tf.sum(wb) : size;
          return [tf.add(lossAcc, tf.mul(cost, batchWeight)) as tf.Scalar, nextHits];
        });
        lossAcc.dispose();
        hitsAcc.dispose();
        lossAcc = nextLoss;
        hitsAcc = nextHits;
      }
      const figures = tf.tidy(() => {
        const trainLoss = tf.div(lossAcc, totalWeight);
        if (xVal && yVal && wVal) {
          const out = forward(xVal);
          return tf.stack([trainLoss, lossOf(out, yVal, wVal), metricFromHits(hitsOf(out, yVal), valRows)]);
        }
        return tf.stack([trainLoss, trainLoss, metricFromHits(hitsAcc, nTrain)]);
      });
      epochData.dispose();
      for (const t of [lossAcc, hitsAcc]) t.dispose();
      // The one device→host read of the epoch.
      const [loss, valLoss, metric] = Array.from(await figures.data());
      figures.dispose();
      trainMs += performance.now() - t0;
      samples += nTrain;
      if (!Number.isFinite(loss!)) {
        throw new MlgateError(`training diverged at epoch ${epoch} (loss is ${loss})`, {
          location: { key: "train.learning_rate" },
          hint: "lower train.learning_rate, or check the label column for extreme values",
        });
      }
      const record: EpochRecord = { epoch, loss: loss!, metric: metric! };
      if (va) record.val_loss = valLoss!;
      history.push(record);
      onEpoch?.(record);

      if (valLoss! < best - 1e-7) {
        best = valLoss!;
        bestEpoch = epoch;
        if (settings.early_stopping !== false) {
          for (const w of bestWeights ?? []) w.dispose();
          bestWeights = model.getWeights().map((w) => w.clone());
        }
      } else if (epoch - bestEpoch >= patience) {
        stoppedEarly = true;
        break;
      }
    }
    if (bestWeights) model.setWeights(bestWeights);
    else bestEpoch = history.length;
  } finally {
    for (const t of [xTrain, yTrain, wTrain, xVal, yVal, wVal, ...(bestWeights ?? [])]) t?.dispose();
    optimizer.dispose();
  }
  return {
    model,
    history,
    metricName: classification ? "accuracy" : "rmse",
    bestEpoch,
    stoppedEarly,
    trainRows: nTrain,
    validationRows: valRows,
    samplesPerSecond: trainMs > 0 ? (samples * 1000) / trainMs : 0,
  };
}
