/**
 * Cells as the readers hand them on: every reader (CSV, JSON Lines, Parquet) turns its rows into
 * chunks of typed column arrays, so profiling, validation and `readTable` share one representation
 * and the CSV reader can fill it straight from bytes without making a string per field.
 */

/** What one cell holds; `CELL_NAN`/`CELL_INF` are numbers that are not finite. */
export const CELL_MISSING = 0;
export const CELL_INT = 1;
export const CELL_FLOAT = 2;
export const CELL_BOOL = 3;
export const CELL_DATETIME = 4;
export const CELL_STRING = 5;
export const CELL_NAN = 6;
export const CELL_INF = 7;
export type CellKind = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const CELL_KIND_NAMES = [
  "missing",
  "int",
  "float",
  "bool",
  "datetime",
  "string",
  "nan",
  "inf",
] as const;

export interface ColumnChunk {
  /** CellKind per row. */
  kinds: Uint8Array;
  /** int/float/nan/inf → the number; bool → 0/1; datetime → epoch milliseconds. */
  nums: Float64Array;
  /**
   * Text for string, bool and datetime cells (and for every non-missing cell when the reader keeps
   * text); undefined for every other cell, also where reused arrays held text for an earlier chunk.
   */
  texts: (string | undefined)[];
  /** 64-bit hash of the normalised value, as two 32-bit halves: equal values hash equal across formats. */
  hashLo: Uint32Array;
  hashHi: Uint32Array;
}

export interface Chunk {
  rows: number;
  /** Data-row index (0-based) of the chunk's first row. */
  firstRow: number;
  /** 1-based line in the file where each row starts (for CSV/JSONL; row number + 1 for Parquet). */
  lines: Float64Array;
  columns: ColumnChunk[];
  /** The rows' hashes for the row checks, when the reading thread worked them out (see RowBatch.append). */
  rowHashes?: { lo: Uint32Array; hi: Uint32Array };
}

/**
 * The typed columns a CSV chunk is read into, all columns in one array per field: column c's cells
 * are at [c · stride, c · stride + stride). The tokeniser stores plain numbers through these
 * arrays (one index, no column object to look up per cell); consumers get per-column views.
 */
export interface FlatColumns {
  kinds: Uint8Array;
  nums: Float64Array;
  hashLo: Uint32Array;
  hashHi: Uint32Array;
  stride: number;
}

export function newFlatColumns(ncol: number, stride: number): FlatColumns {
  const cells = ncol * stride;
  return {
    kinds: new Uint8Array(cells),
    nums: new Float64Array(cells),
    hashLo: new Uint32Array(cells),
    hashHi: new Uint32Array(cells),
    stride,
  };
}

/** Column c of flat columns, with `texts` for its texts. */
export function flatColumn(flat: FlatColumns, c: number, texts: (string | undefined)[]): ColumnChunk {
  const at = c * flat.stride;
  const end = at + flat.stride;
  return {
    kinds: flat.kinds.subarray(at, end),
    nums: flat.nums.subarray(at, end),
    texts,
    hashLo: flat.hashLo.subarray(at, end),
    hashHi: flat.hashHi.subarray(at, end),
  };
}

/** A packed array of n undefined (`new Array(n)` would be a dictionary-mode array with slow stores). */
export function noTexts(n: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  for (let i = 0; i < n; i++) texts.push(undefined);
  return texts;
}

export function newColumnChunk(rows: number): ColumnChunk {
  return {
    kinds: new Uint8Array(rows),
    nums: new Float64Array(rows),
    texts: noTexts(rows),
    hashLo: new Uint32Array(rows),
    hashHi: new Uint32Array(rows),
  };
}

// ---------------------------------------------------------------------------------------------
// Hashing. Two independent 32-bit lanes (cyrb53-style mixing) give the 64-bit hashes that the
// row-duplicate and train/test leakage checks need; numbers hash by their float64 bits so that
// "1", "1.0" and the JSON number 1 are one value.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
export let hashOutLo = 0;
export let hashOutHi = 0;

