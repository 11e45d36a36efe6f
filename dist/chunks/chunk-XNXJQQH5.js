import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  CELL_BOOL,
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INF,
  CELL_INT,
  CELL_MISSING,
  CELL_NAN,
  CELL_STRING,
  cellText,
  inferColumnType,
  noRowsError,
  openSource
} from "./chunk-HE5QJQSU.js";
import {
  noProgress
} from "./chunk-I2J6S7FN.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import {
  external_exports
} from "./chunk-SGGMRL24.js";
import {
  MlgateError
} from "./chunk-A4QG2QOJ.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/contract-io.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/core/contracts/profile.ts
init_esm_dirname();
var PROFILE_SCHEMA = "mlgate/profile@1";
var columnType = external_exports.enum(["int", "float", "bool", "string", "datetime"]);
var kllState = external_exports.object({
  k: external_exports.number().int().positive(),
  n: external_exports.number().int().nonnegative(),
  min: external_exports.number(),
  max: external_exports.number(),
  levels: external_exports.array(external_exports.array(external_exports.number()))
});
var numericSummary = external_exports.object({
  /** Finite numeric values summarised (datetime columns: epoch milliseconds). */
  count: external_exports.number().int().nonnegative(),
  min: external_exports.number(),
  max: external_exports.number(),
  mean: external_exports.number(),
  /** Sum of squared deviations from the mean (Welford/Chan), kept so that variances merge exactly. */
  m2: external_exports.number(),
  /** Sample variance (n − 1 denominator) and standard deviation, as pandas reports them. */
  variance: external_exports.number(),
  std: external_exports.number(),
  /** Quantiles from the sketch at ranks 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99. */
  quantiles: external_exports.record(external_exports.string(), external_exports.number()),
  histogram: external_exports.object({ edges: external_exports.array(external_exports.number()), counts: external_exports.array(external_exports.number()) }),
  sketch: kllState
});
var frequentValue = external_exports.object({ value: external_exports.union([external_exports.string(), external_exports.number()]), count: external_exports.number() });
var columnProfile = external_exports.object({
  name: external_exports.string(),
  /** The type that fits every non-missing value (mixed numbers and text → string). */
  type: columnType,
  count: external_exports.number().int().nonnegative(),
  missing: external_exports.number().int().nonnegative(),
  nan: external_exports.number().int().nonnegative(),
  inf: external_exports.number().int().nonnegative(),
  /** Non-missing cells by the type each reads as on its own (NaN and ±Inf count as float). */
  type_counts: external_exports.object({
    int: external_exports.number().int(),
    float: external_exports.number().int(),
    bool: external_exports.number().int(),
    datetime: external_exports.number().int(),
    string: external_exports.number().int()
  }),
  numeric: numericSummary.optional(),
  distinct: external_exports.object({
    /** Exact when `exact`, else the HyperLogLog estimate. */
    count: external_exports.number().int().nonnegative(),
    exact: external_exports.boolean(),
    hll: external_exports.object({ p: external_exports.number().int(), registers: external_exports.string().describe("base64") })
  }),
  /** Frequent non-float values (text, bool, int), most frequent first. */
  frequent: external_exports.object({
    capacity: external_exports.number().int().positive(),
    exact: external_exports.boolean(),
    n: external_exports.number().int().nonnegative(),
    /** Largest undercount of any count (Misra-Gries bound); 0 when exact. */
    max_error: external_exports.number().nonnegative(),
    items: external_exports.array(frequentValue)
  })
});
var profileContract = external_exports.object({
  schema: external_exports.literal(PROFILE_SCHEMA),
  /** Files this profile summarises (several after a merge). */
  sources: external_exports.array(external_exports.object({ file: external_exports.string(), format: external_exports.string(), rows: external_exports.number().int() })),
  rows: external_exports.number().int().nonnegative(),
  /** Rows equal (by a 64-bit hash of their normalised values) to an earlier row. */
  duplicate_rows: external_exports.number().int().nonnegative(),
  /**
   * False when `duplicate_rows` is an estimate: after a merge (duplicates across shards come from
   * the row-hash sketch), or for a file with more distinct rows than the row index holds (counted
   * on a hash sample of the rows and scaled up).
   */
  duplicate_rows_exact: external_exports.boolean(),
  row_hashes: external_exports.object({ p: external_exports.number().int(), registers: external_exports.string() }),
  label: external_exports.string().optional(),
  columns: external_exports.array(columnProfile),
  errors: external_exports.object({
    quantile_rank: external_exports.number().describe("Worst normalised rank error of quantiles, 99% confidence."),
    distinct_relative: external_exports.number().describe("Relative standard error of distinct counts.")
  })
});

// src/core/data/contract-io.ts
async function loadContractFile(path, contract, what) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new MlgateError(`cannot read the ${what.name} (${e.code})`, {
      location: { file: path },
      hint: what.missingHint
    });
  }
  const yaml = /\.ya?ml$/i.test(path);
  let raw;
  try {
    raw = yaml ? (0, import_yaml.parse)(text) : JSON.parse(text);
  } catch (e) {
    throw new MlgateError(
      `the ${what.name} is not valid ${yaml ? "YAML" : "JSON"}: ${e.message}`,
      {
        location: { file: path }
      }
    );
  }
  const parsed = contract.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MlgateError(`invalid ${what.name}: ${issue.message}`, {
      location: { file: path, key: issue.path.join(".") },
      hint: what.invalidHint
    });
  }
  return parsed.data;
}
function loadProfile(path) {
  return loadContractFile(path, profileContract, {
    name: "profile",
    missingHint: "write one with `mlgate profile --data <file> --out <profile.json>`",
    invalidHint: "profiles are written by `mlgate profile` or validate-data (schema mlgate/profile@1)"
  });
}

