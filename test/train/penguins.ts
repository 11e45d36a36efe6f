import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Column, Table } from "../../src/core/data/table.js";

/**
 * Palmer penguins as Tables, straight from vega-datasets: species is the label, island and sex
 * are categorical, four numerics have gaps. The split is fixed (every fifth row is test) so that
 * figures in tests do not depend on any PRNG.
 */
const file = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../node_modules/vega-datasets/data/penguins.json",
);
const rows = JSON.parse(readFileSync(file, "utf8")) as Record<string, string | number | null>[];

const NUMERIC = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"];

function toTable(part: typeof rows, source: string): Table {
  const columns: Column[] = [
    { name: "species", type: "string", values: part.map((r) => r.Species as string) },
    { name: "island", type: "string", values: part.map((r) => r.Island as string) },
    ...NUMERIC.map((name) => ({
      name,
      type: "float" as const,
      values: part.map((r) => (typeof r[name] === "number" ? (r[name] as number) : null)),
    })),
    // The source has "." for one unknown sex; treat it as missing like the other gaps.
    {
      name: "sex",
      type: "string",
      values: part.map((r) => (r.Sex === "." ? null : (r.Sex as string | null))),
    },
  ];
  return { columns, rowCount: part.length, source };
}

export const penguinsTrain = toTable(
  rows.filter((_, i) => i % 5 !== 0),
  "penguins-train.csv",
);
export const penguinsTest = toTable(
  rows.filter((_, i) => i % 5 === 0),
  "penguins-test.csv",
);

/** Write a table as CSV (for end-to-end tests through the file readers). */
export function tableToCsv(t: Table): string {
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [t.columns.map((c) => esc(c.name)).join(",")];
  for (let i = 0; i < t.rowCount; i++) lines.push(t.columns.map((c) => esc(c.values[i])).join(","));
  return `${lines.join("\n")}\n`;
}
