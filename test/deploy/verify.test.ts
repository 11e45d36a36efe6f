import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { goldenRequest, verifyServed } from "../../src/core/deploy/verify.js";
// @ts-expect-error: a plain ES module without types (also run as a process by the target tests)
import { oipHandler } from "./fake-serve.mjs";
import { record } from "./fakes.js";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
async function serve(handler: Handler): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

const r = record("1.0.0");
const fakeModel = (change: (m: Record<string, unknown>) => void = () => {}) => {
  const m: Record<string, unknown> = {
    name: r.name,
    version: r.version,
    digest: r.digest,
    task: r.task,
    classes: r.classes,
    features: r.features,
    predictions: structuredClone(r.golden!.predictions),
  };
  change(m);
  return m;
};
const opts = { fetch: globalThis.fetch, backoffMs: 5, maxBackoffMs: 20, readyTimeoutMs: 2000 };

describe("verifyServed", () => {
  it("passes a server that is ready, describes the registered inputs and answers the golden predictions", async () => {
    const url = await serve(oipHandler(fakeModel()));
    const v = await verifyServed(url, r, opts);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => c.name)).toEqual(["ready", "metadata", "golden"]);
  });

  it("sends one [n] tensor per feature, BYTES for strings, FP64 for floats", () => {
    expect(goldenRequest(r)).toEqual({
      id: "mlgate-verify-1.0.0",
      inputs: [
        { name: "bill_length_mm", shape: [2], datatype: "FP64", data: [39.1, 46.5] },
        { name: "island", shape: [2], datatype: "BYTES", data: ["Torgersen", "Biscoe"] },
      ],
    });
  });

  it("retries readiness with backoff while the server starts", async () => {
    let probes = 0;
    const inner = oipHandler(fakeModel());
    const url = await serve((req, res) => {
      if (req.url === "/v2/health/ready" && ++probes < 4) {
        res.writeHead(503).end();
        return;
      }
      inner(req, res);
    });
    const v = await verifyServed(url, r, opts);
    expect(v.ok).toBe(true);
    expect(v.checks[0]!.detail).toBe("ready after 4 probe(s)");
  });

  it("gives up on readiness within the bound and says what the last probe got", async () => {
    const url = await serve((_req, res) => res.writeHead(503).end());
    const t0 = Date.now();
    const v = await verifyServed(url, r, { ...opts, readyTimeoutMs: 200 });
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toMatch(
      /^ready: GET http:\/\/127\.0\.0\.1:\d+\/v2\/health\/ready did not answer 200 in \d+ probes \(last: HTTP 503\)$/,
    );
    expect(v.checks).toHaveLength(1);
  });

  it("names a missing input and a wrong datatype in the metadata", async () => {
    const url = await serve(
      oipHandler(
        fakeModel((m) => {
          m.features = [
            { name: "bill_length_mm", type: "string" },
            { name: "flipper_mm", type: "float" },
          ];
        }),
      ),
    );
    const v = await verifyServed(url, r, opts);
    expect(v.ok).toBe(false);
    expect(v.problems).toContain(
      "metadata: input 'bill_length_mm' has datatype BYTES, registered float → FP64; input 'island' (BYTES) is missing; inputs not registered: flipper_mm",
    );
  });

  it("names the row, the class and both values when a prediction differs", async () => {
    const url = await serve(
      oipHandler(
        fakeModel((m) => {
          const p = m.predictions as { label: string; proba: number[] }[];
          p[1] = { label: "Adelie", proba: [0.6, 0.4] };
        }),
      ),
    );
    const v = await verifyServed(url, r, opts);
    expect(v.ok).toBe(false);
    const golden = v.problems.find((p) => p.startsWith("golden:"))!;
    expect(golden).toContain("3 difference(s) from the registered predictions on 2 golden rows");
    expect(golden).toContain('row 1: label "Adelie", registered "Gentoo"');
    expect(golden).toContain(`row 1: P(Adelie) 0.6, registered ${Math.fround(0.2)}`);
  });

  it("compares probabilities as float32: a float32 printed in its shortest form matches, one ulp off does not", async () => {
    // 0.9 as float32 is 0.8999999761581421; a float32 printer writes it "0.9".
    const shortest = fakeModel((m) => {
      (m.predictions as { proba: number[] }[])[0]!.proba = [0.9, 0.1];
    });
    expect((await verifyServed(await serve(oipHandler(shortest)), r, opts)).ok).toBe(true);
    const f = new Float32Array([Math.fround(0.9)]);
    new Uint32Array(f.buffer)[0]! += 1;
    const oneUlp = fakeModel((m) => {
      (m.predictions as { proba: number[] }[])[0]!.proba = [f[0]!, Math.fround(0.1)];
    });
    const v = await verifyServed(await serve(oipHandler(oneUlp)), r, opts);
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toContain(`row 0: P(Adelie) ${f[0]}, registered ${Math.fround(0.9)}`);
  });

  it("compares regression values within a relative 1e-9", async () => {
    const reg = record("1.0.0", (x) => {
      x.task = "regression";
      delete x.classes;
      x.golden!.predictions = [{ value: 1234.5 }, { value: -2 }];
    });
    const model = (values: number[]) =>
      oipHandler({ ...fakeModel(), task: "regression", predictions: values.map((value) => ({ value })) });
    expect((await verifyServed(await serve(model([1234.5 + 1e-7, -2])), reg, opts)).ok).toBe(true);
    const v = await verifyServed(await serve(model([1234.5, -2.00001])), reg, opts);
    expect(v.problems).toEqual([
      "golden: 1 difference(s) from the registered predictions on 2 golden rows: row 1: value -2.00001, registered -2",
    ]);
  });

  it("a version without golden rows is checked for health and metadata only, and says so", async () => {
    const bare = record("1.0.0", (x) => {
      delete x.golden;
    });
    const v = await verifyServed(await serve(oipHandler(fakeModel())), bare, opts);
    expect(v.ok).toBe(true);
    expect(v.checks[2]!.detail).toContain("has no golden rows");
  });

  it("an infer error is reported with its status and body", async () => {
    const inner = oipHandler(fakeModel());
    const url = await serve((req, res) => {
      if (req.method === "POST") {
        res
          .writeHead(400, { "content-type": "application/json" })
          .end('{"error":"input island: expected BYTES"}');
        return;
      }
      inner(req, res);
    });
    const v = await verifyServed(url, r, opts);
    expect(v.problems).toEqual([
      `golden: POST ${url}/v2/models/penguins/infer answered HTTP 400: {"error":"input island: expected BYTES"}`,
    ]);
  });
});
