import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkers } from "../../scripts/build.js";
import type { Profile } from "../../src/core/contracts/profile.js";
import { runChecks } from "../../src/core/data/checks.js";
import { SEGMENT_BYTES, segmentBytesFor, segmentCuts } from "../../src/core/data/pass.js";
import { RowIndex } from "../../src/core/data/rows.js";
import {
  ColumnEvidence,
  Evidence,
  type HostMessage,
  type HostRequest,
  type ScanOptions,
  type ScanResult,
  scanFile,
} from "../../src/core/data/scan.js";
import { KLL_RANK_ERROR } from "../../src/core/data/sketch/kll.js";
import { MlgateError } from "../../src/core/errors.js";
import { seededRandom } from "../../src/core/stats/random.js";
import { progressRecorder } from "./progress-recorder.js";

// A CSV scan cut into segments (scanned here one after another, or side by side by worker threads)
// must give what one pass gives: the same counts, examples with the file's own row and line
// numbers, the same duplicate, conflict and leakage findings; sketches within their errors.

let dir: string;
let workerUrl: URL;
let hostUrl: URL;
let trainPath: string;
let testPath: string;

/** Rows with numbers, categories, missing cells, quoted fields with commas, quotes and newlines. */
function makeRows(rows: number, seed: number, opts: { multiline: number }): string[] {
  const rand = seededRandom(seed);
  const lines: string[] = [];
  const kept: string[] = [];
  for (let i = 0; i < rows; i++) {
    // Every 50th row repeats an earlier one; every 70th repeats its features with another label.
    if (i > 10 && i % 50 === 0) {
      lines.push(kept[Math.floor(rand() * kept.length)]!);
      continue;
    }
    const x = rand() < 0.03 ? "" : (rand() * 100 - 50).toFixed(3);
    const y = Math.floor(rand() * 1000);
    const note =
      rand() < opts.multiline
        ? `"line one, with a comma\nline ""two""\nthree"`
        : rand() < 0.1
          ? `"plain, quoted"`
          : `n${Math.floor(rand() * 20)}`;
    const cat = ["a", "b", "c", "NA"][Math.floor(rand() * 4)];
    const features = `${i},${x},${y},${note},${cat}`;
    const label = rand() < 0.5 ? "yes" : "no";
    const row = `${features},${label}`;
    kept.push(row);
    lines.push(row);
    if (i > 10 && i % 70 === 0) lines.push(`${features},${label === "yes" ? "no" : "yes"}`);
  }
  return lines;
}

const HEADER = "id,x,y,note,cat,label";
const makeCsv = (rows: number, seed: number, opts: { multiline: number }) =>
  `${[HEADER, ...makeRows(rows, seed, opts)].join("\n")}\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-segments-"));
  const built = await buildWorkers(dir);
  workerUrl = built["scan-worker"]!;
  hostUrl = built["scan-host"]!;
  trainPath = join(dir, "train.csv");
  testPath = join(dir, "test.csv");
  await writeFile(trainPath, makeCsv(3000, 11, { multiline: 0.2 }));
  // The test file shares some rows with the training file (leakage).
  // Rows 0, 3, 6… of the first 300 of the training file (no duplicates or conflicts among them yet).
  const shared = makeRows(3000, 11, { multiline: 0.2 })
    .slice(0, 300)
    .filter((_, i) => i % 3 === 0);
  const own = makeRows(700, 12, { multiline: 0.05 }).map((row) => row.replace(/^(\d+),/, "t$1,"));
  await writeFile(testPath, `${[HEADER, ...shared, ...own].join("\n")}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const whole: ScanOptions = { label: "label", segmentBytes: 1 << 30, threads: 1 };
const sequential: ScanOptions = { label: "label", segmentBytes: 2039, threads: 1 };
// Segments spread over threads (a piped scan, two threads' other way, is tested in pipe.test.ts).
const parallel = (threads: number): ScanOptions => ({
  label: "label",
  segmentBytes: 2039,
  threads,
  workerUrl,
  pipeUrl: false,
});

/** What must not change with segmenting: everything but the quantile sketches and float rounding. */
function exactParts(p: Profile) {
  return {
    rows: p.rows,
    duplicate_rows: p.duplicate_rows,
    row_hashes: p.row_hashes,
    columns: p.columns.map((c) => ({
      name: c.name,
      type: c.type,
      count: c.count,
      missing: c.missing,
      type_counts: c.type_counts,
      distinct: c.distinct,
      // Past its capacity the frequent-values summary is approximate, merged or not.
      frequent: c.frequent.exact ? c.frequent : c.frequent.capacity,
      n: c.numeric?.count,
      min: c.numeric?.min,
      max: c.numeric?.max,
    })),
  };
}

function checksOf(train: ScanResult, test?: ScanResult) {
  return runChecks({ train, test, label: "label" });
}

