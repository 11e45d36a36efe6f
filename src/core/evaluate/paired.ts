import { Worker } from "node:worker_threads";
import type { Progress } from "../ports.js";
import { quantileSorted } from "../stats/quantile.js";
import { createRng, streamSeed } from "../stats/random.js";
import { bundledWorker, threadBudget } from "../threads.js";
import { type KernelSpec, kernelFromSpec, type MetricKernel } from "./metrics.js";

export interface BootstrapOptions {
  resamples: number;
  /** Confidence level of the intervals, e.g. 0.95. */
  level: number;
  seed: number;
  progress?: Progress;
}

/** Per metric, the value on every resample (Float64Array of length `resamples`). */
export type ResampledValues = Record<string, Float64Array>;

export interface PairedResamples {
  candidate: ResampledValues;
  baseline?: ResampledValues;
}

/**
 * Resamples per random stream. Each block of this many resamples draws from its own stream
 * derived from the seed, so the values depend on the seed alone, not on how many threads shared
 * the blocks or in which order they ran. Fixed: changing it changes every resample.
 */
export const RESAMPLES_PER_BLOCK = 50;

/** The generator that draws block `block`'s resamples under `seed`. */
export function blockRng(seed: number, block: number) {
  return createRng(streamSeed(seed, block));
}

/** Everything a thread needs to compute blocks: plain data, shared memory for the results. */
export interface BootstrapJob {
  candidate: KernelSpec;
  baseline?: KernelSpec;
  seed: number;
  resamples: number;
  /** resamples × (candidate names + baseline names), resample-major. */
  values: Float64Array;
  /** [0]: the next unclaimed block; [1 + block]: 1 once the block's values are written. */
  control: Int32Array;
}

/**
 * Claims blocks one at a time until none are left and writes their values: the loop every
 * thread runs, the only place resamples are drawn and scored.
 */
export function runClaimedBlocks(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  job: BootstrapJob,
  onBlock?: () => void,
): void {
  const blocks = Math.ceil(job.resamples / RESAMPLES_PER_BLOCK);
  for (let block = Atomics.add(job.control, 0, 1); block < blocks; block = Atomics.add(job.control, 0, 1)) {
    runBlock(candidate, baseline, job, block);
    onBlock?.();
  }
}

function runBlock(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  job: BootstrapJob,
  block: number,
) {
  const nC = candidate.names.length;
  const width = nC + (baseline?.names.length ?? 0);
  const weights = new Uint8Array(candidate.rows);
  const rng = blockRng(job.seed, block);
  const first = block * RESAMPLES_PER_BLOCK;
  const end = Math.min(job.resamples, first + RESAMPLES_PER_BLOCK);
  for (let b = first; b < end; b++) {
    rng.fillMultiplicities(weights);
    candidate.compute(weights, job.values.subarray(b * width, b * width + nC));
    baseline?.compute(weights, job.values.subarray(b * width + nC, (b + 1) * width));
  }
  Atomics.store(job.control, 1 + block, 1);
}

function newJob(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  opts: BootstrapOptions,
  shared: boolean,
) {
  const width = candidate.names.length + (baseline?.names.length ?? 0);
  const blocks = Math.ceil(opts.resamples / RESAMPLES_PER_BLOCK);
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const job: BootstrapJob = {
    candidate: shared ? inSharedMemory(candidate.spec) : candidate.spec,
    baseline: baseline && (shared ? inSharedMemory(baseline.spec) : baseline.spec),
    seed: opts.seed,
    resamples: opts.resamples,
    values: new Float64Array(buffer(opts.resamples * width * 8)),
    control: new Int32Array(buffer((1 + blocks) * 4)),
  };
  return job;
}

/**
 * A copy of plain data whose typed arrays live in shared memory: posted to a worker they are
 * shared, not copied, so every thread reads the same kernel state and they share it in cache
 * instead of each streaming a copy of its own.
 */
function inSharedMemory<T>(value: T): T {
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const copy = new Uint8Array(new SharedArrayBuffer(value.byteLength));
    copy.set(bytes);
    const View = value.constructor as new (buffer: SharedArrayBuffer) => T;
    return new View(copy.buffer as SharedArrayBuffer);
  }
  if (Array.isArray(value)) return value.map(inSharedMemory) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inSharedMemory(v)])) as T;
  }
  return value;
}

function unpack(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  job: BootstrapJob,
): PairedResamples {
  const B = job.resamples;
  const nC = candidate.names.length;
  const width = nC + (baseline?.names.length ?? 0);
  const column = (offset: number) => {
    const out = new Float64Array(B);
    for (let b = 0; b < B; b++) out[b] = job.values[b * width + offset]!;
    return out;
  };
  return {
    candidate: Object.fromEntries(candidate.names.map((name, m) => [name, column(m)])),
    baseline: baseline && Object.fromEntries(baseline.names.map((name, m) => [name, column(nC + m)])),
  };
}

