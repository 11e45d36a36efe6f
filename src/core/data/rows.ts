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
    for (let r = 0; r < rows; r++) {
      let a = outLo[r]! ^ lo[r]!;
      a = Math.imul((a << 15) | (a >>> 17), 0x85ebca6b);
      let b = outHi[r]! ^ hi[r]!;
      b = Math.imul((b << 13) | (b >>> 19), 0xc2b2ae35);
      outLo[r] = a + b;
      outHi[r] = b ^ (a >>> 7);
    }
  }
  for (let r = 0; r < rows; r++) {
    let a = outLo[r]!;
    let b = outHi[r]!;
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ a;
    a ^= Math.imul(b ^ (b >>> 16), 0x27d4eb2f);
    outLo[r] = a >>> 0;
    outHi[r] = b >>> 0;
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
 * Open-addressing set of row hashes (features), each with the id of the label of the first row
 * that had those features. A slot is 8 bytes: the low 32 bits of the hash, and a tag holding 15
 * more hash bits, an occupied bit and the 16-bit label id — a 47-bit key, so a false match needs
 * 2^47 to 1 luck per probe. At most 75% full: memory grows with the number of distinct rows
 * (11–21 bytes a row), which is what exact duplicate and leakage counts cost.
 */
export class RowIndex {
  private lo: Uint32Array;
  private tag: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1 << 10;
    while (cap < capacity) cap <<= 1;
    this.lo = new Uint32Array(cap);
    this.tag = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  /** Inserts a row; says whether it is new, a duplicate (same label) or a conflict (other label). */
  add(lo: number, hi: number, labelId: number): number {
    if (this.size * 4 >= this.lo.length * 3) this.grow();
    const key = ((hi >>> 17) << 17) | 0x10000;
    let i = lo & this.mask;
    for (;;) {
      const t = this.tag[i]!;
      if (t === 0) {
        this.lo[i] = lo;
        this.tag[i] = (key | (labelId & 0xffff)) >>> 0;
        this.size++;
        return ROW_NEW;
      }
      if (this.lo[i] === lo && ((t ^ key) & 0xffff0000) === 0) {
        return (t & 0xffff) === (labelId & 0xffff) ? ROW_DUPLICATE : ROW_CONFLICT;
      }
      i = (i + 1) & this.mask;
    }
  }

  has(lo: number, hi: number): boolean {
    const key = ((hi >>> 17) << 17) | 0x10000;
    let i = lo & this.mask;
    for (;;) {
      const t = this.tag[i]!;
      if (t === 0) return false;
      if (this.lo[i] === lo && ((t ^ key) & 0xffff0000) === 0) return true;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { lo, tag } = this;
    const cap = lo.length * 2;
    this.lo = new Uint32Array(cap);
    this.tag = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < lo.length; j++) {
      const t = tag[j]!;
      if (t === 0) continue;
      let i = lo[j]! & this.mask;
      while (this.tag[i] !== 0) i = (i + 1) & this.mask;
      this.lo[i] = lo[j]!;
      this.tag[i] = t;
    }
  }
}
