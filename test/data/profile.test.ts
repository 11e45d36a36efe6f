import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Profile, profileContract } from "../../src/core/contracts/profile.js";
import { runChecks } from "../../src/core/data/checks.js";
import { mergeProfiles } from "../../src/core/data/profile-file.js";
import { readTable } from "../../src/core/data/read.js";
import { ROW_NEW, RowIndex } from "../../src/core/data/rows.js";
import { scanFile } from "../../src/core/data/scan.js";
import { HLL_RELATIVE_ERROR, type HllState, HyperLogLog } from "../../src/core/data/sketch/hll.js";
import { KLL_RANK_ERROR } from "../../src/core/data/sketch/kll.js";
import { column } from "../../src/core/data/table.js";

/** Made once by scripts/fixtures/data_profile.py with numpy/pandas. */
const FIXTURE = "test/fixtures/data/profile";
interface Expected {
  rows: number;
  duplicate_rows: number;
  columns: Record<
    string,
    {
      count: number;
      missing: number;
      distinct: number;
      mean?: number;
      std?: number;
      min?: number;
      max?: number;
      quantiles?: Record<string, number>;
      value_counts?: Record<string, number>;
    }
  >;
}
const expected = JSON.parse(readFileSync(`${FIXTURE}/expected.json`, "utf8")) as Expected;

let profile: Profile;
let sortedColumns: Map<string, Float64Array>;
beforeAll(async () => {
  profile = (await scanFile(`${FIXTURE}/sample.csv`)).profile;
  const table = await readTable(`${FIXTURE}/sample.csv`);
  sortedColumns = new Map(
    ["normal", "lognormal", "count"].map((name) => [
      name,
      Float64Array.from(column(table, name)!.values.filter((v): v is number => typeof v === "number")).sort(),
    ]),
  );
});

/** Where v falls in the sorted data, as a rank interval [first ≥ v, last ≤ v] / n. */
function rankInterval(sorted: Float64Array, v: number): [number, number] {
  let lo = 0;
  while (lo < sorted.length && sorted[lo]! < v) lo++;
  let hi = lo;
  while (hi < sorted.length && sorted[hi] === v) hi++;
  return [lo / sorted.length, hi / sorted.length];
}

function expectMatchesPandas(p: Profile): void {
  expect(p.rows).toBe(expected.rows);
  for (const col of p.columns) {
    const want = expected.columns[col.name]!;
    expect(col.count, col.name).toBe(want.count);
    expect(col.missing, col.name).toBe(want.missing);
    if (want.mean !== undefined) {
      const num = col.numeric!;
      expect(num.mean).toBeCloseTo(want.mean, 10);
      expect(num.std).toBeCloseTo(want.std!, 10);
      expect(num.min).toBe(want.min);
      expect(num.max).toBe(want.max);
      // The sketch's quantile must sit within the stated rank error of the exact one.
      const sorted = sortedColumns.get(col.name)!;
      for (const [key, exact] of Object.entries(want.quantiles!)) {
        const q = Number(key.slice(1)) / 100;
        const [lo, hi] = rankInterval(sorted, col.numeric!.quantiles[key]!);
        const err = q < lo ? lo - q : q > hi ? q - hi : 0;
        expect(
          err,
          `${col.name} ${key}: ${col.numeric!.quantiles[key]} vs pandas ${exact}`,
        ).toBeLessThanOrEqual(KLL_RANK_ERROR);
      }
    }
    if (col.distinct.exact) expect(col.distinct.count, col.name).toBe(want.distinct);
    else
      expect(Math.abs(col.distinct.count - want.distinct) / want.distinct).toBeLessThan(
        3 * HLL_RELATIVE_ERROR,
      );
    if (want.value_counts) {
      const counts = Object.fromEntries(col.frequent.items.map((i) => [String(i.value), i.count]));
      expect(counts).toEqual(want.value_counts);
    }
  }
}

