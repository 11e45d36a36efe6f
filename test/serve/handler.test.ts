import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionsFromTable } from "../../src/core/contracts/predictions.js";
import { readTable } from "../../src/core/data/read.js";
import type { Table } from "../../src/core/data/table.js";
import { loadModelBundle } from "../../src/core/model/bundle.js";
import { createHandler, type Handler } from "../../src/core/serve/handler.js";
import { ServedModel } from "../../src/core/serve/model.js";
import { cliPredict, scratch, writeText } from "../train/helpers.js";
import { penguinsTest, tableToCsv } from "../train/penguins.js";
import { penguinsBundle } from "./bundle.js";
import { expectOip, validOip } from "./oip.js";

const tmp = scratch();
let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
let model: ServedModel;
let handler: Handler;
let testCsv: string;
let table: Table;
const BASE = "http://serve.test";

beforeAll(async () => {
  bundle = await penguinsBundle();
  const loaded = await loadModelBundle(bundle.dir);
  model = new ServedModel(
    { name: "penguins", version: "1.2.0", digest: "sha256:abc" },
    loaded.manifest,
    bundle.dir,
    loaded.scorer,
  );
  handler = createHandler({ model, serverVersion: "9.9.9", maxBodyBytes: 1 << 20, maxRows: 500 });
  const dir = await tmp();
  testCsv = await writeText(join(dir, "test.csv"), tableToCsv(penguinsTest));
  table = await readTable(testCsv);
}, 60_000);
afterAll(async () => {
  model?.dispose();
  await bundle?.remove();
});

