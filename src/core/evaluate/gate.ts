import type { GateRuleConfig } from "../config/sections/evaluate.js";
import type { Verdict } from "../contracts/evaluation.js";
import { type ErrorLocation, MlgateError } from "../errors.js";
import { type Direction, knownMetrics, type Task } from "./metrics.js";

/** A mistake in the evaluate section that shows without any data: the key path, what, how to fix. */
export interface GateConfigProblem {
  path: (string | number)[];
  /** Whether the problem is the key itself (a metric's name) or the value written under it. */
  at: "key" | "value";
  message: string;
  hint: string;
}

/**
 * The values a metric can take. A bound outside them can never be met, whatever the model (a
 * percentage written for a fraction, say), so the config is refused before anything is trained.
 * Brier for three or more classes is a sum over classes, so it reaches 2.
 */
const METRIC_RANGE: Record<string, readonly [number, number]> = {
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
  r2: [Number.NEGATIVE_INFINITY, 1],
};

/** Why `metric` cannot be gated or reported for `task`, or undefined when mlgate computes it. */
export function unknownMetricProblem(
  metric: string,
  task: Task,
): Pick<GateConfigProblem, "message" | "hint"> | undefined {
  if (knownMetrics(task).includes(metric)) return undefined;
  const other: Task = task === "classification" ? "regression" : "classification";
  return {
    message: knownMetrics(other).includes(metric)
      ? `'${metric}' is a ${other} metric but this is a ${task} model`
      : `'${metric}' is not a metric mlgate computes`,
    hint: `${task} metrics: ${knownMetrics(task).join(", ")}`,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every problem of an evaluate section for a task that needs no data to find: metrics mlgate does
 * not compute for the task (in `metrics` and as gate rules) and bounds no model can meet (outside
 * the metric's range, or a `min` above the `max`). The one check of gate rules: the config loader
 * runs it on the file as written (so it also works on a section with other mistakes, and every
 * problem is reported at once), and evaluate runs it for the task it scores.
 */
export function gateConfigProblems(task: Task, evaluate: unknown): GateConfigProblem[] {
  const problems: GateConfigProblem[] = [];
  if (!isRecord(evaluate)) return problems;
  if (Array.isArray(evaluate.metrics)) {
    evaluate.metrics.forEach((metric, i) => {
      const p = typeof metric === "string" ? unknownMetricProblem(metric, task) : undefined;
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
    const range =
      hi === Number.POSITIVE_INFINITY
        ? `${metric} is never below ${fmt(lo)}`
        : lo === Number.NEGATIVE_INFINITY
          ? `${metric} is never above ${fmt(hi)}`
          : `${metric} lies between ${fmt(lo)} and ${fmt(hi)}`;
    const fraction = hi === 1 && lo === 0 ? " (a fraction: write 0.9 for 90%)" : "";
    const { min, max } = rule;
    if (typeof min === "number" && min > hi) {
      problems.push({
        path: [...at, "min"],
        at: "value",
        message: `min ${fmt(min)} can never be met: ${range}`,
        hint: `set a min of at most ${fmt(hi)}${fraction}`,
      });
    }
    if (typeof max === "number" && max < lo) {
      problems.push({
        path: [...at, "max"],
        at: "value",
        message: `max ${fmt(max)} can never be met: ${range}`,
        hint: `set a max of at least ${fmt(lo)}`,
      });
    }
    if (typeof min === "number" && typeof max === "number" && min > max) {
      problems.push({
        path: [...at, "min"],
        at: "value",
        message: `min ${fmt(min)} is above max ${fmt(max)}: no value meets both`,
        hint: "swap them, or drop one of the two bounds",
      });
    }
  }
  return problems;
}

/** The problems of `gateConfigProblems` as errors; `locate` turns a problem into its position in the config file. */
export function gateConfigErrors(
  task: Task,
  evaluate: unknown,
  locate: (problem: GateConfigProblem) => ErrorLocation,
): MlgateError[] {
  return gateConfigProblems(task, evaluate).map(
    (p) => new MlgateError(`${p.path.join(".")}: ${p.message}`, { location: locate(p), hint: p.hint }),
  );
}

/** Throws every problem of `gateConfigProblems` at once, as one MlgateError. */
export function assertGateConfig(
  task: Task,
  evaluate: unknown,
  locate: (problem: GateConfigProblem) => ErrorLocation,
): void {
  const errors = gateConfigErrors(task, evaluate, locate);
  if (errors.length > 0) throw MlgateError.all(errors, errors[0]!.location.file);
}

/** What a gate rule judges: one metric's values and the paired comparison, when there is a baseline. */
export interface RuleInput {
  metric: string;
  direction: Direction;
  candidate: number;
  baseline?: number;
  /** Confidence interval of candidate − baseline. */
  ciLow?: number;
  ciHigh?: number;
  /** Holm-adjusted p-value of the paired test. */
  pValue?: number;
  /** 1 − confidence level: the significance threshold for `must_improve`. */
  alpha: number;
  /** Confidence level, for the wording of reasons. */
  level: number;
}

export interface RuleOutcome {
  verdict: Verdict;
  reasons: string[];
  /** Which conditions failed or were inconclusive (`min`, `max_regression`, …), for the summary. */
  blockingConditions: string[];
}

const SEVERITY: Record<Verdict, number> = { pass: 0, inconclusive: 1, fail: 2 };

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = "pass";
  for (const v of verdicts) if (SEVERITY[v] > SEVERITY[worst]) worst = v;
  return worst;
}

/** Short fixed-precision number for reasons; data values never reach this (metric values only). */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(2);
  return String(Number(x.toFixed(4)));
}

/**
 * Judges one metric against its rule. Absolute bounds (`min`, `max`) use the candidate's value.
 * Rules against the baseline use the confidence interval of the difference, turned into an
 * interval of *improvement* by the metric's direction:
 * - `max_regression` δ (or δ·|baseline| with `relative`): pass when the whole interval lies above
 *   −δ, fail when it lies wholly below, inconclusive when it straddles −δ;
 * - `must_improve`: pass when the point estimate improves and the Holm-adjusted paired test is
 *   significant at 1 − level, fail when the point estimate does not improve, else inconclusive.
 * Without a baseline (first-model mode) only the absolute bounds apply, and the reasons say so.
 */
export function judgeRule(rule: GateRuleConfig, x: RuleInput): RuleOutcome {
  const outcomes: { condition: string; verdict: Verdict; reason: string }[] = [];
  const m = x.metric;
  const pct = `${Math.round(x.level * 100)}% CI`;
  if (rule.min !== undefined) {
    const ok = x.candidate >= rule.min;
    outcomes.push({
      condition: "min",
      verdict: ok ? "pass" : "fail",
      reason: `${m} ${fmt(x.candidate)} ${ok ? "≥" : "<"} min ${fmt(rule.min)}`,
    });
  }
  if (rule.max !== undefined) {
    const ok = x.candidate <= rule.max;
    outcomes.push({
      condition: "max",
      verdict: ok ? "pass" : "fail",
      reason: `${m} ${fmt(x.candidate)} ${ok ? "≤" : ">"} max ${fmt(rule.max)}`,
    });
  }
  const relativeRules = rule.max_regression !== undefined || rule.must_improve;
  if (relativeRules && x.baseline === undefined) {
    outcomes.push({
      condition: "baseline",
      verdict: "pass",
      reason: `first model: no baseline, so ${[
        rule.max_regression !== undefined ? "max_regression" : "",
        rule.must_improve ? "must_improve" : "",
      ]
        .filter(Boolean)
        .join(" and ")} did not apply`,
    });
  } else if (relativeRules && x.baseline !== undefined) {
    const sign = x.direction === "higher" ? 1 : -1;
    const improvement = sign * (x.candidate - x.baseline);
    const lo =
      x.ciLow === undefined || x.ciHigh === undefined
        ? Number.NaN
        : Math.min(sign * x.ciLow, sign * x.ciHigh);
    const hi =
      x.ciLow === undefined || x.ciHigh === undefined
        ? Number.NaN
        : Math.max(sign * x.ciLow, sign * x.ciHigh);
    const ci = `${pct} of the difference ${fmt(x.ciLow ?? Number.NaN)} … ${fmt(x.ciHigh ?? Number.NaN)}`;
    if (rule.max_regression !== undefined) {
      const bound = rule.relative ? rule.max_regression * Math.abs(x.baseline) : rule.max_regression;
      const allowed = rule.relative
        ? `${fmt(rule.max_regression * 100)}% of baseline = ${fmt(bound)}`
        : fmt(bound);
      const worse = x.direction === "higher" ? "lower" : "higher";
      let verdict: Verdict;
      let reason: string;
      if (Number.isNaN(lo)) {
        verdict = improvement >= -bound ? "pass" : "fail";
        reason = `${m} changed by ${fmt(x.candidate - x.baseline)} (no interval); allowed regression ${allowed}`;
      } else if (lo >= -bound) {
        verdict = "pass";
        reason = `${m} ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)}: ${ci}, within max_regression ${allowed}`;
      } else if (hi < -bound) {
        verdict = "fail";
        reason = `${m} regressed: ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)} (${ci}), ${worse} by more than max_regression ${allowed}`;
      } else {
        verdict = "inconclusive";
        reason = `${m} ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)}: ${ci} straddles max_regression ${allowed}`;
      }
      outcomes.push({ condition: "max_regression", verdict, reason });
    }
    if (rule.must_improve) {
      const p = x.pValue;
      const significant = p !== undefined && p < x.alpha;
      const pText = p === undefined ? "no paired test" : `p = ${fmt(p)} (Holm-adjusted)`;
      let verdict: Verdict;
      let reason: string;
      if (!(improvement > 0)) {
        verdict = "fail";
        reason = `${m} did not improve on the baseline: ${fmt(x.candidate)} vs ${fmt(x.baseline)}`;
      } else if (significant) {
        verdict = "pass";
        reason = `${m} improved: ${fmt(x.candidate)} vs ${fmt(x.baseline)}, ${pText} < ${fmt(x.alpha)}`;
      } else {
        verdict = "inconclusive";
        reason = `${m} is better but not significantly: ${fmt(x.candidate)} vs ${fmt(x.baseline)}, ${pText} ≥ ${fmt(x.alpha)}`;
      }
      outcomes.push({ condition: "must_improve", verdict, reason });
    }
  }
  const verdict = worstVerdict(outcomes.map((o) => o.verdict));
  // A rule that does not pass is explained by the conditions that did not; a passing one by all.
  const explaining = verdict === "pass" ? outcomes : outcomes.filter((o) => o.verdict !== "pass");
  return {
    verdict,
    reasons: explaining.map((o) => o.reason),
    blockingConditions: outcomes.filter((o) => o.verdict !== "pass").map((o) => o.condition),
  };
}
