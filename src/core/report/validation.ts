import { markdownTable } from "markdown-table";
import type { CheckResult, CheckStatus, Validation } from "../contracts/validation.js";
import { escapeCode, escapeMarkdown } from "./escape.js";
import { plural } from "./format.js";

const ICON: Record<CheckStatus, string> = { pass: "✅", warn: "⚠️", fail: "❌" };

function examplesCell(check: CheckResult): string {
  if (check.examples.length === 0) return "";
  const shown = check.examples.slice(0, 3).map((e) => {
    const where = e.line !== undefined ? `line ${e.line}` : e.row !== undefined ? `record ${e.row}` : "";
    const value = e.value === null ? "missing" : escapeMarkdown(String(e.value)).slice(0, 40);
    return where ? `${where}: ${value}` : value;
  });
  return shown.join("; ") + (check.examples.length > 3 ? " …" : "");
}

/**
 * validation.md: a headline, then a table of the checks that warn or fail (worst first) and a
 * one-line tally of those that pass. Used as the job summary and as a section of the PR comment.
 */
export function validationMarkdown(v: Validation): string {
  const lines: string[] = [];
  // Code spans show their text verbatim: a backslash escape would show, so they take escapeCode.
  const files = v.test ? `${escapeCode(v.data)} and ${escapeCode(v.test)}` : escapeCode(v.data);
  lines.push(`### ${ICON[v.status]} Data validation: ${v.status}`);
  lines.push("");
  lines.push(
    `${files}: ${plural(v.rows, "row")} × ${plural(v.columns, "column")} — ${v.counts.fail} failed, ${plural(v.counts.warn, "warning")}, ${v.counts.pass} passed.`,
  );
  const order: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2 };
  const flagged = v.checks
    .filter((c) => c.status !== "pass")
    .sort((a, b) => order[a.status] - order[b.status]);
  if (flagged.length) {
    lines.push("");
    lines.push(
      markdownTable([
        ["", "check", "column", "count", "details", "examples"],
        ...flagged.map((c) => [
          ICON[c.status],
          escapeCode(c.id),
          // With a test file, say which file a finding is in.
          (v.test && c.file === v.test ? "test: " : "") +
            (c.column === undefined ? "" : escapeMarkdown(c.column)),
          String(c.count),
          escapeMarkdown(c.message),
          examplesCell(c),
        ]),
      ]),
    );
  }
  const passed = [...new Set(v.checks.filter((c) => c.status === "pass").map((c) => c.id))];
  if (passed.length) {
    lines.push("");
    lines.push(`Passed: ${passed.map((id) => escapeCode(id)).join(", ")}.`);
  }
  return `${lines.join("\n")}\n`;
}
