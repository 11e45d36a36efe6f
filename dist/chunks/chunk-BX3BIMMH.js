import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  formatPredictionsCsv,
  predictionsFromTable
} from "./chunk-2UEPIMMM.js";
import {
  trainReportSchema
} from "./chunk-LM5LLMNV.js";
import {
  GITHUB_COMMENT_LIMIT,
  checkBudget,
  details,
  differences,
  fitToBudget,
  holmAdjust,
  mcnemarTest,
  pairedBootstrapParallel,
  renderCommentHtml,
  renderLearningCurves,
  renderTrainingInfo,
  summarise,
  table,
  twoSidedNormalP,
  whereToFind
} from "./chunk-27HNNM5J.js";
import {
  alignPredictions,
  labelsAbsentFromTest,
  warnAboutLabels
} from "./chunk-Y7VMZH5F.js";
import {
  MODEL_MANIFEST_FILE
} from "./chunk-TK3KZ7H5.js";
import {
  evaluationSchema
} from "./chunk-2VVLOP77.js";
import {
  VALIDATION_SCHEMA,
  validationContract
} from "./chunk-NHQGETXD.js";
import {
  readOptionsFrom,
  readTable
} from "./chunk-7X562T77.js";
import {
  allOf,
  formatCount,
  formatDelta,
  formatInterval,
  formatLevel,
  formatNumber,
  formatPValue,
  plural
} from "./chunk-EZI4AYPW.js";
import {
  clip,
  escapeCode,
  escapeHtmlInline,
  escapeMarkdown
} from "./chunk-Z2KXVVDY.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  assertGateConfig,
  evaluateSection,
  fmt,
  judgeRule,
  resolveFromConfig,
  unknownMetricProblem,
  worstVerdict
} from "./chunk-4UCGVU6C.js";
import {
  CLASSIFICATION_METRICS,
  REGRESSION_METRICS,
  classDetails,
  classificationKernel,
  metricDirection,
  regressionKernel,
  scoreAll
} from "./chunk-T7VKUT63.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/evaluate.ts
init_esm_dirname();
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

// src/core/evaluate/baseline.ts
init_esm_dirname();
function localBaselineSource(opts) {
  return {
    async resolve(model) {
      if (opts.given) return { ref: { path: opts.given, origin: "--baseline" } };
      if (opts.configured) {
        return { ref: { path: opts.configured, origin: "evaluate.baseline in mlgate.yml" } };
      }
      if (!opts.registry) return {};
      const champion = await opts.registry.champion(model);
      if (!champion) {
        return {
          firstModel: `no ${opts.registry.alias} in the registry yet (${model}#${opts.registry.alias})`
        };
      }
      const { path, release, ...registry } = champion;
      return {
        ref: { path, origin: `registry ${registry.alias}`, registry, ...release ? { release } : {} }
      };
    }
  };
}

// src/core/evaluate/evaluation.ts
init_esm_dirname();

// src/core/stats/auc.ts
init_esm_dirname();
function midranks(values) {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i2 = 0; i2 < n; i2++) order[i2] = i2;
  order.sort((x, y) => values[x] - values[y]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    const v = values[order[i]];
    while (j < n && values[order[j]] === v) j++;
    const rank = 0.5 * (i + j - 1) + 1;
    for (let k = i; k < j; k++) ranks[order[k]] = rank;
    i = j;
  }
  return ranks;
}
function split(positive, scores) {
  const pos = [];
  const neg = [];
  for (let i = 0; i < scores.length; i++) (positive[i] ? pos : neg).push(scores[i]);
  return { pos, neg };
}
function placements(pos, neg) {
  const m = pos.length;
  const n = neg.length;
  const all = midranks(pos.concat(neg));
  const rx = midranks(pos);
  const ry = midranks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    sum += all[i];
    v10[i] = (all[i] - rx[i]) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (all[m + j] - ry[j]) / m;
  return { auc: sum / (m * n) - (m + 1) / (2 * n), v10, v01 };
}
function covariance(x, y) {
  const n = x.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i] - mx) * (y[i] - my);
  return s / (n - 1);
}
function delongPaired(positive, scoresA, scoresB) {
  const a = split(positive, scoresA);
  const b = split(positive, scoresB);
  const m = a.pos.length;
  const n = a.neg.length;
  if (m === 0 || n === 0) {
    return {
      aucA: Number.NaN,
      aucB: Number.NaN,
      varianceDiff: Number.NaN,
      z: Number.NaN,
      pValue: Number.NaN
    };
  }
  const pa = placements(a.pos, a.neg);
  const pb = placements(b.pos, b.neg);
  const s10 = covariance(pa.v10, pa.v10) + covariance(pb.v10, pb.v10) - 2 * covariance(pa.v10, pb.v10);
  const s01 = covariance(pa.v01, pa.v01) + covariance(pb.v01, pb.v01) - 2 * covariance(pa.v01, pb.v01);
  const varianceDiff = s10 / m + s01 / n;
  const diff = pa.auc - pb.auc;
  let z;
  if (varianceDiff > 0) z = diff / Math.sqrt(varianceDiff);
  else z = diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY;
  return { aucA: pa.auc, aucB: pb.auc, varianceDiff, z, pValue: twoSidedNormalP(z) };
}

