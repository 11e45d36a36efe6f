import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  serveSection
} from "./chunk-TKY34EYT.js";
import {
  knownMetrics
} from "./chunk-T7VKUT63.js";
import {
  driftSection
} from "./chunk-Q6CFKWPI.js";
import {
  deploySection
} from "./chunk-KZ2VNCYO.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  record,
  strictObject,
  string,
  toJSONSchema,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/config/sections/evaluate.ts
init_esm_dirname();

// node_modules/zod/v4/classic/external.js
init_esm_dirname();

// src/core/config/sections/evaluate.ts
var gateRule = strictObject({
  min: number().optional().describe("Candidate must be at least this."),
  max: number().optional().describe("Candidate must be at most this."),
  max_regression: number().nonnegative().optional().describe(
    "Largest allowed worsening versus the baseline (absolute, or a fraction of |baseline| with `relative`)."
  ),
  relative: boolean().default(false),
  must_improve: boolean().default(false).describe("Candidate must be better than the baseline."),
  direction: _enum(["higher", "lower"]).optional().describe("Override whether higher is better.")
});
var evaluateSection = strictObject({
  metrics: array(string()).optional().describe("Metrics to report. Default: all for the task."),
  gate: record(string(), gateRule).default({}).describe("Gate rules keyed by metric name."),
  inconclusive: _enum(["block", "pass"]).default("block").describe("Whether an inconclusive rule (CI straddles the bound) blocks the merge."),
  bootstrap: strictObject({
    resamples: number().int().min(100).default(1e3),
    level: number().gt(0.5).lt(1).default(0.95),
    seed: number().int().nonnegative().default(0)
  }).default({ resamples: 1e3, level: 0.95, seed: 0 }),
  slices: strictObject({
    columns: array(string()).default([]),
    min_size: number().int().positive().default(20)
  }).default({ columns: [], min_size: 20 }),
  baseline: string().optional().describe(
    "Baseline model bundle or predictions file; default: the registry champion, else first-model mode."
  )
}).describe("Evaluation and gate settings.");

