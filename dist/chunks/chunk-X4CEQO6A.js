import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  loadSchema,
  readableRange,
  rulesFromSchema
} from "./chunk-UHT5CBQS.js";
import {
  VALIDATION_SCHEMA,
  validationContract
} from "./chunk-NHQGETXD.js";
import {
  markdownTable,
  require_lib8 as require_lib
} from "./chunk-UIJ5YEQO.js";
import {
  scanFile
} from "./chunk-CTJ7PGUG.js";
import {
  CELL_BOOL,
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INF,
  CELL_INT,
  CELL_MISSING,
  CELL_NAN,
  CELL_STRING,
  KllSketch,
  readOptionsFrom
} from "./chunk-7X562T77.js";
import {
  classCountProblem
} from "./chunk-LXDNF7DQ.js";
import {
  loadProfile
} from "./chunk-6O7DFYOK.js";
import {
  plural
} from "./chunk-EZI4AYPW.js";
import {
  escapeCode,
  escapeMarkdown
} from "./chunk-Z2KXVVDY.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  resolveFromConfig
} from "./chunk-4UCGVU6C.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/validate-data.ts
init_esm_dirname();
import { join } from "node:path";

// src/core/data/checks.ts
init_esm_dirname();
var import_stats_base_dists_binomial_cdf = __toESM(require_lib(), 1);
var CHECK_DEFAULTS = {
  "schema.missing_column": {},
  "schema.unexpected_column": {},
  "schema.type": { fail: 0 },
  /** Without a schema; with one, more than the column's `max_missing` fails and up to it passes. */
  missing: { warn: 0, fail: 0.5 },
  nan_inf: { warn: 0, fail: 0 },
  range: { warn: 0, fail: 0.01 },
  domain: { warn: 0, fail: 0.05 },
  /** The configured label column is in the file. */
  "label.column": {},
  /** A classification label with nearly one class per row (`classCountProblem`). */
  "label.classes": {},
  "label.new_values": { fail: 0 },
  /** Share of the rarest class: below `warn` warns, below `fail` fails. */
  "label.balance": { warn: 0.1, fail: 0.01 },
  "label.conflicts": { warn: 0, fail: 0.01 },
  duplicates: { warn: 0, fail: 0.05 },
  constant: {},
  leakage: { warn: 0, fail: 0.01 },
  /** Values with a robust z-score (|x − median| / (1.4826 · MAD of the values on x's side of the median)) above `z`. */
  outliers: { z: 3.5, warn: 5e-3 },
  /** Relative change of the row count against the reference profile. */
  row_count: { warn: 0.1, fail: 0.5 }
};
function settingsFor(config, id) {
  const out = { enabled: true, t: { ...CHECK_DEFAULTS[id] } };
  const given = config?.[id];
  for (const [key, value] of Object.entries(given ?? {})) {
    if (key === "enabled") {
      if (typeof value !== "boolean") {
        throw new MlgateError(`validate.checks.${id}.enabled must be true or false`, {
          location: { key: `validate.checks.${id}.enabled` }
        });
      }
      out.enabled = value;
      continue;
    }
    if (!(key in CHECK_DEFAULTS[id]) || typeof value !== "number") {
      const keys = Object.keys(CHECK_DEFAULTS[id]);
      throw new MlgateError(
        typeof value !== "number" ? `validate.checks.${id}.${key} must be a number` : `unknown threshold '${key}' for check ${id}`,
        {
          location: { key: `validate.checks.${id}.${key}` },
          hint: keys.length ? `${id} takes: ${[...keys, "enabled"].join(", ")}` : `${id} takes only: enabled`
        }
      );
    }
    out.t[key] = value;
  }
  for (const id2 of Object.keys(config ?? {})) {
    if (!(id2 in CHECK_DEFAULTS)) {
      throw new MlgateError(`unknown check '${id2}' in validate.checks`, {
        location: { key: `validate.checks.${id2}` },
        hint: `checks are: ${Object.keys(CHECK_DEFAULTS).join(", ")}`
      });
    }
  }
  return out;
}
function thresholds(config, id) {
  const s = settingsFor(config, id);
  return Object.assign(/* @__PURE__ */ Object.create(null), s.t, { enabled: s.enabled });
}
function grade(fraction, t) {
  if (t.fail !== void 0 && fraction > t.fail) return "fail";
  if (t.warn !== void 0 && fraction > t.warn) return "warn";
  return "pass";
}
var pct = (x) => `${(100 * x).toFixed(x < 1e-3 && x > 0 ? 3 : 1)}%`;
function runChecks(inputs) {
  const results = [];
  const scans = inputs.test ? [inputs.train, inputs.test] : [inputs.train];
  for (const scan of scans) for (const r of fileChecks(scan, inputs)) results.push(r);
  if (inputs.test) results.push(leakageCheck(inputs.test, inputs));
  results.push(rowCountCheck(inputs.train, inputs));
  return results;
}
function fileChecks(scan, inputs) {
  const { schema } = inputs;
  const cfg = inputs.settings?.checks;
  const strict = inputs.settings?.strict ?? false;
  const label = inputs.label ?? schema?.label;
  const file = scan.file;
  const out = [];
  const rows = scan.profile.rows;
  const add = (r) => out.push({ file, ...r, examples: located(scan, (r.examples ?? []).slice(0, 10)) });
  const enabled = (id) => thresholds(cfg, id).enabled;
  if (schema && enabled("schema.missing_column")) {
    const absent = schema.columns.filter((c) => !scan.columns.includes(c.name));
    if (absent.length === 0)
      add({
        id: "schema.missing_column",
        status: "pass",
        count: 0,
        message: "every schema column is present"
      });
    for (const c of absent) {
      add({
        id: "schema.missing_column",
        status: c.required ? "fail" : "pass",
        column: c.name,
        count: c.required ? 1 : 0,
        message: c.required ? `column '${c.name}' is in the schema but not in the data` : `optional column '${c.name}' is absent`
      });
    }
  }
  if (schema && enabled("schema.unexpected_column")) {
    const extra = scan.columns.filter((n) => !schema.columns.some((c) => c.name === n));
    if (extra.length === 0) {
      add({
        id: "schema.unexpected_column",
        status: "pass",
        count: 0,
        message: "no columns beyond the schema"
      });
    }
    for (const name of extra) {
      add({
        id: "schema.unexpected_column",
        status: strict ? "fail" : "warn",
        column: name,
        count: 1,
        message: `column '${name}' is not in the schema${strict ? "" : " (set validate.strict to fail on it)"}`
      });
    }
  }
  const columnChecks = [
    ["schema.type", (col, ev) => typeFinding(col, ev, schema, thresholds(cfg, "schema.type"))],
    ["missing", (col, ev) => missingFinding(col, ev, schema, thresholds(cfg, "missing"))],
    ["nan_inf", (col, ev) => nanInfFinding(col, ev, thresholds(cfg, "nan_inf"))],
    [
      "range",
      (_col, ev) => evidenceFinding(
        ev.outOfRange,
        rows,
        thresholds(cfg, "range"),
        `outside the schema range ${ev.rules.range?.min} \u2026 ${ev.rules.range?.max}`,
        ev.rules.range !== void 0
      )
    ],
    [
      "domain",
      (col, ev) => col.name === label ? void 0 : evidenceFinding(
        ev.outOfDomain,
        rows,
        thresholds(cfg, "domain"),
        "not in the schema's domain",
        ev.rules.domain !== void 0
      )
    ],
    ["constant", (col) => constantFinding(col)],
    ["outliers", (col, ev) => outlierFinding(col, ev, thresholds(cfg, "outliers"))]
  ];
  for (const [id, find] of columnChecks) {
    if (!enabled(id)) continue;
    let flagged = 0;
    let checked = 0;
    scan.profile.columns.forEach((col, c) => {
      const f = find(col, scan.evidence[c]);
      if (!f) return;
      checked++;
      if (f.status === "pass") return;
      flagged++;
      add({
        id,
        status: f.status,
        column: col.name,
        count: f.count,
        message: f.message,
        examples: f.examples
      });
    });
    if (flagged === 0 && checked > 0)
      add({ id, status: "pass", count: 0, message: `${plural(checked, "column")} checked` });
  }
  const labelIndex = label === void 0 ? -1 : scan.columns.indexOf(label);
  if (label !== void 0 && enabled("label.column")) {
    add({
      id: "label.column",
      status: labelIndex >= 0 ? "pass" : "fail",
      column: label,
      count: labelIndex >= 0 ? 0 : 1,
      message: labelIndex >= 0 ? `label column '${label}' is present` : `label column '${label}' is not in the data (columns: ${scan.columns.join(", ")})`
    });
  }
  if (label !== void 0 && labelIndex >= 0 && enabled("label.classes")) {
    const f = classesFinding(scan.profile.columns[labelIndex], inputs.task);
    if (f) add({ id: "label.classes", column: label, ...f });
  }
  if (label !== void 0 && labelIndex >= 0) {
    const labelCol = scan.profile.columns[labelIndex];
    const ev = scan.evidence[labelIndex];
    if (schema?.classes && enabled("label.new_values")) {
      const t = thresholds(cfg, "label.new_values");
      const n = ev.outOfDomain.count;
      const status = grade(n / Math.max(1, rows), t);
      add({
        id: "label.new_values",
        status,
        column: label,
        count: n,
        message: n ? `${plural(n, "row")} ${n === 1 ? "has" : "have"} a label the schema does not know (known: ${schema.classes.join(", ")})` : "every label is a known class",
        examples: ev.outOfDomain.examples
      });
    }
    if (enabled("label.balance") && labelCol.type !== "float" && labelCol.frequent.exact && labelCol.frequent.items.length > 1) {
      const t = thresholds(cfg, "label.balance");
      const known = schema?.classes ? new Set(schema.classes.map(String)) : void 0;
      const classes = labelCol.frequent.items.filter((i) => !known || known.has(String(i.value)));
      const labelled = classes.reduce((s, i) => s + i.count, 0);
      const rarest = classes.at(-1) ?? labelCol.frequent.items.at(-1);
      const share = rarest.count / Math.max(1, labelled);
      const status = t.fail !== void 0 && share < t.fail ? "fail" : t.warn !== void 0 && share < t.warn ? "warn" : "pass";
      add({
        id: "label.balance",
        status,
        column: label,
        count: status === "pass" ? 0 : rarest.count,
        message: `rarest class '${rarest.value}' is ${pct(share)} of labelled rows (${classes.length} classes)`
      });
    }
    if (enabled("label.conflicts")) {
      const t = thresholds(cfg, "label.conflicts");
      const n = scan.conflicts.count;
      add({
        id: "label.conflicts",
        status: grade(n / Math.max(1, rows), t),
        column: label,
        count: n,
        message: n ? `${about(scan.conflicts)}${plural(n, "row")} ${n === 1 ? "repeats" : "repeat"} the features of an earlier row with a different label${sampled(scan.conflicts)}` : `no rows with equal features and different labels${sampled(scan.conflicts)}`,
        examples: scan.conflicts.examples
      });
    }
  }
  if (enabled("duplicates")) {
    const t = thresholds(cfg, "duplicates");
    const n = scan.duplicates.count;
    add({
      id: "duplicates",
      status: grade(n / Math.max(1, rows), t),
      count: n,
      message: n ? `${about(scan.duplicates)}${plural(n, "row")} (${pct(n / rows)}) ${n === 1 ? "repeats" : "repeat"} an earlier row${sampled(scan.duplicates)}` : `no duplicate rows${sampled(scan.duplicates)}`,
      examples: scan.duplicates.examples
    });
  }
  return out;
}
var KIND_FITS = {
  int: [CELL_INT, CELL_NAN, CELL_INF],
  float: [CELL_INT, CELL_FLOAT, CELL_NAN, CELL_INF],
  bool: [CELL_BOOL],
  datetime: [CELL_DATETIME],
  string: [CELL_INT, CELL_FLOAT, CELL_BOOL, CELL_DATETIME, CELL_STRING, CELL_NAN, CELL_INF]
};
var NUMERIC = [CELL_INT, CELL_FLOAT, CELL_NAN, CELL_INF];
function kindCount(col, kind) {
  const t = col.type_counts;
  switch (kind) {
    case CELL_INT:
      return t.int;
    case CELL_FLOAT:
      return t.float - col.nan - col.inf;
    case CELL_BOOL:
      return t.bool;
    case CELL_DATETIME:
      return t.datetime;
    case CELL_STRING:
      return t.string;
    case CELL_NAN:
      return col.nan;
    case CELL_INF:
      return col.inf;
    default:
      return col.missing;
  }
}
function typeFinding(col, ev, schema, t) {
  const expected = schema?.columns.find((c) => c.name === col.name)?.type;
  let misfits;
  let what;
  if (expected) {
    const fits = KIND_FITS[expected];
    misfits = [CELL_INT, CELL_FLOAT, CELL_BOOL, CELL_DATETIME, CELL_STRING, CELL_NAN, CELL_INF].filter(
      (k) => !fits.includes(k)
    );
    what = `the schema says ${expected}`;
  } else {
    const present2 = col.count - col.missing;
    const numeric = NUMERIC.reduce((s, k) => s + kindCount(col, k), 0);
    if (present2 === 0 || numeric === present2 || numeric < 0.9 * present2) return void 0;
    misfits = [CELL_BOOL, CELL_DATETIME, CELL_STRING];
    what = `${pct(numeric / present2)} of the values are numbers`;
  }
  const count = misfits.reduce((s, k) => s + kindCount(col, k), 0);
  const examples = misfits.flatMap((k) => ev.byKind[k].examples);
  const present = Math.max(1, col.count - col.missing);
  return {
    status: count === 0 ? "pass" : grade(count / present, t),
    count,
    message: count ? `${plural(count, "value")} ${count === 1 ? "does" : "do"} not fit the column type (${what})` : `values fit ${expected ?? col.type}`,
    examples
  };
}
function missingFinding(col, ev, schema, t) {
  const n = col.missing;
  const fraction = col.count ? n / col.count : 0;
  const rule = schema?.columns.find((c) => c.name === col.name);
  let status;
  let limit = "";
  if (rule) {
    const allowed = rule.nullable ? rule.max_missing : 0;
    const chance = fraction > allowed && allowed > 0 ? binomialTail(n, col.count, allowed) : 0;
    status = fraction <= allowed ? "pass" : chance >= MISSING_CHANCE ? "warn" : "fail";
    limit = ` (schema allows ${rule.nullable ? pct(allowed) : "none"}${status === "warn" ? `; more, but within chance for ${plural(col.count, "row")}: p = ${chance.toFixed(2)}` : ""})`;
  } else {
    status = grade(fraction, t);
  }
  return {
    status,
    count: n,
    message: `${plural(n, "missing value")} (${pct(fraction)})${limit}`,
    examples: ev.byKind[CELL_MISSING].examples
  };
}
var MISSING_CHANCE = 1e-3;
function binomialTail(k, n, p) {
  return k <= 0 ? 1 : 1 - (0, import_stats_base_dists_binomial_cdf.default)(k - 1, n, p);
}
function nanInfFinding(col, ev, t) {
  const n = col.nan + col.inf;
  if (n === 0 && !col.numeric) return void 0;
  return {
    status: grade(n / Math.max(1, col.count), t),
    count: n,
    message: n ? `${col.nan} NaN and ${plural(col.inf, "infinite value")}` : "no NaN or infinite values",
    examples: [...ev.byKind[CELL_NAN].examples, ...ev.byKind[CELL_INF].examples]
  };
}
function evidenceFinding(ev, rows, t, what, applies) {
  if (!applies) return void 0;
  return {
    status: grade(ev.count / Math.max(1, rows), t),
    count: ev.count,
    message: ev.count ? `${plural(ev.count, "value")} (${pct(ev.count / rows)}) ${what}` : `every value within the schema`,
    examples: ev.examples
  };
}
function constantFinding(col) {
  if (col.count === col.missing) {
    return { status: "warn", count: col.count, message: "every value is missing" };
  }
  const num = col.numeric;
  const constant = col.distinct.exact && col.distinct.count === 1 || num !== void 0 && num.count === col.count - col.missing && num.min === num.max;
  return {
    status: constant ? "warn" : "pass",
    count: constant ? col.count - col.missing : 0,
    message: constant ? `every value is ${onlyValue(col)}` : "not constant"
  };
}
function onlyValue(col) {
  const item = col.frequent.items[0];
  if (item) return `'${item.value}'`;
  const num = col.numeric;
  if (num && col.type === "datetime") return `'${new Date(num.min).toISOString()}'`;
  if (num) return String(num.min);
  if (col.nan > 0) return "NaN";
  return "the same";
}
function classesFinding(col, task) {
  if (task === "regression" || task === void 0 && col.type === "float") return void 0;
  const labelled = col.count - col.missing;
  const classes = Math.min(col.distinct.count, labelled);
  const problem = classCountProblem(classes, labelled);
  const counted = `${col.distinct.exact ? "" : "about "}${plural(classes, "distinct value")} in ${plural(labelled, "labelled row")}`;
  if (!problem) return { status: "pass", count: 0, message: `${counted}` };
  const sure = task === "classification" || col.type === "string" || col.type === "bool";
  return {
    status: sure ? "fail" : "warn",
    count: classes,
    message: `${counted}: ${problem.reason}, so train would refuse it as a classification label${sure ? "" : " (set model.task to say whether it is one)"}; ${problem.hint}`
  };
}
function below(x) {
  if (x === 0) return -Number.MIN_VALUE;
  BITS_F[0] = x;
  BITS_I[0] += x > 0 ? -1n : 1n;
  return BITS_F[0];
}
var BITS_F = new Float64Array(1);
var BITS_I = new BigInt64Array(BITS_F.buffer);
function outlierFinding(col, ev, t) {
  const num = col.numeric;
  if (!num || col.type !== "int" && col.type !== "float" || num.count < 20) return void 0;
  if (num.max === num.min)
    return { status: "pass", count: 0, message: "every value is the same: no spread to score against" };
  const kll = KllSketch.from(num.sketch);
  const median = kll.quantile(0.5);
  const belowMedian = kll.rank(below(median));
  const aboveMedian = 1 - kll.rank(median);
  const bisect = (inside, target) => {
    let lo = 0;
    let hi = num.max - num.min;
    for (let i = 0; i < 60; i++) {
      const d = (lo + hi) / 2;
      if (inside(d) < target) lo = d;
      else hi = d;
    }
    return hi;
  };
  const z = t.z ?? 3.5;
  const low = belowMedian > 0 ? median - z * 1.4826 * bisect((d) => belowMedian - kll.rank(below(median - d)), belowMedian / 2) : Number.NEGATIVE_INFINITY;
  const high = aboveMedian > 0 ? median + z * 1.4826 * bisect((d) => kll.rank(median + d) - kll.rank(median), aboveMedian / 2) : Number.POSITIVE_INFINITY;
  const beyond = Math.round(
    num.count * ((low > num.min ? kll.rank(below(low)) : 0) + (high < num.max ? 1 - kll.rank(high) : 0))
  );
  const examples = [
    ...ev.high.filter((e) => e.value > high),
    ...ev.low.filter((e) => e.value < low)
  ];
  const count = Math.max(beyond, examples.length);
  const fraction = count / num.count;
  return {
    status: grade(fraction, t),
    count,
    message: `about ${plural(count, "value")} (${pct(fraction)}) ${count === 1 ? "has" : "have"} a robust z-score above ${z} (${fences(low, median, high)})`,
    examples: examples.slice(0, 10)
  };
}
function fences(low, median, high) {
  if (!Number.isFinite(low)) return `above ${readableValue(readableRange(median, high).max)}`;
  if (!Number.isFinite(high)) return `below ${readableValue(readableRange(low, median).min)}`;
  const shown = readableRange(low, high);
  return `outside ${readableValue(shown.min)} \u2026 ${readableValue(shown.max)}`;
}
function readableValue(x) {
  return String(Number(x.toPrecision(6)));
}
function leakageCheck(test, inputs) {
  const t = thresholds(inputs.settings?.checks, "leakage");
  const n = test.leakage.count;
  const rows = test.profile.rows;
  return {
    id: "leakage",
    status: t.enabled ? grade(n / Math.max(1, rows), t) : "pass",
    count: n,
    message: n ? `${about(test.leakage)}${plural(n, "test row")} (${pct(n / rows)}) also ${n === 1 ? "appears" : "appear"} in the training data${sampled(test.leakage)}` : `no test row appears in the training data${sampled(test.leakage)}`,
    examples: located(test, test.leakage.examples),
    file: test.file
  };
}
function rowCountCheck(train, inputs) {
  const t = thresholds(inputs.settings?.checks, "row_count");
  const rows = train.profile.rows;
  if (!inputs.reference || !t.enabled) {
    return {
      id: "row_count",
      status: "pass",
      count: rows,
      message: `${plural(rows, "row")} (no reference profile to compare with)`,
      examples: [],
      file: train.file
    };
  }
  const ref = inputs.reference.rows;
  const change = ref === 0 ? rows === 0 ? 0 : 1 : Math.abs(rows - ref) / ref;
  return {
    id: "row_count",
    status: grade(change, t),
    count: rows,
    message: `${plural(rows, "row")} vs ${ref} in the reference (${rows >= ref ? "+" : "\u2212"}${pct(change)}; ${rowCountLimit(change, t)})`,
    examples: [],
    file: train.file
  };
}
function located(scan, examples) {
  if (scan.positions !== "records") return examples;
  return examples.map(({ line: _, ...e }) => e);
}
function rowCountLimit(change, t) {
  if (t.fail !== void 0 && change > t.fail) return `fail above ${pct(t.fail)}`;
  if (t.warn !== void 0 && change > t.warn) return `warn above ${pct(t.warn)}`;
  return `warn above ${pct(t.warn ?? 0)}${t.fail !== void 0 ? `, fail above ${pct(t.fail)}` : ""}`;
}
function about(e) {
  return e.exact ? "" : "about ";
}
function sampled(e) {
  return e.exact ? "" : " (estimated from a hash sample of the rows: the file has more distinct rows than the row index holds)";
}
function overallStatus(checks) {
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (checks.some((c) => c.status === "warn")) return "warn";
  return "pass";
}