describe("profile vs pandas", () => {
  it("matches pandas' counts, missing, moments, min/max, distinct and value counts; quantiles within the rank error", () => {
    profileContract.parse(profile);
    expectMatchesPandas(profile);
    expect(profile.duplicate_rows).toBe(expected.duplicate_rows);
    expect(profile.duplicate_rows_exact).toBe(true);
  });

  it("histogram counts add up to the numeric count", () => {
    for (const col of profile.columns) {
      if (!col.numeric) continue;
      const h = col.numeric.histogram;
      expect(h.counts.reduce((a, b) => a + b, 0)).toBe(col.numeric.count);
      expect(h.edges[0]).toBe(col.numeric.min);
      expect(h.edges.at(-1)).toBe(col.numeric.max);
    }
  });
});

describe("merged profiles", () => {
  it("read distinct-count sketches in the dense encoding as in the sparse one", () => {
    // The dense encoding (every register in base64), as profiles were written before the sparse one.
    const dense = (h: { p: number }) => ({
      p: h.p,
      registers: Buffer.from(HyperLogLog.from(h as HllState).registers).toString("base64"),
    });
    const sparse = profile.columns.filter((c) => "sparse" in c.distinct.hll);
    expect(sparse.length).toBeGreaterThan(0);
    const old = profileContract.parse({
      ...profile,
      row_hashes: dense(profile.row_hashes),
      columns: profile.columns.map((c) => ({
        ...c,
        distinct: { ...c.distinct, hll: dense(c.distinct.hll) },
      })),
    });
    expect(mergeProfiles([old])).toEqual(mergeProfiles([profile]));
  });

  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mlgate-merge-"));
  });

  for (const shards of [2, 3, 7]) {
    it(`merge of ${shards} shard profiles equals the whole within the sketches' errors`, async () => {
      const lines = readFileSync(`${FIXTURE}/sample.csv`, "utf8").trimEnd().split("\n");
      const header = lines.shift()!;
      // Rows dealt round-robin with a stride, so every shard sees every part of the file.
      const parts: string[][] = Array.from({ length: shards }, () => []);
      lines.forEach((line, i) => {
        parts[(i * 7 + (i >> 5)) % shards]!.push(line);
      });
      const profiles: Profile[] = [];
      for (let s = 0; s < shards; s++) {
        const path = join(dir, `shard-${shards}-${s}.csv`);
        await writeFile(path, `${header}\n${parts[s]!.join("\n")}\n`);
        profiles.push(JSON.parse(JSON.stringify((await scanFile(path)).profile)));
      }
      const merged = mergeProfiles(profiles);
      expectMatchesPandas(merged);
      // Sketch states that merge exactly: distinct (register max) and small exact value sets.
      profile.columns.forEach((col, c) => {
        expect(merged.columns[c]!.distinct.hll).toEqual(col.distinct.hll);
        expect(merged.columns[c]!.numeric?.m2 ?? 0).toBeCloseTo(col.numeric?.m2 ?? 0, 6);
      });
      expect(merged.sources).toHaveLength(shards);
      expect(merged.duplicate_rows_exact).toBe(false);
      expect(merged.duplicate_rows).toBeGreaterThanOrEqual(
        profiles.reduce((s, p) => s + p.duplicate_rows, 0),
      );
      expect(Math.abs(merged.duplicate_rows - expected.duplicate_rows)).toBeLessThan(
        3 * HLL_RELATIVE_ERROR * expected.rows,
      );
    });
  }
});

