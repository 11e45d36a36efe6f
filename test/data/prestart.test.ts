import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, type Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkers } from "../../scripts/build.js";
import type { TokenizerData } from "../../src/core/data/pass.js";
import {
  PIPE_MIN_BYTES,
  prestartedWaiting,
  prestartPipe,
  prestartWorker,
  takePrestarted,
} from "../../src/core/data/prestart.js";
import { type ScanOptions, scanFile } from "../../src/core/data/scan.js";

// The CLI starts a piped scan's tokenising worker before it has loaded (prestartPipe); the scan
// then hands that worker its job instead of starting one.

let dir: string;
let pipeUrl: URL;
let dataPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-prestart-"));
  pipeUrl = (await buildWorkers(dir))["scan-pipe"]!;
  dataPath = join(dir, "data.csv");
  const rows = Array.from(
    { length: 20000 },
    (_, i) => `${i},${(i * 0.37) % 11},${i % 3 ? "a" : "b"},${i % 2}`,
  );
  // Some rows twice: the pass's duplicate count is part of what must match.
  await writeFile(dataPath, `id,x,cat,label\n${[...rows, ...rows.slice(0, 500)].join("\n")}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Resolves with the next message `worker` posts. */
const nextMessage = (worker: Worker) => new Promise<unknown>((resolve) => worker.once("message", resolve));

describe("workers started ahead", () => {
  it("are taken by the next piped scan, which gives one thread's result", async () => {
    const one: ScanOptions = { label: "label", segmentBytes: 64 << 10, threads: 1 };
    const here = await scanFile(dataPath, one);
    expect(prestartWorker(pipeUrl)).toBeDefined();
    expect(prestartedWaiting()).toBe(1);
    const there = await scanFile(dataPath, { ...one, threads: 2, pipeUrl });
    expect(prestartedWaiting()).toBe(0);
    expect(here.duplicates.count).toBe(500);
    expect(there.profile).toEqual(here.profile);
    expect(there.duplicates).toEqual(here.duplicates);
    expect(there.evidence).toEqual(here.evidence);
  });

  it("run the job they are given as their first message", async () => {
    const worker = prestartWorker(pipeUrl)!;
    const channel = new MessageChannel();
    const missing = join(dir, "gone.csv");
    const job = { role: "tokenize", file: missing, port: channel.port1 } as unknown as TokenizerData;
    expect(takePrestarted(pipeUrl, job, [channel.port1])).toBe(worker);
    // The tokeniser opens the job's file first: its error comes back, naming that file.
    const m = (await nextMessage(worker)) as { error: { message: string } };
    expect(m.error.message).toContain(missing);
    channel.port2.close();
    await worker.terminate();
  });

  it("are not handed out once they have died, nor for another entry", async () => {
    const exits = join(dir, "exits.mjs");
    await writeFile(exits, "process.exit(3);\n");
    const worker = prestartWorker(pathToFileURL(exits))!;
    expect(await new Promise((resolve) => worker.once("exit", resolve))).toBe(3);
    expect(takePrestarted(pathToFileURL(exits), {})).toBeUndefined();
    const waiting = prestartWorker(pipeUrl)!;
    expect(takePrestarted(pathToFileURL(exits), {})).toBeUndefined();
    expect(takePrestarted(pipeUrl, { role: "none" })).toBe(waiting);
    await waiting.terminate();
    expect(prestartedWaiting()).toBe(0);
  });

  it("start only for a CSV file that two threads will scan", async () => {
    const saved = process.env.MLGATE_THREADS;
    process.env.MLGATE_THREADS = "2";
    try {
      // Sparse files: their size is all that is looked at.
      const sized = async (name: string, bytes: number) => {
        const path = join(dir, name);
        const fh = await open(path, "w");
        await fh.truncate(bytes);
        await fh.close();
        return path;
      };
      const big = await sized("big.csv", PIPE_MIN_BYTES + 1);
      expect(prestartPipe(await sized("small.csv", PIPE_MIN_BYTES - 1), pipeUrl)).toBe(false);
      expect(prestartPipe(await sized("big.parquet", PIPE_MIN_BYTES + 1), pipeUrl)).toBe(false);
      expect(prestartPipe(join(dir, "missing.csv"), pipeUrl)).toBe(false);
      await mkdir(join(dir, "folder.csv"));
      expect(prestartPipe(join(dir, "folder.csv"), pipeUrl)).toBe(false);
      expect(prestartPipe(big, undefined)).toBe(false);
      expect(prestartedWaiting()).toBe(0);
      // With one thread allowed there is no pipe to start for.
      process.env.MLGATE_THREADS = "1";
      expect(prestartPipe(big, pipeUrl)).toBe(false);
      process.env.MLGATE_THREADS = "2";
      expect(prestartPipe(big, pipeUrl)).toBe(true);
      expect(prestartedWaiting()).toBe(1);
      await takePrestarted(pipeUrl, { role: "none" })!.terminate();
    } finally {
      if (saved === undefined) delete process.env.MLGATE_THREADS;
      else process.env.MLGATE_THREADS = saved;
    }
  });
});
