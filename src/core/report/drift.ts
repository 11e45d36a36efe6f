import type { DriftColumn, DriftReport, DriftStatus } from "../contracts/drift.js";
import { type FittedReport, fitToBudget, type ReportSection, type ShrinkStep } from "./budget.js";
import { clip, escapeCode, escapeMarkdown, escapeMermaidLabel } from "./escape.js";
import { formatCount, formatNumber, formatPValue, plural } from "./format.js";
import { details, type ReportLinks, safeUrl, table } from "./markdown.js";
import { mermaidNumber } from "./training-section.js";

/**
 * drift.md: the verdict, then the drifted columns (each with its adjusted p-value, its effect size
 * against the threshold, and a chart of reference against current), then every column in one
 * table. Sections shrink in a fixed order to fit a GitHub issue body (charts go first, then the
 * long tables are cut), as the PR comment does.
 */

const STATUS_LINE: Record<DriftStatus, string> = {
  drift: "❌ **Drift**",
  no_drift: "✅ **No drift**",
  insufficient_data: "⚠️ **Insufficient data**",
};

/** Charts drawn at most (the rest of the drifted columns get their figures only). */
export const MAX_DRIFT_CHARTS = 10;
/** Rows of the all-columns table once condensed. */
export const CONDENSED_COLUMNS = 30;

function headline(r: DriftReport, links?: ReportLinks): string {
  const model = r.model ? ` for ${escapeCode(r.model)}` : "";
  const decided = r.columns.filter((c) => c.status !== "insufficient_data").length;
  const verdict =
    r.status === "drift" && r.drifted_columns.length === 0 && r.performance?.degraded
      ? `no column drifted, but the model's metrics on ${plural(r.performance.rows, "labelled row")} degraded`
      : r.status === "drift"
        ? `${plural(r.drifted_columns.length, "column")} of ${decided} drifted (${formatNumber(r.drift_share * 100)}%, threshold ${formatNumber(r.drift_share_threshold * 100)}%` +
          `${r.columns.some((c) => c.drifted && c.critical) ? ", a critical column among them" : ""})` +
          (r.performance?.degraded ? "; the model's metrics on labelled rows degraded" : "")
        : r.status === "no_drift"
          ? `${r.drifted_columns.length ? `${plural(r.drifted_columns.length, "column")} drifted, below the dataset threshold` : "no column drifted"} (${decided} compared)`
          : `too few current rows to decide${neededText(r)}`;
  const lines = [
    `## mlgate drift-check${model}: ${STATUS_LINE[r.status]}`,
    "",
    verdict + ".",
    "",
    `Reference: ${escapeCode(clip(r.reference.source, 120))} (${r.reference.kind}${r.reference.version ? ` ${escapeCode(r.reference.version)}` : ""}, ${formatCount(r.reference.rows)} rows) · ` +
      `current: ${escapeCode(clip(r.current.source, 120))} (${r.current.kind}, ${formatCount(r.current.rows)} rows${r.current.since ? ` since ${escapeMarkdown(r.current.since)}` : ""}) · ` +
      `statistics: ${r.mode === "exact" ? "exact (from the data)" : "from sketches (a profile on one side; KS carries the sketch's rank error)"}.`,
    "",
    `A column drifts when its Benjamini–Hochberg adjusted p-value is at most ${formatNumber(r.alpha)} **and** its effect size reaches its threshold.`,
  ];
  if (r.not_compared?.length) {
    const shown = r.not_compared.slice(0, 20);
    lines.push(
      "",
      `Not compared: ${shown.map((c) => `${escapeCode(clip(c.name, 80))}, ${escapeMarkdown(c.reason)}`).join(" · ")}${r.not_compared.length > shown.length ? `, and ${r.not_compared.length - shown.length} more` : ""}.`,
    );
  }
  const run = safeUrl(links?.summaryUrl);
  if (run) lines.push("", `[Workflow run](${run})`);
  return lines.join("\n");
}

function neededText(r: DriftReport): string {
  const need = Math.max(0, ...r.columns.map((c) => c.rows_needed ?? 0));
  return need ? `: ${formatCount(need)} more non-null rows needed` : "";
}

function figures(c: DriftColumn): string {
  const p = `adjusted p ${formatPValue(c.adjusted_p_value ?? undefined)} (${c.p_test}, raw ${formatPValue(c.p_value ?? undefined)})`;
  const e = `effect ${formatNumber(c.effect_size ?? undefined)} (${c.effect_test}, threshold ${formatNumber(c.effect_threshold)})`;
  return `${p} · ${e}`;
}

