import type { FileHandle } from "node:fs/promises";
import type { CheckExample } from "../contracts/validation.js";
import { adopt } from "../threads.js";
import {
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INT,
  CELL_MISSING,
  CELL_STRING,
  type Chunk,
  type ColumnChunk,
  cellText,
} from "./cells.js";
import type { CsvReader } from "./csv.js";
import { ColumnAccumulator } from "./profile.js";
import { hashRows } from "./rows.js";
import { KLL_SEED } from "./sketch/kll.js";

/**
 * What one segment of a data file contributes to a scan: column statistics, the evidence the
 * column checks need, and per-row hashes for the row checks (duplicates, label conflicts,
 * leakage), which need every row of the file and are done in file order by the thread that
 * merges the segments (RowTracker in pass.ts). A segment is scanned on its own — in this thread
 * or in a worker — and numbers its rows and lines from wherever its reader was told to start;
 * `shift` renumbers them into the file's before the segments are merged (`absorb`).
 */

export const MAX_EXAMPLES = 10;

/** Offending cells found while scanning: a count and the first few, with their rows and lines. */
export class Evidence {
  count = 0;
  /** False when `count` is an estimate (a row check on a file larger than the row index); examples stay real rows. */
  exact = true;
  readonly examples: CheckExample[] = [];

  note(row: number, line: number, value: string | number | null): void {
    this.count++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ row, line, value });
  }

  /** Evidence rebuilt from its structured clone. */
  static revive(plain: Evidence): Evidence {
    return adopt(new Evidence(), plain);
  }

  /** Adds a later segment's evidence. */
  absorb(other: Evidence): void {
    this.count += other.count;
    this.exact &&= other.exact;
    for (const e of other.examples) {
      if (this.examples.length >= MAX_EXAMPLES) break;
      this.examples.push(e);
    }
  }
}

/**
 * The evidence of a kind of cell or finding that a column has not had (yet): shared, and frozen so
 * that nothing notes into it. A column's Evidence objects are made when first noted into, so that
 * a file of many short columns does not hold ten empty ones per column.
 */
const NO_EVIDENCE: Evidence = Object.freeze(Object.assign(new Evidence(), { examples: Object.freeze([]) }));

/** `e`, or NO_EVIDENCE for a posted Evidence that holds nothing. */
function revivedEvidence(e: Evidence): Evidence {
  return e.count === 0 && e.exact && e.examples.length === 0 ? NO_EVIDENCE : Evidence.revive(e);
}

/** Moves examples' rows and lines by the given offsets (in place). */
function shiftExamples(examples: CheckExample[], rowOffset: number, lineOffset: number): void {
  for (const e of examples) {
    if (e.row !== undefined) e.row += rowOffset;
    if (e.line !== undefined) e.line += lineOffset;
  }
}

/** What to look for per column while scanning, from the committed schema. */
export interface ColumnRules {
  range?: { min: number; max: number };
  domain?: Set<string>;
}

/** Evidence the column checks need, gathered in the same pass as the profile. */
export class ColumnEvidence {
  /** First cells of each kind (index CellKind): the odd ones out of a column. Counts are the profile's. */
  readonly byKind: Evidence[] = Array.from({ length: 8 }, () => NO_EVIDENCE);
  /** Examples still wanted per kind: one typed-array read per cell once they are all in. */
  private readonly examplesOpen = new Uint8Array(8).fill(MAX_EXAMPLES);
  outOfRange = NO_EVIDENCE;
  outOfDomain = NO_EVIDENCE;
  /** The largest and smallest finite values with their rows (examples for outliers). */
  readonly highest = new Extremes(-1);
  readonly lowest = new Extremes(1);

  constructor(readonly rules: ColumnRules = {}) {}

  /** Evidence rebuilt from its structured clone (see adopt). */
  static revive(plain: ColumnEvidence): ColumnEvidence {
    return adopt(new ColumnEvidence(plain.rules), {
      ...plain,
      byKind: plain.byKind.map(revivedEvidence),
      outOfRange: revivedEvidence(plain.outOfRange),
      outOfDomain: revivedEvidence(plain.outOfDomain),
      highest: adopt(new Extremes(-1), plain.highest),
      lowest: adopt(new Extremes(1), plain.lowest),
    });
  }