// src/core/data/profile.ts
init_esm_dirname();

// src/core/data/rows.ts
init_esm_dirname();
function hashRows(chunk, skip, order, outLo, outHi) {
  const rows = chunk.rows;
  outLo.fill(2166136261, 0, rows);
  outHi.fill(16777619, 0, rows);
  for (const c of order) {
    const col = chunk.columns[c];
    if (c === skip) continue;
    const lo = col.hashLo;
    const hi = col.hashHi;
    for (let r = 0; r < rows; r++) {
      let a = outLo[r] ^ lo[r];
      a = Math.imul(a << 15 | a >>> 17, 2246822507);
      let b = outHi[r] ^ hi[r];
      b = Math.imul(b << 13 | b >>> 19, 3266489909);
      outLo[r] = a + b;
      outHi[r] = b ^ a >>> 7;
    }
  }
  for (let r = 0; r < rows; r++) {
    let a = outLo[r];
    let b = outHi[r];
    a = Math.imul(a ^ a >>> 16, 2246822507);
    b = Math.imul(b ^ b >>> 13, 3266489909) ^ a;
    a ^= Math.imul(b ^ b >>> 16, 668265263);
    outLo[r] = a >>> 0;
    outHi[r] = b >>> 0;
  }
}
var ROW_NEW = 0;
var ROW_DUPLICATE = 1;
var ROW_CONFLICT = 2;
var MAX_LABEL_IDS = 65535;
var ROW_INDEX_MAX_SLOTS = 1 << 21;
var RowIndex = class {
  constructor(capacity = 1 << 16, maxSlots = ROW_INDEX_MAX_SLOTS) {
    this.maxSlots = maxSlots;
    let cap = 1 << 10;
    while (cap < capacity && cap < maxSlots) cap <<= 1;
    this.lo = new Uint32Array(cap);
    this.tag = new Uint32Array(cap);
    this.mask = cap - 1;
  }
  maxSlots;
  lo;
  tag;
  mask;
  size = 0;
  /** Sampling level: rows with fewer leading zero bits in their low hash word are not indexed. */
  level = 0;
  /**
   * Grows the table at once to hold about `rows` distinct rows (within the budget), instead of
   * doubling its way there: each doubling re-inserts every row so far, and old and new tables are
   * briefly both alive. Only speed and transient memory change, never which rows are indexed.
   */
  reserve(rows) {
    let cap = this.lo.length;
    while (cap * 3 < rows * 4 && cap * 2 <= this.maxSlots) cap *= 2;
    if (cap > this.lo.length) this.rehash(cap);
  }
  /** Whether rows with this hash are indexed at the current level (always, while the index is exact). */
  covers(lo) {
    return Math.clz32(lo) >= this.level;
  }
  /**
   * Inserts a row; says whether it is new, a duplicate (same label) or a conflict (other label).
   * A row the index does not cover (see `covers`) is reported new and not stored.
   */
  add(lo, hi, labelId) {
    if (this.level !== 0 && Math.clz32(lo) < this.level) return ROW_NEW;
    if (this.size * 4 >= this.lo.length * 3) {
      if (this.lo.length * 2 <= this.maxSlots) this.grow();
      else {
        this.raiseLevel();
        if (Math.clz32(lo) < this.level) return ROW_NEW;
      }
    }
    const key = hi >>> 17 << 17 | 65536;
    let i = lo & this.mask;
    for (; ; ) {
      const t = this.tag[i];
      if (t === 0) {
        this.lo[i] = lo;
        this.tag[i] = (key | labelId & 65535) >>> 0;
        this.size++;
        return ROW_NEW;
      }
      if (this.lo[i] === lo && ((t ^ key) & 4294901760) === 0) {
        return (t & 65535) === (labelId & 65535) ? ROW_DUPLICATE : ROW_CONFLICT;
      }
      i = i + 1 & this.mask;
    }
  }
  /** Whether the row is in the index (false for rows it does not cover). */
  has(lo, hi) {
    if (this.level !== 0 && Math.clz32(lo) < this.level) return false;
    const key = hi >>> 17 << 17 | 65536;
    let i = lo & this.mask;
    for (; ; ) {
      const t = this.tag[i];
      if (t === 0) return false;
      if (this.lo[i] === lo && ((t ^ key) & 4294901760) === 0) return true;
      i = i + 1 & this.mask;
    }
  }
  grow() {
    this.rehash(this.lo.length * 2);
  }
  /**
   * Drops the rows below the next level (about half of them), in place: a second table of the
   * same size would double the index's memory at the moment it is largest.
   */
  raiseLevel() {
    do {
      this.level++;
      const level = this.level;
      for (let x = 0; x <= this.mask; x++) {
        while (this.tag[x] !== 0 && Math.clz32(this.lo[x]) < level) this.removeAt(x);
      }
    } while (this.size * 4 >= this.lo.length * 3 && this.level < 32);
  }
  /** Linear-probing deletion by backward shift (Knuth's Algorithm R): no tombstones, no rehash. */
  removeAt(slot) {
    const { lo, tag, mask } = this;
    let i = slot;
    let j = slot;
    for (; ; ) {
      j = j + 1 & mask;
      if (tag[j] === 0) break;
      const home = lo[j] & mask;
      if (i <= j ? i < home && home <= j : i < home || home <= j) continue;
      lo[i] = lo[j];
      tag[i] = tag[j];
      i = j;
    }
    lo[i] = 0;
    tag[i] = 0;
    this.size--;
  }
  rehash(cap) {
    const { lo, tag } = this;
    this.lo = new Uint32Array(cap);
    this.tag = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < lo.length; j++) {
      const t = tag[j];
      if (t === 0) continue;
      let i = lo[j] & this.mask;
      while (this.tag[i] !== 0) i = i + 1 & this.mask;
      this.lo[i] = lo[j];
      this.tag[i] = t;
    }
  }
};
var LevelCounts = class {
  byLevel = new Float64Array(33);
  /** Every row noted, whatever its level (the exact count while the index has not sampled). */
  total = 0;
  note(lo) {
    this.byLevel[Math.clz32(lo)]++;
    this.total++;
  }
  estimate(level) {
    if (level === 0) return this.total;
    let n = 0;
    for (let l = level; l <= 32; l++) n += this.byLevel[l];
    return Math.round(n * 2 ** level);
  }
};

