import type { ColumnProfile, NumericSummary } from "../contracts/profile.js";
import { adopt } from "../threads.js";
import {
  CELL_BOOL,
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INF,
  CELL_INT,
  CELL_MISSING,
  CELL_NAN,
  CELL_STRING,
  type ColumnChunk,
} from "./cells.js";
import { FrequentItems, FrequentNumbers } from "./sketch/frequent.js";
import { HyperLogLog, SPARSE_CHUNK_ROWS } from "./sketch/hll.js";
import { KLL_K, KllSketch } from "./sketch/kll.js";
import type { ColumnType } from "./table.js";

/** Counts of cell kinds in one column, indexed by CellKind. */
export type KindCounts = number[];

/**
 * The column type that fits every non-missing cell: int < float for numbers, bool, datetime,
 * and string as soon as kinds mix (or the column is all missing).
 */
export function inferColumnType(kinds: KindCounts): ColumnType {
  const n = (k: number) => kinds[k] ?? 0;
  const numeric = n(CELL_INT) + n(CELL_FLOAT) + n(CELL_NAN) + n(CELL_INF);
  const other = n(CELL_BOOL) + n(CELL_DATETIME) + n(CELL_STRING);
  if (numeric > 0 && other === 0) return n(CELL_INT) === numeric ? "int" : "float";
  if (numeric === 0 && other > 0) {
    if (n(CELL_BOOL) === other) return "bool";
    if (n(CELL_DATETIME) === other) return "datetime";
  }
  if (numeric === 0 && other === 0) return "string";
  return "string";
}

/** The finite numbers of a chunk's column, in row order (see ColumnAccumulator.add). */
let numbers = new Float64Array(1 << 13);

export const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
export const HISTOGRAM_BINS = 20;

/** Running statistics of one column; built from chunks, or from a profile for merging. */
export class ColumnAccumulator {
  kinds = new Float64Array(8);
  /** Finite numbers (and datetimes as epoch ms): count, mean, sum of squared deviations. */
  n = 0;
  mean = 0;
  m2 = 0;
  /** The quantile sketch, made at the first finite number (a text column needs none; see `kll`). */
  private sketch: KllSketch | undefined;
  hll = new HyperLogLog();
  /** Frequent integers and frequent texts (strings, booleans), kept apart so each map has one key type. */
  frequentNum = new FrequentNumbers();
  frequentText = new FrequentItems<string>();

  /**
   * `seed` seeds the quantile sketch's coin flips (sketches merged together should differ in it);
   * `expected` is about how many values the merged sketch will see (see KllSketch).
   */
  constructor(
    readonly name: string,
    private readonly seed?: number,
    private readonly expected?: number,
  ) {}

  /**
   * The quantile sketch of the finite numbers, made on first use: a sketch made later with the
   * same seed is the one made up front would be, as nothing draws from it before its first value.
   */
  get kll(): KllSketch {
    this.sketch ??= new KllSketch(KLL_K, this.seed, this.expected);
    return this.sketch;
  }

  set kll(sketch: KllSketch) {
    this.sketch = sketch;
  }

  /** An accumulator rebuilt from its structured clone (posted from a worker: data without classes). */
  static revive(plain: ColumnAccumulator): ColumnAccumulator {
    return adopt(new ColumnAccumulator(plain.name), {
      ...plain,
      sketch: plain.sketch && adopt(new KllSketch(plain.sketch.k), plain.sketch),
      hll: HyperLogLog.revive(plain.hll),
      frequentNum: adopt(new FrequentNumbers(plain.frequentNum.capacity), plain.frequentNum),
      frequentText: adopt(new FrequentItems<string>(plain.frequentText.capacity), plain.frequentText),
    });
  }

  get count(): number {
    let s = 0;
    for (const v of this.kinds) s += v;
    return s;
  }

