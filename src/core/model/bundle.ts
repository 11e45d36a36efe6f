import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { MODEL_MANIFEST_FILE, type ModelManifest, modelManifestSchema } from "../contracts/model.js";
import { MlgateError } from "../errors.js";
import { replaceDirectory, toJson } from "../io/atomic.js";
import { ensureBackend } from "./backends.js";
import { readManifest } from "./manifest.js";
import { loadOnnxScorer } from "./onnx.js";
import { encodedWidth } from "./preprocess.js";

// The manifest reader lives apart from tfjs, so commands that only read manifests (register) stay light.
export { readManifest };

/** Scores an encoded row-major matrix [rows × width]; returns [rows × outputs] row-major. */
export interface Scorer {
  readonly outputs: number;
  score(x: Float32Array, rows: number): Promise<Float32Array>;
  dispose(): void;
}

export interface ModelBundle {
  dir: string;
  manifest: ModelManifest;
  scorer: Scorer;
}

export const TFJS_MODEL_FILE = "model.json";
export const TFJS_WEIGHTS_FILE = "weights.bin";
export const ONNX_MODEL_FILE = "model.onnx";

/** Load a bundle for scoring: the manifest plus the model, on the active (or default) tfjs backend or onnxruntime. */
export async function loadModelBundle(dir: string): Promise<ModelBundle> {
  const manifest = await readManifest(dir);
  const scorer =
    manifest.format === "onnx"
      ? await loadOnnxScorer(join(dir, manifest.files[0] ?? ONNX_MODEL_FILE), manifest)
      : await loadTfjsScorer(dir, manifest);
  return { dir, manifest, scorer };
}

async function loadTfjsScorer(dir: string, manifest: ModelManifest): Promise<Scorer> {
  await ensureBackend();
  const modelFile = join(dir, TFJS_MODEL_FILE);
  let modelJson: tf.io.ModelJSON;
  let weights: Uint8Array;
  try {
    modelJson = JSON.parse(await readFile(modelFile, "utf8")) as tf.io.ModelJSON;
    const weightsPath = modelJson.weightsManifest?.[0]?.paths?.[0] ?? TFJS_WEIGHTS_FILE;
    weights = await readFile(join(dir, weightsPath));
  } catch (e) {
    throw new MlgateError(`cannot read the tfjs model in ${dir}: ${(e as Error).message}`, {
      location: { file: modelFile },
      hint: "the bundle is incomplete; copy the whole model directory",
    });
  }
  const weightSpecs = modelJson.weightsManifest.flatMap((g) => g.weights);
  const weightData = weights.buffer.slice(
    weights.byteOffset,
    weights.byteOffset + weights.byteLength,
  ) as ArrayBuffer;
  const model = await tfl.loadLayersModel(
    tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs, weightData }),
  );
  return tfjsScorer(model, encodedWidth(manifest.preprocessing), manifest.task === "classification");
}

/**
 * A scorer over an in-memory layers model (used after training and after loading). The network
 * ends in logits (the loss is computed from logits for numerical stability), so class
 * probabilities come from a softmax here.
 */
export function tfjsScorer(model: tfl.LayersModel, width: number, softmax: boolean): Scorer {
  const outShape = model.outputs[0]!.shape;
  const outputs = outShape[outShape.length - 1] ?? 1;
  const sequential = model instanceof tfl.Sequential ? model.layers : undefined;
  return {
    outputs,
    async score(x, rows) {
      const y = tf.tidy(() => {
        const input = tf.tensor2d(x, [rows, width]);
        // A Sequential model's layers are applied one after another: the same kernels, in the same
        // order, as model.predict() runs (so the same numbers bit for bit), without its per-call
        // bookkeeping, which costs a single-row call about twice the forward pass itself.
        let out: tf.Tensor = input;
        if (sequential) for (const layer of sequential) out = layer.apply(out) as tf.Tensor;
        else out = model.predict(input) as tf.Tensor;
        return softmax ? tf.softmax(out) : out;
      });
      const data = (await y.data()) as Float32Array;
      y.dispose();
      return data;
    },
    dispose() {
      model.dispose();
    },
  };
}

/** Serialise a layers model to the two files of the tfjs layers format. */
export async function tfjsModelFiles(model: tfl.LayersModel): Promise<Record<string, Uint8Array | string>> {
  let files: Record<string, Uint8Array | string> | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData;
      const bytes = new Uint8Array(
        Array.isArray(weightData)
          ? tf.io.concatenateArrayBuffers(weightData)
          : (weightData ?? new ArrayBuffer(0)),
      );
      const modelJson: tf.io.ModelJSON = {
        modelTopology: artifacts.modelTopology as object,
        format: "layers-model",
        generatedBy: artifacts.generatedBy,
        convertedBy: null,
        weightsManifest: [{ paths: [TFJS_WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
      };
      files = { [TFJS_MODEL_FILE]: toJson(modelJson), [TFJS_WEIGHTS_FILE]: bytes };
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: "JSON" } };
    }),
  );
  return files!;
}

/** The files of a bundle keyed by path, for writing together with other outputs in one writeOutputs. */
export function bundleFiles(
  dir: string,
  manifest: ModelManifest,
  modelFiles: Record<string, Uint8Array | string>,
): Record<string, Uint8Array | string> {
  const files: Record<string, Uint8Array | string> = {};
  for (const [name, data] of Object.entries(modelFiles)) files[join(dir, name)] = data;
  files[join(dir, MODEL_MANIFEST_FILE)] = toJson(modelManifestSchema.parse(manifest));
  return files;
}

/**
 * Writes a bundle in place of whatever `dir` held, all-or-nothing: the manifest and the model files
 * land together, no file of an earlier bundle survives beside them, and a failure leaves the earlier
 * bundle intact. `beside` (a report next to the bundle) is written in the same step.
 */
export async function writeModelBundle(
  dir: string,
  manifest: ModelManifest,
  modelFiles: Record<string, Uint8Array | string>,
  beside: Record<string, Uint8Array | string> = {},
): Promise<void> {
  await replaceDirectory(dir, bundleFiles(dir, manifest, modelFiles), beside);
}
