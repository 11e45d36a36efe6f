import * as z from "zod";

/**
 * The model bundle manifest (`mlgate-model.json`, `"schema": "mlgate/model@1"`): everything a
 * later step needs to score the model exactly as it was trained — the feature schema, the fitted
 * preprocessing, the classes — plus the lineage that register and the model card show.
 */
export const MODEL_MANIFEST_FILE = "mlgate-model.json";
export const MODEL_SCHEMA = "mlgate/model@1";

const numericFeature = z.strictObject({
  name: z.string(),
  kind: z.literal("numeric"),
  /** Train median, used for missing values. */
  median: z.number(),
  /** Mean and standard deviation of the imputed train values (population std; 1 when constant). */
  mean: z.number(),
  std: z.number().positive(),
  /** Whether a 0/1 "was missing" column follows the value (only when train had missing values). */
  missing_indicator: z.boolean(),
});

const categoricalFeature = z.strictObject({
  name: z.string(),
  kind: z.literal("categorical"),
  /** Categories seen in train, sorted; one column each, then one unknown bucket (unseen or missing). */
  categories: z.array(z.string()),
});

export const featureEncoding = z.discriminatedUnion("kind", [numericFeature, categoricalFeature]);
export type FeatureEncoding = z.infer<typeof featureEncoding>;

export const preprocessingSchema = z.strictObject({
  /** In input order; the encoded matrix concatenates each feature's columns in this order. */
  features: z.array(featureEncoding),
  /** Regression target scaling: the network predicts (y - mean) / std. */
  target: z.strictObject({ mean: z.number(), std: z.number().positive() }).optional(),
});
export type Preprocessing = z.infer<typeof preprocessingSchema>;

const dataDigest = z.strictObject({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().nonnegative(),
});

export const modelManifestSchema = z.strictObject({
  schema: z.literal(MODEL_SCHEMA),
  name: z.string(),
  task: z.enum(["classification", "regression"]),
  label: z.string(),
  /** Feature columns as read from the data, with the type they had. */
  features: z.array(z.strictObject({ name: z.string(), type: z.enum(["int", "float", "bool", "string"]) })),
  /** Class labels in the order of the model's outputs (classification). */
  classes: z.array(z.string()).optional(),
  preprocessing: preprocessingSchema,
  framework: z.enum(["tfjs", "onnx"]),
  format: z.enum(["tfjs-layers", "onnx"]),
  /** Model files relative to the bundle directory. */
  files: z.array(z.string()).min(1),
  /** ONNX only: what the graph's output holds. */
  onnx: z
    .strictObject({
      input: z.string().optional(),
      output: z.string().optional(),
      output_kind: z.enum(["probabilities", "logits", "values"]),
    })
    .optional(),
  backend: z.string(),
  device: z.string(),
  samples_per_second: z.number().nonnegative().optional(),
  seed: z.number().int(),
  hyperparameters: z.record(z.string(), z.unknown()),
  data: z.strictObject({ train: dataDigest, test: dataDigest.optional() }),
  git_sha: z.string().optional(),
  created_at: z.string(),
  metrics: z.record(z.string(), z.number()),
});
export type ModelManifest = z.infer<typeof modelManifestSchema>;
