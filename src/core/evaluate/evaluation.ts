import type { EvaluateConfig, GateRuleConfig } from "../config/sections/evaluate.js";
import type { Comparison, Evaluation, ModelSide, SliceResult } from "../contracts/evaluation.js";
import type { CellValue } from "../data/table.js";
import { MlgateError } from "../errors.js";
import type { Progress } from "../ports.js";
import { delongPaired } from "../stats/auc.js";
import { holmAdjust, mcnemarTest } from "../stats/tests.js";
import { type Aligned, labelsAbsentFromTest } from "./align.js";
import { judgeRule, unknownMetricProblem, worstVerdict } from "./gate.js";
import {
  CLASSIFICATION_METRICS,
  classDetails,
  classificationKernel,
  type Direction,
  type MetricKernel,
  metricDirection,
  REGRESSION_METRICS,
  regressionKernel,
  scoreAll,
} from "./metrics.js";
import { differences, pairedBootstrapParallel, summarise } from "./paired.js";

/** Metrics compared by default; the weighted precision/recall stay in `metrics` as extras. */
const DEFAULT_COMPARED: Record<"classification" | "regression", readonly string[]> = {
  classification: CLASSIFICATION_METRICS.filter((m) => m !== "precision_weighted" && m !== "recall_weighted"),
  regression: REGRESSION_METRICS,
};

export interface EvaluationInput {
  model: string;
  aligned: Aligned;
  candidate: { source: string; predictions?: string };
  baseline?: { source: string; predictions?: string };
  config: EvaluateConfig;
  /** The config file and the line of each gate rule in it, so that errors point at the rule. */
  configFile?: string;
  gateLines?: Map<string, number>;
  /** Values of each slice column, one per aligned row. */
  sliceColumns?: { name: string; values: CellValue[] }[];
  progress?: Progress;
  now?: Date;
}

interface Sides {
  candidate: MetricKernel;
  baseline?: MetricKernel;
}

function kernels(aligned: Aligned): Sides {
  if (aligned.task === "classification") {
    return {
      candidate: classificationKernel(aligned.problem, aligned.candidate),
      baseline: aligned.baseline && classificationKernel(aligned.problem, aligned.baseline),
    };
  }
  return {
    candidate: regressionKernel(aligned.yTrue, aligned.candidate),
    baseline: aligned.baseline && regressionKernel(aligned.yTrue, aligned.baseline),
  };
}

function missingMetricError(
  metric: string,
  key: string,
  input: EvaluationInput,
  side: "candidate" | "baseline",
  kernel: MetricKernel,
): MlgateError {
  const unknown = unknownMetricProblem(metric, input.aligned.task);
  let why: string;
  let hint: string;
  if (unknown) {
    why = unknown.message;
    hint = unknown.hint;
  } else if (kernel.names.includes(metric)) {
    const source = side === "candidate" ? input.candidate.source : input.baseline!.source;
    why = `'${metric}' is undefined for ${source} on these ${kernel.rows} rows`;
    hint =
      "ROC-AUC needs both positive and negative rows for some class; use a larger or stratified test set";
  } else {
    const source = side === "candidate" ? input.candidate.source : input.baseline!.source;
    why = `'${metric}' needs class probabilities but ${source} has no proba_<class> columns`;
    hint = "write predictions with proba_<class> columns (mlgate predict does), or remove the metric";
  }
  const line = key.startsWith("evaluate.gate.") ? input.gateLines?.get(metric) : undefined;
  return new MlgateError(`${key}: ${why}`, { location: { file: input.configFile, line, key }, hint });
}

