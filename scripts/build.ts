/**
 * Builds dist/: one esbuild run, code-split ESM, one entry per action plus the CLI
 * (the codeql-action pattern: shared code in chunks, thin entries). Also writes the JSON Schema
 * of mlgate.yml. `--out <dir>` builds elsewhere (the dist freshness test compares the two).
 */
import { copyFile, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BuildOptions, build } from "esbuild";
import { configJsonSchema } from "../src/core/config/schema.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Packages loaded at run time only where present: native addons, GPU bindings, optional backends. */
export const externals = ["@tensorflow/tfjs-node", "@tensorflow/tfjs-node-gpu", "onnxruntime-node", "webgpu"];

/**
 * What every bundle that Node runs shares: ESM for Node 20+, the native packages left out, and the
 * CommonJS shims (`require`, `__dirname`) that bundled CommonJS code (tfjs' wasm loader) reads.
 */
export const nodeBundle = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: externals,
  inject: [join(root, "scripts/esm-dirname.ts")],
  legalComments: "none",
  logLevel: "warning",
  banner: {
    js: [
      "import { createRequire as __mlgateCreateRequire } from 'node:module';",
      "const require = __mlgateCreateRequire(import.meta.url);",
    ].join("\n"),
  },
} satisfies BuildOptions;

/**
 * Entries that Node loads by path at run time (worker threads), so they must exist as files of
 * their own: dist/<name>.js, found by `bundledWorker` (src/core/threads.ts) relative to itself. Each
 * is bundled whole, apart from the code-split chunks: a worker then loads only the code it runs
 * (the shared chunks would bring in the config schema, Parquet and the rest of the CLI).
 */
export const workerEntries: Record<string, string> = {
  "bootstrap-worker": join(root, "src/core/evaluate/bootstrap-worker.ts"),
  "scan-worker": join(root, "src/core/data/scan-worker.ts"),
  "scan-host": join(root, "src/core/data/scan-host.ts"),
  "scan-pipe": join(root, "src/core/data/scan-pipe.ts"),
  "drift-read-worker": join(root, "src/runtime/drift-read-worker.ts"),
};

/** Builds the worker entries alone into `outDir` (also used for running the rest from source: tests, benchmarks). */
export async function buildWorkers(outDir: string): Promise<Record<string, URL>> {
  await build({
    entryPoints: workerEntries,
    outdir: outDir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: externals,
    legalComments: "none",
    logLevel: "warning",
  });
  return Object.fromEntries(
    Object.keys(workerEntries).map((name) => [name, pathToFileURL(join(outDir, `${name}.js`))]),
  );
}

export async function buildAll(outDir: string, schemaDir: string): Promise<void> {
  // Every top-level file in src/actions is an entry (an action, or a step the composites run),
  // except the shared helpers.
  const helpers = new Set(["door.ts", "ports.ts"]);
  const actionFiles = (await readdir(join(root, "src/actions"), { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.endsWith(".ts") && !helpers.has(d.name))
    .map((d) => d.name)
    .sort();
  const entryPoints: Record<string, string> = { cli: join(root, "src/cli/index.ts") };
  for (const f of actionFiles) entryPoints[f.replace(/\.ts$/, "")] = join(root, "src/actions", f);

  await rm(outDir, { recursive: true, force: true });
  await build({
    ...nodeBundle,
    entryPoints,
    outdir: outDir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  });
  await buildWorkers(outDir);
  await copyWasmBinaries(outDir);
  await mkdir(schemaDir, { recursive: true });
  await writeFile(join(schemaDir, "mlgate.schema.json"), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
}

/**
 * The wasm backend loads its binary from disk at run time; a bundle cannot inline it, so the
 * binaries go to dist/wasm/ and src/core/model/backends.ts points the backend there. Node has SIMD
 * but not the backend's worker-based threads, so the threaded build is left out.
 */
async function copyWasmBinaries(outDir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json"));
  await mkdir(join(outDir, "wasm"), { recursive: true });
  for (const name of ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm"]) {
    await copyFile(join(pkgDir, "dist", name), join(outDir, "wasm", name));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 ? resolve(process.argv[i + 1]!) : join(root, "dist");
  const schemaOut = i > 0 ? join(out, "..", "schema") : join(root, "schema");
  const t0 = Date.now();
  await buildAll(out, schemaOut);
  console.error(`built ${out} in ${Date.now() - t0} ms`);
}
