/**
 * Training throughput of the built-in trainer, side by side in one run:
 *   - mlgate's custom loop (data on the device, one read-back per epoch) on a tfjs backend,
 *   - a stock tfjs `model.fit()` loop on the same backend, same model, batch and epochs,
 *   - the same MLP in PyTorch (bench/train.py) on CPU or CUDA.
 *
 *   npx tsx bench/train.ts [--backend wasm|webgpu|cpu|none] [--rows 20000] [--features 32]
 *       [--classes 4] [--hidden 64,32] [--batch 512] [--epochs 5] [--torch-device cpu|cuda|none]
 *       [--no-fit] [--repeat 3] [--sweep 1024,4096,16384] [--profile] [--probe] [--json out.jsonl]
 *
 * PYTHON names the interpreter that has torch (default python3). Figures are samples per second
 * over all epochs, data upload excluded on both sides, best of --repeat (default 3) interleaved runs
 * after a warm-up. `--backend none` times PyTorch alone.
 *
 * Modes besides the default timing at one batch size:
 *   --sweep B1,B2,…  the same timing at each batch size (rows and epochs as given);
 *   --profile        no timing: counts, for the custom loop and fit(), the tfjs kernels and (on
 *                    webgpu) the GPU dispatches and queue submits per batch, and the host reads of
 *                    tensor data and the GPU→host buffer downloads per epoch — the two costs that
 *                    separate the loops on a GPU;
 *   --probe          loads the backend and prints its device, or the reason it cannot (exit 3).
 * --json FILE appends one JSON object per figure to FILE (with `step` set to --tag NAME); the
 * markdown table still goes to stdout.
 */
import { execFile } from "node:child_process";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { trainSection } from "../src/core/config/sections/train.js";
import { type BackendName, selectBackend } from "../src/core/model/backends.js";
import { trainTabular } from "../src/core/model/trainer.js";
import { syntheticTask } from "./gen-synthetic.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const list = (s: string) => s.split(",").filter(Boolean).map(Number);

const backend = arg("backend", "wasm") as BackendName | "none";
const rows = Number(arg("rows", "20000"));
const features = Number(arg("features", "32"));
const classes = Number(arg("classes", "4"));
const hidden = list(arg("hidden", "64,32"));
const batchSizes = process.argv.includes("--sweep") ? list(arg("sweep", "")) : [Number(arg("batch", "512"))];
const epochs = Number(arg("epochs", "5"));
const repeat = Number(arg("repeat", "3"));
const torchDevice = arg("torch-device", "cpu");
const jsonOut = process.argv.includes("--json") ? arg("json", "") : undefined;
const tag = process.argv.includes("--tag") ? arg("tag", "") : undefined;
const withTfjs = backend !== "none";
const withFit = withTfjs && !process.argv.includes("--no-fit");

interface Run {
  rows: number;
  batch: number;
  epochs: number;
}
type Loop = (x: Float32Array, y: Float32Array, run: Run) => Promise<number>;

/** Samples per second of mlgate's trainer; its own clock leaves the one-off upload out. */
const customLoop: Loop = async (x, y, run) => {
  const r = await trainTabular(
    {
      x: x.subarray(0, run.rows * features),
      y: y.subarray(0, run.rows),
      width: features,
      rows: run.rows,
      classes,
    },
    "classification",
    trainSection.parse({
      type: "mlp",
      hidden,
      batch_size: run.batch,
      epochs: run.epochs,
      learning_rate: 0.01,
      validation_split: 0,
      early_stopping: false,
      seed: 0,
    }),
  );
  r.model.dispose();
  return r.samplesPerSecond;
};

