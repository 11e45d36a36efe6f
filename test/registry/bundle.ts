import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ModelManifest, modelManifestSchema } from "../../src/core/contracts/model.js";

/** The ONNX model made by scripts/fixtures/onnx_model.py, with its preprocessing and classes. */
export const ONNX_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/model/onnx");
const expected = JSON.parse(await readFile(join(ONNX_FIXTURE, "expected.json"), "utf8")) as {
  classes: string[];
  preprocessing: ModelManifest["preprocessing"]["features"];
};

/** A scorable bundle of the fixture model; `change` edits the manifest (another seed, more classes…). */
export async function writeShapesBundle(
  dir: string,
  change: (m: ModelManifest) => void = () => {},
): Promise<string> {
  const manifest: ModelManifest = {
    schema: "mlgate/model@1",
    name: "shapes",
    task: "classification",
    label: "kind",
    features: [
      { name: "size", type: "float" },
      { name: "weight", type: "float" },
      { name: "color", type: "string" },
    ],
    classes: expected.classes,
    preprocessing: { features: expected.preprocessing },
    framework: "onnx",
    format: "onnx",
    files: ["model.onnx"],
    backend: "onnxruntime",
    device: "cpu",
    seed: 11,
    hyperparameters: {},
    data: {
      train: { path: "train.csv", sha256: "a".repeat(64), rows: 90 },
      test: { path: "test.csv", sha256: "b".repeat(64), rows: 24 },
    },
    git_sha: "0123456789abcdef0123456789abcdef01234567",
    created_at: "2026-01-01T00:00:00.000Z",
    metrics: {},
  };
  change(manifest);
  await mkdir(dir, { recursive: true });
  await copyFile(join(ONNX_FIXTURE, "model.onnx"), join(dir, "model.onnx"));
  await writeFile(
    join(dir, "mlgate-model.json"),
    `${JSON.stringify(modelManifestSchema.parse(manifest), null, 2)}\n`,
  );
  return dir;
}
