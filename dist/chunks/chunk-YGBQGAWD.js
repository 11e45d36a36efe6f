import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  comparison
} from "./chunk-2VVLOP77.js";
import {
  profileContract
} from "./chunk-FW7P332B.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  record,
  strictObject,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/version.ts
init_esm_dirname();
var VERSION_SCHEMA = "mlgate/version@1";
var REGISTRY_EVENT_SCHEMA = "mlgate/registry-event@1";
var REGISTRY_NAME = /^[a-z0-9][a-z0-9._-]*$/;
var name = string().regex(REGISTRY_NAME, "lowercase letters, digits, '.', '_' or '-'");
var sha256 = string().regex(/^[0-9a-f]{64}$/);
var bundleDigest = string().regex(/^sha256:[0-9a-f]{64}$/);
var dataDigest = strictObject({
  path: string(),
  sha256,
  rows: number().int().nonnegative()
});
var metricWithInterval = strictObject({
  value: number(),
  low: number().optional(),
  high: number().optional()
});
var versionEvaluation = strictObject({
  /** sha256 of the evaluation.json file's bytes. */
  digest: string().regex(/^sha256:[0-9a-f]{64}$/),
  verdict: _enum(["pass", "fail", "inconclusive"]),
  summary: string(),
  rows: number().int().nonnegative(),
  first_model: boolean(),
  /** Candidate metrics with their bootstrap confidence intervals. */
  metrics: record(string(), metricWithInterval),
  /** The gated comparisons with the baseline: Δ and its confidence interval. */
  comparisons: array(
    // The evaluation's own comparison fields, less its test details and reasons.
    strictObject(
      comparison.pick({
        metric: true,
        candidate: true,
        baseline: true,
        diff: true,
        ci_low: true,
        ci_high: true,
        p_value: true,
        verdict: true
      }).shape
    )
  ),
  baseline: strictObject({
    source: string(),
    digest: bundleDigest.optional(),
    /** The registered version with that digest, when the baseline was one. */
    version: string().optional()
  }).optional()
});
var goldenSchema = strictObject({
  /** The data file the rows were taken from, as given. */
  source: string(),
  /** Feature values per row, by feature name (rows with a missing feature value are not chosen). */
  rows: array(record(string(), union([number(), string(), boolean()]))).min(1),
  /** Per row: the label and class probabilities (in `classes` order), or the value. */
  predictions: array(
    union([
      strictObject({ label: string(), proba: array(number()) }),
      strictObject({ value: number() })
    ])
  )
});
var versionRecordSchema = strictObject({
  schema: literal(VERSION_SCHEMA),
  name,
  /** SemVer 2.0 without the leading `v`. */
  version: string(),
  /** The GTO registration tag, `<name>@v<version>`. */
  tag: string(),
  digest: bundleDigest,
  files: array(strictObject({ path: string(), sha256, bytes: number().int().nonnegative() })).min(1),
  /** What the semver rules compare between versions. */
  task: _enum(["classification", "regression"]),
  classes: array(string()).optional(),
  features: array(strictObject({ name: string(), type: string() })),
  /** How the number was chosen: `first`, `patch`, `minor`, `major` (auto) or `explicit`. */
  bump: strictObject({
    rule: _enum(["first", "patch", "minor", "major", "explicit"]),
    reason: string()
  }),
  /** `passed`: registered with a passing evaluation of this exact digest; `ungated`: --allow-ungated. */
  gate: strictObject({ status: _enum(["passed", "ungated"]), reason: string() }),
  lineage: strictObject({
    git_commit: string().optional(),
    workflow_run_url: string().optional(),
    actor: string().optional(),
    data: strictObject({ train: dataDigest, test: dataDigest.optional() }),
    evaluation: versionEvaluation.optional()
  }),
  /**
   * The training data's profile (mlgate/profile@1, from validate-data), the reference drift-check
   * compares serving data with. Kept in the record, not in the bundle, so the bundle digest the
   * gate bound stays the digest of what was evaluated.
   */
  profile: profileContract.optional(),
  /**
   * The profile of the model's own predictions on the evaluation rows (one column,
   * `_mlgate_prediction`): drift-check's reference for prediction drift of an inference log.
   */
  predictions: profileContract.optional(),
  /** Rows with their registered predictions, deploy's smoke test; absent in records made before it. */
  golden: goldenSchema.optional(),
  created_at: string()
});
var registryEventSchema = strictObject({
  schema: literal(REGISTRY_EVENT_SCHEMA),
  seq: number().int().positive(),
  name,
  kind: _enum(["assign", "deprecate"]),
  version: string(),
  alias: name.optional(),
  previous: string().nullable().optional(),
  actor: string(),
  at: string(),
  why: string()
});