// src/core/evaluate/gate.ts
init_esm_dirname();
var METRIC_RANGE = {
  accuracy: [0, 1],
  balanced_accuracy: [0, 1],
  precision_macro: [0, 1],
  recall_macro: [0, 1],
  f1_macro: [0, 1],
  precision_weighted: [0, 1],
  recall_weighted: [0, 1],
  f1_weighted: [0, 1],
  roc_auc: [0, 1],
  log_loss: [0, Number.POSITIVE_INFINITY],
  brier: [0, 2],
  mae: [0, Number.POSITIVE_INFINITY],
  rmse: [0, Number.POSITIVE_INFINITY],
  median_ae: [0, Number.POSITIVE_INFINITY],
  mape: [0, Number.POSITIVE_INFINITY],
  r2: [Number.NEGATIVE_INFINITY, 1]
};
function unknownMetricProblem(metric, task) {
  if (knownMetrics(task).includes(metric)) return void 0;
  const other = task === "classification" ? "regression" : "classification";
  return {
    message: knownMetrics(other).includes(metric) ? `'${metric}' is a ${other} metric but this is a ${task} model` : `'${metric}' is not a metric mlgate computes`,
    hint: `${task} metrics: ${knownMetrics(task).join(", ")}`
  };
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function gateConfigProblems(task, evaluate) {
  const problems = [];
  if (!isRecord(evaluate)) return problems;
  if (Array.isArray(evaluate.metrics)) {
    evaluate.metrics.forEach((metric, i) => {
      const p = typeof metric === "string" ? unknownMetricProblem(metric, task) : void 0;
      if (p) problems.push({ path: ["evaluate", "metrics", i], at: "value", ...p });
    });
  }
  if (!isRecord(evaluate.gate)) return problems;
  for (const [metric, rule] of Object.entries(evaluate.gate)) {
    const at = ["evaluate", "gate", metric];
    const unknown = unknownMetricProblem(metric, task);
    if (unknown) {
      problems.push({ path: at, at: "key", ...unknown });
      continue;
    }
    if (!isRecord(rule)) continue;
    const [lo, hi] = METRIC_RANGE[metric] ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    const range = hi === Number.POSITIVE_INFINITY ? `${metric} is never below ${fmt(lo)}` : lo === Number.NEGATIVE_INFINITY ? `${metric} is never above ${fmt(hi)}` : `${metric} lies between ${fmt(lo)} and ${fmt(hi)}`;
    const fraction = hi === 1 && lo === 0 ? " (a fraction: write 0.9 for 90%)" : "";
    const { min, max } = rule;
    if (typeof min === "number" && min > hi) {
      problems.push({
        path: [...at, "min"],
        at: "value",
        message: `min ${fmt(min)} can never be met: ${range}`,
        hint: `set a min of at most ${fmt(hi)}${fraction}`
      });
    }
    if (typeof max === "number" && max < lo) {
      problems.push({
        path: [...at, "max"],
        at: "value",
        message: `max ${fmt(max)} can never be met: ${range}`,
        hint: `set a max of at least ${fmt(lo)}`
      });
    }
    if (typeof min === "number" && typeof max === "number" && min > max) {
      problems.push({
        path: [...at, "min"],
        at: "value",
        message: `min ${fmt(min)} is above max ${fmt(max)}: no value meets both`,
        hint: "swap them, or drop one of the two bounds"
      });
    }
  }
  return problems;
}
function gateConfigErrors(task, evaluate, locate) {
  return gateConfigProblems(task, evaluate).map(
    (p) => new MlgateError(`${p.path.join(".")}: ${p.message}`, { location: locate(p), hint: p.hint })
  );
}
function assertGateConfig(task, evaluate, locate) {
  const errors = gateConfigErrors(task, evaluate, locate);
  if (errors.length > 0) throw MlgateError.all(errors, errors[0].location.file);
}
var SEVERITY = { pass: 0, inconclusive: 1, fail: 2 };
function worstVerdict(verdicts) {
  let worst = "pass";
  for (const v of verdicts) if (SEVERITY[v] > SEVERITY[worst]) worst = v;
  return worst;
}
function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(2);
  return String(Number(x.toFixed(4)));
}
function judgeRule(rule, x) {
  const outcomes = [];
  const m = x.metric;
  const pct = `${Math.round(x.level * 100)}% CI`;
  if (rule.min !== void 0) {
    const ok = x.candidate >= rule.min;
    outcomes.push({
      condition: "min",
      verdict: ok ? "pass" : "fail",
      reason: `${m} ${fmt(x.candidate)} ${ok ? "\u2265" : "<"} min ${fmt(rule.min)}`
    });
  }
  if (rule.max !== void 0) {
    const ok = x.candidate <= rule.max;
    outcomes.push({
      condition: "max",
      verdict: ok ? "pass" : "fail",
      reason: `${m} ${fmt(x.candidate)} ${ok ? "\u2264" : ">"} max ${fmt(rule.max)}`
    });
  }
  const relativeRules = rule.max_regression !== void 0 || rule.must_improve;
  if (relativeRules && x.baseline === void 0) {
    outcomes.push({
      condition: "baseline",
      verdict: "pass",
      reason: `first model: no baseline, so ${[
        rule.max_regression !== void 0 ? "max_regression" : "",
        rule.must_improve ? "must_improve" : ""
      ].filter(Boolean).join(" and ")} did not apply`
    });
  } else if (relativeRules && x.baseline !== void 0) {
    const sign = x.direction === "higher" ? 1 : -1;
    const improvement = sign * (x.candidate - x.baseline);
    const lo = x.ciLow === void 0 || x.ciHigh === void 0 ? Number.NaN : Math.min(sign * x.ciLow, sign * x.ciHigh);
    const hi = x.ciLow === void 0 || x.ciHigh === void 0 ? Number.NaN : Math.max(sign * x.ciLow, sign * x.ciHigh);
    const ci = `${pct} of the difference ${fmt(x.ciLow ?? Number.NaN)} \u2026 ${fmt(x.ciHigh ?? Number.NaN)}`;
    if (rule.max_regression !== void 0) {
      const bound = rule.relative ? rule.max_regression * Math.abs(x.baseline) : rule.max_regression;
      const allowed = rule.relative ? `${fmt(rule.max_regression * 100)}% of baseline = ${fmt(bound)}` : fmt(bound);
      const worse = x.direction === "higher" ? "lower" : "higher";
      let verdict2;
      let reason;
      if (Number.isNaN(lo)) {
        verdict2 = improvement >= -bound ? "pass" : "fail";
        reason = `${m} changed by ${fmt(x.candidate - x.baseline)} (no interval); allowed regression ${allowed}`;
      } else if (lo >= -bound) {
        verdict2 = "pass";
        reason = `${m} ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)}: ${ci}, within max_regression ${allowed}`;
      } else if (hi < -bound) {
        verdict2 = "fail";
        reason = `${m} regressed: ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)} (${ci}), ${worse} by more than max_regression ${allowed}`;
      } else {
        verdict2 = "inconclusive";
        reason = `${m} ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)}: ${ci} straddles max_regression ${allowed}`;
      }
      outcomes.push({ condition: "max_regression", verdict: verdict2, reason });
    }
    if (rule.must_improve) {
      const p = x.pValue;
      const significant = p !== void 0 && p < x.alpha;
      const pText = p === void 0 ? "no paired test" : `p = ${fmt(p)} (Holm-adjusted)`;
      let verdict2;
      let reason;
      if (!(improvement > 0)) {
        verdict2 = "fail";
        reason = `${m} did not improve on the baseline: ${fmt(x.candidate)} vs ${fmt(x.baseline)}`;
      } else if (significant) {
        verdict2 = "pass";
        reason = `${m} improved: ${fmt(x.candidate)} vs ${fmt(x.baseline)}, ${pText} < ${fmt(x.alpha)}`;
      } else {
        verdict2 = "inconclusive";
        reason = `${m} is better but not significantly: ${fmt(x.candidate)} vs ${fmt(x.baseline)}, ${pText} \u2265 ${fmt(x.alpha)}`;
      }
      outcomes.push({ condition: "must_improve", verdict: verdict2, reason });
    }
  }
  const verdict = worstVerdict(outcomes.map((o) => o.verdict));
  const explaining = verdict === "pass" ? outcomes : outcomes.filter((o) => o.verdict !== "pass");
  return {
    verdict,
    reasons: explaining.map((o) => o.reason),
    blockingConditions: outcomes.filter((o) => o.verdict !== "pass").map((o) => o.condition)
  };
}