function categoryNotes(c: DriftColumn): string {
  const list = (xs: string[]) =>
    xs
      .slice(0, 10)
      .map((x) => escapeCode(clip(x, 40)))
      .join(", ") + (xs.length > 10 ? ` and ${xs.length - 10} more` : "");
  const notes: string[] = [];
  if (c.new_categories?.length) notes.push(`new in current: ${list(c.new_categories)}`);
  if (c.vanished_categories?.length) notes.push(`gone from current: ${list(c.vanished_categories)}`);
  return notes.join(" · ");
}

/** Reference (bars) against current (line), shares in percent; undefined when nothing to draw. */
export function distributionChart(c: DriftColumn): string | undefined {
  const d = c.distribution;
  if (!d || d.bins.length < 2 || d.bins.length > 30) return undefined;
  const ok = [...d.reference, ...d.current].every(Number.isFinite);
  if (!ok) return undefined;
  const pct = (xs: number[]) => xs.map((x) => mermaidNumber(x * 100)).join(", ");
  // Mermaid labels keep a plain set of characters, and a comma would split the axis: "(3300, 3475]"
  // reads "3300-3475", "≤ 3300" "to 3300", "> 5400" "over 5400".
  const label = (b: string) =>
    escapeMermaidLabel(
      b
        .replace(/^≤\s*/, "to ")
        .replace(/^>\s*/, "over ")
        .replace(/^[([]\s*(.*?)\s*[)\]]$/, "$1")
        .replace(/\s*,\s*/g, "-"),
      20,
    ).replace(/,/g, " ") || "?";
  const bins = d.bins.map((b) => `"${label(b)}"`).join(", ");
  return [
    "```mermaid",
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da, #d1242f"}}}}%%',
    "xychart-beta",
    `  title "${escapeMermaidLabel(c.name)}: reference (bars) vs current (line)"`,
    `  x-axis "${escapeMermaidLabel(c.kind === "numeric" ? "value" : "category")}" [${bins}]`,
    '  y-axis "% of rows"',
    `  bar [${pct(d.reference)}]`,
    `  line [${pct(d.current)}]`,
    "```",
  ].join("\n");
}

export function distributionTable(c: DriftColumn): string {
  const d = c.distribution;
  if (!d) return "";
  const pct = (x: number | undefined) => (x === undefined ? "n/a" : `${formatNumber(x * 100)}%`);
  return table(
    ["bin", "reference", "current"],
    d.bins.map((b, i) => [escapeMarkdown(clip(b, 40)), pct(d.reference[i]), pct(d.current[i])]),
  );
}

type DriftedForm = "charts" | "figures";

function driftedSection(r: DriftReport, form: DriftedForm, limit?: number): string {
  const drifted = orderDrifted(r.columns.filter((c) => c.drifted));
  if (drifted.length === 0) return "";
  const shown = limit === undefined ? drifted : drifted.slice(0, limit);
  const parts = [`### Drifted columns`];
  shown.forEach((c, i) => {
    const notes = categoryNotes(c);
    const lines = [
      `#### ${escapeMarkdown(clip(c.name, 80))}${c.critical ? " (critical)" : ""}`,
      "",
      figures(c),
    ];
    if (notes) lines.push("", notes);
    if (form === "charts" && c.distribution) {
      const chart = i < MAX_DRIFT_CHARTS ? distributionChart(c) : undefined;
      if (chart) lines.push("", chart);
      lines.push("", details("Distribution as a table", distributionTable(c)));
    }
    parts.push(lines.join("\n"));
  });
  if (shown.length < drifted.length) {
    parts.push(`…and ${drifted.length - shown.length} more drifted columns, listed in drift.json.`);
  }
  return parts.join("\n\n");
}

/** Critical columns first, then by effect size relative to its threshold, largest first. */
function orderDrifted(cols: DriftColumn[]): DriftColumn[] {
  const ratio = (c: DriftColumn) => (c.effect_size ?? 0) / (c.effect_threshold || 1);
  return [...cols].sort((a, b) => Number(b.critical) - Number(a.critical) || ratio(b) - ratio(a));
}

const COLUMN_STATUS: Record<DriftStatus, string> = {
  drift: "❌ drift",
  no_drift: "✅",
  insufficient_data: "⚠️ too few rows",
};

