import {
  CELL_BOOL,
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INT,
  CELL_MISSING,
  CELL_STRING,
  type Chunk,
  type ColumnChunk,
} from "./cells.js";
import { inferColumnType } from "./profile.js";
import { noRowsError, openSource } from "./source.js";
import type { ColumnType, ReadOptions } from "./table.js";

/**
 * Every value of every column of one or more data files, for the statistics that need the values
 * themselves (drift-check's exact mode): finite numbers (and datetimes as epoch ms) in a growing
 * Float64Array, texts and booleans counted by value. One streaming pass with the reader profiling
 * uses, reusing its chunk arrays, so the cost is the tokenising plus one store per cell.
 * Column types follow the profile's rule (`inferColumnType` on the cell kinds of all files).
 */
export interface ColumnValues {
  name: string;
  type: ColumnType;
  /** Rows read (after the row filter). */
  rows: number;
  /** Finite numeric cells, in file order (ascending when `sorted`); NaN and ±Inf are not among them. */
  values: Float64Array;
  /** Set when `values` was sorted ascending (by the drift read worker). */
  sorted?: boolean;
  /** Text and boolean cells by their text (and, in a column of mixed kinds, numbers by theirs). */
  counts: Map<string, number>;
}

export interface ValuesOptions {
  read?: ReadOptions;
  /** Columns to leave out (e.g. the inference log's own fields). */
  exclude?: (name: string) => boolean;
  /**
   * Keeps only rows whose cell in column `column` is a datetime (or number, epoch ms) of at
   * least `atLeast`; rows without one are dropped.
   */
  since?: { column: string; atLeast: number };
  /** Stop (and answer `exceeded`) past this many rows: the caller then uses sketches. */
  maxRows?: number;
  /** Columns whose values are wanted even though `exclude` names them (e.g. the prediction). */
  also?: string[];
}

export interface ValuesResult {
  rows: number;
  columns: ColumnValues[];
  /** True when `maxRows` was passed and reading stopped; `columns` is then empty. */
  exceeded: boolean;
}

class Accumulator {
  kinds = new Float64Array(8);
  values = new Float64Array(1 << 14);
  n = 0;
  counts = new Map<string, number>();
  constructor(readonly name: string) {}

  add(col: ColumnChunk, rows: number, keep: Uint8Array | undefined): void {
    const { kinds, nums, texts } = col;
    let values = this.values;
    if (this.n + rows > values.length) {
      const grown = new Float64Array(Math.max(values.length * 2, this.n + rows));
      grown.set(values.subarray(0, this.n));
      this.values = values = grown;
    }
    let n = this.n;
    const counts = this.counts;
    const seen = this.kinds;
    for (let r = 0; r < rows; r++) {
      if (keep !== undefined && keep[r] === 0) continue;
      const k = kinds[r]!;
      seen[k]!++;
      if (k === CELL_INT || k === CELL_FLOAT || k === CELL_DATETIME) values[n++] = nums[r]!;
      else if (k === CELL_STRING || k === CELL_BOOL) {
        const t = texts[r] ?? (k === CELL_BOOL ? (nums[r] === 1 ? "true" : "false") : "");
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    this.n = n;
  }

  finish(rows: number): ColumnValues {
    const type = inferColumnType(Array.from(this.kinds));
    const numeric = type === "int" || type === "float" || type === "datetime";
    const values = numeric ? this.values.slice(0, this.n) : new Float64Array(0);
    const counts = this.counts;
    if (!numeric) {
      // A column of mixed kinds is text (the profile's rule): its numbers count by their text.
      const datetime =
        this.kinds[CELL_DATETIME]! > 0 && this.kinds[CELL_INT]! + this.kinds[CELL_FLOAT]! === 0;
      for (let i = 0; i < this.n; i++) {
        const v = this.values[i]!;
        const t = datetime ? new Date(v).toISOString() : String(v);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    return { name: this.name, type, rows, values, counts: numeric ? new Map() : counts };
  }
}

/** Reads `paths` (same columns; a column absent from a file counts as missing there). */
export async function readColumnValues(
  paths: readonly string[],
  opts: ValuesOptions = {},
): Promise<ValuesResult> {
  const accs = new Map<string, Accumulator>();
  const order: string[] = [];
  let rows = 0;
  const wanted = (name: string) => !opts.exclude?.(name) || (opts.also?.includes(name) ?? false);
  for (const path of paths) {
    const source = await openSource(path, { ...opts.read, reuseChunks: true });
    const before = rows;
    try {
      const index = source.columns.map((name) => {
        if (!wanted(name)) return undefined;
        let acc = accs.get(name);
        if (!acc) {
          acc = new Accumulator(name);
          // Rows read before this column appeared are missing in it.
          acc.kinds[CELL_MISSING] = rows;
          accs.set(name, acc);
          order.push(name);
        }
        return acc;
      });
      const timeAt = opts.since ? source.columns.indexOf(opts.since.column) : -1;
      let keep: Uint8Array | undefined;
      for await (const chunk of source.chunks()) {
        let kept = chunk.rows;
        if (opts.since) {
          keep = keepMask(chunk, timeAt, opts.since.atLeast, keep);
          kept = 0;
          for (let r = 0; r < chunk.rows; r++) kept += keep[r]!;
        }
        for (let c = 0; c < index.length; c++) index[c]?.add(chunk.columns[c]!, chunk.rows, keep);
        // A column this file lacks is missing in its rows.
        for (const acc of accs.values())
          if (!source.columns.includes(acc.name)) acc.kinds[CELL_MISSING]! += kept;
        rows += kept;
        if (opts.maxRows !== undefined && rows > opts.maxRows) return { rows, columns: [], exceeded: true };
      }
    } finally {
      await source.close();
    }
    if (rows === before && !opts.since) throw noRowsError(path);
  }
  return { rows, columns: order.map((name) => accs.get(name)!.finish(rows)), exceeded: false };
}

function keepMask(chunk: Chunk, timeAt: number, atLeast: number, reuse: Uint8Array | undefined): Uint8Array {
  const keep = reuse && reuse.length >= chunk.rows ? reuse : new Uint8Array(Math.max(chunk.rows, 2048));
  keep.fill(0);
  if (timeAt < 0) return keep;
  const col = chunk.columns[timeAt]!;
  for (let r = 0; r < chunk.rows; r++) {
    const k = col.kinds[r];
    if ((k === CELL_DATETIME || k === CELL_INT || k === CELL_FLOAT) && col.nums[r]! >= atLeast) keep[r] = 1;
  }
  return keep;
}
