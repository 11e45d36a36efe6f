/**
 * Escaping for strings that come from data (column names, class labels, slice values) before they
 * go into GitHub-flavoured markdown: no HTML, no @mentions or #references, no broken table cells,
 * no fake hidden markers, no links or images.
 */

/** Zero-width joiner: invisible, but it breaks GitHub's mention, reference and autolink patterns. */
const ZWJ = "\u200d";

/**
 * Control characters end table rows; bidirectional overrides and isolates can make a cell read as
 * something else than it is (a label that visually swaps the numbers beside it).
 */
function stripInvisible(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
}

/**
 * GitHub links mentions, issue references and bare URLs in rendered text, after markdown parsing,
 * so a backslash escape does not stop them: a zero-width joiner inside the pattern does.
 */
function breakAutolinks(text: string): string {
  return (
    text
      .replace(/@/g, `@${ZWJ}`)
      .replace(/#/g, `#${ZWJ}`)
      // GH-123 is another issue reference form.
      .replace(/\b(gh)-(?=\d)/gi, `$1${ZWJ}-`)
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/\b(www)\./gi, `$1${ZWJ}.`)
  );
}

export function escapeMarkdown(text: string): string {
  return (
    breakAutolinks(
      stripInvisible(String(text))
        .replace(/[\\`*_{}[\]()<>#+!|~^$]/g, (c) => `\\${c}`)
        // Entities would decode into characters the escapes above removed (`&#64;` is an @).
        .replace(/&/g, "&amp;"),
    )
      // Leading characters that start block syntax.
      .replace(/^([-=])/g, "\\$1")
      .replace(/^(\d+)\./, "$1\\.")
  );
}

/** Escape for use inside an inline code span, which shows text verbatim. */
export function escapeCode(text: string): string {
  // A pipe ends a table cell even inside a code span, and a backslash cannot escape it there.
  const s = stripInvisible(String(text)).replace(/\|/g, "¦");
  const ticks = s.match(/`+/g)?.reduce((m, t) => Math.max(m, t.length), 0) ?? 0;
  const fence = "`".repeat(ticks + 1);
  return ticks || s.startsWith(" ") || s.endsWith(" ") ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}

/** Escape for HTML text and attribute contexts (the HTML preview of a comment). */
export function escapeHtml(text: string): string {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

/**
 * Data inside raw HTML that GitHub shows without markdown processing, such as a `<summary>`:
 * a markdown backslash would show there, so the text is HTML-escaped instead.
 */
export function escapeHtmlInline(text: string): string {
  return escapeHtml(breakAutolinks(stripInvisible(String(text))));
}

/**
 * Text for a mermaid diagram label (title, axis name): mermaid has its own syntax (`%%` directives,
 * quotes, brackets, `;` statement ends, HTML in labels), so only a plain set of characters survives.
 */
export function escapeMermaidLabel(text: string, maxLength = 60): string {
  const plain = stripInvisible(String(text))
    .replace(/[^\p{L}\p{N} _.,:/+=()-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clip(plain, maxLength);
}

/** Shortens a data string before escaping so one long label cannot take over a table. */
export function clip(text: string, maxLength = 80): string {
  const chars = Array.from(String(text));
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join("")}…` : chars.join("");
}
