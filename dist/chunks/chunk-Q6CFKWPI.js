import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  array,
  boolean,
  number,
  record,
  strictObject,
  string
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/config/sections/drift.ts
init_esm_dirname();
var testId = string().min(1).describe("A drift test id: ks, wasserstein, psi, chi2, jensen_shannon, linf, missing_rate, out_of_range.");
var driftColumnPolicy = strictObject({
  p_test: testId.optional().describe("The test whose p-value decides significance for this column."),
  effect_test: testId.optional().describe("The test whose statistic is this column's effect size."),
  threshold: number().nonnegative().optional().describe("Effect size at which this column may drift."),
  critical: boolean().default(false).describe("The dataset drifts whenever this column drifts."),
  ignore: boolean().optional().describe(
    "Leave this column out of the comparison (default false; true for datetime columns, whose values move with time by design: set false to compare one)."
  )
}).describe("Per-column overrides.");
var driftSection = strictObject({
  alpha: number().gt(0).lt(1).default(0.05).describe("False discovery rate across columns (Benjamini\u2013Hochberg)."),
  drift_share: number().gt(0).max(1).default(0.5).describe(
    "The dataset drifts when this share of the compared columns drifts (or a critical one does)."
  ),
  min_rows: number().int().positive().default(100).describe("Fewest non-null current rows a column needs for a decision; fewer is insufficient_data."),
  exact_max_rows: number().int().positive().default(5e6).describe("Exact statistics from data up to this many rows a side; quantile sketches beyond."),
  performance: strictObject({
    resamples: number().int().min(100).default(1e3).describe("Bootstrap resamples of the labelled rows."),
    level: number().gt(0).lt(1).default(0.95).describe(
      "Confidence that a metric reported degraded is worse than registered (over all metrics compared)."
    ),
    seed: number().int().default(7).describe("Seed of the resampling (the same labels give the same intervals).")
  }).default({ resamples: 1e3, level: 0.95, seed: 7 }).describe(
    "The label-based check (--labels): each registered metric against its value on the labelled served rows."
  ),
  thresholds: record(testId, number().nonnegative()).default({}).describe("Effect-size thresholds by test id, overriding the documented defaults."),
  columns: record(string(), driftColumnPolicy).default({}).describe("Per-column overrides, by column name."),
  fail_on_drift: boolean().default(false).describe("Exit non-zero (and fail the action) when the data drifted."),
  issue: strictObject({
    enabled: boolean().default(true).describe("Keep one sticky issue per model while it drifts."),
    labels: array(string().min(1)).default(["mlgate", "drift"]).describe("Labels of the drift issue."),
    history: number().int().nonnegative().default(10).describe("Recent runs listed in the issue.")
  }).default({ enabled: true, labels: ["mlgate", "drift"], history: 10 }),
  retrain: strictObject({
    workflow: string().min(1).optional().describe(
      "Workflow file to start with workflow_dispatch when the data drifted (e.g. retrain.yml)."
    ),
    event: string().min(1).optional().describe("repository_dispatch event type to send instead of a workflow_dispatch."),
    ref: string().min(1).optional().describe("Ref for the workflow_dispatch (default: the repository's default branch)."),
    cooldown: string().regex(/^\d+(\.\d+)?[smhdw]$/, "a duration such as 30m, 12h or 7d").default("24h").describe("No second dispatch for the same drift within this time, nor while one is running.")
  }).default({ cooldown: "24h" })
}).describe("drift-check: the comparison of production data with the training reference.");

export {
  driftColumnPolicy,
  driftSection
};