// src/core/registry/semver.ts
init_esm_dirname();
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemver(text) {
  const m = SEMVER.exec(text);
  if (!m) return void 0;
  const nums = [m[1], m[2], m[3]].map(Number);
  if (!nums.every(Number.isSafeInteger)) return void 0;
  return {
    major: nums[0],
    minor: nums[1],
    patch: nums[2],
    prerelease: m[4] ? m[4].split(".") : [],
    build: m[5] ? m[5].split(".") : []
  };
}
function formatSemver(v) {
  return `${v.major}.${v.minor}.${v.patch}` + (v.prerelease.length ? `-${v.prerelease.join(".")}` : "") + (v.build.length ? `+${v.build.join(".")}` : "");
}
function compareSemver(a, b) {
  for (const k of ["major", "minor", "patch"]) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (a.prerelease.length === 0 && b.prerelease.length === 0) return 0;
  if (a.prerelease.length === 0) return 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
var FIRST_VERSION = "1.0.0";
function autoBump(previous, next) {
  if (!previous) return { version: FIRST_VERSION, rule: "first", reason: "first version of this model" };
  const from = parseSemver(previous.version);
  if (!from) throw new Error(`not a semantic version: ${previous.version}`);
  const p = previous.shape;
  let rule;
  let reason;
  if (p.task !== next.task) {
    rule = "major";
    reason = `task changed: ${p.task} \u2192 ${next.task}`;
  } else if (!sameList(p.classes ?? [], next.classes ?? [])) {
    rule = "major";
    reason = `class list changed: [${(p.classes ?? []).join(", ")}] \u2192 [${(next.classes ?? []).join(", ")}]`;
  } else if (!sameList(p.features.map(featureKey), next.features.map(featureKey))) {
    rule = "minor";
    reason = `input features changed: ${describeFeatureChange(p.features, next.features)}`;
  } else {
    rule = "patch";
    reason = `same task, classes and input features as ${previous.version}`;
  }
  const bumped = rule === "major" ? { major: from.major + 1, minor: 0, patch: 0 } : rule === "minor" ? { major: from.major, minor: from.minor + 1, patch: 0 } : (
    // A pre-release bumps to its own release (1.2.0-rc.1 → 1.2.0), as `npm version patch` does.
    from.prerelease.length ? { major: from.major, minor: from.minor, patch: from.patch } : { major: from.major, minor: from.minor, patch: from.patch + 1 }
  );
  return { version: formatSemver({ ...bumped, prerelease: [], build: [] }), rule, reason };
}
function featureKey(f) {
  return `${f.name}:${f.type}`;
}
function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function describeFeatureChange(before, after) {
  const was = new Map(before.map((f) => [f.name, f.type]));
  const now = new Map(after.map((f) => [f.name, f.type]));
  const parts = [];
  const added = after.filter((f) => !was.has(f.name)).map((f) => f.name);
  const removed = before.filter((f) => !now.has(f.name)).map((f) => f.name);
  const retyped = after.filter((f) => was.has(f.name) && was.get(f.name) !== f.type);
  if (added.length) parts.push(`added ${added.join(", ")}`);
  if (removed.length) parts.push(`removed ${removed.join(", ")}`);
  for (const f of retyped) parts.push(`${f.name} ${was.get(f.name)} \u2192 ${f.type}`);
  return parts.length ? parts.join("; ") : "order changed";
}

// src/core/registry/tags.ts
init_esm_dirname();
var DIRNAME = /^[a-z0-9_./-]+$/;
function tagName(name2) {
  const i = name2.lastIndexOf(":");
  return i < 0 ? name2 : `${name2.slice(0, i)}=${name2.slice(i + 1)}`;
}
function nameFromTag(text) {
  const i = text.lastIndexOf("=");
  const dir = i < 0 ? void 0 : text.slice(0, i);
  const name2 = i < 0 ? text : text.slice(i + 1);
  if (!REGISTRY_NAME.test(name2) || dir !== void 0 && !DIRNAME.test(dir)) return void 0;
  return dir === void 0 ? name2 : `${dir}:${name2}`;
}
function formatTag(tag) {
  const n = tagName(tag.name);
  switch (tag.action) {
    case "register":
      return `${n}@v${tag.version}`;
    case "deregister":
      return `${n}@v${tag.version}!`;
    case "assign":
      return `${n}#${tag.stage}${tag.number === void 0 ? "" : `#${tag.number}`}`;
    case "unassign":
      return `${n}#${tag.stage}!${tag.number === void 0 ? "" : `#${tag.number}`}`;
    case "deprecate":
      return `${n}@deprecated`;
  }
}
function parseTag(text) {
  let m = /^([^@#]+)@(?:v([^!]+)(!?)|(deprecated))$/.exec(text);
  if (m) {
    const name2 = nameFromTag(m[1]);
    if (!name2) return void 0;
    if (m[4]) return { action: "deprecate", name: name2 };
    if (!parseSemver(m[2])) return void 0;
    return { action: m[3] ? "deregister" : "register", name: name2, version: m[2] };
  }
  m = /^([^@#]+)#([^#!]+)(!?)(?:#([1-9]\d*))?$/.exec(text);
  if (m) {
    const name2 = nameFromTag(m[1]);
    if (!name2 || !REGISTRY_NAME.test(m[2])) return void 0;
    const number2 = m[4] === void 0 ? void 0 : Number(m[4]);
    return {
      action: m[3] ? "unassign" : "assign",
      name: name2,
      stage: m[2],
      ...number2 === void 0 ? {} : { number: number2 }
    };
  }
  return void 0;
}
function parseRef(text) {
  const bad = (why) => new MlgateError(`'${text}' is not a registry reference: ${why}`, {
    hint: "write <name>@v1.2.3 for a version, <name>#<stage> for what a stage holds, or <name>@latest"
  });
  const at = text.indexOf("@");
  const hash = text.indexOf("#");
  if (at < 0 && hash < 0) throw bad("it names no version and no stage");
  const cut = at >= 0 && (hash < 0 || at < hash) ? at : hash;
  const name2 = text.slice(0, cut);
  const rest = text.slice(cut + 1);
  if (!REGISTRY_NAME.test(name2)) throw bad(`'${name2}' is not a model name`);
  if (cut === hash) {
    if (!REGISTRY_NAME.test(rest)) throw bad(`'${rest}' is not a stage name`);
    return { name: name2, alias: rest };
  }
  if (rest === "latest" || rest === "greatest") return { name: name2, latest: true };
  const version = rest.startsWith("v") ? rest.slice(1) : rest;
  if (!parseSemver(version)) throw bad(`'${rest}' is not a semantic version such as v1.2.3`);
  return { name: name2, version };
}
function formatRef(ref) {
  if ("version" in ref) return `${ref.name}@v${ref.version}`;
  if ("alias" in ref) return `${ref.name}#${ref.alias}`;
  return `${ref.name}@latest`;
}

export {
  VERSION_SCHEMA,
  REGISTRY_NAME,
  versionRecordSchema,
  registryEventSchema,
  parseSemver,
  compareSemver,
  autoBump,
  formatTag,
  parseTag,
  parseRef,
  formatRef
};
