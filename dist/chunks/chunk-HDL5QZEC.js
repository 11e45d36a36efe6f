import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  readManifest
} from "./chunk-OEO3WH64.js";
import {
  actorFrom,
  foldHistory,
  modelCard
} from "./chunk-RYEXQM2O.js";
import {
  bundleDigestOf,
  corruptBundleError,
  hashBundleDir,
  sha256Hex,
  writePulledBundle
} from "./chunk-5EU7FAAZ.js";
import {
  REGISTRY_NAME,
  compareSemver,
  formatTag,
  parseSemver,
  parseTag,
  registryEventSchema,
  versionRecordSchema
} from "./chunk-YGBQGAWD.js";
import {
  publishCheckRun
} from "./chunk-DEFAIO2G.js";
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  upsertStickyComment
} from "./chunk-3WSHO5UH.js";
import {
  AlreadyExistsError,
  apiBaseUrl,
  githubClient,
  githubError,
  isAlreadyExists,
  isRequestError,
  readActionsContext,
  tokenFrom,
  unlessNotFound
} from "./chunk-PDW6HMQT.js";
import {
  loadContractFile
} from "./chunk-6O7DFYOK.js";
import {
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  summary
} from "./chunk-EANIINQF.js";
import {
  deploySection
} from "./chunk-KZ2VNCYO.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import {
  silentLogger
} from "./chunk-I2J6S7FN.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/wiring.ts
init_esm_dirname();
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join9, resolve as resolve3 } from "node:path";
import { fileURLToPath } from "node:url";

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
  const sleep2 = opts.sleep ?? sleepDefault;
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
    await sleep2(wait);
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

// src/github/alerts.ts
init_esm_dirname();

// src/github/issues.ts
init_esm_dirname();
function toIssue(d) {
  return {
    number: d.number,
    title: d.title,
    body: d.body ?? null,
    state: d.state === "closed" ? "closed" : "open",
    labels: d.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    url: d.html_url
  };
}
async function listIssues(client, repo, opts = {}) {
  try {
    const all = await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: opts.state ?? "open",
      ...opts.labels?.length ? { labels: opts.labels.join(",") } : {},
      per_page: 100
    });
    return all.filter((i) => !i.pull_request).map(toIssue);
  } catch (e) {
    throw githubError("list issues", e);
  }
}
async function createIssue(client, repo, opts, retry = "auto") {
  try {
    const { data } = await client.rest.issues.create({
      ...repo,
      ...opts,
      ...retry === "once" ? { request: { retries: 0 } } : {}
    });
    return toIssue(data);
  } catch (e) {
    throw githubError(`open issue '${opts.title}'`, e);
  }
}
async function updateIssue(client, repo, issueNumber, opts) {
  try {
    const { data } = await client.rest.issues.update({ ...repo, issue_number: issueNumber, ...opts });
    return toIssue(data);
  } catch (e) {
    throw githubError(`update issue #${issueNumber}`, e);
  }
}
async function commentOnIssue(client, repo, issueNumber, body) {
  try {
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return data.html_url;
  } catch (e) {
    throw githubError(`comment on issue #${issueNumber}`, e);
  }
}

// src/github/alerts.ts
function githubAlerts(opts) {
  const { client, repo } = opts;
  const searchLabels = opts.labels?.length ? opts.labels : ["mlgate"];
  const logger = opts.logger ?? silentLogger;
  const marked = async (key, labels) => {
    const marker = commentMarker(key);
    const all = await listIssues(client, repo, { labels, state: "all" });
    return all.filter((i) => i.body === marker || i.body?.startsWith(`${marker}
`)).sort((a, b) => a.number - b.number);
  };
  const toRef2 = (key, issue, created) => ({
    url: issue.url,
    state: issue.state,
    body: stripMarker(key, issue.body ?? ""),
    created
  });
  const current = async (key, labels) => {
    const found = await marked(key, labels);
    const open = found.filter((i) => i.state === "open");
    for (const extra of open.slice(1)) {
      logger.warn(`closing #${extra.number}, a second open issue for ${key}`);
      await updateIssue(client, repo, extra.number, { state: "closed", state_reason: "duplicate" });
    }
    return open[0] ?? found.at(-1);
  };
  return {
    async raise(key, alert) {
      const body = `${commentMarker(key)}
${alert.body}`;
      if (body.length > COMMENT_BODY_LIMIT) {
        throw new MlgateError(
          `the issue body for ${key} is ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`,
          {
            hint: "the report layer fits the report to the limit; this is a bug if it happens"
          }
        );
      }
      const existing = await current(key, alert.labels);
      if (existing) {
        const reopen = existing.state === "closed";
        const issue = await updateIssue(client, repo, existing.number, {
          title: alert.title,
          body,
          ...reopen ? { state: "open", state_reason: "reopened" } : {}
        });
        if (reopen) logger.info(`reopened ${issue.url} (${key})`);
        return toRef2(key, issue, false);
      }
      for (let attempt = 1; ; attempt++) {
        try {
          const issue = await createIssue(
            client,
            repo,
            { title: alert.title, body, labels: alert.labels },
            "once"
          );
          return toRef2(key, issue, true);
        } catch (e) {
          const cause = e.cause ?? e;
          const transient = isRequestError(cause) && cause.status >= 500;
          if (!transient || attempt >= 4) throw e;
          const made = await current(key, alert.labels);
          if (made) {
            logger.info(`the create's answer was lost, but ${made.url} exists; using it`);
            return toRef2(key, made, true);
          }
          logger.warn(
            `creating the ${key} issue failed (HTTP ${cause.status}); trying again (${attempt} of 3)`
          );
        }
      }
    },
    async resolve(key, comment) {
      const existing = await current(key, searchLabels);
      if (!existing || existing.state === "closed") return void 0;
      await commentOnIssue(client, repo, existing.number, comment);
      const issue = await updateIssue(client, repo, existing.number, {
        state: "closed",
        state_reason: "completed"
      });
      return toRef2(key, issue, false);
    },
    async find(key) {
      const existing = await current(key, searchLabels);
      return existing && toRef2(key, existing, false);
    }
  };
}
function stripMarker(key, body) {
  const marker = commentMarker(key);
  return body.startsWith(`${marker}
`) ? body.slice(marker.length + 1) : body === marker ? "" : body;
}

// src/github/deploy-log.ts
init_esm_dirname();
import { randomUUID } from "node:crypto";

