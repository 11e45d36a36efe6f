import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/report/escape.ts
init_esm_dirname();
var ZWJ = "\u200D";
function stripInvisible(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
}
function breakAutolinks(text) {
  return text.replace(/@/g, `@${ZWJ}`).replace(/#/g, `#${ZWJ}`).replace(/\b(gh)-(?=\d)/gi, `$1${ZWJ}-`).replace(/:\/\//g, `:${ZWJ}//`).replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
function escapeMarkdown(text) {
  return breakAutolinks(
    stripInvisible(String(text)).replace(/[\\`*_{}[\]()<>#+!|~^$]/g, (c) => `\\${c}`).replace(/&/g, "&amp;")
  ).replace(/^([-=])/g, "\\$1").replace(/^(\d+)\./, "$1\\.");
}
function escapeCode(text) {
  const s = stripInvisible(String(text)).replace(/\|/g, "\xA6");
  const ticks = s.match(/`+/g)?.reduce((m, t) => Math.max(m, t.length), 0) ?? 0;
  const fence = "`".repeat(ticks + 1);
  return ticks || s.startsWith(" ") || s.endsWith(" ") ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}
function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}
function escapeHtmlInline(text) {
  return escapeHtml(breakAutolinks(stripInvisible(String(text))));
}
function escapeMermaidLabel(text, maxLength = 60) {
  const plain = stripInvisible(String(text)).replace(/[^\p{L}\p{N} _.,:/+=()-]/gu, " ").replace(/\s+/g, " ").trim();
  return clip(plain, maxLength);
}
function clip(text, maxLength = 80) {
  const chars = Array.from(String(text));
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join("")}\u2026` : chars.join("");
}

export {
  escapeMarkdown,
  escapeCode,
  escapeHtml,
  escapeHtmlInline,
  escapeMermaidLabel,
  clip
};