/**
 * Paired bootstrap: every resample draws one set of rows and scores candidate and baseline on
 * those same rows, so the spread of the difference reflects the models, not which rows were drawn.
 * Rows are represented by their multiplicities, so a resample costs O(rows), never a copy.
 * This thread computes every block; `pairedBootstrapParallel` gives the same values sooner.
 */
export function pairedBootstrap(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  opts: BootstrapOptions,
): PairedResamples {
  const job = newJob(candidate, baseline, opts, false);
  const task = opts.progress?.start(
    `bootstrap (${opts.resamples} resamples of ${candidate.rows} rows)`,
    opts.resamples,
  );
  let done = 0;
  runClaimedBlocks(candidate, baseline, job, () => {
    done = Math.min(opts.resamples, done + RESAMPLES_PER_BLOCK);
    task?.update(done);
  });
  task?.done();
  return unpack(candidate, baseline, job);
}

/** Below this many row visits (rows × resamples) starting threads costs more than it saves. */
const PARALLEL_MIN_WORK = 1e7;

export interface ParallelOptions {
  /** The bundled worker entry; by default the one built beside this module, if present. */
  workerUrl?: URL;
  /** Threads in all, this one included; by default the cores available. */
  threads?: number;
  /** Row visits (rows × resamples) below which the bootstrap stays on this thread. */
  minWork?: number;
}

/**
 * The paired bootstrap spread over worker threads: this thread and the workers claim blocks of
 * resamples from a shared counter and write their values into shared memory, so the result is
 * the one `pairedBootstrap` gives for the same seed. Small jobs, a single core, or no worker
 * entry (running from source) stay on this thread.
 */
export async function pairedBootstrapParallel(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  opts: BootstrapOptions & ParallelOptions,
): Promise<PairedResamples> {
  const blocks = Math.ceil(opts.resamples / RESAMPLES_PER_BLOCK);
  const threads = Math.min(opts.threads ?? threadBudget(), blocks, 16);
  const workerUrl = opts.workerUrl ?? bundledWorker("bootstrap-worker");
  if (threads < 2 || !workerUrl || candidate.rows * opts.resamples < (opts.minWork ?? PARALLEL_MIN_WORK)) {
    return pairedBootstrap(candidate, baseline, opts);
  }
  const job = newJob(candidate, baseline, opts, true);
  // A worker that fails, or cannot start, leaves its blocks unmarked; this thread computes them
  // below, so a failure costs time, never a value.
  const workers = Array.from({ length: threads - 1 }, () => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl, { workerData: job });
    } catch {
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      worker.once("error", () => resolve());
      worker.once("exit", () => resolve());
    });
  });
  const task = opts.progress?.start(
    `bootstrap (${opts.resamples} resamples of ${candidate.rows} rows)`,
    opts.resamples,
  );
  const finished = () => {
    let count = 0;
    for (let block = 0; block < blocks; block++) count += Atomics.load(job.control, 1 + block);
    return Math.min(opts.resamples, count * RESAMPLES_PER_BLOCK);
  };
  // This thread scores from the shared state too, so all threads read one copy of it.
  const sharedCandidate = kernelFromSpec(job.candidate);
  const sharedBaseline = job.baseline && kernelFromSpec(job.baseline);
  runClaimedBlocks(sharedCandidate, sharedBaseline, job, () => task?.update(finished()));
  await Promise.all(workers);
  for (let block = 0; block < blocks; block++) {
    if (Atomics.load(job.control, 1 + block) === 0) runBlock(sharedCandidate, sharedBaseline, job, block);
  }
  task?.done();
  return unpack(candidate, baseline, job);
}

export interface IntervalSummary {
  low: number;
  high: number;
  /** Two-sided bootstrap p-value of "the value is 0" (meaningful for differences). */
  pValue: number;
}

/**
 * Percentile interval of resampled values (NaN resamples, e.g. an AUC on a resample without
 * positives, are left out) and a two-sided p-value for zero: twice the smaller tail share, with
 * the +1 correction that keeps it above 0 for a finite number of resamples.
 */
export function summarise(values: Float64Array, level: number): IntervalSummary {
  const finite = values.filter((v) => !Number.isNaN(v)).sort();
  const count = finite.length;
  if (count === 0) return { low: Number.NaN, high: Number.NaN, pValue: Number.NaN };
  const alpha = 1 - level;
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let i = 0; i < count; i++) {
    if (finite[i]! <= 0) atOrBelow++;
    if (finite[i]! >= 0) atOrAbove++;
  }
  return {
    low: quantileSorted(finite, alpha / 2),
    high: quantileSorted(finite, 1 - alpha / 2),
    pValue: Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (count + 1)),
  };
}

/** Element-wise candidate − baseline. */
export function differences(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]!;
  return out;
}