// src/core/config/load.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";

// src/core/config/schema.ts
init_esm_dirname();

// src/core/config/sections/data.ts
init_esm_dirname();
var dataSection = strictObject({
  train: string().optional().describe("Training data file (CSV, JSONL or Parquet), relative to mlgate.yml."),
  test: string().optional().describe("Held-out test data file, relative to mlgate.yml."),
  format: _enum(["auto", "csv", "jsonl", "parquet"]).default("auto").describe("File format; `auto` uses the extension."),
  delimiter: string().length(1).default(",").describe("CSV field delimiter."),
  null_values: array(string()).default(["", "NA", "N/A", "null", "NULL", "None", "nan", "NaN"]).describe("Tokens read as missing values.")
}).describe("Where the data lives and how to read it.");

// src/core/config/sections/model.ts
init_esm_dirname();
var modelSection = strictObject({
  name: string().regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    "lowercase letters, digits, '.', '_' or '-', starting with a letter or digit"
  ).describe("Model name; used in the registry, the PR comment marker and the check run name."),
  task: _enum(["classification", "regression"]).describe("What the model predicts."),
  label: string().min(1).describe("Target column in the data files."),
  features: array(string().min(1)).optional().describe("Feature columns. Default: every column except the label and `ignore`."),
  ignore: array(string()).default([]).describe("Columns never used as features (ids, timestamps).")
}).describe("The model this repository trains and gates.");

// src/core/config/sections/registry.ts
init_esm_dirname();
var registrySection = strictObject({
  backend: _enum(["dir", "github"]).default("dir").describe(
    "Where versions live: `dir`, files under `path`; `github`, tags and releases of the workflow's repository (GITHUB_REPOSITORY, GITHUB_TOKEN)."
  ),
  path: string().min(1).default(".mlgate/registry").describe("Registry directory (dir backend), relative to mlgate.yml."),
  champion: string().regex(/^[a-z0-9][a-z0-9._-]*$/, "lowercase letters, digits, '.', '_' or '-'").default("champion").describe("Alias evaluate compares a candidate with when no baseline is given."),
  aliases: array(string().regex(/^[a-z0-9][a-z0-9._-]*$/, "lowercase letters, digits, '.', '_' or '-'")).optional().describe("Aliases (stages) that may be assigned, e.g. [champion, staging, prod]. Default: any name.")
}).describe("The model registry: versions, aliases and their history.");

