import { MlgateError } from "../errors.js";

/** GitHub rejects comment bodies longer than this ("Body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Smallest budget a report can honour: the headline and a pointer to the full report must fit. */
export const MIN_BUDGET = 1_000;

/**
 * One part of a report in the forms it can take, fullest first. Every form is complete markdown
 * (whole tables only), so shrinking a report never cuts a table in the middle. An empty string
 * leaves the section out.
 */
export interface ReportSection {
  id: string;
  forms: string[];
}

/** Move section `id` to form `form` (an index into its forms), if the report is still too long. */
export interface ShrinkStep {
  id: string;
  form: number;
}

export interface FittedReport {
  markdown: string;
  /** Sections that were condensed or dropped, as `id → form index`, in the order applied. */
  shrunk: ShrinkStep[];
  fits: boolean;
}

/** Length as GitHub counts it at most: UTF-16 code units are never fewer than characters. */
export function reportLength(markdown: string): number {
  return markdown.length;
}

export function checkBudget(budget: number): void {
  if (!Number.isInteger(budget) || budget < MIN_BUDGET || budget > GITHUB_COMMENT_LIMIT) {
    throw new MlgateError(`comment budget ${budget} is out of range`, {
      hint: `use a whole number of characters from ${MIN_BUDGET} to ${GITHUB_COMMENT_LIMIT}`,
    });
  }
}

/**
 * Joins the sections, applying shrink steps in their given (priority) order until the report fits.
 * A step never grows a section: one naming a form the section has already passed is skipped.
 */
export function fitToBudget(
  sections: readonly ReportSection[],
  steps: readonly ShrinkStep[],
  budget: number,
): FittedReport {
  const current = new Map(sections.map((s) => [s.id, 0]));
  const render = () =>
    sections
      .map((s) => s.forms[current.get(s.id) ?? 0] ?? "")
      .filter((part) => part.trim() !== "")
      .join("\n\n")
      .concat("\n");
  let markdown = render();
  const shrunk: ShrinkStep[] = [];
  for (const step of steps) {
    if (reportLength(markdown) <= budget) break;
    const section = sections.find((s) => s.id === step.id);
    const at = current.get(step.id);
    if (!section || at === undefined || step.form <= at || step.form >= section.forms.length) continue;
    current.set(step.id, step.form);
    shrunk.push(step);
    markdown = render();
  }
  return { markdown, shrunk, fits: reportLength(markdown) <= budget };
}
