import { stat } from "node:fs/promises";
import type { Profile } from "../contracts/profile.js";
import type { ProgressTask } from "../ports.js";
import { noProgress } from "../ports.js";
import { bundledWorker, type PostedError, withWorkersCompilingInline } from "../threads.js";
import { detectFormat } from "./format.js";
import { type PassOptions, passFromWorkers, type ScanPass, scanPass } from "./pass.js";
import { scanThreads } from "./prestart.js";
import { buildProfile } from "./profile-file.js";
import type { RowIndex } from "./rows.js";
import type { ColumnEvidence, Evidence } from "./segment.js";

export { ColumnEvidence, type ColumnRules, Evidence } from "./segment.js";

export interface ScanOptions extends PassOptions {
  /**
   * The scan host's entry (dist/scan-host.js) to scan in, whatever the file, or `false` to scan on
   * this thread; by default the one built beside this module, for scans on several threads.
   */
  host?: URL | false;
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
  /** "records" where the examples' `line` is a record number, not a line (JSON array, Parquet). */
  positions: "lines" | "records";
}

/**
 * One streaming pass over a data file: its profile plus the evidence the checks need (odd cells,
 * out-of-range and unseen values, duplicate and conflicting rows, rows shared with another file).
 *
 * A scan on two threads (see scanThreads) is piped: two workers, one tokenising, one profiling, and
 * this thread waits for the pass (pipeCsv in pass.ts). A scan by segments on three threads or more
 * runs in a worker thread, the scan host, which starts the scan workers; this thread only relays
 * progress and takes what the pass found. In both, the scanning threads' heaps are capped
 * (SCAN_WORKER_LIMITS), which this thread's cannot be, so that peak memory is the same at 1M rows
 * and at 5M. A scan on one thread runs here: a worker would cost it about a tenth of its time, and
 * its memory creeps up far less. Run from source (no bundled workers), every scan runs here, with
 * the same result.
 */
export async function scanFile(path: string, opts: ScanOptions = {}): Promise<ScanResult> {
  const host = opts.host ?? ((await scanOnThreads(path, opts)) >= 3 ? bundledWorker("scan-host") : undefined);
  const pass = host
    ? await withWorkersCompilingInline(() => scanInHost(host, path, opts))
    : await scanPass(path, opts);
  const profile = buildProfile(
    pass.statistics,
    {
      rows: pass.rows,
      duplicateRows: pass.duplicates.count,
      duplicateRowsExact: pass.duplicates.exact,
      rowHashes: pass.rowHashes,
      label: pass.label,
    },
    [{ file: path, format: pass.format, rows: pass.rows }],
  );
  const { columns, evidence, duplicates, conflicts, leakage, rowIndex } = pass;
  const positions = pass.positions ?? "lines";
  return { profile, columns, evidence, duplicates, conflicts, leakage, rowIndex, file: path, positions };
}

/** Threads the pass will scan `path` on (see scanThreads); anything odd is left to scanPass. */
async function scanOnThreads(path: string, opts: ScanOptions): Promise<number> {
  try {
    if (detectFormat(path, opts.read?.format) !== "csv") return 1;
  } catch {
    return 1;
  }
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : 0),
    () => 0,
  );
  return size > 0 ? scanThreads(size, opts.threads) : 1;
}

/** What the scan host is started with (its workerData): scanFile's arguments, in posted form. */
export interface HostRequest {
  path: string;
  options: Omit<ScanOptions, "progress" | "leakageIndex" | "workerUrl" | "pipeUrl" | "host"> & {
    workerUrl?: string;
    pipeUrl?: string | false;
  };
  leakageIndex?: RowIndex;
}

/** What the scan host posts: its progress, then its pass or its error. */
export type HostMessage =
  | { progress: "start"; label: string; total?: number }
  | { progress: "update"; done: number; note?: string }
  | { progress: "done"; note?: string }
  | { pass: ScanPass }
  | { error: PostedError };

/**
 * The pass, in a scan host started from `url`. A host that cannot start, or that stops without an
 * answer, leaves the pass to this thread, as a scan worker leaves its segment to the merge.
 */
async function scanInHost(url: URL, path: string, opts: ScanOptions): Promise<ScanPass> {
  const { progress = noProgress, leakageIndex, workerUrl, pipeUrl, host: _, ...options } = opts;
  const request: HostRequest = {
    path,
    options: { ...options, workerUrl: workerUrl?.href, pipeUrl: pipeUrl === false ? false : pipeUrl?.href },
    leakageIndex,
  };
  let task: ProgressTask | undefined;
  type Progressed = Exclude<HostMessage, { pass: ScanPass } | { error: PostedError }>;
  const answer = await passFromWorkers<Progressed>(url, [{ workerData: request }], (m) => {
    if (m.progress === "start") task = progress.start(m.label, m.total);
    else if (m.progress === "update") task?.update(m.done, m.note);
    else task?.done(m.note);
  });
  return answer ?? (await scanPass(path, opts));
}
