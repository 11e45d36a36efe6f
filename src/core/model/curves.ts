import type { TrainReport } from "../contracts/train.js";
import { escapeMarkdown } from "../report/escape.js";

/**
 * Learning curves as a mermaid `xychart-beta` block, ready to paste into a PR comment: training
 * loss and validation loss per epoch. Only numbers and fixed words go in, so nothing from the data
 * reaches the markdown.
 */
export function learningCurveChart(report: TrainReport): string | undefined {
  const epochs = report.epochs;
  if (epochs.length < 2) return undefined;
  const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : "0");
  const losses = epochs.flatMap((e) => (e.val_loss === undefined ? [e.loss] : [e.loss, e.val_loss]));
  const top = Math.max(...losses.filter(Number.isFinite));
  const lines = [
    "```mermaid",
    "xychart-beta",
    '  title "Learning curves (loss per epoch)"',
    `  x-axis "epoch" 1 --> ${epochs.length}`,
    `  y-axis "loss" 0 --> ${fmt(top * 1.05)}`,
    `  line [${epochs.map((e) => fmt(e.loss)).join(", ")}]`,
  ];
  if (epochs.every((e) => e.val_loss !== undefined)) {
    lines.push(`  line [${epochs.map((e) => fmt(e.val_loss!)).join(", ")}]`);
  }
  lines.push("```");
  return lines.join("\n");
}

/** Markdown for a job summary or PR comment: backend and speed, metrics, learning curves. */
export function trainSummaryMarkdown(report: TrainReport): string {
  const lines = [
    `### mlgate train: ${escapeMarkdown(report.model)}`,
    "",
    `Backend **${escapeMarkdown(report.backend)}** on ${escapeMarkdown(report.device)}` +
      (report.samples_per_second !== undefined ? ` — ${report.samples_per_second} samples/s` : ""),
    "",
    "| metric | value |",
    "| --- | --- |",
    ...Object.entries(report.metrics).map(
      ([k, v]) => `| ${escapeMarkdown(k)} | ${Number(v.toPrecision(4))} |`,
    ),
  ];
  const chart = learningCurveChart(report);
  if (chart) lines.push("", chart);
  return `${lines.join("\n")}\n`;
}
