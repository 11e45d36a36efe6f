import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/report/format.ts
init_esm_dirname();
var MINUS = "\u2212";
function withMinus(text) {
  return text.replace(/-/g, MINUS);
}
function formatNumber(value) {
  if (value === void 0 || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : `${MINUS}\u221E`;
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e4 && abs < 1e15) return formatCount(value);
  if (abs >= 1e15 || abs < 1e-6) return withMinus(value.toExponential(3).replace("e+", "e"));
  const text = value.toPrecision(4);
  if (text.includes("e")) return formatCount(value);
  return withMinus(text.includes(".") ? text.replace(/\.?0+$/, "") : text);
}
function formatDelta(value) {
  if (value === void 0 || Number.isNaN(value)) return "n/a";
  if (value === 0) return "\xB10";
  const text = formatNumber(value);
  return value > 0 ? `+${text}` : text;
}
function formatInterval(low, high, kind = "difference") {
  if (low === void 0 || high === void 0) return "n/a";
  const f = kind === "difference" ? formatDelta : formatNumber;
  return `[${f(low)}, ${f(high)}]`;
}
function formatPValue(p) {
  if (p === void 0 || Number.isNaN(p)) return "n/a";
  if (p < 1e-3) return "<0.001";
  if (p > 0.999) return ">0.999";
  return p.toFixed(3);
}
function formatCount(value) {
  if (!Number.isFinite(value)) return "n/a";
  const sign = value < 0 ? MINUS : "";
  const digits = BigInt(Math.round(Math.abs(value))).toString();
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ",");
}
function formatLevel(level) {
  return `${Number((level * 100).toFixed(2))}%`;
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}
function allOf(count, noun, nouns = `${noun}s`) {
  return count === 1 ? `The one ${noun}` : `All ${count} ${nouns}`;
}

export {
  formatNumber,
  formatDelta,
  formatInterval,
  formatPValue,
  formatCount,
  formatLevel,
  plural,
  allOf
};
