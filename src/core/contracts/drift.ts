import * as z from "zod";

/**
 * `drift.json` (mlgate/drift@1): what drift-check found, column by column. A column drifts only
 * when BOTH its Benjamini–Hochberg adjusted p-value is at most `alpha` AND its effect size reaches
 * its threshold: a p-value alone grows significant with n, an effect alone is noise on small samples.
 * Invariants: `drifted` ⇔ `status === "drift"`, which holds when the columns drift (by share or a
 * critical one) or the label-based `performance` degraded; `drifted_columns` lists exactly the columns with
 * `drifted: true`; a column with too few non-null current rows is `insufficient_data`, never drift.
 */
export const DRIFT_SCHEMA = "mlgate/drift@1";

export const driftStatus = z.enum(["drift", "no_drift", "insufficient_data"]);
export type DriftStatus = z.infer<typeof driftStatus>;

/** One statistical test run on one column. */
export const driftTest = z.strictObject({
  /** Registry id: `ks`, `wasserstein`, `psi`, `chi2`, `jensen_shannon`, `linf`, `missing_rate`, `out_of_range`. */
  test: z.string(),
  statistic: z.number(),
  /** Null for distances that carry no p-value (Wasserstein, PSI, JS, L∞). */
  p_value: z.number().nullable(),
  /** How it was computed: `exact`, `asymptotic`, `sketch` (KS from quantile sketches). */
  method: z.string().optional(),
  /** Added to the statistic's uncertainty when computed from sketches (KS: the sketch's rank error). */
  error: z.number().optional(),
  /** Extra figures the test reports (e.g. raw Wasserstein next to the normalised one, degrees of freedom). */
  detail: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
});

/** Reference and current distributions on the same bins, for the report's chart (shares sum to 1). */
export const driftDistribution = z.strictObject({
  bins: z.array(z.string()),
  reference: z.array(z.number()),
  current: z.array(z.number()),
});

export const driftColumn = z.strictObject({
  name: z.string(),
  kind: z.enum(["numeric", "categorical"]),
  /** Rows seen and missing on each side. */
  reference: z.strictObject({
    rows: z.number().int().nonnegative(),
    missing: z.number().int().nonnegative(),
  }),
  current: z.strictObject({ rows: z.number().int().nonnegative(), missing: z.number().int().nonnegative() }),
  tests: z.array(driftTest),
  /** The test whose p-value enters the BH family, and the one whose statistic is the effect size. */
  p_test: z.string(),
  effect_test: z.string(),
  p_value: z.number().nullable(),
  adjusted_p_value: z.number().nullable(),
  effect_size: z.number().nullable(),
  effect_threshold: z.number(),
  critical: z.boolean(),
  status: driftStatus,
  drifted: z.boolean(),
  /** With `insufficient_data`: how many more non-null current rows the column needs. */
  rows_needed: z.number().int().positive().optional(),
  new_categories: z.array(z.string()).optional(),
  vanished_categories: z.array(z.string()).optional(),
  distribution: driftDistribution.optional(),
});

export const driftReportContract = z.strictObject({
  schema: z.literal(DRIFT_SCHEMA),
  model: z.string().optional(),
  reference: z.strictObject({
    /** What was given: a registry ref, a profile path, a data path. */
    source: z.string(),
    kind: z.enum(["registry", "profile", "data"]),
    rows: z.number().int().nonnegative(),
    version: z.string().optional(),
    digest: z.string().optional(),
  }),
  current: z.strictObject({
    source: z.string(),
    kind: z.enum(["data", "inference-log", "profile"]),
    rows: z.number().int().nonnegative(),
    /** ISO time window start with `--since`. */
    since: z.string().optional(),
  }),
  /** `exact` when both sides were read as data, `sketch` when either side is a profile. */
  mode: z.enum(["exact", "sketch"]),
  alpha: z.number(),
  correction: z.literal("benjamini-hochberg"),
  /** Share of columns (with a decision) that drifted, and the share at which the dataset drifts. */
  drift_share: z.number(),
  drift_share_threshold: z.number(),
  status: driftStatus,
  drifted: z.boolean(),
  drifted_columns: z.array(z.string()),
  columns: z.array(driftColumn),
  /** Columns of the data left out of the comparison, and why (the label, a datetime column, drift.columns ignore). */
  not_compared: z.array(z.strictObject({ name: z.string(), reason: z.string() })).optional(),
  /** Drift of the model's own outputs (inference log against the reference predictions). */
  prediction: driftColumn.optional(),
  /** Label-based check when labels arrived later: metric now against the one registered. */
  performance: z
    .strictObject({
      /** Served rows with a label (joined by request id and row). */
      rows: z.number().int().nonnegative(),
      /** Labels that matched no logged row (another window, another server, a typo in the ids). */
      unmatched_labels: z.number().int().nonnegative().optional(),
      metrics: z.array(
        z.strictObject({
          metric: z.string(),
          registered: z.number(),
          current: z.number(),
          diff: z.number(),
          ci_low: z.number().optional(),
          ci_high: z.number().optional(),
          degraded: z.boolean(),
        }),
      ),
      degraded: z.boolean(),
    })
    .optional(),
  generated_at: z.string(),
});

export type DriftTest = z.infer<typeof driftTest>;
export type DriftColumn = z.infer<typeof driftColumn>;
export type DriftReport = z.infer<typeof driftReportContract>;
