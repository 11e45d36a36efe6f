import { open } from "node:fs/promises";
import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import type { Progress, ProgressTask } from "../ports.js";
import { noProgress } from "../ports.js";
import {
  bundledWorker,
  type PostedError,
  postableError,
  revivedError,
  SCAN_WORKER_LIMITS,
  withWorkersCompilingInline,
} from "../threads.js";
import { type Chunk, NullTokens } from "./cells.js";
import { CHUNK_ROWS, CsvReader } from "./csv.js";
import { ChunkPacker, ChunkRing, ChunkUnpacker, type PackedChunk, packedBytes } from "./pipe.js";
import { scanThreads, takePrestarted } from "./prestart.js";
import { ColumnAccumulator } from "./profile.js";
import { LevelCounts, MAX_LABEL_IDS, ROW_CONFLICT, ROW_DUPLICATE, RowIndex } from "./rows.js";
import {
  ColumnEvidence,
  type ColumnRules,
  Evidence,
  estimateRows,
  RowBatch,
  type ScanShape,
  type ScanWorkerData,
  type SegmentDone,
  type SegmentJob,
  SegmentScan,
  scanJob,
  scanShape,
  segmentSeed,
} from "./segment.js";
import { HyperLogLog } from "./sketch/hll.js";
import { type ChunkSource, type CsvSegments, noRowsError, openSource, type SourceOptions } from "./source.js";

/**
 * One pass over a data file, on the thread that calls it: the column statistics, the evidence the
 * checks need and the row checks. scanFile (scan.ts) runs it on its own thread or in the scan host,
 * and makes a profile of what it found.
 */

/**
 * Segment size of a CSV scan. Each segment gets its own statistics, merged in file order, so the
 * result depends on the file and this size only — not on how many threads scanned it.
 */
export const SEGMENT_BYTES = 8 << 20;
const MIN_SEGMENT_BYTES = 256 << 10;
/** Rows per segment stay below about this, so a segment's row hashes stay small however narrow the rows. */
const SEGMENT_ROWS = 1 << 17;

/**
 * Where segments start, as offsets into the data: every `size` bytes, except that the last two
 * segments' worth is cut into four, so that threads finishing at different times wait less for
 * the last one. Depends on the sizes only, so every thread count cuts a file alike.
 */
export function segmentCuts(dataBytes: number, size: number): number[] {
  const whole = Math.max(1, Math.ceil(dataBytes / size));
  if (whole < 4) return Array.from({ length: whole }, (_, k) => k * size);
  const cuts = Array.from({ length: whole - 2 }, (_, k) => k * size);
  const from = (whole - 2) * size;
  for (let i = 0; i < 4; i++) cuts.push(from + Math.floor(((dataBytes - from) * i) / 4));
  return cuts;
}

/** Segment size for a file of `dataBytes` holding about `rows` rows (0 when not estimated). */
export function segmentBytesFor(dataBytes: number, rows: number): number {
  if (rows <= 0) return SEGMENT_BYTES;
  const perRow = dataBytes / rows;
  return Math.max(MIN_SEGMENT_BYTES, Math.min(SEGMENT_BYTES, Math.floor(perRow * SEGMENT_ROWS)));
}

export interface PassOptions {
  read?: SourceOptions;
  label?: string;
  rules?: Map<string, ColumnRules>;
  /** Rows of this index (another file's) that reappear here are leakage. */
  leakageIndex?: RowIndex;
  /** Budget of the row index in 8-byte slots (tests use small ones to exercise sampling). */
  rowIndexSlots?: number;
  progress?: Progress;
  /** Bytes per segment of a CSV file (tests use small ones). */
  segmentBytes?: number;
  /** Threads to scan a CSV file with, this one included; by default the cores available. */
  threads?: number;
  /** The bundled worker entry; by default the one built beside this module, if present. */
  workerUrl?: URL;
  /** The bundled entry of a piped scan's second thread (dist/scan-pipe.js; see pipeCsv), or `false` for none. */
  pipeUrl?: URL | false;
}

