import { clip, escapeMarkdown } from "./escape.js";
import { allOf, formatCount, plural } from "./format.js";
import { details, type ReportLinks, table, whereToFind } from "./markdown.js";

export type CheckStatus = "pass" | "warn" | "fail";

/** One data check as the PR comment shows it; validate-data maps its validation.json onto this. */
export interface ValidationCheckSummary {
  id: string;
  status: CheckStatus;
  column?: string;
  /** Offending rows (or values) found by the check. */
  count: number;
  message: string;
}

export interface ValidationSummary {
  status: CheckStatus;
  checks: ValidationCheckSummary[];
  /** Rows validated, when known. */
  rows?: number;
}

/**
 * How much of the validation section to show: everything, the checks that did not pass, the first
 * of those, or the counts alone.
 */
export type ValidationForm = "full" | "problems" | "top" | "counts";

/** Checks listed in the "top" form. */
export const TOP_CHECKS = 10;

export const statusIcon: Record<CheckStatus, string> = { pass: "✅", warn: "⚠️", fail: "❌" };

function checksTable(checks: readonly ValidationCheckSummary[]): string {
  return table(
    ["check", "column", "status", "count", "message"],
    checks.map((c) => [
      escapeMarkdown(clip(c.id, 60)),
      c.column === undefined ? "" : escapeMarkdown(clip(c.column, 60)),
      `${statusIcon[c.status]} ${c.status}`,
      formatCount(c.count),
      escapeMarkdown(clip(c.message, 160)),
    ]),
    ["l", "l", "l", "r", "l"],
  );
}

/** The data-validation part of the PR comment (validation.md itself is written by validate-data). */
export function renderValidationSection(
  summary: ValidationSummary,
  form: ValidationForm = "full",
  links?: ReportLinks,
): string {
  const tally = { pass: 0, warn: 0, fail: 0 };
  for (const c of summary.checks) tally[c.status]++;
  const rows =
    summary.rows === undefined
      ? ""
      : ` on ${formatCount(summary.rows)} ${summary.rows === 1 ? "row" : "rows"}`;
  const head =
    `#### Data validation: ${statusIcon[summary.status]} ${summary.status}\n\n` +
    `${plural(summary.checks.length, "check")}${rows}: ${tally.pass} pass, ${tally.warn} warn, ${tally.fail} fail.`;
  if (form === "counts") {
    return tally.warn + tally.fail > 0 ? `${head} Details in ${whereToFind(links)}.` : head;
  }
  // Failures first: they are what a reviewer has to act on.
  const order: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2 };
  const problems = summary.checks
    .filter((c) => c.status !== "pass")
    .sort((a, b) => order[a.status] - order[b.status]);
  const parts = [head];
  if (form === "top" && problems.length > TOP_CHECKS) {
    parts.push(checksTable(problems.slice(0, TOP_CHECKS)));
    parts.push(`${problems.length - TOP_CHECKS} more checks that did not pass are in ${whereToFind(links)}.`);
    return parts.join("\n\n");
  }
  if (problems.length > 0) parts.push(checksTable(problems));
  if (form === "full" && summary.checks.length > problems.length) {
    parts.push(details(allOf(summary.checks.length, "check"), checksTable(summary.checks)));
  }
  return parts.join("\n\n");
}
