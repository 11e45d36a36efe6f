import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-3JGIMT3E.js";
import {
  loadModelBundle
} from "./chunk-JZMZSJ7L.js";
import {
  argmaxClass,
  checkClassOutputs,
  regressionValue,
  scoreEncoded
} from "./chunk-XUXWPNMX.js";
import {
  compileEncoder
} from "./chunk-CRBIL3TH.js";
import {
  INFERENCE_LOG_FIELDS,
  INFERENCE_LOG_SCHEMA
} from "./chunk-HY55DCKM.js";
import "./chunk-D5BRI7Y7.js";
import "./chunk-WN5546TP.js";
import "./chunk-OEO3WH64.js";
import {
  resolveRef
} from "./chunk-RYEXQM2O.js";
import {
  hashBundleDir
} from "./chunk-5EU7FAAZ.js";
import "./chunk-TK3KZ7H5.js";
import {
  parseSemver
} from "./chunk-YGBQGAWD.js";
import "./chunk-2VVLOP77.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import {
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import "./chunk-FW7P332B.js";
import {
  serveSection
} from "./chunk-TKY34EYT.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/serve.ts
init_esm_dirname();
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// src/core/serve/handler.ts
init_esm_dirname();

// src/core/serve/metrics.ts
init_esm_dirname();
var PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
function escapeLabelValue(v) {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function escapeHelp(v) {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function labelText(labels, extra) {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabelValue(extra[1])}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}
function valueText(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}
function keyOf(labels) {
  return JSON.stringify(Object.entries(labels));
}
var Family = class {
  constructor(name, help, type) {
    this.name = name;
    this.help = help;
    this.type = type;
  }
  name;
  help;
  type;
  series = /* @__PURE__ */ new Map();
  get(labels, make) {
    const key = keyOf(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, state: make() };
      this.series.set(key, s);
    }
    return s.state;
  }
  write(lines) {
    lines.push(`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`);
    for (const { labels, state } of this.series.values()) this.writeSeries(lines, labels, state);
  }
};
var Counter = class extends Family {
  constructor(name, help) {
    super(name, help, "counter");
  }
  inc(labels = {}, by = 1) {
    this.get(labels, () => ({ value: 0 })).value += by;
  }
  /** Creates the series at 0, so it is scraped before its first event. */
  touch(labels = {}) {
    this.get(labels, () => ({ value: 0 }));
  }
  value(labels = {}) {
    return this.series.get(keyOf(labels))?.state.value ?? 0;
  }
  writeSeries(lines, labels, s) {
    lines.push(`${this.name}${labelText(labels)} ${valueText(s.value)}`);
  }
};
var Gauge = class extends Family {
  constructor(name, help) {
    super(name, help, "gauge");
  }
  set(value, labels = {}) {
    this.get(labels, () => ({ value: 0 })).value = value;
  }
  add(by, labels = {}) {
    this.get(labels, () => ({ value: 0 })).value += by;
  }
  value(labels = {}) {
    return this.series.get(keyOf(labels))?.state.value ?? 0;
  }
  writeSeries(lines, labels, s) {
    lines.push(`${this.name}${labelText(labels)} ${valueText(s.value)}`);
  }
};
var Histogram = class extends Family {
  /** Upper bounds, ascending, without +Inf (which every histogram has). */
  bounds;
  constructor(name, help, bounds) {
    super(name, help, "histogram");
    this.bounds = [...bounds].sort((a, b) => a - b).filter((b, i, all) => i === 0 || b !== all[i - 1]);
  }
  observe(value, labels = {}) {
    const s = this.get(labels, () => this.empty());
    let i = 0;
    while (i < this.bounds.length && value > this.bounds[i]) i++;
    s.counts[i]++;
    s.sum += value;
    s.count++;
  }
  touch(labels = {}) {
    this.get(labels, () => this.empty());
  }
  empty() {
    return { counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 };
  }
  writeSeries(lines, labels, s) {
    let cumulative = 0;
    for (let i = 0; i <= this.bounds.length; i++) {
      cumulative += s.counts[i];
      const le = i < this.bounds.length ? valueText(this.bounds[i]) : "+Inf";
      lines.push(`${this.name}_bucket${labelText(labels, ["le", le])} ${cumulative}`);
    }
    lines.push(`${this.name}_sum${labelText(labels)} ${valueText(s.sum)}`);
    lines.push(`${this.name}_count${labelText(labels)} ${s.count}`);
  }
};
var Registry = class {
  metrics = [];
  register(metric) {
    this.metrics.push(metric);
    return metric;
  }
  /** The exposition text of every metric, ending in a line feed. */
  expose() {
    const lines = [];
    for (const m of this.metrics) m.write(lines);
    return `${lines.join("\n")}
`;
  }
};