/**
 * The row checks, done in file order on the rows' hashes: duplicate rows, rows that repeat the
 * features of an earlier row with another label, rows shared with another file (leakage), and
 * the sketch of whole-row hashes behind the profile's distinct-row estimates.
 */
export class RowTracker {
  readonly rowIndex: RowIndex;
  /** Label values numbered in order of appearance, for the row index's 16-bit label ids. */
  private readonly labelIds = new Map<number, number>();
  private readonly cacheHash = new Uint32Array(64);
  private readonly cacheId = new Int32Array(64).fill(-1);
  readonly rowHashes = new HyperLogLog();
  /** Duplicate, conflicting and leaked rows by hash level: exact counts until the row index samples. */
  private readonly duplicateLevels = new LevelCounts();
  private readonly conflictLevels = new LevelCounts();
  private readonly leakedLevels = new LevelCounts();
  readonly duplicates = new Evidence();
  readonly conflicts = new Evidence();
  readonly leakage = new Evidence();
  rows = 0;
  /** Scratch of `add`: the batch's label ids and the row index's answers. */
  private ids = new Int32Array(0);
  private status = new Uint8Array(0);

  constructor(
    slots: number | undefined,
    private readonly hasLabel: boolean,
    private readonly leakageIndex: RowIndex | undefined,
  ) {
    this.rowIndex = new RowIndex(undefined, slots);
  }

  /** Adds the next rows of the file; `lineOffset` turns the batch's line numbers into the file's. */
  add(batch: RowBatch, lineOffset: number): void {
    const { lo, hi, label, lines } = batch;
    const n = batch.rows;
    const { labelIds, cacheHash, cacheId, hasLabel, rowHashes, leakageIndex } = this;
    if (this.ids.length < n) {
      this.ids = new Int32Array(n);
      this.status = new Uint8Array(n);
    }
    const { ids, status } = this;
    for (let r = 0; r < n; r++) {
      const rowLo = lo[r]!;
      const rowHi = hi[r]!;
      const labelHash = hasLabel ? label[r]! : 0;
      let labelId = 0;
      if (hasLabel) {
        // Most labels are a few classes: a small cache in front of the map.
        const slot = labelHash & 63;
        if (cacheHash[slot] === labelHash && cacheId[slot] !== -1) labelId = cacheId[slot]!;
        else {
          const known = labelIds.get(labelHash);
          if (known !== undefined) labelId = known;
          else if (labelIds.size < MAX_LABEL_IDS) {
            labelId = labelIds.size;
            labelIds.set(labelHash, labelId);
          } else labelId = labelHash & MAX_LABEL_IDS;
          cacheHash[slot] = labelHash;
          cacheId[slot] = labelId;
        }
      }
      ids[r] = labelId;
      // The dataset-level row sketch sees whole rows, label included.
      rowHashes.add(rowLo ^ labelHash, rowHi);
      if (leakageIndex?.has(rowLo, rowHi)) {
        this.leakedLevels.note(rowLo);
        this.leakage.note(this.rows + r + 1, lines[r]! + lineOffset, "also in the training data");
      }
    }
    this.rowIndex.addAll(lo, hi, ids, n, status);
    for (let r = 0; r < n; r++) {
      const s = status[r]!;
      if (s === ROW_DUPLICATE) {
        this.duplicateLevels.note(lo[r]!);
        this.duplicates.note(this.rows + r + 1, lines[r]! + lineOffset, "repeats an earlier row");
      } else if (s === ROW_CONFLICT) {
        this.conflictLevels.note(lo[r]!);
        this.conflicts.note(this.rows + r + 1, lines[r]! + lineOffset, batch.labelText(r));
      }
    }
    this.rows += n;
  }

  /** Past the row index's budget only a hash sample of rows was checked: counts are scaled up. */
  finish(): void {
    const level = this.rowIndex.level;
    if (level > 0) {
      this.duplicates.count = this.duplicateLevels.estimate(level);
      this.duplicates.exact = false;
      this.conflicts.count = this.conflictLevels.estimate(level);
      this.conflicts.exact = false;
    }
    if (this.leakageIndex && this.leakageIndex.level > 0) {
      this.leakage.count = this.leakedLevels.estimate(this.leakageIndex.level);
      this.leakage.exact = false;
    }
  }
}

