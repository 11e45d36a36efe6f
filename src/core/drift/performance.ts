import type { DriftReport } from "../contracts/drift.js";
import {
  classificationKernel,
  type MetricKernel,
  metricDirection,
  regressionKernel,
  scoreAll,
  sortLabels,
} from "../evaluate/metrics.js";
import { pairedBootstrap, summarise } from "../evaluate/paired.js";

/** Served rows whose labels arrived later, joined (by request id and row) to what the model answered. */
export interface LabelledRows {
  task: "classification" | "regression";
  /** The true label (classification, as text) or value, per joined row. */
  truth: (string | number)[];
  /** What the model answered for the row. */
  predicted: (string | number)[];
  /** Classification: the logged class probabilities of each row (all rows or none). */
  probabilities?: Record<string, number>[];
}

export type PerformanceCheck = NonNullable<DriftReport["performance"]>;

/**
 * The label-based check: each metric recorded for the version at registration, computed again on
 * the labelled served rows with the metric kernels `evaluate` uses, and compared with the recorded
 * value. The recorded value is taken as fixed; the current one is bootstrapped (rows resampled,
 * `resamples` times, seeded), giving a percentile interval of current − registered. A metric has
 * degraded when that whole interval lies on its worse side. The intervals are Bonferroni-widened
 * to `1 − (1 − level) / m` over the m metrics compared, so that "some metric degraded" keeps its
 * error rate at most 1 − level when nothing changed.
 */
export function performanceCheck(
  rows: LabelledRows,
  registered: Readonly<Record<string, number>>,
  opts: { resamples: number; level: number; seed: number },
): PerformanceCheck {
  const n = rows.truth.length;
  if (n === 0) return { rows: 0, metrics: [], degraded: false };
  const kernel = kernelOf(rows);
  const current = scoreAll(kernel);
  const names = kernel.names.filter(
    (m) => registered[m] !== undefined && metricDirection(m) !== undefined && Number.isFinite(current[m]),
  );
  if (names.length === 0) return { rows: n, metrics: [], degraded: false };
  const level = 1 - (1 - opts.level) / names.length;
  const resampled = pairedBootstrap(kernel, undefined, { ...opts, level }).candidate;
  const metrics = names.map((metric) => {
    const base = registered[metric]!;
    const diffs = resampled[metric]!.map((v) => v - base);
    const { low, high } = summarise(diffs, level);
    const higher = metricDirection(metric) === "higher";
    return {
      metric,
      registered: base,
      current: current[metric]!,
      diff: current[metric]! - base,
      ...(Number.isFinite(low) ? { ci_low: low, ci_high: high } : {}),
      degraded: Number.isFinite(low) && (higher ? high < 0 : low > 0),
    };
  });
  return { rows: n, metrics, degraded: metrics.some((m) => m.degraded) };
}

function kernelOf(rows: LabelledRows): MetricKernel {
  if (rows.task === "regression") {
    return regressionKernel(Float64Array.from(rows.truth, Number), Float64Array.from(rows.predicted, Number));
  }
  const names = new Set<string>();
  for (const t of rows.truth) names.add(String(t));
  for (const p of rows.predicted) names.add(String(p));
  for (const p of rows.probabilities ?? []) for (const k of Object.keys(p)) names.add(k);
  const labels = sortLabels(names);
  const index = new Map(labels.map((l, i) => [l, i]));
  const yTrue = Int32Array.from(rows.truth, (t) => index.get(String(t))!);
  const yPred = Int32Array.from(rows.predicted, (p) => index.get(String(p))!);
  let proba: Float64Array | undefined;
  if (rows.probabilities && rows.probabilities.length === rows.truth.length) {
    const L = labels.length;
    proba = new Float64Array(rows.truth.length * L);
    rows.probabilities.forEach((p, i) => {
      for (const [k, v] of Object.entries(p)) proba![i * L + index.get(k)!] = v;
    });
  }
  return classificationKernel({ labels, yTrue }, { yPred, ...(proba ? { proba } : {}) });
}