/** Gated metric → the p-value and test used for it. */
function pairedTest(
  metric: string,
  aligned: Aligned,
  bootstrapP: number,
): { p: number; test: NonNullable<Comparison["test"]> } {
  if (aligned.task === "classification" && aligned.baseline) {
    const { problem, candidate, baseline } = aligned;
    if (metric === "accuracy") {
      let b = 0;
      let c = 0;
      for (let i = 0; i < problem.yTrue.length; i++) {
        const t = problem.yTrue[i]!;
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
      const positive = Int32Array.from(problem.yTrue, (t) => (t === 1 ? 1 : 0));
      const score = (p: Float64Array) => Float64Array.from({ length: n }, (_, i) => p[i * 2 + 1]!);
      return {
        p: delongPaired(positive, score(candidate.proba), score(baseline.proba)).pValue,
        test: "delong",
      };
    }
  }
  // Multiclass ROC-AUC, F1 and the rest: the paired bootstrap's own two-sided p-value.
  return { p: bootstrapP, test: "bootstrap" };
}

/**
 * Scores candidate (and baseline) on the same rows, compares them with paired statistics and
 * applies the gate: the whole of evaluation.json, with no I/O.
 */
export async function buildEvaluation(input: EvaluationInput): Promise<Evaluation> {
  const { aligned, config } = input;
  const sides = kernels(aligned);
  const hasBaseline = sides.baseline !== undefined;
  // A metric undefined on these rows (NaN: ROC-AUC without both classes) is left out, not written.
  const candidateMetrics = definedOnly(scoreAll(sides.candidate));
  const baselineMetrics = sides.baseline && definedOnly(scoreAll(sides.baseline));

  for (const metric of config.metrics ?? []) {
    if (!(metric in candidateMetrics))
      throw missingMetricError(metric, "evaluate.metrics", input, "candidate", sides.candidate);
  }
  const gate = Object.entries(config.gate) as [string, GateRuleConfig][];
  for (const [metric, rule] of gate) {
    const key = `evaluate.gate.${metric}`;
    if (!(metric in candidateMetrics)) {
      throw missingMetricError(metric, key, input, "candidate", sides.candidate);
    }
    const relative = rule.max_regression !== undefined || rule.must_improve;
    if (relative && baselineMetrics && !(metric in baselineMetrics)) {
      throw missingMetricError(metric, key, input, "baseline", sides.baseline!);
    }
  }
  const compared = [
    ...new Set([
      ...(config.metrics ?? DEFAULT_COMPARED[aligned.task].filter((m) => m in candidateMetrics)),
      ...gate.map(([m]) => m),
    ]),
  ];

  const resamples = await pairedBootstrapParallel(sides.candidate, sides.baseline, {
    ...config.bootstrap,
    progress: input.progress,
  });
  const level = config.bootstrap.level;
  const alpha = 1 - level;

  const candidateIntervals: Record<string, { low: number; high: number }> = {};
  const baselineIntervals: Record<string, { low: number; high: number }> = {};
  for (const name of Object.keys(candidateMetrics)) {
    const s = summarise(resamples.candidate[name]!, level);
    if (!Number.isNaN(s.low)) candidateIntervals[name] = { low: s.low, high: s.high };
    const b = resamples.baseline?.[name];
    if (b && baselineMetrics && name in baselineMetrics) {
      const sb = summarise(b, level);
      if (!Number.isNaN(sb.low)) baselineIntervals[name] = { low: sb.low, high: sb.high };
    }
  }

  const comparisons: Comparison[] = compared.map((metric) => {
    const rule = config.gate[metric];
    const direction: Direction = rule?.direction ?? metricDirection(metric) ?? "higher";
    const candidate = candidateMetrics[metric]!;
    const baseline = baselineMetrics?.[metric];
    const c: Comparison = { metric, direction, candidate, reasons: [] };
    if (baseline !== undefined) {
      const diffs = differences(resamples.candidate[metric]!, resamples.baseline![metric]!);
      const s = summarise(diffs, level);
      const { p, test } = pairedTest(metric, aligned, s.pValue);
      Object.assign(c, { baseline, diff: candidate - baseline, test });
      if (!Number.isNaN(s.low)) Object.assign(c, { ci_low: s.low, ci_high: s.high });
      if (!Number.isNaN(p)) Object.assign(c, { p_value_raw: p, p_value: p });
    }
    return c;
  });

  // Holm across the gated metrics that have a paired test: the family the gate decides on.
  const gatedWithP = comparisons.filter((c) => config.gate[c.metric] && c.p_value_raw !== undefined);
  const adjusted = holmAdjust(gatedWithP.map((c) => c.p_value_raw!));
  gatedWithP.forEach((c, i) => {
    c.p_value = adjusted[i]!;
  });

  const blocking: string[] = [];
  const verdicts: Comparison["verdict"][] = [];
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
      level,
    });
    c.verdict = outcome.verdict;
    c.reasons = outcome.reasons;
    verdicts.push(outcome.verdict);
    if (outcome.verdict !== "pass") blocking.push(`${c.metric} (${outcome.blockingConditions.join(", ")})`);
  }
  const verdict = worstVerdict(verdicts.filter((v) => v !== undefined));
  const blocks = verdict === "fail" || (verdict === "inconclusive" && config.inconclusive === "block");

  let summary: string;
  const mode = hasBaseline ? "" : " (first model: no baseline, absolute thresholds only)";
  if (gate.length === 0) summary = `pass${mode}: no gate rules configured (evaluate.gate in mlgate.yml)`;
  else if (verdict === "pass") summary = `pass${mode}: ${gate.map(([m]) => m).join(", ")} within the gate`;
  else if (verdict === "fail") summary = `fail${mode}: blocked by ${blocking.join("; ")}`;
  else {
    summary =
      `inconclusive${mode}: ${blocking.join("; ")} — the confidence interval straddles the bound; ` +
      (blocks
        ? "blocks the merge (evaluate.inconclusive: block)"
        : "does not block (evaluate.inconclusive: pass)");
  }

  const side = (
    source: { source: string; predictions?: string },
    metrics: Record<string, number>,
    intervals: Record<string, { low: number; high: number }>,
    which: "candidate" | "baseline",
  ): ModelSide => {
    const s: ModelSide = { source: source.source, metrics, intervals };
    if (source.predictions) s.predictions = source.predictions;
    if (aligned.task === "classification") {
      const d = classDetails(aligned.problem, aligned[which]!);
      s.confusion = { labels: d.labels, matrix: d.matrix };
      s.per_class = d.perClass;
    }
    return s;
  };

  return {
    schema: "mlgate/evaluation@1",
    model: input.model,
    task: aligned.task,
    created_at: (input.now ?? new Date()).toISOString(),
    rows: sides.candidate.rows,
    ...(aligned.unlabelled > 0 ? { unlabelled_rows: aligned.unlabelled } : {}),
    ...(aligned.task === "classification"
      ? { labels: aligned.problem.labels, labels_absent_from_test: labelsAbsentFromTest(aligned.problem) }
      : {}),
    first_model: !hasBaseline,
    candidate: side(input.candidate, candidateMetrics, candidateIntervals, "candidate"),
    ...(input.baseline && baselineMetrics
      ? { baseline: side(input.baseline, baselineMetrics, baselineIntervals, "baseline") }
      : {}),
    comparisons,
    slices: computeSlices(sides, input.sliceColumns ?? [], config.slices.min_size, compared),
    bootstrap: { ...config.bootstrap },
    verdict,
    blocking: blocks,
    summary,
  };
}

