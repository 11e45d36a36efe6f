import { describe, expect, it } from "vitest";
import { hashBytes, hashNumber, hashOutHi, hashOutLo, hashString } from "../../src/core/data/cells.js";
import { FrequentItems, FrequentNumbers } from "../../src/core/data/sketch/frequent.js";
import { HLL_RELATIVE_ERROR, HyperLogLog } from "../../src/core/data/sketch/hll.js";
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