// src/github/deployments.ts
init_esm_dirname();
async function createDeployment(client, repo, opts) {
  try {
    const res = await client.rest.repos.createDeployment({
      ...repo,
      ref: opts.ref,
      environment: opts.environment,
      task: opts.task ?? "deploy",
      auto_merge: false,
      required_contexts: [],
      payload: opts.payload ?? {},
      ...opts.description !== void 0 ? { description: opts.description } : {},
      ...opts.transient !== void 0 ? { transient_environment: opts.transient } : {},
      ...opts.production !== void 0 ? { production_environment: opts.production } : {},
      ...opts.retries !== void 0 ? { request: { retries: opts.retries } } : {}
    });
    if (res.status !== 201 || !("id" in res.data)) {
      throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`);
    }
    return toDeployment(res.data);
  } catch (e) {
    throw githubError(`create a deployment of ${opts.ref} to ${opts.environment}`, e);
  }
}
async function createDeploymentStatus(client, repo, deploymentId, opts) {
  try {
    const { data } = await client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deploymentId,
      state: opts.state,
      ...opts.description !== void 0 ? { description: opts.description.slice(0, 140) } : {},
      ...opts.environmentUrl ? { environment_url: opts.environmentUrl } : {},
      ...opts.logUrl ? { log_url: opts.logUrl } : {},
      ...opts.autoInactive !== void 0 ? { auto_inactive: opts.autoInactive } : {}
    });
    return toStatus(data);
  } catch (e) {
    throw githubError(`set deployment ${deploymentId} to ${opts.state}`, e);
  }
}
async function listDeployments(client, repo, opts) {
  try {
    const all = await client.paginate(client.rest.repos.listDeployments, {
      ...repo,
      environment: opts.environment,
      ...opts.task ? { task: opts.task } : {},
      per_page: 100
    });
    return all.map(toDeployment);
  } catch (e) {
    throw githubError(`list the deployments to ${opts.environment}`, e);
  }
}
function toDeployment(d) {
  const payload = typeof d.payload === "object" && d.payload !== null ? d.payload : {};
  return {
    id: d.id,
    ref: d.ref,
    sha: d.sha,
    environment: d.environment,
    url: d.url,
    payload,
    createdAt: d.created_at
  };
}
async function listDeploymentStatuses(client, repo, deploymentId) {
  try {
    const all = await client.paginate(client.rest.repos.listDeploymentStatuses, {
      ...repo,
      deployment_id: deploymentId,
      per_page: 100
    });
    return all.map(toStatus);
  } catch (e) {
    throw githubError(`list the statuses of deployment ${deploymentId}`, e);
  }
}
function toStatus(d) {
  return {
    id: d.id,
    state: d.state,
    description: d.description,
    environmentUrl: d.environment_url || void 0,
    logUrl: d.log_url || void 0
  };
}

// src/github/deploy-log.ts
var DEPLOY_TASK = "deploy:mlgate";
var GitHubDeploymentLog = class {
  constructor(client, repo, opts) {
    this.client = client;
    this.repo = repo;
    this.opts = opts;
    this.location = `${opts.serverUrl ?? "https://github.com"}/${repo.owner}/${repo.repo}/deployments`;
  }
  client;
  repo;
  opts;
  location;
  byId = /* @__PURE__ */ new Map();
  async start(entry) {
    const payload = {
      name: entry.name,
      version: entry.version,
      digest: entry.digest,
      rollback: entry.rollback,
      ...entry.target ? { target: entry.target } : {},
      request: randomUUID()
    };
    const d = await this.createOnce(entry.environment, payload);
    this.byId.set(String(d.id), d);
    const created = { ...entry, id: String(d.id), state: "queued", createdAt: d.createdAt };
    await createDeploymentStatus(this.client, this.repo, d.id, {
      state: "queued",
      description: `${entry.rollback ? "rollback to" : "deploy"} ${entry.name}@v${entry.version}`
    });
    return created;
  }
  async createOnce(environment, payload) {
    const logger = this.opts.logger ?? silentLogger;
    const attempts = this.opts.attempts ?? 4;
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await createDeployment(this.client, this.repo, {
          ref: this.opts.ref,
          environment,
          task: DEPLOY_TASK,
          description: `${payload.name}@v${payload.version} (${payload.digest.slice(0, 19)})`,
          payload: { ...payload },
          production: environment === "production" || environment === "prod",
          retries: 0
        });
      } catch (e) {
        const cause = e.cause ?? e;
        if (isRequestError(cause) && cause.status < 500) throw e;
        lastError = e;
        const found = (await listDeployments(this.client, this.repo, { environment, task: DEPLOY_TASK })).find((d) => d.payload.request === payload.request);
        if (found) {
          logger.warn(
            `GitHub lost the answer to creating deployment ${found.id}; found it by its request id`
          );
          return found;
        }
        logger.warn(
          `creating the deployment failed (${e.message}); attempt ${attempt + 1} of ${attempts}`
        );
        await new Promise((r) => setTimeout(r, 50 * attempt * attempt));
      }
    }
    throw lastError;
  }
  async update(entry, state, detail = {}) {
    await createDeploymentStatus(this.client, this.repo, Number(entry.id), {
      state,
      ...detail.description ? { description: detail.description } : {},
      ...detail.environmentUrl ? { environmentUrl: detail.environmentUrl } : {},
      ...detail.logUrl ? { logUrl: detail.logUrl } : {},
      ...state === "success" ? { autoInactive: true } : {}
    });
    return {
      ...entry,
      state,
      ...detail.environmentUrl ? { url: detail.environmentUrl } : {},
      ...detail.description ? { description: detail.description } : {}
    };
  }
  async lastSuccessful(environment, exceptDigest) {
    for (const d of await listDeployments(this.client, this.repo, { environment, task: DEPLOY_TASK })) {
      const p = payloadOf(d);
      if (!p || p.digest === exceptDigest) continue;
      const statuses = await listDeploymentStatuses(this.client, this.repo, d.id);
      if (statuses.some((s) => s.state === "success")) return entryOf(d, p, statuses);
    }
    return void 0;
  }
  async history(environment) {
    const out = [];
    for (const d of await listDeployments(this.client, this.repo, { environment, task: DEPLOY_TASK })) {
      const p = payloadOf(d);
      if (!p) continue;
      out.push(entryOf(d, p, await listDeploymentStatuses(this.client, this.repo, d.id)));
    }
    return out.reverse();
  }
};
function payloadOf(d) {
  const p = d.payload;
  return typeof p.name === "string" && typeof p.version === "string" && typeof p.digest === "string" ? p : void 0;
}
function entryOf(d, p, statuses) {
  const latest = statuses[0];
  const url = statuses.find((s) => s.environmentUrl)?.environmentUrl;
  return {
    id: String(d.id),
    environment: d.environment,
    name: p.name,
    version: p.version,
    digest: p.digest,
    state: latest?.state ?? "queued",
    rollback: p.rollback === true,
    ...p.target ? { target: p.target } : {},
    ...url ? { url } : {},
    ...latest?.description ? { description: latest.description } : {},
    createdAt: d.createdAt
  };
}

// src/github/publisher.ts
init_esm_dirname();
var readOnlyToken = (e) => isRequestError(e, 403) && /not accessible by integration/i.test(String(e.message));
async function appendJobSummary(md) {
  await summary.addRaw(md, true).write();
}
function githubPublisher(opts) {
  const logger = opts.logger ?? silentLogger;
  const writeSummary = opts.writeSummary ?? appendJobSummary;
  const orFallback = async (what, post, local) => {
    try {
      return await post();
    } catch (e) {
      const cause = e.cause ?? e;
      if (!opts.fallback || !readOnlyToken(cause)) throw e;
      logger.warn(
        `the token cannot ${what} (read-only, as on a pull request from a fork); wrote the files instead \u2014 the workflow_run poster (\`mlgate publish\`) publishes them`
      );
      return local(opts.fallback);
    }
  };
  return {
    upsertComment(key, markdown) {
      return orFallback(
        "comment on the pull request",
        async () => {
          const r = await upsertStickyComment(
            opts.client,
            { ...opts.repo, issueNumber: opts.pullNumber },
            key,
            markdown,
            { logger, author: opts.author }
          );
          logger.info(`${r.action} comment ${r.url}`);
          return r.url;
        },
        (p) => p.upsertComment(key, markdown)
      );
    },
    summary(markdown) {
      return writeSummary(markdown);
    },
    check(check) {
      return orFallback(
        "create a check run",
        async () => {
          const r = await publishCheckRun(opts.client, { ...opts.repo, headSha: opts.headSha }, check, {
            detailsUrl: opts.detailsUrl
          });
          return r.url;
        },
        async (p) => p.check?.(check)
      );
    }
  };
}

// src/github/registry.ts
init_esm_dirname();
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// src/github/refs.ts
init_esm_dirname();
function shortRef(ref) {
  return ref.replace(/^refs\//, "");
}
function toTag(d) {
  return { tag: d.tag, sha: d.sha, message: d.message, target: d.object.sha, tagger: d.tagger };
}
function toRef(d) {
  return { ref: d.ref, sha: d.object.sha, type: d.object.type };
}
async function createRef(client, repo, ref, sha) {
  const full = ref.startsWith("refs/") ? ref : `refs/${ref}`;
  try {
    const { data } = await client.rest.git.createRef({ ...repo, ref: full, sha });
    return toRef(data);
  } catch (e) {
    if (isAlreadyExists(e)) throw new AlreadyExistsError(`ref ${full}`, e);
    throw githubError(`create ref ${full}`, e);
  }
}
function getRef(client, repo, ref) {
  return unlessNotFound(
    `read ref ${ref}`,
    async () => toRef((await client.rest.git.getRef({ ...repo, ref: shortRef(ref) })).data)
  );
}
async function listMatchingRefs(client, repo, prefix) {
  try {
    const all = await client.paginate(client.rest.git.listMatchingRefs, { ...repo, ref: shortRef(prefix) });
    return all.map(toRef);
  } catch (e) {
    throw githubError(`list refs matching ${prefix}`, e);
  }
}
async function createTagObject(client, repo, opts) {
  if (!/^[^\s~^:?*[\\]+$/.test(opts.tag) || opts.tag.includes("..") || opts.tag.endsWith(".lock")) {
    throw new MlgateError(`'${opts.tag}' is not a valid git tag name`, {
      hint: "no spaces, '..', '~', '^', ':', '?', '*', '[' or '\\'"
    });
  }
  try {
    const { data } = await client.rest.git.createTag({
      ...repo,
      tag: opts.tag,
      message: opts.message,
      object: opts.sha,
      type: "commit",
      ...opts.tagger ? { tagger: opts.tagger } : {}
    });
    return {
      tag: data.tag,
      sha: data.sha,
      message: data.message,
      target: data.object.sha,
      tagger: data.tagger
    };
  } catch (e) {
    throw githubError(`create tag object ${opts.tag}`, e);
  }
}
function getAnnotatedTag(client, repo, tagSha) {
  return unlessNotFound(
    `read tag object ${tagSha}`,
    async () => toTag((await client.rest.git.getTag({ ...repo, tag_sha: tagSha })).data)
  );
}

// src/github/releases.ts
init_esm_dirname();
var toAsset = (a) => ({
  id: a.id,
  name: a.name,
  size: a.size,
  digest: a.digest ?? null,
  url: a.url,
  downloadUrl: a.browser_download_url
});
function toRelease(d) {
  return {
    id: d.id,
    tag: d.tag_name,
    name: d.name,
    body: d.body ?? null,
    url: d.html_url,
    uploadUrl: d.upload_url,
    assets: d.assets.map(toAsset)
  };
}
async function createRelease(client, repo, opts) {
  try {
    const { data } = await client.rest.repos.createRelease({
      ...repo,
      tag_name: opts.tag,
      name: opts.name ?? opts.tag,
      body: opts.body ?? "",
      prerelease: opts.prerelease ?? false,
      draft: opts.draft ?? false
    });
    return toRelease(data);
  } catch (e) {
    if (isAlreadyExists(e)) throw new AlreadyExistsError(`release for tag ${opts.tag}`, e);
    throw githubError(`create release ${opts.tag}`, e);
  }
}
function getReleaseByTag(client, repo, tag) {
  return unlessNotFound(
    `read release ${tag}`,
    async () => toRelease((await client.rest.repos.getReleaseByTag({ ...repo, tag })).data)
  );
}
async function uploadReleaseAsset(client, release, asset) {
  try {
    const { data } = await client.request({
      method: "POST",
      url: release.uploadUrl,
      name: asset.name,
      ...asset.label ? { label: asset.label } : {},
      data: asset.data,
      headers: {
        "content-type": asset.contentType ?? "application/octet-stream",
        "content-length": asset.data.byteLength
      }
    });
    return toAsset(data);
  } catch (e) {
    if (isRequestError(e, 422))
      throw new AlreadyExistsError(`asset ${asset.name} on release ${release.tag}`, e);
    throw githubError(`upload ${asset.name} to release ${release.tag}`, e);
  }
}
async function listReleaseAssets(client, repo, releaseId) {
  try {
    const all = await client.paginate(client.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: releaseId,
      per_page: 100
    });
    return all.map(toAsset);
  } catch (e) {
    throw githubError(`list the assets of release ${releaseId}`, e);
  }
}
async function listReleases(client, repo, until = () => false) {
  const all = [];
  try {
    for await (const { data } of client.paginate.iterator(client.rest.repos.listReleases, {
      ...repo,
      per_page: 100
    })) {
      const page = data.map(toRelease);
      all.push(...page);
      if (until(page)) break;
    }
  } catch (e) {
    throw githubError("list releases", e);
  }
  return all;
}
async function downloadReleaseAsset(client, repo, asset) {
  try {
    const { data } = await client.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" }
    });
    return new Uint8Array(data);
  } catch (e) {
    throw githubError(`download release asset ${asset.name}`, e);
  }
}

