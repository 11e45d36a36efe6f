import { type Chunk, type ColumnChunk, type FlatColumns, flatColumn, noTexts } from "./cells.js";
import { hashRows } from "./rows.js";

/**
 * How the tokenising thread of a piped scan (see pipeCsv in pass.ts) hands its chunks to the thread
 * that profiles and checks them: through a ring of slots in one SharedArrayBuffer, which both ends
 * see, each with its views made once. A slot holds a chunk's lines, row hashes and, per column, its
 * numbers, hashes, kinds and text ids; the message that says a slot is full carries the texts, as
 * each column's distinct texts of the chunk, so a categorical column's 2048 cells cost a handful of
 * strings to post, not 2048. The profiling end posts the slot back once it is done with it.
 */

/** A chunk as posted: the slot that holds it, and its texts. */
export interface PackedChunk {
  slot: number;
  rows: number;
  firstRow: number;
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

/** A slot's arrays, laid out widest first so that each is aligned: lines, then per-cell and per-row arrays. */
function views(buffer: ArrayBufferLike, offset: number, ncol: number, capacity: number) {
  const cells = ncol * capacity;
  let at = offset;
  /** The next `n` elements of the buffer, as an array of `type`. */
  const take = <T>(
    type: new (b: ArrayBufferLike, at: number, n: number) => T & { byteLength: number },
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

/** A slot's arrays, and its typed columns as flat columns (see FlatColumns). */
type Slot = ReturnType<typeof views> & { flat: FlatColumns };

/** The ring's slots as one end sees them: `count` slots of `capacity` rows of `ncol` columns. */
export class ChunkRing {
  readonly slots: Slot[];

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly ncol: number,
    readonly capacity: number,
  ) {
    const bytes = packedBytes(ncol, capacity);
    this.slots = Array.from({ length: Math.floor(buffer.byteLength / bytes) }, (_, k) => {
      const v = views(buffer, k * bytes, ncol, capacity);
      const { kinds, nums, hashLo, hashHi } = v;
      return { ...v, flat: { kinds, nums, hashLo, hashHi, stride: capacity } };
    });
  }

  static create(ncol: number, capacity: number, count: number): ChunkRing {
    return new ChunkRing(new SharedArrayBuffer(count * packedBytes(ncol, capacity)), ncol, capacity);
  }
}

export function packedBytes(ncol: number, capacity: number): number {
  return ROW_BYTES * capacity + CELL_BYTES * ncol * capacity;
}

/**
 * Packs chunks into the ring's slots. The reader can write a chunk's typed columns straight into
 * its slot (`target`), and `pack` adds the rest.
 */
export class ChunkPacker {
  private readonly keys: (string | undefined)[] = Array.from({ length: TEXT_SLOTS }, () => undefined);
  private readonly ids = new Int32Array(TEXT_SLOTS);

  constructor(
    private readonly ring: ChunkRing,
    /** The row checks' label column and column order (see hashRows): the rows are hashed here. */
    private readonly labelIndex: number,
    private readonly hashOrder: readonly number[],
  ) {}

  /** Slot k's typed columns, for CsvReader.fillInto (the same object every time). */
  target(k: number): FlatColumns {
    return this.ring.slots[k]!.flat;
  }

  /**
   * `chunk` in posted form, in slot k: its typed columns are copied in unless the reader wrote them
   * there; `holdsText(c)` false says column c has no texts to look at.
   */
  pack(chunk: Chunk, k: number, holdsText: (c: number) => boolean): PackedChunk {
    const { ncol, capacity } = this.ring;
    const rows = chunk.rows;
    if (rows > capacity) throw new RangeError(`a chunk of ${rows} rows does not fit ${capacity}`);
    const v = this.ring.slots[k]!;
    v.lines.set(chunk.lines.subarray(0, rows));
    const texts: (string[] | null)[] = [];
    for (let c = 0; c < ncol; c++) {
      const col = chunk.columns[c]!;
      const at = c * capacity;
      if (col.kinds.buffer !== v.kinds.buffer || col.kinds.byteOffset !== v.kinds.byteOffset + at) {
        v.nums.set(col.nums.subarray(0, rows), at);
        v.hashLo.set(col.hashLo.subarray(0, rows), at);
        v.hashHi.set(col.hashHi.subarray(0, rows), at);
        v.kinds.set(col.kinds.subarray(0, rows), at);
      }
      texts.push(holdsText(c) ? this.textIds(col, rows, v.textIds, at) : null);
    }
    hashRows(chunk, this.labelIndex, this.hashOrder, v.rowLo, v.rowHi);
    return { slot: k, rows, firstRow: chunk.firstRow, texts };
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
 * Turns packed chunks back into chunks. The chunk's typed arrays are views of its slot (made once
 * per slot, as long as the slot: consumers read `rows` of them), valid until the slot is posted
 * back; its texts arrays are this unpacker's, reused.
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
  /** Per slot, its columns (views of the slot; their texts are set per chunk). */
  private readonly columns: ColumnChunk[][];

  constructor(private readonly ring: ChunkRing) {
    this.columns = ring.slots.map(({ flat }) =>
      Array.from({ length: ring.ncol }, (_, c) => flatColumn(flat, c, [])),
    );
  }

  unpack(p: PackedChunk): Chunk {
    const { ncol, capacity } = this.ring;
    const { rows, slot } = p;
    const v = this.ring.slots[slot]!;
    const columns = this.columns[slot]!;
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
      columns[c]!.texts = texts;
    }
    return { rows, firstRow: p.firstRow, lines: v.lines, columns, rowHashes: { lo: v.rowLo, hi: v.rowHi } };
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
