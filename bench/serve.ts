/**
 * `mlgate serve` under load, on loopback, in one run:
 *   1. single-row OIP v2 infer throughput (closed loop, --concurrency clients with keep-alive) as a
 *      ratio to a bare node:http server that reads the same request and answers a constant;
 *   2. latency at a fixed moderate rate (open loop) with the error count;
 *   3. one 10,000-row infer request against `mlgate predict` on the same rows (a CSV file), whose
 *      results must be the same bit for bit.
 * Each server runs in its own process, as deployed; the client is this process.
 *
 *   npx tsx bench/serve.ts [--seconds 5] [--concurrency 16] [--rate <req/s>] [--batch 10000]
 *
 * Without --rate the fixed rate is half the single-row throughput just measured, at most 200/s.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { Agent, request } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { trainSection } from "../src/core/config/sections/train.js";
import { MODEL_SCHEMA, type ModelManifest } from "../src/core/contracts/model.js";
import { predictionsFromTable } from "../src/core/contracts/predictions.js";
import { readTable } from "../src/core/data/read.js";
import type { Table } from "../src/core/data/table.js";
import { writeModelBundle } from "../src/core/model/bundle.js";
import { takeRows, trainBuiltin } from "../src/core/model/fit.js";
import { silentLogger } from "../src/core/ports.js";
import { tableToCsv } from "../test/train/penguins.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
const SECONDS = arg("seconds", 5);
const CONCURRENCY = arg("concurrency", 16);
/** 0: half the rate measured in phase 1, at most 200/s, so the rate stays moderate on a busy machine. */
const RATE_ARG = arg("rate", 0);
let RATE = RATE_ARG;
const BATCH = arg("batch", 10_000);

const BARE = `
const http = require("node:http");
const body = Buffer.from(JSON.stringify({ model_name: "penguins", id: "1", outputs: [{ name: "label", datatype: "BYTES", shape: [1], data: ["Adelie"] }] }));
const s = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
s.keepAliveTimeout = 5000;
s.listen(0, "127.0.0.1", () => process.stderr.write("listening on http://127.0.0.1:" + s.address().port + "\\n"));
process.on("SIGTERM", () => s.close(() => process.exit(0)));
`;

function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (c: string) => {
      stderr += c;
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve({ child, url: m[1]! });
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once("exit", r));
  child.kill("SIGTERM");
  return exited;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, path: string, body: Buffer): Promise<{ status: number; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Closed loop: `concurrency` clients send back to back for `seconds`; requests per second and errors. */
async function throughput(
  url: string,
  body: Buffer,
  pid: number | undefined,
): Promise<{ rps: number; errors: number; n: number; cpuMs: number }> {
  const warm = Date.now() + 1000;
  while (Date.now() < warm) await post(url, "/v2/models/penguins/infer", body);
  let n = 0;
  let errors = 0;
  const cpu0 = cpuSeconds(pid);
  const start = performance.now();
  const end = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const r = await post(url, "/v2/models/penguins/infer", body).catch(() => ({ status: 0 }));
        if (r.status !== 200) errors++;
        n++;
      }
    }),
  );
  return {
    rps: n / ((performance.now() - start) / 1000),
    errors,
    n,
    cpuMs: ((cpuSeconds(pid) - cpu0) * 1000) / n,
  };
}

/** Open loop at a fixed rate: latency measured from each request's scheduled time (no coordinated omission). */
async function fixedRate(
  url: string,
  body: Buffer,
): Promise<{ p50: number; p99: number; max: number; errors: number; n: number }> {
  const total = RATE * SECONDS;
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const at = start + (i * 1000) / RATE;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      post(url, "/v2/models/penguins/infer", body).then(
        (r) => {
          if (r.status !== 200) errors++;
          latencies.push(performance.now() - at);
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { p50: q(0.5), p99: q(0.99), max: latencies[latencies.length - 1]!, errors, n: total };
}

function inferBody(manifest: ModelManifest, t: Table, rows: number[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      inputs: manifest.features.map((f) => ({
        name: f.name,
        shape: [rows.length],
        datatype: { string: "BYTES", float: "FP64", int: "INT64", bool: "BOOL" }[f.type],
        data: rows.map((i) => t.columns.find((c) => c.name === f.name)!.values[i] ?? null),
      })),
    }),
  );
}