/** What one pass over a file found, before its statistics become a profile (see scanFile). */
export interface ScanPass {
  format: ChunkSource["format"];
  /** What the examples' `line` numbers are (see ChunkSource); absent means file lines. */
  positions?: ChunkSource["positions"];
  columns: string[];
  label: string | undefined;
  statistics: ColumnAccumulator[];
  evidence: ColumnEvidence[];
  rows: number;
  duplicates: Evidence;
  conflicts: Evidence;
  leakage: Evidence;
  rowIndex: RowIndex;
  /** Sketch of whole-row hashes (label included). */
  rowHashes: HyperLogLog;
}

/**
 * The pass over a file, from this thread. A CSV file is cut into segments (about 8 MiB). On two
 * threads the segments go down a pipe: two workers, one tokenising, one profiling and checking
 * (pipeCsv). On more, worker threads and this thread scan segments side by side, each into
 * statistics of its own plus the hashes of its rows, and this thread merges them in file order
 * and runs the row checks on the hashes (scanCsv). One thread, a small file or no worker entry
 * (running from source) scans the same segments here, with the same result.
 */
export async function scanPass(path: string, opts: PassOptions = {}): Promise<ScanPass> {
  const source = await openSource(path, { ...opts.read, reuseChunks: true });
  const label = opts.label !== undefined && source.columns.includes(opts.label) ? opts.label : undefined;
  const shape = scanShape(source.columns, label, opts.rules);
  const task = (opts.progress ?? noProgress).start(`reading ${path}`, source.total);
  const newTracker = () => new RowTracker(opts.rowIndexSlots, shape.labelIndex >= 0, opts.leakageIndex);
  let pass: ScanPass | undefined;
  try {
    if (source.csv) {
      const plan = await planCsv(source, source.csv, opts);
      const piped =
        plan.threads === 2 && opts.pipeUrl !== false
          ? (opts.pipeUrl ?? bundledWorker("scan-pipe"))
          : undefined;
      if (piped) {
        const csv = source.csv;
        pass = await withWorkersCompilingInline(() => pipeCsv(piped, source, csv, shape, plan, task, opts));
      }
      if (!pass) {
        const tracker = newTracker();
        pass = passOf(
          source,
          label,
          await scanCsv(source, source.csv, shape, plan, tracker, task, opts),
          tracker,
        );
      }
    } else {
      const tracker = newTracker();
      pass = passOf(source, label, await scanChunks(source, shape, tracker, task), tracker);
    }
  } finally {
    await source.close();
  }
  if (pass.rows === 0) throw noRowsError(path);
  task.done(`${pass.rows} rows`);
  return pass;
}

/** What a pass found: the merged segments' statistics and evidence, and the row checks' results. */
export function passOf(
  source: Pick<ChunkSource, "format" | "columns" | "positions">,
  label: string | undefined,
  total: SegmentScan,
  tracker: RowTracker,
): ScanPass {
  tracker.finish();
  return {
    format: source.format,
    ...(source.positions ? { positions: source.positions } : {}),
    columns: source.columns,
    label,
    statistics: total.columns,
    evidence: total.evidence,
    rows: tracker.rows,
    duplicates: tracker.duplicates,
    conflicts: tracker.conflicts,
    leakage: tracker.leakage,
    rowIndex: tracker.rowIndex,
    rowHashes: tracker.rowHashes,
  };
}

/**
 * The first rows give the file's row count, roughly: the row index is sized once from them, before
 * they are checked (`rows` of them took `bytes` of the file's `total`).
 */
function reserveRows(tracker: RowTracker, rows: number, bytes: number, total: number): void {
  if (tracker.rows === 0 && bytes > 0) tracker.rowIndex.reserve(Math.ceil((rows * total) / bytes));
}

