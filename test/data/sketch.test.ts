import { describe, expect, it } from "vitest";
import {
  CELL_INT,
  CELL_MISSING,
  hashBytes,
  hashNumber,
  hashOutHi,
  hashOutLo,
  hashString,
  newColumnChunk,
} from "../../src/core/data/cells.js";
import { ColumnAccumulator } from "../../src/core/data/profile.js";
import { FrequentItems, FrequentNumbers } from "../../src/core/data/sketch/frequent.js";
import {
  HLL_P,
  HLL_RELATIVE_ERROR,
  HyperLogLog,
  SPARSE_MAX_ENTRIES,
} from "../../src/core/data/sketch/hll.js";
import { KLL_RANK_ERROR, KllSketch } from "../../src/core/data/sketch/kll.js";
import { seededRandom as rng } from "../../src/core/stats/random.js";

/** Worst |estimated rank − exact rank| over the 99 percentiles, using the exact sorted data. */
function worstRankError(sketch: KllSketch, sorted: Float64Array): number {
  let worst = 0;
  for (let p = 1; p < 100; p++) {
    const q = p / 100;
    const v = sketch.quantile(q);
    // Exact rank range of v: [first index ≥ v, last index ≤ v] / n.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && sorted[end] === v) end++;
    const n = sorted.length;
    const err = q < lo / n ? lo / n - q : q > end / n ? q - end / n : 0;
    worst = Math.max(worst, err);
  }
  return worst;
}

const distributions: Record<string, (r: () => number) => number> = {
  uniform: (r) => r(),
  normal: (r) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()),
  lognormal: (r) => Math.exp(2 * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())),
  "few values": (r) => Math.floor(r() * 7),
  sorted: () => 0, // replaced by an increasing sequence below
};

describe("KLL quantile sketch", () => {
  for (const [name, draw] of Object.entries(distributions)) {
    it(`keeps the worst rank error under ${KLL_RANK_ERROR} for ${name} data, whole and merged from 16 shards`, () => {
      for (const seed of [1, 2, 3]) {
        const r = rng(seed);
        const n = 200_000;
        const data = new Float64Array(n);
        for (let i = 0; i < n; i++) data[i] = name === "sorted" ? i : draw(r);
        const whole = new KllSketch(200, seed);
        for (const x of data) whole.update(x);
        const shards = Array.from({ length: 16 }, (_, s) => new KllSketch(200, seed * 100 + s));
        for (let i = 0; i < n; i++) shards[Math.floor(r() * 16)]!.update(data[i]!);
        const merged = shards.reduce(
          (acc, s) => {
            acc.merge(s);
            return acc;
          },
          new KllSketch(200, seed + 7),
        );
        const sorted = data.slice().sort();
        expect(whole.n).toBe(n);
        expect(merged.n).toBe(n);
        expect(merged.min).toBe(sorted[0]);
        expect(merged.max).toBe(sorted[n - 1]);
        expect(worstRankError(whole, sorted)).toBeLessThan(KLL_RANK_ERROR);
        expect(worstRankError(merged, sorted)).toBeLessThan(KLL_RANK_ERROR);
      }
    });
  }

  it("survives a JSON round trip and keeps merging", () => {
    const a = new KllSketch();
    const b = new KllSketch();
    for (let i = 0; i < 50_000; i++) (i % 2 ? a : b).update(i);
    const restored = KllSketch.from(JSON.parse(JSON.stringify(a.toJSON())));
    expect(restored.quantiles([0, 0.5, 1])).toEqual(a.quantiles([0, 0.5, 1]));
    restored.merge(b);
    expect(restored.n).toBe(50_000);
    expect(Math.abs(restored.quantile(0.5) - 25_000) / 50_000).toBeLessThan(KLL_RANK_ERROR);
  });

  it("gives the same sketch from updateMany as from one update at a time", () => {
    for (const expected of [0, 100_000, 3_000_000]) {
      const rand = rng(expected + 5);
      const one = new KllSketch(undefined, 77, expected);
      const many = new KllSketch(undefined, 77, expected);
      const xs = new Float64Array(5000);
      for (let done = 0; done < 400_000; ) {
        // Batches of 0 to 4999 values: some end inside a sampler block, some span several.
        const count = Math.floor(rand() * rand() * 5000);
        for (let i = 0; i < count; i++) {
          xs[i] = Math.round(rand() * 1e6) / 100;
          one.update(xs[i]!);
        }
        many.updateMany(xs, count);
        done += count;
      }
      expect(many.toJSON()).toEqual(one.toJSON());
    }
  });

  it("is exact while everything fits in the bottom level", () => {
    const s = new KllSketch();
    for (const x of [5, 1, 4, 2, 3]) s.update(x);
    expect(s.quantiles([0, 0.2, 0.4, 0.6, 0.8, 1])).toEqual([1, 1, 2, 3, 4, 5]);
    expect(s.rank(3)).toBe(0.6);
  });
});

