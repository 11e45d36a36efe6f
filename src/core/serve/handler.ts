import type { InferenceSink } from "./log-records.js";
import { PROMETHEUS_CONTENT_TYPE } from "./metrics.js";
import type { ScoredRows, ServedModel } from "./model.js";
import {
  outputMetadata,
  RequestError,
  type RequestRows,
  readInferRequest,
  readV1Request,
  responseOutputs,
} from "./protocol.js";
import { ServeMetrics } from "./serve-metrics.js";

/**
 * The model server as a function from a Web `Request` to a `Response` (no sockets here: the
 * runtime's listener, a test, or any Fetch-style host calls it). It speaks the Open Inference
 * Protocol v2 REST API (KServe's docs/predict-api/v2/required_api.md) for one model, the KServe V1
 * `:predict` call, and `GET /metrics`. A request the client got wrong never gets a 5xx: it gets
 * 400, 404, 405 or 413 with `{"error": "…"}` naming the input and what was expected.
 */
export interface HandlerOptions {
  model: ServedModel;
  /** Server version for `GET /v2`. */
  serverVersion: string;
  maxBodyBytes: number;
  maxRows: number;
  log?: InferenceSink;
  metrics?: ServeMetrics;
  /** Milliseconds, monotonic (latency). */
  clock?: () => number;
  now?: () => Date;
  newId?: () => string;
}

/**
 * What the handler reads of a request. A Web `Request` is one; the node:http listener passes a
 * lighter one over node's parsed request, since building a `Request` (and its body stream) for
 * every call costs more than scoring a row.
 */