// src/core/evaluate/evaluation.ts
var DEFAULT_COMPARED = {
  classification: CLASSIFICATION_METRICS.filter((m) => m !== "precision_weighted" && m !== "recall_weighted"),
  regression: REGRESSION_METRICS
};
function kernels(aligned) {
  if (aligned.task === "classification") {
    return {
      candidate: classificationKernel(aligned.problem, aligned.candidate),
      baseline: aligned.baseline && classificationKernel(aligned.problem, aligned.baseline)
    };
  }
  return {
    candidate: regressionKernel(aligned.yTrue, aligned.candidate),
    baseline: aligned.baseline && regressionKernel(aligned.yTrue, aligned.baseline)
  };
}
function missingMetricError(metric, key, input, side, kernel) {
  const unknown = unknownMetricProblem(metric, input.aligned.task);
  let why;
  let hint;
  if (unknown) {
    why = unknown.message;
    hint = unknown.hint;
  } else if (kernel.names.includes(metric)) {
    const source = side === "candidate" ? input.candidate.source : input.baseline.source;
    why = `'${metric}' is undefined for ${source} on these ${kernel.rows} rows`;
    hint = "ROC-AUC needs both positive and negative rows for some class; use a larger or stratified test set";
  } else {
    const source = side === "candidate" ? input.candidate.source : input.baseline.source;
    why = `'${metric}' needs class probabilities but ${source} has no proba_<class> columns`;
    hint = "write predictions with proba_<class> columns (mlgate predict does), or remove the metric";
  }
  const line = key.startsWith("evaluate.gate.") ? input.gateLines?.get(metric) : void 0;
  return new MlgateError(`${key}: ${why}`, { location: { file: input.configFile, line, key }, hint });
}
function pairedTest(metric, aligned, bootstrapP) {
  if (aligned.task === "classification" && aligned.baseline) {
    const { problem, candidate, baseline } = aligned;
    if (metric === "accuracy") {
      let b = 0;
      let c = 0;
      for (let i = 0; i < problem.yTrue.length; i++) {
        const t = problem.yTrue[i];
        const candRight = candidate.yPred[i] === t;
        const baseRight = baseline.yPred[i] === t;
        if (candRight && !baseRight) b++;
        else if (!candRight && baseRight) c++;
      }
      const r = mcnemarTest(b, c);
      return { p: r.pValue, test: r.exact ? "mcnemar-exact" : "mcnemar" };
    }
    const L = problem.labels.length;
    if (metric === "roc_auc" && L === 2 && candidate.proba && baseline.proba) {
      const n = problem.yTrue.length;
      const positive = Int32Array.from(problem.yTrue, (t) => t === 1 ? 1 : 0);
      const score = (p) => Float64Array.from({ length: n }, (_, i) => p[i * 2 + 1]);
      return {
        p: delongPaired(positive, score(candidate.proba), score(baseline.proba)).pValue,
        test: "delong"
      };
    }
  }
  return { p: bootstrapP, test: "bootstrap" };
}
async function buildEvaluation(input) {
  const { aligned, config } = input;
  const sides = kernels(aligned);
  const hasBaseline = sides.baseline !== void 0;
  const candidateMetrics = definedOnly(scoreAll(sides.candidate));
  const baselineMetrics = sides.baseline && definedOnly(scoreAll(sides.baseline));
  for (const metric of config.metrics ?? []) {
    if (!(metric in candidateMetrics))
      throw missingMetricError(metric, "evaluate.metrics", input, "candidate", sides.candidate);
  }
  const gate = Object.entries(config.gate);
  for (const [metric, rule] of gate) {
    const key = `evaluate.gate.${metric}`;
    if (!(metric in candidateMetrics)) {
      throw missingMetricError(metric, key, input, "candidate", sides.candidate);
    }
    const relative2 = rule.max_regression !== void 0 || rule.must_improve;
    if (relative2 && baselineMetrics && !(metric in baselineMetrics)) {
      throw missingMetricError(metric, key, input, "baseline", sides.baseline);
    }
  }
  const compared = [
    .../* @__PURE__ */ new Set([
      ...config.metrics ?? DEFAULT_COMPARED[aligned.task].filter((m) => m in candidateMetrics),
      ...gate.map(([m]) => m)
    ])
  ];
  const resamples = await pairedBootstrapParallel(sides.candidate, sides.baseline, {
    ...config.bootstrap,
    progress: input.progress
  });
  const level = config.bootstrap.level;
  const alpha = 1 - level;
  const candidateIntervals = {};
  const baselineIntervals = {};
  for (const name of Object.keys(candidateMetrics)) {
    const s = summarise(resamples.candidate[name], level);
    if (!Number.isNaN(s.low)) candidateIntervals[name] = { low: s.low, high: s.high };
    const b = resamples.baseline?.[name];
    if (b && baselineMetrics && name in baselineMetrics) {
      const sb = summarise(b, level);
      if (!Number.isNaN(sb.low)) baselineIntervals[name] = { low: sb.low, high: sb.high };
    }
  }
  const comparisons = compared.map((metric) => {
    const rule = config.gate[metric];
    const direction = rule?.direction ?? metricDirection(metric) ?? "higher";
    const candidate = candidateMetrics[metric];
    const baseline = baselineMetrics?.[metric];
    const c = { metric, direction, candidate, reasons: [] };
    if (baseline !== void 0) {
      const diffs = differences(resamples.candidate[metric], resamples.baseline[metric]);
      const s = summarise(diffs, level);
      const { p, test } = pairedTest(metric, aligned, s.pValue);
      Object.assign(c, { baseline, diff: candidate - baseline, test });
      if (!Number.isNaN(s.low)) Object.assign(c, { ci_low: s.low, ci_high: s.high });
      if (!Number.isNaN(p)) Object.assign(c, { p_value_raw: p, p_value: p });
    }
    return c;
  });
  const gatedWithP = comparisons.filter((c) => config.gate[c.metric] && c.p_value_raw !== void 0);
  const adjusted = holmAdjust(gatedWithP.map((c) => c.p_value_raw));
  gatedWithP.forEach((c, i) => {
    c.p_value = adjusted[i];
  });
  const blocking = [];
  const verdicts = [];
  for (const c of comparisons) {
    const rule = config.gate[c.metric];
    if (!rule) continue;
    const outcome = judgeRule(rule, {
      metric: c.metric,
      direction: c.direction,
      candidate: c.candidate,
      baseline: c.baseline,
      ciLow: c.ci_low,
      ciHigh: c.ci_high,
      pValue: c.p_value,
      alpha,
      level
    });
    c.verdict = outcome.verdict;
    c.reasons = outcome.reasons;
    verdicts.push(outcome.verdict);
    if (outcome.verdict !== "pass") blocking.push(`${c.metric} (${outcome.blockingConditions.join(", ")})`);
  }
  const verdict = worstVerdict(verdicts.filter((v) => v !== void 0));
  const blocks = verdict === "fail" || verdict === "inconclusive" && config.inconclusive === "block";
  let summary;
  const mode = hasBaseline ? "" : " (first model: no baseline, absolute thresholds only)";
  if (gate.length === 0) summary = `pass${mode}: no gate rules configured (evaluate.gate in mlgate.yml)`;
  else if (verdict === "pass") summary = `pass${mode}: ${gate.map(([m]) => m).join(", ")} within the gate`;
  else if (verdict === "fail") summary = `fail${mode}: blocked by ${blocking.join("; ")}`;
  else {
    summary = `inconclusive${mode}: ${blocking.join("; ")} \u2014 the confidence interval straddles the bound; ` + (blocks ? "blocks the merge (evaluate.inconclusive: block)" : "does not block (evaluate.inconclusive: pass)");
  }
  const side = (source, metrics, intervals, which) => {
    const s = { source: source.source, metrics, intervals };
    if (source.predictions) s.predictions = source.predictions;
    if (aligned.task === "classification") {
      const d = classDetails(aligned.problem, aligned[which]);
      s.confusion = { labels: d.labels, matrix: d.matrix };
      s.per_class = d.perClass;
    }
    return s;
  };
  return {
    schema: "mlgate/evaluation@1",
    model: input.model,
    task: aligned.task,
    created_at: (input.now ?? /* @__PURE__ */ new Date()).toISOString(),
    rows: sides.candidate.rows,
    ...aligned.unlabelled > 0 ? { unlabelled_rows: aligned.unlabelled } : {},
    ...aligned.task === "classification" ? { labels: aligned.problem.labels, labels_absent_from_test: labelsAbsentFromTest(aligned.problem) } : {},
    first_model: !hasBaseline,
    candidate: side(input.candidate, candidateMetrics, candidateIntervals, "candidate"),
    ...input.baseline && baselineMetrics ? { baseline: side(input.baseline, baselineMetrics, baselineIntervals, "baseline") } : {},
    comparisons,
    slices: computeSlices(sides, input.sliceColumns ?? [], config.slices.min_size, compared),
    bootstrap: { ...config.bootstrap },
    verdict,
    blocking: blocks,
    summary
  };
}
function definedOnly(metrics) {
  return Object.fromEntries(Object.entries(metrics).filter(([, v]) => !Number.isNaN(v)));
}
var MISSING = "(missing)";
function computeSlices(sides, columns, minSize, compared) {
  const out = [];
  const n = sides.candidate.rows;
  const weights = new Uint8Array(n);
  const pick = (kernel, buf) => {
    kernel.compute(weights, buf);
    const m = {};
    kernel.names.forEach((name, i) => {
      if (compared.includes(name) && !Number.isNaN(buf[i])) m[name] = buf[i];
    });
    return m;
  };
  const bufC = new Float64Array(sides.candidate.names.length);
  const bufB = new Float64Array(sides.baseline?.names.length ?? 0);
  for (const col of columns) {
    const groups = /* @__PURE__ */ new Map();
    col.values.forEach((v, i) => {
      const key = v === null || v === void 0 ? MISSING : String(v);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    const kept = [...groups.entries()].filter(([, rows]) => rows.length >= minSize).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [value, rows] of kept) {
      weights.fill(0);
      for (const i of rows) weights[i] = 1;
      const slice = {
        column: col.name,
        value,
        rows: rows.length,
        candidate: pick(sides.candidate, bufC)
      };
      if (sides.baseline) slice.baseline = pick(sides.baseline, bufB);
      out.push(slice);
    }
  }
  return out;
}

// src/core/report/evaluation.ts
init_esm_dirname();

// src/core/report/validation-section.ts
init_esm_dirname();
var TOP_CHECKS = 10;
var statusIcon = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function checksTable(checks) {
  return table(
    ["check", "column", "status", "count", "message"],
    checks.map((c) => [
      escapeMarkdown(clip(c.id, 60)),
      c.column === void 0 ? "" : escapeMarkdown(clip(c.column, 60)),
      `${statusIcon[c.status]} ${c.status}`,
      formatCount(c.count),
      escapeMarkdown(clip(c.message, 160))
    ]),
    ["l", "l", "l", "r", "l"]
  );
}
function renderValidationSection(summary, form = "full", links) {
  const tally = { pass: 0, warn: 0, fail: 0 };
  for (const c of summary.checks) tally[c.status]++;
  const rows = summary.rows === void 0 ? "" : ` on ${formatCount(summary.rows)} ${summary.rows === 1 ? "row" : "rows"}`;
  const head = `#### Data validation: ${statusIcon[summary.status]} ${summary.status}

${plural(summary.checks.length, "check")}${rows}: ${tally.pass} pass, ${tally.warn} warn, ${tally.fail} fail.`;
  if (form === "counts") {
    return tally.warn + tally.fail > 0 ? `${head} Details in ${whereToFind(links)}.` : head;
  }
  const order = { fail: 0, warn: 1, pass: 2 };
  const problems = summary.checks.filter((c) => c.status !== "pass").sort((a, b) => order[a.status] - order[b.status]);
  const parts = [head];
  if (form === "top" && problems.length > TOP_CHECKS) {
    parts.push(checksTable(problems.slice(0, TOP_CHECKS)));
    parts.push(`${problems.length - TOP_CHECKS} more checks that did not pass are in ${whereToFind(links)}.`);
    return parts.join("\n\n");
  }
  if (problems.length > 0) parts.push(checksTable(problems));
  if (form === "full" && summary.checks.length > problems.length) {
    parts.push(details(allOf(summary.checks.length, "check"), checksTable(summary.checks)));
  }
  return parts.join("\n\n");
}

// src/core/report/evaluation.ts
var MAX_CONFUSION_CLASSES = 20;
var CONDENSED_ROWS = 10;
var GATED_ROWS_LAST_RESORT = 25;
var verdictText = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  inconclusive: "\u26A0\uFE0F inconclusive"
};
var testName = {
  mcnemar: "McNemar",
  "mcnemar-exact": "exact McNemar",
  delong: "DeLong",
  bootstrap: "bootstrap",
  none: ""
};
var label = (text, max = 80) => escapeMarkdown(clip(text, max));
function metricCell(c) {
  return `${label(c.metric, 60)} ${c.direction === "higher" ? "\u2191" : "\u2193"}`;
}
function pCell(c) {
  if (c.p_value === void 0) return "n/a";
  const name = c.test ? testName[c.test] : "";
  return name ? `${formatPValue(c.p_value)} (${name})` : formatPValue(c.p_value);
}
function reasonsText(c) {
  return label(c.reasons.join("; "), 200);
}
var HEADLINE_RULES = 5;
function ruleList(rules, fallback) {
  const lines = rules.slice(0, HEADLINE_RULES).map((c) => `- **${label(c.metric, 60)}**: ${reasonsText(c) || fallback}`);
  if (rules.length > HEADLINE_RULES)
    lines.push(`- and ${rules.length - HEADLINE_RULES} more in the table below`);
  return lines;
}
function blockingComparisons(evaluation) {
  return evaluation.comparisons.filter(
    (c) => c.verdict === "fail" || c.verdict === "inconclusive" && evaluation.verdict !== "pass"
  );
}
function renderHeadline(evaluation, level) {
  const model = label(evaluation.model, 80);
  const gated = evaluation.comparisons.filter((c) => c.verdict !== void 0);
  const blocks = [];
  if (evaluation.verdict === "pass") {
    blocks.push(`### \u2705 mlgate \xB7 ${model}: pass`);
    blocks.push(
      gated.length > 0 ? gated.length === 1 ? "The candidate meets the gate rule." : `The candidate meets all ${gated.length} gate rules.` : "No gate rules are configured; the metrics below are for information."
    );
  } else {
    const effect = evaluation.blocking ? "merge blocked" : "not blocking";
    blocks.push(
      evaluation.verdict === "fail" ? `### \u274C mlgate \xB7 ${model}: ${effect}` : `### \u26A0\uFE0F mlgate \xB7 ${model}: inconclusive, ${effect}`
    );
    const rules = blockingComparisons(evaluation);
    const failed = rules.filter((c) => c.verdict === "fail");
    const unsure = rules.filter((c) => c.verdict === "inconclusive");
    if (rules.length === 0) blocks.push(label(evaluation.summary, 400));
    if (failed.length > 0) {
      blocks.push(
        `**Failed rule${failed.length === 1 ? "" : "s"}:**
${ruleList(failed, "gate rule failed").join("\n")}`
      );
    }
    if (unsure.length > 0) {
      blocks.push(
        `**Inconclusive: the ${level} of the difference straddles the bound:**
` + ruleList(unsure, "bound inside the interval").join("\n")
      );
    }
  }
  if (evaluation.first_model) {
    const why = evaluation.first_model_reason ?? "there is no baseline to compare with";
    blocks.push(
      `> **First model:** ${escapeMarkdown(why)}, so only absolute thresholds (\`min\` / \`max\`) were applied.`
    );
  }
  const sources = [`candidate ${escapeCode(clip(evaluation.candidate.source, 100))}`];
  if (evaluation.baseline) sources.push(`baseline ${baselineText(evaluation.baseline)}`);
  const unlabelled = evaluation.unlabelled_rows ? ` (${formatCount(evaluation.unlabelled_rows)} without a label left out)` : "";
  sources.push(`${formatCount(evaluation.rows)} test rows${unlabelled}`);
  const labelSet = labelSetText(evaluation);
  if (labelSet) sources.push(labelSet);
  blocks.push(sources.join(" \xB7 "));
  return blocks.join("\n\n");
}
function baselineText(b) {
  const name = escapeCode(clip(b.source, 100));
  const notes = [
    ...b.alias ? [escapeMarkdown(b.alias)] : [],
    ...b.version && b.digest ? [`digest ${escapeCode(`${b.digest.slice(0, 19)}\u2026`)}`] : []
  ];
  return notes.length > 0 ? `${name} (${notes.join(", ")})` : name;
}
var NAMED_LABELS = 10;
function namedLabels(labels) {
  return labels.map((l) => label(l, 40)).join(", ");
}
function labelSetText(evaluation) {
  const labels = evaluation.labels;
  if (!labels) return void 0;
  const absent = evaluation.labels_absent_from_test ?? [];
  const count = `${formatCount(labels.length)} class${labels.length === 1 ? "" : "es"}`;
  const set = labels.length <= NAMED_LABELS ? `${count}: ${namedLabels(labels)}` : count;
  if (absent.length === 0) return `macro averages over ${set}`;
  const missing = absent.length <= NAMED_LABELS ? `${namedLabels(absent)}: no test rows` : `${formatCount(absent.length)} of them without test rows`;
  return `macro averages over ${set} (${missing})`;
}
function comparisonRows(evaluation, comparisons, withVerdict) {
  return comparisons.map((c) => {
    const row = evaluation.first_model ? [
      metricCell(c),
      formatNumber(c.candidate),
      formatInterval(
        evaluation.candidate.intervals?.[c.metric]?.low,
        evaluation.candidate.intervals?.[c.metric]?.high,
        "value"
      )
    ] : [
      metricCell(c),
      formatNumber(c.candidate),
      formatNumber(c.baseline),
      formatDelta(c.diff),
      formatInterval(c.ci_low, c.ci_high),
      pCell(c)
    ];
    if (withVerdict) row.push(c.verdict ? verdictText[c.verdict] : "");
    if (withVerdict && evaluation.first_model) row.push(reasonsText(c));
    return row;
  });
}
function comparisonHeader(evaluation, level, withVerdict) {
  const header = evaluation.first_model ? ["metric", "candidate", `${level} (candidate)`] : ["metric", "candidate", "baseline", "\u0394", `${level} of \u0394`, "p"];
  if (withVerdict) header.push("verdict");
  if (withVerdict && evaluation.first_model) header.push("rule");
  return header;
}
function gatedForms(evaluation, level, links) {
  const gated = evaluation.comparisons.filter((c) => c.verdict !== void 0);
  const heading = "#### Gated metrics";
  if (gated.length === 0) return [`${heading}

No gate rules are configured.`];
  const header = comparisonHeader(evaluation, level, true);
  const render = (rows, note = "") => `${heading}

${table(header, comparisonRows(evaluation, rows, true))}${note ? `

${note}` : ""}`;
  const forms = [render(gated)];
  const notPassing = gated.filter((c) => c.verdict !== "pass");
  const passing = gated.length - notPassing.length;
  if (passing > 0) {
    forms.push(
      render(
        notPassing,
        `${passing} passing rule${passing === 1 ? "" : "s"} left out to fit the comment size limit; see ${whereToFind(links)}.`
      )
    );
  }
  if (notPassing.length > GATED_ROWS_LAST_RESORT) {
    const rest = gated.length - GATED_ROWS_LAST_RESORT;
    forms.push(
      render(
        notPassing.slice(0, GATED_ROWS_LAST_RESORT),
        `${rest} more rules left out to fit the comment size limit; see ${whereToFind(links)}.`
      )
    );
  }
  return forms;
}
function otherMetricsForms(evaluation, level, links) {
  const reported = evaluation.comparisons.filter((c) => c.verdict === void 0);
  if (reported.length === 0) return [""];
  const body = table(comparisonHeader(evaluation, level, false), comparisonRows(evaluation, reported, false));
  return [
    details(`Other metrics (${reported.length}, not gated)`, body),
    `${reported.length} ungated metrics left out to fit the comment size limit; see ${whereToFind(links)}.`
  ];
}
function confusionTable(side) {
  const confusion = side.confusion;
  if (!confusion) return void 0;
  const labels = confusion.labels.map((l) => label(l, 40));
  const rows = confusion.matrix.map((counts, i) => [
    `**${labels[i] ?? ""}**`,
    ...labels.map((_, j) => {
      const cell = formatCount(counts[j] ?? 0);
      return i === j ? `**${cell}**` : cell;
    })
  ]);
  return table(["true \u2572 predicted", ...labels], rows);
}
function confusionForms(evaluation, links) {
  const confusion = evaluation.candidate.confusion;
  if (!confusion) return [""];
  const heading = "#### Confusion matrix (candidate)";
  const classes = confusion.labels.length;
  const pointer = `${heading}

Left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (classes > MAX_CONFUSION_CLASSES) {
    return [
      `${heading}

Not shown: ${classes} classes is more than ${MAX_CONFUSION_CLASSES}; the full matrix is in ${whereToFind(links)}.`
    ];
  }
  return [`${heading}

${confusionTable(evaluation.candidate)}`, pointer];
}
function baselineConfusionForms(evaluation) {
  const confusion = evaluation.baseline?.confusion;
  if (!evaluation.baseline || !confusion || confusion.labels.length > MAX_CONFUSION_CLASSES) return [""];
  return [details("Confusion matrix (baseline)", confusionTable(evaluation.baseline) ?? ""), ""];
}
function perClassForms(evaluation, links) {
  const candidate = evaluation.candidate.per_class;
  if (!candidate) return [""];
  const baseline = evaluation.baseline?.per_class;
  const order = evaluation.candidate.confusion?.labels ?? Object.keys(candidate);
  const names = [
    ...order.filter((n) => n in candidate),
    ...Object.keys(candidate).filter((n) => !order.includes(n))
  ];
  const header = ["class", "precision", "recall", "F1", "support"];
  if (baseline) header.push("baseline F1", "\u0394 F1");
  const row = (name) => {
    const c = candidate[name];
    const cells = [label(name, 60), formatNumber(c?.precision), formatNumber(c?.recall), formatNumber(c?.f1)];
    cells.push(c ? formatCount(c.support) : "n/a");
    if (baseline) {
      const b = baseline[name];
      cells.push(formatNumber(b?.f1), b && c ? formatDelta(c.f1 - b.f1) : "n/a");
    }
    return cells;
  };
  const heading = "#### Per class";
  const full = `${heading}

${details(allOf(names.length, "class", "classes"), table(header, names.map(row)))}`;
  const pointer = `${heading}

${plural(names.length, "class", "classes")} left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (names.length <= CONDENSED_ROWS) return [full, pointer];
  const worst = [...names].sort((a, b) => {
    const ca = candidate[a];
    const cb = candidate[b];
    return (ca?.f1 ?? 0) - (cb?.f1 ?? 0) || (cb?.support ?? 0) - (ca?.support ?? 0);
  }).slice(0, CONDENSED_ROWS);
  const condensed = `${heading}

${details(`The ${CONDENSED_ROWS} of ${names.length} classes with the lowest F1`, table(header, worst.map(row)))}

The other ${names.length - CONDENSED_ROWS} classes are in ${whereToFind(links)}.`;
  return [full, condensed, pointer];
}
function sliceMetric(evaluation) {
  const first = evaluation.slices[0];
  if (!first) return void 0;
  const gated = evaluation.comparisons.find((c) => c.verdict !== void 0 && c.metric in first.candidate);
  return gated?.metric ?? evaluation.comparisons.find((c) => c.metric in first.candidate)?.metric ?? Object.keys(first.candidate)[0];
}
function slicesForms(evaluation, links) {
  const slices = evaluation.slices;
  const metric = sliceMetric(evaluation);
  if (slices.length === 0 || metric === void 0) return [""];
  const direction = evaluation.comparisons.find((c) => c.metric === metric)?.direction ?? "higher";
  const withBaseline = slices.some((s) => s.baseline?.[metric] !== void 0);
  const name = label(metric, 60);
  const header = ["column", "value", "rows", name];
  if (withBaseline) header.push(`baseline ${name}`, "\u0394");
  const row = (s) => {
    const cells = [
      label(s.column, 60),
      label(s.value, 60),
      formatCount(s.rows),
      formatNumber(s.candidate[metric])
    ];
    if (withBaseline) {
      const c = s.candidate[metric];
      const b = s.baseline?.[metric];
      cells.push(formatNumber(b), c !== void 0 && b !== void 0 ? formatDelta(c - b) : "n/a");
    }
    return cells;
  };
  const sign = direction === "higher" ? 1 : -1;
  const badness = (s) => {
    const c = s.candidate[metric] ?? Number.NaN;
    const score = withBaseline ? c - (s.baseline?.[metric] ?? Number.NaN) : c;
    return Number.isNaN(score) ? Number.POSITIVE_INFINITY : sign * score;
  };
  const heading = `#### Slices by ${name}`;
  const full = `${heading}

${details(allOf(slices.length, "slice"), table(header, slices.map(row), ["l", "l", "r", "r", "r", "r"]))}`;
  const pointer = `${heading}

${plural(slices.length, "slice")} left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (slices.length <= CONDENSED_ROWS) return [full, pointer];
  const worst = [...slices].sort((a, b) => badness(a) - badness(b)).slice(0, CONDENSED_ROWS);
  const summaryName = escapeHtmlInline(clip(metric, 60));
  const which = withBaseline ? `The ${CONDENSED_ROWS} of ${slices.length} slices where ${summaryName} worsened most` : `The ${CONDENSED_ROWS} of ${slices.length} slices with the worst ${summaryName}`;
  const condensed = `${heading}

${details(which, table(header, worst.map(row), ["l", "l", "r", "r", "r", "r"]))}

The other ${slices.length - CONDENSED_ROWS} slices are in ${whereToFind(links)}.`;
  return [full, condensed, pointer];
}
function footer(evaluation, links) {
  const b = evaluation.bootstrap;
  const parts = [
    `Paired bootstrap: ${formatCount(b.resamples)} resamples, seed ${b.seed}, ${formatLevel(b.level)} intervals`,
    "p: paired test, Holm-adjusted across gated metrics",
    `full report in ${whereToFind(links)}`
  ];
  return `---
${parts.join(" \xB7 ")}.`;
}
var SHRINK_ORDER = [
  { id: "curves", form: 1 },
  // chart only, table fallback dropped
  { id: "baseline-confusion", form: 1 },
  { id: "validation", form: 1 },
  // checks that did not pass only
  { id: "slices", form: 1 },
  // worst slices only
  { id: "per-class", form: 1 },
  // worst classes only
  { id: "validation", form: 2 },
  // the first checks that did not pass
  { id: "curves", form: 2 },
  { id: "slices", form: 2 },
  { id: "per-class", form: 2 },
  { id: "confusion", form: 1 },
  { id: "validation", form: 3 },
  // counts only
  { id: "other-metrics", form: 1 },
  { id: "training", form: 1 },
  { id: "gated", form: 1 },
  // rules that did not pass only
  { id: "gated", form: 2 }
];
function renderEvaluationComment(evaluation, extras = {}, opts = {}) {
  return fitEvaluationComment(evaluation, extras, opts).markdown;
}
function fitEvaluationComment(evaluation, extras = {}, opts = {}) {
  const budget = opts.budget ?? GITHUB_COMMENT_LIMIT;
  checkBudget(budget);
  const { links } = extras;
  const level = `${formatLevel(evaluation.bootstrap.level)} CI`;
  const curves = extras.train?.curves ? renderLearningCurves(extras.train.curves, links) : void 0;
  const sections = [
    { id: "headline", forms: [renderHeadline(evaluation, level)] },
    { id: "gated", forms: gatedForms(evaluation, level, links) },
    { id: "other-metrics", forms: otherMetricsForms(evaluation, level, links) },
    { id: "confusion", forms: confusionForms(evaluation, links) },
    { id: "baseline-confusion", forms: baselineConfusionForms(evaluation) },
    { id: "per-class", forms: perClassForms(evaluation, links) },
    { id: "slices", forms: slicesForms(evaluation, links) },
    {
      id: "validation",
      forms: extras.validation ? ["full", "problems", "top", "counts"].map(
        (f) => renderValidationSection(extras.validation, f, links)
      ) : [""]
    },
    { id: "training", forms: extras.train ? [renderTrainingInfo(extras.train), ""] : [""] },
    { id: "curves", forms: curves ? [curves.full, curves.chartOnly, curves.pointer] : [""] },
    { id: "footer", forms: [footer(evaluation, links)] }
  ];
  const fitted = fitToBudget(sections, SHRINK_ORDER, budget);
  if (fitted.fits) return fitted;
  const title = renderHeadline(evaluation, level).split("\n")[0];
  const markdown = `${title}

${label(evaluation.summary, 300)}

The report does not fit in a comment of ${budget} characters; see ${whereToFind(links)}.
`;
  return { markdown, shrunk: [...fitted.shrunk, { id: "*", form: 1 }], fits: markdown.length <= budget };
}

// src/commands/evaluate.ts
async function isModelBundle(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    throw new MlgateError(`cannot find ${path}`, {
      location: { file: path },
      hint: `pass a model bundle directory (with ${MODEL_MANIFEST_FILE}) or a predictions file (row, y_true, y_pred, proba_<class>)`
    });
  }
}
async function scoreBundle(dir, table2, logger) {
  if (!table2) {
    throw new MlgateError(`${dir} is a model bundle, so test data is needed to score it`, {
      hint: "pass --data <test file> or set data.test in mlgate.yml"
    });
  }
  const { loadModelBundle } = await import("./bundle-KPWRPYTH.js");
  const { predictTable } = await import("./predict-EJGC45PN.js");
  const bundle = await loadModelBundle(dir);
  try {
    logger.info(`scoring ${dir} (${bundle.manifest.format}) on ${table2.rowCount} rows`);
    const predictions = await predictTable(bundle, table2);
    const m = bundle.manifest;
    const train = await trainReportBeside(dir) ?? {
      backend: m.backend,
      device: m.device,
      samples_per_second: m.samples_per_second ?? 0,
      epochs: typeof m.hyperparameters.epochs === "number" ? m.hyperparameters.epochs : 0
    };
    return { predictions, train };
  } finally {
    bundle.scorer.dispose();
  }
}
async function trainReportBeside(dir) {
  const file = join(dirname(resolve(dir)), "train.json");
  let report;
  try {
    const parsed = trainReportSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success) return void 0;
    report = parsed.data;
  } catch {
    return void 0;
  }
  if (resolve(dirname(file), report.model_dir) !== resolve(dir)) return void 0;
  const epochs = report.epochs;
  const withValidation = epochs.every((e) => e.val_loss !== void 0);
  return {
    backend: report.backend,
    device: report.device,
    samples_per_second: report.samples_per_second ?? 0,
    epochs: epochs.length,
    seconds: report.duration_seconds,
    curves: withValidation ? {
      epoch: epochs.map((e) => e.epoch),
      loss: epochs.map((e) => e.loss),
      val_loss: epochs.map((e) => e.val_loss),
      metric: epochs.map((e) => e.metric),
      ...report.metric ? { metric_name: report.metric } : {}
    } : void 0
  };
}
async function readValidation(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new MlgateError(`cannot read ${path}: ${e.message}`, {
      location: { file: path },
      hint: "pass the validation.json that validate-data wrote"
    });
  }
  const parsed = validationContract.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path.join(".") || "(top level)";
    throw new MlgateError(`${path}: ${key}: ${issue.message}`, {
      location: { file: path, key },
      hint: `expected ${VALIDATION_SCHEMA} as written by validate-data`
    });
  }
  return parsed.data;
}
async function loadSide(path, task, table2, logger) {
  if (await isModelBundle(path)) {
    const { predictions: predictions2, train } = await scoreBundle(path, table2, logger);
    const { hashBundleDir } = await import("./bundle-files-SAON3IMN.js");
    const { digest } = await hashBundleDir(path);
    return { predictions: predictions2, source: path, train, digest, labelsFrom: predictions2.yTrue && table2?.source };
  }
  const t = await readTable(path);
  const predictions = predictionsFromTable(t, task);
  return { predictions, source: path, labelsFrom: predictions.yTrue && path };
}
function truthFrom(table2, label2) {
  const col = label2 ? table2?.columns.find((c) => c.name === label2) : void 0;
  if (!col) return void 0;
  return (row) => {
    const v = col.values[row];
    if (v === null || v === void 0) return void 0;
    return typeof v === "boolean" ? String(v) : v;
  };
}
function sliceColumns(cfg, table2, rows, configFile) {
  const names = cfg.slices.columns;
  if (names.length === 0) return [];
  if (!table2) {
    throw new MlgateError("evaluate.slices.columns needs the test data to look up slice values", {
      location: { file: configFile, key: "evaluate.slices.columns" },
      hint: "pass --data <test file> or set data.test in mlgate.yml"
    });
  }
  return names.map((name) => {
    const col = table2.columns.find((c) => c.name === name);
    if (!col) {
      throw new MlgateError(
        `evaluate.slices.columns: no column '${name}' in ${table2.source ?? "the test data"}`,
        {
          location: { file: configFile, key: "evaluate.slices.columns" },
          hint: `columns in the test data: ${table2.columns.map((c) => c.name).join(", ")}`
        }
      );
    }
    return {
      name,
      values: rows.map((r) => {
        if (r < 0 || r >= table2.rowCount) {
          throw new MlgateError(
            `predictions refer to row ${r}, but the test data has ${table2.rowCount} rows`,
            {
              location: { file: table2.source },
              hint: "score the predictions on the same test file"
            }
          );
        }
        return col.values[r] ?? null;
      })
    };
  });
}
var CHECK_SUMMARY_LIMIT = 65535;
function checkReportFor(evaluation, commentMarkdown, where) {
  const conclusion = evaluation.blocking ? "failure" : evaluation.verdict === "pass" ? "success" : "neutral";
  const failing = evaluation.comparisons.filter((c) => c.verdict && c.verdict !== "pass");
  return {
    name: `mlgate / ${evaluation.model}`,
    conclusion,
    title: evaluation.summary.length > 120 ? `${evaluation.summary.slice(0, 117)}\u2026` : evaluation.summary,
    summary: commentMarkdown.length > CHECK_SUMMARY_LIMIT ? `${evaluation.summary}

See the PR comment for details.` : commentMarkdown,
    annotations: failing.map((c) => {
      const line = where.lines.get(c.metric) ?? 1;
      return {
        path: where.path,
        start_line: line,
        end_line: line,
        annotation_level: c.verdict === "fail" ? "failure" : "warning",
        title: `${c.metric}: ${c.verdict}`,
        message: c.reasons.join("\n") || `${c.metric} ${fmt(c.candidate)}`
      };
    })
  };
}
async function evaluate(loaded, inputs, ports) {
  const { logger } = ports;
  const config = loaded?.config;
  const cfg = config?.evaluate ?? evaluateSection.parse({});
  const fromConfig = (p) => loaded ? resolveFromConfig(loaded, p) : resolve(p);
  const task = inputs.task ?? config?.model.task;
  const model = inputs.model ?? config?.model.name ?? "model";
  const readOptions = readOptionsFrom(loaded);
  await checkOutputPaths([join(resolve(inputs.out), "evaluation.json")]);
  if (task) {
    assertGateConfig(task, cfg, (p) => ({
      file: loaded?.file,
      line: loaded?.lineOf?.(p.path),
      key: p.path.join(".")
    }));
  }
  const validation = inputs.validation ? await readValidation(inputs.validation) : void 0;
  const gateLines = /* @__PURE__ */ new Map();
  for (const metric of Object.keys(cfg.gate)) {
    const line = loaded?.lineOf?.(["evaluate", "gate", metric]);
    if (line !== void 0) gateLines.set(metric, line);
  }
  const dataPath = inputs.data ?? (config?.data.test ? fromConfig(config.data.test) : void 0);
  const table2 = dataPath ? await readTable(dataPath, readOptions) : void 0;
  if (table2) logger.info(`test data: ${dataPath} (${table2.rowCount} rows)`);
  const candidate = await loadSide(inputs.candidate, task, table2, logger);
  const baselineSource = ports.baselineSource ?? localBaselineSource({
    given: inputs.baseline,
    configured: cfg.baseline && fromConfig(cfg.baseline),
    registry: ports.champion
  });
  const choice = await baselineSource.resolve(model);
  const ref = choice.ref;
  let baseline;
  try {
    baseline = ref ? await loadSide(ref.path, task ?? candidate.predictions.task, table2, logger) : void 0;
  } finally {
    await ref?.release?.();
  }
  if (ref) logger.info(`baseline: ${ref.registry?.tag ?? ref.path} (${ref.origin})`);
  else if (choice.firstModel) logger.info(`${choice.firstModel}: first model, absolute thresholds only`);
  else logger.info("no baseline: first-model mode, absolute thresholds only");
  const resolvedTask = task ?? candidate.predictions.task;
  const aligned = alignPredictions(resolvedTask, candidate, baseline, truthFrom(table2, config?.model.label));
  warnAboutLabels(aligned, logger, {
    file: candidate.labelsFrom ?? baseline?.labelsFrom ?? dataPath,
    label: config?.model.label
  });
  const out = resolve(inputs.out);
  const files = {
    evaluation: join(out, "evaluation.json"),
    comment: join(out, "pr-comment.md"),
    html: join(out, "pr-comment.html"),
    candidate: join(out, "predictions-candidate.csv"),
    baseline: baseline ? join(out, "predictions-baseline.csv") : void 0
  };
  const rel = (p) => relative(out, p) || basename(p);
  const evaluation = evaluationSchema.parse(
    await buildEvaluation({
      model,
      aligned,
      candidate: { source: candidate.source, predictions: rel(files.candidate) },
      // A registered baseline is named by its tag, not by the temporary directory it was pulled to.
      baseline: baseline && {
        source: ref?.registry?.tag ?? baseline.source,
        predictions: rel(files.baseline)
      },
      config: cfg,
      configFile: loaded?.file,
      gateLines,
      sliceColumns: sliceColumns(cfg, table2, aligned.rows, loaded?.file),
      progress: ports.progress
    })
  );
  if (candidate.digest) evaluation.candidate.digest = candidate.digest;
  if (baseline?.digest && evaluation.baseline) evaluation.baseline.digest = baseline.digest;
  if (ref?.registry && evaluation.baseline) {
    evaluation.baseline.version = ref.registry.version;
    evaluation.baseline.alias = ref.registry.alias;
  }
  if (!baseline && choice.firstModel) evaluation.first_model_reason = choice.firstModel;
  const commentKey = `evaluate:${model}`;
  const markdown = renderEvaluationComment(
    evaluation,
    { train: candidate.train, validation, links: ports.links },
    { budget: ports.commentBudget?.(commentKey) }
  );
  const outputs = {
    [files.evaluation]: toJson(evaluation),
    [files.comment]: markdown,
    [files.html]: renderCommentHtml(markdown, `mlgate \xB7 ${model}`),
    [files.candidate]: formatPredictionsCsv(candidate.predictions)
  };
  if (baseline && files.baseline) outputs[files.baseline] = formatPredictionsCsv(baseline.predictions);
  await writeOutputs(outputs);
  const commentUrl = await ports.publisher.upsertComment(commentKey, markdown);
  await ports.publisher.summary(markdown);
  const configPath = loaded?.file ? relative(process.cwd(), loaded.file) || "mlgate.yml" : "mlgate.yml";
  await ports.publisher.check?.(checkReportFor(evaluation, markdown, { path: configPath, lines: gateLines }));
  return {
    evaluation,
    verdict: evaluation.verdict,
    blocking: evaluation.blocking,
    summary: evaluation.summary,
    files,
    commentUrl,
    exitCode: evaluation.blocking ? 1 : 0
  };
}

export {
  checkReportFor,
  evaluate
};