// src/core/serve/protocol.ts
init_esm_dirname();
var RequestError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
var NUMERIC_DATATYPES = /* @__PURE__ */ new Set([
  "FP64",
  "FP32",
  "FP16",
  "BF16",
  "INT64",
  "INT32",
  "INT16",
  "INT8",
  "UINT64",
  "UINT32",
  "UINT16",
  "UINT8"
]);
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function describe(v) {
  if (v === void 0) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function expectation(f) {
  switch (f.type) {
    case "string":
      return "BYTES (strings)";
    case "bool":
      return "BOOL (true/false)";
    case "int":
      return "INT64 (integers; other numeric datatypes are accepted)";
    default:
      return "FP64 (numbers; FP32 and the integer datatypes are accepted)";
  }
}
function featureList(model) {
  return model.features.map((f) => `${f.name} (${f.datatype})`).join(", ");
}
function cell(f, v, where, integral = false) {
  if (v === null) return null;
  switch (f.type) {
    case "string":
      if (typeof v === "string") return v;
      break;
    case "bool":
      if (typeof v === "boolean") return v;
      break;
    default:
      if (typeof v === "number" && (!integral || Number.isInteger(v))) return v;
      if (typeof v === "number") {
        throw new RequestError(400, `${where()} is ${describe(v)}, but its datatype holds integers`);
      }
  }
  throw new RequestError(400, `${where()} is ${describe(v)}, expected ${expectation(f)} or null`);
}
function checkDatatype(f, datatype) {
  if (typeof datatype !== "string") {
    throw new RequestError(400, `input '${f.name}' has no datatype string; expected ${expectation(f)}`);
  }
  const ok = f.type === "string" ? datatype === "BYTES" : f.type === "bool" ? datatype === "BOOL" : NUMERIC_DATATYPES.has(datatype);
  if (!ok) {
    throw new RequestError(400, `input '${f.name}' has datatype ${datatype}, expected ${expectation(f)}`);
  }
  return datatype.startsWith("INT") || datatype.startsWith("UINT");
}
function rowsOfShape(name, shape) {
  const dims = Array.isArray(shape) ? shape : void 0;
  const valid = dims?.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0);
  if (!dims || !valid || dims.length < 1 || dims.length > 2 || dims.length === 2 && dims[1] !== 1) {
    throw new RequestError(
      400,
      `input '${name}' has shape ${JSON.stringify(shape)}, expected [n] or [n, 1] (one value per row)`
    );
  }
  return dims[0];
}
function flatten(name, data, rows, shape) {
  if (!Array.isArray(data)) {
    throw new RequestError(400, `input '${name}' has no data array; expected ${rows} values`);
  }
  if (!data.some(Array.isArray)) {
    if (data.length !== rows) {
      throw new RequestError(
        400,
        `input '${name}' has ${data.length} values for shape ${JSON.stringify(shape)}, expected ${rows}`
      );
    }
    return data;
  }
  const depth = shape.length;
  if (depth !== 2) {
    throw new RequestError(
      400,
      `input '${name}' has nested data, but its shape ${JSON.stringify(shape)} is flat`
    );
  }
  if (data.length !== rows) {
    throw new RequestError(
      400,
      `input '${name}' has ${data.length} rows of data, expected ${rows} (its shape)`
    );
  }
  const out = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const inner = data[i];
    if (!Array.isArray(inner) || inner.length !== 1 || Array.isArray(inner[0])) {
      throw new RequestError(
        400,
        `input '${name}' is ragged: element ${i} is ${describe(inner)}, expected [value] for shape ${JSON.stringify(shape)}`
      );
    }
    out[i] = inner[0];
  }
  return out;
}
function checkRows(rows, maxRows) {
  if (rows > maxRows) {
    throw new RequestError(
      413,
      `the request has ${rows} rows, more than the ${maxRows} this server scores at once`
    );
  }
}
function readInferRequest(body, model, maxRows) {
  if (!isRecord(body))
    throw new RequestError(400, `the request body is ${describe(body)}, expected an object with "inputs"`);
  if (body.id !== void 0 && typeof body.id !== "string") {
    throw new RequestError(400, `"id" is ${describe(body.id)}, expected a string`);
  }
  if (body.parameters !== void 0 && !isRecord(body.parameters)) {
    throw new RequestError(400, `"parameters" is ${describe(body.parameters)}, expected an object`);
  }
  if (!Array.isArray(body.inputs)) {
    throw new RequestError(
      400,
      `"inputs" is ${describe(body.inputs)}, expected an array with one tensor per feature: ${featureList(model)}`
    );
  }
  const byName = new Map(model.features.map((f) => [f.name, f]));
  const given = /* @__PURE__ */ new Map();
  for (const [i, input] of body.inputs.entries()) {
    if (!isRecord(input) || typeof input.name !== "string") {
      throw new RequestError(400, `inputs[${i}] is not a tensor with a "name"`);
    }
    if (!byName.has(input.name)) {
      throw new RequestError(
        400,
        `input '${input.name}' is not a feature of the model; it expects ${featureList(model)}`
      );
    }
    if (given.has(input.name)) throw new RequestError(400, `input '${input.name}' is given twice`);
    given.set(input.name, input);
  }
  const missing = model.features.filter((f) => !given.has(f.name));
  if (missing.length) {
    throw new RequestError(
      400,
      `the request lacks input${missing.length > 1 ? "s" : ""} ${missing.map((f) => `'${f.name}' (${f.datatype})`).join(", ")}; the model expects ${featureList(model)}`
    );
  }
  let rows;
  let first = "";
  const columns = /* @__PURE__ */ new Map();
  for (const f of model.features) {
    const input = given.get(f.name);
    const integral = checkDatatype(f, input.datatype);
    const n = rowsOfShape(f.name, input.shape);
    if (rows === void 0) {
      rows = n;
      first = f.name;
      checkRows(rows, maxRows);
    } else if (n !== rows) {
      throw new RequestError(
        400,
        `input '${f.name}' has ${n} rows but input '${first}' has ${rows}; every input needs one value per row`
      );
    }
    const data = flatten(f.name, input.data, n, input.shape);
    const values = new Array(n);
    for (let i = 0; i < n; i++)
      values[i] = cell(f, data[i], () => `input '${f.name}' element ${i}`, integral);
    columns.set(f.name, values);
  }
  let outputs;
  if (body.outputs !== void 0) {
    if (!Array.isArray(body.outputs))
      throw new RequestError(400, `"outputs" is ${describe(body.outputs)}, expected an array`);
    const known = outputNames(model);
    outputs = body.outputs.map((o, i) => {
      if (!isRecord(o) || typeof o.name !== "string")
        throw new RequestError(400, `outputs[${i}] is not an object with a "name"`);
      if (!known.includes(o.name)) {
        throw new RequestError(
          400,
          `output '${o.name}' is not an output of the model; it has ${known.join(", ")}`
        );
      }
      return o.name;
    });
  }
  return {
    rows: rows ?? 0,
    columns,
    ...body.id === void 0 ? {} : { id: body.id },
    ...outputs ? { outputs } : {}
  };
}
function readV1Request(body, model, maxRows) {
  if (!isRecord(body) || !Array.isArray(body.instances)) {
    throw new RequestError(
      400,
      `the request body must be {"instances": [...]}, one record per row with the features ${featureList(model)}`
    );
  }
  const instances = body.instances;
  const rows = instances.length;
  checkRows(rows, maxRows);
  const names = new Set(model.features.map((f) => f.name));
  const columns = new Map(
    model.features.map((f) => [f.name, new Array(rows)])
  );
  for (let i = 0; i < rows; i++) {
    const inst = instances[i];
    if (Array.isArray(inst)) {
      if (inst.length !== model.features.length) {
        throw new RequestError(
          400,
          `instance ${i} has ${inst.length} values, expected ${model.features.length}: ${featureList(model)}`
        );
      }
      model.features.forEach((f, j) => {
        columns.get(f.name)[i] = cell(f, inst[j], () => `instance ${i} '${f.name}'`);
      });
      continue;
    }
    if (!isRecord(inst))
      throw new RequestError(400, `instance ${i} is ${describe(inst)}, expected a record of features`);
    for (const key of Object.keys(inst)) {
      if (!names.has(key))
        throw new RequestError(
          400,
          `instance ${i} has '${key}', which is not a feature of the model; it expects ${featureList(model)}`
        );
    }
    for (const f of model.features) {
      if (!(f.name in inst))
        throw new RequestError(
          400,
          `instance ${i} lacks feature '${f.name}' (${f.datatype}); use null for a missing value`
        );
      columns.get(f.name)[i] = cell(f, inst[f.name], () => `instance ${i} '${f.name}'`);
    }
  }
  return { rows, columns };
}
function outputNames(model) {
  return model.task === "classification" ? ["label", "probabilities"] : ["value"];
}
function outputMetadata(model) {
  return model.task === "classification" ? [
    { name: "label", datatype: "BYTES", shape: [-1] },
    { name: "probabilities", datatype: "FP32", shape: [-1, model.classes.length] }
  ] : [{ name: "value", datatype: "FP64", shape: [-1] }];
}
function responseOutputs(model, scored, asked) {
  const n = scored.rows;
  const all = scored.task === "classification" ? {
    label: () => ({ name: "label", datatype: "BYTES", shape: [n], data: scored.labels }),
    probabilities: () => ({
      name: "probabilities",
      datatype: "FP32",
      shape: [n, model.classes.length],
      // Class order of the columns; parameter values are scalars, so the list travels as JSON text.
      parameters: { classes: JSON.stringify(model.classes) },
      data: Array.from(scored.proba)
    })
  } : { value: () => ({ name: "value", datatype: "FP64", shape: [n], data: Array.from(scored.values) }) };
  return (asked ?? Object.keys(all)).map((name) => all[name]());
}

