import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/deploy/verify.ts
init_esm_dirname();
var FEATURE_DATATYPE = {
  string: "BYTES",
  bool: "BOOL",
  int: "INT64",
  float: "FP64"
};
var MAX_LISTED = 5;
var VALUE_TOLERANCE = 1e-9;
async function verifyServed(url, record, opts) {
  const checks = [];
  const base = url.replace(/\/+$/, "");
  const ready = await waitReady(base, opts);
  checks.push(ready);
  if (!ready.ok) return done(checks);
  checks.push(await checkMetadata(base, record, opts));
  checks.push(await checkGolden(base, record, opts));
  return done(checks);
}
function done(checks) {
  const problems = checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
  return { ok: problems.length === 0, checks, problems };
}
var sleepDefault = (ms) => new Promise((r) => setTimeout(r, ms));
async function request(opts, url, init = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.requestTimeoutMs ?? 1e4);
  try {
    const res = await opts.fetch(url, {
      ...init,
      headers: init.body ? { "content-type": "application/json" } : {},
      signal: controller.signal
    });
    return { status: res.status, text: await res.text() };
  } finally {
    clearTimeout(timer);
  }
}
async function waitReady(base, opts) {
  const sleep = opts.sleep ?? sleepDefault;
  const now = opts.now ?? Date.now;
  const deadline = now() + (opts.readyTimeoutMs ?? 3e4);
  let wait = opts.backoffMs ?? 100;
  let attempts = 0;
  let last = "";
  for (; ; ) {
    attempts++;
    try {
      const r = await request(opts, `${base}/v2/health/ready`);
      if (r.status === 200) return { name: "ready", ok: true, detail: `ready after ${attempts} probe(s)` };
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message || String(e);
    }
    if (now() + wait > deadline) break;
    await sleep(wait);
    wait = Math.min(wait * 2, opts.maxBackoffMs ?? 2e3);
  }
  return {
    name: "ready",
    ok: false,
    detail: `GET ${base}/v2/health/ready did not answer 200 in ${attempts} probes (last: ${last})`
  };
}
async function getJson(opts, url, init) {
  let r;
  try {
    r = await request(opts, url, init);
  } catch (e) {
    return { problem: `${init?.method ?? "GET"} ${url} failed: ${e.message}` };
  }
  if (r.status !== 200) {
    return { problem: `${init?.method ?? "GET"} ${url} answered HTTP ${r.status}: ${r.text.slice(0, 300)}` };
  }
  try {
    return { json: JSON.parse(r.text) };
  } catch {
    return { problem: `${init?.method ?? "GET"} ${url} answered 200 with a body that is not JSON` };
  }
}
async function checkMetadata(base, record, opts) {
  const url = `${base}/v2/models/${encodeURIComponent(record.name)}`;
  const { json, problem } = await getJson(opts, url);
  if (problem) return { name: "metadata", ok: false, detail: problem };
  const meta = json;
  const problems = [];
  if (meta.name !== record.name) {
    problems.push(`model name is ${JSON.stringify(meta.name)}, registered ${JSON.stringify(record.name)}`);
  }
  const inputs = Array.isArray(meta.inputs) ? meta.inputs : void 0;
  if (!inputs) {
    problems.push("the metadata has no inputs array");
  } else {
    const byName = new Map(inputs.map((i) => [String(i.name), i]));
    for (const f of record.features) {
      const input = byName.get(f.name);
      const expected = FEATURE_DATATYPE[f.type] ?? "FP64";
      if (!input) problems.push(`input '${f.name}' (${expected}) is missing`);
      else if (input.datatype !== expected) {
        problems.push(
          `input '${f.name}' has datatype ${String(input.datatype)}, registered ${f.type} \u2192 ${expected}`
        );
      }
    }
    const registered = new Set(record.features.map((f) => f.name));
    const extra = inputs.map((i) => String(i.name)).filter((n) => !registered.has(n));
    if (extra.length) problems.push(`inputs not registered: ${extra.join(", ")}`);
  }
  return problems.length ? { name: "metadata", ok: false, detail: problems.join("; ") } : {
    name: "metadata",
    ok: true,
    detail: `${record.features.length} inputs match the registered features`
  };
}
function goldenRequest(record) {
  const golden = record.golden;
  if (!golden) return void 0;
  const n = golden.rows.length;
  return {
    id: `mlgate-verify-${record.version}`,
    inputs: record.features.map((f) => ({
      name: f.name,
      shape: [n],
      datatype: FEATURE_DATATYPE[f.type] ?? "FP64",
      data: golden.rows.map((r) => r[f.name])
    }))
  };
}
async function checkGolden(base, record, opts) {
  const body = goldenRequest(record);
  if (!body || !record.golden) {
    return {
      name: "golden",
      ok: true,
      detail: `${record.tag} has no golden rows (registered without them): no smoke inference`
    };
  }
  const url = `${base}/v2/models/${encodeURIComponent(record.name)}/infer`;
  const { json, problem } = await getJson(opts, url, { method: "POST", body: JSON.stringify(body) });
  if (problem) return { name: "golden", ok: false, detail: problem };
  const outputs = json.outputs;
  if (!Array.isArray(outputs))
    return { name: "golden", ok: false, detail: "the infer response has no outputs array" };
  const output = (name) => outputs.find(
    (o) => o.name === name
  );
  const expected = record.golden.predictions;
  const n = expected.length;
  const diffs = [];
  let count = 0;
  const differ = (text) => {
    count++;
    if (diffs.length < MAX_LISTED) diffs.push(text);
  };
  if (record.task === "classification") {
    const label = output("label");
    const proba = output("probabilities");
    const labels = Array.isArray(label?.data) ? label.data : void 0;
    const probs = Array.isArray(proba?.data) ? proba.data.flat(2) : void 0;
    if (!labels) return { name: "golden", ok: false, detail: "the infer response has no 'label' output" };
    if (labels.length !== n) differ(`${labels.length} labels for ${n} rows`);
    const classes = record.classes ?? [];
    const served = proba?.parameters?.classes;
    if (typeof served === "string" && served !== JSON.stringify(classes)) {
      differ(`class order ${served}, registered ${JSON.stringify(classes)}`);
    }
    const k = classes.length;
    if (probs && probs.length !== n * k) differ(`${probs.length} probabilities for ${n} rows \xD7 ${k} classes`);
    for (let i = 0; i < n; i++) {
      const want = expected[i];
      if (labels[i] !== want.label) {
        differ(`row ${i}: label ${JSON.stringify(labels[i])}, registered ${JSON.stringify(want.label)}`);
      }
      if (!probs) continue;
      for (let j = 0; j < k; j++) {
        const got = probs[i * k + j];
        if (typeof got !== "number" || Math.fround(got) !== Math.fround(want.proba[j])) {
          differ(`row ${i}: P(${classes[j]}) ${String(got)}, registered ${want.proba[j]}`);
        }
      }
    }
    if (!probs) differ("no 'probabilities' output");
  } else {
    const value = output("value");
    const values = Array.isArray(value?.data) ? value.data.flat(2) : void 0;
    if (!values) return { name: "golden", ok: false, detail: "the infer response has no 'value' output" };
    if (values.length !== n) differ(`${values.length} values for ${n} rows`);
    for (let i = 0; i < n; i++) {
      const want = expected[i].value;
      const got = values[i];
      if (typeof got !== "number" || Math.abs(got - want) > VALUE_TOLERANCE * Math.max(1, Math.abs(want))) {
        differ(`row ${i}: value ${String(got)}, registered ${want}`);
      }
    }
  }
  if (count === 0) {
    return { name: "golden", ok: true, detail: `${n} golden rows give the registered predictions` };
  }
  const more = count > diffs.length ? `; and ${count - diffs.length} more` : "";
  return {
    name: "golden",
    ok: false,
    detail: `${count} difference(s) from the registered predictions on ${n} golden rows: ${diffs.join("; ")}${more}`
  };
}
export {
  FEATURE_DATATYPE,
  goldenRequest,
  verifyServed
};