// src/core/data/sketch/frequent.ts
init_esm_dirname();
var FREQUENT_CAPACITY = 1e3;
var FrequentItems = class {
  constructor(capacity = FREQUENT_CAPACITY) {
    this.capacity = capacity;
  }
  capacity;
  counts = /* @__PURE__ */ new Map();
  exact = true;
  n = 0;
  add(key) {
    this.n++;
    const c = this.counts.get(key);
    if (c !== void 0) {
      c.n++;
      return;
    }
    if (this.counts.size < this.capacity) {
      this.counts.set(key, { n: 1 });
      return;
    }
    this.exact = false;
    for (const [k, v] of this.counts) {
      if (v.n <= 1) this.counts.delete(k);
      else v.n--;
    }
  }
  /** Upper bound on how much any reported count undercounts. */
  maxError() {
    if (this.exact) return 0;
    let sum = 0;
    for (const v of this.counts.values()) sum += v.n;
    return Math.floor((this.n - sum) / (this.capacity + 1));
  }
  distinctExact() {
    return this.exact ? this.counts.size : void 0;
  }
  get size() {
    return this.counts.size;
  }
  top(limit) {
    return [...this.counts.entries()].map(([k, v]) => [k, v.n]).sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, limit);
  }
  count(key) {
    return this.counts.get(key)?.n ?? 0;
  }
  /** Adds a counter directly (rebuilding a summary from its saved items). */
  set(key, count) {
    this.counts.set(key, { n: count });
  }
  merge(other) {
    this.n += other.n;
    for (const [k, v] of other.counts) {
      const c = this.counts.get(k);
      if (c) c.n += v.n;
      else this.counts.set(k, { n: v.n });
    }
    this.exact = this.exact && other.exact;
    if (this.counts.size > this.capacity) {
      this.exact = false;
      const sorted = [...this.counts.values()].map((v) => v.n).sort((a, b) => b - a);
      const cut = sorted[this.capacity];
      const next = /* @__PURE__ */ new Map();
      for (const [k, v] of this.counts) if (v.n > cut) next.set(k, { n: v.n - cut });
      this.counts = next;
    }
  }
};
var FrequentNumbers = class {
  constructor(capacity = FREQUENT_CAPACITY) {
    this.capacity = capacity;
    let slots = 16;
    while (slots < capacity * 4) slots <<= 1;
    this.keys = new Float64Array(slots);
    this.counts = new Float64Array(slots);
    this.mask = slots - 1;
  }
  capacity;
  keys;
  counts;
  mask;
  used = 0;
  exact = true;
  n = 0;
  slot(key) {
    const h = Math.imul((key | 0) ^ (key / 4294967296 | 0), 2654435761);
    return (h ^ h >>> 15) & this.mask;
  }
  add(key) {
    this.n++;
    this.bump(key, 1);
  }
  bump(key, by) {
    const { keys, counts, mask } = this;
    let i = this.slot(key);
    for (; ; ) {
      const c = counts[i];
      if (c === 0) break;
      if (keys[i] === key) {
        counts[i] = c + by;
        return;
      }
      i = i + 1 & mask;
    }
    if (this.used < this.capacity) {
      keys[i] = key;
      counts[i] = by;
      this.used++;
      return;
    }
    this.exact = false;
    this.subtract(by);
  }
  /** Subtracts `by` from every counter, dropping those that reach zero, and rebuilds the table. */
  subtract(by) {
    const { keys, counts } = this;
    if (!this.scratch) this.scratch = [new Float64Array(this.capacity), new Float64Array(this.capacity)];
    const keep = this.scratch;
    let m = 0;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (c > by) {
        keep[0][m] = keys[i];
        keep[1][m++] = c - by;
      }
    }
    counts.fill(0);
    this.used = 0;
    for (let j = 0; j < m; j++) this.place(keep[0][j], keep[1][j]);
  }
  scratch;
  place(key, count) {
    let i = this.slot(key);
    while (this.counts[i] !== 0) i = i + 1 & this.mask;
    this.keys[i] = key;
    this.counts[i] = count;
    this.used++;
  }
  entries() {
    const out = [];
    for (let i = 0; i < this.counts.length; i++)
      if (this.counts[i] > 0) out.push([this.keys[i], this.counts[i]]);
    return out;
  }
  get size() {
    return this.used;
  }
  maxError() {
    if (this.exact) return 0;
    let sum = 0;
    for (const [, c] of this.entries()) sum += c;
    return Math.floor((this.n - sum) / (this.capacity + 1));
  }
  top(limit) {
    return this.entries().sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  }
  count(key) {
    let i = this.slot(key);
    while (this.counts[i] !== 0) {
      if (this.keys[i] === key) return this.counts[i];
      i = i + 1 & this.mask;
    }
    return 0;
  }
  set(key, count) {
    if (this.count(key) > 0) throw new Error(`frequent value ${key} set twice`);
    this.place(key, count);
  }
  merge(other) {
    this.n += other.n;
    this.exact = this.exact && other.exact;
    const all = new Map(this.entries());
    for (const [k, c] of other.entries()) all.set(k, (all.get(k) ?? 0) + c);
    let entries = [...all];
    if (entries.length > this.capacity) {
      this.exact = false;
      const cut = entries.map(([, c]) => c).sort((a, b) => b - a)[this.capacity];
      entries = entries.filter(([, c]) => c > cut).map(([k, c]) => [k, c - cut]);
    }
    this.counts.fill(0);
    this.used = 0;
    for (const [k, c] of entries) this.place(k, c);
  }
};