// src/core/serve/serve-metrics.ts
init_esm_dirname();
var LATENCY_BOUNDS = [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
var Z_BOUNDS = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3];
var ServeMetrics = class {
  registry = new Registry();
  requests = this.registry.register(
    new Counter("mlgate_requests_total", "HTTP requests answered, by route and status code.")
  );
  latency = this.registry.register(
    new Histogram("mlgate_request_duration_seconds", "Time to answer a request, by route.", LATENCY_BOUNDS)
  );
  inFlight = this.registry.register(
    new Gauge("mlgate_requests_in_flight", "Requests being answered now.")
  );
  rows = this.registry.register(new Counter("mlgate_rows_scored_total", "Rows the model scored."));
  info = this.registry.register(
    new Gauge(
      "mlgate_model_info",
      "The model served: name, version (empty for a bundle directory) and digest."
    )
  );
  classes;
  values;
  logWritten = this.registry.register(
    new Counter("mlgate_inference_log_rows_total", "Rows written to the inference log.")
  );
  logDropped = this.registry.register(
    new Counter(
      "mlgate_inference_log_dropped_total",
      "Rows the inference log dropped because its queue was full (responses never wait for the log)."
    )
  );
  constructor(model) {
    const { name, version, digest } = model.identity;
    this.info.set(1, { model: name, version: version ?? "", digest });
    if (model.task === "classification") {
      this.classes = this.registry.register(
        new Counter("mlgate_predicted_class_total", "Rows predicted as each class.")
      );
      for (const c of model.classes) this.classes.touch({ class: c });
    } else {
      const target = model.manifest.preprocessing.target ?? { mean: 0, std: 1 };
      this.values = this.registry.register(
        new Histogram(
          "mlgate_prediction_value",
          "Predicted values (buckets at the training target's mean \xB1 standard deviations).",
          Z_BOUNDS.map((z) => target.mean + z * target.std)
        )
      );
      this.values.touch();
    }
    this.rows.touch();
    this.logWritten.touch();
    this.logDropped.touch();
    this.inFlight.set(0);
  }
  scored(result) {
    this.rows.inc({}, result.rows);
    if (result.task === "classification") {
      for (const label of result.labels) this.classes.inc({ class: label });
    } else {
      for (const v of result.values) this.values.observe(v);
    }
  }
  expose() {
    return this.registry.expose();
  }
};

