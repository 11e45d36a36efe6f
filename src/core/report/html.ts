import { Marked, type Tokens } from "marked";
import { escapeHtml } from "./escape.js";
import { safeUrl } from "./markdown.js";
import { parseXyChart, xyChartSvg } from "./xychart-svg.js";

/** The only raw HTML a comment may carry: the collapsible blocks GitHub renders. */
const ALLOWED_TAGS = new Set(["details", "summary", "br"]);

/** Entities are left as they are (they cannot open a tag); any other `&` is escaped. */
function escapeHtmlText(text: string): string {
  return text
    .replace(/&(?!(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});)/gi, "&amp;")
    .replace(/[<>"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/**
 * Keeps `<details>`, `<summary>` and `<br>` (rebuilt without attributes, `open` aside) and drops
 * every other tag, comment and attribute; text between tags is escaped.
 */
export function sanitizeHtml(raw: string): string {
  let out = "";
  const pattern =
    /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/g;
  for (const match of raw.matchAll(pattern)) {
    const [whole, closing, name, attributes] = match;
    if (whole.startsWith("<!--")) continue;
    if (name === undefined) {
      out += escapeHtmlText(whole);
      continue;
    }
    const tag = name.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) continue;
    if (closing) out += tag === "br" ? "" : `</${tag}>`;
    else if (tag === "details" && /(^|\s)open(\s|=|$)/i.test(attributes ?? "")) out += "<details open>";
    else out += `<${tag}>`;
  }
  return out;
}

function renderCode(token: Tokens.Code): string {
  if (token.lang === "mermaid") {
    const chart = parseXyChart(token.text);
    if (chart) return `<figure class="mermaid-preview">${xyChartSvg(chart)}</figure>\n`;
  }
  const lang = token.lang ? ` class="language-${escapeHtml(token.lang.replace(/[^\w-]/g, ""))}"` : "";
  return `<pre><code${lang}>${escapeHtml(token.text)}</code></pre>\n`;
}

const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token) {
      return sanitizeHtml(token.text);
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeUrl(token.href);
      return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${text}</a>` : text;
    },
    // A preview never loads remote images (tracking pixels); their alt text stands in.
    image(token) {
      return escapeHtml(token.text);
    },
    code(token) {
      return renderCode(token);
    },
  },
});

/** Styles close to GitHub's comment rendering, inline so the page works offline and alone. */
const STYLE = `
body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { max-width: 920px; margin: 0 auto; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de;
  border-radius: 6px 6px 0 0; color: #59636e; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
h1, h2, h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h3 { font-size: 1.25em; } h4 { font-size: 1em; }
p, ul, ol, table, pre, blockquote, details, figure { margin: 0 0 16px; }
ul, ol { padding-left: 2em; }
blockquote { padding: 0 1em; color: #59636e; border-left: 0.25em solid #d0d7de; }
table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0;
  border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 13px; border: 1px solid #d0d7de; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
code { padding: 0.2em 0.4em; font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: rgba(175, 184, 193, 0.2); border-radius: 6px; }
pre { padding: 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; }
pre code { padding: 0; background: none; }
details summary { cursor: pointer; }
details > :not(summary) { margin-top: 8px; }
hr { height: 0.25em; margin: 24px 0; background: #d0d7de; border: 0; }
a { color: #0969da; text-decoration: none; }
figure.mermaid-preview { margin-left: 0; }
svg.chart { max-width: 100%; height: auto; font: 11px sans-serif; fill: #59636e; }
svg.chart .chart-title { font-size: 14px; fill: #1f2328; }
`;

/**
 * A standalone HTML page showing the comment roughly as GitHub renders it. The markdown is already
 * escaped; raw HTML is still filtered and the page's content security policy forbids scripts, so
 * nothing from the data can run in a browser that opens the preview.
 */
export function renderCommentHtml(markdownText: string, title = "mlgate PR comment preview"): string {
  const body = markdown.parse(markdownText, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="comment">
<div class="comment-header">${escapeHtml(title)}</div>
<div class="markdown-body">
${body}
</div>
</main>
</body>
</html>
`;
}