describe("bounded row index", () => {
  let dir: string;
  const N = 100_000;
  let dupCopies = 0;
  let conflictCopies = 0;
  let trainPath: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mlgate-rows-"));
    // Distinct rows i, with seeded copies of earlier rows: exact copies (duplicates) and copies
    // with another label (conflicts); the true counts are known from how the file was written.
    let seed = 12345;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const out = ["a,b,label"];
    for (let i = 0; i < N; i++) {
      out.push(`${i},s${i % 13},${i % 3}`);
      const u = rand();
      if (u < 0.2) {
        const j = Math.floor(rand() * (i + 1));
        out.push(`${j},s${j % 13},${j % 3}`);
        dupCopies++;
      } else if (u < 0.25) {
        const j = Math.floor(rand() * (i + 1));
        out.push(`${j},s${j % 13},${(j + 1) % 3}`);
        conflictCopies++;
      }
    }
    trainPath = join(dir, "train.csv");
    await writeFile(trainPath, `${out.join("\n")}\n`);
  });

  it("counts exactly within its budget", async () => {
    const scan = await scanFile(trainPath, { label: "label" });
    expect(scan.profile.duplicate_rows).toBe(dupCopies);
    expect(scan.profile.duplicate_rows_exact).toBe(true);
    expect(scan.duplicates.count).toBe(dupCopies);
    expect(scan.conflicts.count).toBe(conflictCopies);
    expect(scan.duplicates.exact).toBe(true);
    expect(scan.rowIndex.level).toBe(0);
  });

  it("past its budget stays within it and estimates duplicates and conflicts from a hash sample", async () => {
    const scan = await scanFile(trainPath, { label: "label", rowIndexSlots: 4096 });
    const index = scan.rowIndex;
    expect(index.level).toBeGreaterThan(0);
    expect(index.size).toBeLessThanOrEqual(3072);
    expect(scan.profile.duplicate_rows_exact).toBe(false);
    expect(scan.duplicates.exact).toBe(false);
    expect(scan.profile.duplicate_rows).toBe(scan.duplicates.count);
    // About N / 2^level distinct rows sampled: a relative error near 1/√(sampled copies); 4σ bounds.
    const within = (est: number, truth: number) => {
      const sampled = truth / 2 ** index.level;
      expect(Math.abs(est - truth)).toBeLessThan((4 * truth) / Math.sqrt(sampled));
    };
    within(scan.duplicates.count, dupCopies);
    within(scan.conflicts.count, conflictCopies);
    // The first offending rows come long before the index fills: the examples are the exact run's.
    const exact = await scanFile(trainPath, { label: "label" });
    expect(scan.duplicates.examples).toEqual(exact.duplicates.examples);
    expect(scan.conflicts.examples).toEqual(exact.conflicts.examples);
  });

  it("gives the same statuses and sampling level whether reserved up front or grown", () => {
    const grown = new RowIndex(undefined, 4096);
    const reserved = new RowIndex(undefined, 4096);
    reserved.reserve(1e7);
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      // Hashes drawn from 5000 values, so about three in four repeat an earlier one.
      const lo = Math.imul((seed >>> 8) % 5000, 0x9e3779b1) >>> 0;
      const hi = Math.imul(lo ^ 0x5bd1e995, 0x85ebca6b) >>> 0;
      expect(reserved.add(lo, hi, i % 2)).toBe(grown.add(lo, hi, i % 2));
    }
    expect(reserved.level).toBe(grown.level);
    expect(reserved.size).toBe(grown.size);
    expect(reserved.size).toBeLessThanOrEqual(3072);
  });

  it("answers a batch swept in table order as it answers the rows one by one", () => {
    // Batches of 5000 rows whose hashes repeat (duplicates, and conflicts through the label),
    // into an index that starts sampling on the way: the batches that would make it sample go
    // in row order, the others sorted by table position; every answer must be the same.
    for (const maxSlots of [1 << 14, 1 << 21]) {
      const one = new RowIndex(undefined, maxSlots);
      const all = new RowIndex(undefined, maxSlots);
      let seed = 11;
      let answers = 0;
      let repeats = 0;
      for (let batch = 0; batch < 8; batch++) {
        const n = 5000;
        const lo = new Uint32Array(n);
        const hi = new Uint32Array(n);
        const ids = new Int32Array(n);
        for (let r = 0; r < n; r++) {
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          const key = (seed >>> 8) % 30_000;
          lo[r] = Math.imul(key, 0x9e3779b1) >>> 0;
          hi[r] = Math.imul(lo[r]! ^ 0x5bd1e995, 0x85ebca6b) >>> 0;
          ids[r] = (seed >>> 4) % 7 === 0 ? 1 : 0;
        }
        const status = new Uint8Array(n);
        all.addAll(lo, hi, ids, n, status);
        for (let r = 0; r < n; r++) {
          const expected = one.add(lo[r]!, hi[r]!, ids[r]!);
          expect(status[r]).toBe(expected);
          answers++;
          if (expected !== ROW_NEW) repeats++;
        }
        expect(all.size).toBe(one.size);
        expect(all.level).toBe(one.level);
      }
      expect(answers).toBe(40_000);
      expect(repeats).toBeGreaterThan(maxSlots === 1 << 14 ? 1000 : 10_000);
    }
  });

  it("keeps exactly the rows at or above its sampling level, all of them findable", () => {
    const index = new RowIndex(undefined, 1024);
    const his = new Map<number, number>();
    let seed = 99;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0;
    };
    for (let i = 0; i < 50_000; i++) {
      const lo = next();
      const hi = next();
      his.set(lo, hi);
      index.add(lo, hi, 0);
    }
    expect(index.level).toBeGreaterThan(3);
    let kept = 0;
    for (const [lo, hi] of his) {
      const covered = Math.clz32(lo) >= index.level;
      if (covered) kept++;
      expect(index.has(lo, hi)).toBe(covered);
    }
    expect(index.size).toBe(kept);
  });

  it("says in the checks which counts are estimates", async () => {
    const exact = runChecks({ train: await scanFile(trainPath, { label: "label" }), label: "label" });
    const sampledScan = await scanFile(trainPath, { label: "label", rowIndexSlots: 4096 });
    const sampled = runChecks({ train: sampledScan, label: "label" });
    const check = (checks: typeof exact, id: string) => checks.find((c) => c.id === id)!;
    expect(check(exact, "duplicates")).toMatchObject({ count: dupCopies });
    expect(check(exact, "duplicates").message).toMatch(/^\d+ rows .* repeat an earlier row$/);
    expect(check(sampled, "duplicates").count).toBe(sampledScan.duplicates.count);
    expect(check(sampled, "duplicates").message).toMatch(/^about \d+ rows .*estimated from a hash sample/);
    expect(check(sampled, "label.conflicts").message).toMatch(
      /^about \d+ rows .*estimated from a hash sample/,
    );
  });

  it("estimates no duplicates as exactly none", async () => {
    const path = join(dir, "unique.csv");
    await writeFile(path, `a,b\n${Array.from({ length: 20_000 }, (_, i) => `${i},${i * 7}`).join("\n")}\n`);
    const scan = await scanFile(path, { rowIndexSlots: 1024 });
    expect(scan.rowIndex.level).toBeGreaterThan(0);
    expect(scan.profile.duplicate_rows).toBe(0);
    expect(scan.profile.duplicate_rows_exact).toBe(false);
  });

  it("estimates leakage against a sampled training index", async () => {
    const train = await scanFile(trainPath, { label: "label", rowIndexSlots: 4096 });
    const leakedRows = 20_000;
    const rows = ["a,b,label"];
    for (let i = 0; i < leakedRows; i++) rows.push(`${i * 5},s${(i * 5) % 13},${(i * 5) % 3}`);
    for (let i = 0; i < 10_000; i++) rows.push(`${N + i},new,0`);
    const testPath = join(dir, "test.csv");
    await writeFile(testPath, `${rows.join("\n")}\n`);
    const test = await scanFile(testPath, { label: "label", leakageIndex: train.rowIndex });
    expect(test.leakage.exact).toBe(false);
    const sampled = leakedRows / 2 ** train.rowIndex.level;
    expect(Math.abs(test.leakage.count - leakedRows)).toBeLessThan((4 * leakedRows) / Math.sqrt(sampled));
    expect(test.leakage.examples.length).toBeGreaterThan(0);
  });
});
