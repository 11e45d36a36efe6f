/**
 * HyperLogLog distinct-count sketch (Flajolet et al. 2007) with linear counting for small
 * cardinalities. Fed the 64-bit cell hashes the readers compute: the high half picks the register,
 * the low half gives the rank. Mergeable by register-wise maximum. With p = 12 (4096 registers)
 * the relative standard error is 1.04/√4096 ≈ 1.6%.
 *
 * A sketch with few registers set is kept sparse (as in HLL++): a sorted list of its non-zero
 * registers, each `index · 64 + rank` (ranks are at most 33), instead of 4 KiB of dense registers,
 * so that a file of many short columns costs little per column. The sparse form is the same
 * sketch, not an approximation of it: it holds exactly the non-zero registers, so estimates,
 * merges and the encoded profile are the same whichever form a sketch is in.
 */

export const HLL_P = 12;
export const HLL_RELATIVE_ERROR = 1.04 / Math.sqrt(2 ** HLL_P);

/** Rank bits of a sparse entry. */
const RANK_BITS = 6;
const RANK_MASK = (1 << RANK_BITS) - 1;

/**
 * Most registers a sketch keeps sparse in memory: 256 entries of a packed array take about 2 KB,
 * half of the dense registers; a sketch with more goes dense (and stays so).
 */
export const SPARSE_MAX_ENTRIES = 256;

/**
 * Rows of a chunk past which ColumnAccumulator.add makes a sparse sketch dense before the chunk
 * instead of updating the sparse list after it: long chunks come from narrow files, whose few
 * columns can afford dense registers, and their scans keep the one-pass register update.
 */
export const SPARSE_CHUNK_ROWS = 64;

/**
 * Dense registers a sparse sketch is expanded into for one chunk's update (all zero between
 * uses): the per-cell register update stays the dense one, and `gather` collects what changed.
 */
let scratch = new Uint8Array(1 << HLL_P);

/** The encoded form in profile.json: dense registers, or (for few set registers) the sparse list. */
export type HllState = { p: number; registers: string } | { p: number; sparse: string };

export class HyperLogLog {
  /** Dense registers, or undefined while the sketch is sparse. */
  dense: Uint8Array | undefined;
  /** The non-zero registers in index order (`index · 64 + rank`) while sparse; undefined once dense. */
  sparse: number[] | undefined;

  constructor(
    readonly p: number = HLL_P,
    registers?: Uint8Array,
    sparse?: number[],
  ) {
    if (registers) this.dense = registers;
    else this.sparse = sparse ?? [];
  }

  /** A sketch rebuilt from its structured clone (posted by another thread). */
  static revive(plain: HyperLogLog): HyperLogLog {
    return new HyperLogLog(
      plain.p,
      plain.dense,
      plain.sparse?.map((x) => x),
    );
  }

  /** The registers, dense (a copy while the sketch is sparse). */
  get registers(): Uint8Array {
    if (this.dense) return this.dense;
    const r = new Uint8Array(1 << this.p);
    for (const e of this.sparse!) r[e >>> RANK_BITS] = e & RANK_MASK;
    return r;
  }

  /** Makes the sketch dense (if it is not) and returns its registers. */
  densify(): Uint8Array {
    if (!this.dense) {
      this.dense = this.registers;
      this.sparse = undefined;
    }
    return this.dense;
  }