describe("HyperLogLog", () => {
  for (const n of [10, 1_000, 50_000, 1_000_000]) {
    it(`estimates ${n} distinct values within 3 standard errors, also after merging`, () => {
      const whole = new HyperLogLog();
      const parts = [new HyperLogLog(), new HyperLogLog(), new HyperLogLog()];
      for (let i = 0; i < n; i++) {
        hashNumber(i * 1.5);
        whole.add(hashOutLo, hashOutHi);
        // Each value lands in one or two parts: overlap must not count twice.
        parts[i % 3]!.add(hashOutLo, hashOutHi);
        parts[(i * 7) % 3]!.add(hashOutLo, hashOutHi);
      }
      const merged = new HyperLogLog();
      for (const p of parts) merged.merge(p);
      expect(merged.registers).toEqual(whole.registers);
      const err = Math.abs(whole.estimate() - n) / n;
      expect(err).toBeLessThan(n <= 1000 ? 0.02 : 3 * HLL_RELATIVE_ERROR);
    });
  }

  /** The hashes of values `from`, `from + 1`, … (numbers: 1.5 · i). */
  const hashes = (from: number, n: number): [number, number][] =>
    Array.from({ length: n }, (_, i) => {
      hashNumber((from + i) * 1.5);
      return [hashOutLo, hashOutHi];
    });
  const sparseOf = (hs: [number, number][]) => {
    const h = new HyperLogLog();
    for (const [lo, hi] of hs) h.add(lo, hi);
    return h;
  };
  const denseOf = (hs: [number, number][]) => {
    const h = new HyperLogLog(HLL_P, new Uint8Array(1 << HLL_P));
    for (const [lo, hi] of hs) h.add(lo, hi);
    return h;
  };

  it("stays sparse for a few values, with the registers, estimate and encoding of the dense form", () => {
    for (const n of [0, 1, 3, 100, 250, 300, 2000]) {
      const hs = hashes(0, n);
      const sparse = sparseOf(hs);
      const dense = denseOf(hs);
      expect(sparse.sparse !== undefined).toBe(sparse.size <= SPARSE_MAX_ENTRIES);
      expect(sparse.registers).toEqual(dense.registers);
      expect(sparse.estimate()).toBe(dense.estimate());
      expect(sparse.toJSON()).toEqual(dense.toJSON());
      expect(HyperLogLog.from(sparse.toJSON()).registers).toEqual(dense.registers);
    }
  });

  it("merges sparse and dense sketches in any form into the sketch of the union", () => {
    // Overlapping value ranges, small and large, so that merges cross the sparse limit.
    const cases: [number, number, number, number][] = [
      [0, 5, 3, 5],
      [0, 120, 60, 200],
      [0, 200, 1000, 200],
      [0, 3000, 10, 40],
    ];
    for (const [a0, an, b0, bn] of cases) {
      const a = hashes(a0, an);
      const b = hashes(b0, bn);
      const union = denseOf([...a, ...b]);
      for (const [makeA, makeB] of [
        [sparseOf, sparseOf],
        [sparseOf, denseOf],
        [denseOf, sparseOf],
        [denseOf, denseOf],
      ] as const) {
        const merged = makeA(a);
        merged.merge(makeB(b));
        expect(merged.registers).toEqual(union.registers);
        expect(merged.estimate()).toBe(union.estimate());
        expect(merged.toJSON()).toEqual(union.toJSON());
        // Structured clones (how worker threads post sketches) revive to the same sketch.
        expect(HyperLogLog.revive(structuredClone(merged)).toJSON()).toEqual(union.toJSON());
      }
    }
  });

  it("gives a column of short chunks the sketch of one long chunk", () => {
    // 900 rows of 400 distinct integers, every seventh missing: in chunks of 3 rows (sparse,
    // through the scratch registers) and in one chunk (dense from the start).
    const rows = 900;
    const whole = newColumnChunk(rows);
    for (let r = 0; r < rows; r++) {
      whole.kinds[r] = r % 7 === 0 ? CELL_MISSING : CELL_INT;
      whole.nums[r] = (r * 13) % 400;
      hashNumber(whole.nums[r]!);
      whole.hashLo[r] = hashOutLo;
      whole.hashHi[r] = hashOutHi;
    }
    const one = new ColumnAccumulator("x", 1, rows);
    one.add(whole, rows);
    const short = new ColumnAccumulator("x", 1, rows);
    const sizes: number[] = [];
    for (let r = 0; r < rows; r += 3) {
      const part = newColumnChunk(3);
      part.kinds.set(whole.kinds.subarray(r, r + 3));
      part.nums.set(whole.nums.subarray(r, r + 3));
      part.hashLo.set(whole.hashLo.subarray(r, r + 3));
      part.hashHi.set(whole.hashHi.subarray(r, r + 3));
      short.add(part, 3);
      sizes.push(short.hll.sparse?.length ?? -1);
    }
    expect(one.hll.sparse).toBeUndefined();
    expect(sizes[10]).toBeGreaterThan(0);
    expect(sizes.at(-1)).toBe(-1);
    expect(short.hll.registers).toEqual(one.hll.registers);
  });

  it("encodes few set registers sparsely (3 bytes each) and still reads the dense encoding", () => {
    const h = new HyperLogLog();
    h.add(1, 3 << 20); // register 3, rank 32 (31 leading zeros)
    h.add(2 ** 31, 5 << 20); // register 5, rank 1
    h.add(2 ** 30, 5 << 20); // register 5, rank 2
    // Bytes 00 03 20 00 05 02.
    expect(h.toJSON()).toEqual({ p: 12, sparse: "AAMgAAUC" });
    const registers = new Uint8Array(4096);
    registers[3] = 32;
    registers[5] = 2;
    const dense = HyperLogLog.from({ p: 12, registers: Buffer.from(registers).toString("base64") });
    expect(dense.toJSON()).toEqual(h.toJSON());
    expect(dense.estimate()).toBe(2);
    expect(() => HyperLogLog.from({ p: 12, sparse: "AAUCAAMg" })).toThrow(/out of order/);
    expect(() => HyperLogLog.from({ p: 12, sparse: "AAMgAA" })).toThrow(/3 bytes a register/);
    expect(() => HyperLogLog.from({ p: 12, registers: "AAAA" })).toThrow(/needs 4096 registers/);
  });

  it("hashes a string the same whether it came from bytes or a JS string", () => {
    hashString("café");
    const fromString = [hashOutLo, hashOutHi];
    const bytes = Buffer.from("x,café", "utf8");
    hashBytes(bytes, 2, bytes.length);
    expect([hashOutLo, hashOutHi]).toEqual(fromString);
    hashString("cafe");
    expect([hashOutLo, hashOutHi]).not.toEqual(fromString);
  });
});

