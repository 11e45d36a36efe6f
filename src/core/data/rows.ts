import { adopt } from "../threads.js";
import { CELL_MISSING, type Chunk } from "./cells.js";

/**
 * Row hashes and the row index behind the duplicate, label-conflict and train/test leakage checks.
 * A row hash mixes the 64-bit cell hashes of its columns by name, so two rows hash equal when
 * their normalised values are equal ("1" and "1.0" are one value).
 */

/**
 * Hashes of the feature columns (every column but `skip`) of each row in a chunk, mixed in `order`
 * (column indexes sorted by column name, so that a test file with its columns in another order
 * still matches the training file).
 */
export function hashRows(
  chunk: Chunk,
  skip: number,
  order: readonly number[],
  outLo: Uint32Array,
  outHi: Uint32Array,
): void {
  const rows = chunk.rows;
  outLo.fill(0x811c9dc5, 0, rows);
  outHi.fill(0x01000193, 0, rows);
  for (const c of order) {
    const col = chunk.columns[c]!;
    if (c === skip) continue;
    const lo = col.hashLo;
    const hi = col.hashHi;
    mixColumn(lo, hi, outLo, outHi, rows);
  }
  finishRows(outLo, outHi, rows);
}

// The loops work on int32 values (`| 0` on every load, no `>>> 0` on stores: a Uint32Array store
// wraps by itself), so optimised code never meets a uint32 above 2^31 that it did not expect.

function mixColumn(
  lo: Uint32Array,
  hi: Uint32Array,
  outLo: Uint32Array,
  outHi: Uint32Array,
  rows: number,
): void {
  for (let r = 0; r < rows; r++) {
    let a = (outLo[r]! ^ lo[r]!) | 0;
    a = Math.imul((a << 15) | (a >>> 17), 0x85ebca6b);
    let b = (outHi[r]! ^ hi[r]!) | 0;
    b = Math.imul((b << 13) | (b >>> 19), 0xc2b2ae35);
    outLo[r] = (a + b) | 0;
    outHi[r] = b ^ (a >>> 7);
  }
}

function finishRows(outLo: Uint32Array, outHi: Uint32Array, rows: number): void {
  for (let r = 0; r < rows; r++) {
    let a = outLo[r]! | 0;
    let b = outHi[r]! | 0;
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ a;
    a ^= Math.imul(b ^ (b >>> 16), 0x27d4eb2f);
    outLo[r] = a;
    outHi[r] = b;
  }
}

/** Whether a row has a value in every column (used to keep rows of all-missing features out of conflicts). */
export function rowHasValues(chunk: Chunk, row: number, skip: number): boolean {
  for (let c = 0; c < chunk.columns.length; c++) {
    if (c !== skip && chunk.columns[c]!.kinds[row] !== CELL_MISSING) return true;
  }
  return false;
}

export const ROW_NEW = 0;
export const ROW_DUPLICATE = 1;
export const ROW_CONFLICT = 2;

/** Label ids above this share ids (regression targets are not classes: conflicts mean little there). */
export const MAX_LABEL_IDS = 0xffff;

/**
 * Slots the row index may grow to by default: 2^21 slots of 8 bytes (16 MiB), exact up to
 * 1,572,864 distinct rows. Past that it samples (see RowIndex), so memory stays flat however long
 * the file is.
 */
export const ROW_INDEX_MAX_SLOTS = 1 << 21;

/** addAll sorts a batch into 2^SWEEP_PART_BITS parts of the table, for batches of SWEEP_MIN_ROWS or more. */
const SWEEP_PART_BITS = 10;
const SWEEP_PARTS = 1 << SWEEP_PART_BITS;
const SWEEP_MIN_ROWS = 4096;
const sweepStarts = new Int32Array(SWEEP_PARTS + 1);
let sweepOrder = new Int32Array(0);