// src/core/report/validation.ts
init_esm_dirname();
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function examplesCell(check) {
  if (check.examples.length === 0) return "";
  const shown = check.examples.slice(0, 3).map((e) => {
    const where = e.line !== void 0 ? `line ${e.line}` : e.row !== void 0 ? `record ${e.row}` : "";
    const value = e.value === null ? "missing" : escapeMarkdown(String(e.value)).slice(0, 40);
    return where ? `${where}: ${value}` : value;
  });
  return shown.join("; ") + (check.examples.length > 3 ? " \u2026" : "");
}
function validationMarkdown(v) {
  const lines = [];
  const files = v.test ? `${escapeCode(v.data)} and ${escapeCode(v.test)}` : escapeCode(v.data);
  lines.push(`### ${ICON[v.status]} Data validation: ${v.status}`);
  lines.push("");
  lines.push(
    `${files}: ${plural(v.rows, "row")} \xD7 ${plural(v.columns, "column")} \u2014 ${v.counts.fail} failed, ${plural(v.counts.warn, "warning")}, ${v.counts.pass} passed.`
  );
  const order = { fail: 0, warn: 1, pass: 2 };
  const flagged = v.checks.filter((c) => c.status !== "pass").sort((a, b) => order[a.status] - order[b.status]);
  if (flagged.length) {
    lines.push("");
    lines.push(
      markdownTable([
        ["", "check", "column", "count", "details", "examples"],
        ...flagged.map((c) => [
          ICON[c.status],
          escapeCode(c.id),
          // With a test file, say which file a finding is in.
          (v.test && c.file === v.test ? "test: " : "") + (c.column === void 0 ? "" : escapeMarkdown(c.column)),
          String(c.count),
          escapeMarkdown(c.message),
          examplesCell(c)
        ])
      ])
    );
  }
  const passed = [...new Set(v.checks.filter((c) => c.status === "pass").map((c) => c.id))];
  if (passed.length) {
    lines.push("");
    lines.push(`Passed: ${passed.map((id) => escapeCode(id)).join(", ")}.`);
  }
  return `${lines.join("\n")}
`;
}

