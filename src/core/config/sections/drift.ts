import * as z from "zod";

/**
 * `drift:` in mlgate.yml — how drift-check decides and whom it tells. The statistical defaults
 * (alpha, effect thresholds per test) are documented beside the tests in `core/drift/`; a key
 * given here overrides them for the whole dataset or for one column.
 */
const testId = z
  .string()
  .min(1)
  .describe("A drift test id: ks, wasserstein, psi, chi2, jensen_shannon, linf, missing_rate, out_of_range.");

export const driftColumnPolicy = z
  .strictObject({
    p_test: testId.optional().describe("The test whose p-value decides significance for this column."),
    effect_test: testId.optional().describe("The test whose statistic is this column's effect size."),
    threshold: z.number().nonnegative().optional().describe("Effect size at which this column may drift."),
    critical: z.boolean().default(false).describe("The dataset drifts whenever this column drifts."),
    ignore: z
      .boolean()
      .optional()
      .describe(
        "Leave this column out of the comparison (default false; true for datetime columns, whose values move with time by design: set false to compare one).",
      ),
  })
  .describe("Per-column overrides.");
export type DriftColumnPolicy = z.infer<typeof driftColumnPolicy>;

export const driftSection = z
  .strictObject({
    alpha: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.05)
      .describe("False discovery rate across columns (Benjamini–Hochberg)."),
    drift_share: z
      .number()
      .gt(0)
      .max(1)
      .default(0.5)
      .describe(
        "The dataset drifts when this share of the compared columns drifts (or a critical one does).",
      ),
    min_rows: z
      .number()
      .int()
      .positive()
      .default(100)
      .describe("Fewest non-null current rows a column needs for a decision; fewer is insufficient_data."),
    exact_max_rows: z
      .number()
      .int()
      .positive()
      .default(5_000_000)
      .describe("Exact statistics from data up to this many rows a side; quantile sketches beyond."),
    performance: z
      .strictObject({
        resamples: z
          .number()
          .int()
          .min(100)
          .default(1000)
          .describe("Bootstrap resamples of the labelled rows."),
        level: z
          .number()
          .gt(0)
          .lt(1)
          .default(0.95)
          .describe(
            "Confidence that a metric reported degraded is worse than registered (over all metrics compared).",
          ),
        seed: z
          .number()
          .int()
          .default(7)
          .describe("Seed of the resampling (the same labels give the same intervals)."),
      })
      .default({ resamples: 1000, level: 0.95, seed: 7 })
      .describe(
        "The label-based check (--labels): each registered metric against its value on the labelled served rows.",
      ),
    thresholds: z
      .record(testId, z.number().nonnegative())
      .default({})
      .describe("Effect-size thresholds by test id, overriding the documented defaults."),
    columns: z
      .record(z.string(), driftColumnPolicy)
      .default({})
      .describe("Per-column overrides, by column name."),
    fail_on_drift: z
      .boolean()
      .default(false)
      .describe("Exit non-zero (and fail the action) when the data drifted."),
    issue: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Keep one sticky issue per model while it drifts."),
        labels: z
          .array(z.string().min(1))
          .default(["mlgate", "drift"])
          .describe("Labels of the drift issue."),
        history: z.number().int().nonnegative().default(10).describe("Recent runs listed in the issue."),
      })
      .default({ enabled: true, labels: ["mlgate", "drift"], history: 10 }),
    retrain: z
      .strictObject({
        workflow: z
          .string()
          .min(1)
          .optional()
          .describe(
            "Workflow file to start with workflow_dispatch when the data drifted (e.g. retrain.yml).",
          ),
        event: z
          .string()
          .min(1)
          .optional()
          .describe("repository_dispatch event type to send instead of a workflow_dispatch."),
        ref: z
          .string()
          .min(1)
          .optional()
          .describe("Ref for the workflow_dispatch (default: the repository's default branch)."),
        cooldown: z
          .string()
          .regex(/^\d+(\.\d+)?[smhdw]$/, "a duration such as 30m, 12h or 7d")
          .default("24h")
          .describe("No second dispatch for the same drift within this time, nor while one is running."),
      })
      .default({ cooldown: "24h" }),
  })
  .describe("drift-check: the comparison of production data with the training reference.");
export type DriftConfig = z.infer<typeof driftSection>;
