import { type Chunk, type ColumnChunk, type FlatColumns, noTexts } from "./cells.js";
import { hashRows } from "./rows.js";

/**
 * A chunk of typed columns in one transferable buffer, and back: how the tokenising thread of a
 * piped scan (see pipeCsv in pass.ts) hands its chunks to the thread that profiles and checks them.
 * The buffer holds the lines and, per column, the numbers, hashes, kinds and text ids; texts go
 * beside it as each column's distinct texts of the chunk, so a categorical column's 2048 cells
 * cost a handful of strings to post, not 2048.
 */

/** A chunk as posted: `buffer` is transferred, and sent back for reuse once the chunk is consumed. */
export interface PackedChunk {
  buffer: ArrayBuffer;
  rows: number;
  firstRow: number;
  /** Room per column in `buffer`, in rows. */
  capacity: number;
  /** Per column, the distinct texts of the chunk that its text ids point into; null: no texts. */
  texts: (string[] | null)[];
}

/** Bytes a cell takes in a packed chunk: number, two hash halves, text id and kind. */
const CELL_BYTES = 8 + 4 + 4 + 4 + 1;
/** Bytes a row takes besides its cells: its line and its two row-hash halves. */
const ROW_BYTES = 8 + 4 + 4;
/** Distinct texts per column that an unpacker keeps one object of (a column of unique texts stops there). */
const CANONICAL_TEXTS = 4096;
/** Text-id cache slots per column (a power of two), keyed by the cell's hash. */
const TEXT_SLOTS = 256;

/** A packed chunk's arrays, laid out widest first so that each is aligned: lines, then per-cell and per-row arrays. */
function views(buffer: ArrayBuffer, ncol: number, capacity: number) {
  const cells = ncol * capacity;
  let at = 0;
  /** The next `n` elements of the buffer, as an array of `type`. */
  const take = <T>(
    type: new (b: ArrayBuffer, at: number, n: number) => T & { byteLength: number },
    n: number,
  ) => {
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
    kinds: take(Uint8Array, cells),
  };
}

export function packedBytes(ncol: number, capacity: number): number {
  return ROW_BYTES * capacity + CELL_BYTES * ncol * capacity;
}

/**
 * Packs chunks into buffers: new ones, or those the other end sent back. The reader can write a
 * chunk's typed columns straight into its buffer (`target`), and `pack` adds the rest.
 */
export class ChunkPacker {
  private readonly keys: (string | undefined)[] = Array.from({ length: TEXT_SLOTS }, () => undefined);
  private readonly ids = new Int32Array(TEXT_SLOTS);

  constructor(
    private readonly ncol: number,
    readonly capacity: number,
    /** The row checks' label column and column order (see hashRows): the rows are hashed here. */
    private readonly labelIndex: number,
    private readonly hashOrder: readonly number[],
  ) {}

  /** A buffer for the next chunk (`spare` if it fits) and its typed columns, for CsvReader.fillInto. */
  target(spare: ArrayBuffer | undefined): { buffer: ArrayBuffer; flat: FlatColumns } {
    const { ncol, capacity } = this;
    const bytes = packedBytes(ncol, capacity);
    const buffer = spare && spare.byteLength === bytes ? spare : new ArrayBuffer(bytes);
    const { kinds, nums, hashLo, hashHi } = views(buffer, ncol, capacity);
    return { buffer, flat: { kinds, nums, hashLo, hashHi, stride: capacity } };
  }

