import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { register } from "../../src/commands/register.js";
import { planRuntime, type RuntimeHost } from "../../src/commands/runtime-packages.js";
import { parseConfig } from "../../src/core/config/load.js";
import { isMlgateError, type MlgateError } from "../../src/core/errors.js";
import { selectBackend } from "../../src/core/model/backends.js";
import {
  importRuntimePackage,
  installCommand,
  MissingRuntimePackage,
  RUNTIME_PACKAGES,
  runtimeCacheKey,
  runtimeInstallDir,
  scoringPackages,
  trainPackages,
} from "../../src/core/model/runtime-packages.js";
import { silentLogger } from "../../src/core/ports.js";
import { DirRegistry, registryChampion } from "../../src/local/registry.js";
import { writeShapesBundle } from "../registry/bundle.js";
import { scratch } from "./helpers.js";

const ROOT = resolve(import.meta.dirname, "../..");
const tmp = scratch();
const noGpu: RuntimeHost = { platform: "linux", arch: "x64", modules: "137", gpu: false };
const withGpu: RuntimeHost = { ...noGpu, gpu: true };

describe("which native packages a step needs", () => {
  it("training: none for wasm and cpu, webgpu for webgpu, tfjs-node for the tensorflow backends", () => {
    expect(trainPackages({ backend: "wasm", gpu: true })).toEqual([]);
    expect(trainPackages({ backend: "cpu", gpu: true })).toEqual([]);
    expect(trainPackages({ backend: "webgpu", gpu: false })).toEqual(["webgpu"]);
    expect(trainPackages({ backend: "tensorflow", gpu: false })).toEqual(["@tensorflow/tfjs-node"]);
    expect(trainPackages({ backend: "tensorflow-gpu", gpu: false })).toEqual(["@tensorflow/tfjs-node-gpu"]);
  });

  it("training on auto: webgpu only where a GPU is, tfjs-node only when asked for", () => {
    expect(trainPackages({ backend: "auto", gpu: false })).toEqual([]);
    expect(trainPackages({ backend: "auto", gpu: true })).toEqual(["webgpu"]);
    expect(trainPackages({ backend: "auto", gpu: false, tfjsNode: "cpu" })).toEqual([
      "@tensorflow/tfjs-node",
    ]);
    expect(trainPackages({ backend: "auto", gpu: true, tfjsNode: "gpu" })).toEqual([
      "@tensorflow/tfjs-node-gpu",
      "webgpu",
    ]);
  });

  it("training with train.command: onnxruntime-node (mlgate scores its ONNX model), no tfjs backend", () => {
    expect(trainPackages({ backend: "webgpu", command: "python train.py", gpu: true })).toEqual([
      "onnxruntime-node",
    ]);
  });

  it("scoring: onnxruntime-node when any model is ONNX, nothing for tfjs bundles", () => {
    expect(scoringPackages(["tfjs-layers", "tfjs-layers"])).toEqual([]);
    expect(scoringPackages(["tfjs-layers", "onnx"])).toEqual(["onnxruntime-node"]);
    expect(scoringPackages([])).toEqual([]);
  });

  it("pins the versions the kit is developed against", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      optionalDependencies: Record<string, string>;
    };
    for (const name of ["onnxruntime-node", "webgpu"] as const) {
      expect(pkg.optionalDependencies[name]).toBe(`^${RUNTIME_PACKAGES[name].version}`);
    }
  });

  it("keys the cache on the packages and versions, OS, CPU and Node ABI", () => {
    const key = runtimeCacheKey(["webgpu", "@tensorflow/tfjs-node-gpu"], noGpu);
    expect(key).toBe("mlgate-runtime-linux-x64-node-abi137-tensorflow-tfjs-node-gpu@4.22.0+webgpu@0.6.2");
    // Order does not matter; another ABI or architecture is another key.
    expect(runtimeCacheKey(["@tensorflow/tfjs-node-gpu", "webgpu"], noGpu)).toBe(key);
    expect(runtimeCacheKey(["webgpu"], { ...noGpu, modules: "127" })).not.toBe(
      runtimeCacheKey(["webgpu"], noGpu),
    );
    expect(runtimeCacheKey(["webgpu"], { ...noGpu, arch: "arm64" })).not.toBe(
      runtimeCacheKey(["webgpu"], noGpu),
    );
  });

  it("installs where the bundled code resolves them: dist/ for the bundle, the project root from source", () => {
    expect(runtimeInstallDir("/kit/dist/chunks/chunk-ABC.js")).toBe("/kit/dist");
    expect(runtimeInstallDir("/kit/dist/runtime-packages.js")).toBe("/kit/dist");
    expect(runtimeInstallDir(join(ROOT, "src/core/model/runtime-packages.ts"))).toBe(ROOT);
    expect(installCommand(["onnxruntime-node"], "/kit/dist")).toBe(
      'ONNXRUNTIME_NODE_INSTALL=skip npm install --prefix "/kit/dist" --no-save --no-package-lock onnxruntime-node@1.30.0',
    );
  });
});

