/**
 * `npm run bench [name...]`: runs bench/<name>.ts for each name given (default: every benchmark),
 * one after another so they don't compete for the machine. Each benchmark prints its figures and
 * writes them to bench/results/<name>.md; bench/README.md summarizes them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !["run.ts"].includes(f) && !f.startsWith("gen-"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const names = process.argv.slice(2).length ? process.argv.slice(2) : all;
const unknown = names.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; available: ${all.join(", ")}`);
  process.exit(2);
}
/** The arguments each benchmark's recorded figures were taken with (see bench/README.md). */
const defaultArgs: Record<string, string[]> = {
  data: ["1000000", "--rows2", "5000000", "--parquet"],
};
// The reference figures use Debian's python3 (pandas 1.5, torch 1.13) when the machine has it.
const env = { ...process.env };
if (!env.PYTHON && existsSync("/usr/bin/python3")) env.PYTHON = "/usr/bin/python3";

let failed = 0;
for (const name of names) {
  console.error(`\n=== bench: ${name}`);
  const args = ["--import", "tsx", join(here, `${name}.ts`), ...(defaultArgs[name] ?? [])];
  const r = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
