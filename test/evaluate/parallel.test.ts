import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkers } from "../../scripts/build.js";
import { classificationKernel, regressionKernel } from "../../src/core/evaluate/metrics.js";
import { pairedBootstrap, pairedBootstrapParallel } from "../../src/core/evaluate/paired.js";
import { alignedClassification, reference } from "./reference.js";

// Run from source there is no bundled worker entry, so this builds it the way the build does.
let dir: string;
let workerUrl: URL;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-bootstrap-worker-"));
  workerUrl = (await buildWorkers(dir))["bootstrap-worker"]!;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const same = (a: Record<string, Float64Array>, b: Record<string, Float64Array>) => {
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const name of Object.keys(a)) expect([...a[name]!], name).toEqual([...b[name]!]);
};

describe("parallel paired bootstrap", () => {
  const multiclass = alignedClassification(reference.classification[1]!);
  const kc = classificationKernel(multiclass.problem, multiclass.candidate);
  const kb = classificationKernel(multiclass.problem, multiclass.baseline!);
  // Not a whole number of blocks, so the last block is a short one.
  const opts = { resamples: 237, level: 0.95, seed: 9 };

  it("gives exactly the single-thread values whatever the number of threads", async () => {
    const single = pairedBootstrap(kc, kb, opts);
    for (const threads of [2, 3, 5]) {
      const r = await pairedBootstrapParallel(kc, kb, { ...opts, threads, workerUrl, minWork: 0 });
      same(r.candidate, single.candidate);
      same(r.baseline!, single.baseline!);
    }
  });

  it("works for regression and without a baseline", async () => {
    const c = reference.regression[0]!;
    const k = regressionKernel(Float64Array.from(c.y_true), Float64Array.from(c.candidate.y_pred));
    const single = pairedBootstrap(k, undefined, opts);
    const r = await pairedBootstrapParallel(k, undefined, { ...opts, threads: 2, workerUrl, minWork: 0 });
    same(r.candidate, single.candidate);
    expect(r.baseline).toBeUndefined();
  });

  it("computes the blocks itself when a worker cannot run", async () => {
    const single = pairedBootstrap(kc, kb, opts);
    const missing = pathToFileURL(join(dir, "no-such-worker.js"));
    const r = await pairedBootstrapParallel(kc, kb, { ...opts, threads: 3, workerUrl: missing, minWork: 0 });
    same(r.candidate, single.candidate);
    same(r.baseline!, single.baseline!);
  });

  it("stays on this thread for small work (no worker entry from source)", async () => {
    const single = pairedBootstrap(kc, kb, opts);
    const r = await pairedBootstrapParallel(kc, kb, { ...opts, threads: 4 });
    same(r.candidate, single.candidate);
  });
});
