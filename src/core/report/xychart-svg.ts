import { escapeHtml } from "./escape.js";

/**
 * The subset of mermaid `xychart-beta` that the comment writes (title, numeric x-axis categories,
 * y-axis name, `line` and `bar` series, a colour palette), drawn as inline SVG so the HTML preview shows the
 * chart without loading mermaid from the network.
 */
export interface XyChart {
  title: string;
  xLabel: string;
  yLabel: string;
  x: string[];
  lines: number[][];
  /** Bar series (drawn under the lines, from zero, in the palette's colours before the lines'). */
  bars?: number[][];
  palette: string[];
}

const DEFAULT_PALETTE = ["#0969da", "#d1242f", "#1a7f37", "#8250df"];

function numbers(list: string): number[] {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map(Number);
}

/** Returns undefined for anything outside the subset, so the caller can show the source instead. */
export function parseXyChart(source: string): XyChart | undefined {
  const chart: XyChart = { title: "", xLabel: "", yLabel: "", x: [], lines: [], palette: DEFAULT_PALETTE };
  let header = false;
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const palette = /"plotColorPalette":\s*"([^"]*)"/.exec(line);
    if (line.startsWith("%%")) {
      if (palette?.[1]) chart.palette = palette[1].split(",").map((c) => c.trim());
      continue;
    }
    if (line === "xychart-beta") {
      header = true;
      continue;
    }
    const title = /^title "([^"]*)"$/.exec(line);
    const xAxis = /^x-axis "([^"]*)" \[([^\]]*)\]$/.exec(line);
    const yAxis = /^y-axis "([^"]*)"$/.exec(line);
    const series = /^line \[([^\]]*)\]$/.exec(line);
    const bar = /^bar \[([^\]]*)\]$/.exec(line);
    if (title) chart.title = title[1] ?? "";
    else if (xAxis) {
      chart.xLabel = xAxis[1] ?? "";
      chart.x = (xAxis[2] ?? "").split(",").map((s) => s.trim().replace(/^"(.*)"$/, "$1"));
    } else if (yAxis) chart.yLabel = yAxis[1] ?? "";
    else if (series) chart.lines.push(numbers(series[1] ?? ""));
    else if (bar) {
      chart.bars = chart.bars ?? [];
      chart.bars.push(numbers(bar[1] ?? ""));
    } else return undefined;
  }
  const valid =
    header &&
    chart.x.length >= 2 &&
    chart.lines.length + (chart.bars?.length ?? 0) > 0 &&
    [...chart.lines, ...(chart.bars ?? [])].every(
      (l) => l.length === chart.x.length && l.every(Number.isFinite),
    );
  return valid ? chart : undefined;
}

/** Round axis steps (1, 2, 5 × 10^k) so tick labels read as people write numbers. */
function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

export function xyChartSvg(chart: XyChart): string {
  const width = 640;
  const height = 320;
  const left = 64;
  const right = 16;
  const top = 36;
  const bottom = 48;
  const bars = chart.bars ?? [];
  // Bars stand on zero, so zero is on the axis whenever there are bars.
  const values = [...chart.lines.flat(), ...bars.flat(), ...(bars.length ? [0] : [])];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const step = niceStep(high - low, 5);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  // With bars each category gets a band and its point sits in the band's middle.
  const band = plotW / chart.x.length;
  const xAt = (i: number) =>
    bars.length
      ? left + (i + 0.5) * band
      : left + (chart.x.length === 1 ? plotW / 2 : (i * plotW) / (chart.x.length - 1));
  const yAt = (v: number) => top + plotH - ((v - low) / (high - low)) * plotH;
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const parts: string[] = [];
  for (let v = low; v <= high + step / 2; v += step) {
    const y = yAt(v).toFixed(1);
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}" stroke="#d0d7de" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${v.toFixed(digits)}</text>`,
    );
  }
  const labelEvery = Math.ceil(chart.x.length / 12);
  chart.x.forEach((label, i) => {
    if (i % labelEvery !== 0 && i !== chart.x.length - 1) return;
    parts.push(
      `<text x="${xAt(i).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(label)}</text>`,
    );
  });
  const colourOf = (k: number) => {
    const colour = chart.palette[k % chart.palette.length] ?? "#57606a";
    return /^#[0-9a-fA-F]{3,8}$/.test(colour) ? colour : "#57606a";
  };
  bars.forEach((series, k) => {
    const w = (band * 0.7) / bars.length;
    series.forEach((v, i) => {
      const x = xAt(i) - (band * 0.7) / 2 + k * w;
      const y0 = yAt(0);
      const y = yAt(v);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${Math.min(y, y0).toFixed(1)}" width="${w.toFixed(1)}" height="${Math.abs(y0 - y).toFixed(1)}" fill="${colourOf(k)}" fill-opacity="0.6"/>`,
      );
    });
  });
  chart.lines.forEach((line, j) => {
    const k = j + bars.length;
    const points = line.map((v, i) => `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`).join(" ");
    parts.push(`<polyline fill="none" stroke="${colourOf(k)}" stroke-width="2" points="${points}"/>`);
  });
  return [
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" class="chart-title">${escapeHtml(chart.title)}</text>`,
    ...parts,
    `<text x="${left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeHtml(chart.xLabel)}</text>`,
    `<text x="14" y="${top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${top + plotH / 2})">${escapeHtml(chart.yLabel)}</text>`,
    "</svg>",
  ].join("\n");
}