// src/github/registry.ts
var GitHubRegistry = class {
  location;
  client;
  repo;
  commit;
  logger;
  constructor(opts) {
    this.client = opts.client;
    this.repo = opts.repo;
    this.commit = opts.commit;
    this.logger = opts.logger ?? silentLogger;
    this.location = `github:${opts.repo.owner}/${opts.repo.repo}`;
  }
  // --- reading -------------------------------------------------------------------------------
  /** The model tags under `tags/<name>` (every model's when no name), in one listing request. */
  async tags(name) {
    if (name !== void 0) checkName(name);
    const refs = await listMatchingRefs(this.client, this.repo, name ? `tags/${name}` : "tags/");
    const models = /* @__PURE__ */ new Map();
    for (const ref of refs) {
      const text = ref.ref.replace(/^refs\/tags\//, "");
      const tag = parseTag(text);
      if (!tag || name !== void 0 && tag.name !== name || !REGISTRY_NAME.test(tag.name)) continue;
      let m = models.get(tag.name);
      if (!m) {
        m = { versions: /* @__PURE__ */ new Map(), deprecated: /* @__PURE__ */ new Map(), assigns: [], highest: 0 };
        models.set(tag.name, m);
      }
      if (tag.action === "register") m.versions.set(tag.version, ref.sha);
      else if (tag.action === "deregister") m.deprecated.set(tag.version, { tag: text, sha: ref.sha });
      else if (tag.action === "assign" && tag.number !== void 0)
        m.assigns.push({ stage: tag.stage, number: tag.number, tag: text, sha: ref.sha });
      if ((tag.action === "assign" || tag.action === "unassign") && tag.number !== void 0)
        m.highest = Math.max(m.highest, tag.number);
    }
    return models;
  }
  /** The payload mlgate wrote into a tag message; undefined for a tag someone else made. */
  async payload(sha) {
    const tag = await getAnnotatedTag(this.client, this.repo, sha);
    if (!tag) return void 0;
    const payload = payloadOf2(tag.message);
    return payload ? { payload, target: tag.target } : void 0;
  }
  /** The record in a version tag's message: immutable, the tag object is content-addressed. */
  async recordAt(sha, tag) {
    const found = await this.payload(sha);
    if (found?.payload.mlgate !== "version")
      throw new MlgateError(`${tag} in ${this.location} carries no mlgate version record`, {
        hint: "the tag was not made by mlgate register; register the bundle with mlgate"
      });
    const record = versionRecordSchema.parse(found.payload.record);
    if (record.tag !== tag) throw new Error(`${tag}: its record is for ${record.tag}`);
    return { record, target: found.target };
  }
  /**
   * Every version of the models `tags` lists, with its record and its release. Records come
   * from the release bodies, read newest first and only until every version was seen; a
   * version without a release (an unfinished register) is read from its tag message.
   */
  async versionsOf(models) {
    const wanted = /* @__PURE__ */ new Map();
    for (const [name, m] of models)
      for (const [version, sha] of m.versions)
        wanted.set(formatTag({ action: "register", name, version }), { name, sha });
    const seen = /* @__PURE__ */ new Map();
    if (wanted.size > 0) {
      await listReleases(this.client, this.repo, (page) => {
        for (const release of page) {
          if (!wanted.has(release.tag) || seen.has(release.tag)) continue;
          const record = recordInBody(release.body, release.tag);
          if (record) seen.set(release.tag, { record, release });
        }
        return seen.size === wanted.size;
      });
    }
    const missing = [...wanted].filter(([tag]) => !seen.has(tag));
    await forEachLimit(missing, 8, async ([tag, { sha }]) => {
      const { record } = await this.recordAt(sha, tag);
      const release = await getReleaseByTag(this.client, this.repo, tag);
      seen.set(tag, { record, release });
    });
    const out = /* @__PURE__ */ new Map();
    for (const [tag, { name }] of wanted) {
      const list = out.get(name) ?? [];
      list.push(seen.get(tag));
      out.set(name, list);
    }
    for (const list of out.values()) list.sort((a, b) => bySemver(a.record, b.record));
    return out;
  }
  /** What each stage holds now: the version in its highest-numbered assignment's message. */
  async aliasesOf(m) {
    const latest = /* @__PURE__ */ new Map();
    for (const a of m.assigns) if ((latest.get(a.stage)?.number ?? 0) < a.number) latest.set(a.stage, a);
    const aliases = {};
    await forEachLimit([...latest.values()], 8, async (a) => {
      const found = await this.payload(a.sha);
      if (found?.payload.mlgate === "event" && found.payload.kind === "assign")
        aliases[a.stage] = String(found.payload.version);
      else this.logger.warn(`${a.tag} was not written by mlgate; its stage is left out`);
    });
    return Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a < b ? -1 : 1));
  }
  async list(name) {
    const models = await this.tags(name);
    const versions = await this.versionsOf(models);
    const out = [];
    for (const [n, m] of [...models].sort(([a], [b]) => a < b ? -1 : 1)) {
      const vs = versions.get(n);
      if (!vs?.length) continue;
      out.push({
        name: n,
        versions: vs.map((v) => v.record),
        aliases: await this.aliasesOf(m),
        deprecated: [...m.deprecated.keys()].sort((a, b) => compareSemver(parseSemver(a), parseSemver(b)))
      });
    }
    return out;
  }
  async resolve(ref) {
    checkName(ref.name);
    if ("version" in ref) {
      const tag = formatTag({ action: "register", name: ref.name, version: ref.version });
      const found = await getRef(this.client, this.repo, `tags/${tag}`);
      return found ? (await this.recordAt(found.sha, tag)).record : void 0;
    }
    const m = (await this.tags(ref.name)).get(ref.name);
    if (!m) return void 0;
    let version;
    if ("alias" in ref) version = (await this.aliasesOf(m))[ref.alias];
    else
      version = [...m.versions.keys()].filter((v) => !m.deprecated.has(v)).sort((a, b) => compareSemver(parseSemver(a), parseSemver(b))).at(-1);
    const sha = version === void 0 ? void 0 : m.versions.get(version);
    if (version === void 0 || sha === void 0) return void 0;
    return (await this.recordAt(sha, formatTag({ action: "register", name: ref.name, version }))).record;
  }
  /**
   * The model's events in order: assignments by their number, each deprecation after the
   * assignment numbers it saw when it was made; seq is the position in that order. Reads one
   * tag object per event.
   */
  async history(name) {
    return (await this.events(name)).map((e) => e.event);
  }
  /** The history with the tag each event is written in. */
  async events(name) {
    const m = (await this.tags(name)).get(name);
    if (!m) return [];
    const refs = [
      ...m.assigns.map((a) => ({ tag: a.tag, sha: a.sha, number: a.number })),
      ...[...m.deprecated.values()].map((d) => ({ tag: d.tag, sha: d.sha, number: void 0 }))
    ];
    const read = [];
    await forEachLimit(refs, 8, async (r) => {
      const found = await this.payload(r.sha);
      const p = found?.payload;
      if (p?.mlgate !== "event") {
        this.logger.warn(`${r.tag} was not written by mlgate; it is left out of the history`);
        return;
      }
      const event = {
        schema: "mlgate/registry-event@1",
        name,
        kind: p.kind,
        version: String(p.version),
        ...p.kind === "assign" ? { alias: String(p.alias), previous: p.previous ?? null } : {},
        actor: String(p.actor),
        at: String(p.at),
        why: String(p.why)
      };
      const key = r.number !== void 0 ? [r.number, 0, event.at, r.tag] : [Number(p.after ?? 0), 1, event.at, r.tag];
      read.push({ tag: r.tag, key, event });
    });
    read.sort((a, b) => {
      for (let i = 0; i < 4; i++) if (a.key[i] !== b.key[i]) return a.key[i] < b.key[i] ? -1 : 1;
      return 0;
    });
    const held = {};
    return read.map((r, i) => {
      const e = { ...r.event, seq: i + 1 };
      if (e.kind === "assign" && e.alias) {
        e.previous = held[e.alias] ?? null;
        held[e.alias] = e.version;
      }
      return { tag: r.tag, event: registryEventSchema.parse(e) };
    });
  }
  // --- writing -------------------------------------------------------------------------------
  async register(request2) {
    checkName(request2.name);
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS)
        throw new Error(`register ${request2.name}: no free version after ${attempt} tries`);
      const listed = (await this.versionsOf(await this.tags(request2.name))).get(request2.name) ?? [];
      const unfinished = listed.find(
        (v) => v.record.digest === request2.digest && missingAssets(v.record, v.release?.assets).length > 0
      );
      if (unfinished) {
        this.logger.info(`${unfinished.record.tag}: completing an unfinished registration of this bundle`);
        await this.publish(unfinished.record, request2, unfinished.release);
        return unfinished.record;
      }
      const record = versionRecordSchema.parse(request2.plan(listed.map((v) => v.record)));
      if (record.digest !== request2.digest || record.name !== request2.name) {
        throw new Error("register: the planned record does not describe the bundle");
      }
      if (attempt === 0) await readBundle(request2);
      const commit = record.lineage.git_commit ?? this.commit;
      if (!commit) {
        throw new MlgateError(`${record.tag}: no commit to tag`, {
          hint: "run in a workflow (GITHUB_SHA), or train from a git checkout so the bundle records its commit"
        });
      }
      const payload = { mlgate: "version", nonce: nonce(), record };
      if (await this.claim(
        record.tag,
        commit,
        `Registering ${record.name} version v${record.version} (${record.digest})`,
        payload
      )) {
        await this.publish(record, request2, void 0);
        return record;
      }
    }
  }
  /**
   * Creates tag `name` (object, then ref) unless another writer holds it. True when this writer
   * owns it, including when its own create went through but the answer was lost.
   */
  async claim(name, commit, summary2, payload) {
    const object = await createTagObject(this.client, this.repo, {
      tag: name,
      message: `${summary2}

${JSON.stringify(payload)}
`,
      sha: commit
    });
    try {
      await createRef(this.client, this.repo, `refs/tags/${name}`, object.sha);
      return true;
    } catch (e) {
      if (!(e instanceof AlreadyExistsError)) throw e;
      const held = await getRef(this.client, this.repo, `tags/${name}`);
      return held?.sha === object.sha;
    }
  }
  /** The release on the version tag with every asset: finishes whatever an earlier attempt left. */
  async publish(record, request2, known) {
    let release = known ?? await getReleaseByTag(this.client, this.repo, record.tag);
    if (!release) {
      try {
        release = await createRelease(this.client, this.repo, {
          tag: record.tag,
          name: `${record.name} v${record.version}`,
          body: releaseBody(record)
        });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
        release = await getReleaseByTag(this.client, this.repo, record.tag);
      }
    }
    const wanted = releaseAssets(record);
    const missing = missingAssets(record, release.assets);
    if (missing.length === 0) return;
    const bundle = await readBundle(request2);
    for (const name of missing) {
      const a = wanted.find((w) => w.name === name);
      const data = a.path === void 0 ? a.data : bundle.get(a.path);
      try {
        await uploadReleaseAsset(this.client, release, { name, data, contentType: a.contentType });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
        const there = (await listReleaseAssets(this.client, this.repo, release.id)).find(
          (x) => x.name === name
        );
        if (!there || a.path !== void 0 && !sameBytes(there, data)) {
          throw new MlgateError(
            `${record.tag}: release asset ${name} exists but is not the registered file`,
            {
              hint: "delete that asset from the release and run the register again to upload it"
            }
          );
        }
      }
    }
  }
  async assign(move) {
    return this.append(move.name, "assign", move.version, async (m, number) => {
      const previous = (await this.aliasesOf(m))[move.alias] ?? null;
      return {
        tag: formatTag({ action: "assign", name: move.name, stage: move.alias, number }),
        summary: `Assigning stage ${move.alias} to ${move.name} version v${move.version}`,
        payload: {
          mlgate: "event",
          nonce: nonce(),
          kind: "assign",
          alias: move.alias,
          version: move.version,
          previous,
          actor: move.actor,
          at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
          why: move.why
        }
      };
    });
  }
  async deprecate(move) {
    return this.append(move.name, "deprecate", move.version, async (_m, number) => ({
      tag: formatTag({ action: "deregister", name: move.name, version: move.version }),
      summary: `Deprecating ${move.name} version v${move.version}`,
      payload: {
        mlgate: "event",
        nonce: nonce(),
        kind: "deprecate",
        version: move.version,
        after: number - 1,
        actor: move.actor,
        at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
        why: move.why
      }
    }));
  }
  /** Claims the event's tag (the next assignment number; retried on a lost race). */
  async append(name, kind, version, build) {
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS) throw new Error(`${name}: no free history slot after ${attempt} tries`);
      const m = (await this.tags(name)).get(name);
      const sha = m?.versions.get(version);
      if (!m || !sha) {
        throw new MlgateError(`no version ${name}@v${version} in ${this.location}`, {
          hint: "`mlgate registry list` shows the versions"
        });
      }
      const next = m.highest + 1;
      const { tag, summary: summary2, payload } = await build(m, next);
      const { target } = await this.recordAt(sha, formatTag({ action: "register", name, version }));
      if (await this.claim(tag, target, summary2, payload)) {
        const written = (await this.events(name)).find((e) => e.tag === tag);
        if (!written) throw new Error(`${tag}: the event is not in the history it was written to`);
        return written.event;
      }
      if (kind === "deprecate") {
        throw new MlgateError(`${name}@v${version} is deprecated already`, { hint: "nothing to do" });
      }
    }
  }
  // --- pulling -------------------------------------------------------------------------------
  async pull(record, outDir) {
    const release = await getReleaseByTag(this.client, this.repo, record.tag);
    const names = new Set((release?.assets ?? []).map((a) => a.name));
    const missing = record.files.map((f) => assetName(record, f.path)).filter((n) => !names.has(n));
    if (!release || missing.length > 0) {
      throw new MlgateError(
        `${record.tag} in ${this.location} is unfinished: ${release ? `missing release assets ${missing.join(", ")}` : "it has no release"}`,
        { hint: "register the same bundle again: the registration is completed, not repeated" }
      );
    }
    const data = /* @__PURE__ */ new Map();
    await forEachLimit(record.files, 4, async (f) => {
      const asset = release.assets.find((a) => a.name === assetName(record, f.path));
      data.set(f.path, await downloadReleaseAsset(this.client, this.repo, asset));
    });
    const files = record.files.map((f) => ({ path: f.path, sha256: sha256Hex(data.get(f.path)) }));
    const digest = bundleDigestOf(files);
    if (digest !== record.digest) throw corruptBundleError(record, { files, digest }, release.url);
    await writePulledBundle(
      record,
      outDir,
      (path) => data.get(path),
      () => release.url
    );
    return { dir: outDir, digest };
  }
};
var MAX_ATTEMPTS = 1e4;
var nonce = () => randomBytes(8).toString("hex");
var bySemver = (a, b) => compareSemver(parseSemver(a.version), parseSemver(b.version));
function checkName(name) {
  if (!REGISTRY_NAME.test(name)) {
    throw new MlgateError(`'${name}' is not a model name`, {
      hint: "model names are lowercase letters, digits, '.', '_' or '-' (as model.name in mlgate.yml)"
    });
  }
}
function payloadOf2(message) {
  const i = message.indexOf("\n\n{");
  if (i < 0) return void 0;
  try {
    const p = JSON.parse(message.slice(i + 2));
    return typeof p?.mlgate === "string" ? p : void 0;
  } catch {
    return void 0;
  }
}
var BODY_MARK = "<!-- mlgate:version ";
function releaseBody(record) {
  const { profile: _profile, ...listed } = record;
  const json = JSON.stringify(listed).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  const comment = `${BODY_MARK}${json} -->
`;
  const card = modelCard(record).replace(/^---\n[\s\S]*?\n---\n/, "");
  for (const body of [`${card}
${comment}`, comment, card.slice(0, BODY_LIMIT)]) {
    if (body.length <= BODY_LIMIT) return body;
  }
  return "";
}
var BODY_LIMIT = 125e3;
function recordInBody(body, tag) {
  const i = body?.lastIndexOf(BODY_MARK) ?? -1;
  if (!body || i < 0) return void 0;
  const end = body.indexOf(" -->", i);
  try {
    const record = versionRecordSchema.parse(JSON.parse(body.slice(i + BODY_MARK.length, end)));
    return record.tag === tag ? record : void 0;
  } catch {
    return void 0;
  }
}
function assetName(record, path) {
  const i = record.files.findIndex((f) => f.path === path);
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/[^A-Za-z0-9._-]/g, "_");
  return `bundle.${i}.${base}`;
}
function releaseAssets(record) {
  const text = (name, s, contentType) => {
    const data = Buffer.from(s);
    return { name, data, bytes: data.byteLength, sha256: sha256Hex(data), contentType };
  };
  return [
    ...record.files.map((f) => ({
      name: assetName(record, f.path),
      path: f.path,
      bytes: f.bytes,
      sha256: f.sha256,
      contentType: "application/octet-stream"
    })),
    text("README.md", modelCard(record), "text/markdown"),
    text("version.json", toJson(record), "application/json")
  ];
}
function missingAssets(record, assets) {
  const there = new Map((assets ?? []).map((a) => [a.name, a]));
  return releaseAssets(record).filter((w) => {
    const a = there.get(w.name);
    if (!a) return true;
    if (w.path === void 0) return false;
    return a.size !== w.bytes || a.digest !== null && a.digest !== `sha256:${w.sha256}`;
  }).map((w) => w.name);
}
function sameBytes(asset, data) {
  return asset.size === data.byteLength && (asset.digest === null || asset.digest === `sha256:${sha256Hex(data)}`);
}
async function readBundle(request2) {
  const out = /* @__PURE__ */ new Map();
  for (const f of request2.files) {
    const file = join(request2.dir, f.path);
    const data = await readFile(file);
    if (sha256Hex(data) !== f.sha256) {
      throw new MlgateError(`${file} changed while it was being registered`, {
        location: { file },
        hint: "register the bundle once whatever writes it has finished"
      });
    }
    out.set(f.path, data);
  }
  return out;
}
async function forEachLimit(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function githubRegistryFromEnv(env = process.env, opts = {}) {
  const token = tokenFrom(env);
  if (!token) {
    throw new MlgateError("the github registry needs a token", {
      hint: "set GITHUB_TOKEN (in a workflow: `permissions: contents: write`), or use a directory registry"
    });
  }
  const { repo } = readActionsContext(env);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  return new GitHubRegistry({ client, repo, commit: env.GITHUB_SHA, logger: opts.logger });
}

// src/github/retrain.ts
init_esm_dirname();

// src/github/dispatch.ts
init_esm_dirname();
async function dispatchWorkflow(client, repo, opts) {
  try {
    const res = await client.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: opts.workflow,
      ref: opts.ref,
      ...opts.inputs ? { inputs: opts.inputs } : {},
      return_run_details: true,
      ...opts.retry === "once" ? { request: { retries: 0 } } : {}
    });
    const data = res.data;
    return data && typeof data === "object" ? { runId: data.workflow_run_id, url: data.html_url } : {};
  } catch (e) {
    throw githubError(`dispatch workflow ${opts.workflow} on ${opts.ref}`, e);
  }
}
async function listWorkflowRuns(client, repo, opts) {
  try {
    const { data } = await client.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: opts.workflow,
      ...opts.event ? { event: opts.event } : {},
      per_page: opts.perPage ?? 20
    });
    return data.workflow_runs.map((r) => ({
      id: r.id,
      status: r.status ?? "",
      conclusion: r.conclusion ?? null,
      createdAt: r.created_at,
      url: r.html_url
    }));
  } catch (e) {
    throw githubError(`list the runs of workflow ${opts.workflow}`, e);
  }
}
async function dispatchRepositoryEvent(client, repo, eventType, clientPayload = {}) {
  try {
    await client.rest.repos.createDispatchEvent({
      ...repo,
      event_type: eventType,
      client_payload: clientPayload
    });
  } catch (e) {
    throw githubError(`send repository_dispatch '${eventType}'`, e);
  }
}

