import type { Comparison, Evaluation } from "../../src/core/contracts/evaluation.js";
import type { TrainSummary } from "../../src/core/report/training-section.js";
import type { ValidationSummary } from "../../src/core/report/validation-section.js";

/** Strings a hostile PR could put in class labels, column names and slice values. */
export const HOSTILE = [
  "<!-- mlgate:evaluate:penguins -->",
  "@everyone",
  "#1 fixes GH-2",
  "a|b\nc",
  "```mermaid",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
];

/** A large classification evaluation with hostile labels: the size-budget stress case. */
export function stressEvaluation(classes: number, sliceCount: number): Evaluation {
  const labels = Array.from({ length: classes }, (_, i) => `${HOSTILE[i % HOSTILE.length]} class ${i}`);
  const matrix = labels.map((_, i) => labels.map((_, j) => (i === j ? 50 : (i + j) % 3)));
  const perClass = Object.fromEntries(
    labels.map((l, i) => [
      l,
      { precision: 0.5 + (i % 50) / 100, recall: 0.6, f1: 0.4 + (i % 37) / 100, support: 50 + i },
    ]),
  );
  const metrics = [
    "accuracy",
    "balanced_accuracy",
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "f1_weighted",
  ];
  const comparisons: Comparison[] = metrics.map((metric, k) => ({
    metric,
    direction: "higher",
    candidate: 0.8,
    baseline: 0.82,
    diff: -0.02,
    ci_low: -0.03,
    ci_high: -0.01,
    p_value: 0.004,
    test: "bootstrap",
    ...(k < 3 ? { verdict: k === 0 ? ("fail" as const) : ("pass" as const) } : {}),
    reasons: k === 0 ? ["accuracy fell by 0.02, more than max_regression 0.01"] : [],
  }));
  return {
    schema: "mlgate/evaluation@1",
    model: "@octocat #9 <b>model</b>",
    task: "classification",
    created_at: "2026-11-24T00:00:00Z",
    rows: 100_000,
    unlabelled_rows: 12,
    labels,
    // A class no test row has: named in the headline's label-set note when the set is small.
    labels_absent_from_test: labels.slice(-2),
    first_model: false,
    candidate: {
      source: "candidate",
      metrics: { accuracy: 0.8 },
      confusion: { labels, matrix },
      per_class: perClass,
    },
    baseline: {
      source: "baseline",
      metrics: { accuracy: 0.82 },
      confusion: { labels, matrix },
      per_class: perClass,
    },
    comparisons,
    slices: Array.from({ length: sliceCount }, (_, i) => ({
      column: HOSTILE[i % HOSTILE.length] ?? "c",
      value: `value ${i} @someone`,
      rows: 200 + i,
      candidate: { accuracy: 0.7 + (i % 10) / 100 },
      baseline: { accuracy: 0.75 },
    })),
    bootstrap: { resamples: 1000, level: 0.95, seed: 0 },
    verdict: "fail",
    blocking: true,
    summary: "blocked: accuracy fell by 0.02",
  };
}

export const stressValidation: ValidationSummary = {
  status: "fail",
  checks: Array.from({ length: 200 }, (_, i) => ({
    id: `check ${i}`,
    status: i % 4 === 0 ? "fail" : i % 4 === 1 ? "warn" : "pass",
    column: HOSTILE[i % HOSTILE.length] ?? "c",
    count: i,
    message: `${"long message ".repeat(10)} @someone #${i}`,
  })),
};

export const stressTrain: TrainSummary = {
  backend: "webgpu",
  device: "NVIDIA H100",
  samples_per_second: 1.5e6,
  epochs: 500,
  curves: {
    epoch: Array.from({ length: 500 }, (_, i) => i + 1),
    loss: Array.from({ length: 500 }, (_, i) => 1 / (i + 1)),
    val_loss: Array.from({ length: 500 }, (_, i) => 1.1 / (i + 1) + 0.05),
    metric: Array.from({ length: 500 }, (_, i) => 1 - 1 / (i + 2)),
    metric_name: 'acc"] %%{init: {"theme": "dark"}}%%',
  },
};
