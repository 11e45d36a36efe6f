/**
 * Writes the synthetic benchmark task as a CSV plus an mlgate.yml, so the GPU run can time the
 * real bundled `mlgate train` end to end (reading, preprocessing, training, writing the bundle).
 *
 *   npx tsx bench/gpu/make-data.ts <dir> [--rows 1000000] [--features 32] [--classes 4] [--hidden 512,512] [--batch 4096] [--epochs 5]
 */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { syntheticTask } from "../synthetic.js";

const dir = resolve(process.argv[2] ?? "bench-gpu-data");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const rows = Number(arg("rows", "1000000"));
const features = Number(arg("features", "32"));
const classes = Number(arg("classes", "4"));
const { x, y } = syntheticTask(rows, features, classes);

await mkdir(dir, { recursive: true });
const out = createWriteStream(join(dir, "train.csv"));
const write = (line: string) =>
  new Promise<void>((ok) => (out.write(line) ? ok() : out.once("drain", () => ok())));
await write(`${[...Array.from({ length: features }, (_, j) => `f${j}`), "label"].join(",")}\n`);
for (let i = 0; i < rows; i++) {
  const cells = Array.from(x.subarray(i * features, (i + 1) * features), (v) => v.toFixed(5));
  cells.push(`c${y[i]}`);
  await write(`${cells.join(",")}\n`);
}
await new Promise<void>((ok) => out.end(() => ok()));
await writeFile(
  join(dir, "mlgate.yml"),
  [
    "model: { name: synthetic, task: classification, label: label }",
    "data: { train: train.csv }",
    `train: { type: mlp, hidden: [${arg("hidden", "512,512")}], batch_size: ${arg("batch", "4096")}, epochs: ${arg("epochs", "5")}, validation_split: 0, early_stopping: false, seed: 0 }`,
    "",
  ].join("\n"),
);
console.error(`wrote ${rows} rows to ${join(dir, "train.csv")}`);
