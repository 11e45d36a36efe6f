import type { Comparison, Evaluation, ModelSide, SliceResult, Verdict } from "../contracts/evaluation.js";
import {
  checkBudget,
  type FittedReport,
  fitToBudget,
  GITHUB_COMMENT_LIMIT,
  type ReportSection,
  type ShrinkStep,
} from "./budget.js";
import { clip, escapeCode, escapeHtmlInline, escapeMarkdown } from "./escape.js";
import {
  allOf,
  formatCount,
  formatDelta,
  formatInterval,
  formatLevel,
  formatNumber,
  formatPValue,
  plural,
} from "./format.js";
import { details, type ReportLinks, table, whereToFind } from "./markdown.js";
import { renderLearningCurves, renderTrainingInfo, type TrainSummary } from "./training-section.js";
import { renderValidationSection, type ValidationSummary } from "./validation-section.js";

export interface EvaluationExtras {
  validation?: ValidationSummary;
  train?: TrainSummary;
  links?: ReportLinks;
}

export interface CommentOptions {
  /** Largest comment in characters; GitHub's limit by default. */
  budget?: number;
}

/** A confusion matrix wider than this is unreadable in a comment. */
export const MAX_CONFUSION_CLASSES = 20;
/** Rows kept when the per-class and slice tables are condensed. */
export const CONDENSED_ROWS = 10;
/** Rows of the gated-metric table kept when even its failing rows do not fit. */
const GATED_ROWS_LAST_RESORT = 25;

const verdictText: Record<Verdict, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  inconclusive: "⚠️ inconclusive",
};

const testName: Record<NonNullable<Comparison["test"]>, string> = {
  mcnemar: "McNemar",
  "mcnemar-exact": "exact McNemar",
  delong: "DeLong",
  bootstrap: "bootstrap",
  none: "",
};

const label = (text: string, max = 80) => escapeMarkdown(clip(text, max));

function metricCell(c: Comparison): string {
  return `${label(c.metric, 60)} ${c.direction === "higher" ? "↑" : "↓"}`;
}

function pCell(c: Comparison): string {
  if (c.p_value === undefined) return "n/a";
  const name = c.test ? testName[c.test] : "";
  return name ? `${formatPValue(c.p_value)} (${name})` : formatPValue(c.p_value);
}

function reasonsText(c: Comparison): string {
  return label(c.reasons.join("; "), 200);
}

/** Rules named one by one in the headline; the table lists them all. */
const HEADLINE_RULES = 5;

function ruleList(rules: Comparison[], fallback: string): string[] {
  const lines = rules
    .slice(0, HEADLINE_RULES)
    .map((c) => `- **${label(c.metric, 60)}**: ${reasonsText(c) || fallback}`);
  if (rules.length > HEADLINE_RULES)
    lines.push(`- and ${rules.length - HEADLINE_RULES} more in the table below`);
  return lines;
}

// ---------------------------------------------------------------- headline

function blockingComparisons(evaluation: Evaluation): Comparison[] {
  return evaluation.comparisons.filter(
    (c) => c.verdict === "fail" || (c.verdict === "inconclusive" && evaluation.verdict !== "pass"),
  );
}

