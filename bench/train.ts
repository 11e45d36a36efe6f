/**
 * Training throughput of the built-in trainer, side by side in one run:
 *   - mlgate's custom loop (data on the device, one read-back per epoch) on a tfjs backend,
 *   - a stock tfjs `model.fit()` loop on the same backend, same model, batch and epochs,
 *   - the same MLP in PyTorch (bench/train.py) on CPU or CUDA.
 *
 *   npx tsx bench/train.ts [--backend wasm] [--rows 20000] [--features 32] [--classes 4]
 *       [--hidden 64,32] [--batch 512] [--epochs 5] [--torch-device cpu|cuda|none] [--no-fit] [--repeat 3]
 *
 * PYTHON names the interpreter that has torch (default python3). Figures are samples per second
 * over all epochs, data upload excluded on both sides, best of --repeat (default 3) interleaved runs
 * after a warm-up.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { trainSection } from "../src/core/config/sections/train.js";
import { type BackendName, selectBackend } from "../src/core/model/backends.js";
import { trainTabular } from "../src/core/model/trainer.js";
import { syntheticTask } from "./synthetic.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const backend = arg("backend", "wasm") as BackendName;
const rows = Number(arg("rows", "20000"));
const features = Number(arg("features", "32"));
const classes = Number(arg("classes", "4"));
const hidden = arg("hidden", "64,32").split(",").filter(Boolean).map(Number);
const batch = Number(arg("batch", "512"));
const epochs = Number(arg("epochs", "5"));
const torchDevice = arg("torch-device", "cpu");
const withFit = !process.argv.includes("--no-fit");

const settingsFor = (epochCount: number) =>
  trainSection.parse({
    type: "mlp",
    hidden,
    batch_size: batch,
    epochs: epochCount,
    learning_rate: 0.01,
    validation_split: 0,
    early_stopping: false,
    seed: 0,
  });

async function customLoop(
  x: Float32Array,
  y: Float32Array,
  n = rows,
  epochCount = epochs,
): Promise<{ sps: number; loss: number }> {
  const r = await trainTabular(
    { x, y, width: features, rows: n, classes },
    "classification",
    settingsFor(epochCount),
  );
  r.model.dispose();
  return { sps: r.samplesPerSecond, loss: r.history.at(-1)!.loss };
}

async function stockFit(
  x: Float32Array,
  y: Float32Array,
  n = rows,
  epochCount = epochs,
): Promise<{ sps: number; loss: number }> {
  const model = tfl.sequential();
  hidden.forEach((units, i) => {
    model.add(
      tfl.layers.dense({ units, activation: "relu", ...(i === 0 ? { inputShape: [features] } : {}) }),
    );
  });
  model.add(tfl.layers.dense({ units: classes, activation: "softmax" }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy" });
  const xs = tf.tensor2d(x.subarray(0, n * features), [n, features]);
  const ys = tf.oneHot(tf.tensor1d(Int32Array.from(y.subarray(0, n)), "int32"), classes);
  const t0 = performance.now();
  const h = await model.fit(xs, ys, { batchSize: batch, epochs: epochCount, shuffle: true, verbose: 0 });
  const ms = performance.now() - t0;
  tf.dispose([xs, ys]);
  model.dispose();
  return { sps: (n * epochCount * 1000) / ms, loss: (h.history.loss as number[]).at(-1)! };
}

async function torch(
  x: Float32Array,
  y: Float32Array,
): Promise<{ sps: number; device: string; threads: number }> {
  const dir = await mkdtemp(join(tmpdir(), "mlgate-bench-"));
  try {
    await writeFile(join(dir, "x.f32"), new Uint8Array(x.buffer));
    await writeFile(join(dir, "y.i32"), new Uint8Array(Int32Array.from(y).buffer));
    const script = join(dirname(fileURLToPath(import.meta.url)), "train.py");
    const { stdout } = await promisify(execFile)(
      process.env.PYTHON ?? "python3",
      [
        script,
        ...["--data", join(dir, "x.f32"), "--labels", join(dir, "y.i32")],
        ...["--rows", String(rows), "--features", String(features), "--classes", String(classes)],
        ...["--hidden", hidden.join(","), "--batch", String(batch), "--epochs", String(epochs)],
        ...["--device", torchDevice],
      ],
      { maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
      samples_per_second: number;
      device: string;
      threads: number;
    };
    return { sps: r.samples_per_second, device: r.device, threads: r.threads };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const { x, y } = syntheticTask(rows, features, classes);
const choice = await selectBackend(backend);
// Warm-up (JIT, kernel set-up, shader compilation on GPUs) so neither timed run pays for it.
const warmRows = Math.min(rows, batch * 4);
await customLoop(x.subarray(0, warmRows * features), y.subarray(0, warmRows), warmRows, 1);
if (withFit) await stockFit(x, y, warmRows, 1);
// The machine may be shared: interleave the tfjs runs and keep each one's best of `repeat`.
const repeat = Number(arg("repeat", "3"));
let customBest = 0;
let fitBest = 0;
for (let r = 0; r < repeat; r++) {
  customBest = Math.max(customBest, (await customLoop(x, y)).sps);
  if (withFit) fitBest = Math.max(fitBest, (await stockFit(x, y)).sps);
}
const rowsOut: [string, string, number][] = [];
rowsOut.push([`mlgate custom loop (tfjs ${choice.backend})`, choice.device, customBest]);
if (withFit) rowsOut.push([`tfjs model.fit() (${choice.backend})`, choice.device, fitBest]);
if (torchDevice !== "none") {
  let t = await torch(x, y);
  for (let r = 1; r < repeat; r++) {
    const again = await torch(x, y);
    if (again.sps > t.sps) t = again;
  }
  rowsOut.push([
    `PyTorch ${torchDevice} (${t.threads} thread${t.threads === 1 ? "" : "s"})`,
    t.device,
    t.sps,
  ]);
}
const reference = rowsOut.at(-1)![2];
console.log(
  `MLP ${features}→${hidden.join("→")}→${classes}, ${rows} rows, batch ${batch}, ${epochs} epochs, Adam; ` +
    `${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), Node ${process.version}\n`,
);
console.log("| trainer | device | samples/s | vs last row |");
console.log("| --- | --- | ---: | ---: |");
for (const [name, device, sps] of rowsOut) {
  console.log(`| ${name} | ${device} | ${Math.round(sps)} | ${(sps / reference).toFixed(2)}× |`);
}
