import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelBundle } from "../../src/core/model/bundle.js";
import { createHandler, type Handler, type ServeRequest } from "../../src/core/serve/handler.js";
import { ServedModel } from "../../src/core/serve/model.js";
import { listen } from "../../src/runtime/http-listener.js";
import { penguinsBundle } from "./bundle.js";

let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
let model: ServedModel;
let handler: Handler;
const LIMIT = 64 * 1024;

beforeAll(async () => {
  bundle = await penguinsBundle();
  const loaded = await loadModelBundle(bundle.dir);
  model = new ServedModel(
    { name: "penguins", digest: "sha256:1" },
    loaded.manifest,
    bundle.dir,
    loaded.scorer,
  );
  handler = createHandler({ model, serverVersion: "1", maxBodyBytes: LIMIT, maxRows: 1000 });
}, 60_000);
afterAll(async () => {
  model?.dispose();
  await bundle?.remove();
});

const ROW = {
  island: "Dream",
  "Beak Length (mm)": 49,
  "Beak Depth (mm)": 18.5,
  "Flipper Length (mm)": 196,
  "Body Mass (g)": 3700,
  sex: "female",
};

function oneRowInfer(id: string) {
  return JSON.stringify({
    id,
    inputs: model.features.map((f) => ({
      name: f.name,
      shape: [1],
      datatype: f.datatype,
      data: [ROW[f.name as keyof typeof ROW]],
    })),
  });
}

/** POST with a chunked body (no content-length), written in pieces. */
function postChunked(url: string, pieces: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e),
    );
    for (const p of pieces) req.write(p);
    req.end();
  });
}

describe("node:http listener", () => {
  it("refuses a body over the limit with 413, by content-length and while reading a chunked one", async () => {
    const l = await listen(handler.handle, { host: "127.0.0.1", port: 0, maxBodyBytes: LIMIT });
    try {
      expect(l.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const big = "x".repeat(LIMIT + 1);
      const r = await fetch(`${l.url}/v2/models/penguins/infer`, { method: "POST", body: big });
      expect(r.status).toBe(413);
      expect((await r.json()).error).toContain(`more than the ${LIMIT} this server accepts`);
      const chunked = await postChunked(
        `${l.url}/v2/models/penguins/infer`,
        Array(8).fill("y".repeat(LIMIT / 4)),
      );
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body).error).toContain("more than the");
      // The server still answers after refusing.
      expect((await fetch(`${l.url}/v2/health/live`)).status).toBe(200);
    } finally {
      await l.close();
    }
  });

  it("answers 2,000 single-row requests from 16 concurrent clients with no 5xx and every id echoed", async () => {
    const l = await listen(handler.handle, { host: "127.0.0.1", port: 0, maxBodyBytes: LIMIT });
    const statuses = new Map<number, number>();
    let wrongId = 0;
    let next = 0;
    try {
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < 2000) {
            const i = next++;
            const r = await fetch(`${l.url}/v2/models/penguins/infer`, {
              method: "POST",
              body: oneRowInfer(`r${i}`),
            });
            const body = await r.json();
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            if (body.id !== `r${i}`) wrongId++;
          }
        }),
      );
    } finally {
      await l.close();
    }
    expect([...statuses]).toEqual([[200, 2000]]);
    expect(wrongId).toBe(0);
  }, 120_000);

  it("answers over the socket what the Web door answers: headers, ids, lengths, HEAD without a body", async () => {
    const l = await listen(handler.handle, { host: "127.0.0.1", port: 0, maxBodyBytes: LIMIT });
    try {
      const body = JSON.parse(oneRowInfer("x"));
      delete body.id;
      const init = {
        method: "POST",
        headers: { "content-type": "application/json", "X-Request-Id": "from-header" },
        body: JSON.stringify(body),
      };
      const viaSocket = await fetch(`${l.url}/v2/models/penguins/infer`, init);
      const viaFetch = await handler.fetch(new Request(`${l.url}/v2/models/penguins/infer`, init));
      const text = await viaSocket.text();
      // The header (sent in mixed case) names the request when the body does not.
      expect(JSON.parse(text).id).toBe("from-header");
      expect(text).toBe(await viaFetch.text());
      expect(viaSocket.headers.get("content-type")).toBe("application/json");
      expect(Number(viaSocket.headers.get("content-length"))).toBe(Buffer.byteLength(text));
      const meta = await fetch(`${l.url}/v2/models/penguins`, { method: "HEAD" });
      expect(meta.status).toBe(200);
      expect(await meta.text()).toBe("");
      const ready = await fetch(`${l.url}/v2/health/ready`);
      expect([ready.status, await ready.text()]).toEqual([200, ""]);
      const bad = await fetch(`${l.url}/v2/models/penguins/infer`, { method: "POST", body: "{" });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error).toContain("not JSON");
    } finally {
      await l.close();
    }
  });

  it("drains: close() lets a request in flight finish, then stops accepting", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = async (req: ServeRequest) => {
      if (new URL(req.url).pathname === "/slow") await gate;
      return handler.handle(req);
    };
    const l = await listen(slow, { host: "127.0.0.1", port: 0, maxBodyBytes: LIMIT });
    const inFlight = fetch(`${l.url}/slow`);
    while (l.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    let closed = false;
    const closing = l.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    release();
    const r = await inFlight;
    expect(r.status).toBe(404);
    expect(r.headers.get("connection")).toBe("close");
    await closing;
    await expect(fetch(`${l.url}/v2/health/live`)).rejects.toThrow();
  });
});
