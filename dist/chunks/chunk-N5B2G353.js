import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-SGGMRL24.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/model.ts
init_esm_dirname();
var MODEL_MANIFEST_FILE = "mlgate-model.json";
var MODEL_SCHEMA = "mlgate/model@1";
var numericFeature = external_exports.strictObject({
  name: external_exports.string(),
  kind: external_exports.literal("numeric"),
  /** Train median, used for missing values. */
  median: external_exports.number(),
  /** Mean and standard deviation of the imputed train values (population std; 1 when constant). */
  mean: external_exports.number(),
  std: external_exports.number().positive(),
  /** Whether a 0/1 "was missing" column follows the value (only when train had missing values). */
  missing_indicator: external_exports.boolean()
});
var categoricalFeature = external_exports.strictObject({
  name: external_exports.string(),
  kind: external_exports.literal("categorical"),
  /** Categories seen in train, sorted; one column each, then one unknown bucket (unseen or missing). */
  categories: external_exports.array(external_exports.string())
});
var featureEncoding = external_exports.discriminatedUnion("kind", [numericFeature, categoricalFeature]);
var preprocessingSchema = external_exports.strictObject({
  /** In input order; the encoded matrix concatenates each feature's columns in this order. */
  features: external_exports.array(featureEncoding),
  /** Regression target scaling: the network predicts (y - mean) / std. */
  target: external_exports.strictObject({ mean: external_exports.number(), std: external_exports.number().positive() }).optional()
});
var dataDigest = external_exports.strictObject({
  path: external_exports.string(),
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/),
  rows: external_exports.number().int().nonnegative()
});
var modelManifestSchema = external_exports.strictObject({
  schema: external_exports.literal(MODEL_SCHEMA),
  name: external_exports.string(),
  task: external_exports.enum(["classification", "regression"]),
  label: external_exports.string(),
  /** Feature columns as read from the data, with the type they had. */
  features: external_exports.array(external_exports.strictObject({ name: external_exports.string(), type: external_exports.enum(["int", "float", "bool", "string"]) })),
  /** Class labels in the order of the model's outputs (classification). */
  classes: external_exports.array(external_exports.string()).optional(),
  preprocessing: preprocessingSchema,
  framework: external_exports.enum(["tfjs", "onnx"]),
  format: external_exports.enum(["tfjs-layers", "onnx"]),
  /** Model files relative to the bundle directory. */
  files: external_exports.array(external_exports.string()).min(1),
  /** ONNX only: what the graph's output holds. */
  onnx: external_exports.strictObject({
    input: external_exports.string().optional(),
    output: external_exports.string().optional(),
    output_kind: external_exports.enum(["probabilities", "logits", "values"])
  }).optional(),
  backend: external_exports.string(),
  device: external_exports.string(),
  samples_per_second: external_exports.number().nonnegative().optional(),
  seed: external_exports.number().int(),
  hyperparameters: external_exports.record(external_exports.string(), external_exports.unknown()),
  data: external_exports.strictObject({ train: dataDigest, test: dataDigest.optional() }),
  git_sha: external_exports.string().optional(),
  created_at: external_exports.string(),
  metrics: external_exports.record(external_exports.string(), external_exports.number())
});

export {
  MODEL_MANIFEST_FILE,
  MODEL_SCHEMA,
  modelManifestSchema
};