function definedOnly(metrics: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).filter(([, v]) => !Number.isNaN(v)));
}

const MISSING = "(missing)";

/** The compared metrics on every slice value with at least `minSize` rows, largest slices first. */
function computeSlices(
  sides: Sides,
  columns: { name: string; values: CellValue[] }[],
  minSize: number,
  compared: string[],
): SliceResult[] {
  const out: SliceResult[] = [];
  const n = sides.candidate.rows;
  const weights = new Uint8Array(n);
  const pick = (kernel: MetricKernel, buf: Float64Array) => {
    kernel.compute(weights, buf);
    const m: Record<string, number> = {};
    kernel.names.forEach((name, i) => {
      if (compared.includes(name) && !Number.isNaN(buf[i]!)) m[name] = buf[i]!;
    });
    return m;
  };
  const bufC = new Float64Array(sides.candidate.names.length);
  const bufB = new Float64Array(sides.baseline?.names.length ?? 0);
  for (const col of columns) {
    const groups = new Map<string, number[]>();
    col.values.forEach((v, i) => {
      const key = v === null || v === undefined ? MISSING : String(v);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    const kept = [...groups.entries()]
      .filter(([, rows]) => rows.length >= minSize)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [value, rows] of kept) {
      weights.fill(0);
      for (const i of rows) weights[i] = 1;
      const slice: SliceResult = {
        column: col.name,
        value,
        rows: rows.length,
        candidate: pick(sides.candidate, bufC),
      };
      if (sides.baseline) slice.baseline = pick(sides.baseline, bufB);
      out.push(slice);
    }
  }
  return out;
}
