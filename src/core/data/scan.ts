import type { Profile } from "../contracts/profile.js";
import type { CheckExample } from "../contracts/validation.js";
import type { Progress } from "../ports.js";
import { noProgress } from "../ports.js";
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
import { Profiler } from "./profile.js";
import { LevelCounts, ROW_CONFLICT, ROW_DUPLICATE, type RowIndex } from "./rows.js";
import { noRowsError, openSource, type SourceOptions } from "./source.js";

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
}

/** What to look for per column while scanning, from the committed schema. */
export interface ColumnRules {
  range?: { min: number; max: number };
  domain?: Set<string>;
}

/** Evidence the column checks need, gathered in the same pass as the profile. */
export class ColumnEvidence {
  /** First cells of each kind (index CellKind): the odd ones out of a column. Counts are the profile's. */
  readonly byKind: Evidence[] = Array.from({ length: 8 }, () => new Evidence());
  /** Examples still wanted per kind: one typed-array read per cell once they are all in. */
  private readonly examplesOpen = new Uint8Array(8).fill(MAX_EXAMPLES);
  readonly outOfRange = new Evidence();
  readonly outOfDomain = new Evidence();
  /** The largest and smallest finite values with their rows (examples for outliers). */
  readonly high: CheckExample[] = [];
  readonly low: CheckExample[] = [];

  constructor(readonly rules: ColumnRules = {}) {}

  add(col: ColumnChunk, chunk: Chunk): void {
    const { kinds, nums, texts } = col;
    const { lines, firstRow } = chunk;
    const { range, domain } = this.rules;
    const byKind = this.byKind;
    let highMin =
      this.high.length < MAX_EXAMPLES ? Number.NEGATIVE_INFINITY : (this.high.at(-1)!.value as number);
    let lowMax =
      this.low.length < MAX_EXAMPLES ? Number.POSITIVE_INFINITY : (this.low.at(-1)!.value as number);
    const open = this.examplesOpen;
    for (let r = 0; r < chunk.rows; r++) {
      const k = kinds[r]!;
      if (open[k] !== 0) {
        byKind[k]!.note(firstRow + r + 1, lines[r]!, cellText(col, r));
        open[k] = open[k]! - 1;
      }
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r]!;
        if (x > highMin) highMin = keepExtreme(this.high, x, firstRow + r + 1, lines[r]!, -1);
        if (x < lowMax) lowMax = keepExtreme(this.low, x, firstRow + r + 1, lines[r]!, 1);
        if (range && k !== CELL_DATETIME && (x < range.min || x > range.max)) {
          this.outOfRange.note(firstRow + r + 1, lines[r]!, x);
        }
      }
      if (domain && k !== CELL_MISSING) {
        const text = k === CELL_STRING ? texts[r]! : cellText(col, r)!;
        if (!domain.has(text)) this.outOfDomain.note(firstRow + r + 1, lines[r]!, text);
      }
    }
  }
}

/** Keeps the 10 most extreme values sorted (order 1: smallest first, -1: largest first); returns the new cut. */
function keepExtreme(list: CheckExample[], x: number, row: number, line: number, order: number): number {
  let i = list.length;
  while (i > 0 && order * ((list[i - 1]!.value as number) - x) > 0) i--;
  list.splice(i, 0, { row, line, value: x });
  if (list.length > MAX_EXAMPLES) list.pop();
  return list.length < MAX_EXAMPLES
    ? order > 0
      ? Number.POSITIVE_INFINITY
      : Number.NEGATIVE_INFINITY
    : (list.at(-1)!.value as number);
}

export interface ScanOptions {
  read?: SourceOptions;
  label?: string;
  rules?: Map<string, ColumnRules>;
  /** Rows of this index (another file's) that reappear here are leakage. */
  leakageIndex?: RowIndex;
  /** Budget of the row index in 8-byte slots (tests use small ones to exercise sampling). */
  rowIndexSlots?: number;
  progress?: Progress;
}

export interface ScanResult {
  profile: Profile;
  columns: string[];
  evidence: ColumnEvidence[];
  duplicates: Evidence;
  conflicts: Evidence;
  leakage: Evidence;
  rowIndex: RowIndex;
  file: string;
}

/**
 * One streaming pass over a data file: its profile plus the evidence the checks need (odd cells,
 * out-of-range and unseen values, duplicate and conflicting rows, rows shared with another file).
 */
export async function scanFile(path: string, opts: ScanOptions = {}): Promise<ScanResult> {
  const source = await openSource(path, { ...opts.read, reuseChunks: true });
  const label = opts.label !== undefined && source.columns.includes(opts.label) ? opts.label : undefined;
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
      // The first chunk's bytes per row give the file's row count, roughly: size the row index once.
      if (chunk.firstRow === 0 && source.position() > 0) {
        profiler.rowIndex.reserve(Math.ceil((chunk.rows * source.total) / source.position()));
      }
      profiler.add(chunk);
      chunk.columns.forEach((col, c) => {
        evidence[c]!.add(col, chunk);
      });
      const status = profiler.rowStatus;
      const labelCol = labelIndex >= 0 ? chunk.columns[labelIndex] : undefined;
      for (let r = 0; r < chunk.rows; r++) {
        const s = status[r]!;
        if (s === ROW_DUPLICATE)
          duplicates.note(chunk.firstRow + r + 1, chunk.lines[r]!, "repeats an earlier row");
        else if (s === ROW_CONFLICT)
          conflicts.note(chunk.firstRow + r + 1, chunk.lines[r]!, labelCol ? cellText(labelCol, r) : null);
      }
      if (opts.leakageIndex) {
        for (let r = 0; r < chunk.rows; r++) {
          if (opts.leakageIndex.has(profiler.featureLo[r]!, profiler.featureHi[r]!)) {
            leaked.note(profiler.featureLo[r]!);
            leakage.note(chunk.firstRow + r + 1, chunk.lines[r]!, "also in the training data");
          }
        }
      }
      task.update(source.position());
    }
  } finally {
    await source.close();
  }
  if (profiler.rows === 0) throw noRowsError(path);
  // Past the row index's budget only a hash sample of rows was checked: counts are scaled up.
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
    file: path,
  };
}
