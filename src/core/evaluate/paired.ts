import type { Progress } from "../ports.js";
import { quantileSorted } from "../stats/quantile.js";
import { createRng } from "../stats/random.js";
import type { MetricKernel } from "./metrics.js";

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
 * Paired bootstrap: every resample draws one set of rows and scores candidate and baseline on
 * those same rows, so the spread of the difference reflects the models, not which rows were drawn.
 * Rows are represented by their multiplicities, so a resample costs O(rows), never a copy.
 */
export function pairedBootstrap(
  candidate: MetricKernel,
  baseline: MetricKernel | undefined,
  opts: BootstrapOptions,
): PairedResamples {
  const n = candidate.rows;
  const B = opts.resamples;
  const rng = createRng(opts.seed);
  const weights = new Int32Array(n);
  const alloc = (k: MetricKernel) =>
    Object.fromEntries(k.names.map((name) => [name, new Float64Array(B)])) as ResampledValues;
  const result: PairedResamples = { candidate: alloc(candidate), baseline: baseline && alloc(baseline) };
  const outC = new Float64Array(candidate.names.length);
  const outB = new Float64Array(baseline?.names.length ?? 0);
  const task = opts.progress?.start(`bootstrap (${B} resamples of ${n} rows)`, B);
  for (let b = 0; b < B; b++) {
    rng.fillMultiplicities(weights);
    candidate.compute(weights, outC);
    for (let m = 0; m < outC.length; m++) result.candidate[candidate.names[m]!]![b] = outC[m]!;
    if (baseline) {
      baseline.compute(weights, outB);
      for (let m = 0; m < outB.length; m++) result.baseline![baseline.names[m]!]![b] = outB[m]!;
    }
    if (task && (b + 1) % 50 === 0) task.update(b + 1);
  }
  task?.done();
  return result;
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