/**
 * Open-addressing set of row hashes (features), each with the id of the label of the first row
 * that had those features. A slot is 8 bytes: the low 32 bits of the hash, and a tag holding 15
 * more hash bits, an occupied bit and the 16-bit label id — a 47-bit key, so a false match needs
 * 2^47 to 1 luck per probe. At most 75% full.
 *
 * Memory is bounded by `maxSlots`. Until the index is that large and 75% full it holds every
 * distinct row, and duplicate, conflict and leakage counts are exact. When it would grow past the
 * budget it raises its sampling level L and keeps only rows whose hash has at least L leading zero
 * bits (about 1 in 2^L of the distinct rows, chosen by hash, so every copy of a row is in or out
 * together: distinct sampling). Rows below the level are neither stored nor looked up (`covers`
 * says which), and counts are estimated from the sampled rows as (their count) × 2^L — no
 * sampling noise when there are none, and a relative error of about 1/√(sampled count) otherwise.
 */
export class RowIndex {
  /** Slot i is [2i] the low hash word and [2i + 1] the tag: one cache line holds both. */
  private slots: Uint32Array;
  private mask: number;
  size = 0;
  /** Sampling level: rows with fewer leading zero bits in their low hash word are not indexed. */
  level = 0;

  constructor(
    capacity = 1 << 16,
    readonly maxSlots = ROW_INDEX_MAX_SLOTS,
  ) {
    let cap = 1 << 10;
    while (cap < capacity && cap < maxSlots) cap <<= 1;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  private get capacity(): number {
    return this.mask + 1;
  }

  /** An index rebuilt from its structured clone (posted by the thread that scanned the file). */
  static revive(plain: RowIndex): RowIndex {
    return adopt(new RowIndex(1, plain.maxSlots), plain);
  }

  /** The buffer to transfer, rather than copy, when the index is posted to another thread. */
  transferables(): ArrayBuffer[] {
    return [this.slots.buffer as ArrayBuffer];
  }

  /**
   * Grows the table at once to hold about `rows` distinct rows (within the budget), instead of
   * doubling its way there: each doubling re-inserts every row so far, and old and new tables are
   * briefly both alive. Only speed and transient memory change, never which rows are indexed.
   */
  reserve(rows: number): void {
    let cap = this.capacity;
    while (cap * 3 < rows * 4 && cap * 2 <= this.maxSlots) cap *= 2;
    if (cap > this.capacity) this.rehash(cap);
  }

  /** Whether rows with this hash are indexed at the current level (always, while the index is exact). */
  covers(lo: number): boolean {
    return Math.clz32(lo) >= this.level;
  }

  /**
   * Inserts a row; says whether it is new, a duplicate (same label) or a conflict (other label).
   * A row the index does not cover (see `covers`) is reported new and not stored.
   */
  add(lo: number, hi: number, labelId: number): number {
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
    const key = ((hi >>> 17) << 17) | 0x10000;
    let i = lo & mask;
    for (;;) {
      const t = slots[2 * i + 1]!;
      if (t === 0) {
        slots[2 * i] = lo;
        slots[2 * i + 1] = (key | (labelId & 0xffff)) >>> 0;
        this.size++;
        return ROW_NEW;
      }
      if (slots[2 * i] === lo >>> 0 && ((t ^ key) & 0xffff0000) === 0) {
        return (t & 0xffff) === (labelId & 0xffff) ? ROW_DUPLICATE : ROW_CONFLICT;
      }
      i = (i + 1) & mask;
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
  addAll(lo: Uint32Array, hi: Uint32Array, labelIds: Int32Array, n: number, status: Uint8Array): void {
    // Room for one row more than the batch: `add` grows the table before a row that would fill it.
    this.reserve(this.size + n + 1);
    const bits = 31 - Math.clz32(this.capacity);
    if (n < SWEEP_MIN_ROWS || bits <= SWEEP_PART_BITS || (this.size + n) * 4 >= this.capacity * 3) {
      for (let r = 0; r < n; r++) status[r] = this.add(lo[r]!, hi[r]!, labelIds[r]!);
      return;
    }
    // A stable counting sort of the rows by the top bits of their home slot.
    const shift = bits - SWEEP_PART_BITS;
    const mask = this.mask;
    const starts = sweepStarts;
    starts.fill(0);
    for (let r = 0; r < n; r++) starts[((lo[r]! & mask) >>> shift) + 1]!++;
    for (let p = 1; p <= SWEEP_PARTS; p++) starts[p]! += starts[p - 1]!;
    if (sweepOrder.length < n) sweepOrder = new Int32Array(n);
    const order = sweepOrder;
    for (let r = 0; r < n; r++) order[starts[(lo[r]! & mask) >>> shift]!++] = r;
    for (let k = 0; k < n; k++) {
      const r = order[k]!;
      status[r] = this.add(lo[r]!, hi[r]!, labelIds[r]!);
    }
  }

  /** Whether the row is in the index (false for rows it does not cover). */
  has(lo: number, hi: number): boolean {
    if (this.level !== 0 && Math.clz32(lo) < this.level) return false;
    const slots = this.slots;
    const key = ((hi >>> 17) << 17) | 0x10000;
    let i = lo & this.mask;
    for (;;) {
      const t = slots[2 * i + 1]!;
      if (t === 0) return false;
      if (slots[2 * i] === lo >>> 0 && ((t ^ key) & 0xffff0000) === 0) return true;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    this.rehash(this.capacity * 2);
  }

  /**
   * Drops the rows below the next level (about half of them), in place: a second table of the
   * same size would double the index's memory at the moment it is largest.
   */
  private raiseLevel(): void {
    const slots = this.slots;
    do {
      this.level++;
      const level = this.level;
      for (let x = 0; x <= this.mask; x++) {
        // Removing shifts a later row into x: look at x again until it holds a row to keep.
        while (slots[2 * x + 1] !== 0 && Math.clz32(slots[2 * x]!) < level) this.removeAt(x);
      }
    } while (this.size * 4 >= this.capacity * 3 && this.level < 32);
  }

  /** Linear-probing deletion by backward shift (Knuth's Algorithm R): no tombstones, no rehash. */
  private removeAt(slot: number): void {
    const { slots, mask } = this;
    let i = slot;
    let j = slot;
    for (;;) {
      j = (j + 1) & mask;
      if (slots[2 * j + 1] === 0) break;
      const home = slots[2 * j]! & mask;
      // The row at j stays if its home lies cyclically in (i, j]: the gap at i is not on its probe path.
      if (i <= j ? i < home && home <= j : i < home || home <= j) continue;
      slots[2 * i] = slots[2 * j]!;
      slots[2 * i + 1] = slots[2 * j + 1]!;
      i = j;
    }
    slots[2 * i] = 0;
    slots[2 * i + 1] = 0;
    this.size--;
  }

  private rehash(cap: number): void {
    const old = this.slots;
    const slots = new Uint32Array(cap * 2);
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += 2) {
      const t = old[j + 1]!;
      if (t === 0) continue;
      let i = old[j]! & mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j]!;
      slots[2 * i + 1] = t;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * Counts rows by the sampling level of their hash, so that a count can be estimated for whatever
 * level a row index ends at: rows at or above it were all seen by the index, so
 * (their count) × 2^level estimates the total, and it is the exact total at level 0.
 */
export class LevelCounts {
  private readonly byLevel = new Float64Array(33);
  /** Every row noted, whatever its level (the exact count while the index has not sampled). */
  total = 0;

  note(lo: number): void {
    this.byLevel[Math.clz32(lo)]!++;
    this.total++;
  }

  estimate(level: number): number {
    if (level === 0) return this.total;
    let n = 0;
    for (let l = level; l <= 32; l++) n += this.byLevel[l]!;
    return Math.round(n * 2 ** level);
  }
}