  add(col: ColumnChunk, chunk: Chunk): void {
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
      const k = kinds[r]!;
      if (open[k] !== 0) {
        if (byKind[k] === NO_EVIDENCE) byKind[k] = new Evidence();
        byKind[k]!.note(firstRow + r + 1, lines[r]!, cellText(col, r));
        open[k] = open[k]! - 1;
      }
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r]!;
        if (x > highMin) highMin = highest.offer(x, firstRow + r + 1, lines[r]!);
        if (x < lowMax) lowMax = lowest.offer(x, firstRow + r + 1, lines[r]!);
        if (range && k !== CELL_DATETIME && (x < range.min || x > range.max)) {
          if (this.outOfRange === NO_EVIDENCE) this.outOfRange = new Evidence();
          this.outOfRange.note(firstRow + r + 1, lines[r]!, x);
        }
      }
      if (domain && k !== CELL_MISSING) {
        const text = k === CELL_STRING ? texts[r]! : cellText(col, r)!;
        if (!domain.has(text)) {
          if (this.outOfDomain === NO_EVIDENCE) this.outOfDomain = new Evidence();
          this.outOfDomain.note(firstRow + r + 1, lines[r]!, text);
        }
      }
    }
  }

  /** Adds the evidence of a later segment. */
  absorb(other: ColumnEvidence): void {
    // Only the first cells of each kind are kept (their counts are the profile's).
    other.byKind.forEach((e, k) => {
      if (e.examples.length === 0) return;
      if (this.byKind[k] === NO_EVIDENCE) this.byKind[k] = new Evidence();
      const mine = this.byKind[k]!;
      for (const x of e.examples) {
        if (mine.examples.length >= MAX_EXAMPLES) break;
        mine.note(x.row!, x.line!, x.value);
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
  get high(): CheckExample[] {
    return this.highest.examples();
  }

  /** The smallest values, smallest first. */
  get low(): CheckExample[] {
    return this.lowest.examples();
  }

  /** Renumbers rows and lines (a segment scanned from its own start) into the file's. */
  shift(rowOffset: number, lineOffset: number): void {
    for (const e of [...this.byKind, this.outOfRange, this.outOfDomain]) {
      shiftExamples(e.examples, rowOffset, lineOffset);
    }
    this.highest.shift(rowOffset, lineOffset);
    this.lowest.shift(rowOffset, lineOffset);
  }
}

/** Extremes of a column that has had no finite value: shared, and empty, so never written (see Extremes.offer). */
const NO_EXTREMES = new Float64Array(0);

/**
 * The 10 most extreme values of a column with their rows and lines, kept sorted in one typed array
 * (values at [0, 10), their rows at [10, 20), lines at [20, 30)) made at the first value, so that a
 * column of text holds none (order 1: smallest first, -1: largest first); ties keep the earlier
 * row, as one pass would.
 */
export class Extremes {
  data = NO_EXTREMES;
  size = 0;

  constructor(readonly order: 1 | -1) {}

  /** The value a new extreme has to beat. */
  get cut(): number {
    if (this.size < MAX_EXAMPLES) return this.order > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    return this.data[MAX_EXAMPLES - 1]!;
  }

  /** Takes a value that beats `cut`; returns the new cut. */
  offer(x: number, row: number, line: number): number {
    if (this.data.length === 0) this.data = new Float64Array(3 * MAX_EXAMPLES);
    const { data: d, order } = this;
    const R = MAX_EXAMPLES;
    const L = 2 * MAX_EXAMPLES;
    let i = Math.min(this.size, MAX_EXAMPLES - 1);
    while (i > 0 && order * (d[i - 1]! - x) > 0) {
      d[i] = d[i - 1]!;
      d[R + i] = d[R + i - 1]!;
      d[L + i] = d[L + i - 1]!;
      i--;
    }
    d[i] = x;
    d[R + i] = row;
    d[L + i] = line;
    if (this.size < MAX_EXAMPLES) this.size++;
    return this.cut;
  }

  /** Adds a later segment's extremes. */
  absorb(other: Extremes): void {
    const d = other.data;
    for (let i = 0; i < other.size; i++) {
      const x = d[i]!;
      if (this.order * (this.cut - x) > 0) this.offer(x, d[MAX_EXAMPLES + i]!, d[2 * MAX_EXAMPLES + i]!);
    }
  }

  shift(rowOffset: number, lineOffset: number): void {
    const d = this.data;
    for (let i = 0; i < this.size; i++) {
      d[MAX_EXAMPLES + i]! += rowOffset;
      d[2 * MAX_EXAMPLES + i]! += lineOffset;
    }
  }

  examples(): CheckExample[] {
    const d = this.data;
    return Array.from({ length: this.size }, (_, i) => ({
      row: d[MAX_EXAMPLES + i]!,
      line: d[2 * MAX_EXAMPLES + i]!,
      value: d[i]!,
    }));
  }
}

/**
 * Per-row facts for the row checks, for one chunk or a whole segment: the 64-bit hash of the
 * feature columns, the label cell's hash, the row's line, and the label value (for conflict
 * examples: numbers as such, texts as an index into `labelTexts`).
 */
export class RowBatch {
  rows = 0;
  lo = new Uint32Array(0);
  hi = new Uint32Array(0);
  label = new Uint32Array(0);
  lines = new Float64Array(0);
  labelKind = new Uint8Array(0);
  labelValue = new Float64Array(0);
  labelTexts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly cacheText: (string | undefined)[] = new Array<string | undefined>(64).fill(undefined);
  private readonly cacheId = new Int32Array(64);

  clear(): void {
    this.rows = 0;
    this.labelTexts = [];
    this.textIds.clear();
    this.cacheText.fill(undefined);
  }

  private reserve(rows: number): void {
    if (this.lo.length >= rows) return;
    const cap = Math.max(rows, this.lo.length * 2, 1024);
    const grow = <T extends Uint32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a.subarray(0, this.rows) as never);
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
  append(chunk: Chunk, labelIndex: number, order: readonly number[]): void {
    const at = this.rows;
    const n = chunk.rows;
    this.reserve(at + n);
    if (chunk.rowHashes) {
      this.lo.set(chunk.rowHashes.lo.subarray(0, n), at);
      this.hi.set(chunk.rowHashes.hi.subarray(0, n), at);
    } else hashRows(chunk, labelIndex, order, this.lo.subarray(at, at + n), this.hi.subarray(at, at + n));
    this.lines.set(chunk.lines.subarray(0, n), at);
    const label = labelIndex >= 0 ? chunk.columns[labelIndex] : undefined;
    if (label) {
      this.label.set(label.hashLo.subarray(0, n), at);
      this.labelKind.set(label.kinds.subarray(0, n), at);
      for (let r = 0; r < n; r++) {
        const text = label.texts[r];
        if (text === undefined) {
          this.labelValue[at + r] = label.nums[r]!;
          continue;
        }
        // Labels are few and their texts shared: a small cache keyed by hash skips most map lookups.
        const slot = label.hashLo[r]! & 63;
        let id: number;
        if (this.cacheText[slot] === text) id = this.cacheId[slot]!;
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
        // A text kept for a numeric cell (readers that keep text) is still shown as its text.
        this.labelKind[at + r] = this.labelKind[at + r]! | LABEL_TEXT;
      }
    }
    this.rows = at + n;
  }

  /** The label value of row r, as `cellText` would give it. */
  labelText(r: number): string | null {
    const kind = this.labelKind[r]!;
    if (kind & LABEL_TEXT) return this.labelTexts[this.labelValue[r]!]!;
    if (kind === CELL_MISSING) return null;
    if (kind === CELL_DATETIME) return new Date(this.labelValue[r]!).toISOString();
    return String(this.labelValue[r]);
  }

  /** The arrays to transfer to another thread (the batch is not used after it is posted). */
  transferables(): ArrayBuffer[] {
    return [this.lo, this.hi, this.label, this.lines, this.labelKind, this.labelValue].map(
      (a) => a.buffer as ArrayBuffer,
    );
  }

  /** A batch rebuilt from its structured clone. */
  static revive(plain: RowBatch): RowBatch {
    return adopt(new RowBatch(), plain);
  }
}

/** Flag in RowBatch.labelKind: the label value is an index into labelTexts. */
const LABEL_TEXT = 0x80;

/** How the columns of a file are profiled: the same for every segment. */
export interface ScanShape {
  columns: string[];
  /** Index of the label column, or -1. */
  labelIndex: number;
  /** Column indexes sorted by name: the order row hashes mix cells in. */
  hashOrder: number[];
  rules: (ColumnRules | undefined)[];
}

export function scanShape(columns: string[], label: string | undefined, rules?: Map<string, ColumnRules>) {
  const hashOrder = columns
    .map((_, i) => i)
    .sort((a, b) => (columns[a]! < columns[b]! ? -1 : columns[a]! > columns[b]! ? 1 : 0));
  return {
    columns,
    labelIndex: label === undefined ? -1 : columns.indexOf(label),
    hashOrder,
    rules: columns.map((name) => rules?.get(name)),
  };
}

/**
 * Statistics and evidence of one segment. `seed` seeds the quantile sketches, so a segment's
 * result depends only on its bytes and its index, never on which thread scanned it.
 */
export class SegmentScan {
  readonly columns: ColumnAccumulator[];
  readonly evidence: ColumnEvidence[];
  private readonly labelIndex: number;
  private readonly hashOrder: number[];

  /** `expectedRows`: about how many rows the whole file has, when its segments are merged (0 if unknown). */
  constructor(shape: ScanShape, seed: number, expectedRows = 0) {
    this.labelIndex = shape.labelIndex;
    this.hashOrder = shape.hashOrder;
    this.columns = shape.columns.map((name) => new ColumnAccumulator(name, seed, expectedRows));
    this.evidence = shape.columns.map((_, c) => new ColumnEvidence(shape.rules[c]));
  }

  /** Adds a chunk's cells; appends its rows to `rows` for the row checks. */
  add(chunk: Chunk, rows: RowBatch): void {
    const n = chunk.rows;
    chunk.columns.forEach((col, c) => {
      this.columns[c]!.add(col, n);
      this.evidence[c]!.add(col, chunk);
    });
    rows.append(chunk, this.labelIndex, this.hashOrder);
  }

  /** Adds a later segment. */
  absorb(other: SegmentScan): void {
    this.columns.forEach((acc, c) => {
      acc.merge(other.columns[c]!);
    });
    this.evidence.forEach((ev, c) => {
      ev.absorb(other.evidence[c]!);
    });
  }

  /** Renumbers the evidence's rows and lines (see ColumnEvidence.shift). */
  shift(rowOffset: number, lineOffset: number): void {
    for (const ev of this.evidence) ev.shift(rowOffset, lineOffset);
  }

  /** A segment scan rebuilt from its structured clone (classes do not survive a postMessage). */
  static revive(plain: SegmentScan): SegmentScan {
    const shape = { columns: [], labelIndex: plain.labelIndex, hashOrder: plain.hashOrder, rules: [] };
    return adopt(new SegmentScan(shape, 0), {
      ...plain,
      columns: plain.columns.map((c) => ColumnAccumulator.revive(c)),
      evidence: plain.evidence.map((ev) => ColumnEvidence.revive(ev)),
    });
  }
}

/** Seed of segment `index`'s sketches (segment 0 keeps the sketches' default seed). */
export function segmentSeed(index: number): number {
  return (KLL_SEED + Math.imul(index, 0x9e3779b9)) >>> 0 || 1;
}

/** A segment to scan: rows starting in [start, end); `exactStart` false: start is only a guess (see findRowStart). */
export interface SegmentJob {
  index: number;
  start: number;
  end: number;
  exactStart: boolean;
  /** A merged segment's row batch, handed back for reuse (no new buffers per segment). */
  rows?: RowBatch;
}

/** A scanned segment, its lines and rows numbered from 1 and 0 at `start`. */
export type SegmentDone =
  | { index: number; start: number; end: number; lines: number; scan: SegmentScan; rows: RowBatch }
  | { index: number; error: string };

/** What a scan worker is started with. */
export interface ScanWorkerData {
  file: string;
  delimiter: number;
  nullValues: string[];
  shape: ScanShape;
  expectedRows: number;
}

/**
 * The row start at or after `offset` if no quoted field spans it: just past the first newline at or
 * after offset − 1. A guess: a newline inside a quoted field fools it, which the merge detects
 * (the previous segment ends elsewhere) and answers by scanning the segment again from its true start.
 */
export async function findRowStart(fh: FileHandle, offset: number): Promise<number> {
  const block = Buffer.allocUnsafe(1 << 16);
  let at = Math.max(0, offset - 1);
  for (;;) {
    const { bytesRead } = await fh.read(block, 0, block.length, at);
    if (bytesRead === 0) return at;
    const lf = block.subarray(0, bytesRead).indexOf(0x0a);
    if (lf >= 0) return at + lf + 1;
    at += bytesRead;
  }
}

/** About how many rows follow `start`: the newlines in the first 64 KiB, scaled to the rest of the file. */
export async function estimateRows(fh: FileHandle, start: number, size: number): Promise<number> {
  const block = Buffer.allocUnsafe(1 << 16);
  const { bytesRead } = await fh.read(block, 0, block.length, start);
  let lines = 0;
  for (let i = block.indexOf(0x0a); i >= 0 && i < bytesRead; i = block.indexOf(0x0a, i + 1)) lines++;
  return bytesRead === 0 ? 0 : Math.round((Math.max(1, lines) * (size - start)) / bytesRead);
}

/**
 * Scans the rows of one segment with a reader already positioned there (CsvReader.seek), collecting
 * the hashes of all its rows in `rows`.
 */
export async function scanSegment(reader: CsvReader, scan: SegmentScan, rows: RowBatch): Promise<void> {
  for (let chunk = await reader.next(); chunk; chunk = await reader.next()) scan.add(chunk, rows);
}

/**
 * Scans one segment on its own (in a worker, or ahead of the merge in the merging thread): rows
 * and lines numbered from its start. Errors come back as such, for the merge to deal with.
 */
export async function scanJob(
  reader: CsvReader,
  fh: FileHandle,
  data: Pick<ScanWorkerData, "shape" | "expectedRows">,
  job: SegmentJob,
): Promise<SegmentDone> {
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
    return { index: job.index, error: (e as Error).message };
  }
}