// src/github/retrain.ts
var UNFINISHED = /* @__PURE__ */ new Set(["queued", "in_progress", "requested", "waiting", "pending", "action_required"]);
function githubDispatcher(opts) {
  const { client, repo, workflow, event } = opts;
  const logger = opts.logger ?? silentLogger;
  if (!workflow && !event) {
    throw new MlgateError("no retraining target", {
      hint: "set drift.retrain.workflow or drift.retrain.event in mlgate.yml"
    });
  }
  const newest = async () => {
    if (!workflow) return void 0;
    const [run] = await listWorkflowRuns(client, repo, { workflow, event: "workflow_dispatch", perPage: 10 });
    return run;
  };
  return {
    location: workflow ? `workflow ${workflow} in ${repo.owner}/${repo.repo}` : `repository_dispatch '${event}' to ${repo.owner}/${repo.repo}`,
    async last() {
      const run = await newest();
      return run && { at: run.createdAt, running: UNFINISHED.has(run.status), url: run.url };
    },
    async dispatch(key, request2) {
      const inputs = {
        reason: request2.reason.slice(0, 1e3),
        run_url: request2.links.run ?? "",
        report_url: request2.links.report ?? ""
      };
      if (!workflow) {
        await dispatchRepositoryEvent(client, repo, event, { ...inputs, key });
        return {};
      }
      const before = await newest();
      for (let attempt = 1; ; attempt++) {
        try {
          const started = await dispatchWorkflow(client, repo, {
            workflow,
            ref: opts.ref,
            inputs,
            retry: "once"
          });
          return started.url ? { url: started.url } : {};
        } catch (e) {
          const cause = e.cause ?? e;
          if (!(isRequestError(cause) && cause.status >= 500) || attempt >= 3) throw e;
          const after = await newest();
          if (after && after.id !== before?.id) {
            logger.info(`the dispatch's answer was lost, but it started ${after.url}`);
            return { url: after.url };
          }
          logger.warn(`dispatching ${workflow} failed (HTTP ${cause.status}); trying again`);
        }
      }
    }
  };
}