/** JSON Lines and Parquet: one segment, its rows checked chunk by chunk. */
async function scanChunks(
  source: ChunkSource,
  shape: ScanShape,
  tracker: RowTracker,
  task: ProgressTask,
): Promise<SegmentScan> {
  const scan = new SegmentScan(shape, segmentSeed(0));
  const rows = new RowBatch();
  for await (const chunk of source.chunks()) {
    rows.clear();
    scan.add(chunk, rows);
    reserveRows(tracker, chunk.rows, source.position(), source.total);
    tracker.add(rows, 0);
    task.update(source.position());
  }
  return scan;
}

/** How a CSV file is cut into segments, and how many threads scan them. */
export interface CsvPlan {
  segments: number;
  /** File offset where segment k starts (infinity past the last). */
  boundary: (k: number) => number;
  /** About how many rows the file has, for the segments' sketches (0 for a file of one segment). */
  expectedRows: number;
  threads: number;
}

async function planCsv(source: ChunkSource, csv: CsvSegments, opts: PassOptions): Promise<CsvPlan> {
  const dataBytes = source.bytes - csv.dataStart;
  const estimated =
    dataBytes > MIN_SEGMENT_BYTES ? await estimateRows(csv.fh, csv.dataStart, source.bytes) : 0;
  const size = opts.segmentBytes ?? segmentBytesFor(dataBytes, estimated);
  const cuts = segmentCuts(dataBytes, size);
  const segments = cuts.length;
  return {
    segments,
    boundary: (k) => (k >= segments ? Number.POSITIVE_INFINITY : csv.dataStart + cuts[k]!),
    // Segment sketches sample at the rate the whole file needs (see KllSketch): the same in every thread.
    expectedRows: segments > 1 ? estimated : 0,
    threads: Math.min(scanThreads(dataBytes, opts.threads), segments, 16),
  };
}

/**
 * The segments of a CSV file merged in file order: each segment's statistics, absorbed into the
 * total, and its rows, checked once the segment is complete. Segments come whole (scanned by a
 * worker) or chunk by chunk (scanned here, or tokenised by the thread at the other end of a pipe).
 */
export class SegmentMerge {
  private total: SegmentScan | undefined;
  private scan: SegmentScan | undefined;
  private readonly rows = new RowBatch();

  constructor(
    private readonly shape: ScanShape,
    private readonly expectedRows: number,
    readonly tracker: RowTracker,
    /** File offset of the first data row, and the file's size: they scale the row estimate. */
    private readonly dataStart: number,
    private readonly bytes: number,
  ) {}

  /** Starts segment k, whose chunks follow. */
  begin(k: number): void {
    this.scan = new SegmentScan(this.shape, segmentSeed(k), this.expectedRows);
    this.rows.clear();
  }

  add(chunk: Chunk): void {
    this.scan!.add(chunk, this.rows);
  }

  /** Ends the segment begun last, which ended at file offset `end`. */
  end(end: number): void {
    reserveRows(this.tracker, this.rows.rows, end - this.dataStart, this.bytes);
    this.tracker.add(this.rows, 0);
    this.absorb(this.scan!);
    this.scan = undefined;
  }

  /** Adds a segment scanned elsewhere, its rows and lines numbered from its start (line `line`). */
  addScanned(scan: SegmentScan, rows: RowBatch, end: number, line: number): void {
    scan.shift(this.tracker.rows, line - 1);
    reserveRows(this.tracker, rows.rows, end - this.dataStart, this.bytes);
    this.tracker.add(rows, line - 1);
    this.absorb(scan);
  }

  private absorb(scan: SegmentScan): void {
    if (this.total) this.total.absorb(scan);
    else this.total = scan;
  }

  result(): SegmentScan {
    return this.total ?? new SegmentScan(this.shape, segmentSeed(0));
  }
}

