import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  discriminatedUnion,
  literal,
  number,
  record,
  strictObject,
  string,
  unknown
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/model.ts
init_esm_dirname();
var MODEL_MANIFEST_FILE = "mlgate-model.json";
var MODEL_SCHEMA = "mlgate/model@1";
var numericFeature = strictObject({
  name: string(),
  kind: literal("numeric"),
  /** Train median, used for missing values. */
  median: number(),
  /** Mean and standard deviation of the imputed train values (population std; 1 when constant). */
  mean: number(),
  std: number().positive(),
  /** Whether a 0/1 "was missing" column follows the value (only when train had missing values). */
  missing_indicator: boolean()
});
var categoricalFeature = strictObject({
  name: string(),
  kind: literal("categorical"),
  /** Categories seen in train, sorted; one column each, then one unknown bucket (unseen or missing). */
  categories: array(string())
});
var featureEncoding = discriminatedUnion("kind", [numericFeature, categoricalFeature]);
var preprocessingSchema = strictObject({
  /** In input order; the encoded matrix concatenates each feature's columns in this order. */
  features: array(featureEncoding),
  /** Regression target scaling: the network predicts (y - mean) / std. */
  target: strictObject({ mean: number(), std: number().positive() }).optional()
});
var dataDigest = strictObject({
  path: string(),
  sha256: string().regex(/^[0-9a-f]{64}$/),
  rows: number().int().nonnegative()
});
var modelManifestSchema = strictObject({
  schema: literal(MODEL_SCHEMA),
  name: string(),
  task: _enum(["classification", "regression"]),
  label: string(),
  /** Feature columns as read from the data, with the type they had. */
  features: array(strictObject({ name: string(), type: _enum(["int", "float", "bool", "string"]) })),
  /** Class labels in the order of the model's outputs (classification). */
  classes: array(string()).optional(),
  preprocessing: preprocessingSchema,
  framework: _enum(["tfjs", "onnx"]),
  format: _enum(["tfjs-layers", "onnx"]),
  /** Model files relative to the bundle directory. */
  files: array(string()).min(1),
  /** ONNX only: what the graph's output holds. */
  onnx: strictObject({
    input: string().optional(),
    output: string().optional(),
    output_kind: _enum(["probabilities", "logits", "values"])
  }).optional(),
  backend: string(),
  device: string(),
  samples_per_second: number().nonnegative().optional(),
  seed: number().int(),
  hyperparameters: record(string(), unknown()),
  data: strictObject({ train: dataDigest, test: dataDigest.optional() }),
  git_sha: string().optional(),
  created_at: string(),
  metrics: record(string(), number())
});

export {
  MODEL_MANIFEST_FILE,
  MODEL_SCHEMA,
  modelManifestSchema
};
