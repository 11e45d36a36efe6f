import { createReadStream } from "node:fs";
import { type FileHandle, open, readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import * as zlib from "node:zlib";
import { MlgateError } from "../errors.js";
import {
  type Chunk,
  type ColumnChunk,
  classifyValue,
  DEFAULT_NULL_VALUES,
  NullTokens,
  newColumnChunk,
  StringInterner,
} from "./cells.js";
import { CsvReader } from "./csv.js";
import { detectFormat } from "./format.js";
import { checkColumnCount, type ReadOptions } from "./table.js";

/** A data file opened for streaming: its column names, its size, and its rows in chunks. */
export interface ChunkSource {
  file: string;
  format: "csv" | "jsonl" | "parquet";
  /**
   * What a chunk's `lines` number: file lines (CSV, JSON Lines), or records where the file has no
   * line per row (a JSON array, Parquet); absent means lines.
   */
  positions?: "lines" | "records";
  columns: string[];
  bytes: number;
  /** Bytes (CSV/JSONL) or rows (Parquet) consumed so far, for progress. */
  position(): number;
  /** Total for `position`. */
  total: number;
  chunks(): AsyncGenerator<Chunk>;
  close(): Promise<void>;
  /** CSV only: what scanning the file in segments needs (see scan.ts). */
  csv?: CsvSegments;
}

/** A CSV file's reader after its header, and how to open more readers of the same file elsewhere. */
export interface CsvSegments {
  reader: CsvReader;
  fh: FileHandle;
  /** File offset and line of the first data row. */
  dataStart: number;
  dataLine: number;
  delimiter: number;
  nullValues: string[];
}

export interface SourceOptions extends ReadOptions {
  /** Keep the text of numeric cells too (readTable needs it when a column turns out to be text). */
  keepText?: boolean;
  /** Reuse one set of column arrays for all chunks: each chunk is only valid until the next is read. */
  reuseChunks?: boolean;
}

const JSONL_CHUNK_ROWS = 8192;

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/**
 * The Parquet reader and its decompressors, loaded on first use: most files are CSV, and the
 * reader is a third of the data code. Node ≥ 22.15 decompresses zstd natively, several times
 * faster than the portable JS decoder.
 */
async function loadParquet() {
  const [hyparquet, { compressors }] = await Promise.all([
    import("hyparquet"),
    import("hyparquet-compressors"),
  ]);
  const nativeZstd = (zlib as { zstdDecompressSync?: (b: Uint8Array) => Buffer }).zstdDecompressSync;
  const parquetCompressors: Record<string, Decompress> = {
    ...(compressors as Record<string, Decompress>),
    ...(nativeZstd ? { ZSTD: (input: Uint8Array) => new Uint8Array(nativeZstd(input)) } : {}),
  };
  return { ...hyparquet, parquetCompressors };
}

async function checkFile(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MlgateError(
      code === "ENOENT" ? `data file not found: ${path}` : `cannot read data file ${path} (${code})`,
      {
        location: { file: path },
        hint:
          code === "ENOENT"
            ? "check the path (relative paths are resolved from the working directory or mlgate.yml)"
            : "check the file's permissions",
      },
    );
  }
  if (info.isDirectory()) {
    throw new MlgateError(`${path} is a directory, not a data file`, {
      location: { file: path },
      hint: "pass the path of a CSV, JSON Lines or Parquet file inside it",
    });
  }
  return info.size;
}

export function noRowsError(path: string): MlgateError {
  return new MlgateError(`${path} has a header but no data rows`, {
    location: { file: path, line: 2 },
    hint: "add data rows below the header (or check that the right file was passed)",
  });
}

/** Opens a data file for streaming. Errors for a missing file, a directory or a bad header are MlgateErrors. */
export async function openSource(path: string, opts: SourceOptions = {}): Promise<ChunkSource> {
  const format = detectFormat(path, opts.format);
  const bytes = await checkFile(path);
  const nullValues = opts.nullValues ?? DEFAULT_NULL_VALUES;
  const keepText = opts.keepText ?? false;
  if (format === "csv")
    return openCsv(path, bytes, nullValues, keepText, opts.delimiter, opts.reuseChunks ?? false);
  const nulls = new NullTokens(nullValues);
  if (format === "jsonl") return openJsonl(path, bytes, nulls, keepText);
  return openParquet(path, bytes, nulls, keepText, opts.reuseChunks ?? false);
}

