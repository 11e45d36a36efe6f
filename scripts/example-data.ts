/**
 * Makes example-repo/data/{train,test}.csv from Palmer penguins as shipped in the npm package
 * `vega-datasets` (data/penguins.json): columns renamed to the palmerpenguins names, `null` → NA,
 * the raw data's "." for an unknown sex → NA, then a stratified 80/20 split by species with a
 * fixed seed so the files never change. Run: npx tsx scripts/example-data.ts
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../src/core/stats/random.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SEED = 20240607;
const TEST_FRACTION = 0.2;

interface RawPenguin {
  Species: string;
  Island: string;
  "Beak Length (mm)": number | null;
  "Beak Depth (mm)": number | null;
  "Flipper Length (mm)": number | null;
  "Body Mass (g)": number | null;
  Sex: string | null;
}

const header = [
  "species",
  "island",
  "bill_length_mm",
  "bill_depth_mm",
  "flipper_length_mm",
  "body_mass_g",
  "sex",
];
const cell = (v: string | number | null) => (v === null ? "NA" : String(v));
const toRow = (p: RawPenguin) =>
  [
    p.Species,
    p.Island,
    p["Beak Length (mm)"],
    p["Beak Depth (mm)"],
    p["Flipper Length (mm)"],
    p["Body Mass (g)"],
    p.Sex === null || p.Sex === "." ? null : p.Sex.toLowerCase(),
  ]
    .map(cell)
    .join(",");

// The package's exports map hides data/, so read it from the installed package directory.
const source = join(root, "node_modules/vega-datasets/data/penguins.json");
const penguins = JSON.parse(await readFile(source, "utf8")) as RawPenguin[];

// The split must be the same on every machine: a seeded PRNG, never Math.random.
const rand = seededRandom(SEED);
const train: string[] = [];
const test: string[] = [];
for (const species of [...new Set(penguins.map((p) => p.Species))].sort()) {
  const rows = penguins.filter((p) => p.Species === species);
  // Fisher–Yates with the seeded PRNG.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const nTest = Math.round(rows.length * TEST_FRACTION);
  rows.forEach((p, i) => {
    (i < nTest ? test : train).push(toRow(p));
  });
}

const out = join(root, "example-repo/data");
await writeFile(join(out, "train.csv"), `${[header.join(","), ...train].join("\n")}\n`);
await writeFile(join(out, "test.csv"), `${[header.join(","), ...test].join("\n")}\n`);
console.error(`wrote ${train.length} train and ${test.length} test rows to example-repo/data`);
