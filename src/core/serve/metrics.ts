/**
 * A small Prometheus registry and its text exposition format (version 0.0.4): counters, gauges
 * and histograms with labels, enough for the server's own metrics. Series are kept in insertion
 * order, so a scrape lists them stably.
 */

export const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

type Labels = Readonly<Record<string, string>>;

/** Label values escape backslash, double quote and line feed; nothing else (the format's rule). */
function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

/** HELP text escapes backslash and line feed. */
function escapeHelp(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function labelText(labels: Labels, extra?: [string, string]): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabelValue(extra[1])}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}

/** A sample value as the format writes it: integers plainly, +Inf/-Inf/NaN by name. */
function valueText(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

function keyOf(labels: Labels): string {
  return JSON.stringify(Object.entries(labels));
}

interface Metric {
  write(lines: string[]): void;
}

abstract class Family<S> implements Metric {
  protected readonly series = new Map<string, { labels: Labels; state: S }>();
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly type: string,
  ) {}

  protected get(labels: Labels, make: () => S): S {
    const key = keyOf(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, state: make() };
      this.series.set(key, s);
    }
    return s.state;
  }

  write(lines: string[]): void {
    lines.push(`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`);
    for (const { labels, state } of this.series.values()) this.writeSeries(lines, labels, state);
  }

  protected abstract writeSeries(lines: string[], labels: Labels, state: S): void;
}

export class Counter extends Family<{ value: number }> {
  constructor(name: string, help: string) {
    super(name, help, "counter");
  }
  inc(labels: Labels = {}, by = 1): void {
    this.get(labels, () => ({ value: 0 })).value += by;
  }
  /** Creates the series at 0, so it is scraped before its first event. */
  touch(labels: Labels = {}): void {
    this.get(labels, () => ({ value: 0 }));
  }
  value(labels: Labels = {}): number {
    return this.series.get(keyOf(labels))?.state.value ?? 0;
  }
  protected writeSeries(lines: string[], labels: Labels, s: { value: number }): void {
    lines.push(`${this.name}${labelText(labels)} ${valueText(s.value)}`);
  }
}

export class Gauge extends Family<{ value: number }> {
  constructor(name: string, help: string) {
    super(name, help, "gauge");
  }
  set(value: number, labels: Labels = {}): void {
    this.get(labels, () => ({ value: 0 })).value = value;
  }
  add(by: number, labels: Labels = {}): void {
    this.get(labels, () => ({ value: 0 })).value += by;
  }
  value(labels: Labels = {}): number {
    return this.series.get(keyOf(labels))?.state.value ?? 0;
  }
  protected writeSeries(lines: string[], labels: Labels, s: { value: number }): void {
    lines.push(`${this.name}${labelText(labels)} ${valueText(s.value)}`);
  }
}

interface HistogramState {
  counts: Float64Array;
  sum: number;
  count: number;
}

export class Histogram extends Family<HistogramState> {
  /** Upper bounds, ascending, without +Inf (which every histogram has). */
  readonly bounds: readonly number[];
  constructor(name: string, help: string, bounds: readonly number[]) {
    super(name, help, "histogram");
    this.bounds = [...bounds].sort((a, b) => a - b).filter((b, i, all) => i === 0 || b !== all[i - 1]);
  }
  observe(value: number, labels: Labels = {}): void {
    const s = this.get(labels, () => this.empty());
    let i = 0;
    while (i < this.bounds.length && value > this.bounds[i]!) i++;
    s.counts[i]!++;
    s.sum += value;
    s.count++;
  }
  touch(labels: Labels = {}): void {
    this.get(labels, () => this.empty());
  }
  private empty(): HistogramState {
    return { counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 };
  }
  protected writeSeries(lines: string[], labels: Labels, s: HistogramState): void {
    let cumulative = 0;
    for (let i = 0; i <= this.bounds.length; i++) {
      cumulative += s.counts[i]!;
      const le = i < this.bounds.length ? valueText(this.bounds[i]!) : "+Inf";
      lines.push(`${this.name}_bucket${labelText(labels, ["le", le])} ${cumulative}`);
    }
    lines.push(`${this.name}_sum${labelText(labels)} ${valueText(s.sum)}`);
    lines.push(`${this.name}_count${labelText(labels)} ${s.count}`);
  }
}

export class Registry {
  private readonly metrics: Metric[] = [];
  register<M extends Metric>(metric: M): M {
    this.metrics.push(metric);
    return metric;
  }
  /** The exposition text of every metric, ending in a line feed. */
  expose(): string {
    const lines: string[] = [];
    for (const m of this.metrics) m.write(lines);
    return `${lines.join("\n")}\n`;
  }
}