  add(col: ColumnChunk, rows: number): void {
    const { kinds, nums, texts, hashLo, hashHi } = col;
    const counts = this.kinds;
    // HyperLogLog.add, inlined, into the dense registers: a sparse sketch (a short column's, see
    // HyperLogLog) is made dense first for a long chunk, else updated through scratch registers.
    const hll = this.hll;
    if (hll.sparse && rows > SPARSE_CHUNK_ROWS) hll.densify();
    const registers = hll.scatter();
    const shift = 32 - hll.p;
    const frequentNum = this.frequentNum;
    const frequentText = this.frequentText;
    // The chunk's finite numbers, gathered for the quantile sketch and the moments: the chunk's own
    // mean and M2 (a second pass, over the gathered numbers), merged by Chan's formula.
    if (numbers.length < rows) numbers = new Float64Array(rows);
    const xs = numbers;
    let n = 0;
    let sum = 0;
    // Counts of the common kinds in locals (floats are n - ints - datetimes).
    let missing = 0;
    let ints = 0;
    let datetimes = 0;
    for (let r = 0; r < rows; r++) {
      const k = kinds[r]!;
      if (k === CELL_MISSING) {
        missing++;
        continue;
      }
      const idx = hashHi[r]! >>> shift;
      const rank = Math.clz32(hashLo[r]!) + 1;
      if (rank > registers[idx]!) registers[idx] = rank;
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r]!;
        xs[n++] = x;
        sum += x;
        if (k === CELL_INT) {
          ints++;
          frequentNum.add(x);
        } else if (k === CELL_DATETIME) datetimes++;
      } else {
        counts[k]!++;
        if (k === CELL_STRING || k === CELL_BOOL) frequentText.addHashed(texts[r]!, hashLo[r]!);
      }
    }
    hll.gather(hashHi, rows);
    counts[CELL_MISSING]! += missing;
    counts[CELL_INT]! += ints;
    counts[CELL_DATETIME]! += datetimes;
    counts[CELL_FLOAT]! += n - ints - datetimes;
    if (n === 0) return;
    this.kll.updateMany(xs, n);
    const mean = sum / n;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
      const d = xs[i]! - mean;
      m2 += d * d;
    }
    this.combineMoments(n, mean, m2);
  }

  private combineMoments(n: number, mean: number, m2: number): void {
    if (n === 0) return;
    const total = this.n + n;
    const delta = mean - this.mean;
    this.m2 += m2 + (delta * delta * this.n * n) / total;
    this.mean += (delta * n) / total;
    this.n = total;
  }

  merge(other: ColumnAccumulator): void {
    for (let k = 0; k < 8; k++) this.kinds[k]! += other.kinds[k]!;
    this.combineMoments(other.n, other.mean, other.m2);
    if (other.sketch) this.kll.merge(other.sketch);
    this.hll.merge(other.hll);
    this.frequentNum.merge(other.frequentNum);
    this.frequentText.merge(other.frequentText);
  }

  type() {
    return inferColumnType(Array.from(this.kinds));
  }

  toProfile(): ColumnProfile {
    const k = this.kinds;
    const num = this.frequentNum;
    const text = this.frequentText;
    // Frequent values cover every non-float value; a column with floats has no exact distinct count.
    const exact = num.exact && text.exact && k[CELL_FLOAT] === 0 && k[CELL_DATETIME] === 0;
    const exactDistinct = num.size + text.size;
    const items = [...num.top(num.capacity), ...text.top(text.capacity)]
      .sort((a, b) => b[1] - a[1])
      .map(([value, count]) => ({ value, count }));
    return {
      name: this.name,
      type: this.type(),
      count: this.count,
      missing: k[CELL_MISSING]!,
      nan: k[CELL_NAN]!,
      inf: k[CELL_INF]!,
      type_counts: {
        int: k[CELL_INT]!,
        float: k[CELL_FLOAT]! + k[CELL_NAN]! + k[CELL_INF]!,
        bool: k[CELL_BOOL]!,
        datetime: k[CELL_DATETIME]!,
        string: k[CELL_STRING]!,
      },
      numeric: this.n > 0 ? this.numericSummary() : undefined,
      distinct: {
        count: exact
          ? exactDistinct + (k[CELL_NAN]! > 0 ? 1 : 0) + (k[CELL_INF]! > 0 ? 1 : 0)
          : this.hll.estimate(),
        exact,
        hll: this.hll.toJSON(),
      },
      frequent: {
        capacity: num.capacity,
        exact: num.exact && text.exact,
        n: num.n + text.n,
        max_error: Math.max(num.maxError(), text.maxError()),
        items,
      },
    };
  }

  private numericSummary(): NumericSummary {
    const variance = this.n > 1 ? this.m2 / (this.n - 1) : 0;
    const qs = this.kll.quantiles(PROFILE_QUANTILES);
    const quantiles: Record<string, number> = {};
    PROFILE_QUANTILES.forEach((q, i) => {
      quantiles[`p${Math.round(q * 100)}`] = qs[i]!;
    });
    return {
      count: this.n,
      min: this.kll.min,
      max: this.kll.max,
      mean: this.mean,
      m2: this.m2,
      variance,
      std: Math.sqrt(variance),
      quantiles,
      histogram: histogramFromSketch(this.kll),
      sketch: this.kll.toJSON(),
    };
  }

  static fromProfile(p: ColumnProfile): ColumnAccumulator {
    const acc = new ColumnAccumulator(p.name);
    const t = p.type_counts;
    acc.kinds[CELL_MISSING] = p.missing;
    acc.kinds[CELL_NAN] = p.nan;
    acc.kinds[CELL_INF] = p.inf;
    acc.kinds[CELL_INT] = t.int;
    acc.kinds[CELL_FLOAT] = t.float - p.nan - p.inf;
    acc.kinds[CELL_BOOL] = t.bool;
    acc.kinds[CELL_DATETIME] = t.datetime;
    acc.kinds[CELL_STRING] = t.string;
    if (p.numeric) {
      acc.n = p.numeric.count;
      acc.mean = p.numeric.mean;
      acc.m2 = p.numeric.m2;
      acc.kll = KllSketch.from(p.numeric.sketch);
    }
    acc.hll = HyperLogLog.from(p.distinct.hll);
    acc.frequentNum = new FrequentNumbers(p.frequent.capacity);
    acc.frequentText = new FrequentItems<string>(p.frequent.capacity);
    for (const { value, count } of p.frequent.items) {
      if (typeof value === "number") {
        acc.frequentNum.set(value, count);
        acc.frequentNum.n += count;
      } else {
        acc.frequentText.set(value, count);
        acc.frequentText.n += count;
      }
    }
    // What the Misra-Gries counters no longer account for stays in the totals (it bounds their error).
    acc.frequentText.n += p.frequent.n - acc.frequentNum.n - acc.frequentText.n;
    acc.frequentNum.exact = p.frequent.exact;
    acc.frequentText.exact = p.frequent.exact;
    return acc;
  }
}

/** Equal-width histogram between min and max with counts read off the quantile sketch. */
export function histogramFromSketch(
  kll: KllSketch,
  bins = HISTOGRAM_BINS,
): { edges: number[]; counts: number[] } {
  if (kll.n === 0) return { edges: [], counts: [] };
  const { min, max } = kll;
  if (min === max) return { edges: [min, max], counts: [kll.n] };
  const edges = Array.from({ length: bins + 1 }, (_, i) =>
    i === bins ? max : min + ((max - min) * i) / bins,
  );
  const counts: number[] = [];
  let prev = 0;
  for (let i = 1; i <= bins; i++) {
    const below = i === bins ? kll.n : Math.round(kll.rank(edges[i]!) * kll.n);
    counts.push(Math.max(0, below - prev));
    prev = Math.max(prev, below);
  }
  return { edges, counts };
}