// src/core/config/sections/train.ts
init_esm_dirname();
var trainSection = strictObject({
  type: _enum(["linear", "mlp"]).default("mlp").describe("Built-in model type."),
  hidden: array(number().int().positive()).default([64, 32]).describe("Hidden layer sizes (mlp)."),
  activation: _enum(["relu", "tanh", "elu", "sigmoid"]).default("relu"),
  dropout: number().min(0).max(0.95).default(0),
  optimizer: _enum(["adam", "sgd"]).default("adam"),
  learning_rate: number().positive().default(0.01),
  epochs: number().int().positive().default(50),
  batch_size: number().int().positive().default(64),
  validation_split: number().min(0).max(0.5).default(0.1),
  early_stopping: union([literal(false), strictObject({ patience: number().int().positive().default(5) })]).default({ patience: 5 }).describe("Stop when validation loss stops improving; `false` to disable."),
  class_weights: union([literal("balanced"), record(string(), number().positive())]).optional().describe("`balanced` or a weight per class label."),
  seed: number().int().nonnegative().default(42),
  backend: _enum(["auto", "tensorflow-gpu", "tensorflow", "webgpu", "wasm", "cpu"]).default("auto").describe("tfjs backend; `auto` tries tensorflow-gpu \u2192 tensorflow \u2192 webgpu \u2192 wasm \u2192 cpu."),
  command: string().optional().describe("Bring your own framework: a command that trains and writes `$MLGATE_OUTPUT/model.onnx`."),
  timeout_minutes: number().positive().default(60).describe("Timeout for `command`.")
}).describe("Training settings.");

// src/core/config/sections/validate.ts
init_esm_dirname();
var validateSection = strictObject({
  schema: string().optional().describe("Committed data schema (from `mlgate schema infer`)."),
  reference: string().optional().describe("Reference profile.json to compare row counts and distributions with."),
  fail_on: _enum(["error", "warn"]).default("error").describe("Exit non-zero on failing checks only, or on warnings too."),
  strict: boolean().default(false).describe("Fail on columns that the schema does not know."),
  checks: record(string(), record(string(), union([number(), boolean(), string()]))).default({}).describe(
    "Per-check thresholds, keyed by check id, e.g. `missing: { warn: 0.0, fail: 0.2 }`; `enabled: false` turns a check off. A check warns above `warn` and fails above `fail` (fractions of rows). Defaults: schema.type fail 0; missing warn 0 / fail 0.5 (with a schema: the column's max_missing); nan_inf fail 0; range warn 0 / fail 0.01; domain warn 0 / fail 0.05; label.new_values fail 0; label.balance (share of the rarest class, below) warn 0.1 / fail 0.01; label.conflicts warn 0 / fail 0.01; duplicates warn 0 / fail 0.05; leakage warn 0 / fail 0.01; outliers z 3.5, warn 0.005; row_count (relative change vs the reference) warn 0.1 / fail 0.5."
  )
}).describe("Data validation settings.");

// src/core/config/schema.ts
var configSchema = strictObject({
  $schema: string().optional(),
  version: literal(1).default(1).describe("Config format version."),
  model: modelSection,
  data: dataSection.default(dataSection.parse({})),
  validate: validateSection.default(validateSection.parse({})),
  train: trainSection.default(trainSection.parse({})),
  evaluate: evaluateSection.default(evaluateSection.parse({})),
  registry: registrySection.default(registrySection.parse({})),
  drift: driftSection.default(driftSection.parse({})),
  serve: serveSection.default(serveSection.parse({})),
  deploy: deploySection.default(deploySection.parse({}))
}).describe("mlgate configuration (mlgate.yml)");
function configJsonSchema() {
  const schema = toJSONSchema(configSchema, { io: "input", target: "draft-2020-12" });
  return { ...schema, $id: "https://mlgate.dev/schema/mlgate.schema.json", title: "mlgate.yml" };
}

