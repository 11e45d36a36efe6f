/**
 * The table for timing the real bundled `mlgate train` end to end on a GPU (reading, preprocessing,
 * training, writing the bundle): the shared benchmark CSV (bench/gen-data.ts: 14 numerics with
 * gaps, 4 categoricals, a 3-class label) and an mlgate.yml that trains an MLP on it.
 *
 *   npx tsx bench/gpu/make-data.ts <dir> [--rows 1000000] [--hidden 512,512] [--batch 4096] [--epochs 5]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { generateBenchCsv } from "../gen-data.js";

const dir = resolve(process.argv[2] ?? "bench-gpu-data");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const rows = Number(arg("rows", "1000000"));

await mkdir(dir, { recursive: true });
await generateBenchCsv(join(dir, "train.csv"), rows);
await writeFile(
  join(dir, "mlgate.yml"),
  [
    "model: { name: bench, task: classification, label: label, ignore: [id] }",
    "data: { train: train.csv }",
    `train: { type: mlp, hidden: [${arg("hidden", "512,512")}], batch_size: ${arg("batch", "4096")}, epochs: ${arg("epochs", "5")}, validation_split: 0, early_stopping: false, seed: 0 }`,
    "",
  ].join("\n"),
);
console.error(`wrote ${rows} rows to ${join(dir, "train.csv")}`);