// src/core/data/sketch/hll.ts
init_esm_dirname();
var HLL_P = 12;
var HLL_RELATIVE_ERROR = 1.04 / Math.sqrt(2 ** HLL_P);
var HyperLogLog = class _HyperLogLog {
  constructor(p = HLL_P, registers) {
    this.p = p;
    this.registers = registers ?? new Uint8Array(1 << p);
  }
  p;
  registers;
  add(hashLo, hashHi) {
    const idx = hashHi >>> 32 - this.p;
    const rank = Math.clz32(hashLo) + 1;
    if (rank > this.registers[idx]) this.registers[idx] = rank;
  }
  merge(other) {
    if (other.p !== this.p)
      throw new Error(`cannot merge HyperLogLog sketches of precision ${this.p} and ${other.p}`);
    const a = this.registers;
    const b = other.registers;
    for (let i = 0; i < a.length; i++) if (b[i] > a[i]) a[i] = b[i];
  }
  estimate() {
    const m = this.registers.length;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      const r = this.registers[i];
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = alpha * m * m / sum;
    if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(raw);
  }
  toBase64() {
    return Buffer.from(this.registers).toString("base64");
  }
  static fromBase64(p, data) {
    const bytes = Buffer.from(data, "base64");
    if (bytes.length !== 1 << p)
      throw new Error(`HyperLogLog of precision ${p} needs ${1 << p} registers, got ${bytes.length}`);
    return new _HyperLogLog(p, new Uint8Array(bytes));
  }
};

