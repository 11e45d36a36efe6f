import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  scanThreads,
  takePrestarted
} from "./chunk-MEZAY5XX.js";
import {
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INT,
  CELL_MISSING,
  CELL_STRING,
  CHUNK_ROWS,
  ColumnAccumulator,
  HLL_P,
  HLL_RELATIVE_ERROR,
  HyperLogLog,
  KLL_RANK_ERROR,
  KLL_SEED,
  cellText,
  noRowsError,
  openSource
} from "./chunk-7X562T77.js";
import {
  SCAN_WORKER_LIMITS,
  adopt,
  bundledWorker,
  detectFormat,
  revivedError,
  withWorkersCompilingInline
} from "./chunk-SNNBJZIZ.js";
import {
  PROFILE_SCHEMA,
  profileContract
} from "./chunk-FW7P332B.js";
import {
  noProgress
} from "./chunk-I2J6S7FN.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/profile-file.ts
init_esm_dirname();
function buildProfile(columns, rows, sources) {
  return {
    schema: PROFILE_SCHEMA,
    sources,
    rows: rows.rows,
    duplicate_rows: rows.duplicateRows,
    duplicate_rows_exact: rows.duplicateRowsExact,
    row_hashes: rows.rowHashes.toJSON(),
    label: rows.label,
    columns: columns.map((c) => c.toProfile()),
    errors: { quantile_rank: KLL_RANK_ERROR, distinct_relative: HLL_RELATIVE_ERROR }
  };
}
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
    rowHashes.merge(HyperLogLog.from(p.row_hashes));
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
    row_hashes: rowHashes.toJSON(),
    label: labels.size === 1 ? profiles[0].label : void 0,
    columns: merged.map((c) => c.toProfile()),
    errors: { quantile_rank: KLL_RANK_ERROR, distinct_relative: HLL_RELATIVE_ERROR }
  });
}

// src/core/data/scan.ts
init_esm_dirname();
import { stat } from "node:fs/promises";

// src/core/data/pass.ts
init_esm_dirname();
import { MessageChannel, Worker } from "node:worker_threads";