function renderHeadline(evaluation: Evaluation, level: string): string {
  const model = label(evaluation.model, 80);
  const gated = evaluation.comparisons.filter((c) => c.verdict !== undefined);
  // Blocks are separated by blank lines so a paragraph never continues a list item.
  const blocks: string[] = [];
  if (evaluation.verdict === "pass") {
    blocks.push(`### ✅ mlgate · ${model}: pass`);
    blocks.push(
      gated.length > 0
        ? gated.length === 1
          ? "The candidate meets the gate rule."
          : `The candidate meets all ${gated.length} gate rules.`
        : "No gate rules are configured; the metrics below are for information.",
    );
  } else {
    const effect = evaluation.blocking ? "merge blocked" : "not blocking";
    blocks.push(
      evaluation.verdict === "fail"
        ? `### ❌ mlgate · ${model}: ${effect}`
        : `### ⚠️ mlgate · ${model}: inconclusive, ${effect}`,
    );
    const rules = blockingComparisons(evaluation);
    const failed = rules.filter((c) => c.verdict === "fail");
    const unsure = rules.filter((c) => c.verdict === "inconclusive");
    if (rules.length === 0) blocks.push(label(evaluation.summary, 400));
    if (failed.length > 0) {
      blocks.push(
        `**Failed rule${failed.length === 1 ? "" : "s"}:**\n${ruleList(failed, "gate rule failed").join("\n")}`,
      );
    }
    if (unsure.length > 0) {
      blocks.push(
        `**Inconclusive: the ${level} of the difference straddles the bound:**\n` +
          ruleList(unsure, "bound inside the interval").join("\n"),
      );
    }
  }
  if (evaluation.first_model) {
    const why = evaluation.first_model_reason ?? "there is no baseline to compare with";
    blocks.push(
      `> **First model:** ${escapeMarkdown(why)}, so only absolute thresholds (\`min\` / \`max\`) were applied.`,
    );
  }
  const sources = [`candidate ${escapeCode(clip(evaluation.candidate.source, 100))}`];
  if (evaluation.baseline) sources.push(`baseline ${baselineText(evaluation.baseline)}`);
  const unlabelled = evaluation.unlabelled_rows
    ? ` (${formatCount(evaluation.unlabelled_rows)} without a label left out)`
    : "";
  sources.push(`${formatCount(evaluation.rows)} test rows${unlabelled}`);
  const labelSet = labelSetText(evaluation);
  if (labelSet) sources.push(labelSet);
  blocks.push(sources.join(" · "));
  return blocks.join("\n\n");
}

/**
 * The baseline in the sources line: a registered version by its tag, with the alias it was chosen
 * through and its digest shortened (the full digest is in evaluation.json), e.g.
 * `penguins@v1.2.0` (champion, digest `sha256:abcd1234abcd…`); otherwise its path.
 */
function baselineText(b: NonNullable<Evaluation["baseline"]>): string {
  const name = escapeCode(clip(b.source, 100));
  const notes = [
    ...(b.alias ? [escapeMarkdown(b.alias)] : []),
    ...(b.version && b.digest ? [`digest ${escapeCode(`${b.digest.slice(0, 19)}…`)}`] : []),
  ];
  return notes.length > 0 ? `${name} (${notes.join(", ")})` : name;
}

/** Labels named one by one in the label-set note; more are counted. */
const NAMED_LABELS = 10;

function namedLabels(labels: string[]): string {
  return labels.map((l) => label(l, 40)).join(", ");
}

/**
 * The label set the macro averages were taken over, in a few words: a reader comparing them with
 * another tool's needs it, and a class no test row has explains a low macro score.
 */
function labelSetText(evaluation: Evaluation): string | undefined {
  const labels = evaluation.labels;
  if (!labels) return undefined;
  const absent = evaluation.labels_absent_from_test ?? [];
  const count = `${formatCount(labels.length)} class${labels.length === 1 ? "" : "es"}`;
  const set = labels.length <= NAMED_LABELS ? `${count}: ${namedLabels(labels)}` : count;
  if (absent.length === 0) return `macro averages over ${set}`;
  const missing =
    absent.length <= NAMED_LABELS
      ? `${namedLabels(absent)}: no test rows`
      : `${formatCount(absent.length)} of them without test rows`;
  return `macro averages over ${set} (${missing})`;
}

// ---------------------------------------------------------------- metric tables

function comparisonRows(evaluation: Evaluation, comparisons: Comparison[], withVerdict: boolean): string[][] {
  return comparisons.map((c) => {
    const row = evaluation.first_model
      ? [
          metricCell(c),
          formatNumber(c.candidate),
          formatInterval(
            evaluation.candidate.intervals?.[c.metric]?.low,
            evaluation.candidate.intervals?.[c.metric]?.high,
            "value",
          ),
        ]
      : [
          metricCell(c),
          formatNumber(c.candidate),
          formatNumber(c.baseline),
          formatDelta(c.diff),
          formatInterval(c.ci_low, c.ci_high),
          pCell(c),
        ];
    if (withVerdict) row.push(c.verdict ? verdictText[c.verdict] : "");
    if (withVerdict && evaluation.first_model) row.push(reasonsText(c));
    return row;
  });
}