function columnsTable(r: DriftReport, limit?: number): string {
  const cols = [...r.columns].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (a.adjusted_p_value ?? 2) - (b.adjusted_p_value ?? 2),
  );
  const shown = limit === undefined ? cols : cols.slice(0, limit);
  const missing = (m: number, n: number) => (n ? `${formatNumber((100 * m) / n)}%` : "n/a");
  const rows = shown.map((c) => [
    escapeMarkdown(clip(c.name, 60)),
    c.kind,
    COLUMN_STATUS[c.status],
    `${formatPValue(c.adjusted_p_value ?? undefined)} (${c.p_test})`,
    `${formatNumber(c.effect_size ?? undefined)} / ${formatNumber(c.effect_threshold)} (${c.effect_test})`,
    `${missing(c.reference.missing, c.reference.rows)} → ${missing(c.current.missing, c.current.rows)}`,
  ]);
  const note =
    shown.length < cols.length
      ? `\n\n${shown.length} of ${cols.length} columns shown; all are in drift.json.`
      : "";
  return (
    `### All columns\n\n` +
    table(["column", "kind", "status", "adjusted p", "effect / threshold", "missing (ref → cur)"], rows, [
      "l",
      "l",
      "l",
      "r",
      "r",
      "r",
    ]) +
    note
  );
}

function predictionSection(r: DriftReport): string {
  const c = r.prediction;
  if (!c) return "";
  const verdict = c.drifted
    ? "❌ the model's outputs drifted"
    : c.status === "insufficient_data"
      ? "⚠️ too few predictions"
      : "✅ the model's outputs did not drift";
  const chart = distributionChart(c);
  return [`### Prediction drift`, "", `${verdict}: ${figures(c)}`, ...(chart ? ["", chart] : [])].join("\n");
}

function performanceSection(r: DriftReport): string {
  const p = r.performance;
  if (!p) return "";
  const verdict = p.degraded
    ? `❌ degraded on ${plural(p.rows, "labelled row")}: ${p.metrics
        .filter((m) => m.degraded)
        .map((m) => m.metric)
        .join(", ")}`
    : p.metrics.length
      ? `✅ no metric worse than registered on ${plural(p.rows, "labelled row")}`
      : `⚠️ nothing to compare on ${plural(p.rows, "labelled row")}`;
  const unmatched = p.unmatched_labels
    ? ` (${plural(p.unmatched_labels, "label")} matched no logged row)`
    : "";
  const rows = p.metrics.map((m) => [
    m.metric,
    formatNumber(m.registered),
    formatNumber(m.current),
    formatNumber(m.diff),
    m.ci_low === undefined ? "n/a" : `${formatNumber(m.ci_low)} to ${formatNumber(m.ci_high)}`,
    m.degraded ? "❌" : "✅",
  ]);
  return [
    "### Performance on labelled rows",
    "",
    `${verdict}${unmatched}. A metric degrades when the bootstrap interval of its change lies wholly on its worse side.`,
    ...(rows.length
      ? [
          "",
          table(["metric", "registered", "now", "change", "interval of the change", ""], rows, [
            "l",
            "r",
            "r",
            "r",
            "r",
            "c",
          ]),
        ]
      : []),
  ].join("\n");
}

const SHRINK_ORDER: readonly ShrinkStep[] = [
  { id: "drifted", form: 1 },
  { id: "columns", form: 1 },
  { id: "prediction", form: 1 },
  { id: "drifted", form: 2 },
  { id: "columns", form: 2 },
  { id: "drifted", form: 3 },
  { id: "drifted", form: 4 },
];

/** The drifted columns by name only: the first `limit`, and how many more drift.json lists. */
function _namesOnly(r: DriftReport, limit: number): string {
  const n = r.drifted_columns.length;
  if (n === 0) return "";
  const names = r.drifted_columns.slice(0, limit).map((c) => escapeCode(clip(c, 60)));
  const more = n - names.length;
  return `### Drifted columns\n\n${[...names, ...(more ? [`and ${more} more (all in drift.json)`] : [])].join(", ")}`;
}

/** The report fitted to `budget` characters (a GitHub issue body less what goes around it). */
export function fitDriftReport(r: DriftReport, budget: number, links?: ReportLinks): FittedReport {
  const pointer = "Left out to fit the size limit; every figure is in drift.json.";
  const sections: ReportSection[] = [
    { id: "headline", forms: [headline(r, links)] },
    {
      id: "drifted",
      forms: [
        driftedSection(r, "charts"),
        driftedSection(r, "figures"),
        driftedSection(r, "figures", 20),
        r.drifted_columns.length
          ? `### Drifted columns\n\n${r.drifted_columns.map((n) => escapeCode(clip(n, 60))).join(", ")}`
          : "",
      ],
    },
    { id: "prediction", forms: [predictionSection(r), ""] },
    { id: "performance", forms: [performanceSection(r)] },
    {
      id: "columns",
      forms: [columnsTable(r), columnsTable(r, CONDENSED_COLUMNS), `### All columns\n\n${pointer}`],
    },
  ];
  return fitToBudget(sections, SHRINK_ORDER, budget);
}

export function renderDriftReport(r: DriftReport, links?: ReportLinks): string {
  return fitDriftReport(r, Number.POSITIVE_INFINITY, links).markdown;
}
