import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CELL_FLOAT,
  CELL_INT,
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
  dir = await mkdtemp(join(tmpdir(), "mlgate-csv-numbers-"));
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

describe("CSV numbers parsed while tokenising", () => {
  it("give the kinds, values and hashes of the general path, and values equal to Number()", async () => {
    const texts = numberTexts(20_000, 7);
    // Two columns (one with CRLF line ends) so that fields end at both a delimiter and a newline.
    const path = join(dir, "nums.csv");
    await writeFile(path, `a,b\r\n${texts.map((t) => `${t},${t}`).join("\r\n")}\r\n`);
    const got = await chunks(path);
    const ref = reference(texts, new NullTokens(DEFAULT_NULL_VALUES));
    let r = 0;
    for (const chunk of got) {
      for (let i = 0; i < chunk.rows; i++, r++) {
        for (const col of chunk.columns) {
          const what = `row ${r} '${texts[r]}'`;
          expect(col.kinds[i], what).toBe(ref.kinds[r]);
          expect(col.nums[i], what).toBe(ref.nums[r]); // Object.is: NaN and -0 compare exactly
          expect([col.hashLo[i], col.hashHi[i]], what).toEqual([ref.hashLo[r], ref.hashHi[r]]);
          if (col.kinds[i] === CELL_INT || col.kinds[i] === CELL_FLOAT) {
            expect(col.nums[i], what).toBe(Number(texts[r]));
          }
        }
      }
    }
    expect(r).toBe(texts.length);
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
});