// src/core/data/sketch/kll.ts
init_esm_dirname();
var KLL_K = 200;
var KLL_RANK_ERROR = 0.0165;
var C = 2 / 3;
var MIN_CAPACITY = 32;
var SAMPLER_DEPTH = 6;
function sortPrefix(a, n) {
  quicksort(a, 0, n - 1);
}
var mergeScratch = new Float64Array(256);
function sortRuns(a, n) {
  const starts = [0];
  for (let i = 1; i < n; i++) if (a[i] < a[i - 1]) starts.push(i);
  if (starts.length === 1) return;
  if (starts.length > 8) {
    quicksort(a, 0, n - 1);
    return;
  }
  if (mergeScratch.length < n) mergeScratch = new Float64Array(n * 2);
  const tmp = mergeScratch;
  while (starts.length > 1) {
    const next = [];
    for (let r = 0; r < starts.length; r += 2) {
      const lo = starts[r];
      const mid = starts[r + 1] ?? n;
      const hi = starts[r + 2] ?? n;
      next.push(lo);
      if (mid >= hi) continue;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
      while (i < mid) tmp[k++] = a[i++];
      while (j < hi) tmp[k++] = a[j++];
      a.set(tmp.subarray(lo, hi), lo);
    }
    starts.length = 0;
    starts.push(...next);
  }
}
function quicksort(a, lo, hi) {
  while (hi - lo > 24) {
    const mid = lo + hi >>> 1;
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
var KllSketch = class _KllSketch {
  constructor(k = KLL_K, seed = 625341585) {
    this.k = k;
    this.rng = seed >>> 0 || 1;
    this.updateCapacities();
  }
  k;
  n = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  levels = [new Float64Array(MIN_CAPACITY)];
  sizes = [0];
  capacities = [];
  rng;
  /**
   * KLL's sampler: below the compactors, one uniformly chosen value of each block of 2^base
   * values enters level `base` (weight 2^base). The paper shows this keeps the error bound; it
   * makes an update O(1) instead of a share in sorting every value.
   */
  base = 0;
  blockSize = 1;
  blockSeen = 0;
  blockTarget = 0;
  pending = 0;
  /** Level capacities shrink geometrically from the top level down; recomputed when a level is added. */
  updateCapacities() {
    const top = this.levels.length - 1;
    this.capacities = this.levels.map((_, h) => Math.max(MIN_CAPACITY, Math.ceil(this.k * C ** (top - h))));
  }
  capacity(h) {
    return this.capacities[h];
  }
  coin() {
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return x & 1;
  }
  update(x) {
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.n++;
    if (this.blockSeen === this.blockTarget) this.pending = x;
    if (++this.blockSeen < this.blockSize) return;
    this.blockSeen = 0;
    if (this.blockSize > 1) this.blockTarget = this.randomBelow(this.blockSize);
    const b = this.base;
    if (this.sizes[b] >= this.capacities[b]) this.compress();
    const at = this.base;
    const s = this.sizes[at];
    if (s >= this.levels[at].length) this.grow(at, s + 1);
    this.levels[at][s] = this.pending;
    this.sizes[at] = s + 1;
  }
  randomBelow(n) {
    this.coin();
    return this.rng % n;
  }
  /**
   * Keeps at most SAMPLER_DEPTH + 1 compacting levels: when the sketch grows a level on top, the
   * lowest one is compacted away and the sampler's blocks double.
   */
  raiseBase() {
    const wanted = Math.max(0, this.levels.length - 1 - SAMPLER_DEPTH);
    while (this.base < wanted) {
      this.promoteAll(this.base);
      this.base++;
      this.blockSize *= 2;
      this.blockSeen = 0;
      this.blockTarget = this.randomBelow(this.blockSize);
    }
  }
  /** Compacts every item of level h into h + 1 (an odd last item goes up with probability 1/2). */
  promoteAll(h) {
    const size = this.sizes[h];
    if (size === 0) return;
    const level = this.levels[h];
    sortPrefix(level, size);
    const up = h + 1;
    const need = this.sizes[up] + Math.ceil(size / 2);
    if (need > this.levels[up].length) this.grow(up, need);
    const dst = this.levels[up];
    let j = this.sizes[up];
    const even = size - (size & 1);
    for (let i = this.coin(); i < even; i += 2) dst[j++] = level[i];
    if (size & 1 && this.coin()) dst[j++] = level[even];
    this.sizes[up] = j;
    this.sizes[h] = 0;
  }
  grow(h, need) {
    const old = this.levels[h];
    const next = new Float64Array(Math.max(need, old.length * 2, MIN_CAPACITY));
    next.set(old.subarray(0, this.sizes[h]));
    this.levels[h] = next;
  }
  /** Compacts the lowest levels that are at or over capacity until every level fits. */
  compress() {
    for (let h = 0; h < this.levels.length; h++) {
      const size = this.sizes[h];
      if (size < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) {
        this.levels.push(new Float64Array(MIN_CAPACITY));
        this.sizes.push(0);
        this.updateCapacities();
      }
      if (h < this.base) continue;
      const level = this.levels[h];
      if (h === 0) sortPrefix(level, size);
      else sortRuns(level, size);
      const even = size - (size & 1);
      const keep = size & 1 ? level[even] : 0;
      const up = h + 1;
      const need = this.sizes[up] + even / 2;
      if (need > this.levels[up].length) this.grow(up, need);
      const dst = this.levels[up];
      let j = this.sizes[up];
      for (let i = this.coin(); i < even; i += 2) dst[j++] = level[i];
      this.sizes[up] = j;
      this.sizes[h] = size & 1;
      if (size & 1) level[0] = keep;
    }
    this.raiseBase();
  }
  merge(other) {
    if (other.n === 0) return;
    while (this.levels.length < other.levels.length) {
      this.levels.push(new Float64Array(MIN_CAPACITY));
      this.sizes.push(0);
    }
    this.updateCapacities();
    for (let h = 0; h < other.levels.length; h++) {
      const add = other.sizes[h];
      if (add === 0) continue;
      const need = this.sizes[h] + add;
      if (need > this.levels[h].length) this.grow(h, need);
      this.levels[h].set(other.levels[h].subarray(0, add), this.sizes[h]);
      this.sizes[h] = need;
    }
    this.n += other.n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    for (let h = 0; h < this.base; h++) this.promoteAll(h);
    this.raiseBase();
    for (let guard = 0; guard < 64; guard++) {
      let over = false;
      for (let h = 0; h < this.levels.length; h++) if (this.sizes[h] >= this.capacity(h)) over = true;
      if (!over) break;
      this.compress();
    }
  }
  /** Sorted items with cumulative weights, for rank and quantile queries. */
  sorted() {
    const pairs = [];
    for (let h = 0; h < this.levels.length; h++) {
      const w = 2 ** h;
      const level = this.levels[h];
      for (let i = 0; i < this.sizes[h]; i++) pairs.push([level[i], w]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cumulative = new Float64Array(pairs.length);
    let acc = 0;
    pairs.forEach(([v, w], i) => {
      acc += w;
      values[i] = v;
      cumulative[i] = acc;
    });
    return { values, cumulative };
  }
  /** Value at normalised rank q ∈ [0, 1] (q = 0 → min, q = 1 → max). */
  quantile(q) {
    return this.quantiles([q])[0];
  }
  quantiles(qs) {
    if (this.n === 0) return qs.map(() => Number.NaN);
    const { values, cumulative } = this.sorted();
    const weight = cumulative[cumulative.length - 1];
    return qs.map((q) => {
      if (q <= 0) return this.min;
      if (q >= 1) return this.max;
      const target = q * weight;
      let lo = 0;
      let hi = values.length - 1;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        if (cumulative[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      return values[lo];
    });
  }
  /** Estimated fraction of values ≤ x. */
  rank(x) {
    if (this.n === 0) return Number.NaN;
    let below = 0;
    let weight = 0;
    for (let h = 0; h < this.levels.length; h++) {
      const w = 2 ** h;
      const level = this.levels[h];
      for (let i = 0; i < this.sizes[h]; i++) {
        weight += w;
        if (level[i] <= x) below += w;
      }
    }
    return below / weight;
  }
  toJSON() {
    return {
      k: this.k,
      n: this.n,
      min: this.n ? this.min : 0,
      max: this.n ? this.max : 0,
      levels: this.levels.map((l, h) => Array.from(l.subarray(0, this.sizes[h])))
    };
  }
  static from(state) {
    const s = new _KllSketch(state.k, state.n * 2654435761 >>> 0);
    s.n = state.n;
    s.min = state.n ? state.min : Number.POSITIVE_INFINITY;
    s.max = state.n ? state.max : Number.NEGATIVE_INFINITY;
    s.levels = state.levels.map((l) => Float64Array.from(l.length ? l : [0]));
    s.sizes = state.levels.map((l) => l.length);
    if (s.levels.length === 0) {
      s.levels = [new Float64Array(MIN_CAPACITY)];
      s.sizes = [0];
    }
    s.updateCapacities();
    s.base = 0;
    s.raiseBase();
    return s;
  }
};

// src/core/data/profile.ts
var PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
var HISTOGRAM_BINS = 20;
var ColumnAccumulator = class _ColumnAccumulator {
  constructor(name) {
    this.name = name;
  }
  name;
  kinds = new Float64Array(8);
  /** Finite numbers (and datetimes as epoch ms): count, mean, sum of squared deviations. */
  n = 0;
  mean = 0;
  m2 = 0;
  kll = new KllSketch();
  hll = new HyperLogLog();
  /** Frequent integers and frequent texts (strings, booleans), kept apart so each map has one key type. */
  frequentNum = new FrequentNumbers();
  frequentText = new FrequentItems();
  get count() {
    let s = 0;
    for (const v of this.kinds) s += v;
    return s;
  }
  add(col, rows) {
    const { kinds, nums, texts, hashLo, hashHi } = col;
    const counts = this.kinds;
    const kll = this.kll;
    const hll = this.hll;
    const frequentNum = this.frequentNum;
    const frequentText = this.frequentText;
    let n = 0;
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      const k = kinds[r];
      counts[k]++;
      if (k === CELL_MISSING) continue;
      hll.add(hashLo[r], hashHi[r]);
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r];
        n++;
        sum += x;
        kll.update(x);
        if (k === CELL_INT) frequentNum.add(x);
      } else if (k === CELL_STRING || k === CELL_BOOL) {
        frequentText.add(texts[r]);
      }
    }
    if (n === 0) return;
    const mean = sum / n;
    let m2 = 0;
    for (let r = 0; r < rows; r++) {
      const k = kinds[r];
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const d = nums[r] - mean;
        m2 += d * d;
      }
    }
    this.combineMoments(n, mean, m2);
  }
  combineMoments(n, mean, m2) {
    if (n === 0) return;
    const total = this.n + n;
    const delta = mean - this.mean;
    this.m2 += m2 + delta * delta * this.n * n / total;
    this.mean += delta * n / total;
    this.n = total;
  }
  merge(other) {
    for (let k = 0; k < 8; k++) this.kinds[k] += other.kinds[k];
    this.combineMoments(other.n, other.mean, other.m2);
    this.kll.merge(other.kll);
    this.hll.merge(other.hll);
    this.frequentNum.merge(other.frequentNum);
    this.frequentText.merge(other.frequentText);
  }
  type() {
    return inferColumnType(Array.from(this.kinds));
  }
  toProfile() {
    const k = this.kinds;
    const num = this.frequentNum;
    const text = this.frequentText;
    const exact = num.exact && text.exact && k[CELL_FLOAT] === 0 && k[CELL_DATETIME] === 0;
    const exactDistinct = num.size + text.size;
    const items = [...num.top(num.capacity), ...text.top(text.capacity)].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count }));
    return {
      name: this.name,
      type: this.type(),
      count: this.count,
      missing: k[CELL_MISSING],
      nan: k[CELL_NAN],
      inf: k[CELL_INF],
      type_counts: {
        int: k[CELL_INT],
        float: k[CELL_FLOAT] + k[CELL_NAN] + k[CELL_INF],
        bool: k[CELL_BOOL],
        datetime: k[CELL_DATETIME],
        string: k[CELL_STRING]
      },
      numeric: this.n > 0 ? this.numericSummary() : void 0,
      distinct: {
        count: exact ? exactDistinct + (k[CELL_NAN] > 0 ? 1 : 0) + (k[CELL_INF] > 0 ? 1 : 0) : this.hll.estimate(),
        exact,
        hll: { p: this.hll.p, registers: this.hll.toBase64() }
      },
      frequent: {
        capacity: num.capacity,
        exact: num.exact && text.exact,
        n: num.n + text.n,
        max_error: Math.max(num.maxError(), text.maxError()),
        items
      }
    };
  }
  numericSummary() {
    const variance = this.n > 1 ? this.m2 / (this.n - 1) : 0;
    const qs = this.kll.quantiles(PROFILE_QUANTILES);
    const quantiles = {};
    PROFILE_QUANTILES.forEach((q, i) => {
      quantiles[`p${Math.round(q * 100)}`] = qs[i];
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
      sketch: this.kll.toJSON()
    };
  }
  static fromProfile(p) {
    const acc = new _ColumnAccumulator(p.name);
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
    acc.hll = HyperLogLog.fromBase64(p.distinct.hll.p, p.distinct.hll.registers);
    acc.frequentNum = new FrequentNumbers(p.frequent.capacity);
    acc.frequentText = new FrequentItems(p.frequent.capacity);
    for (const { value, count } of p.frequent.items) {
      if (typeof value === "number") {
        acc.frequentNum.set(value, count);
        acc.frequentNum.n += count;
      } else {
        acc.frequentText.set(value, count);
        acc.frequentText.n += count;
      }
    }
    acc.frequentText.n += p.frequent.n - acc.frequentNum.n - acc.frequentText.n;
    acc.frequentNum.exact = p.frequent.exact;
    acc.frequentText.exact = p.frequent.exact;
    return acc;
  }
};
function histogramFromSketch(kll, bins = HISTOGRAM_BINS) {
  if (kll.n === 0) return { edges: [], counts: [] };
  const { min, max } = kll;
  if (min === max) return { edges: [min, max], counts: [kll.n] };
  const edges = Array.from(
    { length: bins + 1 },
    (_, i) => i === bins ? max : min + (max - min) * i / bins
  );
  const counts = [];
  let prev = 0;
  for (let i = 1; i <= bins; i++) {
    const below = i === bins ? kll.n : Math.round(kll.rank(edges[i]) * kll.n);
    counts.push(Math.max(0, below - prev));
    prev = Math.max(prev, below);
  }
  return { edges, counts };
}
var Profiler = class {
  constructor(names, opts = {}) {
    this.names = names;
    this.opts = opts;
    this.columns = names.map((n) => new ColumnAccumulator(n));
    this.rowIndex = new RowIndex(void 0, opts.rowIndexSlots);
    this.labelIndex = opts.label === void 0 ? -1 : names.indexOf(opts.label);
    this.hashOrder = names.map((_, i) => i).sort((a, b) => names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
  }
  names;
  opts;
  columns;
  rowIndex;
  /** Label values numbered in order of appearance, for the row index's 16-bit label ids. */
  labelIds = /* @__PURE__ */ new Map();
  rowHashes = new HyperLogLog();
  labelIndex;
  hashOrder;
  rows = 0;
  /** Duplicate and conflicting rows by hash level: exact counts until the row index samples. */
  duplicates = new LevelCounts();
  conflicts = new LevelCounts();
  /** Feature hashes of the last chunk (valid until the next `add`). */
  featureLo = new Uint32Array(0);
  featureHi = new Uint32Array(0);
  /** ROW_NEW / ROW_DUPLICATE / ROW_CONFLICT for each row of the last chunk. */
  rowStatus = new Uint8Array(0);
  add(chunk) {
    const rows = chunk.rows;
    chunk.columns.forEach((col, c) => {
      this.columns[c].add(col, rows);
    });
    if (this.featureLo.length < rows) {
      this.featureLo = new Uint32Array(rows);
      this.featureHi = new Uint32Array(rows);
      this.rowStatus = new Uint8Array(rows);
    }
    const lo = this.featureLo;
    const hi = this.featureHi;
    hashRows(chunk, this.labelIndex, this.hashOrder, lo, hi);
    const label = this.labelIndex >= 0 ? chunk.columns[this.labelIndex] : void 0;
    const labelIds = this.labelIds;
    for (let r = 0; r < rows; r++) {
      const labelHash = label ? label.hashLo[r] : 0;
      let labelId = 0;
      if (label) {
        const known = labelIds.get(labelHash);
        if (known !== void 0) labelId = known;
        else if (labelIds.size < MAX_LABEL_IDS) {
          labelId = labelIds.size;
          labelIds.set(labelHash, labelId);
        } else labelId = labelHash & MAX_LABEL_IDS;
      }
      const status = this.rowIndex.add(lo[r], hi[r], labelId);
      this.rowStatus[r] = status;
      if (status === ROW_DUPLICATE) this.duplicates.note(lo[r]);
      else if (status === ROW_CONFLICT) this.conflicts.note(lo[r]);
      this.rowHashes.add(lo[r] ^ labelHash, hi[r]);
    }
    this.rows += rows;
  }
  /** Whether duplicate, conflict and leakage counts are exact (the row index never had to sample). */
  get rowCountsExact() {
    return this.rowIndex.level === 0;
  }
  get duplicateRows() {
    return this.duplicates.estimate(this.rowIndex.level);
  }
  get conflictRows() {
    return this.conflicts.estimate(this.rowIndex.level);
  }
  finish(sources) {
    return {
      schema: PROFILE_SCHEMA,
      sources,
      rows: this.rows,
      duplicate_rows: this.duplicateRows,
      duplicate_rows_exact: this.rowCountsExact,
      row_hashes: { p: this.rowHashes.p, registers: this.rowHashes.toBase64() },
      label: this.opts.label,
      columns: this.columns.map((c) => c.toProfile()),
      errors: { quantile_rank: KLL_RANK_ERROR, distinct_relative: HLL_RELATIVE_ERROR }
    };
  }
};
function mergeProfiles(profiles) {
  if (profiles.length === 0) throw new Error("mergeProfiles needs at least one profile");
  const names = [];
  for (const p of profiles) for (const c of p.columns) if (!names.includes(c.name)) names.push(c.name);
  const merged = names.map((n) => new ColumnAccumulator(n));
  const rowHashes = new HyperLogLog(HLL_P);
  let rows = 0;
  let duplicates = 0;
  for (const p of profiles) {
    rows += p.rows;
    duplicates += p.duplicate_rows;
    rowHashes.merge(HyperLogLog.fromBase64(p.row_hashes.p, p.row_hashes.registers));
    names.forEach((name, i) => {
      const col = p.columns.find((c) => c.name === name);
      const acc = merged[i];
      if (col) acc.merge(ColumnAccumulator.fromProfile(col));
      else acc.kinds[CELL_MISSING] += p.rows;
    });
  }
  const exact = profiles.length === 1 && profiles[0].duplicate_rows_exact;
  const estimated = Math.max(0, rows - rowHashes.estimate());
  const labels = new Set(profiles.map((p) => p.label));
  return profileContract.parse({
    schema: PROFILE_SCHEMA,
    sources: profiles.flatMap((p) => p.sources),
    rows,
    duplicate_rows: exact ? duplicates : Math.max(duplicates, estimated),
    duplicate_rows_exact: exact,
    row_hashes: { p: rowHashes.p, registers: rowHashes.toBase64() },
    label: labels.size === 1 ? profiles[0].label : void 0,
    columns: merged.map((c) => c.toProfile()),
    errors: { quantile_rank: KLL_RANK_ERROR, distinct_relative: HLL_RELATIVE_ERROR }
  });
}

// src/core/data/scan.ts
init_esm_dirname();
var MAX_EXAMPLES = 10;
var Evidence = class {
  count = 0;
  /** False when `count` is an estimate (a row check on a file larger than the row index); examples stay real rows. */
  exact = true;
  examples = [];
  note(row, line, value) {
    this.count++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ row, line, value });
  }
};
var ColumnEvidence = class {
  constructor(rules = {}) {
    this.rules = rules;
  }
  rules;
  /** First cells of each kind (index CellKind): the odd ones out of a column. Counts are the profile's. */
  byKind = Array.from({ length: 8 }, () => new Evidence());
  /** Examples still wanted per kind: one typed-array read per cell once they are all in. */
  examplesOpen = new Uint8Array(8).fill(MAX_EXAMPLES);
  outOfRange = new Evidence();
  outOfDomain = new Evidence();
  /** The largest and smallest finite values with their rows (examples for outliers). */
  high = [];
  low = [];
  add(col, chunk) {
    const { kinds, nums, texts } = col;
    const { lines, firstRow } = chunk;
    const { range, domain } = this.rules;
    const byKind = this.byKind;
    let highMin = this.high.length < MAX_EXAMPLES ? Number.NEGATIVE_INFINITY : this.high.at(-1).value;
    let lowMax = this.low.length < MAX_EXAMPLES ? Number.POSITIVE_INFINITY : this.low.at(-1).value;
    const open = this.examplesOpen;
    for (let r = 0; r < chunk.rows; r++) {
      const k = kinds[r];
      if (open[k] !== 0) {
        byKind[k].note(firstRow + r + 1, lines[r], cellText(col, r));
        open[k] = open[k] - 1;
      }
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r];
        if (x > highMin) highMin = keepExtreme(this.high, x, firstRow + r + 1, lines[r], -1);
        if (x < lowMax) lowMax = keepExtreme(this.low, x, firstRow + r + 1, lines[r], 1);
        if (range && k !== CELL_DATETIME && (x < range.min || x > range.max)) {
          this.outOfRange.note(firstRow + r + 1, lines[r], x);
        }
      }
      if (domain && k !== CELL_MISSING) {
        const text = k === CELL_STRING ? texts[r] : cellText(col, r);
        if (!domain.has(text)) this.outOfDomain.note(firstRow + r + 1, lines[r], text);
      }
    }
  }
};
function keepExtreme(list, x, row, line, order) {
  let i = list.length;
  while (i > 0 && order * (list[i - 1].value - x) > 0) i--;
  list.splice(i, 0, { row, line, value: x });
  if (list.length > MAX_EXAMPLES) list.pop();
  return list.length < MAX_EXAMPLES ? order > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY : list.at(-1).value;
}
async function scanFile(path, opts = {}) {
  const source = await openSource(path, { ...opts.read, reuseChunks: true });
  const label = opts.label !== void 0 && source.columns.includes(opts.label) ? opts.label : void 0;
  const profiler = new Profiler(source.columns, { label, rowIndexSlots: opts.rowIndexSlots });
  const evidence = source.columns.map((name) => new ColumnEvidence(opts.rules?.get(name)));
  const duplicates = new Evidence();
  const conflicts = new Evidence();
  const leakage = new Evidence();
  const leaked = new LevelCounts();
  const labelIndex = profiler.labelIndex;
  const task = (opts.progress ?? noProgress).start(`reading ${path}`, source.total);
  try {
    for await (const chunk of source.chunks()) {
      if (chunk.firstRow === 0 && source.position() > 0) {
        profiler.rowIndex.reserve(Math.ceil(chunk.rows * source.total / source.position()));
      }
      profiler.add(chunk);
      chunk.columns.forEach((col, c) => {
        evidence[c].add(col, chunk);
      });
      const status = profiler.rowStatus;
      const labelCol = labelIndex >= 0 ? chunk.columns[labelIndex] : void 0;
      for (let r = 0; r < chunk.rows; r++) {
        const s = status[r];
        if (s === ROW_DUPLICATE)
          duplicates.note(chunk.firstRow + r + 1, chunk.lines[r], "repeats an earlier row");
        else if (s === ROW_CONFLICT)
          conflicts.note(chunk.firstRow + r + 1, chunk.lines[r], labelCol ? cellText(labelCol, r) : null);
      }
      if (opts.leakageIndex) {
        for (let r = 0; r < chunk.rows; r++) {
          if (opts.leakageIndex.has(profiler.featureLo[r], profiler.featureHi[r])) {
            leaked.note(profiler.featureLo[r]);
            leakage.note(chunk.firstRow + r + 1, chunk.lines[r], "also in the training data");
          }
        }
      }
      task.update(source.position());
    }
  } finally {
    await source.close();
  }
  if (profiler.rows === 0) throw noRowsError(path);
  if (!profiler.rowCountsExact) {
    duplicates.count = profiler.duplicateRows;
    duplicates.exact = false;
    conflicts.count = profiler.conflictRows;
    conflicts.exact = false;
  }
  if (opts.leakageIndex && opts.leakageIndex.level > 0) {
    leakage.count = leaked.estimate(opts.leakageIndex.level);
    leakage.exact = false;
  }
  const profile = profiler.finish([{ file: path, format: source.format, rows: profiler.rows }]);
  task.done(`${profiler.rows} rows`);
  return {
    profile,
    columns: source.columns,
    evidence,
    duplicates,
    conflicts,
    leakage,
    rowIndex: profiler.rowIndex,
    file: path
  };
}

export {
  columnType,
  loadContractFile,
  loadProfile,
  KllSketch,
  mergeProfiles,
  scanFile
};