// src/core/config/load.ts
var DEFAULT_CONFIG = "mlgate.yml";
async function loadCommandConfig(path, opts = {}) {
  const named = path !== void 0 && path !== DEFAULT_CONFIG;
  if (!named && opts.optional && !await exists(resolve(DEFAULT_CONFIG))) return void 0;
  return loadConfig(path ?? DEFAULT_CONFIG);
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
function resolveFromConfig(loaded, p) {
  return isAbsolute(p) ? p : resolve(loaded.dir, p);
}
async function loadConfig(path) {
  const file = resolve(path);
  let text;
  try {
    const st = await stat(file);
    if (st.isDirectory()) {
      throw new MlgateError(`${path} is a directory, not a config file`, {
        hint: "pass the mlgate.yml file itself with --config"
      });
    }
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e instanceof MlgateError) throw e;
    throw new MlgateError(`cannot read config file ${path}: ${e.code ?? e}`, {
      hint: "create mlgate.yml (see example-repo/mlgate.yml) or pass --config <file>"
    });
  }
  const { config, lineOf } = parseConfigDocument(text, path);
  return { config, file, dir: dirname(file), lineOf };
}
function parseConfigDocument(text, fileName) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    throw new MlgateError(`invalid YAML: ${yamlError.message.split("\n")[0]}`, {
      location: { file: fileName, line: pos.line, column: pos.col },
      hint: "fix the YAML syntax at this position"
    });
  }
  const data = doc.toJS() ?? {};
  const result = configSchema.safeParse(data);
  const position = (node) => {
    const offset = node?.range?.[0];
    return offset === void 0 ? void 0 : lineCounter.linePos(offset);
  };
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const issue of result.success ? [] : result.error.issues) {
    const { node, path } = deepestNode(doc.contents, issue.path);
    const pos = position(node);
    const key = path.join(".") || "(top level)";
    const value = valueAt(data, issue.path);
    const what = value === void 0 && issue.code !== "unrecognized_keys" ? "required key is missing" : describeIssue(issue, value);
    if (seen.has(`${key}\0${what}`)) continue;
    seen.add(`${key}\0${what}`);
    problems.push({
      offset: node?.range?.[0] ?? 0,
      error: new MlgateError(`${key}: ${what}`, {
        location: { file: fileName, line: pos?.line, column: pos?.col, key },
        hint: "see schema/mlgate.schema.json for every key, its type and its default"
      })
    });
  }
  const task = data.model?.task;
  if (task === "classification" || task === "regression") {
    const errors = gateConfigErrors(task, data.evaluate, (problem) => {
      const node = problem.at === "key" ? keyNode(doc.getIn(problem.path.slice(0, -1), true), problem.path[problem.path.length - 1]) : deepestNode(doc.contents, problem.path).node;
      const pos = position(node);
      return { file: fileName, line: pos?.line, column: pos?.col, key: problem.path.join(".") };
    });
    for (const error of errors) {
      const { line = 1, column = 1 } = error.location;
      problems.push({ error, offset: (lineCounter.lineStarts[line - 1] ?? 0) + column - 1 });
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.offset - b.offset);
    throw MlgateError.all(
      problems.map((p) => p.error),
      fileName
    );
  }
  const config = result.data;
  const lineOf = (path) => {
    const node = doc.getIn(path, true);
    const pair = path.length ? keyNode(doc.getIn(path.slice(0, -1), true), path[path.length - 1]) : void 0;
    return position(pair ?? node)?.line;
  };
  return { config, lineOf };
}
function valueAt(data, path) {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg];
  }
  return v;
}
function describeIssue(issue, value) {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}, got ${typeName(value)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`;
    default:
      return `${issue.message} (got ${typeName(value)})`;
  }
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}
function keyNode(parent, key) {
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  return parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key)?.key;
}
function deepestNode(root, path) {
  let node = root;
  const walked = [];
  for (const seg of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === seg);
      if (!pair) break;
      walked.push(seg);
      node = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      walked.push(seg);
      node = item;
    } else break;
  }
  return { node, path: path.length > walked.length ? path : walked };
}

export {
  evaluateSection,
  configJsonSchema,
  unknownMetricProblem,
  assertGateConfig,
  worstVerdict,
  fmt,
  judgeRule,
  loadCommandConfig,
  resolveFromConfig
};