// src/core/data/pipe.ts
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
    mixColumn(lo, hi, outLo, outHi, rows);
  }
  finishRows(outLo, outHi, rows);
}
function mixColumn(lo, hi, outLo, outHi, rows) {
  for (let r = 0; r < rows; r++) {
    let a = outLo[r] ^ lo[r] | 0;
    a = Math.imul(a << 15 | a >>> 17, 2246822507);
    let b = outHi[r] ^ hi[r] | 0;
    b = Math.imul(b << 13 | b >>> 19, 3266489909);
    outLo[r] = a + b | 0;
    outHi[r] = b ^ a >>> 7;
  }
}
function finishRows(outLo, outHi, rows) {
  for (let r = 0; r < rows; r++) {
    let a = outLo[r] | 0;
    let b = outHi[r] | 0;
    a = Math.imul(a ^ a >>> 16, 2246822507);
    b = Math.imul(b ^ b >>> 13, 3266489909) ^ a;
    a ^= Math.imul(b ^ b >>> 16, 668265263);
    outLo[r] = a;
    outHi[r] = b;
  }
}
var ROW_NEW = 0;
var ROW_DUPLICATE = 1;
var ROW_CONFLICT = 2;
var MAX_LABEL_IDS = 65535;
var ROW_INDEX_MAX_SLOTS = 1 << 21;
var SWEEP_PART_BITS = 10;
var SWEEP_PARTS = 1 << SWEEP_PART_BITS;
var SWEEP_MIN_ROWS = 4096;
var sweepStarts = new Int32Array(SWEEP_PARTS + 1);
var sweepOrder = new Int32Array(0);
var RowIndex = class _RowIndex {
  constructor(capacity = 1 << 16, maxSlots = ROW_INDEX_MAX_SLOTS) {
    this.maxSlots = maxSlots;
    let cap = 1 << 10;
    while (cap < capacity && cap < maxSlots) cap <<= 1;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }
  maxSlots;
  /** Slot i is [2i] the low hash word and [2i + 1] the tag: one cache line holds both. */
  slots;
  mask;
  size = 0;
  /** Sampling level: rows with fewer leading zero bits in their low hash word are not indexed. */
  level = 0;
  get capacity() {
    return this.mask + 1;
  }
  /** An index rebuilt from its structured clone (posted by the thread that scanned the file). */
  static revive(plain) {
    return adopt(new _RowIndex(1, plain.maxSlots), plain);
  }
  /** The buffer to transfer, rather than copy, when the index is posted to another thread. */
  transferables() {
    return [this.slots.buffer];
  }
  /**
   * Grows the table at once to hold about `rows` distinct rows (within the budget), instead of
   * doubling its way there: each doubling re-inserts every row so far, and old and new tables are
   * briefly both alive. Only speed and transient memory change, never which rows are indexed.
   */
  reserve(rows) {
    let cap = this.capacity;
    while (cap * 3 < rows * 4 && cap * 2 <= this.maxSlots) cap *= 2;
    if (cap > this.capacity) this.rehash(cap);
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
    if (this.size * 4 >= this.capacity * 3) {
      if (this.capacity * 2 <= this.maxSlots) this.grow();
      else {
        this.raiseLevel();
        if (Math.clz32(lo) < this.level) return ROW_NEW;
      }
    }
    const slots = this.slots;
    const mask = this.mask;
    const key = hi >>> 17 << 17 | 65536;
    let i = lo & mask;
    for (; ; ) {
      const t = slots[2 * i + 1];
      if (t === 0) {
        slots[2 * i] = lo;
        slots[2 * i + 1] = (key | labelId & 65535) >>> 0;
        this.size++;
        return ROW_NEW;
      }
      if (slots[2 * i] === lo >>> 0 && ((t ^ key) & 4294901760) === 0) {
        return (t & 65535) === (labelId & 65535) ? ROW_DUPLICATE : ROW_CONFLICT;
      }
      i = i + 1 & mask;
    }
  }
  /**
   * `add` for rows [0, n) of a batch, row r's answer in status[r]: the answers that adding them one
   * by one in row order gives. Only rows with the same hash change each other's answer, and they
   * keep their order here; the index is grown for the whole batch first, and a batch during which
   * the index would start sampling more coarsely (which depends on the order) goes in row order.
   * Otherwise the rows go in sorted by the part of the table they land in: the probes then sweep
   * the table once instead of jumping across it, a cache and TLB miss for nearly every row.
   */
  addAll(lo, hi, labelIds, n, status) {
    this.reserve(this.size + n + 1);
    const bits = 31 - Math.clz32(this.capacity);
    if (n < SWEEP_MIN_ROWS || bits <= SWEEP_PART_BITS || (this.size + n) * 4 >= this.capacity * 3) {
      for (let r = 0; r < n; r++) status[r] = this.add(lo[r], hi[r], labelIds[r]);
      return;
    }
    const shift = bits - SWEEP_PART_BITS;
    const mask = this.mask;
    const starts = sweepStarts;
    starts.fill(0);
    for (let r = 0; r < n; r++) starts[((lo[r] & mask) >>> shift) + 1]++;
    for (let p = 1; p <= SWEEP_PARTS; p++) starts[p] += starts[p - 1];
    if (sweepOrder.length < n) sweepOrder = new Int32Array(n);
    const order = sweepOrder;
    for (let r = 0; r < n; r++) order[starts[(lo[r] & mask) >>> shift]++] = r;
    for (let k = 0; k < n; k++) {
      const r = order[k];
      status[r] = this.add(lo[r], hi[r], labelIds[r]);
    }
  }
  /** Whether the row is in the index (false for rows it does not cover). */
  has(lo, hi) {
    if (this.level !== 0 && Math.clz32(lo) < this.level) return false;
    const slots = this.slots;
    const key = hi >>> 17 << 17 | 65536;
    let i = lo & this.mask;
    for (; ; ) {
      const t = slots[2 * i + 1];
      if (t === 0) return false;
      if (slots[2 * i] === lo >>> 0 && ((t ^ key) & 4294901760) === 0) return true;
      i = i + 1 & this.mask;
    }
  }
  grow() {
    this.rehash(this.capacity * 2);
  }
  /**
   * Drops the rows below the next level (about half of them), in place: a second table of the
   * same size would double the index's memory at the moment it is largest.
   */
  raiseLevel() {
    const slots = this.slots;
    do {
      this.level++;
      const level = this.level;
      for (let x = 0; x <= this.mask; x++) {
        while (slots[2 * x + 1] !== 0 && Math.clz32(slots[2 * x]) < level) this.removeAt(x);
      }
    } while (this.size * 4 >= this.capacity * 3 && this.level < 32);
  }
  /** Linear-probing deletion by backward shift (Knuth's Algorithm R): no tombstones, no rehash. */
  removeAt(slot) {
    const { slots, mask } = this;
    let i = slot;
    let j = slot;
    for (; ; ) {
      j = j + 1 & mask;
      if (slots[2 * j + 1] === 0) break;
      const home = slots[2 * j] & mask;
      if (i <= j ? i < home && home <= j : i < home || home <= j) continue;
      slots[2 * i] = slots[2 * j];
      slots[2 * i + 1] = slots[2 * j + 1];
      i = j;
    }
    slots[2 * i] = 0;
    slots[2 * i + 1] = 0;
    this.size--;
  }
  rehash(cap) {
    const old = this.slots;
    const slots = new Uint32Array(cap * 2);
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += 2) {
      const t = old[j + 1];
      if (t === 0) continue;
      let i = old[j] & mask;
      while (slots[2 * i + 1] !== 0) i = i + 1 & mask;
      slots[2 * i] = old[j];
      slots[2 * i + 1] = t;
    }
    this.slots = slots;
    this.mask = mask;
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

// src/core/data/pipe.ts
var CELL_BYTES = 8 + 4 + 4 + 4 + 1;
var ROW_BYTES = 8 + 4 + 4;
function views(buffer, offset, ncol, capacity) {
  const cells = ncol * capacity;
  let at = offset;
  const take = (type, n) => {
    const v = new type(buffer, at, n);
    at += v.byteLength;
    return v;
  };
  return {
    lines: take(Float64Array, capacity),
    nums: take(Float64Array, cells),
    hashLo: take(Uint32Array, cells),
    hashHi: take(Uint32Array, cells),
    textIds: take(Int32Array, cells),
    rowLo: take(Uint32Array, capacity),
    rowHi: take(Uint32Array, capacity),
    kinds: take(Uint8Array, cells)
  };
}
var ChunkRing = class _ChunkRing {
  constructor(buffer, ncol, capacity) {
    this.buffer = buffer;
    this.ncol = ncol;
    this.capacity = capacity;
    const bytes = packedBytes(ncol, capacity);
    this.slots = Array.from({ length: Math.floor(buffer.byteLength / bytes) }, (_, k) => {
      const v = views(buffer, k * bytes, ncol, capacity);
      const { kinds, nums, hashLo, hashHi } = v;
      return { ...v, flat: { kinds, nums, hashLo, hashHi, stride: capacity } };
    });
  }
  buffer;
  ncol;
  capacity;
  slots;
  static create(ncol, capacity, count) {
    return new _ChunkRing(new SharedArrayBuffer(count * packedBytes(ncol, capacity)), ncol, capacity);
  }
};
function packedBytes(ncol, capacity) {
  return ROW_BYTES * capacity + CELL_BYTES * ncol * capacity;
}

// src/core/data/segment.ts
init_esm_dirname();
var MAX_EXAMPLES = 10;
var Evidence = class _Evidence {
  count = 0;
  /** False when `count` is an estimate (a row check on a file larger than the row index); examples stay real rows. */
  exact = true;
  examples = [];
  note(row, line, value) {
    this.count++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ row, line, value });
  }
  /** Evidence rebuilt from its structured clone. */
  static revive(plain) {
    return adopt(new _Evidence(), plain);
  }
  /** Adds a later segment's evidence. */
  absorb(other) {
    this.count += other.count;
    this.exact &&= other.exact;
    for (const e of other.examples) {
      if (this.examples.length >= MAX_EXAMPLES) break;
      this.examples.push(e);
    }
  }
};
var NO_EVIDENCE = Object.freeze(Object.assign(new Evidence(), { examples: Object.freeze([]) }));
function revivedEvidence(e) {
  return e.count === 0 && e.exact && e.examples.length === 0 ? NO_EVIDENCE : Evidence.revive(e);
}
function shiftExamples(examples, rowOffset, lineOffset) {
  for (const e of examples) {
    if (e.row !== void 0) e.row += rowOffset;
    if (e.line !== void 0) e.line += lineOffset;
  }
}
var ColumnEvidence = class _ColumnEvidence {
  constructor(rules = {}) {
    this.rules = rules;
  }
  rules;
  /** First cells of each kind (index CellKind): the odd ones out of a column. Counts are the profile's. */
  byKind = Array.from({ length: 8 }, () => NO_EVIDENCE);
  /** Examples still wanted per kind: one typed-array read per cell once they are all in. */
  examplesOpen = new Uint8Array(8).fill(MAX_EXAMPLES);
  outOfRange = NO_EVIDENCE;
  outOfDomain = NO_EVIDENCE;
  /** The largest and smallest finite values with their rows (examples for outliers). */
  highest = new Extremes(-1);
  lowest = new Extremes(1);
  /** Evidence rebuilt from its structured clone (see adopt). */
  static revive(plain) {
    return adopt(new _ColumnEvidence(plain.rules), {
      ...plain,
      byKind: plain.byKind.map(revivedEvidence),
      outOfRange: revivedEvidence(plain.outOfRange),
      outOfDomain: revivedEvidence(plain.outOfDomain),
      highest: adopt(new Extremes(-1), plain.highest),
      lowest: adopt(new Extremes(1), plain.lowest)
    });
  }
  add(col, chunk) {
    const { kinds, nums, texts } = col;
    const { lines, firstRow } = chunk;
    const { range, domain } = this.rules;
    const byKind = this.byKind;
    const highest = this.highest;
    const lowest = this.lowest;
    let highMin = highest.cut;
    let lowMax = lowest.cut;
    const open = this.examplesOpen;
    for (let r = 0; r < chunk.rows; r++) {
      const k = kinds[r];
      if (open[k] !== 0) {
        if (byKind[k] === NO_EVIDENCE) byKind[k] = new Evidence();
        byKind[k].note(firstRow + r + 1, lines[r], cellText(col, r));
        open[k] = open[k] - 1;
      }
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r];
        if (x > highMin) highMin = highest.offer(x, firstRow + r + 1, lines[r]);
        if (x < lowMax) lowMax = lowest.offer(x, firstRow + r + 1, lines[r]);
        if (range && k !== CELL_DATETIME && (x < range.min || x > range.max)) {
          if (this.outOfRange === NO_EVIDENCE) this.outOfRange = new Evidence();
          this.outOfRange.note(firstRow + r + 1, lines[r], x);
        }
      }
      if (domain && k !== CELL_MISSING) {
        const text = k === CELL_STRING ? texts[r] : cellText(col, r);
        if (!domain.has(text)) {
          if (this.outOfDomain === NO_EVIDENCE) this.outOfDomain = new Evidence();
          this.outOfDomain.note(firstRow + r + 1, lines[r], text);
        }
      }
    }
  }
  /** Adds the evidence of a later segment. */
  absorb(other) {
    other.byKind.forEach((e, k) => {
      if (e.examples.length === 0) return;
      if (this.byKind[k] === NO_EVIDENCE) this.byKind[k] = new Evidence();
      const mine = this.byKind[k];
      for (const x of e.examples) {
        if (mine.examples.length >= MAX_EXAMPLES) break;
        mine.note(x.row, x.line, x.value);
      }
      this.examplesOpen[k] = MAX_EXAMPLES - mine.examples.length;
    });
    if (other.outOfRange !== NO_EVIDENCE) {
      if (this.outOfRange === NO_EVIDENCE) this.outOfRange = new Evidence();
      this.outOfRange.absorb(other.outOfRange);
    }
    if (other.outOfDomain !== NO_EVIDENCE) {
      if (this.outOfDomain === NO_EVIDENCE) this.outOfDomain = new Evidence();
      this.outOfDomain.absorb(other.outOfDomain);
    }
    this.highest.absorb(other.highest);
    this.lowest.absorb(other.lowest);
  }
  /** The largest values, largest first. */
  get high() {
    return this.highest.examples();
  }
  /** The smallest values, smallest first. */
  get low() {
    return this.lowest.examples();
  }
  /** Renumbers rows and lines (a segment scanned from its own start) into the file's. */
  shift(rowOffset, lineOffset) {
    for (const e of [...this.byKind, this.outOfRange, this.outOfDomain]) {
      shiftExamples(e.examples, rowOffset, lineOffset);
    }
    this.highest.shift(rowOffset, lineOffset);
    this.lowest.shift(rowOffset, lineOffset);
  }
};
var NO_EXTREMES = new Float64Array(0);
var Extremes = class {
  constructor(order) {
    this.order = order;
  }
  order;
  data = NO_EXTREMES;
  size = 0;
  /** The value a new extreme has to beat. */
  get cut() {
    if (this.size < MAX_EXAMPLES) return this.order > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    return this.data[MAX_EXAMPLES - 1];
  }
  /** Takes a value that beats `cut`; returns the new cut. */
  offer(x, row, line) {
    if (this.data.length === 0) this.data = new Float64Array(3 * MAX_EXAMPLES);
    const { data: d, order } = this;
    const R = MAX_EXAMPLES;
    const L = 2 * MAX_EXAMPLES;
    let i = Math.min(this.size, MAX_EXAMPLES - 1);
    while (i > 0 && order * (d[i - 1] - x) > 0) {
      d[i] = d[i - 1];
      d[R + i] = d[R + i - 1];
      d[L + i] = d[L + i - 1];
      i--;
    }
    d[i] = x;
    d[R + i] = row;
    d[L + i] = line;
    if (this.size < MAX_EXAMPLES) this.size++;
    return this.cut;
  }
  /** Adds a later segment's extremes. */
  absorb(other) {
    const d = other.data;
    for (let i = 0; i < other.size; i++) {
      const x = d[i];
      if (this.order * (this.cut - x) > 0) this.offer(x, d[MAX_EXAMPLES + i], d[2 * MAX_EXAMPLES + i]);
    }
  }
  shift(rowOffset, lineOffset) {
    const d = this.data;
    for (let i = 0; i < this.size; i++) {
      d[MAX_EXAMPLES + i] += rowOffset;
      d[2 * MAX_EXAMPLES + i] += lineOffset;
    }
  }
  examples() {
    const d = this.data;
    return Array.from({ length: this.size }, (_, i) => ({
      row: d[MAX_EXAMPLES + i],
      line: d[2 * MAX_EXAMPLES + i],
      value: d[i]
    }));
  }
};
var RowBatch = class _RowBatch {
  rows = 0;
  lo = new Uint32Array(0);
  hi = new Uint32Array(0);
  label = new Uint32Array(0);
  lines = new Float64Array(0);
  labelKind = new Uint8Array(0);
  labelValue = new Float64Array(0);
  labelTexts = [];
  textIds = /* @__PURE__ */ new Map();
  cacheText = new Array(64).fill(void 0);
  cacheId = new Int32Array(64);
  clear() {
    this.rows = 0;
    this.labelTexts = [];
    this.textIds.clear();
    this.cacheText.fill(void 0);
  }
  reserve(rows) {
    if (this.lo.length >= rows) return;
    const cap = Math.max(rows, this.lo.length * 2, 1024);
    const grow = (a, make) => {
      const b = make(cap);
      b.set(a.subarray(0, this.rows));
      return b;
    };
    this.lo = grow(this.lo, (n) => new Uint32Array(n));
    this.hi = grow(this.hi, (n) => new Uint32Array(n));
    this.label = grow(this.label, (n) => new Uint32Array(n));
    this.lines = grow(this.lines, (n) => new Float64Array(n));
    this.labelKind = grow(this.labelKind, (n) => new Uint8Array(n));
    this.labelValue = grow(this.labelValue, (n) => new Float64Array(n));
  }
  /**
   * Appends the rows of a chunk: feature hashes mixed in `order`, leaving out the label column
   * (or the chunk's own `rowHashes`, mixed so by the thread that read it).
   */
  append(chunk, labelIndex, order) {
    const at = this.rows;
    const n = chunk.rows;
    this.reserve(at + n);
    if (chunk.rowHashes) {
      this.lo.set(chunk.rowHashes.lo.subarray(0, n), at);
      this.hi.set(chunk.rowHashes.hi.subarray(0, n), at);
    } else hashRows(chunk, labelIndex, order, this.lo.subarray(at, at + n), this.hi.subarray(at, at + n));
    this.lines.set(chunk.lines.subarray(0, n), at);
    const label = labelIndex >= 0 ? chunk.columns[labelIndex] : void 0;
    if (label) {
      this.label.set(label.hashLo.subarray(0, n), at);
      this.labelKind.set(label.kinds.subarray(0, n), at);
      for (let r = 0; r < n; r++) {
        const text = label.texts[r];
        if (text === void 0) {
          this.labelValue[at + r] = label.nums[r];
          continue;
        }
        const slot = label.hashLo[r] & 63;
        let id;
        if (this.cacheText[slot] === text) id = this.cacheId[slot];
        else {
          id = this.textIds.get(text) ?? this.labelTexts.length;
          if (id === this.labelTexts.length) {
            this.labelTexts.push(text);
            this.textIds.set(text, id);
          }
          this.cacheText[slot] = text;
          this.cacheId[slot] = id;
        }
        this.labelValue[at + r] = id;
        this.labelKind[at + r] = this.labelKind[at + r] | LABEL_TEXT;
      }
    }
    this.rows = at + n;
  }
  /** The label value of row r, as `cellText` would give it. */
  labelText(r) {
    const kind = this.labelKind[r];
    if (kind & LABEL_TEXT) return this.labelTexts[this.labelValue[r]];
    if (kind === CELL_MISSING) return null;
    if (kind === CELL_DATETIME) return new Date(this.labelValue[r]).toISOString();
    return String(this.labelValue[r]);
  }
  /** The arrays to transfer to another thread (the batch is not used after it is posted). */
  transferables() {
    return [this.lo, this.hi, this.label, this.lines, this.labelKind, this.labelValue].map(
      (a) => a.buffer
    );
  }
  /** A batch rebuilt from its structured clone. */
  static revive(plain) {
    return adopt(new _RowBatch(), plain);
  }
};
var LABEL_TEXT = 128;
function scanShape(columns, label, rules) {
  const hashOrder = columns.map((_, i) => i).sort((a, b) => columns[a] < columns[b] ? -1 : columns[a] > columns[b] ? 1 : 0);
  return {
    columns,
    labelIndex: label === void 0 ? -1 : columns.indexOf(label),
    hashOrder,
    rules: columns.map((name) => rules?.get(name))
  };
}
var SegmentScan = class _SegmentScan {
  columns;
  evidence;
  labelIndex;
  hashOrder;
  /** `expectedRows`: about how many rows the whole file has, when its segments are merged (0 if unknown). */
  constructor(shape, seed, expectedRows = 0) {
    this.labelIndex = shape.labelIndex;
    this.hashOrder = shape.hashOrder;
    this.columns = shape.columns.map((name) => new ColumnAccumulator(name, seed, expectedRows));
    this.evidence = shape.columns.map((_, c) => new ColumnEvidence(shape.rules[c]));
  }
  /** Adds a chunk's cells; appends its rows to `rows` for the row checks. */
  add(chunk, rows) {
    const n = chunk.rows;
    chunk.columns.forEach((col, c) => {
      this.columns[c].add(col, n);
      this.evidence[c].add(col, chunk);
    });
    rows.append(chunk, this.labelIndex, this.hashOrder);
  }
  /** Adds a later segment. */
  absorb(other) {
    this.columns.forEach((acc, c) => {
      acc.merge(other.columns[c]);
    });
    this.evidence.forEach((ev, c) => {
      ev.absorb(other.evidence[c]);
    });
  }
  /** Renumbers the evidence's rows and lines (see ColumnEvidence.shift). */
  shift(rowOffset, lineOffset) {
    for (const ev of this.evidence) ev.shift(rowOffset, lineOffset);
  }
  /** A segment scan rebuilt from its structured clone (classes do not survive a postMessage). */
  static revive(plain) {
    const shape = { columns: [], labelIndex: plain.labelIndex, hashOrder: plain.hashOrder, rules: [] };
    return adopt(new _SegmentScan(shape, 0), {
      ...plain,
      columns: plain.columns.map((c) => ColumnAccumulator.revive(c)),
      evidence: plain.evidence.map((ev) => ColumnEvidence.revive(ev))
    });
  }
};
function segmentSeed(index) {
  return KLL_SEED + Math.imul(index, 2654435769) >>> 0 || 1;
}
async function findRowStart(fh, offset) {
  const block = Buffer.allocUnsafe(1 << 16);
  let at = Math.max(0, offset - 1);
  for (; ; ) {
    const { bytesRead } = await fh.read(block, 0, block.length, at);
    if (bytesRead === 0) return at;
    const lf = block.subarray(0, bytesRead).indexOf(10);
    if (lf >= 0) return at + lf + 1;
    at += bytesRead;
  }
}
async function estimateRows(fh, start, size) {
  const block = Buffer.allocUnsafe(1 << 16);
  const { bytesRead } = await fh.read(block, 0, block.length, start);
  let lines = 0;
  for (let i = block.indexOf(10); i >= 0 && i < bytesRead; i = block.indexOf(10, i + 1)) lines++;
  return bytesRead === 0 ? 0 : Math.round(Math.max(1, lines) * (size - start) / bytesRead);
}
async function scanSegment(reader, scan, rows) {
  for (let chunk = await reader.next(); chunk; chunk = await reader.next()) scan.add(chunk, rows);
}
async function scanJob(reader, fh, data, job) {
  try {
    const start = job.exactStart ? job.start : await findRowStart(fh, job.start);
    const scan = new SegmentScan(data.shape, segmentSeed(job.index), data.expectedRows);
    const rows = job.rows ? RowBatch.revive(job.rows) : new RowBatch();
    rows.clear();
    await reader.seek(start, job.end, 1, 0);
    if (start < job.end) await scanSegment(reader, scan, rows);
    const end = start < job.end ? reader.bytesConsumed : start;
    return { index: job.index, start, end, lines: reader.lineNumber - 1, scan, rows };
  } catch (e) {
    return { index: job.index, error: e.message };
  }
}

