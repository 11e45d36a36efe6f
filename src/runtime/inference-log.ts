import { type FileHandle, mkdir, open } from "node:fs/promises";
import { join } from "node:path";
import { type InferenceSink, inferenceLogLines, type ScoredBatch } from "../core/serve/log-records.js";
import type { ServedIdentity } from "../core/serve/model.js";
import type { ServeMetrics } from "../core/serve/serve-metrics.js";

/**
 * The inference log's writer: scored requests are queued (a bounded number of rows; a request that
 * does not fit is dropped and counted in `mlgate_inference_log_dropped_total`, never waited for),
 * and written off the response path as JSON Lines into `inference-<start>-<seq>.jsonl` files that
 * are closed at `rotateBytes`. `close()` writes what is queued and closes the file.
 */
export interface InferenceLogOptions {
  dir: string;
  identity: ServedIdentity;
  classes: readonly string[];
  sampleRate: number;
  rotateBytes: number;
  /** Most rows waiting to be written. */
  maxQueuedRows?: number;
  metrics: ServeMetrics;
  random?: () => number;
  now?: () => Date;
}

/** `20260102T030405Z`: the start time in a log file's name. */
export function fileStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

export class InferenceLogWriter implements InferenceSink {
  private queue: ScoredBatch[] = [];
  private queuedRows = 0;
  private file: FileHandle | undefined;
  private fileBytes = 0;
  private seq = 0;
  private running: Promise<void> | undefined;
  private closed = false;
  private failure: Error | undefined;
  private readonly maxQueuedRows: number;
  private readonly random: () => number;
  private readonly now: () => Date;

  constructor(private readonly opts: InferenceLogOptions) {
    this.maxQueuedRows = opts.maxQueuedRows ?? 100_000;
    this.random = opts.random ?? Math.random;
    this.now = opts.now ?? (() => new Date());
  }

  /** The error that stopped the writer, if one did (the server keeps serving without a log). */
  get error(): Error | undefined {
    return this.failure;
  }

  offer(batch: ScoredBatch): void {
    if (this.closed || this.failure || this.queuedRows + batch.scored.rows > this.maxQueuedRows) {
      this.opts.metrics.logDropped.inc({}, batch.scored.rows);
      return;
    }
    this.queue.push(batch);
    this.queuedRows += batch.scored.rows;
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** Resolves once everything queued before the call is written. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    await this.file?.close();
    this.file = undefined;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const batches = this.queue;
        this.queue = [];
        this.queuedRows = 0;
        let text = "";
        let rows = 0;
        const rate = this.opts.sampleRate;
        const keep = rate >= 1 ? () => true : () => this.random() < rate;
        for (const b of batches) {
          const lines = inferenceLogLines(b, this.opts.identity, this.opts.classes, keep);
          text += lines.text;
          rows += lines.rows;
        }
        if (rows) await this.write(text, rows);
      }
    } catch (e) {
      this.failure = e as Error;
      for (const b of this.queue) this.opts.metrics.logDropped.inc({}, b.scored.rows);
      this.queue = [];
      this.queuedRows = 0;
    } finally {
      this.running = undefined;
    }
  }

  private async write(text: string, rows: number): Promise<void> {
    const bytes = Buffer.byteLength(text);
    if (this.file && this.fileBytes > 0 && this.fileBytes + bytes > this.opts.rotateBytes) {
      await this.file.close();
      this.file = undefined;
    }
    if (!this.file) await this.openNext();
    await this.file!.write(text);
    this.fileBytes += bytes;
    this.opts.metrics.logWritten.inc({}, rows);
  }

  /** Opens the next file; `wx` refuses a name another process (or an earlier run this second) took. */
  private async openNext(): Promise<void> {
    await mkdir(this.opts.dir, { recursive: true });
    const stamp = fileStamp(this.now());
    for (;;) {
      const name = `inference-${stamp}-${String(this.seq).padStart(4, "0")}.jsonl`;
      this.seq++;
      try {
        this.file = await open(join(this.opts.dir, name), "wx");
        this.fileBytes = 0;
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST" || this.seq > 9999) throw e;
      }
    }
  }
}