describe("frequent values (exact, then Misra-Gries)", () => {
  it("is exact up to its capacity", () => {
    const f = new FrequentItems<string>(10);
    for (const [k, n] of [
      ["a", 5],
      ["b", 3],
      ["c", 1],
    ] as const)
      for (let i = 0; i < n; i++) f.add(k);
    expect(f.exact).toBe(true);
    expect(f.top(2)).toEqual([
      ["a", 5],
      ["b", 3],
    ]);
    expect(f.maxError()).toBe(0);
  });

  it("keeps every heavy hitter with an undercount within its bound, whole and merged", () => {
    const r = rng(9);
    const truth = new Map<number, number>();
    const whole = new FrequentNumbers(50);
    const shards = [new FrequentNumbers(50), new FrequentNumbers(50)];
    const wholeMap = new FrequentItems<number>(50);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      // 5 heavy values with 10% each, the rest spread over 100,000 values.
      const x = r() < 0.5 ? Math.floor(r() * 5) : 1000 + Math.floor(r() * 100_000);
      truth.set(x, (truth.get(x) ?? 0) + 1);
      whole.add(x);
      wholeMap.add(x);
      shards[i % 2]!.add(x);
    }
    shards[0]!.merge(shards[1]!);
    for (const f of [whole, shards[0]!, wholeMap]) {
      expect(f.exact).toBe(false);
      const bound = n / 51;
      for (let heavy = 0; heavy < 5; heavy++) {
        const est = f.count(heavy);
        expect(est).toBeLessThanOrEqual(truth.get(heavy)!);
        expect(truth.get(heavy)! - est).toBeLessThanOrEqual(bound);
      }
      expect(
        f
          .top(5)
          .map(([k]) => k)
          .sort(),
      ).toEqual([0, 1, 2, 3, 4]);
    }
  });
});