// src/local/alerts.ts
init_esm_dirname();
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
function localAlerts(dir) {
  const md = join2(dir, "issue.md");
  const meta = join2(dir, "issue.json");
  const read = async (key) => {
    try {
      const m = JSON.parse(await readFile2(meta, "utf8"));
      if (m.key !== key) return void 0;
      return { meta: m, body: await readFile2(md, "utf8") };
    } catch {
      return void 0;
    }
  };
  const ref = (m, body, created) => ({
    url: md,
    state: m.state,
    body,
    created
  });
  return {
    async raise(key, alert) {
      const before = await read(key);
      const m = {
        key,
        title: alert.title,
        labels: alert.labels,
        state: "open",
        updated_at: (/* @__PURE__ */ new Date()).toISOString()
      };
      await writeOutputs({ [md]: alert.body, [meta]: toJson(m) });
      return ref(m, alert.body, before === void 0);
    },
    async resolve(key, comment) {
      const found = await read(key);
      if (!found || found.meta.state === "closed") return void 0;
      const m = {
        ...found.meta,
        state: "closed",
        updated_at: (/* @__PURE__ */ new Date()).toISOString(),
        closing_comment: comment
      };
      await writeOutputs({ [meta]: toJson(m) });
      return ref(m, found.body, false);
    },
    async find(key) {
      const found = await read(key);
      return found && ref(found.meta, found.body, false);
    }
  };
}
function localDispatcher(dir, target) {
  const file = join2(dir, "dispatch.json");
  return {
    location: file,
    async last(key) {
      try {
        const d = JSON.parse(await readFile2(file, "utf8"));
        return d.key === key ? { at: d.at, running: false, url: file } : void 0;
      } catch {
        return void 0;
      }
    },
    async dispatch(key, request2) {
      const at = (/* @__PURE__ */ new Date()).toISOString();
      await writeOutputs({
        [file]: toJson({ key, target, at, reason: request2.reason, links: request2.links })
      });
      return { url: file };
    }
  };
}

// src/local/deploy-command.ts
init_esm_dirname();
import { readFile as readFile4 } from "node:fs/promises";
import { join as join3, resolve } from "node:path";

// src/runtime/process.ts
init_esm_dirname();
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function tail(file, lines = 15) {
  try {
    return (await readFile3(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}
async function startDetached(argv, opts) {
  const fd = openSync(opts.logFile, "a");
  let exited;
  let spawnError;
  const child = spawn(argv[0], argv.slice(1), {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ["ignore", fd, fd]
  });
  closeSync(fd);
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });
  child.on("error", (e) => {
    spawnError = e;
  });
  child.unref();
  const deadline = Date.now() + opts.timeoutMs;
  for (; ; ) {
    try {
      const state = JSON.parse(await readFile3(opts.stateFile, "utf8"));
      return { pid: child.pid, state };
    } catch {
    }
    if (spawnError || exited) {
      const why = spawnError ? spawnError.message : `it exited with ${exited.code ?? exited.signal} before it was listening`;
      throw new MlgateError(`the server did not start: ${why}`, {
        location: { file: opts.logFile },
        hint: `its output (${opts.logFile}):
${await tail(opts.logFile)}`
      });
    }
    if (Date.now() > deadline) {
      if (child.pid) await stopProcess(child.pid, { timeoutMs: 2e3 });
      throw new MlgateError(`the server did not start within ${opts.timeoutMs} ms`, {
        location: { file: opts.logFile },
        hint: `its output (${opts.logFile}):
${await tail(opts.logFile)}`
      });
    }
    await sleep(50);
  }
}
async function stopProcess(pid, opts) {
  if (!isAlive(pid)) return "gone";
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return "gone";
  }
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return "stopped";
    await sleep(25);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return "stopped";
  }
  while (isAlive(pid)) await sleep(25);
  return "killed";
}
function runShell(command, opts) {
  return new Promise((resolve4, reject) => {
    const child = spawn(command, {
      shell: true,
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"]
    });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop();
        for (const l of lines) opts.onLine(l);
      });
      stream.on("end", () => {
        if (rest) opts.onLine(rest);
      });
    }
    child.on("error", reject);
    child.on("close", (code, signal) => resolve4(code ?? (signal ? 128 : 1)));
  });
}

// src/local/deploy-command.ts
var CommandTarget = class {
  constructor(o) {
    this.o = o;
  }
  o;
  kind = "command";
  async apply(req) {
    const logger = this.o.logger ?? silentLogger;
    const env = {
      MLGATE_MODEL_DIR: resolve(req.modelDir),
      MLGATE_MODEL_NAME: req.record.name,
      MLGATE_MODEL_VERSION: req.record.version,
      MLGATE_MODEL_DIGEST: req.record.digest,
      MLGATE_ENVIRONMENT: req.environment
    };
    logger.info(`$ ${this.o.command}  (MLGATE_MODEL_VERSION=${req.record.version})`);
    const code = await runShell(this.o.command, {
      env,
      cwd: this.o.cwd,
      onLine: (l) => logger.info(`  ${l}`)
    });
    const served = {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url: this.o.url
    };
    await writeOutputs({ [this.stateFile(req.environment)]: toJson(served) });
    if (code !== 0) {
      throw new MlgateError(`the deploy command exited ${code}: ${this.o.command}`, {
        hint: "it must exit 0 once the version serves at --url; its output is above"
      });
    }
    return served;
  }
  async promote() {
  }
  async remove(served) {
    (this.o.logger ?? silentLogger).info(
      `${served.name}@v${served.version} was deployed by your command; the rollback runs it again with the previous version`
    );
  }
  async current(environment) {
    try {
      return JSON.parse(await readFile4(this.stateFile(environment), "utf8"));
    } catch {
      return void 0;
    }
  }
  stateFile(environment) {
    return join3(this.o.dir, environment, "command.json");
  }
};

