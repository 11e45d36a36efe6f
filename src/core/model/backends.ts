import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs-core";
import { MlgateError } from "../errors.js";
import type { Logger } from "../ports.js";
import { importRuntimePackage, linkerKnows, MissingRuntimePackage } from "./runtime-packages.js";

/**
 * tfjs backends, tried in order of speed. Each optional package is imported only when tried, so a
 * runner without it (tfjs-node needs libtensorflow and Node ≤ 22; webgpu needs a GPU with a Vulkan
 * driver) skips it with a logged reason instead of failing.
 */
export type BackendName = "tensorflow-gpu" | "tensorflow" | "webgpu" | "wasm" | "cpu";
export const AUTO_ORDER: BackendName[] = ["tensorflow-gpu", "tensorflow", "webgpu", "wasm", "cpu"];

export interface BackendChoice {
  backend: BackendName;
  /** Human-readable device: GPU adapter name, or the CPU model. */
  device: string;
  /** Why each faster backend was passed over. */
  skipped: { backend: BackendName; reason: string }[];
}

async function cpuName(): Promise<string> {
  const { cpus } = await import("node:os");
  const model = cpus()[0]?.model?.trim();
  return model ? `CPU: ${model}` : "CPU";
}

/**
 * Where the wasm binaries are. In the built bundle they sit in dist/wasm beside the entry files
 * (chunks live one level deeper); from source the package finds its own.
 */
function wasmDirectory(): string | undefined {
  for (const rel of ["./wasm/", "../wasm/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}tfjs-backend-wasm.wasm`)) return dir;
  }
  return undefined;
}

async function tryBackend(name: BackendName): Promise<string> {
  switch (name) {
    case "tensorflow-gpu":
    case "tensorflow": {
      await importRuntimePackage(
        name === "tensorflow-gpu" ? "@tensorflow/tfjs-node-gpu" : "@tensorflow/tfjs-node",
      );
      if (!(await tf.setBackend("tensorflow"))) throw new Error("backend did not initialise");
      return name === "tensorflow-gpu" ? "GPU (CUDA via libtensorflow)" : await cpuName();
    }
    case "webgpu": {
      // Dawn prints a native warning when it cannot load the Vulkan loader; ask the linker first.
      if (process.platform === "linux" && !linkerKnows("libvulkan.so.1")) {
        throw new Error("no Vulkan loader (libvulkan.so.1); install libvulkan1 on a GPU runner");
      }
      const webgpu = await importRuntimePackage<{
        create: (flags: string[]) => { requestAdapter(): Promise<GpuAdapterLike | null> };
        globals: Record<string, unknown>;
      }>("webgpu");
      const gpu = webgpu.create([]);
      const adapter = await gpu.requestAdapter();
      if (!adapter) {
        throw new Error(
          "no GPU adapter (needs a GPU, libvulkan1 and the driver's Vulkan ICD via VK_DRIVER_FILES)",
        );
      }
      // The tfjs webgpu backend looks for navigator.gpu and the WebGPU globals when it is imported.
      Object.assign(globalThis, webgpu.globals);
      const nav = (globalThis as { navigator?: object }).navigator;
      if (nav && Object.getOwnPropertyDescriptor(globalThis, "navigator")?.configurable === false) {
        Object.defineProperty(nav, "gpu", { value: gpu, configurable: true });
      } else {
        Object.defineProperty(globalThis, "navigator", {
          value: { ...nav, gpu },
          configurable: true,
          writable: true,
        });
      }
      await import("@tensorflow/tfjs-backend-webgpu");
      if (!(await tf.setBackend("webgpu"))) throw new Error("backend did not initialise");
      const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
      return `GPU: ${[info.vendor, info.device || info.description].filter(Boolean).join(" ") || "WebGPU adapter"}`;
    }
    case "wasm": {
      // A bundled CommonJS module may arrive as the default export.
      const wasm = (await import(
        "@tensorflow/tfjs-backend-wasm"
      )) as typeof import("@tensorflow/tfjs-backend-wasm") & {
        default?: typeof import("@tensorflow/tfjs-backend-wasm");
      };
      const setWasmPaths = wasm.setWasmPaths ?? wasm.default?.setWasmPaths;
      const dir = wasmDirectory();
      if (dir && setWasmPaths) setWasmPaths(dir);
      if (!(await tf.setBackend("wasm"))) throw new Error("backend did not initialise");
      return `${await cpuName()} (wasm${(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT")) ? ", SIMD" : ""})`;
    }
    case "cpu": {
      await import("@tensorflow/tfjs-backend-cpu");
      if (!(await tf.setBackend("cpu"))) throw new Error("backend did not initialise");
      return await cpuName();
    }
  }
}

interface GpuAdapterInfo {
  vendor?: string;
  device?: string;
  description?: string;
}
interface GpuAdapterLike {
  info?: GpuAdapterInfo;
  /** Older WebGPU implementations. */
  requestAdapterInfo?(): Promise<GpuAdapterInfo>;
}

let current: BackendChoice | undefined;

/** Select a backend: `auto` takes the first that loads; a named one must load or it is an error. */
export async function selectBackend(
  requested: "auto" | BackendName,
  logger?: Logger,
): Promise<BackendChoice> {
  if (
    current &&
    (requested === "auto" || requested === current.backend) &&
    tf.getBackend() === current.backend
  ) {
    return current;
  }
  // Production mode: no debug checks, and no "install tfjs-node" banner on stdout from the cpu backend.
  tf.enableProdMode();
  const order = requested === "auto" ? AUTO_ORDER : [requested];
  const skipped: BackendChoice["skipped"] = [];
  let missing: MissingRuntimePackage | undefined;
  for (const backend of order) {
    try {
      const device = await tryBackend(backend);
      current = { backend, device, skipped };
      logger?.info(`tfjs backend: ${backend} on ${device}`);
      return current;
    } catch (e) {
      const message = (e as Error)?.message?.split("\n")[0] ?? String(e);
      if (e instanceof MissingRuntimePackage) missing = e;
      const reason =
        e instanceof MissingRuntimePackage || /Cannot find (package|module)/.test(message)
          ? "not installed"
          : message;
      skipped.push({ backend, reason });
      if (requested === "auto") logger?.info(`tfjs backend ${backend} skipped: ${reason}`);
    }
  }
  const detail = skipped.map((s) => `${s.backend}: ${s.reason}`).join("; ");
  throw new MlgateError(`tfjs backend '${requested}' is not available here (${detail})`, {
    location: { key: "train.backend" },
    hint:
      requested !== "auto" && missing
        ? `${missing.hint}${requested.startsWith("tensorflow") ? " (on Node 22, with internet access: it downloads libtensorflow)" : ""}; or use backend: wasm`
        : requested === "tensorflow" || requested === "tensorflow-gpu"
          ? "install @tensorflow/tfjs-node(-gpu) on Node 22 on a runner with internet access, or use backend: wasm"
          : requested === "webgpu"
            ? "run on a GPU runner with libvulkan1 and VK_DRIVER_FILES set (docs/gpu-runners.md), or use backend: wasm"
            : "use backend: auto",
  });
}

/**
 * For scoring: keep whatever backend is active, else the fastest CPU one. Scoring a file is a few
 * forward passes, which a GPU's start-up cost would outweigh.
 */
export async function ensureBackend(logger?: Logger): Promise<BackendChoice> {
  if (current && tf.getBackend() === current.backend) return current;
  for (const backend of ["tensorflow", "wasm"] as const) {
    try {
      return await selectBackend(backend, logger);
    } catch {
      // Not available here; the next one is.
    }
  }
  return selectBackend("cpu", logger);
}
