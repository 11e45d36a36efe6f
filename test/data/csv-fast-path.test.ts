import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CELL_BOOL,
  CELL_FLOAT,
  CELL_INT,
  CELL_STRING,
  type Chunk,
  classifyText,
  DEFAULT_NULL_VALUES,
  NullTokens,
  newColumnChunk,
  StringInterner,
} from "../../src/core/data/cells.js";
import { openSource } from "../../src/core/data/source.js";
import { seededRandom } from "../../src/core/stats/random.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-csv-fast-path-"));
});

/** Number-like texts: short and long mantissas, many decimals, signs, leading zeros, near misses. */
function numberTexts(n: number, seed: number): string[] {
  const rand = seededRandom(seed);
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(rand() * 10)).join("");
  const fixed = [
    "0",
    "-0",
    "00",
    "007",
    "-0.0",
    "1.",
    "-1.",
    ".5",
    "-.5",
    ".",
    "-",
    "-.",
    "+1",
    "1e5",
    "1.5E-3",
    "9007199254740991",
    "9007199254740992",
    "9007199254740993",
    "-9007199254740991",
    "123456789012345678",
    "0.1234567890123456789012",
    "0.12345678901234567890123",
    "1.0000000000000000000001",
    "4.35",
    "0.3",
    "1-2",
    "1.2.3",
    "12a",
    "2024-01-02",
    "NA",
    "nan",
    "inf",
    "-inf",
    "true",
    "",
  ];
  const out = [...fixed];
  for (let i = 0; i < n; i++) {
    const sign = rand() < 0.3 ? "-" : "";
    const int = digits(Math.floor(rand() * 18));
    const frac = rand() < 0.7 ? `.${digits(Math.floor(rand() * 25))}` : "";
    out.push(`${sign}${int}${frac}`);
  }
  return out;
}

async function chunks(path: string, opts: Parameters<typeof openSource>[1] = {}): Promise<Chunk[]> {
  const source = await openSource(path, opts);
  const all: Chunk[] = [];
  for await (const c of source.chunks()) all.push(c);
  await source.close();
  return all;
}

/** What classifying each text on its own (the general path) gives. */
function reference(texts: string[], nulls: NullTokens) {
  const col = newColumnChunk(texts.length);
  const interner = new StringInterner();
  texts.forEach((t, r) => {
    classifyText(t, col, r, nulls, interner, false);
  });
  return col;
}

/** Expects every column of the chunks to hold what the general path gives for `texts`, row by row. */
function expectGeneralPath(
  got: Chunk[],
  texts: string[],
  ncol: number,
  check?: (value: number, text: string) => void,
) {
  const ref = reference(texts, new NullTokens(DEFAULT_NULL_VALUES));
  let r = 0;
  for (const chunk of got) {
    expect(chunk.columns.length).toBe(ncol);
    for (let i = 0; i < chunk.rows; i++, r++) {
      for (const col of chunk.columns) {
        const what = `row ${r} '${texts[r]}'`;
        expect(col.kinds[i], what).toBe(ref.kinds[r]);
        expect(col.nums[i], what).toBe(ref.nums[r]); // Object.is: NaN and -0 compare exactly
        expect([col.hashLo[i], col.hashHi[i]], what).toEqual([ref.hashLo[r], ref.hashHi[r]]);
        if (col.kinds[i] === CELL_STRING || col.kinds[i] === CELL_BOOL)
          expect(col.texts[i], what).toBe(ref.texts[r]);
        check?.(col.nums[i]!, texts[r]!);
      }
    }
  }
  expect(r).toBe(texts.length);
}

describe("CSV numbers parsed while tokenising", () => {
  it("give the kinds, values and hashes of the general path, and values equal to Number()", async () => {
    const texts = numberTexts(20_000, 7);
    // Two columns (one with CRLF line ends) so that fields end at both a delimiter and a newline.
    const path = join(dir, "nums.csv");
    await writeFile(path, `a,b\r\n${texts.map((t) => `${t},${t}`).join("\r\n")}\r\n`);
    expectGeneralPath(await chunks(path), texts, 2, (value, text) => {
      const n = Number(text);
      if (text !== "" && !Number.isNaN(n) && /^-?[0-9]*\.?[0-9]*$/.test(text)) expect(value, text).toBe(n);
    });
  });

  it("repeated strings come from the per-column cache with the general path's kinds, texts and hashes", async () => {
    // Values that share length, first and last two bytes (one cache slot), non-ASCII and long
    // values, booleans, dates and null tokens, over several chunks with reused column arrays.
    const rand = seededRandom(11);
    const values = [
      ...Array.from({ length: 30 }, (_, i) => `c_${i}`),
      ...Array.from({ length: 10 }, (_, i) => `ab${i}cd`),
      "é",
      "naïve",
      "x".repeat(64),
      "y".repeat(65),
      "true",
      "TRUE",
      "False",
      "2024-01-02",
      "inf",
      "NaN",
      "NA",
      "",
      "a",
      "b",
    ];
    const texts = Array.from({ length: 30_000 }, () => values[Math.floor(rand() * values.length)]!);
    const path = join(dir, "strings.csv");
    await writeFile(path, `a,b\n${texts.map((t) => `${t},${t}`).join("\n")}\n`);
    const copy = (c: Chunk): Chunk => ({
      ...c,
      columns: c.columns.map((col) => ({
        kinds: col.kinds.slice(0, c.rows),
        nums: col.nums.slice(0, c.rows),
        texts: col.texts.slice(0, c.rows),
        hashLo: col.hashLo.slice(0, c.rows),
        hashHi: col.hashHi.slice(0, c.rows),
      })),
    });
    const source = await openSource(path, { reuseChunks: true });
    const got: Chunk[] = [];
    for await (const c of source.chunks()) got.push(copy(c));
    await source.close();
    expect(got.length).toBeGreaterThan(2);
    expectGeneralPath(got, texts, 2);
  });

  it("still reads a number that is a configured null token as missing", async () => {
    const path = join(dir, "sentinel.csv");
    await writeFile(path, "x,y\n-999,1.5\n3,-999\n0,0\n");
    const [chunk] = await chunks(path, { nullValues: ["", "-999", "0"] });
    expect(Array.from(chunk!.columns[0]!.kinds)).toEqual([0, CELL_INT, 0]);
    expect(Array.from(chunk!.columns[1]!.kinds)).toEqual([CELL_FLOAT, 0, 0]);
  });

  it("reads numbers with a delimiter that can be part of a number", async () => {
    const path = join(dir, "dot.csv");
    await writeFile(path, "x.y\n1.2\n-3.4\n");
    const [chunk] = await chunks(path, { delimiter: "." });
    expect(Array.from(chunk!.columns[0]!.nums)).toEqual([1, -3]);
    expect(Array.from(chunk!.columns[1]!.nums)).toEqual([2, 4]);
  });

  it("reports invalid UTF-8 by its first field, after the rows before it, and a ragged row first", async () => {
    const ragged = join(dir, "bad-then-ragged.csv");
    await writeFile(ragged, Buffer.from("a,b\n1,x\n2,\xff\n3\n", "latin1"));
    await expect(chunks(ragged)).rejects.toThrow("line 4 has 1 field, the header has 2");
    const bad = join(dir, "bad.csv");
    await writeFile(bad, Buffer.from('a,b\r\n1,x\r\n\r\n2,"two\r\nlines \xe9"\r\n\xff,\xc3\r\n', "latin1"));
    await expect(chunks(bad)).rejects.toThrow("invalid UTF-8 in column 2 ('b') on line 4");
  });
});