async function openCsv(
  path: string,
  bytes: number,
  nullValues: string[],
  keepText: boolean,
  delimiter: string | undefined,
  reuseChunks: boolean,
): Promise<ChunkSource> {
  const delim = delimiter ?? (extname(path).toLowerCase() === ".tsv" ? "\t" : ",");
  if (Buffer.byteLength(delim) !== 1) {
    throw new MlgateError(`the CSV delimiter must be one byte, got '${delim}'`, {
      hint: "set `data.delimiter` to a single character such as `,`, `;` or a tab",
    });
  }
  let fh: FileHandle | undefined = await open(path, "r");
  const delimiterByte = delim.charCodeAt(0);
  const nulls = new NullTokens(nullValues);
  const reader = new CsvReader(fh, path, { delimiter: delimiterByte, nulls, keepText, reuseChunks });
  try {
    await reader.open();
  } catch (e) {
    await fh.close();
    throw e;
  }
  return {
    file: path,
    format: "csv",
    columns: reader.header,
    bytes,
    total: bytes,
    position: () => reader.bytesConsumed,
    async *chunks() {
      for (let chunk = await reader.next(); chunk; chunk = await reader.next()) yield chunk;
    },
    async close() {
      await fh?.close();
      fh = undefined;
    },
    csv: {
      reader,
      fh,
      dataStart: reader.bytesConsumed,
      dataLine: reader.lineNumber,
      delimiter: delimiterByte,
      nullValues,
    },
  };
}

async function openJsonl(
  path: string,
  bytes: number,
  nulls: NullTokens,
  keepText: boolean,
): Promise<ChunkSource> {
  if (await startsWithBracket(path)) return openJsonArray(path, bytes, nulls, keepText);
  const stream = createReadStream(path);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  let lineNo = 0;
  let first: Record<string, unknown> | undefined;
  let firstLine = 0;
  const parse = (text: string, at: number): Record<string, unknown> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new MlgateError(`line ${at} is not valid JSON: ${(e as Error).message}`, {
        location: { file: path, line: at },
        hint: "JSON Lines needs one JSON object per line",
      });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new MlgateError(`line ${at} is not a JSON object`, {
        location: { file: path, line: at },
        hint: 'each line must be an object such as {"x": 1, "label": "a"}',
      });
    }
    return value as Record<string, unknown>;
  };
  const nextLine = async (): Promise<string | undefined> => {
    for (;;) {
      const r = await lines.next();
      if (r.done) return undefined;
      lineNo++;
      let text = r.value;
      if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.includes("\ufffd")) {
        throw new MlgateError(`invalid UTF-8 on line ${lineNo}`, {
          location: { file: path, line: lineNo },
          hint: "save the file as UTF-8",
        });
      }
      if (text.trim() !== "") return text;
    }
  };
  const head = await nextLine();
  if (head === undefined) {
    stream.destroy();
    throw new MlgateError("the file is empty", {
      location: { file: path, line: 1 },
      hint: "JSON Lines needs one JSON object per line",
    });
  }
  first = parse(head, lineNo);
  firstLine = lineNo;
  const columns = Object.keys(first);
  checkColumnCount(path, columns.length, firstLine);
  const index = new Map(columns.map((c, i) => [c, i]));
  const interners = columns.map(() => new StringInterner());
  let dataRows = 0;
  return {
    file: path,
    format: "jsonl",
    columns,
    bytes,
    total: bytes,
    position: () => Math.min(bytes, stream.bytesRead),
    async *chunks() {
      let done = false;
      while (!done) {
        const rows: Record<string, unknown>[] = [];
        const at: number[] = [];
        if (first) {
          rows.push(first);
          at.push(firstLine);
          first = undefined;
        }
        while (rows.length < JSONL_CHUNK_ROWS) {
          const text = await nextLine();
          if (text === undefined) {
            done = true;
            break;
          }
          rows.push(parse(text, lineNo));
          at.push(lineNo);
        }
        if (rows.length === 0) break;
        rows.forEach((row, r) => {
          for (const key of Object.keys(row)) {
            if (!index.has(key)) {
              throw new MlgateError(`line ${at[r]} has a key '${key}' that the first line does not have`, {
                location: { file: path, line: at[r], key },
                hint: "every line needs the same keys as the first (use null for a missing value)",
              });
            }
          }
        });
        yield objectsToChunk(rows, at, dataRows, columns, nulls, interners, keepText);
        dataRows += rows.length;
      }
    },
    async close() {
      stream.destroy();
    },
  };
}