  /**
   * `chunk` in posted form, in `buffer` (from `target`): its typed columns are copied in unless the
   * reader wrote them there; `holdsText(c)` false says column c has no texts to look at.
   */
  pack(chunk: Chunk, buffer: ArrayBuffer, holdsText: (c: number) => boolean): PackedChunk {
    const { ncol, capacity } = this;
    const rows = chunk.rows;
    if (rows > capacity) throw new RangeError(`a chunk of ${rows} rows does not fit ${capacity}`);
    const v = views(buffer, ncol, capacity);
    v.lines.set(chunk.lines.subarray(0, rows));
    const texts: (string[] | null)[] = [];
    for (let c = 0; c < ncol; c++) {
      const col = chunk.columns[c]!;
      const at = c * capacity;
      if (col.kinds.buffer !== buffer) {
        v.nums.set(col.nums.subarray(0, rows), at);
        v.hashLo.set(col.hashLo.subarray(0, rows), at);
        v.hashHi.set(col.hashHi.subarray(0, rows), at);
        v.kinds.set(col.kinds.subarray(0, rows), at);
      }
      texts.push(holdsText(c) ? this.textIds(col, rows, v.textIds, at) : null);
    }
    hashRows(chunk, this.labelIndex, this.hashOrder, v.rowLo, v.rowHi);
    return { buffer, rows, firstRow: chunk.firstRow, capacity, texts };
  }

  /** Writes a column's text ids (−1: no text) and returns its distinct texts. */
  private textIds(col: ColumnChunk, rows: number, out: Int32Array, at: number): string[] {
    const { keys, ids } = this;
    const hashLo = col.hashLo;
    const texts = col.texts;
    const distinct: string[] = [];
    keys.fill(undefined);
    for (let r = 0; r < rows; r++) {
      const text = texts[r];
      if (text === undefined) {
        out[at + r] = -1;
        continue;
      }
      const slot = hashLo[r]! & (TEXT_SLOTS - 1);
      if (keys[slot] === text) out[at + r] = ids[slot]!;
      else {
        const id = distinct.length;
        distinct.push(text);
        keys[slot] = text;
        ids[slot] = id;
        out[at + r] = id;
      }
    }
    return distinct;
  }
}

/**
 * Turns packed chunks back into chunks. The chunk's typed arrays are views of the posted buffer,
 * valid until the buffer is sent back; its texts arrays are this unpacker's, reused.
 */
export class ChunkUnpacker {
  private readonly texts: (string | undefined)[][] = [];
  /** The texts of a column that has none. */
  private none: (string | undefined)[] = [];
  /**
   * Per column, one string object per text seen (up to CANONICAL_TEXTS of them): posted texts
   * arrive as new strings with every chunk, and equal strings that are one object compare by
   * reference in the sketches' caches instead of character by character.
   */
  private readonly canonical: Map<string, string>[] = [];

  constructor(private readonly ncol: number) {}

  unpack(p: PackedChunk): Chunk {
    const { ncol } = this;
    const { rows, capacity } = p;
    const v = views(p.buffer, ncol, capacity);
    const columns: ColumnChunk[] = [];
    for (let c = 0; c < ncol; c++) {
      const at = c * capacity;
      const distinct = p.texts[c]!;
      let texts: (string | undefined)[];
      if (distinct === null) {
        if (this.none.length < capacity) this.none = noTexts(capacity);
        texts = this.none;
      } else {
        texts = this.texts[c] ?? [];
        if (texts.length < capacity) this.texts[c] = texts = noTexts(capacity);
        this.canonicalise(c, distinct);
        const ids = v.textIds;
        for (let r = 0; r < rows; r++) {
          const id = ids[at + r]!;
          texts[r] = id < 0 ? undefined : distinct[id];
        }
      }
      columns.push({
        kinds: v.kinds.subarray(at, at + rows),
        nums: v.nums.subarray(at, at + rows),
        texts,
        hashLo: v.hashLo.subarray(at, at + rows),
        hashHi: v.hashHi.subarray(at, at + rows),
      });
    }
    return {
      rows,
      firstRow: p.firstRow,
      lines: v.lines.subarray(0, rows),
      columns,
      rowHashes: { lo: v.rowLo, hi: v.rowHi },
    };
  }

  /** Replaces each of column c's texts by the object seen first for it. */
  private canonicalise(c: number, texts: string[]): void {
    let seen = this.canonical[c];
    if (!seen) this.canonical[c] = seen = new Map();
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i]!;
      const first = seen.get(text);
      if (first !== undefined) texts[i] = first;
      else if (seen.size < CANONICAL_TEXTS) seen.set(text, text);
    }
  }
}
