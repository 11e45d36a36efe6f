import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Evaluation, evaluationSchema } from "../../src/core/contracts/evaluation.js";
import type { TrainSummary } from "../../src/core/report/training-section.js";
import type { ValidationSummary } from "../../src/core/report/validation-section.js";

export interface ReportFixture {
  evaluation: Evaluation;
  validation: ValidationSummary;
  train: TrainSummary;
  links: { summaryUrl: string; artifactUrl: string };
}

export function loadFixture(name: string): ReportFixture {
  const path = fileURLToPath(new URL(`../fixtures/report/${name}`, import.meta.url));
  const raw = JSON.parse(readFileSync(path, "utf8"));
  return { ...raw, evaluation: evaluationSchema.parse(raw.evaluation) };
}

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
export function cells(row: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === "\\" && i + 1 < row.length) {
      current += c + row[i + 1];
      i++;
    } else if (c === "|") {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  // A row starts and ends with a pipe: drop the empty ends.
  return parts.slice(1, -1).map((s) => s.trim());
}

export interface ParsedTable {
  header: string[];
  rows: string[][];
  /** Lines of the table block that are not well-formed, with the reason. */
  problems: string[];
}

/** Every table in the markdown: runs of lines starting with `|`, checked against GFM's rules. */
export function tables(markdown: string): ParsedTable[] {
  const lines = markdown.split("\n");
  const found: ParsedTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith("|")) continue;
    const start = i;
    while (i < lines.length && lines[i]?.startsWith("|")) i++;
    const block = lines.slice(start, i);
    const problems: string[] = [];
    const header = cells(block[0] ?? "");
    const delimiter = cells(block[1] ?? "");
    if (delimiter.length !== header.length || !delimiter.every((d) => /^:?-+:?$/.test(d))) {
      problems.push(`bad delimiter row: ${block[1]}`);
    }
    const rows = block.slice(2).map(cells);
    rows.forEach((r, k) => {
      if (r.length !== header.length)
        problems.push(`row ${k} has ${r.length} cells, header ${header.length}`);
    });
    for (const line of block) if (!line.endsWith("|")) problems.push(`row does not end with a pipe: ${line}`);
    const before = lines[start - 1];
    const after = lines[i];
    if (before !== undefined && before.trim() !== "") problems.push(`no blank line before table: ${before}`);
    if (after !== undefined && after.trim() !== "") problems.push(`no blank line after table: ${after}`);
    found.push({ header, rows, problems });
  }
  return found;
}

/** The table whose header starts with the given cells. */
export function tableStartingWith(markdown: string, ...first: string[]): ParsedTable {
  const table = tables(markdown).find((t) => first.every((f, i) => t.header[i] === f));
  if (!table) throw new Error(`no table with header starting ${first.join(" | ")}`);
  return table;
}