describe("segmented CSV scans", () => {
  it("cut into segments, give the one-pass counts, examples and row findings", async () => {
    const one = await scanFile(trainPath, whole);
    const cut = await scanFile(trainPath, sequential);
    expect(one.duplicates.count).toBeGreaterThan(10);
    expect(one.conflicts.count).toBeGreaterThan(10);
    expect(exactParts(cut.profile)).toEqual(exactParts(one.profile));
    expect(checksOf(cut)).toEqual(checksOf(one));
    expect(cut.duplicates).toEqual(one.duplicates);
    expect(cut.conflicts).toEqual(one.conflicts);
    expect(cut.evidence).toEqual(one.evidence);
    one.profile.columns.forEach((col, c) => {
      const a = col.numeric;
      const b = cut.profile.columns[c]!.numeric;
      if (!a || !b) return;
      expect(b.mean).toBeCloseTo(a.mean, 9);
      expect(b.variance / a.variance).toBeCloseTo(1, 9);
    });
  });

  it("side by side in worker threads, give exactly what one thread gives", async () => {
    const cut = await scanFile(trainPath, sequential);
    for (const threads of [2, 3]) {
      const side = await scanFile(trainPath, parallel(threads));
      expect(side.profile).toEqual(cut.profile);
      expect(side.evidence).toEqual(cut.evidence);
      expect(side.duplicates).toEqual(cut.duplicates);
      expect(side.conflicts).toEqual(cut.conflicts);
    }
  });

  it("find the same leakage between train and test", async () => {
    const train = await scanFile(trainPath, whole);
    const one = await scanFile(testPath, { ...whole, leakageIndex: train.rowIndex });
    const side = await scanFile(testPath, { ...parallel(2), leakageIndex: train.rowIndex });
    expect(one.leakage.count).toBe(100);
    expect(side.leakage).toEqual(one.leakage);
    expect(checksOf(train, side)).toEqual(checksOf(train, one));
  });

  it("keep quantiles within the sketch's rank error", async () => {
    const side = await scanFile(trainPath, parallel(2));
    const one = await scanFile(trainPath, whole);
    const col = side.profile.columns.find((c) => c.name === "y")!.numeric!;
    const exact = one.profile.columns.find((c) => c.name === "y")!.numeric!;
    // y is uniform on 0..999 here, so a value's rank is about value/1000.
    for (const [q, v] of Object.entries(col.quantiles)) {
      const rank = Number(q.slice(1)) / 100;
      expect(Math.abs(v / 1000 - rank)).toBeLessThan(KLL_RANK_ERROR + 0.02);
    }
    expect(col.min).toBe(exact.min);
    expect(col.max).toBe(exact.max);
  });

  it("report an error in a late segment with the file's line number, from any thread", async () => {
    const text = makeCsv(3000, 5, { multiline: 0.1 }).split("\n");
    // A line past the first segments (one without quotes is a whole row) gets an extra field.
    let at = -1;
    for (let i = 2400; i < text.length; i++) {
      if (!text[i]!.includes('"')) {
        text[i] = `${text[i]},extra`;
        at = i + 1;
        break;
      }
    }
    const bad = join(dir, "ragged.csv");
    await writeFile(bad, text.join("\n"));
    for (const opts of [whole, sequential, parallel(2)]) {
      const err = await scanFile(bad, opts).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MlgateError);
      expect((err as MlgateError).message).toBe(`line ${at} has 7 fields, the header has 6`);
      expect((err as MlgateError).location?.line).toBe(at);
    }
  });

  it("still work when no worker can start", async () => {
    const cut = await scanFile(trainPath, sequential);
    const missing = pathToFileURL(join(dir, "no-such-worker.js"));
    const side = await scanFile(trainPath, { ...sequential, threads: 2, workerUrl: missing, pipeUrl: false });
    expect(side.profile).toEqual(cut.profile);
  });
});