/** Samples per second of a stock `fit()` on the same model, uploaded before the clock starts. */
const stockFit: Loop = async (x, y, run) => {
  const model = tfl.sequential();
  hidden.forEach((units, i) => {
    model.add(
      tfl.layers.dense({ units, activation: "relu", ...(i === 0 ? { inputShape: [features] } : {}) }),
    );
  });
  model.add(tfl.layers.dense({ units: classes, activation: "softmax" }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy" });
  const xs = tf.tensor2d(x.subarray(0, run.rows * features), [run.rows, features]);
  const ys = tf.oneHot(tf.tensor1d(Int32Array.from(y.subarray(0, run.rows)), "int32"), classes);
  const t0 = performance.now();
  await model.fit(xs, ys, { batchSize: run.batch, epochs: run.epochs, shuffle: true, verbose: 0 });
  const ms = performance.now() - t0;
  tf.dispose([xs, ys]);
  model.dispose();
  return (run.rows * run.epochs * 1000) / ms;
};

interface TorchRow {
  batch: number;
  samples_per_second: number;
  device: string;
  threads: number;
  torch: string;
  tf32: boolean;
}

/** PyTorch at every batch size in one process (one warm-up, best of `repeat` each). */
async function torch(x: Float32Array, y: Float32Array, batches: number[]): Promise<TorchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), "mlgate-bench-"));
  try {
    await writeFile(join(dir, "x.f32"), new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
    await writeFile(join(dir, "y.i32"), new Uint8Array(Int32Array.from(y).buffer));
    const script = join(dirname(fileURLToPath(import.meta.url)), "train.py");
    const { stdout } = await promisify(execFile)(
      process.env.PYTHON ?? "python3",
      [
        script,
        ...["--data", join(dir, "x.f32"), "--labels", join(dir, "y.i32")],
        ...["--rows", String(rows), "--features", String(features), "--classes", String(classes)],
        ...["--hidden", hidden.join(","), "--batch", batches.join(","), "--epochs", String(epochs)],
        ...["--device", torchDevice, "--repeat", String(repeat)],
      ],
      { maxBuffer: 1 << 20 },
    );
    return stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as TorchRow);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Figure {
  trainer: string;
  device: string;
  batch: number;
  [key: string]: unknown;
}
const common = { step: tag, rows, features, classes, hidden, epochs, node: process.version };

/** Appends a figure to --json as soon as it is measured: a run cut short keeps what it had. */
async function emit(f: Figure): Promise<void> {
  if (jsonOut) await appendFile(jsonOut, `${JSON.stringify({ ...common, ...f })}\n`);
}

const header = (runs = `${rows} rows, ${epochs} epochs`) =>
  `MLP ${features}→${hidden.join("→")}→${classes}, ${runs}, Adam; ` +
  `${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), Node ${process.version}\n`;

// --- probe ---------------------------------------------------------------------------------------
if (process.argv.includes("--probe")) {
  try {
    if (!withTfjs) throw new Error("no backend named");
    const choice = await selectBackend(backend);
    console.log(JSON.stringify({ backend: choice.backend, device: choice.device }));
    process.exit(0);
  } catch (e) {
    console.log(`${backend} unavailable: ${(e as Error).message.split("\n")[0]}`);
    process.exit(3);
  }
}

const choice = withTfjs ? await selectBackend(backend) : undefined;

// --- profile: counters, not clocks -------------------------------------------------------------
interface Counts {
  kernels: number;
  dispatches: number;
  submits: number;
  reads: number;
  downloads: number;
}

/**
 * Counts by wrapping the engine's kernel entry and tensor reads, and on webgpu the backend's
 * program dispatch, queue submit and GPU→host buffer download. The wrappers are instance
 * properties, so the engine's and backend's own calls through `this` go through them too.
 */
function instrument(): { counts: Counts; restore: () => void } {
  const counts: Counts = { kernels: 0, dispatches: 0, submits: 0, reads: 0, downloads: 0 };
  const restores: (() => void)[] = [];
  const wrap = (target: object | undefined, method: string, key: keyof Counts) => {
    const t = target as Record<string, unknown> | undefined;
    const original = t?.[method];
    if (typeof original !== "function") return;
    t![method] = function (this: unknown, ...args: unknown[]) {
      counts[key]++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restores.push(() => {
      delete t![method];
      if (t![method] !== original) t![method] = original;
    });
  };
  const engine = tf.engine();
  wrap(engine, "runKernelFunc", "kernels");
  wrap(engine, "readSync", "reads");
  wrap(engine, "read", "reads");
  const b = tf.backend();
  wrap(b, "runWebGPUProgram", "dispatches");
  wrap(b, "submitQueue", "submits");
  wrap(b, "getBufferData", "downloads");
  return {
    counts,
    restore: () => {
      for (const r of restores.reverse()) r();
    },
  };
}

async function count(loop: Loop, x: Float32Array, y: Float32Array, run: Run): Promise<Counts> {
  const probe = instrument();
  try {
    await loop(x, y, run);
    return { ...probe.counts };
  } finally {
    probe.restore();
  }
}

function minus(a: Counts, b: Counts, by: number): Counts {
  const out = { ...a };
  for (const k of Object.keys(a) as (keyof Counts)[]) out[k] = (a[k] - b[k]) / by;
  return out;
}

if (process.argv.includes("--profile")) {
  if (!choice) throw new Error("--profile needs a tfjs backend");
  const { x, y } = syntheticTask(Math.max(...batchSizes) * 8, features, classes);
  console.log(header("counts from runs of 4 and 8 batches, 1 and 2 epochs"));
  console.log(
    "| loop | backend | batch | kernels/batch | dispatches/batch | submits/batch | reads/epoch | downloads/epoch |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  const loops: [string, Loop][] = [["mlgate custom loop", customLoop]];
  if (withFit) loops.push(["tfjs model.fit()", stockFit]);
  for (const batch of batchSizes) {
    for (const [name, loop] of loops) {
      await loop(x, y, { rows: batch * 2, batch, epochs: 1 }); // shaders and pipelines compiled first
      // Per batch: one epoch of 8 batches minus one of 4. Per epoch: two epochs of 4 minus one.
      const b4 = await count(loop, x, y, { rows: batch * 4, batch, epochs: 1 });
      const b8 = await count(loop, x, y, { rows: batch * 8, batch, epochs: 1 });
      const e2 = await count(loop, x, y, { rows: batch * 4, batch, epochs: 2 });
      const perBatch = minus(b8, b4, 4);
      const perEpoch = minus(e2, b4, 1);
      const fig: Figure = {
        trainer: name,
        backend: choice.backend,
        device: choice.device,
        batch,
        kernels_per_batch: perBatch.kernels,
        dispatches_per_batch: perBatch.dispatches,
        submits_per_batch: perBatch.submits,
        reads_per_epoch: perEpoch.reads,
        downloads_per_epoch: perEpoch.downloads,
        mode: "profile",
        // The counts are differences of short runs (see above), not of the --rows/--epochs run.
        rows: undefined,
        epochs: undefined,
      };
      await emit(fig);
      console.log(
        `| ${name} | ${choice.backend} | ${batch} | ${perBatch.kernels} | ${perBatch.dispatches} | ` +
          `${perBatch.submits} | ${perEpoch.reads} | ${perEpoch.downloads} |`,
      );
    }
  }
  process.exit(0);
}

// --- timing -------------------------------------------------------------------------------------
const { x, y } = syntheticTask(rows, features, classes);
const timed: Figure[] = [];
for (const batch of batchSizes) {
  if (!choice) break;
  // Warm-up (JIT, kernel set-up, shader compilation on GPUs) so neither timed run pays for it.
  const warm: Run = { rows: Math.min(rows, batch * 4), batch, epochs: 1 };
  await customLoop(x, y, warm);
  if (withFit) await stockFit(x, y, warm);
  // The machine may be shared: interleave the tfjs runs and keep each one's best of `repeat`.
  let customBest = 0;
  let fitBest = 0;
  for (let r = 0; r < repeat; r++) {
    customBest = Math.max(customBest, await customLoop(x, y, { rows, batch, epochs }));
    if (withFit) fitBest = Math.max(fitBest, await stockFit(x, y, { rows, batch, epochs }));
  }
  const base = { backend: choice.backend, device: choice.device, batch };
  const mine: Figure[] = [
    { trainer: `mlgate custom loop (tfjs ${choice.backend})`, ...base, samples_per_second: customBest },
  ];
  if (withFit)
    mine.push({ trainer: `tfjs model.fit() (${choice.backend})`, ...base, samples_per_second: fitBest });
  for (const f of mine) await emit(f);
  timed.push(...mine);
  console.error(
    `batch ${batch}: ${mine.map((f) => `${f.trainer} ${Math.round(f.samples_per_second as number)}`).join(", ")} samples/s`,
  );
}
let torchSkipped: string | undefined;
if (torchDevice !== "none") {
  try {
    for (const t of await torch(x, y, batchSizes)) {
      const f: Figure = {
        trainer: `PyTorch ${torchDevice} (${t.threads} thread${t.threads === 1 ? "" : "s"})`,
        backend: `torch-${torchDevice}`,
        device: t.device,
        batch: t.batch,
        samples_per_second: t.samples_per_second,
        torch: t.torch,
        tf32: t.tf32,
      };
      await emit(f);
      timed.push(f);
    }
  } catch (e) {
    torchSkipped = `PyTorch side skipped: ${(e as Error).message.split("\n").filter(Boolean).at(-1)} (set PYTHON to an interpreter with torch)`;
  }
}
console.log(header());
console.log("| trainer | device | batch | samples/s | vs last row of its batch |");
console.log("| --- | --- | ---: | ---: | ---: |");
for (const batch of batchSizes) {
  const mine = timed.filter((f) => f.batch === batch);
  const reference = mine.at(-1)?.samples_per_second as number;
  for (const f of mine) {
    const sps = f.samples_per_second as number;
    console.log(
      `| ${f.trainer} | ${f.device} | ${batch} | ${Math.round(sps)} | ${(sps / reference).toFixed(2)}× |`,
    );
  }
}
if (torchSkipped) {
  console.log(`\n${torchSkipped}`);
  await emit({
    trainer: `PyTorch ${torchDevice}`,
    backend: `torch-${torchDevice}`,
    device: "",
    batch: 0,
    skipped: torchSkipped,
  });
}
// The webgpu backend's native handles keep the event loop alive; the figures are out.
process.exit(0);