function comparisonHeader(evaluation: Evaluation, level: string, withVerdict: boolean): string[] {
  const header = evaluation.first_model
    ? ["metric", "candidate", `${level} (candidate)`]
    : ["metric", "candidate", "baseline", "Δ", `${level} of Δ`, "p"];
  if (withVerdict) header.push("verdict");
  if (withVerdict && evaluation.first_model) header.push("rule");
  return header;
}

function gatedForms(evaluation: Evaluation, level: string, links: ReportLinks | undefined): string[] {
  const gated = evaluation.comparisons.filter((c) => c.verdict !== undefined);
  const heading = "#### Gated metrics";
  if (gated.length === 0) return [`${heading}\n\nNo gate rules are configured.`];
  const header = comparisonHeader(evaluation, level, true);
  const render = (rows: Comparison[], note = "") =>
    `${heading}\n\n${table(header, comparisonRows(evaluation, rows, true))}${note ? `\n\n${note}` : ""}`;
  const forms = [render(gated)];
  const notPassing = gated.filter((c) => c.verdict !== "pass");
  const passing = gated.length - notPassing.length;
  if (passing > 0) {
    forms.push(
      render(
        notPassing,
        `${passing} passing rule${passing === 1 ? "" : "s"} left out to fit the comment size limit; see ${whereToFind(links)}.`,
      ),
    );
  }
  if (notPassing.length > GATED_ROWS_LAST_RESORT) {
    const rest = gated.length - GATED_ROWS_LAST_RESORT;
    forms.push(
      render(
        notPassing.slice(0, GATED_ROWS_LAST_RESORT),
        `${rest} more rules left out to fit the comment size limit; see ${whereToFind(links)}.`,
      ),
    );
  }
  return forms;
}

function otherMetricsForms(evaluation: Evaluation, level: string, links: ReportLinks | undefined): string[] {
  const reported = evaluation.comparisons.filter((c) => c.verdict === undefined);
  if (reported.length === 0) return [""];
  const body = table(comparisonHeader(evaluation, level, false), comparisonRows(evaluation, reported, false));
  return [
    details(`Other metrics (${reported.length}, not gated)`, body),
    `${reported.length} ungated metrics left out to fit the comment size limit; see ${whereToFind(links)}.`,
  ];
}

// ---------------------------------------------------------------- confusion matrices

function confusionTable(side: ModelSide): string | undefined {
  const confusion = side.confusion;
  if (!confusion) return undefined;
  const labels = confusion.labels.map((l) => label(l, 40));
  const rows = confusion.matrix.map((counts, i) => [
    `**${labels[i] ?? ""}**`,
    ...labels.map((_, j) => {
      const cell = formatCount(counts[j] ?? 0);
      return i === j ? `**${cell}**` : cell;
    }),
  ]);
  return table(["true ╲ predicted", ...labels], rows);
}

function confusionForms(evaluation: Evaluation, links: ReportLinks | undefined): string[] {
  const confusion = evaluation.candidate.confusion;
  if (!confusion) return [""];
  const heading = "#### Confusion matrix (candidate)";
  const classes = confusion.labels.length;
  const pointer = `${heading}\n\nLeft out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (classes > MAX_CONFUSION_CLASSES) {
    return [
      `${heading}\n\nNot shown: ${classes} classes is more than ${MAX_CONFUSION_CLASSES}; the full matrix is in ${whereToFind(links)}.`,
    ];
  }
  return [`${heading}\n\n${confusionTable(evaluation.candidate)}`, pointer];
}

function baselineConfusionForms(evaluation: Evaluation): string[] {
  const confusion = evaluation.baseline?.confusion;
  if (!evaluation.baseline || !confusion || confusion.labels.length > MAX_CONFUSION_CLASSES) return [""];
  return [details("Confusion matrix (baseline)", confusionTable(evaluation.baseline) ?? ""), ""];
}

// ---------------------------------------------------------------- per class

function perClassForms(evaluation: Evaluation, links: ReportLinks | undefined): string[] {
  const candidate = evaluation.candidate.per_class;
  if (!candidate) return [""];
  const baseline = evaluation.baseline?.per_class;
  const order = evaluation.candidate.confusion?.labels ?? Object.keys(candidate);
  const names = [
    ...order.filter((n) => n in candidate),
    ...Object.keys(candidate).filter((n) => !order.includes(n)),
  ];
  const header = ["class", "precision", "recall", "F1", "support"];
  if (baseline) header.push("baseline F1", "Δ F1");
  const row = (name: string) => {
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
  const full = `${heading}\n\n${details(allOf(names.length, "class", "classes"), table(header, names.map(row)))}`;
  const pointer = `${heading}\n\n${plural(names.length, "class", "classes")} left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (names.length <= CONDENSED_ROWS) return [full, pointer];
  // Worst first: lowest F1, ties broken by the larger support (more rows affected).
  const worst = [...names]
    .sort((a, b) => {
      const ca = candidate[a];
      const cb = candidate[b];
      return (ca?.f1 ?? 0) - (cb?.f1 ?? 0) || (cb?.support ?? 0) - (ca?.support ?? 0);
    })
    .slice(0, CONDENSED_ROWS);
  const condensed =
    `${heading}\n\n${details(`The ${CONDENSED_ROWS} of ${names.length} classes with the lowest F1`, table(header, worst.map(row)))}\n\n` +
    `The other ${names.length - CONDENSED_ROWS} classes are in ${whereToFind(links)}.`;
  return [full, condensed, pointer];
}

