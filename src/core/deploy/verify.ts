import type { VersionRecord } from "../contracts/version.js";

/**
 * Verification of a served version over OIP v2 REST, before it takes traffic: the server is ready,
 * it describes the registered model (feature names and datatypes), and it answers the golden rows
 * stored at registration with the registered predictions. Every problem says what was expected
 * and what came back.
 *
 * Probabilities are compared as float32 values, bit for bit (`Math.fround(a) === Math.fround(b)`):
 * the model computes them in float32, mlgate's server sends those float32 values unchanged
 * (printed as doubles), and a server that prints them in float32's shortest form (Python, C++)
 * parses back to the same float32. Any other difference is a different model or preprocessing.
 * Regression values are computed in double from the float32 output (scaled back by the target's
 * mean and std), so they are compared within a relative 1e-9.
 */

export type Fetch = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

export interface VerifyOptions {
  fetch: Fetch;
  sleep?: (ms: number) => Promise<void>;
  /** How long the server may take to become ready (it may still be loading the model). */
  readyTimeoutMs?: number;
  /** First wait between readiness probes; doubles up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Per-request timeout. */
  requestTimeoutMs?: number;
  now?: () => number;
}

export interface VerifyCheck {
  name: "ready" | "metadata" | "golden";
  ok: boolean;
  detail: string;
}

export interface Verification {
  ok: boolean;
  checks: VerifyCheck[];
  /** Every problem found, each naming what differed. */
  problems: string[];
}

/** The OIP v2 datatype a feature of each type is served as. */
export const FEATURE_DATATYPE: Record<string, string> = {
  string: "BYTES",
  bool: "BOOL",
  int: "INT64",
  float: "FP64",
};

/** At most this many differing values are listed; the count says how many there were. */
const MAX_LISTED = 5;
const VALUE_TOLERANCE = 1e-9;

export async function verifyServed(
  url: string,
  record: VersionRecord,
  opts: VerifyOptions,
): Promise<Verification> {
  const checks: VerifyCheck[] = [];
  const base = url.replace(/\/+$/, "");
  const ready = await waitReady(base, opts);
  checks.push(ready);
  if (!ready.ok) return done(checks);
  checks.push(await checkMetadata(base, record, opts));
  checks.push(await checkGolden(base, record, opts));
  return done(checks);
}

function done(checks: VerifyCheck[]): Verification {
  const problems = checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
  return { ok: problems.length === 0, checks, problems };
}

const sleepDefault = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function request(
  opts: VerifyOptions,
  url: string,
  init: { method?: string; body?: string } = {},
): Promise<{ status: number; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.requestTimeoutMs ?? 10_000);
  try {
    const res = await opts.fetch(url, {
      ...init,
      headers: init.body ? { "content-type": "application/json" } : {},
      signal: controller.signal,
    });
    return { status: res.status, text: await res.text() };
  } finally {
    clearTimeout(timer);
  }
}

async function waitReady(base: string, opts: VerifyOptions): Promise<VerifyCheck> {
  const sleep = opts.sleep ?? sleepDefault;
  const now = opts.now ?? Date.now;
  const deadline = now() + (opts.readyTimeoutMs ?? 30_000);
  let wait = opts.backoffMs ?? 100;
  let attempts = 0;
  let last = "";
  for (;;) {
    attempts++;
    try {
      const r = await request(opts, `${base}/v2/health/ready`);
      if (r.status === 200) return { name: "ready", ok: true, detail: `ready after ${attempts} probe(s)` };
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = (e as Error).message || String(e);
    }
    if (now() + wait > deadline) break;
    await sleep(wait);
    wait = Math.min(wait * 2, opts.maxBackoffMs ?? 2000);
  }
  return {
    name: "ready",
    ok: false,
    detail: `GET ${base}/v2/health/ready did not answer 200 in ${attempts} probes (last: ${last})`,
  };
}