function finish(h1: number, h2: number): void {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashOutLo = h1 >>> 0;
  hashOutHi = h2 >>> 0;
}

const NUM_SEED1 = 0xdeadbeef ^ 0x6e756d;
const NUM_SEED2 = 0x41c6ce57 ^ 0x6e756d;

/**
 * Hash of a number (sets hashOutLo/hashOutHi). -0 and 0 are one value, every NaN is one value.
 * `storeNumber` has this arithmetic inline (calling this made a one-thread validate-data run about
 * 15–20% slower); the fast-path tests check that both give the same hashes.
 */
export function hashNumber(v: number): void {
  f64[0] = v === 0 ? 0 : Number.isNaN(v) ? Number.NaN : v;
  let h1 = NUM_SEED1;
  let h2 = NUM_SEED2;
  const a = u32[0]!;
  const b = u32[1]!;
  h1 = Math.imul(h1 ^ a, 2654435761);
  h2 = Math.imul(h2 ^ a, 1597334677);
  h1 = Math.imul(h1 ^ b, 2654435761);
  h2 = Math.imul(h2 ^ b, 1597334677);
  finish(h1, h2);
}

/** Hash of UTF-8 bytes (sets hashOutLo/hashOutHi). */
export function hashBytes(b: Buffer, start: number, end: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  finish(h1 ^ (end - start), h2);
}

let scratch = Buffer.allocUnsafe(256);
function scratchFor(bytes: number): Buffer {
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, scratch.length * 2));
  return scratch;
}

/** Hash of a string as its UTF-8 bytes, so it equals the hash the CSV reader computes from the file. */
export function hashString(s: string): void {
  const buf = scratchFor(s.length * 3);
  const n = buf.write(s, 0, "utf8");
  hashBytes(buf, 0, n);
}

/** Hash of an instant (epoch ms): the same for an ISO text in a CSV and a Parquet timestamp. */
export function hashDatetime(t: number): void {
  hashNumber(t);
  hashOutLo = (hashOutLo ^ 0x5bd1e995) >>> 0;
}

const MISSING_HASH_LO = 0x9e3779b9;
const MISSING_HASH_HI = 0x7f4a7c15;

export function hashMissing(): void {
  hashOutLo = MISSING_HASH_LO;
  hashOutHi = MISSING_HASH_HI;
}

// ---------------------------------------------------------------------------------------------
// Cell classification from bytes: null tokens, numbers (parsed in place), NaN/Inf, bool, ISO dates.

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
for (let i = 12; i <= 22; i++) POW10.push(Number(`1e${i}`));

/** Set by parseNumberBytes: whether the text parsed as a number, and whether it was an integer literal. */
let numOk = false;
let numIsInt = false;

export const latin1 = (b: Buffer, s: number, e: number) => b.toString("latin1", s, e);

/**
 * Parses a decimal number from bytes. Up to 15 significant digits and |exponent| ≤ 22 the result is
 * exactly rounded (one multiplication or division of two exactly representable doubles — Clinger's
 * fast path); anything longer goes through Number() on the text, so results always equal Number().
 */
