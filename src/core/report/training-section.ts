import { clip, escapeCode, escapeMarkdown, escapeMermaidLabel } from "./escape.js";
import { formatCount, formatNumber } from "./format.js";
import { details, type ReportLinks, table, whereToFind } from "./markdown.js";

export interface LearningCurves {
  epoch: number[];
  loss: number[];
  val_loss: number[];
  /** Validation value of the monitored metric per epoch, when the trainer tracks one. */
  metric?: number[];
  metric_name?: string;
}

/** What train reports about a run; the train step maps its output onto this. */
export interface TrainSummary {
  backend: string;
  device: string;
  samples_per_second: number;
  epochs: number;
  /** Wall-clock training time. */
  seconds?: number;
  curves?: LearningCurves;
}

/** Line colours of the charts; named in the caption because xychart-beta draws no legend. */
const PALETTE = [
  { hex: "#0969da", name: "blue" },
  { hex: "#d1242f", name: "red" },
];

/** Points beyond this make the chart's x axis unreadable (and the block long). */
const MAX_CHART_POINTS = 25;
const MAX_TABLE_ROWS = 100;

export function renderTrainingInfo(train: TrainSummary): string {
  const parts = [
    `backend ${escapeCode(clip(train.backend, 40))}`,
    `device ${escapeCode(clip(train.device, 60))}`,
    `${formatNumber(train.samples_per_second)} samples/s`,
    `${formatCount(train.epochs)} epochs`,
  ];
  if (train.seconds !== undefined) parts.push(`${formatNumber(train.seconds)} s`);
  return `#### Training\n\n${parts.join(" · ")}`;
}

/** Evenly spaced indices into `length` items, always keeping the first and the last. */
export function sampleIndices(length: number, max: number): number[] {
  if (length <= max) return Array.from({ length }, (_, i) => i);
  const picked = new Set<number>();
  for (let k = 0; k < max; k++) picked.add(Math.round((k * (length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b);
}

interface Series {
  label: string;
  values: number[];
}

function curveSeries(curves: LearningCurves): { epochs: number[]; loss: Series[]; metric?: Series } {
  const metricValues = curves.metric ?? [];
  const lengths = [curves.epoch.length, curves.loss.length];
  if (curves.val_loss.length > 0) lengths.push(curves.val_loss.length);
  if (metricValues.length > 0) lengths.push(metricValues.length);
  const n = Math.min(...lengths);
  const loss: Series[] = [{ label: "training loss", values: curves.loss.slice(0, n) }];
  if (curves.val_loss.length > 0)
    loss.push({ label: "validation loss", values: curves.val_loss.slice(0, n) });
  const result: { epochs: number[]; loss: Series[]; metric?: Series } = {
    epochs: curves.epoch.slice(0, n),
    loss,
  };
  if (metricValues.length > 0) {
    result.metric = {
      label: `validation ${curves.metric_name ?? "metric"}`,
      values: metricValues.slice(0, n),
    };
  }
  return result;
}

/** Numbers as mermaid reads them: plain decimals, never exponent notation. */
export function mermaidNumber(value: number): string {
  const text = Number(value.toPrecision(6)).toString();
  return text.includes("e") ? value.toFixed(12).replace(/\.?0+$/, "") : text;
}

/** Values mermaid can plot as plain decimals. */
function plottable(value: number | undefined): boolean {
  return value !== undefined && Number.isFinite(value) && Math.abs(value) < 1e15;
}

/**
 * An xychart-beta block. Returns undefined when a value is not finite (mermaid cannot draw a gap,
 * and a NaN would break the whole block); the table fallback still shows the numbers.
 */
export function mermaidLineChart(
  title: string,
  xLabel: string,
  x: number[],
  series: Series[],
): string | undefined {
  const keep = sampleIndices(x.length, MAX_CHART_POINTS);
  if (keep.length < 2) return undefined;
  const values = series.map((s) => keep.map((i) => s.values[i] as number));
  if (values.some((v) => !v.every(plottable)) || !keep.every((i) => plottable(x[i]))) {
    return undefined;
  }
  const palette = PALETTE.slice(0, series.length)
    .map((c) => c.hex)
    .join(", ");
  return [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "${escapeMermaidLabel(title)}"`,
    `  x-axis "${escapeMermaidLabel(xLabel)}" [${keep.map((i) => mermaidNumber(x[i] as number)).join(", ")}]`,
    `  y-axis "${escapeMermaidLabel(series.length === 1 ? (series[0]?.label ?? "") : "value", 40)}"`,
    ...values.map((v) => `  line [${v.map(mermaidNumber).join(", ")}]`),
    "```",
  ].join("\n");
}

function legend(series: Series[]): string {
  return series.map((s, i) => `${PALETTE[i]?.name ?? "grey"}: ${escapeMarkdown(s.label)}`).join(", ");
}

function curvesTable(epochs: number[], series: Series[]): string {
  const keep = sampleIndices(epochs.length, MAX_TABLE_ROWS);
  const rows = keep.map((i) => [
    formatCount(epochs[i] as number),
    ...series.map((s) => formatNumber(s.values[i])),
  ]);
  const note =
    keep.length < epochs.length ? `\n\n${keep.length} of ${epochs.length} epochs shown, evenly spaced.` : "";
  return table(["epoch", ...series.map((s) => escapeMarkdown(s.label))], rows) + note;
}

/** Learning curves as forms for the budget: chart and table, chart only, or a pointer. */
export function renderLearningCurves(
  curves: LearningCurves,
  links?: ReportLinks,
): { full: string; chartOnly: string; pointer: string } {
  const { epochs, loss, metric } = curveSeries(curves);
  const all = metric ? [...loss, metric] : loss;
  const charts: string[] = [];
  const lossChart = mermaidLineChart("Loss by epoch", "epoch", epochs, loss);
  if (lossChart) charts.push(`${lossChart}\n\n${legend(loss)}`);
  if (metric) {
    const metricChart = mermaidLineChart(metric.label, "epoch", epochs, [metric]);
    if (metricChart) charts.push(metricChart);
  }
  const heading = "#### Learning curves";
  const fallback = details("Learning curves as a table", curvesTable(epochs, all));
  const pointer = `${heading}\n\nLeft out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (epochs.length === 0) return { full: "", chartOnly: "", pointer: "" };
  if (charts.length === 0) return { full: `${heading}\n\n${fallback}`, chartOnly: pointer, pointer };
  const chartText = charts.join("\n\n");
  return {
    full: `${heading}\n\n${chartText}\n\n${fallback}`,
    chartOnly: `${heading}\n\n${chartText}`,
    pointer,
  };
}