const get = (path: string) => handler.fetch(new Request(BASE + path));
const post = (path: string, body: unknown) =>
  handler.fetch(
    new Request(BASE + path, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
  );

/** One OIP input per feature, from a table's columns (the datatype the model metadata declares). */
function inferBody(t: Table, rows?: number[], id?: string) {
  const pick = rows ?? Array.from({ length: t.rowCount }, (_, i) => i);
  return {
    ...(id ? { id } : {}),
    inputs: model.features.map((f) => ({
      name: f.name,
      shape: [pick.length],
      datatype: f.datatype,
      data: pick.map((i) => t.columns.find((c) => c.name === f.name)!.values[i] ?? null),
    })),
  };
}

describe("OIP v2 metadata and health", () => {
  it("answers health with 200 and an empty body, and ready turns false once draining", async () => {
    const h = createHandler({ model, serverVersion: "1", maxBodyBytes: 1000, maxRows: 10 });
    for (const p of [
      "/v2/health/live",
      "/v2/health/ready",
      "/v2/models/penguins/ready",
      "/v2/models/penguins/versions/1.2.0/ready",
    ]) {
      const r = await h.fetch(new Request(BASE + p));
      expect([p, r.status, await r.text()]).toEqual([p, 200, ""]);
    }
    h.drain();
    expect((await h.fetch(new Request(`${BASE}/v2/health/ready`))).status).toBe(400);
    expect((await h.fetch(new Request(`${BASE}/v2/health/live`))).status).toBe(200);
  });

  it("describes the server and the model as the spec's schemas say", async () => {
    for (const p of ["/v2", "/v2/"]) {
      const server = await (await get(p)).json();
      expectOip("metadata_server_response", server);
      expect(server).toEqual({ name: "mlgate", version: "9.9.9", extensions: [] });
    }
    for (const p of ["/v2/models/penguins", "/v2/models/penguins/versions/1.2.0"]) {
      const r = await get(p);
      expect(r.status).toBe(200);
      const meta = await r.json();
      expectOip("metadata_model_response", meta);
      expect(meta).toEqual({
        name: "penguins",
        versions: ["1.2.0"],
        platform: "tfjs_layers",
        inputs: [
          { name: "island", datatype: "BYTES", shape: [-1] },
          { name: "Beak Length (mm)", datatype: "FP64", shape: [-1] },
          { name: "Beak Depth (mm)", datatype: "FP64", shape: [-1] },
          { name: "Flipper Length (mm)", datatype: "FP64", shape: [-1] },
          { name: "Body Mass (g)", datatype: "FP64", shape: [-1] },
          { name: "sex", datatype: "BYTES", shape: [-1] },
        ],
        outputs: [
          { name: "label", datatype: "BYTES", shape: [-1] },
          { name: "probabilities", datatype: "FP32", shape: [-1, 3] },
        ],
      });
    }
  });

  it("answers an unknown model or version with 404 and an error object", async () => {
    for (const p of ["/v2/models/gentoo", "/v2/models/penguins/versions/2.0.0", "/v2/models/gentoo/ready"]) {
      const r = await get(p);
      expect(r.status).toBe(404);
      const body = await r.json();
      expectOip("metadata_model_error_response", body);
    }
    const r = await post("/v2/models/gentoo/infer", inferBody(table, [0]));
    expect(r.status).toBe(404);
    expect((await r.json()).error).toContain(
      "model 'gentoo' is not served here; this server serves 'penguins'",
    );
  });
});

describe("inference", () => {
  it("gives bit for bit what `mlgate predict` writes, for every test row in one request", async () => {
    const dir = await tmp();
    const csv = await cliPredict(bundle.dir, testCsv, join(dir, "predictions.csv"));
    await writeText(join(dir, "p.csv"), csv);
    const expected = predictionsFromTable(await readTable(join(dir, "p.csv")), "classification");

    const body = inferBody(table, undefined, "all-rows");
    // The test rows have gaps, which the request carries as null (JSON has no NaN): mlgate's
    // extension of tensor_data; the spec's schema rejects it, the complete rows below pass it.
    const r = await post("/v2/models/penguins/infer", body);
    expect(r.status).toBe(200);
    const res = await r.json();
    expectOip("inference_response", res);
    expect(res.model_name).toBe("penguins");
    expect(res.model_version).toBe("1.2.0");
    expect(res.id).toBe("all-rows");
    const [label, proba] = res.outputs;
    expect(label).toEqual({
      name: "label",
      datatype: "BYTES",
      shape: [table.rowCount],
      data: expected.yPred,
    });
    expect(proba.shape).toEqual([table.rowCount, 3]);
    expect(JSON.parse(proba.parameters.classes)).toEqual(expected.classes);
    expect(proba.data).toStrictEqual(expected.proba!.flat());

    // Each row as its own request, all at once (they are scored in shared forward passes), gives
    // the same numbers as the whole file in one pass.
    const singles = await Promise.all(
      Array.from({ length: table.rowCount }, async (_, i) => {
        const one = await post("/v2/models/penguins/infer", inferBody(table, [i]));
        return (await one.json()).outputs[1].data as number[];
      }),
    );
    expect(singles).toStrictEqual(expected.proba);
    const batched = createHandler({
      model: new ServedModel(
        model.identity,
        model.manifest,
        bundle.dir,
        (await loadModelBundle(bundle.dir)).scorer,
        () => new Promise((r) => setImmediate(r)),
      ),
      serverVersion: "1",
      maxBodyBytes: 1 << 20,
      maxRows: 500,
    });
    const gathered = await Promise.all(
      Array.from({ length: table.rowCount }, async (_, i) => {
        const one = await batched.fetch(
          new Request(`${BASE}/v2/models/penguins/infer`, {
            method: "POST",
            body: JSON.stringify(inferBody(table, [i])),
          }),
        );
        return (await one.json()).outputs[1].data as number[];
      }),
    );
    expect(gathered).toStrictEqual(expected.proba);

    // The same rows through KServe V1 records give the same labels.
    const instances = Array.from({ length: table.rowCount }, (_, i) =>
      Object.fromEntries(
        model.features.map((f) => [f.name, table.columns.find((c) => c.name === f.name)!.values[i] ?? null]),
      ),
    );
    const v1 = await post("/v1/models/penguins:predict", { instances });
    expect(v1.status).toBe(200);
    expect(await v1.json()).toEqual({ predictions: expected.yPred });
  }, 60_000);

  it("takes complete rows as a spec-valid request, nested [n, 1] data, and only the outputs asked for", async () => {
    const complete = Array.from({ length: table.rowCount }, (_, i) => i).filter((i) =>
      table.columns.every((c) => c.values[i] !== null),
    );
    const rows = complete.slice(0, 5);
    const flat = inferBody(table, rows);
    expectOip("inference_request", flat);
    const nested = {
      inputs: flat.inputs.map((input) => ({
        ...input,
        shape: [rows.length, 1],
        data: input.data.map((v) => [v]),
      })),
      outputs: [{ name: "probabilities" }],
    };
    expectOip("inference_request", nested);
    const a = await (await post("/v2/models/penguins/infer", flat)).json();
    const b = await (await post("/v2/models/penguins/versions/1.2.0/infer", nested)).json();
    expectOip("inference_response", a);
    expectOip("inference_response", b);
    expect(b.outputs.map((o: { name: string }) => o.name)).toEqual(["probabilities"]);
    expect(b.outputs[0].data).toStrictEqual(a.outputs[1].data);
    // Without an id the server makes one and returns it.
    expect(typeof a.id).toBe("string");
    expect(a.id.length).toBeGreaterThan(0);
    // Zero rows: a valid request, an empty answer.
    const empty = await (await post("/v2/models/penguins/infer", inferBody(table, []))).json();
    expect(empty.outputs[0]).toEqual({ name: "label", datatype: "BYTES", shape: [0], data: [] });
  });
});

/** Requests a client can get wrong, each with the status and words of its answer. */
const corpus: {
  name: string;
  path?: string;
  method?: string;
  body: unknown;
  status: number;
  says: string;
}[] = [];

describe("malformed requests never get a 5xx", () => {
  it("answers each case of the corpus with its 4xx and an error naming what was expected", async () => {
    const good = inferBody(table, [0, 1]);
    const withInput = (name: string, patch: Record<string, unknown>) => ({
      inputs: good.inputs.map((i) => (i.name === name ? { ...i, ...patch } : i)),
    });
    corpus.push(
      { name: "not JSON", body: "{inputs: [", status: 400, says: "not JSON" },
      { name: "empty body", body: "", status: 400, says: "not JSON" },
      { name: "an array", body: [], status: 400, says: 'expected an object with "inputs"' },
      { name: "no inputs", body: {}, status: 400, says: "one tensor per feature" },
      {
        name: "id not a string",
        body: { ...good, id: 42 },
        status: 400,
        says: '"id" is 42, expected a string',
      },
      {
        name: "missing feature",
        body: { inputs: good.inputs.slice(1) },
        status: 400,
        says: "lacks input 'island' (BYTES)",
      },
      {
        name: "extra feature",
        body: {
          inputs: [...good.inputs, { name: "species", shape: [2], datatype: "BYTES", data: ["a", "b"] }],
        },
        status: 400,
        says: "input 'species' is not a feature of the model",
      },
      {
        name: "duplicate input",
        body: { inputs: [...good.inputs, good.inputs[0]] },
        status: 400,
        says: "given twice",
      },
      {
        name: "wrong datatype",
        body: withInput("island", { datatype: "FP64" }),
        status: 400,
        says: "input 'island' has datatype FP64, expected BYTES",
      },
      {
        name: "number as BYTES",
        body: withInput("Body Mass (g)", { datatype: "BYTES" }),
        status: 400,
        says: "expected FP64",
      },
      {
        name: "unknown datatype",
        body: withInput("sex", { datatype: "STRING" }),
        status: 400,
        says: "datatype STRING",
      },
      {
        name: "string in FP64",
        body: withInput("Beak Depth (mm)", { data: [1, "x"] }),
        status: 400,
        says: "input 'Beak Depth (mm)' element 1 is \"x\", expected FP64",
      },
      {
        name: "fraction in INT64",
        body: withInput("Body Mass (g)", { datatype: "INT64", data: [1, 2.5] }),
        status: 400,
        says: "holds integers",
      },
      {
        name: "bool in BYTES",
        body: withInput("sex", { data: [true, "male"] }),
        status: 400,
        says: "expected BYTES",
      },
      {
        name: "shape 2-D wide",
        body: withInput("island", { shape: [1, 2] }),
        status: 400,
        says: "expected [n] or [n, 1]",
      },
      {
        name: "negative shape",
        body: withInput("island", { shape: [-2] }),
        status: 400,
        says: "expected [n] or [n, 1]",
      },
      {
        name: "rows differ",
        body: withInput("island", { shape: [1], data: ["Biscoe"] }),
        status: 400,
        says: "has 2 rows but input 'island' has 1",
      },
      {
        name: "data shorter than shape",
        body: withInput("sex", { data: ["male"] }),
        status: 400,
        says: "has 1 values for shape [2], expected 2",
      },
      {
        name: "ragged nested",
        body: withInput("sex", { shape: [2, 1], data: [["male"], ["female", "male"]] }),
        status: 400,
        says: "ragged",
      },
      {
        name: "nested vs flat shape",
        body: withInput("sex", { data: [["male"], ["male"]] }),
        status: 400,
        says: "nested data",
      },
      {
        name: "data missing",
        body: withInput("sex", { data: undefined }),
        status: 400,
        says: "no data array",
      },
      {
        name: "unknown output",
        body: { ...good, outputs: [{ name: "logits" }] },
        status: 400,
        says: "output 'logits' is not an output",
      },
      {
        name: "too many rows",
        body: { inputs: good.inputs.map((i) => ({ ...i, shape: [501], data: Array(501).fill(i.data[0]) })) },
        status: 413,
        says: "501 rows, more than the 500",
      },
      {
        name: "body over the limit",
        body: JSON.stringify({ inputs: [], pad: "x".repeat(1 << 20) }),
        status: 413,
        says: "more than the 1048576",
      },
      {
        name: "GET on infer",
        path: "/v2/models/penguins/infer",
        method: "GET",
        body: undefined,
        status: 405,
        says: "use POST",
      },
      {
        name: "unknown path",
        path: "/v3/models",
        method: "GET",
        body: undefined,
        status: 404,
        says: "no such endpoint",
      },
      {
        name: "bad percent-encoding",
        path: "/v2/models/%E0%A4%A/infer",
        body: good,
        status: 400,
        says: "percent-encoding",
      },
      {
        name: "V1 without instances",
        path: "/v1/models/penguins:predict",
        body: { inputs: [] },
        status: 400,
        says: '{"instances": [...]}',
      },
      {
        name: "V1 missing key",
        path: "/v1/models/penguins:predict",
        body: { instances: [{ island: "Dream" }] },
        status: 400,
        says: "instance 0 lacks feature 'Beak Length (mm)'",
      },
      {
        name: "V1 extra key",
        path: "/v1/models/penguins:predict",
        body: { instances: [{ foo: 1 }] },
        status: 400,
        says: "instance 0 has 'foo'",
      },
      {
        name: "V1 short list",
        path: "/v1/models/penguins:predict",
        body: { instances: [["Dream"]] },
        status: 400,
        says: "has 1 values, expected 6",
      },
      {
        name: "V1 wrong model",
        path: "/v1/models/other:predict",
        body: { instances: [] },
        status: 404,
        says: "not served here",
      },
    );
    for (const c of corpus) {
      const path = c.path ?? "/v2/models/penguins/infer";
      const r = (c.method ?? "POST") === "GET" ? await get(path) : await post(path, c.body);
      const body = await r.json();
      expect([c.name, r.status, typeof body.error]).toEqual([c.name, c.status, "string"]);
      expect(body.error, c.name).toContain(c.says);
      expect(validOip("inference_error_response", body), c.name).toBe(true);
    }
    const metrics = handler.metrics.expose();
    expect(metrics).not.toMatch(/code="5\d\d"/);
    expect(metrics).toContain('mlgate_requests_total{route="/v2/models/{name}/infer",code="413"} 2');
  });
});

describe("regression", () => {
  it("answers `value` with what predict computes, and a prediction histogram in /metrics", async () => {
    const reg = await penguinsBundle({ task: "regression" });
    const loaded = await loadModelBundle(reg.dir);
    const served = new ServedModel(
      { name: "penguins", digest: "sha256:def" },
      loaded.manifest,
      reg.dir,
      loaded.scorer,
    );
    try {
      const h = createHandler({ model: served, serverVersion: "1", maxBodyBytes: 1 << 20, maxRows: 500 });
      const { predictTable } = await import("../../src/core/model/predict.js");
      const expected = await predictTable(loaded, table);
      const body = {
        inputs: served.features.map((f) => ({
          name: f.name,
          shape: [table.rowCount],
          datatype: f.datatype,
          data: table.columns.find((c) => c.name === f.name)!.values.map((v) => v ?? null),
        })),
      };
      const res = await (
        await h.fetch(
          new Request(`${BASE}/v2/models/penguins/infer`, { method: "POST", body: JSON.stringify(body) }),
        )
      ).json();
      expectOip("inference_response", res);
      expect(res.model_version).toBeUndefined();
      expect(res.outputs).toEqual([
        { name: "value", datatype: "FP64", shape: [table.rowCount], data: expected.yPred },
      ]);
      const text = h.metrics.expose();
      expect(text).toContain("# TYPE mlgate_prediction_value histogram");
      expect(text).toContain(`mlgate_prediction_value_count ${table.rowCount}`);
      expect(text).toContain('mlgate_model_info{model="penguins",version="",digest="sha256:def"} 1');
      // A bundle without a version has no /versions/ path.
      const v = await h.fetch(new Request(`${BASE}/v2/models/penguins/versions/1.0.0`));
      expect(v.status).toBe(404);
    } finally {
      served.dispose();
      await reg.remove();
    }
  }, 60_000);
});
