import type { ModelManifest } from "../contracts/model.js";
import { MlgateError } from "../errors.js";
import type { Scorer } from "./bundle.js";
import { encodedWidth } from "./preprocess.js";
import { importRuntimePackage, installCommand, MissingRuntimePackage } from "./runtime-packages.js";

/**
 * Scores a bring-your-own ONNX model with onnxruntime-node (CPU). The graph takes one float32
 * input [rows × encoded width] — the bundle's preprocessing applied to the raw columns — and
 * returns class probabilities or logits [rows × classes], or values [rows] / [rows × 1].
 */

interface OrtTensor {
  data: unknown;
  dims: readonly number[];
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}
interface OrtModule {
  InferenceSession: { create(path: string): Promise<OrtSession> };
  Tensor: new (type: "float32", data: Float32Array, dims: number[]) => OrtTensor;
}

async function loadOrt(): Promise<OrtModule> {
  let mod: OrtModule & { default?: OrtModule };
  try {
    mod = await importRuntimePackage("onnxruntime-node");
  } catch (e) {
    if (e instanceof MissingRuntimePackage) throw e;
    // Installed but broken: a missing shared library, or a build for another Node ABI or CPU.
    throw new MlgateError(`onnxruntime-node is installed but does not load: ${(e as Error).message}`, {
      cause: e,
      hint: `reinstall it for this Node and platform: \`${installCommand(["onnxruntime-node"])}\``,
    });
  }
  return mod.InferenceSession ? mod : mod.default!;
}

export async function loadOnnxScorer(
  path: string,
  manifest: Pick<ModelManifest, "task" | "classes" | "preprocessing" | "onnx">,
): Promise<Scorer> {
  const ort = await loadOrt();
  let session: OrtSession;
  try {
    session = await ort.InferenceSession.create(path);
  } catch (e) {
    throw new MlgateError(`cannot load ONNX model ${path}: ${(e as Error).message}`, {
      location: { file: path },
      hint: "export the model with torch.onnx.export (or another ONNX exporter) into $MLGATE_OUTPUT/model.onnx",
    });
  }
  const input = manifest.onnx?.input ?? session.inputNames[0]!;
  const output = manifest.onnx?.output ?? session.outputNames[0]!;
  const kind =
    manifest.onnx?.output_kind ?? (manifest.task === "classification" ? "probabilities" : "values");
  const width = encodedWidth(manifest.preprocessing);
  const outputs = manifest.task === "classification" ? (manifest.classes?.length ?? 0) : 1;
  return {
    outputs,
    async score(x, rows) {
      let result: Record<string, OrtTensor>;
      try {
        result = await session.run({ [input]: new ort.Tensor("float32", x, [rows, width]) });
      } catch (e) {
        throw new MlgateError(
          `ONNX model ${path} failed on a [${rows} × ${width}] float32 input: ${(e as Error).message}`,
          {
            location: { file: path },
            hint: `the graph must take one float32 input [rows × ${width}] (the encoded features the bundle's preprocessing produces)`,
          },
        );
      }
      const out = result[output];
      if (!out)
        throw new MlgateError(`ONNX model ${path} has no output '${output}'`, { location: { file: path } });
      const data = Float32Array.from(out.data as ArrayLike<number>);
      if (data.length !== rows * outputs) {
        throw new MlgateError(
          `ONNX model ${path} returned ${data.length} numbers for ${rows} rows; expected ${rows * outputs} (${outputs} per row)`,
          {
            location: { file: path },
            hint:
              manifest.task === "classification"
                ? `the output must be [rows × ${outputs}], one column per class in the order of manifest.classes`
                : "the output must be [rows] or [rows × 1]",
          },
        );
      }
      if (kind === "logits") softmaxRows(data, outputs);
      if (kind === "probabilities") checkProbabilities(data, outputs, path);
      return data;
    },
    dispose() {
      void session.release();
    },
  };
}

function softmaxRows(data: Float32Array, k: number): void {
  for (let r = 0; r < data.length; r += k) {
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, data[r + j]!);
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp(data[r + j]! - max);
      data[r + j] = e;
      sum += e;
    }
    for (let j = 0; j < k; j++) data[r + j] = data[r + j]! / sum;
  }
}

function checkProbabilities(data: Float32Array, k: number, path: string): void {
  for (let r = 0; r < data.length; r += k) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += data[r + j]!;
    if (!(Math.abs(sum - 1) < 1e-3)) {
      throw new MlgateError(
        `ONNX model ${path}: row ${r / k + 1} of the output sums to ${sum}, so it is not class probabilities`,
        {
          location: { file: path },
          hint: 'end the exported model with a softmax, or set onnx.output_kind: "logits" in mlgate-model.json',
        },
      );
    }
  }
}