  add(hashLo: number, hashHi: number): void {
    const idx = hashHi >>> (32 - this.p);
    const rank = Math.clz32(hashLo) + 1;
    const dense = this.dense;
    if (dense) {
      if (rank > dense[idx]!) dense[idx] = rank;
      return;
    }
    const list = this.sparse!;
    // Binary search for the entry of register idx.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! >>> RANK_BITS < idx) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length && list[lo]! >>> RANK_BITS === idx) {
      if (rank > (list[lo]! & RANK_MASK)) list[lo] = (idx << RANK_BITS) | rank;
      return;
    }
    list.splice(lo, 0, (idx << RANK_BITS) | rank);
    if (list.length > SPARSE_MAX_ENTRIES) this.densify();
  }

  /**
   * Registers to update a chunk's cells into: the dense ones, or for a sparse sketch the scratch
   * registers holding its entries, to be collected by `gather` with the same chunk's hashes.
   */
  scatter(): Uint8Array {
    const list = this.sparse;
    if (!list) return this.dense!;
    if (scratch.length < 1 << this.p) scratch = new Uint8Array(1 << this.p);
    for (const e of list) scratch[e >>> RANK_BITS] = e & RANK_MASK;
    return scratch;
  }

  /**
   * Takes back from the scratch registers (see `scatter`) what `rows` cells with these high hash
   * halves may have set, and clears them: every register set is the sketch's own or one a cell
   * picked, so the two lists cover them all. A no-op for a dense sketch.
   */
  gather(hashHi: Uint32Array, rows: number): void {
    const list = this.sparse;
    if (!list) return;
    const shift = 32 - this.p;
    const s = scratch;
    const out: number[] = [];
    for (const e of list) {
      const idx = e >>> RANK_BITS;
      out.push((idx << RANK_BITS) | s[idx]!);
      s[idx] = 0;
    }
    const before = out.length;
    for (let r = 0; r < rows; r++) {
      const idx = hashHi[r]! >>> shift;
      const rank = s[idx]!;
      if (rank !== 0) {
        out.push((idx << RANK_BITS) | rank);
        s[idx] = 0;
      }
    }
    if (out.length !== before) out.sort((a, b) => a - b);
    this.sparse = out;
    if (out.length > SPARSE_MAX_ENTRIES) this.densify();
  }

  merge(other: HyperLogLog): void {
    if (other.p !== this.p)
      throw new Error(`cannot merge HyperLogLog sketches of precision ${this.p} and ${other.p}`);
    if (other.sparse) {
      if (this.dense) {
        const a = this.dense;
        for (const e of other.sparse) {
          const idx = e >>> RANK_BITS;
          if ((e & RANK_MASK) > a[idx]!) a[idx] = e & RANK_MASK;
        }
        return;
      }
      // Both sparse: merge the sorted lists, keeping the larger rank of a shared register.
      const a = this.sparse!;
      const b = other.sparse;
      const out: number[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
        const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
        if (x >>> RANK_BITS === y >>> RANK_BITS) {
          out.push(Math.max(x, y));
          i++;
          j++;
        } else if (x < y) {
          out.push(x);
          i++;
        } else {
          out.push(y);
          j++;
        }
      }
      this.sparse = out;
      if (out.length > SPARSE_MAX_ENTRIES) this.densify();
      return;
    }
    const a = this.densify();
    const b = other.dense!;
    for (let i = 0; i < a.length; i++) if (b[i]! > a[i]!) a[i] = b[i]!;
  }

  /** Registers set (non-zero). */
  get size(): number {
    if (this.sparse) return this.sparse.length;
    let n = 0;
    for (const r of this.dense!) if (r !== 0) n++;
    return n;
  }

  estimate(): number {
    const m = 1 << this.p;
    // Registers counted by value, then summed as 2^-value: the same sum as one register at a time
    // (ranks are at most 33, so every partial sum is a multiple of 2^-33 below 2^p, exact in a
    // double), without a power per register in code that runs once, unoptimised. Both forms
    // give the same counts, hence the same estimate.
    const counts = new Float64Array(256);
    if (this.sparse) {
      counts[0] = m - this.sparse.length;
      for (const e of this.sparse) counts[e & RANK_MASK]!++;
    } else for (let i = 0; i < m; i++) counts[this.dense![i]!]!++;
    let sum = 0;
    for (let r = 0; r < 256; r++) if (counts[r] !== 0) sum += counts[r]! * 2 ** -r;
    const zeros = counts[0]!;
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = (alpha * m * m) / sum;
    if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(raw);
  }

  /**
   * The profile's form: with at most a quarter of the registers set, `sparse`, the set registers
   * as 3 bytes each (index, 2 bytes big-endian, then rank) in base64; else `registers`, all of
   * them in base64. Chosen by the registers alone, so a sketch encodes alike in either form.
   */
  toJSON(): HllState {
    const m = 1 << this.p;
    const size = this.size;
    if (size > m / 4) return { p: this.p, registers: Buffer.from(this.registers).toString("base64") };
    const bytes = Buffer.alloc(size * 3);
    let at = 0;
    for (const e of this.sparse ?? sparseOf(this.dense!)) {
      const idx = e >>> RANK_BITS;
      bytes[at++] = idx >>> 8;
      bytes[at++] = idx & 0xff;
      bytes[at++] = e & RANK_MASK;
    }
    return { p: this.p, sparse: bytes.toString("base64") };
  }

  /** A sketch from its profile form, dense or sparse (see toJSON); throws on a malformed one. */
  static from(state: HllState): HyperLogLog {
    const { p } = state;
    if (!Number.isInteger(p) || p < 4 || p > 16)
      throw new Error(`HyperLogLog precision ${p} is not in 4..16`);
    const m = 1 << p;
    if ("registers" in state) {
      const bytes = Buffer.from(state.registers, "base64");
      if (bytes.length !== m)
        throw new Error(`HyperLogLog of precision ${p} needs ${m} registers, got ${bytes.length}`);
      const dense = new Uint8Array(bytes);
      const hll = new HyperLogLog(p, dense);
      // A dense encoding with few registers set (written before the sparse one existed) is kept sparse.
      if (hll.size <= SPARSE_MAX_ENTRIES) return new HyperLogLog(p, undefined, sparseOf(dense));
      return hll;
    }
    const bytes = Buffer.from(state.sparse, "base64");
    if (bytes.length % 3 !== 0)
      throw new Error(`a sparse HyperLogLog takes 3 bytes a register, got ${bytes.length} bytes`);
    const list: number[] = [];
    for (let at = 0; at < bytes.length; at += 3) {
      const idx = (bytes[at]! << 8) | bytes[at + 1]!;
      const rank = bytes[at + 2]!;
      const last = list.length > 0 ? list[list.length - 1]! >>> RANK_BITS : -1;
      if (idx >= m || idx <= last || rank === 0 || rank > RANK_MASK)
        throw new Error(
          `sparse HyperLogLog register ${at / 3} (index ${idx}, rank ${rank}) is out of order or range`,
        );
      list.push((idx << RANK_BITS) | rank);
    }
    const hll = new HyperLogLog(p, undefined, list);
    if (list.length > SPARSE_MAX_ENTRIES) hll.densify();
    return hll;
  }
}

function sparseOf(dense: Uint8Array): number[] {
  const list: number[] = [];
  dense.forEach((r, idx) => {
    if (r !== 0) list.push((idx << RANK_BITS) | r);
  });
  return list;
}
