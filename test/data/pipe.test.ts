import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkers } from "../../scripts/build.js";
import {
  CELL_FLOAT,
  CELL_MISSING,
  CELL_STRING,
  type Chunk,
  newColumnChunk,
} from "../../src/core/data/cells.js";
import { ringSlots } from "../../src/core/data/pass.js";
import { ChunkPacker, ChunkRing, ChunkUnpacker, packedBytes } from "../../src/core/data/pipe.js";
import { hashRows } from "../../src/core/data/rows.js";
import { type ScanOptions, type ScanResult, scanFile } from "../../src/core/data/scan.js";
import { MlgateError } from "../../src/core/errors.js";
import { seededRandom } from "../../src/core/stats/random.js";
import { progressRecorder } from "./progress-recorder.js";

// A piped scan (one thread tokenises, the other profiles and checks) must give exactly what a scan
// on one thread gives: same segments, same chunks, same merge order, so the same bits.

let dir: string;
let pipeUrl: URL;
let trainPath: string;
let testPath: string;

const HEADER = "id,x,n,when,flag,note,cat,label";

/**
 * Rows with numbers (plain, exponent, NaN), missing cells, datetimes, booleans, unique texts (more
 * than a chunk's text-id cache holds), quoted fields with commas, doubled quotes and newlines,
 * categories, duplicate rows and rows that repeat features with another label.
 */
