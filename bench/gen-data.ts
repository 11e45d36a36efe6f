/**
 * Seeded generator of the benchmark CSV: `rows` rows × 20 columns — an id, 14 normal floats rounded
 * to 4 places (about 1% missing in the first), 4 categoricals with 5/15/25/35 values and a 3-class
 * label. Same seed, same bytes.
 *
 *   npx tsx bench/gen-data.ts <out.csv> [rows=1000000] [seed=42]
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { seededRandom } from "../src/core/stats/random.js";

export const BENCH_HEADER = [
  "id",
  ...Array.from({ length: 14 }, (_, i) => `f${i}`),
  "cat5",
  "cat15",
  "cat25",
  "cat35",
  "label",
];

export async function generateBenchCsv(path: string, rows: number, seed = 42): Promise<void> {
  const rand = seededRandom(seed);
  const normal = () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const cats = [5, 15, 25, 35].map((n, j) => Array.from({ length: n }, (_, i) => `c${j}_${i}`));
  const labels = ["setosa", "versicolor", "virginica"];
  const out = createWriteStream(path);
  out.write(`${BENCH_HEADER.join(",")}\n`);
  let batch: string[] = [];
  for (let r = 0; r < rows; r++) {
    const fields: string[] = [String(r)];
    for (let f = 0; f < 14; f++) {
      const x = normal() * (1 + f) + f * 10;
      fields.push(f === 0 && rand() < 0.01 ? "" : x.toFixed(4));
    }
    for (const c of cats) fields.push(c[Math.floor(rand() * c.length)]!);
    fields.push(labels[Math.floor(rand() * 3)]!);
    batch.push(fields.join(","));
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join("\n")}\n`)) await once(out, "drain");
      batch = [];
    }
  }
  if (batch.length) out.write(`${batch.join("\n")}\n`);
  out.end();
  await once(out, "finish");
}

// Run as a script, not when imported; the file-name test keeps a bundle that includes this module
// (bench/gpu/make-data.ts in the packed GPU run) from running it as well.
if (import.meta.url === `file://${process.argv[1]}` && /gen-data\.[jt]s$/.test(process.argv[1] ?? "")) {
  const [path, rows = "1000000", seed = "42"] = process.argv.slice(2);
  if (!path) {
    console.error("usage: npx tsx bench/gen-data.ts <out.csv> [rows] [seed]");
    process.exit(2);
  }
  await generateBenchCsv(path, Number(rows), Number(seed));
}