describe("loading an optional package", () => {
  it("a missing one is a user error naming the package, what needs it and how to install it", async () => {
    // Not installed in the development tree: tfjs-node needs libtensorflow from the internet.
    const e = await importRuntimePackage("@tensorflow/tfjs-node-gpu").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MissingRuntimePackage);
    expect(isMlgateError(e)).toBe(true);
    const err = e as MissingRuntimePackage;
    expect(err.message).toBe(
      "@tensorflow/tfjs-node-gpu is not installed where mlgate runs, and the tensorflow-gpu backend needs it",
    );
    expect(err.hint).toContain(
      `npm install --prefix "${ROOT}" --no-save --no-package-lock @tensorflow/tfjs-node-gpu@4.22.0`,
    );
  });

  it("a named backend whose package is missing names the install command in its hint", async () => {
    const e = (await selectBackend("tensorflow").catch((x: unknown) => x)) as MlgateError;
    expect(e.message).toBe("tfjs backend 'tensorflow' is not available here (tensorflow: not installed)");
    expect(e.hint).toBe(
      `install it with \`npm install --prefix "${ROOT}" --no-save --no-package-lock @tensorflow/tfjs-node@4.22.0\`; ` +
        "in GitHub Actions the kit's train and evaluate-vs-baseline actions install it when the model or backend needs it" +
        " (on Node 22, with internet access: it downloads libtensorflow); or use backend: wasm",
    );
  });

  it("an installed one loads", async () => {
    const ort = await importRuntimePackage<{ InferenceSession?: unknown }>("onnxruntime-node");
    expect(ort.InferenceSession).toBeDefined();
  });
});

describe("planRuntime", () => {
  const config = (yaml: string) => ({
    config: parseConfig(`model: { name: m, task: classification, label: y }\n${yaml}`),
    file: undefined,
    dir: "/nowhere",
  });

  it("training: the backend input wins over train.backend, which wins over auto", async () => {
    expect((await planRuntime(config("train: { backend: wasm }"), { for: "train" }, withGpu)).specs).toEqual(
      [],
    );
    expect(
      (await planRuntime(config("train: { backend: wasm }"), { for: "train", backend: "webgpu" }, noGpu))
        .specs,
    ).toEqual(["webgpu@0.6.2"]);
    expect((await planRuntime(undefined, { for: "train" }, withGpu)).specs).toEqual(["webgpu@0.6.2"]);
    expect((await planRuntime(undefined, { for: "train" }, noGpu)).specs).toEqual([]);
    const byo = await planRuntime(config('train: { command: "python train.py" }'), { for: "train" }, noGpu);
    expect(byo.specs).toEqual(["onnxruntime-node@1.30.0"]);
    expect(byo.key).toBe("mlgate-runtime-linux-x64-node-abi137-onnxruntime-node@1.30.0");
    expect(byo.dir).toBe(ROOT);
  });

  it("training: rejects an unknown backend or tfjs-node value with the accepted ones", async () => {
    const bad = await planRuntime(undefined, { for: "train", backend: "cuda" }, noGpu).catch(
      (e: unknown) => e,
    );
    expect((bad as Error).message).toBe(
      "backend must be auto, tensorflow-gpu, tensorflow, webgpu, wasm, cpu; got 'cuda'",
    );
    const tf = await planRuntime(undefined, { for: "train", tfjsNode: "yes" }, noGpu).catch(
      (e: unknown) => e,
    );
    expect((tf as Error).message).toBe("input 'tfjs-node' must be gpu, cpu or empty, got 'yes'");
  });

  it("scoring: onnxruntime-node when the candidate, or the baseline named in mlgate.yml, is an ONNX bundle", async () => {
    const dir = await tmp();
    const bundle = async (name: string, format: string) => {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, "mlgate-model.json"), JSON.stringify({ format }));
      return join(dir, name);
    };
    const tfjs = await bundle("tfjs", "tfjs-layers");
    const onnx = await bundle("onnx", "onnx");
    expect((await planRuntime(undefined, { for: "score", models: [tfjs] }, noGpu)).specs).toEqual([]);
    expect((await planRuntime(undefined, { for: "score", models: [tfjs, onnx] }, noGpu)).specs).toEqual([
      "onnxruntime-node@1.30.0",
    ]);
    // Predictions files and paths that do not exist need nothing (evaluate reports those itself).
    expect(
      (await planRuntime(undefined, { for: "score", models: [join(dir, "p.csv"), join(dir, "nope")] }, noGpu))
        .specs,
    ).toEqual([]);
    const withBaseline = { ...config("evaluate: { baseline: onnx }"), dir };
    expect((await planRuntime(withBaseline, { for: "score", models: [tfjs] }, noGpu)).specs).toEqual([
      "onnxruntime-node@1.30.0",
    ]);
  });

  it("scoring: onnxruntime-node when the registry's champion, the baseline by default, is ONNX", async () => {
    const dir = await tmp();
    const registry = new DirRegistry(join(dir, "registry"));
    const champion = registryChampion(registry);
    await mkdir(join(dir, "tfjs"));
    await writeFile(
      join(dir, "tfjs", "mlgate-model.json"),
      JSON.stringify({ name: "shapes", format: "tfjs-layers" }),
    );
    const plan = () => planRuntime(undefined, { for: "score", models: [join(dir, "tfjs")], champion }, noGpu);
    // No champion yet: nothing to plan for.
    expect((await plan()).specs).toEqual([]);
    await register(
      undefined,
      { model: await writeShapesBundle(join(dir, "onnx")), allowUngated: true, stage: "champion" },
      { registry, logger: silentLogger, env: {} },
    );
    expect((await plan()).specs).toEqual(["onnxruntime-node@1.30.0"]);
    // A baseline in mlgate.yml comes first in evaluate, so the champion is not asked.
    const withBaseline = { ...config("evaluate: { baseline: tfjs }"), dir };
    expect(
      (await planRuntime(withBaseline, { for: "score", models: [join(dir, "tfjs")], champion }, noGpu)).specs,
    ).toEqual([]);
  });
});