// src/core/data/pass.ts
var SEGMENT_BYTES = 8 << 20;
var MIN_SEGMENT_BYTES = 256 << 10;
var SEGMENT_ROWS = 1 << 17;
function segmentCuts(dataBytes, size) {
  const whole = Math.max(1, Math.ceil(dataBytes / size));
  if (whole < 4) return Array.from({ length: whole }, (_, k) => k * size);
  const cuts = Array.from({ length: whole - 2 }, (_, k) => k * size);
  const from = (whole - 2) * size;
  for (let i = 0; i < 4; i++) cuts.push(from + Math.floor((dataBytes - from) * i / 4));
  return cuts;
}
function segmentBytesFor(dataBytes, rows) {
  if (rows <= 0) return SEGMENT_BYTES;
  const perRow = dataBytes / rows;
  return Math.max(MIN_SEGMENT_BYTES, Math.min(SEGMENT_BYTES, Math.floor(perRow * SEGMENT_ROWS)));
}
var RowTracker = class {
  constructor(slots, hasLabel, leakageIndex) {
    this.hasLabel = hasLabel;
    this.leakageIndex = leakageIndex;
    this.rowIndex = new RowIndex(void 0, slots);
  }
  hasLabel;
  leakageIndex;
  rowIndex;
  /** Label values numbered in order of appearance, for the row index's 16-bit label ids. */
  labelIds = /* @__PURE__ */ new Map();
  cacheHash = new Uint32Array(64);
  cacheId = new Int32Array(64).fill(-1);
  rowHashes = new HyperLogLog();
  /** Duplicate, conflicting and leaked rows by hash level: exact counts until the row index samples. */
  duplicateLevels = new LevelCounts();
  conflictLevels = new LevelCounts();
  leakedLevels = new LevelCounts();
  duplicates = new Evidence();
  conflicts = new Evidence();
  leakage = new Evidence();
  rows = 0;
  /** Scratch of `add`: the batch's label ids and the row index's answers. */
  ids = new Int32Array(0);
  status = new Uint8Array(0);
  /** Adds the next rows of the file; `lineOffset` turns the batch's line numbers into the file's. */
  add(batch, lineOffset) {
    const { lo, hi, label, lines } = batch;
    const n = batch.rows;
    const { labelIds, cacheHash, cacheId, hasLabel, rowHashes, leakageIndex } = this;
    if (this.ids.length < n) {
      this.ids = new Int32Array(n);
      this.status = new Uint8Array(n);
    }
    const { ids, status } = this;
    for (let r = 0; r < n; r++) {
      const rowLo = lo[r];
      const rowHi = hi[r];
      const labelHash = hasLabel ? label[r] : 0;
      let labelId = 0;
      if (hasLabel) {
        const slot = labelHash & 63;
        if (cacheHash[slot] === labelHash && cacheId[slot] !== -1) labelId = cacheId[slot];
        else {
          const known = labelIds.get(labelHash);
          if (known !== void 0) labelId = known;
          else if (labelIds.size < MAX_LABEL_IDS) {
            labelId = labelIds.size;
            labelIds.set(labelHash, labelId);
          } else labelId = labelHash & MAX_LABEL_IDS;
          cacheHash[slot] = labelHash;
          cacheId[slot] = labelId;
        }
      }
      ids[r] = labelId;
      rowHashes.add(rowLo ^ labelHash, rowHi);
      if (leakageIndex?.has(rowLo, rowHi)) {
        this.leakedLevels.note(rowLo);
        this.leakage.note(this.rows + r + 1, lines[r] + lineOffset, "also in the training data");
      }
    }
    this.rowIndex.addAll(lo, hi, ids, n, status);
    for (let r = 0; r < n; r++) {
      const s = status[r];
      if (s === ROW_DUPLICATE) {
        this.duplicateLevels.note(lo[r]);
        this.duplicates.note(this.rows + r + 1, lines[r] + lineOffset, "repeats an earlier row");
      } else if (s === ROW_CONFLICT) {
        this.conflictLevels.note(lo[r]);
        this.conflicts.note(this.rows + r + 1, lines[r] + lineOffset, batch.labelText(r));
      }
    }
    this.rows += n;
  }
  /** Past the row index's budget only a hash sample of rows was checked: counts are scaled up. */
  finish() {
    const level = this.rowIndex.level;
    if (level > 0) {
      this.duplicates.count = this.duplicateLevels.estimate(level);
      this.duplicates.exact = false;
      this.conflicts.count = this.conflictLevels.estimate(level);
      this.conflicts.exact = false;
    }
    if (this.leakageIndex && this.leakageIndex.level > 0) {
      this.leakage.count = this.leakedLevels.estimate(this.leakageIndex.level);
      this.leakage.exact = false;
    }
  }
};
async function scanPass(path, opts = {}) {
  const source = await openSource(path, { ...opts.read, reuseChunks: true });
  const label = opts.label !== void 0 && source.columns.includes(opts.label) ? opts.label : void 0;
  const shape = scanShape(source.columns, label, opts.rules);
  const task = (opts.progress ?? noProgress).start(`reading ${path}`, source.total);
  const newTracker = () => new RowTracker(opts.rowIndexSlots, shape.labelIndex >= 0, opts.leakageIndex);
  let pass;
  try {
    if (source.csv) {
      const plan = await planCsv(source, source.csv, opts);
      const piped = plan.threads === 2 && opts.pipeUrl !== false ? opts.pipeUrl ?? bundledWorker("scan-pipe") : void 0;
      if (piped) {
        const csv = source.csv;
        pass = await withWorkersCompilingInline(() => pipeCsv(piped, source, csv, shape, plan, task, opts));
      }
      if (!pass) {
        const tracker = newTracker();
        pass = passOf(
          source,
          label,
          await scanCsv(source, source.csv, shape, plan, tracker, task, opts),
          tracker
        );
      }
    } else {
      const tracker = newTracker();
      pass = passOf(source, label, await scanChunks(source, shape, tracker, task), tracker);
    }
  } finally {
    await source.close();
  }
  if (pass.rows === 0) throw noRowsError(path);
  task.done(`${pass.rows} rows`);
  return pass;
}
function passOf(source, label, total, tracker) {
  tracker.finish();
  return {
    format: source.format,
    ...source.positions ? { positions: source.positions } : {},
    columns: source.columns,
    label,
    statistics: total.columns,
    evidence: total.evidence,
    rows: tracker.rows,
    duplicates: tracker.duplicates,
    conflicts: tracker.conflicts,
    leakage: tracker.leakage,
    rowIndex: tracker.rowIndex,
    rowHashes: tracker.rowHashes
  };
}
function reserveRows(tracker, rows, bytes, total) {
  if (tracker.rows === 0 && bytes > 0) tracker.rowIndex.reserve(Math.ceil(rows * total / bytes));
}
async function scanChunks(source, shape, tracker, task) {
  const scan = new SegmentScan(shape, segmentSeed(0));
  const rows = new RowBatch();
  for await (const chunk of source.chunks()) {
    rows.clear();
    scan.add(chunk, rows);
    reserveRows(tracker, chunk.rows, source.position(), source.total);
    tracker.add(rows, 0);
    task.update(source.position());
  }
  return scan;
}
async function planCsv(source, csv, opts) {
  const dataBytes = source.bytes - csv.dataStart;
  const estimated = dataBytes > MIN_SEGMENT_BYTES ? await estimateRows(csv.fh, csv.dataStart, source.bytes) : 0;
  const size = opts.segmentBytes ?? segmentBytesFor(dataBytes, estimated);
  const cuts = segmentCuts(dataBytes, size);
  const segments = cuts.length;
  return {
    segments,
    boundary: (k) => k >= segments ? Number.POSITIVE_INFINITY : csv.dataStart + cuts[k],
    // Segment sketches sample at the rate the whole file needs (see KllSketch): the same in every thread.
    expectedRows: segments > 1 ? estimated : 0,
    threads: Math.min(scanThreads(dataBytes, opts.threads), segments, 16)
  };
}
var SegmentMerge = class {
  constructor(shape, expectedRows, tracker, dataStart, bytes) {
    this.shape = shape;
    this.expectedRows = expectedRows;
    this.tracker = tracker;
    this.dataStart = dataStart;
    this.bytes = bytes;
  }
  shape;
  expectedRows;
  tracker;
  dataStart;
  bytes;
  total;
  scan;
  rows = new RowBatch();
  /** Starts segment k, whose chunks follow. */
  begin(k) {
    this.scan = new SegmentScan(this.shape, segmentSeed(k), this.expectedRows);
    this.rows.clear();
  }
  add(chunk) {
    this.scan.add(chunk, this.rows);
  }
  /** Ends the segment begun last, which ended at file offset `end`. */
  end(end) {
    reserveRows(this.tracker, this.rows.rows, end - this.dataStart, this.bytes);
    this.tracker.add(this.rows, 0);
    this.absorb(this.scan);
    this.scan = void 0;
  }
  /** Adds a segment scanned elsewhere, its rows and lines numbered from its start (line `line`). */
  addScanned(scan, rows, end, line) {
    scan.shift(this.tracker.rows, line - 1);
    reserveRows(this.tracker, rows.rows, end - this.dataStart, this.bytes);
    this.tracker.add(rows, line - 1);
    this.absorb(scan);
  }
  absorb(scan) {
    if (this.total) this.total.absorb(scan);
    else this.total = scan;
  }
  result() {
    return this.total ?? new SegmentScan(this.shape, segmentSeed(0));
  }
};
async function scanCsv(source, csv, shape, plan, tracker, task, opts) {
  const { segments, boundary, expectedRows, threads } = plan;
  const workerUrl = opts.workerUrl ?? bundledWorker("scan-worker");
  const data = {
    file: source.file,
    delimiter: csv.delimiter,
    nullValues: csv.nullValues,
    shape,
    expectedRows
  };
  const workers = threads >= 2 && workerUrl ? new SegmentScheduler(
    workerUrl,
    data,
    threads - 1,
    segments,
    boundary,
    (job) => scanJob(csv.reader, csv.fh, data, job)
  ) : void 0;
  const merge = new SegmentMerge(shape, expectedRows, tracker, csv.dataStart, source.bytes);
  let start = csv.dataStart;
  let line = csv.dataLine;
  let failed = true;
  try {
    for (let k = 0; k < segments; k++) {
      const end = boundary(k + 1);
      if (start >= end) continue;
      const result = await workers?.result(k, start);
      if (result && !("error" in result) && result.start === start) {
        const rows = RowBatch.revive(result.rows);
        merge.addScanned(SegmentScan.revive(result.scan), rows, result.end, line);
        workers?.recycle(rows);
        start = result.end;
        line += result.lines;
      } else {
        merge.begin(k);
        await csv.reader.seek(start, end, line, tracker.rows);
        for (let chunk = await csv.reader.next(); chunk; chunk = await csv.reader.next()) merge.add(chunk);
        start = csv.reader.bytesConsumed;
        line = csv.reader.lineNumber;
        merge.end(start);
      }
      task.update(start);
    }
    failed = false;
  } finally {
    workers?.close(failed);
  }
  return merge.result();
}
var PIPE_DEPTH = 24;
var PIPE_RING_BYTES = 24 << 20;
function ringSlots(ncol) {
  return Math.max(2, Math.min(PIPE_DEPTH, Math.floor(PIPE_RING_BYTES / packedBytes(ncol, CHUNK_ROWS))));
}
async function pipeCsv(url, source, csv, shape, plan, task, opts) {
  const channel = new MessageChannel();
  const ncol = source.columns.length;
  const ring = ChunkRing.create(ncol, CHUNK_ROWS, ringSlots(ncol)).buffer;
  const profiler = {
    role: "profile",
    format: source.format,
    columns: source.columns,
    label: shape.labelIndex >= 0 ? source.columns[shape.labelIndex] : void 0,
    shape,
    expectedRows: plan.expectedRows,
    dataStart: csv.dataStart,
    bytes: source.bytes,
    rowIndexSlots: opts.rowIndexSlots,
    leakageIndex: opts.leakageIndex,
    port: channel.port1,
    ring
  };
  const tokenizer = {
    role: "tokenize",
    file: source.file,
    delimiter: csv.delimiter,
    nullValues: csv.nullValues,
    columns: source.columns,
    labelIndex: shape.labelIndex,
    hashOrder: shape.hashOrder,
    starts: Array.from({ length: plan.segments }, (_, k) => plan.boundary(k)),
    dataLine: csv.dataLine,
    port: channel.port2,
    ring
  };
  return passFromWorkers(
    url,
    // The tokeniser first: it takes the worker started ahead, if there is one (see prestartPipe).
    [tokenizer, profiler].map((data) => ({ workerData: data, transferList: [data.port] })),
    (m) => task.update(m.progress),
    // The tokeniser may end once it has posted every chunk; the profiler ends only when stopped.
    (k) => k === 0
  );
}
async function passFromWorkers(url, starts, onMessage, mayEnd = () => false) {
  const workers = [];
  try {
    for (const start of starts) {
      const worker = takePrestarted(url, start.workerData, start.transferList) ?? new Worker(url, { ...start, resourceLimits: SCAN_WORKER_LIMITS });
      workers.push(worker);
    }
  } catch {
    for (const w of workers) void w.terminate();
    return void 0;
  }
  try {
    return await new Promise((resolve, reject) => {
      workers.forEach((worker, k) => {
        worker.on("message", (m) => {
          if ("pass" in m) resolve(revivedPass(m.pass));
          else if ("error" in m) reject(revivedError(m.error));
          else onMessage(m);
        });
        worker.once("error", () => resolve(void 0));
        worker.once("exit", (code) => {
          if (code !== 0 || !mayEnd(k)) resolve(void 0);
        });
      });
    });
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners();
      worker.on("error", () => {
      });
      void worker.terminate();
    }
  }
}
function revivedPass(plain) {
  return {
    ...plain,
    statistics: plain.statistics.map((c) => ColumnAccumulator.revive(c)),
    evidence: plain.evidence.map((ev) => ColumnEvidence.revive(ev)),
    duplicates: Evidence.revive(plain.duplicates),
    conflicts: Evidence.revive(plain.conflicts),
    leakage: Evidence.revive(plain.leakage),
    rowIndex: RowIndex.revive(plain.rowIndex),
    rowHashes: HyperLogLog.revive(plain.rowHashes)
  };
}
var SegmentScheduler = class {
  constructor(url, data, workers, segments, boundary, local) {
    this.segments = segments;
    this.boundary = boundary;
    this.local = local;
    for (let i = 0; i < workers; i++) {
      let worker;
      try {
        worker = new Worker(url, { workerData: data, resourceLimits: SCAN_WORKER_LIMITS });
      } catch {
        continue;
      }
      this.alive++;
      worker.on("message", (done) => {
        this.jobs.delete(worker);
        this.deliver(done.index, done);
        this.idle.push(worker);
        this.pump();
      });
      const lost = () => {
        const job = this.jobs.get(worker);
        this.jobs.delete(worker);
        const at = this.idle.indexOf(worker);
        if (at >= 0) this.idle.splice(at, 1);
        this.alive--;
        if (job !== void 0) this.deliver(job, void 0);
      };
      worker.once("error", lost);
      worker.once("exit", lost);
      this.idle.push(worker);
    }
    this.pump();
  }
  segments;
  boundary;
  local;
  results = /* @__PURE__ */ new Map();
  waiting = /* @__PURE__ */ new Map();
  idle = [];
  jobs = /* @__PURE__ */ new Map();
  /** Row batches of merged segments, handed out again with new jobs. */
  spare = [];
  alive = 0;
  next = 0;
  merged = 0;
  deliver(k, done) {
    const wake = this.waiting.get(k);
    if (wake) {
      this.waiting.delete(k);
      wake(done);
    } else this.results.set(k, done);
  }
  get window() {
    return Math.min(this.segments, this.merged + 2 * (this.alive + 1));
  }
  job(k, start) {
    return {
      index: k,
      start: start ?? this.boundary(k),
      end: this.boundary(k + 1),
      exactStart: start !== void 0 || k === 0,
      rows: this.spare.pop()
    };
  }
  /** Takes back the row batch of a merged segment. */
  recycle(rows) {
    this.spare.push(rows);
  }
  pump() {
    while (this.idle.length > 0 && this.next < this.window) {
      const worker = this.idle.pop();
      const k = this.next++;
      this.jobs.set(worker, k);
      const job = this.job(k);
      worker.postMessage(job, job.rows?.transferables() ?? []);
    }
  }
  /** Segment k, which starts at `start` (known once every segment before it is merged). */
  async result(k, start) {
    this.merged = k;
    if (this.next < k) this.next = k;
    for (const j of this.results.keys()) if (j < k) this.results.delete(j);
    this.pump();
    for (; ; ) {
      if (this.results.has(k)) {
        const done = this.results.get(k);
        this.results.delete(k);
        return done;
      }
      if (this.next === k) {
        this.next++;
        return this.local(this.job(k, start));
      }
      if (this.next < this.window) {
        const j = this.next++;
        this.deliver(j, await this.local(this.job(j)));
        continue;
      }
      return new Promise((resolve) => this.waiting.set(k, resolve));
    }
  }
  /** Lets the workers close their files and exit, or stops them at once after an error. */
  close(now) {
    for (const worker of [...this.idle, ...this.jobs.keys()]) {
      worker.removeAllListeners();
      if (now) void worker.terminate();
      else worker.postMessage("close");
    }
  }
};