const work = await mkdtemp(join(tmpdir(), "mlgate-bench-serve-"));
// The built CLI, as deployed (npm run build first; CI checks dist/ is current).
const cli = [join(root, "bin/mlgate.js")];
try {
  // The example repository's model: penguins, an MLP with one hidden layer of 32 (as its mlgate.yml).
  const train = await readTable(join(root, "example-repo/data/train.csv"));
  const test = await readTable(join(root, "example-repo/data/test.csv"));
  const settings = trainSection.parse({ hidden: [32], epochs: 20, backend: "wasm", seed: 42 });
  const trained = await trainBuiltin(train, { task: "classification", label: "species" }, settings, {
    logger: silentLogger,
  });
  const manifest: ModelManifest = {
    schema: MODEL_SCHEMA,
    name: "penguins",
    ...trained.manifest,
    data: { train: { path: "train.csv", sha256: "0".repeat(64), rows: train.rowCount } },
    created_at: new Date().toISOString(),
    metrics: {},
  };
  trained.scorer.dispose();
  const bundle = join(work, "model");
  await writeModelBundle(bundle, manifest, trained.files);

  const one = inferBody(manifest, test, [0]);
  const load0 = loadavg()[0]!;

  const bare = await startServer(["-e", BARE]);
  const bareRun = await throughput(bare.url, one, bare.child.pid);
  await stop(bare.child);

  const served = await startServer([...cli, "serve", "--model", bundle, "--port", "0"]);
  const serveRun = await throughput(served.url, one, served.child.pid);
  if (!RATE) RATE = Math.max(10, Math.min(200, Math.floor(serveRun.rps / 2)));
  const latency = await fixedRate(served.url, one);

  // 10,000 rows: the test rows repeated, as one request and as one CSV file for `mlgate predict`.
  const rows = Array.from({ length: BATCH }, (_, i) => i % test.rowCount);
  const batchBody = inferBody(manifest, test, rows);
  await post(served.url, "/v2/models/penguins/infer", inferBody(manifest, test, rows.slice(0, 100)));
  const batchTimes: number[] = [];
  let batchRes: { status: number; bytes: Buffer } | undefined;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    batchRes = await post(served.url, "/v2/models/penguins/infer", batchBody);
    batchTimes.push(performance.now() - t0);
  }
  const serveExit = await stop(served.child);
  const csv = join(work, "batch.csv");
  await writeFile(csv, tableToCsv(takeRows(test, Int32Array.from(rows))));
  const predictTimes: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    execFileSync(
      process.execPath,
      [...cli, "predict", "--model", bundle, "--data", csv, "--out", join(work, "p.csv")],
      { cwd: root, stdio: "ignore" },
    );
    predictTimes.push(performance.now() - t0);
  }
  const expected = predictionsFromTable(await readTable(join(work, "p.csv")), "classification");
  const res = JSON.parse(batchRes!.bytes.toString("utf8")) as {
    outputs: { name: string; data: (string | number)[] }[];
  };
  const same =
    batchRes!.status === 200 &&
    JSON.stringify(res.outputs[0]!.data) === JSON.stringify(expected.yPred) &&
    res.outputs[1]!.data.every((v, i) => Object.is(v, expected.proba![Math.floor(i / 3)]![i % 3]));

  const best = (xs: number[]) => Math.min(...xs);
  const ratio = serveRun.rps / bareRun.rps;
  const table = [
    "| phase | figure |",
    "| --- | ---: |",
    `| bare node:http, constant answer (closed loop, ${CONCURRENCY} clients, ${SECONDS} s) | ${bareRun.rps.toFixed(0)} req/s, ${bareRun.cpuMs.toFixed(3)} ms server CPU per request (${bareRun.errors} errors) |`,
    `| mlgate serve, single-row OIP v2 infer (same) | ${serveRun.rps.toFixed(0)} req/s, ${serveRun.cpuMs.toFixed(3)} ms server CPU per request (${serveRun.errors} errors) |`,
    `| **ratio mlgate / bare** (goal ≥ 0.5) | **${ratio.toFixed(2)}** (server CPU per request: bare / mlgate ${(bareRun.cpuMs / serveRun.cpuMs).toFixed(2)}) |`,
    `| latency at ${RATE} req/s for ${SECONDS} s (open loop, ${latency.n} requests): p50 / p99 / max | ${latency.p50.toFixed(2)} / ${latency.p99.toFixed(2)} / ${latency.max.toFixed(2)} ms, ${latency.errors} errors |`,
    `| one ${BATCH}-row infer request (${(batchBody.length / 1e6).toFixed(2)} MB JSON), best of 3 | ${best(batchTimes).toFixed(0)} ms |`,
    `| \`mlgate predict\` on the same ${BATCH} rows (CSV; whole process: start, load, read, score, write), best of 3 | ${best(predictTimes).toFixed(0)} ms |`,
    `| batch results equal predict's bit for bit | ${same ? "yes" : "NO"} |`,
    `| server exit code after SIGTERM | ${serveExit} |`,
  ].join("\n");
  const machine = `Node ${process.version}, ${cpus()[0]?.model ?? "?"} × ${cpus().length} logical cores, load average ${load0.toFixed(2)} at the start`;
  console.log(`${machine}\n\n${table}`);
  const resultsFile = join(here, "results/serve.md");
  const before = await readFile(resultsFile, "utf8").catch(() => "");
  const marker = "<!-- bench:serve:last-run -->";
  const last = `${marker}\nLast run (\`npx tsx bench/serve.ts\`, ${new Date().toISOString().slice(0, 10)}): ${machine}.\n\n${table}\n`;
  await writeFile(
    resultsFile,
    before.includes(marker)
      ? before.slice(0, before.indexOf(marker)) + last
      : `${before}${before ? "\n" : ""}${last}`,
  );
  if (!same || serveRun.errors || latency.errors || bareRun.errors) process.exitCode = 1;
} finally {
  agent.destroy();
  await rm(work, { recursive: true, force: true });
}