async function getJson(
  opts: VerifyOptions,
  url: string,
  init?: { method?: string; body?: string },
): Promise<{ json?: unknown; problem?: string }> {
  let r: { status: number; text: string };
  try {
    r = await request(opts, url, init);
  } catch (e) {
    return { problem: `${init?.method ?? "GET"} ${url} failed: ${(e as Error).message}` };
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

async function checkMetadata(base: string, record: VersionRecord, opts: VerifyOptions): Promise<VerifyCheck> {
  const url = `${base}/v2/models/${encodeURIComponent(record.name)}`;
  const { json, problem } = await getJson(opts, url);
  if (problem) return { name: "metadata", ok: false, detail: problem };
  const meta = json as { name?: unknown; inputs?: unknown };
  const problems: string[] = [];
  if (meta.name !== record.name) {
    problems.push(`model name is ${JSON.stringify(meta.name)}, registered ${JSON.stringify(record.name)}`);
  }
  const inputs = Array.isArray(meta.inputs)
    ? (meta.inputs as { name?: unknown; datatype?: unknown }[])
    : undefined;
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
          `input '${f.name}' has datatype ${String(input.datatype)}, registered ${f.type} → ${expected}`,
        );
      }
    }
    const registered = new Set(record.features.map((f) => f.name));
    const extra = inputs.map((i) => String(i.name)).filter((n) => !registered.has(n));
    if (extra.length) problems.push(`inputs not registered: ${extra.join(", ")}`);
  }
  return problems.length
    ? { name: "metadata", ok: false, detail: problems.join("; ") }
    : {
        name: "metadata",
        ok: true,
        detail: `${record.features.length} inputs match the registered features`,
      };
}

/** The OIP v2 infer request for the golden rows: one [n] tensor per feature column. */
export function goldenRequest(record: VersionRecord): Record<string, unknown> | undefined {
  const golden = record.golden;
  if (!golden) return undefined;
  const n = golden.rows.length;
  return {
    id: `mlgate-verify-${record.version}`,
    inputs: record.features.map((f) => ({
      name: f.name,
      shape: [n],
      datatype: FEATURE_DATATYPE[f.type] ?? "FP64",
      data: golden.rows.map((r) => r[f.name]),
    })),
  };
}

async function checkGolden(base: string, record: VersionRecord, opts: VerifyOptions): Promise<VerifyCheck> {
  const body = goldenRequest(record);
  if (!body || !record.golden) {
    return {
      name: "golden",
      ok: true,
      detail: `${record.tag} has no golden rows (registered without them): no smoke inference`,
    };
  }
  const url = `${base}/v2/models/${encodeURIComponent(record.name)}/infer`;
  const { json, problem } = await getJson(opts, url, { method: "POST", body: JSON.stringify(body) });
  if (problem) return { name: "golden", ok: false, detail: problem };
  const outputs = (json as { outputs?: unknown }).outputs;
  if (!Array.isArray(outputs))
    return { name: "golden", ok: false, detail: "the infer response has no outputs array" };
  const output = (name: string) =>
    (outputs as { name?: unknown; data?: unknown; parameters?: Record<string, unknown> }[]).find(
      (o) => o.name === name,
    );
  const expected = record.golden.predictions;
  const n = expected.length;
  const diffs: string[] = [];
  let count = 0;
  const differ = (text: string) => {
    count++;
    if (diffs.length < MAX_LISTED) diffs.push(text);
  };
  if (record.task === "classification") {
    const label = output("label");
    const proba = output("probabilities");
    const labels = Array.isArray(label?.data) ? (label.data as unknown[]) : undefined;
    const probs = Array.isArray(proba?.data) ? (proba.data as unknown[]).flat(2) : undefined;
    if (!labels) return { name: "golden", ok: false, detail: "the infer response has no 'label' output" };
    if (labels.length !== n) differ(`${labels.length} labels for ${n} rows`);
    const classes = record.classes ?? [];
    const served = proba?.parameters?.classes;
    if (typeof served === "string" && served !== JSON.stringify(classes)) {
      differ(`class order ${served}, registered ${JSON.stringify(classes)}`);
    }
    const k = classes.length;
    if (probs && probs.length !== n * k) differ(`${probs.length} probabilities for ${n} rows × ${k} classes`);
    for (let i = 0; i < n; i++) {
      const want = expected[i] as { label: string; proba: number[] };
      if (labels[i] !== want.label) {
        differ(`row ${i}: label ${JSON.stringify(labels[i])}, registered ${JSON.stringify(want.label)}`);
      }
      if (!probs) continue;
      for (let j = 0; j < k; j++) {
        const got = probs[i * k + j];
        if (typeof got !== "number" || Math.fround(got) !== Math.fround(want.proba[j]!)) {
          differ(`row ${i}: P(${classes[j]}) ${String(got)}, registered ${want.proba[j]}`);
        }
      }
    }
    if (!probs) differ("no 'probabilities' output");
  } else {
    const value = output("value");
    const values = Array.isArray(value?.data) ? (value.data as unknown[]).flat(2) : undefined;
    if (!values) return { name: "golden", ok: false, detail: "the infer response has no 'value' output" };
    if (values.length !== n) differ(`${values.length} values for ${n} rows`);
    for (let i = 0; i < n; i++) {
      const want = (expected[i] as { value: number }).value;
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
    detail: `${count} difference(s) from the registered predictions on ${n} golden rows: ${diffs.join("; ")}${more}`,
  };
}