// src/core/data/scan.ts
async function scanFile(path, opts = {}) {
  const host = opts.host ?? (await scanOnThreads(path, opts) >= 3 ? bundledWorker("scan-host") : void 0);
  const pass = host ? await withWorkersCompilingInline(() => scanInHost(host, path, opts)) : await scanPass(path, opts);
  const profile = buildProfile(
    pass.statistics,
    {
      rows: pass.rows,
      duplicateRows: pass.duplicates.count,
      duplicateRowsExact: pass.duplicates.exact,
      rowHashes: pass.rowHashes,
      label: pass.label
    },
    [{ file: path, format: pass.format, rows: pass.rows }]
  );
  const { columns, evidence, duplicates, conflicts, leakage, rowIndex } = pass;
  const positions = pass.positions ?? "lines";
  return { profile, columns, evidence, duplicates, conflicts, leakage, rowIndex, file: path, positions };
}
async function scanOnThreads(path, opts) {
  try {
    if (detectFormat(path, opts.read?.format) !== "csv") return 1;
  } catch {
    return 1;
  }
  const size = await stat(path).then(
    (s) => s.isFile() ? s.size : 0,
    () => 0
  );
  return size > 0 ? scanThreads(size, opts.threads) : 1;
}
async function scanInHost(url, path, opts) {
  const { progress = noProgress, leakageIndex, workerUrl, pipeUrl, host: _, ...options } = opts;
  const request = {
    path,
    options: { ...options, workerUrl: workerUrl?.href, pipeUrl: pipeUrl === false ? false : pipeUrl?.href },
    leakageIndex
  };
  let task;
  const answer = await passFromWorkers(url, [{ workerData: request }], (m) => {
    if (m.progress === "start") task = progress.start(m.label, m.total);
    else if (m.progress === "update") task?.update(m.done, m.note);
    else task?.done(m.note);
  });
  return answer ?? await scanPass(path, opts);
}

export {
  mergeProfiles,
  scanFile
};