// src/commands/validate-data.ts
async function validateData(loaded, inputs, ports) {
  const cfg = loaded?.config;
  const fromConfig = (p) => p && loaded ? resolveFromConfig(loaded, p) : p;
  const data = inputs.data ?? fromConfig(cfg?.data.train);
  if (!data) {
    throw new MlgateError("no data file to validate", {
      hint: "pass --data <file>, or set `data.train` in mlgate.yml"
    });
  }
  const testPath = inputs.test ?? fromConfig(cfg?.data.test);
  const schemaPath = inputs.schema ?? fromConfig(cfg?.validate.schema);
  const referencePath = inputs.reference ?? fromConfig(cfg?.validate.reference);
  const schema = schemaPath ? await loadSchema(schemaPath) : void 0;
  const reference = referencePath ? await loadProfile(referencePath) : void 0;
  const label = inputs.label ?? schema?.label ?? cfg?.model?.label;
  const read = readOptionsFrom(loaded);
  const rules = rulesFromSchema(schema ? { ...schema, label } : void 0);
  const out = inputs.out ?? "mlgate-out";
  const failOn = inputs.failOn ?? cfg?.validate.fail_on ?? "error";
  const files = {
    validation: join(out, "validation.json"),
    profile: join(out, "profile.json"),
    report: join(out, "validation.md")
  };
  await checkOutputPaths(Object.values(files));
  const train = await ports.logger.group(
    `Profile ${data}`,
    () => scanFile(data, { read, label, rules, progress: ports.progress })
  );
  const test = testPath ? await ports.logger.group(
    `Profile ${testPath}`,
    () => scanFile(testPath, { read, label, rules, leakageIndex: train.rowIndex, progress: ports.progress })
  ) : void 0;
  const checks = runChecks({
    train,
    test,
    schema,
    reference,
    label,
    task: cfg?.model?.task,
    settings: { strict: inputs.strict ?? cfg?.validate.strict ?? false, checks: cfg?.validate.checks ?? {} }
  });
  const status = overallStatus(checks);
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const c of checks) counts[c.status]++;
  const validation = validationContract.parse({
    schema: VALIDATION_SCHEMA,
    status,
    data,
    test: testPath,
    rows: train.profile.rows,
    columns: train.columns.length,
    counts,
    checks
  });
  const markdown = validationMarkdown(validation);
  await writeOutputs({
    [files.validation]: toJson(validation),
    [files.profile]: toJson(train.profile),
    [files.report]: markdown
  });
  for (const c of checks) {
    if (c.status === "pass") continue;
    const where = { file: c.file, line: c.examples[0]?.line, title: `validate-data: ${c.id}` };
    const text = `${c.column ? `${c.column}: ` : ""}${c.message}`;
    if (c.status === "fail") ports.logger.error(text, where);
    else ports.logger.warn(text, where);
  }
  const failed = status === "fail" || failOn === "warn" && status === "warn";
  return { status, failed, validation, profile: train.profile, markdown, files };
}

export {
  validateData
};
