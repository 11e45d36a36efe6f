import { markdownTable } from "markdown-table";

/** Cells are already escaped markdown; a table of many rows is left unpadded to save the budget. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: ("l" | "r" | "c")[],
) {
  const padded = rows.length <= 30;
  return markdownTable([header, ...rows], {
    // Numbers right, words left: the first column and any verdict/rule/message column are words.
    align: align ?? header.map((h, i) => (i === 0 || /^(verdict|rule|message|status)$/.test(h) ? "l" : "r")),
    alignDelimiters: padded,
    // Emoji and wide characters would otherwise misalign the padding in a plain-text view.
    stringLength: (s) => Array.from(s).length,
  });
}

/** A collapsed block; the blank lines let GitHub render the markdown inside it. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}>\n<summary>${summary}</summary>\n\n${body.trim()}\n\n</details>`;
}

/** Where the parts left out of a comment can be found. */
export interface ReportLinks {
  /** URL of the job summary (the workflow run page). */
  summaryUrl?: string;
  /** URL of the uploaded artifact holding evaluation.json and the full report. */
  artifactUrl?: string;
}

/** Only plain web links are used; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(
    /[()<>"'`|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** "the [job summary](…) and the [artifact](…)" or plain words when no links are known. */
export function whereToFind(links: ReportLinks | undefined): string {
  const summary = safeUrl(links?.summaryUrl);
  const artifact = safeUrl(links?.artifactUrl);
  const summaryText = summary ? `[job summary](${summary})` : "job summary";
  const artifactText = artifact ? `[evaluation artifact](${artifact})` : "evaluation artifact";
  return `the ${summaryText} and the ${artifactText}`;
}
