import type { DriftReport } from "../contracts/drift.js";
import type { Predictions } from "../contracts/predictions.js";
import { alignPredictions } from "../evaluate/align.js";
import {
  classificationKernel,
  type MetricKernel,
  metricDirection,
  regressionKernel,
  scoreAll,
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

/**
 * The joined rows as a predictions table, put through `alignPredictions` (evaluate's one place
 * where labels are encoded and probabilities checked), then into evaluate's metric kernel.
 */
function kernelOf(rows: LabelledRows): MetricKernel {
  const classes = rows.probabilities?.length ? Object.keys(rows.probabilities[0]!) : undefined;
  const predictions: Predictions = {
    task: rows.task,
    row: rows.truth.map((_, i) => i),
    yTrue: rows.truth,
    yPred: rows.predicted,
    ...(classes && rows.probabilities?.length === rows.truth.length
      ? { classes, proba: rows.probabilities.map((p) => classes.map((c) => p[c] ?? 0)) }
      : {}),
  };
  const aligned = alignPredictions(
    rows.task,
    { predictions, source: "the labelled inference log" },
    undefined,
  );
  return aligned.task === "classification"
    ? classificationKernel(aligned.problem, aligned.candidate)
    : regressionKernel(aligned.yTrue, aligned.candidate);
}
