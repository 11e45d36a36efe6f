/** Number formatting for reports: what a reviewer reads, not what a parser reads back. */

const MINUS = "\u2212";

function withMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

/** Four significant digits; large values as whole numbers, tiny ones in exponent form. */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${MINUS}∞`;
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e4 && abs < 1e15) return formatCount(value);
  if (abs >= 1e15 || abs < 1e-6) return withMinus(value.toExponential(3).replace("e+", "e"));
  const text = value.toPrecision(4);
  // 9999.7 rounds up to "1.000e+4" at four digits: show the whole number instead.
  if (text.includes("e")) return formatCount(value);
  // Trailing zeros claim a precision the value never had ("0.7000" is a recall of 7/10).
  return withMinus(text.includes(".") ? text.replace(/\.?0+$/, "") : text);
}

/** A difference always carries its sign, so "no change" and "better" cannot be confused. */
export function formatDelta(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "n/a";
  if (value === 0) return "±0";
  const text = formatNumber(value);
  return value > 0 ? `+${text}` : text;
}

/** An interval of a difference is signed like the difference; an interval of a metric's own value is not. */
export function formatInterval(
  low: number | undefined,
  high: number | undefined,
  kind: "difference" | "value" = "difference",
): string {
  if (low === undefined || high === undefined) return "n/a";
  const f = kind === "difference" ? formatDelta : formatNumber;
  return `[${f(low)}, ${f(high)}]`;
}

export function formatPValue(p: number | undefined): string {
  if (p === undefined || Number.isNaN(p)) return "n/a";
  if (p < 0.001) return "<0.001";
  if (p > 0.999) return ">0.999";
  return p.toFixed(3);
}

/**
 * Whole counts with thousands separators (rows, support, confusion cells). Grouped here rather than
 * by toLocaleString, whose first call sets up ICU's number formatting: 7–21 ms of a command's run.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const sign = value < 0 ? MINUS : "";
  const digits = BigInt(Math.round(Math.abs(value))).toString();
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

/** A confidence level as people write it: 0.95 → "95%", 0.975 → "97.5%". */
export function formatLevel(level: number): string {
  return `${Number((level * 100).toFixed(2))}%`;
}

/** "1 value", "2 values", "0 rows": a count with its noun in the number it takes. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** "All 3 slices", or "The one slice": a heading over every item of a list. */
export function allOf(count: number, noun: string, nouns = `${noun}s`): string {
  return count === 1 ? `The one ${noun}` : `All ${count} ${nouns}`;
}
