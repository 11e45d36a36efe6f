import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INFERENCE_LOG_FILE, inferenceLogMeta } from "../../src/core/contracts/inference-log.js";
import { loadModelBundle } from "../../src/core/model/bundle.js";
import { createHandler } from "../../src/core/serve/handler.js";
import { ServedModel } from "../../src/core/serve/model.js";
import { ServeMetrics } from "../../src/core/serve/serve-metrics.js";
import { fileStamp, InferenceLogWriter } from "../../src/runtime/inference-log.js";
import { cli, readJson, scratch } from "../train/helpers.js";
import { penguinsBundle } from "./bundle.js";

const tmp = scratch();
let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
let model: ServedModel;

beforeAll(async () => {
  bundle = await penguinsBundle();
  const loaded = await loadModelBundle(bundle.dir);
  model = new ServedModel(
    { name: "penguins", version: "1.0.0", digest: "sha256:aa" },
    loaded.manifest,
    bundle.dir,
    loaded.scorer,
  );
}, 60_000);
afterAll(async () => {
  model?.dispose();
  await bundle?.remove();
});

const ISLANDS = ["Biscoe", "Dream", "Torgersen"];
function instances(n: number, from = 0) {
  return Array.from({ length: n }, (_, j) => {
    const i = from + j;
    return {
      island: ISLANDS[i % 3],
      "Beak Length (mm)": 35 + (i % 20),
      "Beak Depth (mm)": 14 + (i % 7),
      "Flipper Length (mm)": i % 11 === 0 ? null : 180 + (i % 40),
      "Body Mass (g)": 3000 + 25 * (i % 80),
      sex: i % 2 ? "male" : "female",
    };
  });
}

async function setup(opts: {
  sampleRate?: number;
  rotateBytes?: number;
  maxQueuedRows?: number;
  random?: () => number;
}) {
  const dir = await tmp();
  const metrics = new ServeMetrics(model);
  const log = new InferenceLogWriter({
    dir,
    identity: model.identity,
    classes: model.classes,
    sampleRate: opts.sampleRate ?? 1,
    rotateBytes: opts.rotateBytes ?? 1 << 20,
    metrics,
    now: () => new Date("2026-03-04T05:06:07.890Z"),
    ...(opts.maxQueuedRows ? { maxQueuedRows: opts.maxQueuedRows } : {}),
    ...(opts.random ? { random: opts.random } : {}),
  });
  const handler = createHandler({
    model,
    serverVersion: "1",
    maxBodyBytes: 1 << 20,
    maxRows: 1000,
    metrics,
    log,
  });
  const predict = async (rows: ReturnType<typeof instances>, id: string) => {
    const r = await handler.fetch(
      new Request("http://x/v1/models/penguins:predict", {
        method: "POST",
        body: JSON.stringify({ instances: rows }),
        headers: { "x-request-id": id },
      }),
    );
    expect(r.status).toBe(200);
    return (await r.json()).predictions as string[];
  };
  const lines = async () => {
    const files = (await readdir(dir)).sort();
    const all: Record<string, unknown>[] = [];
    for (const f of files)
      for (const l of (await readFile(join(dir, f), "utf8")).split("\n").filter(Boolean))
        all.push(JSON.parse(l));
    return { files, records: all };
  };
  return { dir, metrics, log, predict, lines };
}