function parseNumberBytes(b: Buffer, s: number, e: number): number {
  numOk = false;
  numIsInt = true;
  let i = s;
  let neg = false;
  let c = b[i]!;
  if (c === 45) {
    neg = true;
    i++;
  } else if (c === 43) i++;
  let mant = 0;
  let sig = 0;
  let exp = 0;
  let digits = 0;
  while (i < e) {
    c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    if (sig > 0 || c !== 0) sig++;
    mant = mant * 10 + c;
    digits++;
    i++;
  }
  if (i < e && b[i] === 46) {
    numIsInt = false;
    i++;
    while (i < e) {
      c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      if (sig > 0 || c !== 0) sig++;
      mant = mant * 10 + c;
      exp--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return 0;
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    numIsInt = false;
    i++;
    let eneg = false;
    if (b[i] === 45) {
      eneg = true;
      i++;
    } else if (b[i] === 43) i++;
    let ev = 0;
    let ed = 0;
    while (i < e) {
      c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      ev = ev * 10 + c;
      ed++;
      i++;
    }
    if (ed === 0) return 0;
    exp += eneg ? -ev : ev;
  }
  if (i !== e) return 0;
  numOk = true;
  let v: number;
  if (sig <= 15 && exp >= -22 && exp <= 22) {
    v = exp < 0 ? mant / POW10[-exp]! : mant * POW10[exp]!;
    if (neg) v = -v;
  } else {
    v = Number(latin1(b, s, e));
  }
  if (numIsInt && !Number.isSafeInteger(v)) numIsInt = false;
  return v;
}

function lowerEquals(b: Buffer, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((b[s + i]! | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;

/** `YYYY-MM-DD`, optionally followed by `T` or a space and a time: the ISO 8601 forms Date.parse reads. */
function looksLikeIsoDate(b: Buffer, s: number, e: number): boolean {
  const n = e - s;
  if (n < 10) return false;
  if (b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(b[s + k])) return false;
  return n === 10 || b[s + 10] === 84 || b[s + 10] === 32;
}

/** Null tokens compiled for byte comparison. */
export class NullTokens {
  readonly emptyIsNull: boolean;
  private readonly tokens: Set<string>;
  private readonly maxLength: number;
  /** 1 for each byte that starts a non-empty token: a cell starting with any other byte is no null token. */
  readonly firstBytes = new Uint8Array(256);
  /** Whether a token starts like a number (`-` or a digit, as in "-1" or "0"): with the defaults none does. */
  readonly numbersMayMatch: boolean;

  constructor(tokens: readonly string[]) {
    this.tokens = new Set(tokens);
    this.emptyIsNull = this.tokens.has("");
    let max = 0;
    for (const t of this.tokens) {
      const bytes = Buffer.from(t, "utf8");
      if (bytes.length > 0) this.firstBytes[bytes[0]!] = 1;
      max = Math.max(max, bytes.length);
    }
    this.maxLength = max;
    let numeric = this.firstBytes[0x2d] !== 0;
    for (let x = 0x30; x <= 0x39; x++) if (this.firstBytes[x] !== 0) numeric = true;
    this.numbersMayMatch = numeric;
  }

  matches(b: Buffer, s: number, e: number): boolean {
    if (e === s) return this.emptyIsNull;
    if (e - s > this.maxLength || this.firstBytes[b[s]!] === 0) return false;
    return this.tokens.has(b.toString("utf8", s, e));
  }

  has(text: string): boolean {
    return this.tokens.has(text);
  }
}

export const DEFAULT_NULL_VALUES = ["", "NA", "N/A", "null", "NULL", "None", "nan", "NaN"];

const RECENT_SLOTS = 256;
/**
 * String cells a column classifies the slow way before it gets its recent-strings cache (20 KiB):
 * the columns of a wide, short file would spend more on their caches than on their data.
 */
const RECENT_AFTER = 32;

/** Empty, so never written: what an interner holds before its recent cache is made. */
const NO_HASHES = new Uint32Array(0);
const NO_BYTES = new Uint8Array(0);

/** Slot in StringInterner.recent for the n ≥ 1 bytes b[s, s + n): from the length and the first and last two bytes. */
function recentSlot(b: Buffer, s: number, n: number): number {
  const e = s + n;
  const key = n >= 2 ? b[s]! | (b[s + 1]! << 8) | (b[e - 2]! << 16) | (b[e - 1]! << 24) : b[s]!;
  return Math.imul(key ^ n, 0x9e3779b1) >>> 24;
}

/** Whether a[at, at + n) and b[s, s + n) are the same bytes. */
function sameBytes(a: Uint8Array, at: number, b: Buffer, s: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (a[at + i] !== b[s + i]) return false;
  return true;
}

/**
 * Small per-column cache from byte hash to string, so a categorical column with a handful of values
 * makes a handful of strings, not one per row. Only ASCII values are cached (their bytes are their
 * char codes, which makes the equality check cheap).
 */
export class StringInterner {
  private readonly cache = new Map<number, string>();
  /**
   * Direct-mapped cache of string cells (ASCII, at most 64 bytes) by a cheap key of their bytes
   * (see `recentSlot`), with their hashes: a repeated value is matched by comparing its bytes and
   * skips classification and hashing. An entry of "" matches nothing. Made once the column
   * has had RECENT_AFTER string cells (numeric columns of a wide file need none, nor the string
   * columns of a short one).
   */
  recent: string[] = [];
  /** Shared empty arrays until `makeRecent` (an empty typed array costs about 200 bytes each). */
  recentLo = NO_HASHES;
  recentHi = NO_HASHES;
  /** The bytes of each recent string, at 64 × its slot: compared with a cell's bytes byte by byte. */
  recentBytes = NO_BYTES;
  /**
   * Whether classifyField or classifyText ever stored a text in the column: then reused arrays may
   * hold text where storeNumber (which leaves texts alone) puts a number (see `clearNumberTexts`).
   */
  heldText = false;
  /** ASCII string cells classified before the recent cache was made. */
  textsUncached = 0;

  makeRecent(): void {
    this.recent = Array.from({ length: RECENT_SLOTS }, () => "");
    this.recentLo = new Uint32Array(RECENT_SLOTS);
    this.recentHi = new Uint32Array(RECENT_SLOTS);
    this.recentBytes = new Uint8Array(RECENT_SLOTS * 64);
  }

  get(b: Buffer, s: number, e: number, hash: number): string {
    const hit = this.cache.get(hash);
    const n = e - s;
    if (hit !== undefined && hit.length === n) {
      let same = true;
      for (let i = 0; i < n; i++) {
        if (hit.charCodeAt(i) !== b[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    const text = b.toString("utf8", s, e);
    if (n <= 64 && text.length === n) {
      if (this.cache.size >= 4096) this.cache.clear();
      this.cache.set(hash, text);
    }
    return text;
  }
}

/**
 * Classifies the bytes b[s, e) of one cell into column `col` at `row`: kind, number, text and hash.
 * `keepText` also stores the text of numeric cells (readTable needs it when a column ends up text).
 */
export function classifyBytes(
  b: Buffer,
  s: number,
  e: number,
  col: ColumnChunk,
  row: number,
  nulls: NullTokens,
  interner: StringInterner,
  keepText: boolean,
): void {
  if (nulls.matches(b, s, e)) {
    col.kinds[row] = CELL_MISSING;
    col.nums[row] = Number.NaN;
    col.texts[row] = undefined;
    col.hashLo[row] = MISSING_HASH_LO;
    col.hashHi[row] = MISSING_HASH_HI;
    return;
  }
  const c0 = b[s]!;
  if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46) {
    const v = parseNumberBytes(b, s, e);
    if (numOk) {
      col.kinds[row] = numIsInt ? CELL_INT : CELL_FLOAT;
      col.nums[row] = v;
      hashNumber(v);
      col.hashLo[row] = hashOutLo;
      col.hashHi[row] = hashOutHi;
      col.texts[row] = keepText ? latin1(b, s, e) : undefined;
      return;
    }
    if (looksLikeIsoDate(b, s, e)) {
      const text = latin1(b, s, e);
      // Byte s + 10 is inside the field only past a bare date: beyond it lies whatever the buffer
      // held before (a JSON value's scratch keeps the previous, longer text), which once turned a
      // "1976-01-01" after a name with a space at that place into "1976-01-01T", no date.
      const t = Date.parse(e - s > 10 && b[s + 10] === 32 ? `${text.slice(0, 10)}T${text.slice(11)}` : text);
      if (!Number.isNaN(t)) {
        hashDatetime(t);
        setCell(col, row, CELL_DATETIME, t, text);
        return;
      }
    }
  }
  const lower = c0 | 0x20;
  const signed = c0 === 45 || c0 === 43 ? 1 : 0;
  const l1 = b[s + signed]! | 0x20;
  if (l1 === 105 && (lowerEquals(b, s + signed, e, "inf") || lowerEquals(b, s + signed, e, "infinity"))) {
    const v = c0 === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    hashNumber(v);
    setCell(col, row, CELL_INF, v, keepText ? latin1(b, s, e) : undefined);
    return;
  }
  if (lower === 110 && lowerEquals(b, s, e, "nan")) {
    hashNumber(Number.NaN);
    setCell(col, row, CELL_NAN, Number.NaN, keepText ? latin1(b, s, e) : undefined);
    return;
  }
  if ((lower === 116 && lowerEquals(b, s, e, "true")) || (lower === 102 && lowerEquals(b, s, e, "false"))) {
    const v = lower === 116 ? 1 : 0;
    hashNumber(v + 0.5);
    setCell(col, row, CELL_BOOL, v, lower === 116 ? "true" : "false");
    return;
  }
  hashBytes(b, s, e);
  setCell(col, row, CELL_STRING, Number.NaN, interner.get(b, s, e, hashOutLo));
}

/**
 * Stores a number that the CSV tokeniser parsed (finite, and not a null token) at index `at` of
 * flat columns (see FlatColumns): its kind, value and hashNumber's hash, computed inline. Its text
 * is left as it is, for the tokeniser to set (keepText) or `clearNumberTexts` to clear.
 */
export function storeNumber(
  kinds: Uint8Array,
  nums: Float64Array,
  hashLo: Uint32Array,
  hashHi: Uint32Array,
  at: number,
  v: number,
  kind: CellKind,
): void {
  kinds[at] = kind;
  nums[at] = v;
  f64[0] = v === 0 ? 0 : v;
  const lo = u32[0]!;
  const hi = u32[1]!;
  let h1 = Math.imul(Math.imul(NUM_SEED1 ^ lo, 2654435761) ^ hi, 2654435761);
  let h2 = Math.imul(Math.imul(NUM_SEED2 ^ lo, 1597334677) ^ hi, 1597334677);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashLo[at] = h1;
  hashHi[at] = h2;
}

/**
 * classifyBytes, with the interner's cache of recent strings in front: a string value seen before
 * in the column (a categorical) is stored from the cache, without classification or hashing.
 */
export function classifyField(
  b: Buffer,
  s: number,
  e: number,
  col: ColumnChunk,
  row: number,
  nulls: NullTokens,
  interner: StringInterner,
  keepText: boolean,
): void {
  const n = e - s;
  const recent = interner.recent;
  if (n !== 0 && n <= 64 && recent.length !== 0) {
    const slot = recentSlot(b, s, n);
    const seen = recent[slot]!;
    if (seen.length === n && sameBytes(interner.recentBytes, slot << 6, b, s, n)) {
      col.kinds[row] = CELL_STRING;
      col.nums[row] = Number.NaN;
      col.texts[row] = seen;
      col.hashLo[row] = interner.recentLo[slot]!;
      col.hashHi[row] = interner.recentHi[slot]!;
      return;
    }
  }
  // Kept apart so that the cache check above stays small enough to be inlined into the tokeniser.
  classifyAndRemember(b, s, e, col, row, nulls, interner, keepText);
}

/** classifyBytes; a short ASCII string cell also goes into the interner's cache of recent strings. */
function classifyAndRemember(
  b: Buffer,
  s: number,
  e: number,
  col: ColumnChunk,
  row: number,
  nulls: NullTokens,
  interner: StringInterner,
  keepText: boolean,
): void {
  classifyBytes(b, s, e, col, row, nulls, interner, keepText);
  const text = col.texts[row];
  if (text === undefined) return;
  interner.heldText = true;
  const n = e - s;
  if (n === 0 || n > 64 || col.kinds[row] !== CELL_STRING) return;
  // As many chars as bytes: ASCII (when the bytes are valid UTF-8; a chunk with invalid UTF-8
  // fails, and the byte comparison would not match such an entry anyway).
  if (text.length !== n) return;
  if (interner.recent.length === 0) {
    if (++interner.textsUncached < RECENT_AFTER) return;
    interner.makeRecent();
  }
  const slot = recentSlot(b, s, n);
  interner.recent[slot] = text;
  b.copy(interner.recentBytes, slot << 6, s, e);
  interner.recentLo[slot] = col.hashLo[row]!;
  interner.recentHi[slot] = col.hashHi[row]!;
}

function setCell(col: ColumnChunk, row: number, kind: CellKind, num: number, text: string | undefined): void {
  col.kinds[row] = kind;
  col.nums[row] = num;
  col.texts[row] = text;
  col.hashLo[row] = hashOutLo;
  col.hashHi[row] = hashOutHi;
}

/** Classifies a text cell (JSON string, unescaped quoted CSV field) the way the CSV reader classifies bytes. */
export function classifyText(
  text: string,
  col: ColumnChunk,
  row: number,
  nulls: NullTokens,
  interner: StringInterner,
  keepText: boolean,
): void {
  const buf = scratchFor(text.length * 3);
  const n = buf.write(text, 0, "utf8");
  classifyBytes(buf, 0, n, col, row, nulls, interner, keepText);
  const kind = col.kinds[row];
  if (kind === CELL_STRING || kind === CELL_DATETIME) col.texts[row] = text;
  if (col.texts[row] !== undefined) interner.heldText = true;
}

/**
 * Clears the texts of the int and float cells in rows [0, rows) of a column whose arrays are
 * reused: `storeNumber` without keepText leaves whatever text an earlier chunk put at the row.
 * Needed only for a column that ever held text (`StringInterner.heldText`): a pass over kinds
 * per chunk, instead of a store per number cell.
 */
export function clearNumberTexts(col: ColumnChunk, rows: number): void {
  const { kinds, texts } = col;
  for (let r = 0; r < rows; r++) {
    const k = kinds[r]!;
    if (k === CELL_INT || k === CELL_FLOAT) texts[r] = undefined;
  }
}

/** Classifies a value that already has a type (JSON, Parquet). */
export function classifyValue(
  value: unknown,
  col: ColumnChunk,
  row: number,
  nulls: NullTokens,
  interner: StringInterner,
  keepText: boolean,
): void {
  if (value === null || value === undefined) {
    hashMissing();
    setCell(col, row, CELL_MISSING, Number.NaN, undefined);
  } else if (typeof value === "number" || typeof value === "bigint") {
    const v = Number(value);
    hashNumber(v);
    const kind = Number.isNaN(v)
      ? CELL_NAN
      : !Number.isFinite(v)
        ? CELL_INF
        : Number.isInteger(v)
          ? CELL_INT
          : CELL_FLOAT;
    setCell(col, row, kind, v, keepText ? String(v) : undefined);
  } else if (typeof value === "boolean") {
    const v = value ? 1 : 0;
    hashNumber(v + 0.5);
    setCell(col, row, CELL_BOOL, v, value ? "true" : "false");
  } else if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) {
      hashMissing();
      setCell(col, row, CELL_MISSING, Number.NaN, undefined);
    } else {
      // The text is made on demand (cellText): most datetimes are only counted and sketched.
      hashDatetime(t);
      setCell(col, row, CELL_DATETIME, t, keepText ? value.toISOString() : undefined);
    }
  } else if (typeof value === "string") {
    classifyText(value, col, row, nulls, interner, keepText);
  } else {
    const text = JSON.stringify(value);
    hashString(text);
    setCell(col, row, CELL_STRING, Number.NaN, text);
  }
}

/** The text of a cell, for examples and for string columns of a table. */
export function cellText(col: ColumnChunk, row: number): string | null {
  const kind = col.kinds[row];
  if (kind === CELL_MISSING) return null;
  const text = col.texts[row];
  if (text !== undefined) return text;
  if (kind === CELL_DATETIME) return new Date(col.nums[row]!).toISOString();
  return String(col.nums[row]);
}