export interface ServeRequest {
  readonly method: string;
  /** Absolute URL (only its path is routed). */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The handler's answer before any runtime turns it into bytes on a socket (or a Web `Response`). */
export interface ServeReply {
  status: number;
  headers: Record<string, string>;
  /** JSON or Prometheus text; null for health answers. */
  body: string | null;
}

export interface Handler {
  /** The Web door: a `Request` in, a `Response` out (tests, any Fetch-style host). */
  fetch(request: Request): Promise<Response>;
  /** The same routing without the Web objects: what the node:http listener calls. */
  handle(request: ServeRequest): Promise<ServeReply>;
  readonly metrics: ServeMetrics;
  /** From now on, ready probes answer false (the server is draining). */
  drain(): void;
}

/** Metric label of each route: paths are folded to their template so model names do not multiply series. */
type Route =
  | "/v2/health/live"
  | "/v2/health/ready"
  | "/v2"
  | "/v2/models/{name}"
  | "/v2/models/{name}/ready"
  | "/v2/models/{name}/infer"
  | "/v1/models/{name}:predict"
  | "/metrics"
  | "other";

const JSON_HEADERS = { "content-type": "application/json" };

function json(status: number, body: unknown): ServeReply {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}

function errorResponse(status: number, message: string): ServeReply {
  return json(status, { error: message });
}

/** Health answers: 200 is true, 4xx false, both with an empty body (required_api.md, Health). */
function health(ok: boolean): ServeReply {
  return { status: ok ? 200 : 400, headers: {}, body: null };
}

/** A reply as a Web `Response`. */
export function toResponse(reply: ServeReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

export function createHandler(opts: HandlerOptions): Handler {
  const { model } = opts;
  const metrics = opts.metrics ?? new ServeMetrics(model);
  const clock = opts.clock ?? (() => performance.now());
  const now = opts.now ?? (() => new Date());
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const { name, version } = model.identity;
  let draining = false;
  const decoder = new TextDecoder("utf-8", { fatal: true });

  const modelMetadata = JSON.stringify({
    name,
    ...(version === undefined ? {} : { versions: [version] }),
    platform: model.manifest.format === "onnx" ? "onnx_onnxv1" : "tfjs_layers",
    inputs: model.features.map((f) => ({ name: f.name, datatype: f.datatype, shape: [-1] })),
    outputs: outputMetadata(model),
  });
  const serverMetadata = JSON.stringify({ name: "mlgate", version: opts.serverVersion, extensions: [] });

  function checkModel(m: string, v: string | undefined): void {
    if (m !== name)
      throw new RequestError(404, `model '${m}' is not served here; this server serves '${name}'`);
    if (v !== undefined && v !== version) {
      throw new RequestError(
        404,
        version === undefined
          ? `model '${name}' is served from a bundle directory without a version; leave /versions/${v} out of the path`
          : `version '${v}' of model '${name}' is not served here; this server serves version ${version}`,
      );
    }
  }

  async function readJson(request: ServeRequest): Promise<unknown> {
    const declared = request.headers.get("content-length");
    if (declared !== null && Number(declared) > opts.maxBodyBytes) {
      throw new RequestError(
        413,
        `the request body is ${declared} bytes, more than the ${opts.maxBodyBytes} this server accepts`,
      );
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > opts.maxBodyBytes) {
      throw new RequestError(
        413,
        `the request body is ${bytes.byteLength} bytes, more than the ${opts.maxBodyBytes} this server accepts`,
      );
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new RequestError(400, "the request body is not UTF-8 text");
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new RequestError(400, `the request body is not JSON: ${(e as Error).message}`);
    }
  }

  async function score(rows: RequestRows, requestId: string): Promise<ScoredRows> {
    const scored: ScoredRows =
      rows.rows === 0
        ? model.task === "classification"
          ? { task: "classification", rows: 0, labels: [], proba: new Float32Array(0) }
          : { task: "regression", rows: 0, values: new Float64Array(0) }
        : await model.score((n) => rows.columns.get(n), rows.rows);
    metrics.scored(scored);
    if (opts.log && scored.rows > 0) {
      opts.log.offer({ requestId, time: now().toISOString(), columns: rows.columns, scored });
    }
    return scored;
  }

  function requestIdOf(request: ServeRequest, given: string | undefined): string {
    return given ?? request.headers.get("x-request-id") ?? newId();
  }

  async function route(
    request: ServeRequest,
    path: string,
    setRoute: (r: Route) => void,
  ): Promise<ServeReply> {
    const method = request.method;
    const only = (allowed: "GET" | "POST") => {
      if (method !== allowed && !(allowed === "GET" && method === "HEAD")) {
        throw new RequestError(405, `${method} is not allowed on ${path}; use ${allowed}`);
      }
    };
    if (path === "/v2/health/live") {
      setRoute(path);
      only("GET");
      return health(true);
    }
    if (path === "/v2/health/ready") {
      setRoute(path);
      only("GET");
      return health(!draining);
    }
    if (path === "/v2" || path === "/v2/") {
      setRoute("/v2");
      only("GET");
      return { status: 200, headers: { ...JSON_HEADERS }, body: serverMetadata };
    }
    if (path === "/metrics") {
      setRoute(path);
      only("GET");
      return { status: 200, headers: { "content-type": PROMETHEUS_CONTENT_TYPE }, body: metrics.expose() };
    }
    const v2 = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/.exec(path);
    if (v2) {
      const [, m, v, tail] = v2;
      const r: Route =
        tail === "/ready"
          ? "/v2/models/{name}/ready"
          : tail === "/infer"
            ? "/v2/models/{name}/infer"
            : "/v2/models/{name}";
      setRoute(r);
      only(tail === "/infer" ? "POST" : "GET");
      checkModel(decode(m!), v === undefined ? undefined : decode(v));
      if (tail === "/ready") return health(!draining);
      if (!tail) return { status: 200, headers: { ...JSON_HEADERS }, body: modelMetadata };
      const body = await readJson(request);
      const req = readInferRequest(body, model, opts.maxRows);
      const id = requestIdOf(request, req.id);
      const scored = await score(req, id);
      return json(200, {
        model_name: name,
        ...(version === undefined ? {} : { model_version: version }),
        id,
        outputs: responseOutputs(model, scored, req.outputs),
      });
    }
    const v1 = /^\/v1\/models\/([^/:]+):predict$/.exec(path);
    if (v1) {
      setRoute("/v1/models/{name}:predict");
      only("POST");
      checkModel(decode(v1[1]!), undefined);
      const rows = readV1Request(await readJson(request), model, opts.maxRows);
      const scored = await score(rows, requestIdOf(request, undefined));
      return json(200, {
        predictions: scored.task === "classification" ? scored.labels : Array.from(scored.values),
      });
    }
    setRoute("other");
    throw new RequestError(404, `no such endpoint: ${method} ${path}`);
  }

  async function handle(request: ServeRequest): Promise<ServeReply> {
    const start = clock();
    metrics.inFlight.add(1);
    let routeName: Route = "other";
    let response: ServeReply;
    try {
      response = await route(request, new URL(request.url).pathname, (r) => {
        routeName = r;
      });
    } catch (e) {
      if (e instanceof RequestError) response = errorResponse(e.status, e.message);
      else response = errorResponse(500, `internal error: ${(e as Error).message ?? String(e)}`);
    } finally {
      metrics.inFlight.add(-1);
    }
    metrics.requests.inc({ route: routeName, code: String(response.status) });
    metrics.latency.observe((clock() - start) / 1000, { route: routeName });
    return response;
  }

  return {
    metrics,
    drain() {
      draining = true;
    },
    handle,
    fetch: async (request) => toResponse(await handle(request)),
  };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new RequestError(400, `the path segment '${segment}' is not valid percent-encoding`);
  }
}
