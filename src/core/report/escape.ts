/**
 * Escaping for strings that come from data (column names, class labels, slice values) before they
 * go into GitHub-flavoured markdown: no HTML, no @mentions or #references, no broken table cells,
 * no fake hidden markers, no links or images.
 */
export function escapeMarkdown(text: string): string {
  return (
    String(text)
      // Control characters and newlines would end a table row.
      .replace(/[\u0000-\u001f\u007f]+/g, " ")
      .replace(/[\\`*_{}[\]()<>#+!|~^$]/g, (c) => `\\${c}`)
      .replace(/&/g, "&amp;")
      // A zero-width joiner after @ stops GitHub from turning it into a mention or team ping.
      .replace(/@/g, "@\u200d")
      // Leading characters that start block syntax.
      .replace(/^([-=])/g, "\\$1")
      .replace(/^(\d+)\./, "$1\\.")
  );
}

/** Escape for use inside an inline code span, which shows text verbatim. */
export function escapeCode(text: string): string {
  const s = String(text)
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\|/g, "¦");
  const ticks = s.match(/`+/g)?.reduce((m, t) => Math.max(m, t.length), 0) ?? 0;
  const fence = "`".repeat(ticks + 1);
  return ticks ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}

/** Escape for HTML text and attribute contexts (the HTML preview of a comment). */
export function escapeHtml(text: string): string {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}
