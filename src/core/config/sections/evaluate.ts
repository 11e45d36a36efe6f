import * as z from "zod";

export const gateRule = z.strictObject({
  min: z.number().optional().describe("Candidate must be at least this."),
  max: z.number().optional().describe("Candidate must be at most this."),
  max_regression: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      "Largest allowed worsening versus the baseline (absolute, or a fraction of |baseline| with `relative`).",
    ),
  relative: z.boolean().default(false),
  must_improve: z.boolean().default(false).describe("Candidate must be better than the baseline."),
  direction: z.enum(["higher", "lower"]).optional().describe("Override whether higher is better."),
});
export type GateRuleConfig = z.infer<typeof gateRule>;

export const evaluateSection = z
  .strictObject({
    metrics: z.array(z.string()).optional().describe("Metrics to report. Default: all for the task."),
    gate: z.record(z.string(), gateRule).default({}).describe("Gate rules keyed by metric name."),
    inconclusive: z
      .enum(["block", "pass"])
      .default("block")
      .describe("Whether an inconclusive rule (CI straddles the bound) blocks the merge."),
    bootstrap: z
      .strictObject({
        resamples: z.number().int().min(100).default(1000),
        level: z.number().gt(0.5).lt(1).default(0.95),
        seed: z.number().int().nonnegative().default(0),
      })
      .default({ resamples: 1000, level: 0.95, seed: 0 }),
    slices: z
      .strictObject({
        columns: z.array(z.string()).default([]),
        min_size: z.number().int().positive().default(20),
      })
      .default({ columns: [], min_size: 20 }),
    baseline: z
      .string()
      .optional()
      .describe(
        "Baseline model bundle or predictions file; default: the registry champion, else first-model mode.",
      ),
  })
  .describe("Evaluation and gate settings.");
export type EvaluateConfig = z.infer<typeof evaluateSection>;
