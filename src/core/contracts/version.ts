import * as z from "zod";
import { comparison } from "./evaluation.js";
import { profileContract } from "./profile.js";

/**
 * The registry's records. A version record (`mlgate/version@1`) is written once, when the version
 * is registered, and never changed: what can change about a version (the aliases pointing at it,
 * its deprecation) lives in the append-only event history (`mlgate/registry-event@1`).
 */
export const VERSION_SCHEMA = "mlgate/version@1";
export const REGISTRY_EVENT_SCHEMA = "mlgate/registry-event@1";

/** Model and alias names: the model.name alphabet of mlgate.yml; no '@', '#' or '!' (the tag grammar's separators). */
export const REGISTRY_NAME = /^[a-z0-9][a-z0-9._-]*$/;
const name = z.string().regex(REGISTRY_NAME, "lowercase letters, digits, '.', '_' or '-'");
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** `sha256:<hex>` over the canonical file listing (src/core/registry/digest.ts). */
export const bundleDigest = z.string().regex(/^sha256:[0-9a-f]{64}$/);

const dataDigest = z.strictObject({
  path: z.string(),
  sha256,
  rows: z.number().int().nonnegative(),
});

const metricWithInterval = z.strictObject({
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
});

/** The evaluation a version passed (or was registered without, when ungated). */
export const versionEvaluation = z.strictObject({
  /** sha256 of the evaluation.json file's bytes. */
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  verdict: z.enum(["pass", "fail", "inconclusive"]),
  summary: z.string(),
  rows: z.number().int().nonnegative(),
  first_model: z.boolean(),
  /** Candidate metrics with their bootstrap confidence intervals. */
  metrics: z.record(z.string(), metricWithInterval),
  /** The gated comparisons with the baseline: Δ and its confidence interval. */
  comparisons: z.array(
    // The evaluation's own comparison fields, less its test details and reasons.
    z.strictObject(
      comparison.pick({
        metric: true,
        candidate: true,
        baseline: true,
        diff: true,
        ci_low: true,
        ci_high: true,
        p_value: true,
        verdict: true,
      }).shape,
    ),
  ),
  baseline: z
    .strictObject({
      source: z.string(),
      digest: bundleDigest.optional(),
      /** The registered version with that digest, when the baseline was one. */
      version: z.string().optional(),
    })
    .optional(),
});

/**
 * Golden rows: a few rows of the evaluation data with the predictions the bundle made for them at
 * registration (the same scoring code as `mlgate predict`). Deploy sends them to the served
 * version and requires the same answers back, so a server that loads another model, reorders the
 * classes or preprocesses differently is caught before it takes traffic.
 */
export const goldenSchema = z.strictObject({
  /** The data file the rows were taken from, as given. */
  source: z.string(),
  /** Feature values per row, by feature name (rows with a missing feature value are not chosen). */
  rows: z.array(z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]))).min(1),
  /** Per row: the label and class probabilities (in `classes` order), or the value. */
  predictions: z.array(
    z.union([
      z.strictObject({ label: z.string(), proba: z.array(z.number()) }),
      z.strictObject({ value: z.number() }),
    ]),
  ),
});
export type Golden = z.infer<typeof goldenSchema>;

export const versionRecordSchema = z.strictObject({
  schema: z.literal(VERSION_SCHEMA),
  name,
  /** SemVer 2.0 without the leading `v`. */
  version: z.string(),
  /** The GTO registration tag, `<name>@v<version>`. */
  tag: z.string(),
  digest: bundleDigest,
  files: z.array(z.strictObject({ path: z.string(), sha256, bytes: z.number().int().nonnegative() })).min(1),
  /** What the semver rules compare between versions. */
  task: z.enum(["classification", "regression"]),
  classes: z.array(z.string()).optional(),
  features: z.array(z.strictObject({ name: z.string(), type: z.string() })),
  /** How the number was chosen: `first`, `patch`, `minor`, `major` (auto) or `explicit`. */
  bump: z.strictObject({
    rule: z.enum(["first", "patch", "minor", "major", "explicit"]),
    reason: z.string(),
  }),
  /** `passed`: registered with a passing evaluation of this exact digest; `ungated`: --allow-ungated. */
  gate: z.strictObject({ status: z.enum(["passed", "ungated"]), reason: z.string() }),
  lineage: z.strictObject({
    git_commit: z.string().optional(),
    workflow_run_url: z.string().optional(),
    actor: z.string().optional(),
    data: z.strictObject({ train: dataDigest, test: dataDigest.optional() }),
    evaluation: versionEvaluation.optional(),
  }),
  /**
   * The training data's profile (mlgate/profile@1, from validate-data), the reference drift-check
   * compares serving data with. Kept in the record, not in the bundle, so the bundle digest the
   * gate bound stays the digest of what was evaluated.
   */
  profile: profileContract.optional(),
  /**
   * The profile of the model's own predictions on the evaluation rows (one column,
   * `_mlgate_prediction`): drift-check's reference for prediction drift of an inference log.
   */
  predictions: profileContract.optional(),
  /** Rows with their registered predictions, deploy's smoke test; absent in records made before it. */
  golden: goldenSchema.optional(),
  created_at: z.string(),
});
export type VersionRecord = z.infer<typeof versionRecordSchema>;

/**
 * One entry of a model's history, numbered from 1 without gaps. `assign` moves an alias and
 * records the version it held before (null: it was new); `deprecate` marks a version.
 */
export const registryEventSchema = z.strictObject({
  schema: z.literal(REGISTRY_EVENT_SCHEMA),
  seq: z.number().int().positive(),
  name,
  kind: z.enum(["assign", "deprecate"]),
  version: z.string(),
  alias: name.optional(),
  previous: z.string().nullable().optional(),
  actor: z.string(),
  at: z.string(),
  why: z.string(),
});
export type RegistryEvent = z.infer<typeof registryEventSchema>;
