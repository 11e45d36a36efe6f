import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelBundle } from "../../src/core/model/bundle.js";
import { createHandler, type Handler } from "../../src/core/serve/handler.js";
import { Counter, Gauge, Histogram, Registry } from "../../src/core/serve/metrics.js";
import { ServedModel } from "../../src/core/serve/model.js";
import { type Listener, listen } from "../../src/runtime/http-listener.js";
import { penguinsBundle } from "./bundle.js";

describe("Prometheus exposition", () => {
  it("writes counters, gauges and cumulative histograms as the text format says", () => {
    const r = new Registry();
    const c = r.register(new Counter("x_total", "Things.\nTwo lines \\ here."));
    c.inc({ route: 'a"b\\c\nd' });
    c.inc({ route: 'a"b\\c\nd' }, 2);
    const g = r.register(new Gauge("y", "Level."));
    g.set(1.5);
    const h = r.register(new Histogram("z_seconds", "Time.", [1, 0.1]));
    for (const v of [0.05, 0.1, 0.5, 3]) h.observe(v);
    expect(r.expose()).toBe(
      [
        "# HELP x_total Things.\\nTwo lines \\\\ here.",
        "# TYPE x_total counter",
        'x_total{route="a\\"b\\\\c\\nd"} 3',
        "# HELP y Level.",
        "# TYPE y gauge",
        "y 1.5",
        "# HELP z_seconds Time.",
        "# TYPE z_seconds histogram",
        'z_seconds_bucket{le="0.1"} 2',
        'z_seconds_bucket{le="1"} 3',
        'z_seconds_bucket{le="+Inf"} 4',
        "z_seconds_sum 3.65",
        "z_seconds_count 4",
        "",
      ].join("\n"),
    );
  });
});

// CI installs Debian's prometheus package (.ci/run), so there a missing binary fails the tests instead of skipping them.
const required = process.env.CI === "true";
const hasPromtool = required || existsSync("/usr/bin/promtool");
const hasPrometheus = required || existsSync("/usr/bin/prometheus");

describe("the server's /metrics", () => {
  let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
  let model: ServedModel;
  let handler: Handler;
  let listener: Listener;
  beforeAll(async () => {
    bundle = await penguinsBundle();
    const loaded = await loadModelBundle(bundle.dir);
    model = new ServedModel(
      { name: "penguins", version: "1.0.0", digest: "sha256:0123" },
      loaded.manifest,
      bundle.dir,
      loaded.scorer,
    );
    handler = createHandler({ model, serverVersion: "1", maxBodyBytes: 1 << 20, maxRows: 100 });
    listener = await listen(handler.handle, { host: "127.0.0.1", port: 0, maxBodyBytes: 1 << 20 });
    const row = {
      island: "Biscoe",
      "Beak Length (mm)": 47,
      "Beak Depth (mm)": 15,
      "Flipper Length (mm)": 217,
      "Body Mass (g)": 5200,
      sex: "female",
    };
    for (let i = 0; i < 3; i++) {
      await fetch(`${listener.url}/v1/models/penguins:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: [row, row] }),
      });
    }
    await fetch(`${listener.url}/v2/models/penguins/infer`, { method: "POST", body: "nope" });
  }, 60_000);
  afterAll(async () => {
    await listener?.close();
    model?.dispose();
    await bundle?.remove();
  });

  it("counts requests, rows and predicted classes, and names the model", async () => {
    const r = await fetch(`${listener.url}/metrics`);
    expect(r.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await r.text();
    expect(text).toContain('mlgate_requests_total{route="/v1/models/{name}:predict",code="200"} 3');
    expect(text).toContain('mlgate_requests_total{route="/v2/models/{name}/infer",code="400"} 1');
    expect(text).toContain("mlgate_rows_scored_total 6");
    expect(text).toContain('mlgate_request_duration_seconds_count{route="/v1/models/{name}:predict"} 3');
    // The metrics request itself is in flight while it is answered.
    expect(text).toContain("mlgate_requests_in_flight 1");
    expect(text).toContain('mlgate_model_info{model="penguins",version="1.0.0",digest="sha256:0123"} 1');
    const classes = [...text.matchAll(/^mlgate_predicted_class_total\{class="(\w+)"\} (\d+)$/gm)];
    expect(classes.map((m) => m[1])).toEqual(["Adelie", "Chinstrap", "Gentoo"]);
    expect(classes.reduce((s, m) => s + Number(m[2]), 0)).toBe(6);
  });

  it.skipIf(!hasPromtool)("passes `promtool check metrics`", async () => {
    const text = await (await fetch(`${listener.url}/metrics`)).text();
    const r = spawnSync("/usr/bin/promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });

  it.skipIf(!hasPrometheus)(
    "is scraped by a Prometheus server, which then answers a query for mlgate_requests_total",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "mlgate-prometheus-"));
      const port = await freePort();
      const target = new URL(listener.url).host;
      await writeFile(
        join(dir, "prometheus.yml"),
        `global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: mlgate\n    static_configs:\n      - targets: ["${target}"]\n`,
      );
      let prom: ChildProcess | undefined;
      try {
        prom = spawn(
          "/usr/bin/prometheus",
          [
            `--config.file=${join(dir, "prometheus.yml")}`,
            `--storage.tsdb.path=${join(dir, "data")}`,
            `--web.listen-address=127.0.0.1:${port}`,
          ],
          { stdio: "ignore" },
        );
        const query = `http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent('mlgate_requests_total{code="200"}')}`;
        let result: { metric: Record<string, string>; value: [number, string] }[] = [];
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline) {
          try {
            const body = (await (await fetch(query)).json()) as { data: { result: typeof result } };
            result = body.data.result;
            if (result.some((s) => s.metric.route === "/v1/models/{name}:predict")) break;
          } catch {
            // Not listening yet.
          }
          await new Promise((r) => setTimeout(r, 250));
        }
        const predict = result.find((s) => s.metric.route === "/v1/models/{name}:predict");
        expect(predict?.metric).toMatchObject({ job: "mlgate", instance: target, code: "200" });
        expect(Number(predict?.value[1])).toBe(3);
      } finally {
        prom?.kill("SIGTERM");
        await new Promise((r) => (prom && prom.exitCode === null ? prom.once("exit", r) : r(undefined)));
        await rm(dir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