async function scanCsv(
  source: ChunkSource,
  csv: CsvSegments,
  shape: ScanShape,
  plan: CsvPlan,
  tracker: RowTracker,
  task: ProgressTask,
  opts: PassOptions,
): Promise<SegmentScan> {
  const { segments, boundary, expectedRows, threads } = plan;
  const workerUrl = opts.workerUrl ?? bundledWorker("scan-worker");
  const data: ScanWorkerData = {
    file: source.file,
    delimiter: csv.delimiter,
    nullValues: csv.nullValues,
    shape,
    expectedRows,
  };
  // This thread scans too: threads − 1 workers.
  const workers =
    threads >= 2 && workerUrl
      ? new SegmentScheduler(workerUrl, data, threads - 1, segments, boundary, (job) =>
          scanJob(csv.reader, csv.fh, data, job),
        )
      : undefined;
  const merge = new SegmentMerge(shape, expectedRows, tracker, csv.dataStart, source.bytes);
  let start = csv.dataStart;
  let line = csv.dataLine;
  let failed = true;
  try {
    for (let k = 0; k < segments; k++) {
      const end = boundary(k + 1);
      // The previous segment's last row ran past this whole segment: no rows start in it.
      if (start >= end) continue;
      const result = await workers?.result(k, start);
      if (result && !("error" in result) && result.start === start) {
        const rows = RowBatch.revive(result.rows);
        merge.addScanned(SegmentScan.revive(result.scan), rows, result.end, line);
        workers?.recycle(rows);
        start = result.end;
        line += result.lines;
      } else {
        // Scanned here: every segment when there are no workers, or one whose start a worker
        // guessed wrong (a newline inside quotes) or that failed — its error is thrown from here,
        // with the file's line numbers.
        merge.begin(k);
        await csv.reader.seek(start, end, line, tracker.rows);
        for (let chunk = await csv.reader.next(); chunk; chunk = await csv.reader.next()) merge.add(chunk);
        start = csv.reader.bytesConsumed;
        line = csv.reader.lineNumber;
        merge.end(start);
      }
      task.update(start);
    }
    failed = false;
  } finally {
    workers?.close(failed);
  }
  return merge.result();
}

/** What the profiling thread of a piped scan is started with (its workerData). */
export interface ProfilerData {
  role: "profile";
  format: ChunkSource["format"];
  columns: string[];
  label: string | undefined;
  shape: ScanShape;
  expectedRows: number;
  dataStart: number;
  bytes: number;
  rowIndexSlots?: number;
  leakageIndex?: RowIndex;
  /** Where the chunks come from, and their slots go back to. */
  port: MessagePort;
  /** The ring of slots the chunks travel in (see ChunkRing). */
  ring: SharedArrayBuffer;
}

/** What the tokenising thread of a piped scan is started with (its workerData). */
export interface TokenizerData {
  role: "tokenize";
  file: string;
  delimiter: number;
  nullValues: string[];
  columns: string[];
  labelIndex: number;
  hashOrder: number[];
  /** File offset where each segment starts. */
  starts: number[];
  dataLine: number;
  /** Where the chunks go. */
  port: MessagePort;
  ring: SharedArrayBuffer;
}

export type PipeData = ProfilerData | TokenizerData;

/** What goes down a pipe: a segment's start, its chunks and its end, then the end of the file. */
export type PipeMessage = PackedChunk | { begin: number } | { end: number } | { finish: true };

/** Slots of a pipe's ring: chunks posted and not yet profiled, at most (fewer for wide files, see ringSlots). */
const PIPE_DEPTH = 24;
/** Bytes a pipe's ring may take: 24 slots of a 20-column file, 5 of a 100-column one, 2 (the least) from 300. */
const PIPE_RING_BYTES = 24 << 20;

/** Slots of a pipe's ring for `ncol` columns: PIPE_DEPTH, fewer where they would pass PIPE_RING_BYTES, 2 at least. */
export function ringSlots(ncol: number): number {
  return Math.max(2, Math.min(PIPE_DEPTH, Math.floor(PIPE_RING_BYTES / packedBytes(ncol, CHUNK_ROWS))));
}