// src/core/serve/handler.ts
var JSON_HEADERS = { "content-type": "application/json" };
function json(status, body) {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}
function errorResponse(status, message) {
  return json(status, { error: message });
}
function health(ok) {
  return { status: ok ? 200 : 400, headers: {}, body: null };
}
function toResponse(reply) {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
function createHandler(opts) {
  const { model } = opts;
  const metrics = opts.metrics ?? new ServeMetrics(model);
  const clock = opts.clock ?? (() => performance.now());
  const now = opts.now ?? (() => /* @__PURE__ */ new Date());
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const { name, version } = model.identity;
  let draining = false;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const modelMetadata = JSON.stringify({
    name,
    ...version === void 0 ? {} : { versions: [version] },
    platform: model.manifest.format === "onnx" ? "onnx_onnxv1" : "tfjs_layers",
    inputs: model.features.map((f) => ({ name: f.name, datatype: f.datatype, shape: [-1] })),
    outputs: outputMetadata(model)
  });
  const serverMetadata = JSON.stringify({ name: "mlgate", version: opts.serverVersion, extensions: [] });
  function checkModel(m, v) {
    if (m !== name)
      throw new RequestError(404, `model '${m}' is not served here; this server serves '${name}'`);
    if (v !== void 0 && v !== version) {
      throw new RequestError(
        404,
        version === void 0 ? `model '${name}' is served from a bundle directory without a version; leave /versions/${v} out of the path` : `version '${v}' of model '${name}' is not served here; this server serves version ${version}`
      );
    }
  }
  async function readJson(request) {
    const declared = request.headers.get("content-length");
    if (declared !== null && Number(declared) > opts.maxBodyBytes) {
      throw new RequestError(
        413,
        `the request body is ${declared} bytes, more than the ${opts.maxBodyBytes} this server accepts`
      );
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > opts.maxBodyBytes) {
      throw new RequestError(
        413,
        `the request body is ${bytes.byteLength} bytes, more than the ${opts.maxBodyBytes} this server accepts`
      );
    }
    let text;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new RequestError(400, "the request body is not UTF-8 text");
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new RequestError(400, `the request body is not JSON: ${e.message}`);
    }
  }
  async function score(rows, requestId) {
    const scored = rows.rows === 0 ? model.task === "classification" ? { task: "classification", rows: 0, labels: [], proba: new Float32Array(0) } : { task: "regression", rows: 0, values: new Float64Array(0) } : await model.score((n) => rows.columns.get(n), rows.rows);
    metrics.scored(scored);
    if (opts.log && scored.rows > 0) {
      opts.log.offer({ requestId, time: now().toISOString(), columns: rows.columns, scored });
    }
    return scored;
  }
  function requestIdOf(request, given) {
    return given ?? request.headers.get("x-request-id") ?? newId();
  }
  async function route(request, path, setRoute) {
    const method = request.method;
    const only = (allowed) => {
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
      const r = tail === "/ready" ? "/v2/models/{name}/ready" : tail === "/infer" ? "/v2/models/{name}/infer" : "/v2/models/{name}";
      setRoute(r);
      only(tail === "/infer" ? "POST" : "GET");
      checkModel(decode(m), v === void 0 ? void 0 : decode(v));
      if (tail === "/ready") return health(!draining);
      if (!tail) return { status: 200, headers: { ...JSON_HEADERS }, body: modelMetadata };
      const body = await readJson(request);
      const req = readInferRequest(body, model, opts.maxRows);
      const id = requestIdOf(request, req.id);
      const scored = await score(req, id);
      return json(200, {
        model_name: name,
        ...version === void 0 ? {} : { model_version: version },
        id,
        outputs: responseOutputs(model, scored, req.outputs)
      });
    }
    const v1 = /^\/v1\/models\/([^/:]+):predict$/.exec(path);
    if (v1) {
      setRoute("/v1/models/{name}:predict");
      only("POST");
      checkModel(decode(v1[1]), void 0);
      const rows = readV1Request(await readJson(request), model, opts.maxRows);
      const scored = await score(rows, requestIdOf(request, void 0));
      return json(200, {
        predictions: scored.task === "classification" ? scored.labels : Array.from(scored.values)
      });
    }
    setRoute("other");
    throw new RequestError(404, `no such endpoint: ${method} ${path}`);
  }
  async function handle(request) {
    const start = clock();
    metrics.inFlight.add(1);
    let routeName = "other";
    let response;
    try {
      response = await route(request, new URL(request.url).pathname, (r) => {
        routeName = r;
      });
    } catch (e) {
      if (e instanceof RequestError) response = errorResponse(e.status, e.message);
      else response = errorResponse(500, `internal error: ${e.message ?? String(e)}`);
    } finally {
      metrics.inFlight.add(-1);
    }
    metrics.requests.inc({ route: routeName, code: String(response.status) });
    metrics.latency.observe((clock() - start) / 1e3, { route: routeName });
    return response;
  }
  return {
    metrics,
    drain() {
      draining = true;
    },
    handle,
    fetch: async (request) => toResponse(await handle(request))
  };
}
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new RequestError(400, `the path segment '${segment}' is not valid percent-encoding`);
  }
}

