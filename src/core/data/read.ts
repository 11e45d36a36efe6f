import type { LoadedConfig } from "../config/load.js";
import { CELL_MISSING, type Chunk, cellText } from "./cells.js";
import { inferColumnType, type KindCounts } from "./profile.js";
import { noRowsError, openSource } from "./source.js";
import type { CellValue, Column, ReadOptions, Table } from "./table.js";

/** The reader options in mlgate.yml's `data` section, for readTable and the profiling commands. */
export function readOptionsFrom(loaded: LoadedConfig | undefined): ReadOptions {
  const d = loaded?.config.data;
  return d ? { format: d.format, delimiter: d.delimiter, nullValues: d.null_values } : {};
}

/**
 * Reads a whole CSV, JSON Lines or Parquet file into a column-major table, with the same streaming
 * reader and cell classification that profiling uses: numbers, booleans, ISO datetimes and the null
 * tokens in `opts.nullValues` are recognised per cell, and each column gets the type that fits all
 * its values. Errors (missing file, directory, ragged row, bad quoting, invalid UTF-8) name file:line.
 */
export async function readTable(path: string, opts: ReadOptions = {}): Promise<Table> {
  const source = await openSource(path, { ...opts, keepText: true });
  const chunks: Chunk[] = [];
  let rowCount = 0;
  const kinds: KindCounts[] = source.columns.map(() => new Array<number>(8).fill(0));
  try {
    for await (const chunk of source.chunks()) {
      chunks.push(chunk);
      rowCount += chunk.rows;
      chunk.columns.forEach((col, c) => {
        const counts = kinds[c]!;
        for (let r = 0; r < chunk.rows; r++) counts[col.kinds[r]!]!++;
      });
    }
  } finally {
    await source.close();
  }
  if (rowCount === 0) throw noRowsError(path);
  const columns: Column[] = source.columns.map((name, c) => {
    const type = inferColumnType(kinds[c]!);
    const values = new Array<CellValue>(rowCount);
    let i = 0;
    for (const chunk of chunks) {
      const col = chunk.columns[c]!;
      for (let r = 0; r < chunk.rows; r++, i++) {
        const kind = col.kinds[r]!;
        if (kind === CELL_MISSING) values[i] = null;
        else if (type === "int" || type === "float") values[i] = col.nums[r]!;
        else if (type === "bool") values[i] = col.nums[r] === 1;
        else values[i] = cellText(col, r);
      }
    }
    return { name, type, values };
  });
  return { columns, rowCount, source: path };
}