/**
 * A CSV pass on two threads, each doing half of the work: one reads and tokenises the segments and
 * posts their chunks down a message channel to the other, which profiles and checks them in the
 * same order and posts the pass here. The segments are the ones a one-thread scan cuts, each chunk
 * is the same, and the profiling thread merges them as `scanCsv` does, so the result is the same
 * bit for bit. Unlike segments spread over threads, each thread runs (and warms up) only its own
 * half of the code, and nothing is merged twice. Both run in workers started from `url`, whose
 * heaps are capped and which compile their own optimised code (see withWorkersCompilingInline);
 * this thread only relays progress.
 *
 * Undefined when a worker cannot start or stops without an answer: the caller then scans on this
 * thread. A CSV error comes back as such, with the file's line numbers.
 */
async function pipeCsv(
  url: URL,
  source: ChunkSource,
  csv: CsvSegments,
  shape: ScanShape,
  plan: CsvPlan,
  task: ProgressTask,
  opts: PassOptions,
): Promise<ScanPass | undefined> {
  const channel = new MessageChannel();
  const ncol = source.columns.length;
  const ring = ChunkRing.create(ncol, CHUNK_ROWS, ringSlots(ncol)).buffer;
  const profiler: ProfilerData = {
    role: "profile",
    format: source.format,
    columns: source.columns,
    label: shape.labelIndex >= 0 ? source.columns[shape.labelIndex] : undefined,
    shape,
    expectedRows: plan.expectedRows,
    dataStart: csv.dataStart,
    bytes: source.bytes,
    rowIndexSlots: opts.rowIndexSlots,
    leakageIndex: opts.leakageIndex,
    port: channel.port1,
    ring,
  };
  const tokenizer: TokenizerData = {
    role: "tokenize",
    file: source.file,
    delimiter: csv.delimiter,
    nullValues: csv.nullValues,
    columns: source.columns,
    labelIndex: shape.labelIndex,
    hashOrder: shape.hashOrder,
    starts: Array.from({ length: plan.segments }, (_, k) => plan.boundary(k)),
    dataLine: csv.dataLine,
    port: channel.port2,
    ring,
  };
  return passFromWorkers<{ progress: number }>(
    url,
    // The tokeniser first: it takes the worker started ahead, if there is one (see prestartPipe).
    [tokenizer, profiler].map((data) => ({ workerData: data, transferList: [data.port] })),
    (m) => task.update(m.progress),
    // The tokeniser may end once it has posted every chunk; the profiler ends only when stopped.
    (k) => k === 0,
  );
}

/**
 * The pass that one of the workers started from `url` (one per entry of `starts`, with capped
 * heaps) posts, their error thrown here, and their other messages handed to `onMessage`.
 * Undefined when a worker cannot start, fails, or ends before the pass (other than those that
 * `mayEnd`, and only with exit code 0): the caller then scans on this thread. The workers are
 * stopped either way.
 */
export async function passFromWorkers<M extends object>(
  url: URL,
  starts: { workerData: unknown; transferList?: MessagePort[] }[],
  onMessage: (m: M) => void,
  mayEnd: (k: number) => boolean = () => false,
): Promise<ScanPass | undefined> {
  const workers: Worker[] = [];
  try {
    for (const start of starts) {
      const worker =
        takePrestarted(url, start.workerData, start.transferList) ??
        new Worker(url, { ...start, resourceLimits: SCAN_WORKER_LIMITS });
      workers.push(worker);
    }
  } catch {
    for (const w of workers) void w.terminate();
    return undefined;
  }
  try {
    return await new Promise<ScanPass | undefined>((resolve, reject) => {
      workers.forEach((worker, k) => {
        worker.on("message", (m: M | { pass: ScanPass } | { error: PostedError }) => {
          if ("pass" in m) resolve(revivedPass(m.pass));
          else if ("error" in m) reject(revivedError(m.error));
          else onMessage(m);
        });
        worker.once("error", () => resolve(undefined));
        worker.once("exit", (code) => {
          if (code !== 0 || !mayEnd(k)) resolve(undefined);
        });
      });
    });
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners();
      // Another worker's own failure to start may still be on its way.
      worker.on("error", () => {});
      void worker.terminate();
    }
  }
}