// src/core/serve/model.ts
init_esm_dirname();
var DATATYPE = {
  string: "BYTES",
  float: "FP64",
  int: "INT64",
  bool: "BOOL"
};
var KEEP_FLOATS = 1 << 20;
var MAX_BATCH_ROWS = 4096;
var ServedModel = class {
  constructor(identity, manifest, dir, scorer, gather) {
    this.identity = identity;
    this.manifest = manifest;
    this.dir = dir;
    this.scorer = scorer;
    this.gather = gather;
    this.task = manifest.task;
    this.features = manifest.features.map((f) => ({
      name: f.name,
      type: f.type,
      datatype: DATATYPE[f.type]
    }));
    this.classes = manifest.classes ?? [];
    this.encoder = compileEncoder(manifest.preprocessing);
    if (this.task === "classification") checkClassOutputs({ dir }, this.classes, scorer.outputs);
  }
  identity;
  manifest;
  dir;
  scorer;
  gather;
  features;
  classes;
  task;
  encoder;
  kept;
  waiting = [];
  busy = false;
  /**
   * Scores `rows` rows whose feature values `column` gives (already checked against the features).
   * Requests that arrive while the model is busy wait and are then scored together in one call
   * (up to MAX_BATCH_ROWS rows), so under load the fixed cost of a forward pass is shared; an idle
   * server scores a request at once. A row's numbers do not depend on the rows scored beside it
   * (each output row is computed from its own input row), which the tests hold bit for bit.
   */
  score(column, rows) {
    return new Promise((resolve2, reject) => {
      this.waiting.push({ column, rows, resolve: resolve2, reject });
      if (!this.busy) void this.run();
    });
  }
  async run() {
    this.busy = true;
    try {
      while (this.waiting.length) {
        if (this.gather) await this.gather();
        const batch = [];
        let total = 0;
        while (this.waiting.length && (batch.length === 0 || total + this.waiting[0].rows <= MAX_BATCH_ROWS)) {
          const next = this.waiting.shift();
          batch.push(next);
          total += next.rows;
        }
        await this.scoreBatch(batch, total);
      }
    } finally {
      this.busy = false;
    }
  }
  async scoreBatch(batch, total) {
    const width = this.encoder.width;
    const buffer = this.take(total * width);
    const encoded = [];
    let offset = 0;
    for (const p of batch) {
      try {
        this.encoder.encode(p.column, p.rows, buffer.subarray(offset * width));
        encoded.push(p);
        offset += p.rows;
      } catch (e) {
        p.reject(e);
      }
    }
    if (!encoded.length) return;
    let raw;
    try {
      raw = await scoreEncoded(this.scorer, buffer, offset, width);
    } catch (e) {
      for (const p of encoded) p.reject(e);
      return;
    }
    const k = this.scorer.outputs;
    let row = 0;
    for (const p of encoded) {
      p.resolve(this.result(encoded.length === 1 ? raw : raw.slice(row * k, (row + p.rows) * k), p.rows));
      row += p.rows;
    }
  }
  result(raw, rows) {
    if (this.task === "classification") {
      const k = this.classes.length;
      const labels = new Array(rows);
      for (let i = 0; i < rows; i++) labels[i] = this.classes[argmaxClass(raw, i, k)];
      return { task: "classification", rows, labels, proba: raw };
    }
    const target = this.manifest.preprocessing.target;
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = regressionValue(raw[i], target);
    return { task: "regression", rows, values };
  }
  dispose() {
    this.scorer.dispose();
  }
  take(floats) {
    if (this.kept && this.kept.length >= floats) return this.kept;
    const buffer = new Float32Array(Math.max(floats, 64));
    if (buffer.length <= KEEP_FLOATS) this.kept = buffer;
    return buffer;
  }
};

