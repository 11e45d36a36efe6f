import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaInfer } from "../../src/commands/schema-infer.js";
import { validateData } from "../../src/commands/validate-data.js";
import type { CheckResult } from "../../src/core/contracts/validation.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";

/**
 * The checks must not cry wolf on clean data. On real public tables (vega-datasets):
 * - a file validated against the schema inferred from it has no range, domain or missing finding;
 * - a held-out part validated against the schema inferred from the rest fails nothing, for a split
 *   at random (every third row of ten) and for a split in file order (the last 30%: time-ordered
 *   files drift, which the inferred range's margin is there to absorb);
 * - no outliers finding flags more than 5% of a column.
 */

const ports = { logger: silentLogger, progress: noProgress };
const VEGA = "node_modules/vega-datasets/data";
const DATASETS = [
  "seattle-weather.csv",
  "weather.csv",
  "cars.json",
  "penguins.json",
  "flights-2k.json",
  "movies.json",
  "gapminder.json",
];
/**
 * Files in time order, whose last 30% is a later sample of the same source. The others are in an
 * order of their own (gapminder by country: its last 30% has countries the rest never had), where
 * a split in file order is no sample of the same source and only the random split is fair.
 */
const TIME_ORDERED = new Set(["seattle-weather.csv", "weather.csv", "flights-2k.json"]);

/** The file's records, and how to write a subset of them in the same format. */
function table(name: string): { rows: string[] | unknown[]; write: (rows: unknown[]) => string } {
  const text = readFileSync(join(VEGA, name), "utf8");
  if (name.endsWith(".csv")) {
    const [header, ...lines] = text.split("\n").filter((l) => l.length > 0);
    return { rows: lines, write: (rows) => `${header}\n${rows.join("\n")}\n` };
  }
  return { rows: JSON.parse(text) as unknown[], write: (rows) => JSON.stringify(rows) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-no-false-alarms-"));
});

const notPassing = (checks: CheckResult[], ids: string[]) =>
  checks
    .filter((c) => ids.includes(c.id) && c.status !== "pass")
    .map((c) => `${c.id} ${c.column}: ${c.message}`);

async function inferAndValidate(
  name: string,
  fit: unknown[],
  held: unknown[],
  write: (r: unknown[]) => string,
  tag: string,
) {
  const ext = name.slice(name.lastIndexOf("."));
  const fitPath = join(dir, `${tag}-fit-${name}`);
  const heldPath = join(dir, `${tag}-held-${basename(name, ext)}${ext}`);
  await writeFile(fitPath, write(fit));
  await writeFile(heldPath, write(held));
  const schema = join(dir, `${tag}-${name}.schema.yml`);
  await schemaInfer(undefined, { data: fitPath, out: schema }, ports);
  return validateData(undefined, { data: heldPath, schema, out: join(dir, `${tag}-out-${name}`) }, ports);
}

describe.each(DATASETS)("no false alarms on %s", (name) => {
  it("accepts the file it inferred its schema from; flags at most 5% of any column as outliers", async () => {
    const path = join(VEGA, name);
    const schema = join(dir, `${name}.schema.yml`);
    await schemaInfer(undefined, { data: path, out: schema }, ports);
    const r = await validateData(undefined, { data: path, schema, out: join(dir, `own-${name}`) }, ports);
    expect(notPassing(r.validation.checks, ["range", "domain", "missing", "schema.type"])).toEqual([]);
    for (const c of r.validation.checks.filter((c) => c.id === "outliers" && c.column)) {
      expect(c.count / r.validation.rows, `${c.column}: ${c.message}`).toBeLessThanOrEqual(0.05);
    }
  });

  it("fails nothing on a held-out part: at random, and (for time-ordered files) in file order", async () => {
    const { rows, write } = table(name);
    const random = await inferAndValidate(
      name,
      rows.filter((_, i) => i % 10 >= 3),
      rows.filter((_, i) => i % 10 < 3),
      write,
      "random",
    );
    expect(random.validation.checks.filter((c) => c.status === "fail").map((c) => c.message)).toEqual([]);
    if (!TIME_ORDERED.has(name)) return;
    const cut = Math.floor(rows.length * 0.7);
    const ordered = await inferAndValidate(name, rows.slice(0, cut), rows.slice(cut), write, "ordered");
    expect(
      ordered.validation.checks
        .filter((c) => c.status === "fail")
        .map((c) => `${c.id} ${c.column}: ${c.message}`),
    ).toEqual([]);
  });
});
