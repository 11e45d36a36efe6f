import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  require_tf_core_node
} from "./chunk-WN5546TP.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/model/backends.ts
init_esm_dirname();
var tf = __toESM(require_tf_core_node(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/core/model/runtime-packages.ts
init_esm_dirname();
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var RUNTIME_PACKAGES = {
  "onnxruntime-node": { version: "1.30.0", neededFor: "scoring an ONNX model" },
  webgpu: { version: "0.6.2", neededFor: "the webgpu backend" },
  "@tensorflow/tfjs-node": { version: "4.22.0", neededFor: "the tensorflow backend" },
  "@tensorflow/tfjs-node-gpu": { version: "4.22.0", neededFor: "the tensorflow-gpu backend" }
};
function packageSpec(name) {
  return `${name}@${RUNTIME_PACKAGES[name].version}`;
}
function trainPackages(opts) {
  if (opts.command) return ["onnxruntime-node"];
  const packages = /* @__PURE__ */ new Set();
  if (opts.tfjsNode === "gpu" || opts.backend === "tensorflow-gpu") packages.add("@tensorflow/tfjs-node-gpu");
  if (opts.tfjsNode === "cpu" || opts.backend === "tensorflow") packages.add("@tensorflow/tfjs-node");
  if (opts.backend === "webgpu" || opts.backend === "auto" && opts.gpu) packages.add("webgpu");
  return [...packages];
}
function scoringPackages(formats) {
  return formats.includes("onnx") ? ["onnxruntime-node"] : [];
}
function runtimeCacheKey(packages, host) {
  const specs = [...packages].sort().map((p) => packageSpec(p).replace(/^@/, "").replace(/\//g, "-"));
  return `mlgate-runtime-${host.platform}-${host.arch}-node-abi${host.modules}-${specs.join("+")}`;
}
function runtimeInstallDir(from = fileURLToPath(import.meta.url)) {
  let dir = dirname(from);
  for (; ; ) {
    if (basename(dir) === "dist" || existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(from);
    dir = up;
  }
}
function installCommand(packages, dir = runtimeInstallDir()) {
  const env2 = packages.includes("onnxruntime-node") ? "ONNXRUNTIME_NODE_INSTALL=skip " : "";
  return `${env2}npm install --prefix ${JSON.stringify(dir)} --no-save --no-package-lock ${packages.map(packageSpec).join(" ")}`;
}
var MissingRuntimePackage = class extends MlgateError {
  constructor(packageName, cause) {
    const { neededFor } = RUNTIME_PACKAGES[packageName];
    super(`${packageName} is not installed where mlgate runs, and ${neededFor} needs it`, {
      cause,
      hint: `install it with \`${installCommand([packageName])}\`; in GitHub Actions the kit's train and evaluate-vs-baseline actions install it when the model or backend needs it`
    });
    this.packageName = packageName;
  }
  packageName;
};
var importOptional = (specifier) => import(specifier);
async function importRuntimePackage(name) {
  try {
    return await importOptional(name);
  } catch (e) {
    const code = e?.code;
    const message = String(e?.message ?? e);
    const absent = (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && (message.includes(`'${name}'`) || message.includes(`"${name}"`) || message.includes(`${name}/`));
    if (absent) throw new MissingRuntimePackage(name, e);
    throw e;
  }
}
function linkerKnows(lib) {
  for (const dir of (process.env.LD_LIBRARY_PATH ?? "").split(":").filter(Boolean)) {
    if (existsSync(`${dir}/${lib}`)) return true;
  }
  try {
    return readFileSync("/etc/ld.so.cache").includes(lib);
  } catch {
    return true;
  }
}
function webgpuHostLikely() {
  if (process.platform !== "linux") return process.platform === "darwin" || process.platform === "win32";
  if (!linkerKnows("libvulkan.so.1")) return false;
  if (existsSync("/dev/nvidia0")) return true;
  try {
    return readdirSync("/dev/dri").some((d) => d.startsWith("renderD"));
  } catch {
    return false;
  }
}

// src/core/model/backends.ts
var AUTO_ORDER = ["tensorflow-gpu", "tensorflow", "webgpu", "wasm", "cpu"];
async function cpuName() {
  const { cpus } = await import("node:os");
  const model = cpus()[0]?.model?.trim();
  return model ? `CPU: ${model}` : "CPU";
}
function wasmDirectory() {
  for (const rel of ["./wasm/", "../wasm/"]) {
    const dir = fileURLToPath2(new URL(rel, import.meta.url));
    if (existsSync2(`${dir}tfjs-backend-wasm.wasm`)) return dir;
  }
  return void 0;
}
async function tryBackend(name) {
  switch (name) {
    case "tensorflow-gpu":
    case "tensorflow": {
      await importRuntimePackage(
        name === "tensorflow-gpu" ? "@tensorflow/tfjs-node-gpu" : "@tensorflow/tfjs-node"
      );
      if (!await tf.setBackend("tensorflow")) throw new Error("backend did not initialise");
      return name === "tensorflow-gpu" ? "GPU (CUDA via libtensorflow)" : await cpuName();
    }
    case "webgpu": {
      if (process.platform === "linux" && !linkerKnows("libvulkan.so.1")) {
        throw new Error("no Vulkan loader (libvulkan.so.1); install libvulkan1 on a GPU runner");
      }
      const webgpu = await importRuntimePackage("webgpu");
      const gpu = webgpu.create([]);
      const adapter = await gpu.requestAdapter();
      if (!adapter) {
        throw new Error(
          "no GPU adapter (needs a GPU, libvulkan1 and the driver's Vulkan ICD via VK_DRIVER_FILES)"
        );
      }
      Object.assign(globalThis, webgpu.globals);
      const nav = globalThis.navigator;
      if (nav && Object.getOwnPropertyDescriptor(globalThis, "navigator")?.configurable === false) {
        Object.defineProperty(nav, "gpu", { value: gpu, configurable: true });
      } else {
        Object.defineProperty(globalThis, "navigator", {
          value: { ...nav, gpu },
          configurable: true,
          writable: true
        });
      }
      await import("./tf-backend-webgpu.node-P4IAUNUJ.js");
      if (!await tf.setBackend("webgpu")) throw new Error("backend did not initialise");
      const info = adapter.info ?? await adapter.requestAdapterInfo?.() ?? {};
      return `GPU: ${[info.vendor, info.device || info.description].filter(Boolean).join(" ") || "WebGPU adapter"}`;
    }
    case "wasm": {
      const wasm = await import("./tf-backend-wasm.node-2NIFZEVX.js");
      const setWasmPaths = wasm.setWasmPaths ?? wasm.default?.setWasmPaths;
      const dir = wasmDirectory();
      if (dir && setWasmPaths) setWasmPaths(dir);
      if (!await tf.setBackend("wasm")) throw new Error("backend did not initialise");
      return `${await cpuName()} (wasm${await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT") ? ", SIMD" : ""})`;
    }
    case "cpu": {
      await import("./tf-backend-cpu.node-IO6HMDCM.js");
      if (!await tf.setBackend("cpu")) throw new Error("backend did not initialise");
      return await cpuName();
    }
  }
}
var current;
async function selectBackend(requested, logger) {
  if (current && (requested === "auto" || requested === current.backend) && tf.getBackend() === current.backend) {
    return current;
  }
  tf.enableProdMode();
  const order = requested === "auto" ? AUTO_ORDER : [requested];
  const skipped = [];
  let missing;
  for (const backend of order) {
    try {
      const device = await tryBackend(backend);
      current = { backend, device, skipped };
      logger?.info(`tfjs backend: ${backend} on ${device}`);
      return current;
    } catch (e) {
      const message = e?.message?.split("\n")[0] ?? String(e);
      if (e instanceof MissingRuntimePackage) missing = e;
      const reason = e instanceof MissingRuntimePackage || /Cannot find (package|module)/.test(message) ? "not installed" : message;
      skipped.push({ backend, reason });
      if (requested === "auto") logger?.info(`tfjs backend ${backend} skipped: ${reason}`);
    }
  }
  const detail = skipped.map((s) => `${s.backend}: ${s.reason}`).join("; ");
  throw new MlgateError(`tfjs backend '${requested}' is not available here (${detail})`, {
    location: { key: "train.backend" },
    hint: requested !== "auto" && missing ? `${missing.hint}${requested.startsWith("tensorflow") ? " (on Node 22, with internet access: it downloads libtensorflow)" : ""}; or use backend: wasm` : requested === "tensorflow" || requested === "tensorflow-gpu" ? "install @tensorflow/tfjs-node(-gpu) on Node 22 on a runner with internet access, or use backend: wasm" : requested === "webgpu" ? "run on a GPU runner with libvulkan1 and VK_DRIVER_FILES set (docs/gpu-runners.md), or use backend: wasm" : "use backend: auto"
  });
}
async function ensureBackend(logger) {
  if (current && tf.getBackend() === current.backend) return current;
  for (const backend of ["tensorflow", "wasm"]) {
    try {
      return await selectBackend(backend, logger);
    } catch {
    }
  }
  return selectBackend("cpu", logger);
}

export {
  packageSpec,
  trainPackages,
  scoringPackages,
  runtimeCacheKey,
  runtimeInstallDir,
  installCommand,
  MissingRuntimePackage,
  importRuntimePackage,
  webgpuHostLikely,
  AUTO_ORDER,
  selectBackend,
  ensureBackend
};