describe("inference log", () => {
  it("writes every scored row with its features, prediction, probabilities and identity", async () => {
    const s = await setup({});
    const a = await s.predict(instances(3), "req-a");
    const b = await s.predict(instances(2, 3), "req-b");
    await s.log.close();
    const { files, records } = await s.lines();
    expect(files).toEqual(["inference-20260304T050607Z-0000.jsonl"]);
    expect(files.every((f) => INFERENCE_LOG_FILE.test(f))).toBe(true);
    expect(records).toHaveLength(5);
    const rows = instances(5);
    records.forEach((r, i) => {
      inferenceLogMeta.parse(r);
      const { _mlgate_probabilities: p, ...rest } = r as Record<string, unknown> & {
        _mlgate_probabilities: Record<string, number>;
      };
      expect(rest).toEqual({
        ...rows[i],
        _mlgate_schema: "mlgate/inference-log@1",
        _mlgate_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        _mlgate_request_id: i < 3 ? "req-a" : "req-b",
        // Requests of 3 and 2 rows: each row's index within its own request.
        _mlgate_row: i < 3 ? i : i - 3,
        _mlgate_model: "penguins",
        _mlgate_version: "1.0.0",
        _mlgate_digest: "sha256:aa",
        _mlgate_prediction: [...a, ...b][i],
      });
      expect(Object.keys(p)).toEqual(["Adelie", "Chinstrap", "Gentoo"]);
      const best = Object.entries(p).sort((x, y) => y[1] - x[1])[0]![0];
      expect(best).toBe(rest._mlgate_prediction);
    });
    expect(s.metrics.logWritten.value()).toBe(5);
  });

  it("rotates by size, keeping every row in order", async () => {
    const s = await setup({ rotateBytes: 2000 });
    for (let k = 0; k < 6; k++) {
      await s.predict(instances(4, 4 * k), `r${k}`);
      await s.log.flush();
    }
    await s.log.close();
    const { files, records } = await s.lines();
    expect(files.length).toBeGreaterThan(2);
    expect(files).toEqual(
      files.map((_, i) => `inference-20260304T050607Z-${String(i).padStart(4, "0")}.jsonl`),
    );
    for (const f of files) {
      const size = (await readFile(join(s.dir, f))).byteLength;
      // A file is closed once the next request's lines would take it past the limit (one request's lines are never split).
      expect(size).toBeLessThanOrEqual(2000);
    }
    expect(records.map((r) => r["Body Mass (g)"])).toEqual(instances(24).map((r) => r["Body Mass (g)"]));
  });

  it("samples rows at the configured rate, drawing once per row", async () => {
    // A fixed sequence of draws: rows whose draw is below 0.25 are kept.
    const draws = [0.1, 0.9, 0.24, 0.25, 0.5, 0.0, 0.99, 0.3];
    let d = 0;
    const s = await setup({ sampleRate: 0.25, random: () => draws[d++ % draws.length]! });
    await s.predict(instances(8), "r");
    await s.log.close();
    const { records } = await s.lines();
    expect(records.map((r) => r["Body Mass (g)"])).toEqual(
      [0, 2, 5].map((i) => instances(8)[i]!["Body Mass (g)"]),
    );
  });

  it("drops and counts what does not fit its queue instead of holding a response", async () => {
    const s = await setup({ maxQueuedRows: 5 });
    // Three requests answered before the writer runs: 4 rows fit, the next 4 do not, 1 more fits.
    await Promise.all([
      s.predict(instances(4), "a"),
      s.predict(instances(4), "b"),
      s.predict(instances(1), "c"),
    ]);
    await s.log.close();
    const { records } = await s.lines();
    expect(records.map((r) => r._mlgate_request_id)).toEqual(["a", "a", "a", "a", "c"]);
    expect(s.metrics.logDropped.value()).toBe(4);
    expect(s.metrics.expose()).toContain("mlgate_inference_log_dropped_total 4");
  });

  it("is data for validate-data and profile (the JSON Lines reader)", async () => {
    const s = await setup({});
    await s.predict(instances(60), "r");
    await s.log.close();
    const { files } = await s.lines();
    const file = join(s.dir, files[0]!);
    const out = await tmp();
    const v = await cli(["validate-data", "--data", file, "--out", out, "--json"]);
    expect(v.stderr.split("\n").filter((l) => l.startsWith("mlgate:"))).toEqual([]);
    const validation = await readJson<{ rows?: number; profile?: unknown }>(join(out, "validation.json"));
    expect(JSON.stringify(validation)).toContain('"rows":60');
    const p = await cli(["profile", "--data", file, "--out", join(out, "p.json")]);
    expect(p.code).toBe(0);
    const profile = await readJson<{ rows: number; columns: { name: string }[] }>(join(out, "p.json"));
    expect(profile.rows).toBe(60);
    const names = profile.columns.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(["island", "Flipper Length (mm)", "_mlgate_prediction", "_mlgate_request_id"]),
    );
  });

  it("names files by their start time in UTC", () => {
    expect(fileStamp(new Date("2026-12-31T23:59:58.999Z"))).toBe("20261231T235958Z");
  });
});