function objectsToChunk(
  rows: Record<string, unknown>[],
  at: readonly number[],
  firstRow: number,
  columns: readonly string[],
  nulls: NullTokens,
  interners: StringInterner[],
  keepText: boolean,
): Chunk {
  const cols: ColumnChunk[] = columns.map(() => newColumnChunk(rows.length));
  rows.forEach((row, r) => {
    columns.forEach((name, c) => {
      classifyValue(row[name], cols[c]!, r, nulls, interners[c]!, keepText);
    });
  });
  return { rows: rows.length, firstRow, lines: Float64Array.from(at), columns: cols };
}

async function startsWithBracket(path: string): Promise<boolean> {
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const text = head
      .toString("utf8", 0, bytesRead)
      .replace(/^\ufeff/, "")
      .trimStart();
    return text.startsWith("[");
  } finally {
    await fh.close();
  }
}

/**
 * A JSON file holding one array of objects (what many tools export). Unlike JSON Lines it is read
 * whole — JSON has no row boundaries to stream on — then handed on in chunks like every format.
 * Columns are the keys in order of first appearance; an object without a key is missing there.
 */
async function openJsonArray(
  path: string,
  bytes: number,
  nulls: NullTokens,
  keepText: boolean,
): Promise<ChunkSource> {
  const text = (await readFile(path, "utf8")).replace(/^\ufeff/, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : undefined;
    throw new MlgateError(`not valid JSON: ${message}`, {
      location: { file: path, line },
      hint: "a .json data file is an array of objects, or JSON Lines (one object per line)",
    });
  }
  if (!Array.isArray(value))
    throw new MlgateError("expected an array of objects", { location: { file: path, line: 1 } });
  const columns: string[] = [];
  const seen = new Set<string>();
  value.forEach((row, i) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new MlgateError(`element ${i + 1} of the array is not an object`, {
        location: { file: path },
        hint: 'each element must be an object such as {"x": 1, "label": "a"}',
      });
    }
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  });
  checkColumnCount(path, columns.length);
  const rows = value as Record<string, unknown>[];
  const interners = columns.map(() => new StringInterner());
  let done = 0;
  return {
    file: path,
    format: "jsonl",
    positions: "records",
    columns,
    bytes,
    total: rows.length,
    position: () => done,
    async *chunks() {
      for (let start = 0; start < rows.length; start += JSONL_CHUNK_ROWS) {
        const part = rows.slice(start, start + JSONL_CHUNK_ROWS);
        // No lines to point at in one JSON document: examples name the element (1-based).
        const at = part.map((_, i) => start + i + 1);
        done = start + part.length;
        yield objectsToChunk(part, at, start, columns, nulls, interners, keepText);
      }
    },
    async close() {},
  };
}

async function openParquet(
  path: string,
  bytes: number,
  nulls: NullTokens,
  keepText: boolean,
  reuseChunks: boolean,
): Promise<ChunkSource> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, parquetCompressors } =
    await loadParquet();
  const file = await asyncBufferFromFile(path);
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (e) {
    throw new MlgateError(`not a readable Parquet file: ${(e as Error).message}`, {
      location: { file: path },
      hint: "check that the file is Parquet (or pass --format / set data.format)",
    });
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  checkColumnCount(path, columns.length);
  const interners = columns.map(() => new StringInterner());
  const index = new Map(columns.map((c, i) => [c, i]));
  let rowsRead = 0;
  const total = Number(metadata.num_rows);
  let reusable: ColumnChunk[] | undefined;
  return {
    file: path,
    format: "parquet",
    positions: "records",
    columns,
    bytes,
    total,
    position: () => rowsRead,
    async *chunks() {
      let groupStart = 0;
      for (const group of metadata.row_groups) {
        const n = Number(group.num_rows);
        const cols: ColumnChunk[] =
          reuseChunks && reusable && reusable[0]!.kinds.length >= n
            ? reusable
            : columns.map(() => newColumnChunk(n));
        if (reuseChunks) reusable = cols;
        const start = groupStart;
        await parquetRead({
          file,
          metadata,
          rowStart: start,
          rowEnd: start + n,
          compressors: parquetCompressors,
          onChunk: ({ columnName, columnData, rowStart }) => {
            const c = index.get(columnName);
            if (c === undefined) return;
            const col = cols[c]!;
            for (let k = 0; k < columnData.length; k++) {
              const r = rowStart + k - start;
              if (r < 0 || r >= n) continue;
              classifyValue(columnData[k], col, r, nulls, interners[c]!, keepText);
            }
          },
        });
        const lines = new Float64Array(n);
        for (let r = 0; r < n; r++) lines[r] = start + r + 1;
        rowsRead += n;
        yield { rows: n, firstRow: start, lines, columns: cols };
        groupStart += n;
      }
    },
    async close() {},
  };
}
