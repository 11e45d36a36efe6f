import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CELL_FLOAT, CELL_INT, CELL_MISSING, CELL_STRING } from "../../src/core/data/cells.js";
import { readTable } from "../../src/core/data/read.js";
import { scanFile } from "../../src/core/data/scan.js";

// A scan hands out the same column arrays for every chunk (8192 rows): a cell must never show
// what a previous chunk left at its row index. Here every row index of the first chunk holds a
// string, and the same indexes of the second chunk hold numbers, missing cells and numeric labels.

const CHUNK = 8192;
const ROWS = 2 * CHUNK + 100;

let dir: string;
let path: string;

/** The text of the `mixed` cell of data row r (before the conflicting row that is appended). */
function mixed(r: number): string {
  if (r < CHUNK) return `s${r}`;
  if (r % 3 === 0) return String(r);
  if (r % 3 === 1) return `${r}.5`;
  return "";
}

/** Labels: texts in the first chunk, numbers after it (one label for all rows with a missing `mixed`). */
function label(r: number): string {
  if (r < CHUNK) return `L${r % 3}`;
  return r % 3 === 2 ? "1" : String(r % 2);
}

/** A row of the second chunk with an int in `mixed`, repeated at the end with the other label. */
const REPEATED = CHUNK + 4;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-reused-chunks-"));
  path = join(dir, "mixed.csv");
  const lines = ["mixed,label"];
  for (let r = 0; r < ROWS; r++) lines.push(`${mixed(r)},${label(r)}`);
  // Data row ROWS repeats the features of row REPEATED with another label: a conflict.
  lines.push(`${mixed(REPEATED)},${label(REPEATED) === "0" ? "1" : "0"}`);
  await writeFile(path, `${lines.join("\n")}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a scan with reused chunk arrays", () => {
  it("shows the true values of number and missing cells where an earlier chunk held strings", async () => {
    const result = await scanFile(path, { label: "label", segmentBytes: 1 << 30, threads: 1 });
    const [mixedEvidence, labelEvidence] = result.evidence;

    const ints = mixedEvidence!.byKind[CELL_INT]!.examples;
    expect(ints.length).toBe(10);
    for (const e of ints) expect(e.value).toBe(mixed(e.row! - 1));
    expect(ints[0]!.row! - 1).toBeGreaterThanOrEqual(CHUNK);

    const floats = mixedEvidence!.byKind[CELL_FLOAT]!.examples;
    expect(floats.length).toBe(10);
    for (const e of floats) expect(e.value).toBe(mixed(e.row! - 1));

    const missing = mixedEvidence!.byKind[CELL_MISSING]!.examples;
    expect(missing.length).toBe(10);
    for (const e of missing) expect(e.value).toBeNull();

    const strings = mixedEvidence!.byKind[CELL_STRING]!.examples;
    for (const e of strings) expect(e.value).toBe(mixed(e.row! - 1));

    const numericLabels = labelEvidence!.byKind[CELL_INT]!.examples;
    expect(numericLabels.length).toBe(10);
    for (const e of numericLabels) expect(e.value).toBe(label(e.row! - 1));

    // The conflicting row's label is the number it holds, not a string left by the first chunk.
    expect(result.conflicts.count).toBe(1);
    expect(result.conflicts.examples).toMatchObject([
      { row: ROWS + 1, value: label(REPEATED) === "0" ? "1" : "0" },
    ]);

    const column = result.profile.columns.find((c) => c.name === "mixed")!;
    expect(column.type_counts.string).toBe(CHUNK);
  });

  it("reads the same values with readTable", async () => {
    const table = await readTable(path);
    const [mixedColumn, labelColumn] = table.columns;
    expect(mixedColumn!.type).toBe("string");
    for (let r = 0; r < ROWS; r++) {
      expect(mixedColumn!.values[r]).toBe(mixed(r) === "" ? null : mixed(r));
      expect(labelColumn!.values[r]).toBe(label(r));
    }
  });
});