/**
 * The tokenising end of a piped scan (see pipeCsv): reads the segments in order and posts each
 * one's chunks down `pipe`, at most the ring's slots (see ringSlots) ahead of the profiling end.
 */
export async function tokenizeInto(
  data: TokenizerData,
  pipe: MessagePort,
  report: MessagePort,
): Promise<void> {
  const fh = await open(data.file, "r");
  try {
    const reader = new CsvReader(fh, data.file, {
      delimiter: data.delimiter,
      nulls: new NullTokens(data.nullValues),
      keepText: false,
      reuseChunks: true,
    });
    reader.header = data.columns;
    const ring = new ChunkRing(data.ring, data.columns.length, CHUNK_ROWS);
    // Slots free to fill; the profiling end posts each one back when it is done with it.
    const free = ring.slots.map((_, k) => k).reverse();
    let wake: (() => void) | undefined;
    pipe.on("message", (m: { slot: number }) => {
      free.push(m.slot);
      wake?.();
    });
    const packer = new ChunkPacker(ring, data.labelIndex, data.hashOrder);
    const holdsText = (c: number) => reader.holdsText(c);
    const { starts } = data;
    const boundary = (k: number) => (k >= starts.length ? Number.POSITIVE_INFINITY : starts[k]!);
    let start = starts[0]!;
    let line = data.dataLine;
    let rows = 0;
    for (let k = 0; k < starts.length; k++) {
      const end = boundary(k + 1);
      if (start >= end) continue;
      pipe.postMessage({ begin: k });
      await reader.seek(start, end, line, rows);
      for (;;) {
        while (free.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const slot = free.pop()!;
        reader.fillInto(packer.target(slot));
        const chunk = await reader.next();
        if (!chunk) {
          free.push(slot);
          break;
        }
        pipe.postMessage(packer.pack(chunk, slot, holdsText));
        rows += chunk.rows;
      }
      start = reader.bytesConsumed;
      line = reader.lineNumber;
      pipe.postMessage({ end: start });
      report.postMessage({ progress: start });
    }
    pipe.postMessage({ finish: true });
  } finally {
    await fh.close();
  }
}

/**
 * The profiling end of a piped scan (see pipeCsv): merges the segments whose chunks arrive on
 * `pipe`, posts each chunk's slot back, and reports the pass.
 */
export function profileFrom(data: ProfilerData, pipe: MessagePort, report: MessagePort): void {
  const tracker = new RowTracker(
    data.rowIndexSlots,
    data.shape.labelIndex >= 0,
    data.leakageIndex && RowIndex.revive(data.leakageIndex),
  );
  const merge = new SegmentMerge(data.shape, data.expectedRows, tracker, data.dataStart, data.bytes);
  const unpacker = new ChunkUnpacker(new ChunkRing(data.ring, data.shape.columns.length, CHUNK_ROWS));
  let failed = false;
  pipe.on("message", (m: PipeMessage) => {
    if (failed) return;
    try {
      if ("slot" in m) {
        merge.add(unpacker.unpack(m));
        pipe.postMessage({ slot: m.slot });
      } else if ("begin" in m) merge.begin(m.begin);
      else if ("end" in m) merge.end(m.end);
      else {
        const pass = passOf(data, data.label, merge.result(), tracker);
        report.postMessage({ pass }, pass.rowIndex.transferables());
      }
    } catch (e) {
      failed = true;
      report.postMessage({ error: postableError(e) });
    }
  });
}

/** A pass rebuilt from its structured clone. */
export function revivedPass(plain: ScanPass): ScanPass {
  return {
    ...plain,
    statistics: plain.statistics.map((c) => ColumnAccumulator.revive(c)),
    evidence: plain.evidence.map((ev) => ColumnEvidence.revive(ev)),
    duplicates: Evidence.revive(plain.duplicates),
    conflicts: Evidence.revive(plain.conflicts),
    leakage: Evidence.revive(plain.leakage),
    rowIndex: RowIndex.revive(plain.rowIndex),
    rowHashes: HyperLogLog.revive(plain.rowHashes),
  };
}

/**
 * Hands out segments, in file order, to worker threads and to the merging thread itself: when the
 * segment the merge needs next is not ready, this thread scans one of its own instead of waiting
 * (the next segment not yet handed out, from its exact start when that is the one the merge needs).
 * At most a few segments run ahead of the merge, so finished ones do not pile up. A worker that
 * fails or cannot start leaves its segment without a result, and the merge scans it itself.
 */
class SegmentScheduler {
  private readonly results = new Map<number, SegmentDone | undefined>();
  private readonly waiting = new Map<number, (done: SegmentDone | undefined) => void>();
  private readonly idle: Worker[] = [];
  private readonly jobs = new Map<Worker, number>();
  /** Row batches of merged segments, handed out again with new jobs. */
  private readonly spare: RowBatch[] = [];
  private alive = 0;
  private next = 0;
  private merged = 0;

  constructor(
    url: URL,
    data: ScanWorkerData,
    workers: number,
    private readonly segments: number,
    private readonly boundary: (k: number) => number,
    private readonly local: (job: SegmentJob) => Promise<SegmentDone>,
  ) {
    for (let i = 0; i < workers; i++) {
      let worker: Worker;
      try {
        worker = new Worker(url, { workerData: data, resourceLimits: SCAN_WORKER_LIMITS });
      } catch {
        continue;
      }
      this.alive++;
      worker.on("message", (done: SegmentDone) => {
        this.jobs.delete(worker);
        this.deliver(done.index, done);
        this.idle.push(worker);
        this.pump();
      });
      const lost = () => {
        const job = this.jobs.get(worker);
        this.jobs.delete(worker);
        const at = this.idle.indexOf(worker);
        if (at >= 0) this.idle.splice(at, 1);
        this.alive--;
        if (job !== undefined) this.deliver(job, undefined);
      };
      worker.once("error", lost);
      worker.once("exit", lost);
      this.idle.push(worker);
    }
    this.pump();
  }

  private deliver(k: number, done: SegmentDone | undefined): void {
    const wake = this.waiting.get(k);
    if (wake) {
      this.waiting.delete(k);
      wake(done);
    } else this.results.set(k, done);
  }

  private get window(): number {
    return Math.min(this.segments, this.merged + 2 * (this.alive + 1));
  }

  private job(k: number, start?: number): SegmentJob {
    return {
      index: k,
      start: start ?? this.boundary(k),
      end: this.boundary(k + 1),
      exactStart: start !== undefined || k === 0,
      rows: this.spare.pop(),
    };
  }

  /** Takes back the row batch of a merged segment. */
  recycle(rows: RowBatch): void {
    this.spare.push(rows);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.next < this.window) {
      const worker = this.idle.pop()!;
      const k = this.next++;
      this.jobs.set(worker, k);
      const job = this.job(k);
      worker.postMessage(job, job.rows?.transferables() ?? []);
    }
  }

  /** Segment k, which starts at `start` (known once every segment before it is merged). */
  async result(k: number, start: number): Promise<SegmentDone | undefined> {
    this.merged = k;
    // Segments before k are merged, or were skipped: a long last row ran over them.
    if (this.next < k) this.next = k;
    for (const j of this.results.keys()) if (j < k) this.results.delete(j);
    this.pump();
    for (;;) {
      if (this.results.has(k)) {
        const done = this.results.get(k);
        this.results.delete(k);
        return done;
      }
      if (this.next === k) {
        this.next++;
        return this.local(this.job(k, start));
      }
      if (this.next < this.window) {
        const j = this.next++;
        this.deliver(j, await this.local(this.job(j)));
        continue;
      }
      return new Promise((resolve) => this.waiting.set(k, resolve));
    }
  }

  /** Lets the workers close their files and exit, or stops them at once after an error. */
  close(now: boolean): void {
    for (const worker of [...this.idle, ...this.jobs.keys()]) {
      worker.removeAllListeners();
      if (now) void worker.terminate();
      else worker.postMessage("close");
    }
  }
}