describe("scans in the scan host", () => {
  it("give what a scan on this thread gives, as real instances, with the same progress", async () => {
    for (const opts of [whole, parallel(2)]) {
      const here = progressRecorder();
      const there = progressRecorder();
      const local = await scanFile(trainPath, { ...opts, host: false, progress: here.progress });
      const hosted = await scanFile(trainPath, { ...opts, host: hostUrl, progress: there.progress });
      expect(hosted.profile).toEqual(local.profile);
      expect(hosted.evidence).toEqual(local.evidence);
      expect(hosted.duplicates).toEqual(local.duplicates);
      expect(hosted.conflicts).toEqual(local.conflicts);
      expect(hosted.evidence[0]).toBeInstanceOf(ColumnEvidence);
      expect(hosted.duplicates).toBeInstanceOf(Evidence);
      expect(hosted.rowIndex).toBeInstanceOf(RowIndex);
      expect(hosted.rowIndex.size).toBe(local.rowIndex.size);
      expect(there.calls).toEqual(here.calls);
      expect(here.calls[0]).toEqual(["start", `reading ${trainPath}`, expect.any(Number)]);
      expect(here.calls.at(-1)).toEqual(["done", `${local.profile.rows} rows`]);
    }
  });

  it("find the same leakage with a row index from either thread", async () => {
    const local = await scanFile(trainPath, { ...whole, host: false });
    const hosted = await scanFile(trainPath, { ...whole, host: hostUrl });
    const one = await scanFile(testPath, { ...whole, host: false, leakageIndex: local.rowIndex });
    const two = await scanFile(testPath, { ...whole, host: hostUrl, leakageIndex: local.rowIndex });
    const three = await scanFile(testPath, { ...whole, host: false, leakageIndex: hosted.rowIndex });
    expect(one.leakage.count).toBe(100);
    expect(two.leakage).toEqual(one.leakage);
    expect(three.leakage).toEqual(one.leakage);
    // The index handed to the host is copied, not moved: it still answers here.
    expect(local.rowIndex.size).toBe(hosted.rowIndex.size);
  });

  it("throw the host's errors here, with their file, line and hint", async () => {
    const bad = join(dir, "ragged-host.csv");
    await writeFile(bad, "a,b\n1,2\n3,4,5\n");
    const local = await scanFile(bad, { host: false }).catch((e: unknown) => e);
    const hosted = await scanFile(bad, { host: hostUrl }).catch((e: unknown) => e);
    expect(hosted).toBeInstanceOf(MlgateError);
    expect((hosted as MlgateError).message).toBe("line 3 has 3 fields, the header has 2");
    expect((hosted as MlgateError).location).toEqual({ file: bad, line: 3 });
    expect((hosted as MlgateError).hint).toBe((local as MlgateError).hint);
    expect((hosted as MlgateError).format()).toBe((local as MlgateError).format());
  });

  it("post the pass from the bundled entry", async () => {
    const request: HostRequest = { path: trainPath, options: { label: "label" } };
    const answer = await new Promise<HostMessage>((resolve, reject) => {
      const worker = new Worker(hostUrl, { workerData: request });
      worker.on("message", (m: HostMessage) => {
        if ("progress" in m) return;
        resolve(m);
        void worker.terminate();
      });
      worker.once("error", reject);
    });
    expect("pass" in answer && answer.pass.rows).toBe((await scanFile(trainPath, whole)).profile.rows);
  });

  it("fall back to this thread when the host cannot start", async () => {
    const local = await scanFile(trainPath, { ...whole, host: false });
    const missing = pathToFileURL(join(dir, "no-such-host.js"));
    const fallback = await scanFile(trainPath, { ...whole, host: missing });
    expect(fallback.profile).toEqual(local.profile);
  });
});

describe("segment size", () => {
  it("is 8 MiB unless rows are so narrow that a segment would hold more than 2^17 of them", () => {
    expect(segmentBytesFor(1e9, 0)).toBe(SEGMENT_BYTES);
    // 150-byte rows: 8 MiB holds about 56,000 rows.
    expect(segmentBytesFor(150e6, 1e6)).toBe(SEGMENT_BYTES);
    // 20-byte rows: 2^17 rows of 20 bytes.
    expect(segmentBytesFor(20e6, 1e6)).toBe(20 * 2 ** 17);
    // 1-byte rows would make 128 KiB segments: never smaller than 256 KiB.
    expect(segmentBytesFor(1e6, 1e6)).toBe(256 << 10);
  });

  it("cuts the last two segments' worth into four", () => {
    expect(segmentCuts(100, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 95]);
    expect(segmentCuts(95, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 83, 87, 91]);
    expect(segmentCuts(25, 10)).toEqual([0, 10, 20]);
    expect(segmentCuts(0, 10)).toEqual([0]);
  });
});

describe("segments of many chunks", () => {
  it("give bit-identical statistics on one thread and on several", async () => {
    // 1 MiB segments of about 20,000 rows: each is read in several chunks, whose boundaries
    // must not depend on which thread read the segment.
    const path = join(dir, "wide.csv");
    await writeFile(path, makeCsv(60000, 21, { multiline: 0.01 }));
    const opts = { label: "label", segmentBytes: 1 << 20 };
    const one = await scanFile(path, { ...opts, threads: 1 });
    const two = await scanFile(path, { ...opts, threads: 2, workerUrl, pipeUrl: false });
    expect(two.profile).toEqual(one.profile);
    expect(two.evidence).toEqual(one.evidence);
  });
});

describe("segment boundaries", () => {
  it("hold with a BOM, CRLF line ends, blank lines and no final newline", async () => {
    const rows = makeRows(3000, 31, { multiline: 0.1 }).map((row, i) => (i % 97 === 0 ? `${row}\n` : row));
    const text = `\ufeff${[HEADER, ...rows].join("\n").replace(/\n/g, "\r\n")}`;
    const path = join(dir, "crlf.csv");
    await writeFile(path, text);
    const one = await scanFile(path, whole);
    expect(one.profile.rows).toBe(rows.length);
    for (const opts of [sequential, parallel(2)]) {
      const cut = await scanFile(path, opts);
      expect(exactParts(cut.profile)).toEqual(exactParts(one.profile));
      expect(cut.evidence).toEqual(one.evidence);
      expect(cut.duplicates).toEqual(one.duplicates);
      expect(cut.conflicts).toEqual(one.conflicts);
    }
  });
});