// src/local/deploy-kserve.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile5, rm } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/core/deploy/kserve.ts
init_esm_dirname();
var DIGEST_ANNOTATION = "mlgate.dev/digest";
function serviceName(model, environment) {
  const raw = `${model}-${environment}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "");
  const name = raw.slice(0, 45).replace(/-+$/, "");
  if (!name)
    throw new MlgateError(`cannot make an InferenceService name from '${model}' and '${environment}'`);
  return name;
}
function labelValue(v) {
  return v.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}
function inferenceService(opts) {
  const { record, config } = opts;
  if (!config.storage_uri) {
    throw new MlgateError("the kserve target needs deploy.kserve.storage_uri in mlgate.yml", {
      location: { key: "deploy.kserve.storage_uri" },
      hint: "set it to where the cluster can fetch the bundle, e.g. s3://models/{name}/{version}"
    });
  }
  const storageUri = config.storage_uri.replaceAll("{name}", record.name).replaceAll("{version}", record.version).replaceAll("{digest}", record.digest.replace(/^sha256:/, ""));
  const modelFormat = config.model_format ?? (opts.format === "onnx" ? "onnx" : "mlgate");
  const predictor = {
    ...config.min_replicas !== void 0 ? { minReplicas: config.min_replicas } : {},
    ...config.max_replicas !== void 0 ? { maxReplicas: config.max_replicas } : {},
    ...config.service_account ? { serviceAccountName: config.service_account } : {},
    model: {
      modelFormat: { name: modelFormat },
      protocolVersion: "v2",
      storageUri,
      ...config.runtime ? { runtime: config.runtime } : {},
      resources: {
        ...config.resources.requests ? { requests: config.resources.requests } : {},
        ...config.resources.limits ? { limits: config.resources.limits } : {}
      }
    }
  };
  return {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name: serviceName(record.name, opts.environment),
      namespace: config.namespace,
      labels: {
        "app.kubernetes.io/managed-by": "mlgate",
        "mlgate.dev/model": labelValue(record.name),
        "mlgate.dev/version": labelValue(record.version),
        "mlgate.dev/environment": labelValue(opts.environment)
      },
      annotations: { [DIGEST_ANNOTATION]: record.digest, "mlgate.dev/tag": record.tag }
    },
    spec: { predictor }
  };
}

// src/local/deploy-kserve.ts
var KserveTarget = class {
  constructor(o) {
    this.o = o;
  }
  o;
  kind = "kserve";
  get logger() {
    return this.o.logger ?? silentLogger;
  }
  manifestFile(environment, record) {
    return join4(this.o.dir, environment, "kserve", `${record.name}-${record.version}.yaml`);
  }
  /** Writes the manifest; returns its path and the object. */
  async write(req) {
    const bundle = await readManifest(req.modelDir);
    const manifest = inferenceService({
      record: req.record,
      environment: req.environment,
      format: bundle.format,
      config: this.o.config
    });
    const file = this.manifestFile(req.environment, req.record);
    await writeOutputs({ [file]: (0, import_yaml.stringify)(manifest) });
    this.logger.info(`wrote ${file}`);
    return { file, manifest };
  }
  async apply(req) {
    const { file } = await this.write(req);
    const name = serviceName(req.record.name, req.environment);
    if (!this.o.apply) {
      throw new MlgateError(`wrote ${file}; not applied`, {
        hint: "pass --apply to run kubectl apply and verify"
      });
    }
    const ns = this.o.config.namespace;
    await this.kubectl(`apply -f ${quote(file)}`);
    await this.kubectl(
      `wait --for=condition=Ready inferenceservice/${name} -n ${quote(ns)} --timeout=${this.o.config.wait_timeout_s}s`
    );
    const url = this.o.url ?? (await this.kubectl(`get inferenceservice/${name} -n ${quote(ns)} -o jsonpath={.status.url}`)).trim();
    await writeOutputs({
      [this.appliedFile(req.environment)]: toJson({
        name,
        model: req.record.name,
        file,
        version: req.record.version,
        digest: req.record.digest,
        url
      })
    });
    return {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url,
      detail: { manifest: file, service: name, namespace: ns }
    };
  }
  async promote(served) {
    await writeOutputs({ [this.promotedFile(served.environment)]: toJson({ ...served }) });
  }
  async remove(served) {
    try {
      await readFile5(this.promotedFile(served.environment));
      this.logger.info(`${served.name}@v${served.version} is left for the rollback to replace in place`);
    } catch {
      await this.kubectl(
        `delete inferenceservice/${served.detail?.service} -n ${quote(this.o.config.namespace)} --ignore-not-found`
      );
      await rm(this.appliedFile(served.environment), { force: true });
    }
  }
  async current(environment) {
    try {
      const a = JSON.parse(await readFile5(this.appliedFile(environment), "utf8"));
      const digest = this.o.apply ? (await this.kubectl(
        `get inferenceservice/${a.name} -n ${quote(this.o.config.namespace)} -o jsonpath={.metadata.annotations.${DIGEST_ANNOTATION.replaceAll(".", "\\.")}}`
      )).trim() : a.digest;
      if (digest !== a.digest) return void 0;
      return {
        environment,
        name: a.model,
        version: a.version,
        digest,
        url: a.url,
        detail: { manifest: a.file, service: a.name }
      };
    } catch {
      return void 0;
    }
  }
  appliedFile(environment) {
    return join4(this.o.dir, environment, "kserve", "applied.json");
  }
  promotedFile(environment) {
    return join4(this.o.dir, environment, "kserve", "promoted.json");
  }
  async kubectl(args) {
    const lines = [];
    const cmd = `${this.o.kubectl ?? "kubectl"} ${args}`;
    this.logger.info(`$ ${cmd}`);
    const code = await runShell(cmd, { env: {}, onLine: (l) => lines.push(l) });
    if (code !== 0) {
      throw new MlgateError(`kubectl failed (exit ${code}): ${cmd}`, {
        hint: lines.slice(-10).join("\n") || "check the cluster context (kubectl config current-context)"
      });
    }
    return lines.join("\n");
  }
};
function quote(s) {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

// src/local/deploy-local.ts
init_esm_dirname();
import { mkdir, readFile as readFile6, rm as rm2 } from "node:fs/promises";
import { join as join5, relative, resolve as resolve2 } from "node:path";
function deployBundleDir(dir, environment, version) {
  return join5(resolve2(dir), environment, "bundles", `${version}-${Date.now().toString(36)}`);
}
var LocalTarget = class {
  kind = "local";
  o;
  constructor(opts) {
    this.o = {
      startTimeoutMs: 6e4,
      drainDelayMs: 1e3,
      stopTimeoutMs: 1e4,
      logger: silentLogger,
      ...opts,
      dir: resolve2(opts.dir)
    };
  }
  envDir(environment) {
    return join5(this.o.dir, environment);
  }
  /** Where a version's bundle is pulled for this environment (see `deployBundleDir`). */
  bundleDir(environment, version) {
    return deployBundleDir(this.o.dir, environment, version);
  }
  async apply(req) {
    const now = await this.current(req.environment);
    if (now?.digest === req.record.digest) {
      if (resolve2(req.modelDir) !== resolve2(String(now.detail?.model_dir)))
        await this.dropBundle(req.modelDir);
      this.o.logger.info(
        `${req.record.tag} already serves ${req.environment} at ${now.url} (pid ${now.detail?.pid})`
      );
      return now;
    }
    const servers = join5(this.envDir(req.environment), "servers");
    await mkdir(servers, { recursive: true });
    const id = `${req.record.version}-${Date.now().toString(36)}`;
    const stateFile = join5(servers, `${id}.json`);
    const logFile = join5(servers, `${id}.log`);
    const argv = [
      ...this.o.serveCommand,
      "--model",
      resolve2(req.modelDir),
      "--model-version",
      req.record.version,
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "--state-file",
      stateFile
    ];
    this.o.logger.info(`starting ${req.record.tag} for ${req.environment}: ${argv.join(" ")}`);
    const { pid, state } = await startDetached(argv, {
      logFile,
      stateFile,
      timeoutMs: this.o.startTimeoutMs,
      env: this.o.env
    });
    if (state.digest && state.digest !== req.record.digest) {
      await stopProcess(pid, { timeoutMs: this.o.stopTimeoutMs });
      throw new MlgateError(
        `the server started for ${req.record.tag} serves digest ${state.digest}, not ${req.record.digest}`,
        { location: { file: stateFile }, hint: "the pulled bundle is not the registered one; pull it again" }
      );
    }
    const port = Number(new URL(state.url).port);
    this.o.logger.info(`${req.record.tag} listening on ${state.url} (pid ${pid}, log ${logFile})`);
    return {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url: state.url,
      detail: {
        pid,
        port,
        state_file: stateFile,
        log: logFile,
        model_dir: resolve2(req.modelDir),
        started_at: state.started_at ?? (/* @__PURE__ */ new Date()).toISOString()
      }
    };
  }
  async promote(served) {
    const previous = await this.readCurrent(served.environment);
    const d = served.detail ?? {};
    const current = {
      environment: served.environment,
      name: served.name,
      version: served.version,
      digest: served.digest,
      url: served.url,
      port: Number(d.port),
      pid: Number(d.pid),
      state_file: String(d.state_file),
      log: String(d.log),
      model_dir: String(d.model_dir),
      started_at: String(d.started_at)
    };
    await writeOutputs({ [this.currentFile(served.environment)]: toJson(current) });
    if (previous && previous.pid !== current.pid) {
      await new Promise((r) => setTimeout(r, this.o.drainDelayMs));
      await this.stop(previous);
      this.o.logger.info(
        `stopped ${previous.name}@v${previous.version} (pid ${previous.pid}) on ${previous.url}`
      );
    }
  }
  async remove(served) {
    const current = await this.readCurrent(served.environment);
    const pid = Number(served.detail?.pid);
    if (current?.pid === pid) await rm2(this.currentFile(served.environment), { force: true });
    await this.stop({
      pid,
      state_file: String(served.detail?.state_file ?? ""),
      model_dir: String(served.detail?.model_dir ?? "")
    });
  }
  async current(environment) {
    const c = await this.readCurrent(environment);
    if (!c || !isAlive(c.pid)) return void 0;
    const { environment: env, name, version, digest, url, ...detail } = c;
    return { environment: env, name, version, digest, url, detail };
  }
  /** current.json as written, whether or not its process still runs (for `deploy status`). */
  async readCurrent(environment) {
    try {
      return JSON.parse(await readFile6(this.currentFile(environment), "utf8"));
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  }
  currentFile(environment) {
    return join5(this.envDir(environment), "current.json");
  }
  async stop(s) {
    if (Number.isInteger(s.pid) && s.pid > 0) await stopProcess(s.pid, { timeoutMs: this.o.stopTimeoutMs });
    if (s.state_file) await rm2(s.state_file, { force: true });
    if (s.model_dir) await this.dropBundle(s.model_dir);
  }
  /** Removes a pulled bundle, only ever one under this target's directory. */
  async dropBundle(dir) {
    const inside = relative(this.o.dir, resolve2(dir));
    if (inside && !inside.startsWith("..")) await rm2(dir, { recursive: true, force: true });
  }
};

// src/local/deploy-log.ts
init_esm_dirname();
import { appendFile, mkdir as mkdir2, readFile as readFile7 } from "node:fs/promises";
import { dirname, join as join6 } from "node:path";
var LocalDeploymentLog = class {
  location;
  now;
  constructor(dir, opts = {}) {
    this.location = join6(dir, "deployments.jsonl");
    this.now = opts.now ?? (() => /* @__PURE__ */ new Date());
  }
  async start(entry) {
    const all = await this.read();
    const full = {
      ...entry,
      id: String(new Set(all.map((e) => e.id)).size + 1),
      state: "queued",
      createdAt: this.now().toISOString()
    };
    await this.append(full);
    return full;
  }
  async update(entry, state, detail = {}) {
    const next = {
      ...entry,
      state,
      ...detail.environmentUrl ? { url: detail.environmentUrl } : {},
      ...detail.description ? { description: detail.description } : {}
    };
    if (state === "success") {
      for (const e of await this.history(entry.environment)) {
        if (e.id !== entry.id && e.state === "success") {
          await this.append({ ...e, state: "inactive", description: `superseded by deployment ${entry.id}` });
        }
      }
    }
    await this.append(next);
    return next;
  }
  async lastSuccessful(environment, exceptDigest) {
    const lines = await this.read();
    const succeeded = new Set(lines.filter((e) => e.state === "success").map((e) => e.id));
    return (await this.history(environment, lines)).filter((e) => succeeded.has(e.id) && e.digest !== exceptDigest).at(-1);
  }
  async history(environment, lines) {
    const latest = /* @__PURE__ */ new Map();
    for (const e of lines ?? await this.read()) if (e.environment === environment) latest.set(e.id, e);
    return [...latest.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }
  async read() {
    let text;
    try {
      text = await readFile7(this.location, "utf8");
    } catch (e) {
      if (e.code === "ENOENT") return [];
      throw e;
    }
    return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  }
  async append(entry) {
    await mkdir2(dirname(this.location), { recursive: true });
    await appendFile(this.location, `${JSON.stringify({ ...entry, at: this.now().toISOString() })}
`);
  }
};

// src/local/publisher.ts
init_esm_dirname();
import { join as join7 } from "node:path";
function localPublisher(outDir) {
  const fileFor = (key) => {
    const kind = key.split(":")[0] ?? key;
    return kind === "evaluate" || kind === key ? "pr-comment.md" : `pr-comment-${kind}.md`;
  };
  return {
    async upsertComment(key, markdown) {
      const path = join7(outDir, fileFor(key));
      await writeOutputs({ [path]: markdown });
      return path;
    },
    async summary(markdown) {
      await writeOutputs({ [join7(outDir, "summary.md")]: markdown });
    },
    async check(check) {
      const path = join7(outDir, "check.json");
      await writeOutputs({ [path]: toJson(check) });
      return path;
    }
  };
}

// src/local/registry.ts
init_esm_dirname();
import { randomBytes as randomBytes2 } from "node:crypto";
import { link, mkdir as mkdir3, mkdtemp, readdir, readFile as readFile8, rename, rm as rm3, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";
var DirRegistry = class {
  constructor(location) {
    this.location = location;
  }
  location;
  modelDir(name) {
    if (!REGISTRY_NAME.test(name)) {
      throw new MlgateError(`'${name}' is not a model name`, {
        hint: "model names are lowercase letters, digits, '.', '_' or '-' (as model.name in mlgate.yml)"
      });
    }
    return join8(this.location, "models", name);
  }
  bundleDir(digest) {
    return join8(this.location, "bundles", digest.replace(/^sha256:/, ""));
  }
  async versions(name) {
    const dir = join8(this.modelDir(name), "versions");
    const names = (await listDir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith("."));
    const records = await Promise.all(names.map((f) => readRecord(join8(dir, f), versionRecordSchema)));
    return records.sort((a, b) => compareSemver(parseSemver(a.version), parseSemver(b.version)));
  }
  async history(name) {
    const dir = join8(this.modelDir(name), "events");
    const names = (await listDir(dir)).filter((f) => /^\d{8}\.json$/.test(f)).sort();
    return Promise.all(names.map((f) => readRecord(join8(dir, f), registryEventSchema)));
  }
  async list(name) {
    const names = name ? [name] : (await listDir(join8(this.location, "models"))).sort();
    const models = [];
    for (const n of names) {
      const versions = await this.versions(n);
      if (versions.length === 0) continue;
      const state = foldHistory(await this.history(n));
      models.push({ name: n, versions, aliases: state.aliases, deprecated: [...state.deprecated] });
    }
    return models;
  }
  async resolve(ref) {
    const versions = await this.versions(ref.name);
    if ("version" in ref) return versions.find((v) => v.version === ref.version);
    const state = foldHistory(await this.history(ref.name));
    if ("alias" in ref) {
      const held = state.aliases[ref.alias];
      return held === void 0 ? void 0 : versions.find((v) => v.version === held);
    }
    return versions.filter((v) => !state.deprecated.has(v.version)).at(-1);
  }
  async register(request2) {
    const versionsDir = join8(this.modelDir(request2.name), "versions");
    request2.plan(await this.versions(request2.name));
    await this.storeBundle(request2);
    await mkdir3(versionsDir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS2)
        throw new Error(`register ${request2.name}: no free version after ${attempt} tries`);
      const record = versionRecordSchema.parse(request2.plan(await this.versions(request2.name)));
      if (record.digest !== request2.digest || record.name !== request2.name) {
        throw new Error("register: the planned record does not describe the stored bundle");
      }
      if (await createExclusive(join8(versionsDir, `${record.version}.json`), toJson(record))) return record;
    }
  }
  assign(move) {
    return this.append(move.name, (state, seq) => ({
      schema: "mlgate/registry-event@1",
      seq,
      name: move.name,
      kind: "assign",
      alias: move.alias,
      version: move.version,
      previous: state.aliases[move.alias] ?? null,
      actor: move.actor,
      at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
      why: move.why
    }));
  }
  deprecate(move) {
    return this.append(move.name, (_state, seq) => ({
      schema: "mlgate/registry-event@1",
      seq,
      name: move.name,
      kind: "deprecate",
      version: move.version,
      actor: move.actor,
      at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
      why: move.why
    }));
  }
  /** Appends the event `build` makes from the current state as number seq; retried on a lost race. */
  async append(name, build) {
    const dir = join8(this.modelDir(name), "events");
    await mkdir3(dir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS2) throw new Error(`${name}: no free history slot after ${attempt} tries`);
      const state = foldHistory(await this.history(name));
      const event = registryEventSchema.parse(build(state, state.nextSeq));
      const file = join8(dir, `${String(event.seq).padStart(8, "0")}.json`);
      if (await createExclusive(file, toJson(event))) return event;
    }
  }
  async pull(record, outDir) {
    const src = this.bundleDir(record.digest);
    const found = await hashBundleDir(src);
    if (found.digest !== record.digest) throw corruptBundleError(record, found, src);
    const data = /* @__PURE__ */ new Map();
    for (const f of record.files) data.set(f.path, await readFile8(join8(src, f.path)));
    await writePulledBundle(
      record,
      outDir,
      (path) => data.get(path),
      (path) => join8(src, path)
    );
    return { dir: outDir, digest: record.digest };
  }
  /** Copies the bundle into the store under its digest, checking each file against its hash. */
  async storeBundle(request2) {
    const final = this.bundleDir(request2.digest);
    if ((await listDir(final)).length > 0) return;
    const bundles = join8(this.location, "bundles");
    const staged = join8(
      bundles,
      `.${request2.digest.slice(7, 19)}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`
    );
    try {
      for (const f of request2.files) {
        const data = await readFile8(join8(request2.dir, f.path));
        if (sha256Hex(data) !== f.sha256) {
          throw new MlgateError(`${join8(request2.dir, f.path)} changed while it was being registered`, {
            location: { file: join8(request2.dir, f.path) },
            hint: "register the bundle once whatever writes it has finished"
          });
        }
        const to = join8(staged, f.path);
        await mkdir3(join8(to, ".."), { recursive: true });
        await writeFile(to, data);
      }
      try {
        await rename(staged, final);
      } catch (e) {
        const code = e.code;
        if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "EPERM") throw e;
      }
    } finally {
      await rm3(staged, { recursive: true, force: true });
    }
  }
};
var MAX_ATTEMPTS2 = 1e4;
async function createExclusive(path, data) {
  const tmp = `${path}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`;
  await writeFile(tmp, data, { flag: "wx" });
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if (e.code === "EEXIST") return false;
    throw e;
  } finally {
    await unlink(tmp);
  }
}
async function listDir(dir) {
  try {
    return await readdir(dir);
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
}
function readRecord(file, schema) {
  const hint = "registry files are written by mlgate only; restore this one from a backup";
  return loadContractFile(file, schema, { name: "registry record", missingHint: hint, invalidHint: hint });
}
function registryChampion(registry, opts = {}) {
  const alias = opts.alias ?? "champion";
  return {
    alias,
    async champion(model) {
      if (!REGISTRY_NAME.test(model)) return void 0;
      const record = await registry.resolve({ name: model, alias });
      if (!record) {
        opts.logger?.info(`no ${model}#${alias} in the registry at ${registry.location}`);
        return void 0;
      }
      const tmp = await mkdtemp(join8(tmpdir(), "mlgate-champion-"));
      const release = () => rm3(tmp, { recursive: true, force: true });
      const dir = join8(tmp, `${model}-v${record.version}`);
      try {
        await registry.pull(record, dir);
      } catch (e) {
        await release();
        throw e;
      }
      opts.logger?.info(`baseline: ${model}#${alias} is ${record.tag} (${record.digest}), pulled to ${dir}`);
      return { path: dir, tag: record.tag, version: record.version, alias, release };
    }
  };
}