// ---------------------------------------------------------------- slices

/** The metric slices are judged by: the first gated metric they report, else their first metric. */
function sliceMetric(evaluation: Evaluation): string | undefined {
  const first = evaluation.slices[0];
  if (!first) return undefined;
  const gated = evaluation.comparisons.find((c) => c.verdict !== undefined && c.metric in first.candidate);
  return (
    gated?.metric ??
    evaluation.comparisons.find((c) => c.metric in first.candidate)?.metric ??
    Object.keys(first.candidate)[0]
  );
}

function slicesForms(evaluation: Evaluation, links: ReportLinks | undefined): string[] {
  const slices = evaluation.slices;
  const metric = sliceMetric(evaluation);
  if (slices.length === 0 || metric === undefined) return [""];
  const direction = evaluation.comparisons.find((c) => c.metric === metric)?.direction ?? "higher";
  const withBaseline = slices.some((s) => s.baseline?.[metric] !== undefined);
  const name = label(metric, 60);
  const header = ["column", "value", "rows", name];
  if (withBaseline) header.push(`baseline ${name}`, "Δ");
  const row = (s: SliceResult) => {
    const cells = [
      label(s.column, 60),
      label(s.value, 60),
      formatCount(s.rows),
      formatNumber(s.candidate[metric]),
    ];
    if (withBaseline) {
      const c = s.candidate[metric];
      const b = s.baseline?.[metric];
      cells.push(formatNumber(b), c !== undefined && b !== undefined ? formatDelta(c - b) : "n/a");
    }
    return cells;
  };
  // "Worse" follows the metric's direction: the largest drop (or the lowest value) for higher-is-better.
  const sign = direction === "higher" ? 1 : -1;
  const badness = (s: SliceResult) => {
    const c = s.candidate[metric] ?? Number.NaN;
    const score = withBaseline ? c - (s.baseline?.[metric] ?? Number.NaN) : c;
    return Number.isNaN(score) ? Number.POSITIVE_INFINITY : sign * score;
  };
  const heading = `#### Slices by ${name}`;
  const full = `${heading}\n\n${details(allOf(slices.length, "slice"), table(header, slices.map(row), ["l", "l", "r", "r", "r", "r"]))}`;
  const pointer = `${heading}\n\n${plural(slices.length, "slice")} left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (slices.length <= CONDENSED_ROWS) return [full, pointer];
  const worst = [...slices].sort((a, b) => badness(a) - badness(b)).slice(0, CONDENSED_ROWS);
  const summaryName = escapeHtmlInline(clip(metric, 60));
  const which = withBaseline
    ? `The ${CONDENSED_ROWS} of ${slices.length} slices where ${summaryName} worsened most`
    : `The ${CONDENSED_ROWS} of ${slices.length} slices with the worst ${summaryName}`;
  const condensed =
    `${heading}\n\n${details(which, table(header, worst.map(row), ["l", "l", "r", "r", "r", "r"]))}\n\n` +
    `The other ${slices.length - CONDENSED_ROWS} slices are in ${whereToFind(links)}.`;
  return [full, condensed, pointer];
}

// ---------------------------------------------------------------- assembly

function footer(evaluation: Evaluation, links: ReportLinks | undefined): string {
  const b = evaluation.bootstrap;
  const parts = [
    `Paired bootstrap: ${formatCount(b.resamples)} resamples, seed ${b.seed}, ${formatLevel(b.level)} intervals`,
    "p: paired test, Holm-adjusted across gated metrics",
    `full report in ${whereToFind(links)}`,
  ];
  return `---\n${parts.join(" · ")}.`;
}

/**
 * The order in which sections give way when the comment is over budget: first the parts a reviewer
 * needs least (table fallbacks, the baseline's matrix), condensing before dropping, and the gated
 * metrics last of all.
 */
export const SHRINK_ORDER: readonly ShrinkStep[] = [
  { id: "curves", form: 1 }, // chart only, table fallback dropped
  { id: "baseline-confusion", form: 1 },
  { id: "validation", form: 1 }, // checks that did not pass only
  { id: "slices", form: 1 }, // worst slices only
  { id: "per-class", form: 1 }, // worst classes only
  { id: "validation", form: 2 }, // the first checks that did not pass
  { id: "curves", form: 2 },
  { id: "slices", form: 2 },
  { id: "per-class", form: 2 },
  { id: "confusion", form: 1 },
  { id: "validation", form: 3 }, // counts only
  { id: "other-metrics", form: 1 },
  { id: "training", form: 1 },
  { id: "gated", form: 1 }, // rules that did not pass only
  { id: "gated", form: 2 },
];

/** The sticky PR comment for one evaluation: verdict first, then the evidence, within `budget` characters. */
export function renderEvaluationComment(
  evaluation: Evaluation,
  extras: EvaluationExtras = {},
  opts: CommentOptions = {},
): string {
  return fitEvaluationComment(evaluation, extras, opts).markdown;
}

/** As renderEvaluationComment, also saying which sections were condensed or dropped to fit. */
export function fitEvaluationComment(
  evaluation: Evaluation,
  extras: EvaluationExtras = {},
  opts: CommentOptions = {},
): FittedReport {
  const budget = opts.budget ?? GITHUB_COMMENT_LIMIT;
  checkBudget(budget);
  const { links } = extras;
  const level = `${formatLevel(evaluation.bootstrap.level)} CI`;
  const curves = extras.train?.curves ? renderLearningCurves(extras.train.curves, links) : undefined;
  const sections: ReportSection[] = [
    { id: "headline", forms: [renderHeadline(evaluation, level)] },
    { id: "gated", forms: gatedForms(evaluation, level, links) },
    { id: "other-metrics", forms: otherMetricsForms(evaluation, level, links) },
    { id: "confusion", forms: confusionForms(evaluation, links) },
    { id: "baseline-confusion", forms: baselineConfusionForms(evaluation) },
    { id: "per-class", forms: perClassForms(evaluation, links) },
    { id: "slices", forms: slicesForms(evaluation, links) },
    {
      id: "validation",
      forms: extras.validation
        ? (["full", "problems", "top", "counts"] as const).map((f) =>
            renderValidationSection(extras.validation!, f, links),
          )
        : [""],
    },
    { id: "training", forms: extras.train ? [renderTrainingInfo(extras.train), ""] : [""] },
    { id: "curves", forms: curves ? [curves.full, curves.chartOnly, curves.pointer] : [""] },
    { id: "footer", forms: [footer(evaluation, links)] },
  ];
  const fitted = fitToBudget(sections, SHRINK_ORDER, budget);
  if (fitted.fits) return fitted;
  // Only a gated table of extraordinary size gets here: keep the verdict and say where the rest is.
  const title = renderHeadline(evaluation, level).split("\n")[0];
  const markdown = `${title}\n\n${label(evaluation.summary, 300)}\n\nThe report does not fit in a comment of ${budget} characters; see ${whereToFind(links)}.\n`;
  return { markdown, shrunk: [...fitted.shrunk, { id: "*", form: 1 }], fits: markdown.length <= budget };
}
