import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MlgateError } from "../errors.js";
import type { BackendName } from "./backends.js";

/**
 * The native packages the bundled CLI loads only where they are installed. The build keeps them
 * external (a bundle cannot carry their binaries), so a checkout of the kit without node_modules —
 * where a GitHub Action runs — has none of them until a step installs them next to the bundle.
 * This module is the one place that names them, their versions, what needs which, and where they
 * must be installed; the composites' install steps and the errors for a missing one both come
 * from here.
 */
export const RUNTIME_PACKAGES = {
  "onnxruntime-node": { version: "1.30.0", neededFor: "scoring an ONNX model" },
  webgpu: { version: "0.6.2", neededFor: "the webgpu backend" },
  "@tensorflow/tfjs-node": { version: "4.22.0", neededFor: "the tensorflow backend" },
  "@tensorflow/tfjs-node-gpu": { version: "4.22.0", neededFor: "the tensorflow-gpu backend" },
} as const;
export type RuntimePackage = keyof typeof RUNTIME_PACKAGES;

/** `name@version`, as npm installs it. */
export function packageSpec(name: RuntimePackage): string {
  return `${name}@${RUNTIME_PACKAGES[name].version}`;
}

/**
 * What training needs. A `train.command` trains outside mlgate and mlgate scores its model.onnx, so
 * it needs onnxruntime-node and no tfjs backend. The built-in trainer needs the package of the
 * backend it will run on: none for wasm and cpu (bundled), webgpu for webgpu, tfjs-node(-gpu) for
 * the tensorflow backends. `auto` takes webgpu only where a GPU with a Vulkan loader is present
 * (elsewhere the backend would be skipped anyway), and tfjs-node only when asked for, since it
 * downloads libtensorflow at install time.
 */
export function trainPackages(opts: {
  backend: "auto" | BackendName;
  command?: string;
  /** The train action's `tfjs-node` input: install the native TensorFlow backend. */
  tfjsNode?: "gpu" | "cpu";
  /** Whether this machine has a GPU that the webgpu backend can use. */
  gpu: boolean;
}): RuntimePackage[] {
  if (opts.command) return ["onnxruntime-node"];
  const packages = new Set<RuntimePackage>();
  if (opts.tfjsNode === "gpu" || opts.backend === "tensorflow-gpu") packages.add("@tensorflow/tfjs-node-gpu");
  if (opts.tfjsNode === "cpu" || opts.backend === "tensorflow") packages.add("@tensorflow/tfjs-node");
  if (opts.backend === "webgpu" || (opts.backend === "auto" && opts.gpu)) packages.add("webgpu");
  return [...packages];
}

/** What scoring needs: onnxruntime-node when any of the models is an ONNX bundle; tfjs is bundled. */
export function scoringPackages(formats: readonly string[]): RuntimePackage[] {
  return formats.includes("onnx") ? ["onnxruntime-node"] : [];
}

/**
 * The cache key of an installed set: the packages and versions, and what their binaries depend
 * on — OS, CPU architecture and Node's module ABI (a native addon built for one ABI does not load
 * in another).
 */
export function runtimeCacheKey(
  packages: readonly RuntimePackage[],
  host: { platform: string; arch: string; modules: string },
): string {
  const specs = [...packages].sort().map((p) => packageSpec(p).replace(/^@/, "").replace(/\//g, "-"));
  return `mlgate-runtime-${host.platform}-${host.arch}-node-abi${host.modules}-${specs.join("+")}`;
}

/**
 * Where the packages must go: the bundled code resolves them from the node_modules beside it or
 * above it. In the kit's checkout that is dist/ (chunks sit in dist/chunks/); run from source, the
 * project root. Installing into dist/node_modules leaves the kit's own package.json alone.
 */
export function runtimeInstallDir(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (basename(dir) === "dist" || existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(from);
    dir = up;
  }
}

/** The shell command that installs `packages` where the bundled code finds them. */
export function installCommand(packages: readonly RuntimePackage[], dir = runtimeInstallDir()): string {
  // The CPU build of onnxruntime installs without a download; its default fetches CUDA binaries.
  const env = packages.includes("onnxruntime-node") ? "ONNXRUNTIME_NODE_INSTALL=skip " : "";
  return `${env}npm install --prefix ${JSON.stringify(dir)} --no-save --no-package-lock ${packages.map(packageSpec).join(" ")}`;
}

/** Thrown when an optional package is not installed; doors print it with the install command. */
export class MissingRuntimePackage extends MlgateError {
  constructor(
    readonly packageName: RuntimePackage,
    cause: unknown,
  ) {
    const { neededFor } = RUNTIME_PACKAGES[packageName];
    super(`${packageName} is not installed where mlgate runs, and ${neededFor} needs it`, {
      cause,
      hint:
        `install it with \`${installCommand([packageName])}\`; ` +
        "in GitHub Actions the kit's train and evaluate-vs-baseline actions install it when the model or backend needs it",
    });
  }
}

// Keeps the specifier out of the bundler's sight: the package is loaded where it is installed.
const importOptional = (specifier: string): Promise<unknown> => import(specifier);

/**
 * Loads an optional package. Its absence becomes a MissingRuntimePackage naming the package and
 * how to install it; a package that is there but fails to load (a missing shared library, a
 * wrong ABI) keeps its own error.
 */
export async function importRuntimePackage<T = Record<string, unknown>>(name: RuntimePackage): Promise<T> {
  try {
    return (await importOptional(name)) as T;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const message = String((e as Error)?.message ?? e);
    const absent =
      (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
      (message.includes(`'${name}'`) || message.includes(`"${name}"`) || message.includes(`${name}/`));
    if (absent) throw new MissingRuntimePackage(name, e);
    throw e;
  }
}

/** Whether the dynamic linker can find `lib`: LD_LIBRARY_PATH first, then the ld.so cache. */
export function linkerKnows(lib: string): boolean {
  for (const dir of (process.env.LD_LIBRARY_PATH ?? "").split(":").filter(Boolean)) {
    if (existsSync(`${dir}/${lib}`)) return true;
  }
  try {
    return readFileSync("/etc/ld.so.cache").includes(lib);
  } catch {
    // No cache to ask (some minimal images): let Dawn try.
    return true;
  }
}

/**
 * Whether the webgpu backend could find a GPU here: on Linux a Vulkan loader and a GPU device node
 * (NVIDIA's, or a DRM render node); elsewhere assumed, since Dawn uses Metal or D3D12 there. A
 * cheap look without loading Dawn, for deciding what to install; the backend still asks the adapter.
 */
export function webgpuHostLikely(): boolean {
  if (process.platform !== "linux") return process.platform === "darwin" || process.platform === "win32";
  if (!linkerKnows("libvulkan.so.1")) return false;
  if (existsSync("/dev/nvidia0")) return true;
  try {
    return readdirSync("/dev/dri").some((d) => d.startsWith("renderD"));
  } catch {
    return false;
  }
}
