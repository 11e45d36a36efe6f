import { isUtf8 } from "node:buffer";
import { readSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { MlgateError } from "../errors.js";
import {
  CELL_FLOAT,
  CELL_INT,
  type Chunk,
  type ColumnChunk,
  classifyField,
  classifyText,
  clearNumberTexts,
  type FlatColumns,
  flatColumn,
  latin1,
  type NullTokens,
  newFlatColumns,
  noTexts,
  StringInterner,
  storeNumber,
} from "./cells.js";
import { checkColumnCount } from "./table.js";

/**
 * RFC 4180 CSV, streamed: the file is read in blocks into one buffer; complete rows are tokenised
 * and each field is classified into its column as soon as it is found, straight from the bytes
 * (plain numbers parsed in the scan for the delimiter, strings made only for text cells). Memory
 * is the block plus one chunk of typed columns, whatever the row count. Quoted fields, doubled
 * quotes, newlines inside quotes, CRLF, a BOM and any one-byte delimiter are handled.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const MINUS = 0x2d;
const DOT = 0x2e;

/** One row may not exceed this: past it the likely cause is an unbalanced quote or a binary file. */
export const MAX_ROW_BYTES = 16 * 1024 * 1024;
const BLOCK_BYTES = 1 << 20;
/**
 * At most this many rows a chunk. A chunk's columns (about 25 bytes a cell) are written row by row
 * and then read column by column by every statistic, so they should stay in a core's L2 cache:
 * 2048 rows of 20 columns take 1 MB. Against 8192 rows, a 1M-row × 20-column validate-data run was
 * 10–14% faster on one thread and 5% on two, with slightly lower peak memory.
 */
export const CHUNK_ROWS = 1 << 11;

export interface CsvOptions {
  delimiter: number;
  nulls: NullTokens;
  keepText: boolean;
  /** Hand out the same column arrays for every chunk (when each chunk is consumed before the next). */
  reuseChunks?: boolean;
}

/** Rows tokenised (and classified) into the columns being filled. */
interface Fields {
  lines: Float64Array;
  rows: number;
}

/** How a field was read: plain text, quoted text with doubled quotes to unescape, or a parsed number. */
const FIELD_TEXT = 0;
const FIELD_ESCAPED = 1;
const FIELD_INT = 2;
const FIELD_FLOAT = 3;

/** Powers of ten that are exact doubles: 10^22 is the largest. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
for (let i = 12; i <= 22; i++) POW10.push(Number(`1e${i}`));

function sizeLabel(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(0)} MiB` : `${bytes} bytes`;
}

export class CsvReader {
  header: string[] = [];
  private buf: Buffer = Buffer.allocUnsafe(BLOCK_BYTES);
  private len = 0;
  private pos = 0;
  private eof = false;
  private filePos = 0;
  private line = 1;
  private dataRows = 0;
  private fields: Fields | undefined;
  private readonly interners: StringInterner[] = [];
  /** Column arrays that `tokenize` classifies into, handed out by `classify`. */
  private filling: ColumnChunk[] = [];
  /** The arrays behind `filling`. */
  private flat: FlatColumns | undefined;
  /** File offset of buf[0]. */
  private bufStart = 0;
  /** Rows that start at or past this file offset are left to the next segment (see `seek`). */
  private endBound = Number.POSITIVE_INFINITY;

  constructor(
    private readonly fh: FileHandle,
    private readonly file: string,
    private readonly opts: CsvOptions,
  ) {}

  private error(message: string, line: number, hint: string, column?: number): MlgateError {
    return new MlgateError(message, { location: { file: this.file, line, column }, hint });
  }

  /** Reads more bytes after moving the unconsumed tail to the front; returns false at end of file. */
  private fill(): boolean {
    if (this.eof) return false;
    if (this.pos > 0) {
      this.buf.copyWithin(0, this.pos, this.len);
      this.len -= this.pos;
      this.bufStart += this.pos;
      this.pos = 0;
    }
    if (this.len === this.buf.length) {
      if (this.buf.length >= MAX_ROW_BYTES) {
        throw this.error(
          `line ${this.line} is longer than ${sizeLabel(MAX_ROW_BYTES)}`,
          this.line,
          "a row this long usually means an unbalanced quote or a file that is not CSV; check the quoting around this line",
        );
      }
      const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, MAX_ROW_BYTES));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    // A synchronous read, on this thread: the bytes land in this core's cache, where the tokeniser
    // reads them next. Reads on libuv's thread pool overlapped with parsing, but their bytes arrived
    // in another core's cache and were copied once more; on a file in the page cache (and the
    // kernel reads ahead of sequential reads on disk) this was 5% faster on one thread and on two.
    const bytesRead = readSync(this.fh.fd, this.buf, this.len, this.buf.length - this.len, this.filePos);
    this.filePos += bytesRead;
    this.len += bytesRead;
    if (bytesRead === 0) this.eof = true;
    return bytesRead > 0;
  }

  /** File offset of the next unread byte. */
  get bytesConsumed(): number {
    return this.bufStart + this.pos;
  }

  /**
   * Positions the reader for one segment of the file: rows starting in [start, end), numbered from
   * `line` (the file line of `start`) and `row` (its data-row index). The last row may run past
   * `end`; `bytesConsumed` then tells where the next segment starts.
   */
  async seek(start: number, end: number, line: number, row: number): Promise<void> {
    // Always from an empty buffer, even where the previous segment ended: a segment is then cut
    // into the same chunks whichever thread reads it, and its statistics come out bit for bit
    // the same.
    this.len = 0;
    this.pos = 0;
    this.bufStart = start;
    this.filePos = start;
    this.eof = false;
    this.endBound = end;
    this.line = line;
    this.dataRows = row;
  }

  /** Line number of the next row. */
  get lineNumber(): number {
    return this.line;
  }

  /** Reads the header row. */
  async open(): Promise<string[]> {
    while (this.len < 3 && this.fill());
    if (this.len === 0) {
      throw this.error(
        "the file is empty",
        1,
        "a CSV file needs a header row with the column names, then data rows",
      );
    }
    if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
    for (;;) {
      const end = this.scanHeader();
      if (end >= 0) break;
      if (!this.fill()) {
        this.scanHeader(true);
        break;
      }
    }
    return this.header;
  }

  private scanHeader(atEof = false): number {
    const b = this.buf;
    const names: string[] = [];
    let i = this.pos;
    const d = this.opts.delimiter;
    let lines = 0;
    for (;;) {
      let s: number;
      let e: number;
      let escaped = false;
      if (i < this.len && b[i] === QUOTE) {
        s = i + 1;
        let q = s;
        for (;;) {
          q = b.indexOf(QUOTE, q);
          if (q < 0 || q >= this.len) {
            if (atEof) throw this.unbalanced(this.line);
            return -1;
          }
          if (b[q + 1] === QUOTE) {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        e = q;
        for (let k = s; k < e; k++) if (b[k] === LF) lines++;
        i = q + 1;
      } else {
        s = i;
        while (i < this.len && b[i] !== d && b[i] !== LF) i++;
        if (i >= this.len && !atEof) return -1;
        e = i;
        if (e > s && b[e - 1] === CR && (i >= this.len || b[i] === LF)) e--;
      }
      if (!isUtf8(b.subarray(s, e))) {
        throw this.error("the header is not valid UTF-8", this.line, "save the file as UTF-8");
      }
      let name = b.toString("utf8", s, e);
      if (escaped) name = name.replace(/""/g, '"');
      names.push(name);
      if (i < this.len && b[i] === d) {
        i++;
        continue;
      }
      if (i < this.len && b[i] === CR) i++;
      if (i < this.len && b[i] !== LF) {
        throw this.error(
          `unexpected character after the closing quote of header field ${names.length}`,
          this.line,
          'a quoted field must end right after its closing quote; write a quote inside a field as ""',
          names.length,
        );
      }
      if (i >= this.len && !atEof) return -1;
      if (i < this.len) i++;
      break;
    }
    this.pos = i;
    this.line += lines + 1;
    const seen = new Map<string, number>();
    names.forEach((name, k) => {
      const trimmed = name.trim();
      if (trimmed === "") {
        throw this.error(
          `column ${k + 1} of the header has no name`,
          1,
          "give every column a name in the first row",
          k + 1,
        );
      }
      const first = seen.get(name);
      if (first !== undefined) {
        throw this.error(
          `duplicate column name '${name}' in the header (columns ${first + 1} and ${k + 1})`,
          1,
          "rename one of them: every column needs a unique name",
          k + 1,
        );
      }
      seen.set(name, k);
    });
    checkColumnCount(this.file, names.length, 1);
    this.header = names;
    return i;
  }

  private unbalanced(line: number): MlgateError {
    return this.error(
      `unbalanced quote: the quoted field that starts on line ${line} is never closed`,
      line,
      'close the quote; a quote inside a quoted field is written as two quotes ""',
    );
  }

  /** Next chunk of rows, or undefined at the end of the file. */
  async next(): Promise<Chunk | undefined> {
    const ncol = this.header.length;
    for (;;) {
      const f = this.tokenize(ncol, this.eof);
      if (f.rows > 0) {
        return this.classify(f, ncol);
      }
      if (this.eof && this.pos >= this.len) return undefined;
      if (this.bytesConsumed >= this.endBound) return undefined;
      if (!this.fill() && this.pos >= this.len) return undefined;
    }
  }

  private fieldsFor(rows: number, ncol: number): Fields {
    if (!this.fields || this.fields.lines.length < rows) {
      this.fields = { lines: new Float64Array(rows), rows: 0 };
    }
    this.fields.rows = 0;
    this.columnsFor(this.fields.lines.length, ncol);
    return this.fields;
  }

  /**
   * Makes sure `filling` holds column arrays for `rows` rows: the reused ones, or for a reader that
   * hands each chunk its own arrays, new ones (kept until a chunk takes them).
   */
  private columnsFor(rows: number, ncol: number): void {
    if (!this.flat || this.flat.stride < rows) this.fillInto(newFlatColumns(ncol, rows));
    for (let c = 0; c < ncol; c++) if (!this.interners[c]) this.interners[c] = new StringInterner();
  }

  /**
   * Has the next chunks' typed columns written into these arrays (the reader's own, or, with
   * `reuseChunks`, a pipe's slot with a stride of CHUNK_ROWS or more); `filling` becomes their
   * columns, their texts in the reader's arrays where those are long enough.
   */
  fillInto(flat: FlatColumns): void {
    this.flat = flat;
    const ncol = this.header.length;
    for (let c = 0; c < ncol; c++) {
      const old = this.filling[c]?.texts;
      this.filling[c] = flatColumn(flat, c, old && old.length >= flat.stride ? old : noTexts(flat.stride));
    }
  }

  /** Whether column c has held text in any chunk so far (its cells' texts are all undefined otherwise). */
  holdsText(c: number): boolean {
    return this.interners[c]?.heldText === true;
  }

  /** Tokenises the complete rows in the buffer; leaves `pos` at the first incomplete row. */
  private tokenize(ncol: number, atEof: boolean): Fields {
    const b = this.buf;
    const len = this.len;
    const d = this.opts.delimiter;
    // Rows need at least one byte each (ncol - 1 delimiters and a newline): a bound for the arrays.
    const maxRows = Math.max(16, Math.ceil((len - this.pos) / Math.max(1, ncol)) + 1);
    const f = this.fieldsFor(Math.min(maxRows, CHUNK_ROWS), ncol);
    const cap = f.lines.length;
    const lines = f.lines;
    // Plain numbers go straight into the flat arrays behind the columns (see FlatColumns).
    const { kinds: flatKinds, nums: flatNums, hashLo: flatLo, hashHi: flatHi, stride } = this.flat!;
    const columns = this.filling;
    const interners = this.interners;
    const { nulls, keepText } = this.opts;
    // The first field (row, column) that is not valid UTF-8: reported once its row is complete.
    let badRow = -1;
    let badCol = 0;
    // Unquoted numbers ([-]digits[.digits]) are parsed in the scan for the delimiter, unless the
    // delimiter could be part of one. One that could be a null token (its first byte starts one)
    // is left to the general path, so that classifying a parsed number needs no look at its bytes.
    const numbers = !(d >= 0x30 && d <= 0x39) && d !== MINUS && d !== DOT;
    const nullFirst = nulls.firstBytes;
    const numbersMayBeNull = nulls.numbersMayMatch;
    let rows = 0;
    let i = this.pos;
    let line = this.line;
    let committedPos = i;
    let committedLine = line;
    // Rows that start at or past the end bound belong to the next segment.
    const stop = Math.min(len, this.endBound - this.bufStart);
    rowLoop: while (i < stop && rows < cap) {
      const rowStart = i;
      const rowLine = line;
      let col = 0;
      let emptyFirst = false;
      for (;;) {
        let s: number;
        let e: number;
        let code = FIELD_TEXT;
        let value = 0;
        let nonAscii = false;
        if (b[i] === QUOTE) {
          s = i + 1;
          let q = s;
          for (;;) {
            q = b.indexOf(QUOTE, q);
            if (q < 0 || q >= len) {
              if (atEof) throw this.unbalanced(rowLine);
              break rowLoop;
            }
            if (q + 1 >= len && !atEof) break rowLoop;
            if (b[q + 1] === QUOTE) {
              code = FIELD_ESCAPED;
              q += 2;
              continue;
            }
            break;
          }
          e = q;
          for (let k = s; k < e; k++) {
            const c = b[k]!;
            if (c === LF) line++;
            else if (c >= 0x80) nonAscii = true;
          }
          i = q + 1;
          const c = b[i];
          if (c === CR && i + 1 >= len && !atEof) break rowLoop;
          if (i < len && c !== d && c !== LF && !(c === CR && (b[i + 1] === LF || i + 1 >= len))) {
            throw this.error(
              `unexpected character after the closing quote in column ${col + 1}`,
              line,
              'a quoted field must end right after its closing quote; write a quote inside a field as ""',
              col + 1,
            );
          }
          if (c === CR) i++;
        } else {
          s = i;
          // The longest prefix of the form [-]digits[.digits], with its digits as an integer.
          let mant = 0;
          let digits = 0;
          let fraction = -1;
          let neg = false;
          let numEnd = -1;
          if (numbers) {
            if (i < len && b[i] === MINUS) {
              neg = true;
              i++;
            }
            let from = i;
            while (i < len) {
              const x = b[i]! - 0x30;
              if (x < 0 || x > 9) break;
              mant = mant * 10 + x;
              i++;
            }
            if (i < len && b[i] === DOT) {
              digits = i - from;
              i++;
              from = i;
              while (i < len) {
                const x = b[i]! - 0x30;
                if (x < 0 || x > 9) break;
                mant = mant * 10 + x;
                i++;
              }
              fraction = i - from;
              digits += fraction;
            } else digits = i - from;
            numEnd = i;
          }
          if (i < len && (b[i] === d || b[i] === LF) && i === numEnd) {
            // A field that is all number, ended by the delimiter or a newline: no scan for its end.
            e = i;
          } else {
            let c = 0;
            while (i < len) {
              c = b[i]!;
              if (c === d || c === LF) break;
              if (c >= 0x80) nonAscii = true;
              i++;
            }
            if (i >= len && !atEof) break rowLoop;
            e = i;
            if (e > s && b[e - 1] === CR) e--;
          }
          // Exact when the digits fit a double's integers and 10^fraction is exact (Clinger's fast
          // path): one correctly rounded division, so the value equals Number() on the text.
          if (
            numEnd === e &&
            digits > 0 &&
            mant <= Number.MAX_SAFE_INTEGER &&
            fraction <= 22 &&
            (!numbersMayBeNull || nullFirst[b[s]!] === 0)
          ) {
            if (fraction < 0) {
              code = FIELD_INT;
              value = neg ? -mant : mant;
            } else {
              code = FIELD_FLOAT;
              value = mant / POW10[fraction]!;
              if (neg) value = -value;
            }
          }
        }
        if (col === 0) emptyFirst = e === s;
        if (col < ncol) {
          // Classified while its bytes are in cache.
          const column = columns[col]!;
          if (code === FIELD_INT || code === FIELD_FLOAT) {
            const at = col * stride + rows;
            if (code === FIELD_INT) storeNumber(flatKinds, flatNums, flatLo, flatHi, at, value, CELL_INT);
            else storeNumber(flatKinds, flatNums, flatLo, flatHi, at, value, CELL_FLOAT);
            if (keepText) column.texts[rows] = latin1(b, s, e);
          } else if (code === FIELD_ESCAPED) {
            const text = b.toString("utf8", s, e).replace(/""/g, '"');
            classifyText(text, column, rows, nulls, interners[col]!, keepText);
          } else classifyField(b, s, e, column, rows, nulls, interners[col]!, keepText);
          if (nonAscii && badRow < 0 && !isUtf8(b.subarray(s, e))) {
            badRow = rows;
            badCol = col;
          }
        }
        col++;
        if (i < len && b[i] === d) {
          i++;
          if (i >= len && !atEof) break rowLoop;
          continue;
        }
        // End of row: a newline or the end of the file.
        if (i < len) i++;
        line++;
        break;
      }
      committedPos = i;
      committedLine = line;
      // A blank line (classified as row `rows`, which the next row overwrites).
      if (col === 1 && emptyFirst && b[rowStart] !== QUOTE && ncol > 1) continue;
      if (col !== ncol) {
        throw this.error(
          `line ${rowLine} has ${col} field${col === 1 ? "" : "s"}, the header has ${ncol}`,
          rowLine,
          col > ncol
            ? "remove the extra fields, or quote the fields that contain the delimiter"
            : "add the missing fields (empty fields still need their delimiters)",
        );
      }
      lines[rows] = rowLine;
      rows++;
    }
    if (badRow >= 0 && badRow < rows) {
      throw this.error(
        `invalid UTF-8 in column ${badCol + 1} ('${this.header[badCol]}') on line ${lines[badRow]}`,
        lines[badRow]!,
        "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`)",
        badCol + 1,
      );
    }
    if (!keepText) {
      // A number cell keeps no text: clear what an earlier chunk (or a blank line) left in its row.
      for (let c = 0; c < ncol; c++) if (interners[c]!.heldText) clearNumberTexts(columns[c]!, rows);
    }
    this.pos = committedPos;
    this.line = committedLine;
    f.rows = rows;
    return f;
  }

  /**
   * The chunk of the rows `tokenize` classified into the columns being filled. Reused columns are
   * handed out as they are (their arrays may be longer than the chunk); otherwise the chunk takes
   * them, cut to its rows, and the next chunk gets new ones.
   */
  private classify(f: Fields, ncol: number): Chunk {
    const rows = f.rows;
    let columns = this.filling.slice(0, ncol);
    if (this.opts.reuseChunks !== true) {
      columns = columns.map((c) => {
        c.texts.length = rows;
        return {
          kinds: c.kinds.subarray(0, rows),
          nums: c.nums.subarray(0, rows),
          texts: c.texts,
          hashLo: c.hashLo.subarray(0, rows),
          hashHi: c.hashHi.subarray(0, rows),
        };
      });
      this.filling = [];
      this.flat = undefined;
    }
    const chunk: Chunk = { rows, firstRow: this.dataRows, lines: f.lines.slice(0, rows), columns };
    this.dataRows += rows;
    return chunk;
  }
}