// src/runtime/http-listener.ts
init_esm_dirname();
import { createServer } from "node:http";
var NodeRequest = class {
  constructor(method, url, raw, body) {
    this.method = method;
    this.url = url;
    this.body = body;
    this.headers = {
      get(name) {
        const v = raw[name.toLowerCase()];
        return v === void 0 ? null : Array.isArray(v) ? v.join(", ") : v;
      }
    };
  }
  method;
  url;
  body;
  headers;
  async arrayBuffer() {
    const b = this.body;
    if (!b) return new ArrayBuffer(0);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  }
};
function tooLarge(res, bytes, limit) {
  const body = JSON.stringify({
    error: `the request body is ${bytes} bytes, more than the ${limit} this server accepts`
  });
  res.writeHead(413, { "content-type": "application/json", connection: "close" });
  res.end(body, () => res.socket?.destroy());
}
function readBody(req, limit) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve2("too-large");
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve2(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}
async function listen(handler, opts) {
  let inFlight = 0;
  let draining = false;
  let idle;
  let origin = "";
  async function serve(req, res) {
    const declared = req.headers["content-length"];
    if (declared !== void 0 && Number(declared) > opts.maxBodyBytes) {
      tooLarge(res, declared, opts.maxBodyBytes);
      return;
    }
    const method = req.method ?? "GET";
    let body;
    if (method !== "GET" && method !== "HEAD") {
      const read = await readBody(req, opts.maxBodyBytes);
      if (read === "too-large") {
        tooLarge(res, `over ${opts.maxBodyBytes}`, opts.maxBodyBytes);
        return;
      }
      body = read;
    }
    const reply = await handler(new NodeRequest(method, origin + (req.url ?? "/"), req.headers, body));
    const headers = reply.headers;
    if (draining) headers.connection = "close";
    if (reply.body !== null) headers["content-length"] = String(Buffer.byteLength(reply.body));
    res.writeHead(reply.status, headers);
    res.end(method === "HEAD" || reply.body === null ? void 0 : reply.body);
  }
  const server = createServer((req, res) => {
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    serve(req, res).catch((e) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `internal error: ${e.message ?? String(e)}` }));
    });
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve2();
    });
  });
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  return {
    url: origin,
    port: address.port,
    inFlight: () => inFlight,
    async close(graceMs = 1e4) {
      draining = true;
      const closed = new Promise((resolve2) => server.close(() => resolve2()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer;
        await Promise.race([
          new Promise((resolve2) => {
            idle = resolve2;
          }),
          new Promise((resolve2) => {
            timer = setTimeout(resolve2, graceMs);
          })
        ]);
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
    }
  };
}

// src/runtime/inference-log.ts
init_esm_dirname();
import { mkdir, open } from "node:fs/promises";
import { join } from "node:path";

// src/core/serve/log-records.ts
init_esm_dirname();
function inferenceLogLines(batch, identity, classes, keep) {
  const { scored } = batch;
  const names = [...batch.columns.keys()];
  const cols = names.map((n) => batch.columns.get(n));
  let text = "";
  let rows = 0;
  const k = classes.length;
  for (let i = 0; i < scored.rows; i++) {
    if (!keep(i)) continue;
    const record = {};
    for (let j = 0; j < names.length; j++) record[names[j]] = cols[j][i] ?? null;
    record[INFERENCE_LOG_FIELDS.schema] = INFERENCE_LOG_SCHEMA;
    record[INFERENCE_LOG_FIELDS.time] = batch.time;
    record[INFERENCE_LOG_FIELDS.requestId] = batch.requestId;
    record[INFERENCE_LOG_FIELDS.row] = i;
    record[INFERENCE_LOG_FIELDS.model] = identity.name;
    if (identity.version !== void 0) record[INFERENCE_LOG_FIELDS.version] = identity.version;
    record[INFERENCE_LOG_FIELDS.digest] = identity.digest;
    if (scored.task === "classification") {
      record[INFERENCE_LOG_FIELDS.prediction] = scored.labels[i];
      const p = {};
      for (let c = 0; c < k; c++) p[classes[c]] = scored.proba[i * k + c];
      record[INFERENCE_LOG_FIELDS.probabilities] = p;
    } else {
      record[INFERENCE_LOG_FIELDS.prediction] = scored.values[i];
    }
    text += `${JSON.stringify(record)}
`;
    rows++;
  }
  return { text, rows };
}

// src/runtime/inference-log.ts
function fileStamp(d) {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}
var InferenceLogWriter = class {
  constructor(opts) {
    this.opts = opts;
    this.maxQueuedRows = opts.maxQueuedRows ?? 1e5;
    this.random = opts.random ?? Math.random;
    this.now = opts.now ?? (() => /* @__PURE__ */ new Date());
  }
  opts;
  queue = [];
  queuedRows = 0;
  file;
  fileBytes = 0;
  seq = 0;
  running;
  closed = false;
  failure;
  maxQueuedRows;
  random;
  now;
  /** The error that stopped the writer, if one did (the server keeps serving without a log). */
  get error() {
    return this.failure;
  }
  offer(batch) {
    if (this.closed || this.failure || this.queuedRows + batch.scored.rows > this.maxQueuedRows) {
      this.opts.metrics.logDropped.inc({}, batch.scored.rows);
      return;
    }
    this.queue.push(batch);
    this.queuedRows += batch.scored.rows;
    this.running ??= new Promise((resolve2) => setImmediate(resolve2)).then(() => this.drain());
  }
  /** Resolves once everything queued before the call is written. */
  async flush() {
    while (this.running) await this.running;
  }
  async close() {
    this.closed = true;
    await this.flush();
    await this.file?.close();
    this.file = void 0;
  }
  async drain() {
    try {
      while (this.queue.length) {
        const batches = this.queue;
        this.queue = [];
        this.queuedRows = 0;
        let text = "";
        let rows = 0;
        const rate = this.opts.sampleRate;
        const keep = rate >= 1 ? () => true : () => this.random() < rate;
        for (const b of batches) {
          const lines = inferenceLogLines(b, this.opts.identity, this.opts.classes, keep);
          text += lines.text;
          rows += lines.rows;
        }
        if (rows) await this.write(text, rows);
      }
    } catch (e) {
      this.failure = e;
      for (const b of this.queue) this.opts.metrics.logDropped.inc({}, b.scored.rows);
      this.queue = [];
      this.queuedRows = 0;
    } finally {
      this.running = void 0;
    }
  }
  async write(text, rows) {
    const bytes = Buffer.byteLength(text);
    if (this.file && this.fileBytes > 0 && this.fileBytes + bytes > this.opts.rotateBytes) {
      await this.file.close();
      this.file = void 0;
    }
    if (!this.file) await this.openNext();
    await this.file.write(text);
    this.fileBytes += bytes;
    this.opts.metrics.logWritten.inc({}, rows);
  }
  /** Opens the next file; `wx` refuses a name another process (or an earlier run this second) took. */
  async openNext() {
    await mkdir(this.opts.dir, { recursive: true });
    const stamp = fileStamp(this.now());
    for (; ; ) {
      const name = `inference-${stamp}-${String(this.seq).padStart(4, "0")}.jsonl`;
      this.seq++;
      try {
        this.file = await open(join(this.opts.dir, name), "wx");
        this.fileBytes = 0;
        return;
      } catch (e) {
        if (e.code !== "EEXIST" || this.seq > 9999) throw e;
      }
    }
  }
};

// src/commands/serve.ts
async function resolveModel(text, registry, logger, version) {
  const asDir = resolve(text);
  const isDir = await stat(asDir).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (isDir) {
    const { digest } = await hashBundleDir(asDir);
    return { dir: asDir, digest, ...version === void 0 ? {} : { version }, release: async () => {
    } };
  }
  if (!/[@#]/.test(text) || !registry) {
    throw new MlgateError(`--model '${text}' is neither a bundle directory nor a registry reference`, {
      hint: "pass the model directory `mlgate train` wrote, or a reference such as penguins#prod or penguins@v1.2.0"
    });
  }
  const reg = registry();
  const record = await resolveRef(reg, text);
  const tmp = await mkdtemp(join2(tmpdir(), "mlgate-serve-"));
  const dir = join2(tmp, `${record.name}-v${record.version}`);
  try {
    await reg.pull(record, dir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  if (version !== void 0 && version !== record.version) {
    throw new MlgateError(`--model ${text} is ${record.tag}, not version ${version} (--model-version)`, {
      hint: "--model-version names the version of a bundle directory; a registry reference brings its own"
    });
  }
  logger.info(`${text} is ${record.tag} (${record.digest}), pulled from ${reg.location}`);
  return {
    dir,
    version: record.version,
    digest: record.digest,
    release: () => rm(tmp, { recursive: true, force: true })
  };
}
async function startServe(loaded, inputs, ports) {
  const settings = loaded?.config.serve ?? serveSection.parse({});
  const sampleRate = inputs.sampleRate ?? settings.sample_rate;
  if (!(sampleRate >= 0 && sampleRate <= 1)) {
    throw new MlgateError(`--sample-rate must be between 0 and 1, got ${sampleRate}`);
  }
  if (!Number.isInteger(inputs.port) || inputs.port < 0 || inputs.port > 65535) {
    throw new MlgateError(`--port must be an integer from 0 to 65535, got ${inputs.port}`);
  }
  const logDir = inputs.inferenceLog !== void 0 ? resolve(inputs.inferenceLog) : settings.inference_log !== void 0 ? resolve(loaded?.dir ?? ".", settings.inference_log) : void 0;
  const stateFile = inputs.stateFile === void 0 ? void 0 : resolve(inputs.stateFile);
  if (inputs.modelVersion !== void 0 && !parseSemver(inputs.modelVersion)) {
    throw new MlgateError(`--model-version ${inputs.modelVersion} is not a semantic version`, {
      hint: "pass the registry version the bundle is, such as 1.2.0"
    });
  }
  const source = await resolveModel(inputs.model, ports.registry, ports.logger, inputs.modelVersion);
  let model;
  try {
    const bundle = await loadModelBundle(source.dir);
    model = new ServedModel(
      {
        name: bundle.manifest.name,
        ...source.version === void 0 ? {} : { version: source.version },
        digest: source.digest
      },
      bundle.manifest,
      source.dir,
      bundle.scorer,
      // Requests read in the same turn of the event loop are scored in one forward pass.
      () => new Promise((r) => setImmediate(r))
    );
  } catch (e) {
    await source.release();
    throw e;
  }
  const served = model;
  const metrics = new ServeMetrics(served);
  const log = logDir ? new InferenceLogWriter({
    dir: logDir,
    identity: served.identity,
    classes: served.classes,
    sampleRate,
    rotateBytes: settings.rotate_bytes,
    metrics
  }) : void 0;
  const handler = createHandler({
    model: served,
    serverVersion: VERSION,
    maxBodyBytes: settings.max_body_bytes,
    maxRows: settings.max_rows,
    metrics,
    ...log ? { log } : {}
  });
  let listener;
  try {
    listener = await listen(handler.handle, {
      host: inputs.host,
      port: inputs.port,
      maxBodyBytes: settings.max_body_bytes
    });
  } catch (e) {
    served.dispose();
    await source.release();
    const code = e.code;
    throw new MlgateError(
      `cannot listen on ${inputs.host}:${inputs.port} (${code ?? e.message})`,
      {
        hint: code === "EADDRINUSE" ? "another process holds the port; pick another --port, or --port 0 for a free one" : void 0
      }
    );
  }
  const state = {
    url: listener.url,
    pid: process.pid,
    model: served.identity.name,
    version: served.identity.version ?? null,
    digest: served.identity.digest,
    started_at: (/* @__PURE__ */ new Date()).toISOString()
  };
  if (stateFile) await writeOutputs({ [stateFile]: toJson(state) });
  ports.logger.info(
    `serving ${state.model}${state.version ? ` v${state.version}` : ""} (${state.digest}) from ${source.dir}` + (logDir ? `; inference log in ${logDir} (sample rate ${sampleRate})` : "")
  );
  let stopping;
  return {
    state,
    handler,
    stop() {
      stopping ??= (async () => {
        handler.drain();
        await listener.close();
        await log?.close();
        if (log?.error) ports.logger.warn(`the inference log stopped: ${log.error.message}`);
        served.dispose();
        if (stateFile) await rm(stateFile, { force: true });
        await source.release();
      })();
      return stopping;
    }
  };
}
export {
  startServe
};