describe("FrequentItems.addHashed", () => {
  it("counts exactly as add does, through Misra-Gries evictions, merges and set", () => {
    const rand = rng(5);
    // A skewed stream over 3000 keys: a few heavy ones, many that come and go.
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    const stream = Array.from({ length: 60_000 }, () => keys[Math.floor(rand() ** 3 * keys.length)]!);
    const hashOf = (k: string) => {
      hashString(k);
      return hashOutLo;
    };
    const plain = new FrequentItems<string>(100);
    const hashed = new FrequentItems<string>(100);
    stream.forEach((k, i) => {
      plain.add(k);
      hashed.addHashed(k, hashOf(k));
      if (i === 20_000) {
        // Counters replaced by merge and set must not be counted through stale cache entries.
        const other = new FrequentItems<string>(100);
        for (const key of stream.slice(0, 500)) other.add(key);
        plain.merge(other);
        hashed.merge(other);
        plain.set("extra", 7);
        hashed.set("extra", 7);
      }
    });
    expect(hashed.exact).toBe(false);
    expect([hashed.n, hashed.maxError(), hashed.top(100)]).toEqual([
      plain.n,
      plain.maxError(),
      plain.top(100),
    ]);
  });

  it("keeps counting the right counters after a merge that cuts the summary", () => {
    const plain = new FrequentItems<string>(2);
    const hashed = new FrequentItems<string>(2);
    const other = new FrequentItems<string>(2);
    for (const k of ["a", "a", "a", "b", "b"]) {
      plain.add(k);
      hashed.addHashed(k, k.charCodeAt(0));
    }
    for (const k of ["c", "c", "a"]) other.add(k);
    plain.merge(other);
    hashed.merge(other);
    for (const k of ["a", "a", "b"]) {
      plain.add(k);
      hashed.addHashed(k, k.charCodeAt(0));
    }
    expect(hashed.top(2)).toEqual(plain.top(2));
  });
});
