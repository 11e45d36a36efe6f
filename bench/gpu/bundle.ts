/**
 * The JavaScript half of the packed GPU run (bench/gpu/pack.sh): everything the GPU machine runs
 * with a bare Node and no node_modules.
 *
 *   <out>/bin/mlgate.js               the CLI, as in the kit (imports ../dist/cli.js)
 *   <out>/dist/                       the kit's bundle (scripts/build.ts), tfjs and its backends inside
 *   <out>/dist/bench/train.js         bench/train.ts bundled; train.py beside it (its PyTorch side)
 *   <out>/dist/bench/make-data.js     bench/gpu/make-data.ts bundled (the 1M-row table)
 *   <out>/dist/node_modules/webgpu/   the one package left external, with its linux-x64 binary only
 *
 * The bench bundle finds the wasm binaries in dist/wasm (one level up, as the chunks do) and the
 * webgpu package in dist/node_modules, where the kit installs runtime packages.
 *
 *   npx tsx bench/gpu/bundle.ts <out dir>
 */
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildAll, nodeBundle } from "../../scripts/build.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = resolve(process.argv[2] ?? "");
if (!process.argv[2]) {
  console.error("usage: npx tsx bench/gpu/bundle.ts <out dir>");
  process.exit(2);
}
const dist = join(out, "dist");

// The schema that buildAll also writes is not part of the run.
const schemaDir = await mkdtemp(join(tmpdir(), "mlgate-pack-schema-"));
await buildAll(dist, schemaDir);
await rm(schemaDir, { recursive: true, force: true });

await build({
  ...nodeBundle,
  entryPoints: { train: join(root, "bench/train.ts"), "make-data": join(root, "bench/gpu/make-data.ts") },
  outdir: join(dist, "bench"),
});
await copyFile(join(root, "bench/train.py"), join(dist, "bench/train.py"));
await mkdir(join(out, "bin"), { recursive: true });
await copyFile(join(root, "bin/mlgate.js"), join(out, "bin/mlgate.js"));

// webgpu loads dist/<platform>-<arch>/dawn.node beside its index.js; the other platforms' builds
// (over 100 MB) stay behind. Its declared dependencies are for its build scripts and types only.
const webgpuDir = dirname(createRequire(import.meta.url).resolve("webgpu/package.json"));
const webgpuOut = join(dist, "node_modules/webgpu");
await mkdir(join(webgpuOut, "dist/linux-x64"), { recursive: true });
for (const file of ["package.json", "index.js", "LICENSE.md", "dist/linux-x64/dawn.node"]) {
  await copyFile(join(webgpuDir, file), join(webgpuOut, file));
}
console.error(`bundled into ${out}`);