// src/wiring.ts
function choosePublisher(opts) {
  const env = opts.env ?? process.env;
  const files = localPublisher(opts.outDir);
  if (env.GITHUB_ACTIONS !== "true") {
    return {
      publisher: files,
      kind: "local",
      reason: `not in GitHub Actions: wrote files to ${opts.outDir}`
    };
  }
  const writeSummary = opts.writeSummary ?? (env.GITHUB_STEP_SUMMARY ? appendJobSummary : void 0);
  const local = writeSummary ? {
    ...files,
    async summary(markdown) {
      await files.summary(markdown);
      await writeSummary(markdown);
    }
  } : files;
  const localChoice = (reason) => ({ publisher: local, kind: "local", reason });
  const ctx = readActionsContext(env);
  if (!ctx.pullRequest) {
    return localChoice(
      `event ${ctx.eventName || "(none)"} is not a pull request: wrote files to ${opts.outDir}`
    );
  }
  const token = opts.token ?? tokenFrom(env);
  if (!token) return localChoice(`no token (pass github-token): wrote files to ${opts.outDir}`);
  if (ctx.eventName === "pull_request" && ctx.pullRequest.fromFork) {
    return localChoice(
      `pull request #${ctx.pullRequest.number} comes from a fork, whose token is read-only: wrote files to ${opts.outDir}; upload them as an artifact and the workflow_run poster (\`mlgate publish\`) publishes them`
    );
  }
  const client = githubClient({
    token,
    baseUrl: apiBaseUrl(env),
    logger: opts.logger,
    timing: opts.timing
  });
  return {
    kind: "github",
    reason: `pull request #${ctx.pullRequest.number}: posting to GitHub`,
    publisher: githubPublisher({
      client,
      repo: ctx.repo,
      pullNumber: ctx.pullRequest.number,
      headSha: ctx.pullRequest.headSha,
      logger: opts.logger,
      detailsUrl: ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : void 0,
      writeSummary: opts.writeSummary,
      fallback: files
    })
  };
}
function chooseRegistry(loaded, flag, cwd = process.cwd(), env = process.env) {
  if (flag === "github" || flag === void 0 && loaded?.config.registry.backend === "github") {
    return githubRegistryFromEnv(env);
  }
  if (flag) return new DirRegistry(resolve3(cwd, flag));
  return new DirRegistry(resolve3(loaded?.dir ?? cwd, loaded?.config.registry.path ?? ".mlgate/registry"));
}
function configuredChampion(loaded, flag, logger) {
  const alias = loaded?.config.registry.champion ?? "champion";
  return {
    alias,
    async champion(model) {
      const registry = chooseRegistry(loaded, flag);
      logger?.info(`registry: ${registry.location}`);
      return registryChampion(registry, { alias, logger }).champion(model);
    }
  };
}
function chooseDriftPorts(opts) {
  const env = opts.env ?? process.env;
  const { workflow, event } = opts.policy.retrain;
  const target = workflow ? `workflow:${workflow}` : event ? `event:${event}` : void 0;
  const local = (reason, runUrl2) => ({
    alerts: localAlerts(opts.outDir),
    ...target ? { dispatcher: localDispatcher(opts.outDir, target) } : {},
    kind: "local",
    reason,
    ...runUrl2 ? { runUrl: runUrl2 } : {}
  });
  if (env.GITHUB_ACTIONS !== "true")
    return local(`not in GitHub Actions: issue and dispatch written to ${opts.outDir}`);
  const ctx = readActionsContext(env);
  const runUrl = ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : void 0;
  const token = opts.token ?? tokenFrom(env);
  if (!token)
    return local(`no token (pass github-token): issue and dispatch written to ${opts.outDir}`, runUrl);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  const repository = ctx.payload.repository;
  const ref = opts.policy.retrain.ref ?? repository?.default_branch ?? env.GITHUB_REF_NAME ?? "main";
  return {
    kind: "github",
    reason: `posting the drift issue to ${ctx.repo.owner}/${ctx.repo.repo}`,
    alerts: githubAlerts({ client, repo: ctx.repo, logger: opts.logger, labels: opts.policy.issue.labels }),
    ...target ? {
      dispatcher: githubDispatcher({ client, repo: ctx.repo, workflow, event, ref, logger: opts.logger })
    } : {},
    ...runUrl ? { runUrl } : {}
  };
}
function deployDir(loaded, cwd = process.cwd()) {
  return resolve3(loaded?.dir ?? cwd, loaded?.config.deploy?.dir ?? ".mlgate/deploy");
}
function chooseDeploymentLog(opts) {
  const env = opts.env ?? process.env;
  const token = tokenFrom(env);
  if (env.GITHUB_ACTIONS !== "true" || !token) return { log: new LocalDeploymentLog(opts.dir) };
  const ctx = readActionsContext(env);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  const logUrl = ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : void 0;
  return {
    log: new GitHubDeploymentLog(client, ctx.repo, {
      ref: ctx.sha ?? env.GITHUB_REF_NAME ?? "HEAD",
      logger: opts.logger,
      serverUrl: ctx.serverUrl
    }),
    ...logUrl ? { logUrl } : {}
  };
}
function kitRoot() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join9(dir, "bin", "mlgate.js"))) return dir;
    dir = dirname2(dir);
  }
  throw new Error("cannot find bin/mlgate.js above the running code");
}
function chooseDeployTarget(opts) {
  switch (opts.kind) {
    case "local":
      return new LocalTarget({
        dir: opts.dir,
        serveCommand: [
          process.execPath,
          join9(kitRoot(), "bin", "mlgate.js"),
          ...opts.configFile ? ["--config", opts.configFile] : [],
          "serve"
        ],
        logger: opts.logger
      });
    case "command":
      if (!opts.command || !opts.url) {
        throw new MlgateError("--target command needs --command <script> and --url <where it serves>", {
          hint: 'e.g. --command "./deploy.sh" --url https://models.example.com (OIP v2 under <url>/v2)'
        });
      }
      return new CommandTarget({ dir: opts.dir, command: opts.command, url: opts.url, logger: opts.logger });
    case "kserve":
      return new KserveTarget({
        dir: opts.dir,
        config: opts.config.kserve,
        apply: opts.apply === true,
        logger: opts.logger,
        ...opts.url ? { url: opts.url } : {}
      });
    default:
      throw new MlgateError(`unknown deploy target '${opts.kind}'`, {
        hint: "--target local, command or kserve"
      });
  }
}
function chooseDeployPorts(loaded, opts) {
  const env = opts.env ?? process.env;
  const config = loaded?.config.deploy ?? deploySection.parse({});
  const dir = deployDir(loaded);
  const target = chooseDeployTarget({
    kind: opts.target,
    dir,
    config,
    ...opts.url ? { url: opts.url } : {},
    ...opts.command ? { command: opts.command } : {},
    apply: opts.apply === true,
    logger: opts.logger,
    ...loaded?.file ? { configFile: loaded.file } : {}
  });
  const { log, logUrl } = chooseDeploymentLog({ dir, env, logger: opts.logger });
  const writeOnly = target instanceof KserveTarget && opts.apply !== true ? async (record, modelDir) => (await target.write({ environment: opts.environment ?? "staging", record, modelDir })).file : void 0;
  return {
    registry: chooseRegistry(loaded, opts.registry),
    target,
    log,
    ...logUrl ? { logUrl } : {},
    verify: (served, record) => verifyServed(served.url, record, {
      fetch: globalThis.fetch,
      readyTimeoutMs: config.ready_timeout_s * 1e3
    }),
    bundleDir: (record, environment) => deployBundleDir(dir, environment, record.version),
    logger: opts.logger,
    progress: opts.progress,
    actor: actorFrom(env),
    ...writeOnly ? { writeOnly } : {}
  };
}

export {
  choosePublisher,
  chooseRegistry,
  configuredChampion,
  chooseDriftPorts,
  deployDir,
  chooseDeploymentLog,
  kitRoot,
  chooseDeployTarget,
  chooseDeployPorts
};