function makeRows(rows: number, seed: number, prefix: string): string[] {
  const rand = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (i > 20 && i % 61 === 0) {
      out.push(out[Math.floor(rand() * out.length)]!);
      continue;
    }
    const x = rand() < 0.02 ? "" : rand() < 0.01 ? "NaN" : (rand() * 200 - 100).toFixed(4);
    const n = rand() < 0.05 ? `${Math.floor(rand() * 9)}e3` : String(Math.floor(rand() * 500));
    const when = rand() < 0.1 ? "" : `2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    const flag = rand() < 0.5 ? "true" : "false";
    const r = rand();
    const note =
      r < 0.02
        ? `"two lines, ""quoted""\nsecond"`
        : r < 0.1
          ? `"with, comma ${Math.floor(rand() * 5)}"`
          : `t${Math.floor(rand() * 1e6)}`;
    const cat = ["a", "b", "c", "NA", "d"][Math.floor(rand() * 5)];
    const features = `${prefix}${i},${x},${n},${when},${flag},${note},${cat}`;
    const label = rand() < 0.6 ? "yes" : "no";
    out.push(`${features},${label}`);
    if (i % 83 === 0) out.push(`${features},${label === "yes" ? "no" : "yes"}`);
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-pipe-"));
  pipeUrl = (await buildWorkers(dir))["scan-pipe"]!;
  trainPath = join(dir, "train.csv");
  testPath = join(dir, "test.csv");
  const train = makeRows(30000, 7, "");
  await writeFile(trainPath, `${[HEADER, ...train].join("\n")}\n`);
  // Every 10th of the first 2000 training rows comes back in the test file (leakage).
  const shared = train.slice(0, 2000).filter((_, i) => i % 10 === 0);
  await writeFile(testPath, `${[HEADER, ...shared, ...makeRows(12000, 8, "t")].join("\n")}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Segments of 256 KiB hold several chunks of 2048 rows each.
const one: ScanOptions = { label: "label", segmentBytes: 256 << 10, threads: 1 };
const piped = (): ScanOptions => ({ ...one, threads: 2, pipeUrl });

function expectSame(a: ScanResult, b: ScanResult): void {
  expect(a.profile).toEqual(b.profile);
  expect(a.evidence).toEqual(b.evidence);
  expect(a.duplicates).toEqual(b.duplicates);
  expect(a.conflicts).toEqual(b.conflicts);
  expect(a.leakage).toEqual(b.leakage);
  expect(a.rowIndex.size).toBe(b.rowIndex.size);
}

describe("piped CSV scans", () => {
  it("give exactly what one thread gives", async () => {
    const here = await scanFile(trainPath, one);
    const there = await scanFile(trainPath, piped());
    expect(here.duplicates.count).toBeGreaterThan(100);
    expect(here.conflicts.count).toBeGreaterThan(100);
    expect(here.profile.rows).toBeGreaterThan(30000);
    expectSame(there, here);
  });

  it("hold with a BOM, CRLF line ends, blank lines and no final newline", async () => {
    const rows = makeRows(12000, 9, "").map((row, i) => (i % 97 === 0 ? `${row}\n` : row));
    const path = join(dir, "crlf.csv");
    await writeFile(path, `\ufeff${[HEADER, ...rows].join("\n").replace(/\n/g, "\r\n")}`);
    const here = await scanFile(path, one);
    expect(here.profile.rows).toBe(rows.length);
    expectSame(await scanFile(path, piped()), here);
  });

  it("find the same leakage", async () => {
    const train = await scanFile(trainPath, one);
    const here = await scanFile(testPath, { ...one, leakageIndex: train.rowIndex });
    const there = await scanFile(testPath, { ...piped(), leakageIndex: train.rowIndex });
    expect(here.leakage.count).toBe(200);
    expectSame(there, here);
  });

  it("report progress as a scan on one thread does", async () => {
    const a = progressRecorder();
    const b = progressRecorder();
    await scanFile(trainPath, { ...one, progress: a.progress });
    await scanFile(trainPath, { ...piped(), progress: b.progress });
    expect(a.calls.length).toBeGreaterThan(4);
    expect(b.calls).toEqual(a.calls);
  });

  it("report a bad row in a late segment with the file's line, hint and no other output", async () => {
    const lines = [HEADER, ...makeRows(20000, 10, "")];
    // The last unquoted row but a few gets a field too many.
    let at = -1;
    for (let i = lines.length - 50; i > 0; i--) {
      if (!lines[i]!.includes('"')) {
        lines[i] = `${lines[i]},extra`;
        // Its line in the file: quoted fields before it span lines of their own.
        at = lines.slice(0, i).join("\n").split("\n").length + 1;
        break;
      }
    }
    const bad = join(dir, "ragged.csv");
    await writeFile(bad, `${lines.join("\n")}\n`);
    const here = await scanFile(bad, one).catch((e: unknown) => e);
    const there = await scanFile(bad, piped()).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(MlgateError);
    expect((there as MlgateError).message).toBe(`line ${at} has 9 fields, the header has 8`);
    expect((there as MlgateError).format()).toBe((here as MlgateError).format());
  });

  it("keep a wide file's ring small, and give one thread's result through a few slots", async () => {
    expect(ringSlots(20)).toBe(24);
    expect(ringSlots(100)).toBe(5);
    expect(ringSlots(1000)).toBe(2);
    // 120 columns: 4 slots, each used again and again while the profiling end catches up.
    expect(ringSlots(120)).toBe(4);
    const rand = seededRandom(3);
    const names = Array.from({ length: 119 }, (_, c) => `c${c}`);
    const lines = [[...names, "label"].join(",")];
    for (let r = 0; r < 4000; r++) {
      const cells = names.map((_, c) =>
        c % 7 === 0 ? `k${Math.floor(rand() * 9)}` : (rand() * 100).toFixed(2),
      );
      lines.push([...cells, rand() < 0.5 ? "yes" : "no"].join(","));
    }
    const path = join(dir, "wide.csv");
    await writeFile(path, `${lines.join("\n")}\n`);
    const here = await scanFile(path, one);
    expect(here.profile.rows).toBe(4000);
    expectSame(await scanFile(path, piped()), here);
  });

  it("scan on this thread when the pipe's workers cannot start", async () => {
    const missing = pathToFileURL(join(dir, "no-such-pipe.js"));
    const here = await scanFile(trainPath, one);
    expectSame(await scanFile(trainPath, { ...one, threads: 2, pipeUrl: missing }), here);
  });
});

describe("packed chunks", () => {
  const CAPACITY = 8;

  /** A chunk of 5 rows: a text column, a number column and a column that never held text. */
  function chunk(texts: (string | undefined)[], firstRow: number): Chunk {
    const columns = [newColumnChunk(CAPACITY), newColumnChunk(CAPACITY), newColumnChunk(CAPACITY)];
    texts.forEach((t, r) => {
      columns[0]!.kinds[r] = t === undefined ? CELL_MISSING : CELL_STRING;
      columns[0]!.texts[r] = t;
      // Equal texts hash equal; "a" and "c" share a slot of the packer's text-id cache.
      columns[0]!.hashLo[r] = t === undefined ? 7 : t.charCodeAt(0) % 2;
      columns[1]!.kinds[r] = CELL_FLOAT;
      columns[1]!.nums[r] = r + 0.5;
      columns[1]!.hashLo[r] = 1000 + r;
      columns[1]!.hashHi[r] = 2000 + r;
      columns[2]!.kinds[r] = CELL_MISSING;
    });
    return { rows: texts.length, firstRow, lines: Float64Array.from(texts, (_, r) => 10 + r), columns };
  }

  it("come back with every value, and each text posted once per chunk", () => {
    const ring = ChunkRing.create(3, CAPACITY, 2);
    expect(ring.buffer.byteLength).toBe(2 * packedBytes(3, CAPACITY));
    const packer = new ChunkPacker(ring, -1, [0, 1, 2]);
    // The other end sees the same memory through views of its own.
    const unpacker = new ChunkUnpacker(new ChunkRing(ring.buffer, 3, CAPACITY));
    const first = chunk(["a", "b", "a", undefined, "c"], 0);
    const packed = packer.pack(first, 1, (c) => c === 0);
    expect(packed.slot).toBe(1);
    // "a" twice, once in the list; the number columns post no texts at all.
    expect(packed.texts).toEqual([["a", "b", "c"], null, null]);
    const back = unpacker.unpack(packed);
    expect(back.rows).toBe(5);
    expect(back.firstRow).toBe(0);
    const five = <T extends { slice(a: number, b: number): unknown }>(a: T) =>
      Array.from(a.slice(0, 5) as never);
    expect(five(back.lines)).toEqual([10, 11, 12, 13, 14]);
    expect(back.columns[0]!.texts.slice(0, 5)).toEqual(["a", "b", "a", undefined, "c"]);
    expect(five(back.columns[0]!.kinds)).toEqual(Array.from(first.columns[0]!.kinds.subarray(0, 5)));
    expect(five(back.columns[1]!.nums)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5]);
    expect(five(back.columns[1]!.hashLo)).toEqual([1000, 1001, 1002, 1003, 1004]);
    expect(five(back.columns[1]!.hashHi)).toEqual([2000, 2001, 2002, 2003, 2004]);
    expect(back.columns[2]!.texts.slice(0, 5)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The rows are hashed as the row checks hash them.
    const lo = new Uint32Array(5);
    const hi = new Uint32Array(5);
    hashRows(first, -1, [0, 1, 2], lo, hi);
    expect(five(back.rowHashes!.lo)).toEqual(Array.from(lo));
    expect(five(back.rowHashes!.hi)).toEqual(Array.from(hi));

    // A slot used again; cells that held text in the last chunk and hold none now come back without.
    const again = packer.pack(chunk([undefined, "b", undefined], 5), 1, (c) => c === 0);
    const back2 = unpacker.unpack(again);
    expect(back2.firstRow).toBe(5);
    expect(back2.columns[0]!.texts.slice(0, 3)).toEqual([undefined, "b", undefined]);

    // Texts that take each other's cache slot are posted again, and still come back right.
    const third = packer.pack(chunk(["a", "c", "a"], 8), 0, (c) => c === 0);
    expect(third.texts[0]).toEqual(["a", "c", "a"]);
    expect(unpacker.unpack(third).columns[0]!.texts.slice(0, 3)).toEqual(["a", "c", "a"]);
  });

  it("carry what the reader wrote through the slot's own arrays", () => {
    const ring = ChunkRing.create(3, CAPACITY, 1);
    const packer = new ChunkPacker(ring, -1, [0, 1, 2]);
    const flat = packer.target(0);
    expect(packer.target(0)).toBe(flat);
    // Written through the slot's flat arrays, as CsvReader.fillInto has the tokeniser do.
    const given = chunk(["x", "y"], 0);
    given.columns = given.columns.map((col, c) => ({
      ...col,
      kinds: flat.kinds.subarray(c * CAPACITY, (c + 1) * CAPACITY),
      nums: flat.nums.subarray(c * CAPACITY, (c + 1) * CAPACITY),
    }));
    flat.nums[CAPACITY + 1] = 42;
    const back = new ChunkUnpacker(ring).unpack(packer.pack(given, 0, () => false));
    expect(back.columns[1]!.nums[1]).toBe(42);
  });

  it("refuse a chunk larger than their capacity", () => {
    const packer = new ChunkPacker(ChunkRing.create(3, 4, 1), -1, [0, 1, 2]);
    const big = chunk(["a", "b", "c", "d", "e"], 0);
    expect(() => packer.pack(big, 0, () => true)).toThrow(RangeError);
  });
});
