import { describe, expect, it } from "vitest";
import { renderEvaluationComment } from "../../src/core/report/evaluation.js";
import { renderCommentHtml, sanitizeHtml } from "../../src/core/report/html.js";
import { parseXyChart, xyChartSvg } from "../../src/core/report/xychart-svg.js";
import { loadFixture } from "./helpers.js";

describe("sanitizeHtml", () => {
  it("keeps details, summary and br and drops every other tag, attribute and comment", () => {
    expect(sanitizeHtml('<details open class="x"><summary onclick="alert(1)">Title</summary>')).toBe(
      "<details open><summary>Title</summary>",
    );
    expect(sanitizeHtml("<script>alert(1)</script><img src=x onerror=alert(1)><br/>")).toBe("alert(1)<br>");
    expect(sanitizeHtml("<!-- mlgate:evaluate:x --></details>")).toBe("</details>");
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe("x");
  });

  it("escapes loose text but keeps entities", () => {
    expect(sanitizeHtml('1 < 2 & "q" &amp; &#64;')).toBe("1 &lt; 2 &amp; &quot;q&quot; &amp; &#64;");
  });
});

describe("renderCommentHtml", () => {
  it("renders tables, details and links of the comment", () => {
    const html = renderCommentHtml(
      "| a | b |\n| - | - |\n| 1 | 2 |\n\n<details>\n<summary>More</summary>\n\n**x**\n\n</details>\n\n[job summary](https://github.com/acme/r/actions/runs/1)",
    );
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>a<\/th>/);
    expect(html).toContain("<td>2</td>");
    expect(html).toContain("<details>\n<summary>More</summary>");
    expect(html).toContain("<strong>x</strong>");
    expect(html).toContain(
      '<a href="https://github.com/acme/r/actions/runs/1" rel="nofollow noopener noreferrer">job summary</a>',
    );
    expect(html.startsWith("<!doctype html>")).toBe(true);
  });

  it("runs nothing from the markdown: scripts, handlers, script links and remote images are gone", () => {
    const html = renderCommentHtml(
      [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![pixel](https://tracker.example/p.gif)",
        '<iframe src="https://evil.example"></iframe>',
        "<svg onload=alert(1)>",
        "<a href='javascript:alert(1)'>a</a>",
      ].join("\n\n"),
    );
    const body = html.slice(html.indexOf("<body>"));
    expect(body).not.toMatch(/<script|<img|<iframe|<svg|onerror|onload|javascript:|tracker\.example/i);
    expect(body).toContain("click");
    expect(body).toContain("pixel");
    // Defence in depth: the page forbids scripts even if a tag slipped through.
    expect(html).toContain("default-src 'none'");
  });

  it("draws the comment's learning-curve chart as inline SVG with the caption's colours", () => {
    const fixture = loadFixture("penguins-blocked.json");
    const md = renderEvaluationComment(fixture.evaluation, { train: fixture.train });
    const html = renderCommentHtml(md);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html.match(/<polyline [^>]*stroke="#0969da"/g)).toHaveLength(2);
    expect(html.match(/<polyline [^>]*stroke="#d1242f"/g)).toHaveLength(1);
    expect(html).toContain("<title>Loss by epoch</title>");
    expect(html).not.toContain("xychart-beta");
  });

  it("shows a mermaid block it cannot draw as code", () => {
    const html = renderCommentHtml("```mermaid\ngraph TD; A-->B\n```");
    expect(html).toContain('<pre><code class="language-mermaid">graph TD; A--&gt;B');
  });
});

describe("parseXyChart", () => {
  it("reads the subset the comment writes", () => {
    const chart = parseXyChart(
      '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#111111, #222222"}}}}%%\nxychart-beta\n  title "T"\n  x-axis "epoch" [1, 2, 3]\n  y-axis "loss"\n  line [3, 2, 1]\n  line [1, 1.5, 2]',
    );
    expect(chart).toEqual({
      title: "T",
      xLabel: "epoch",
      yLabel: "loss",
      x: ["1", "2", "3"],
      lines: [
        [3, 2, 1],
        [1, 1.5, 2],
      ],
      palette: ["#111111", "#222222"],
    });
  });

  it("draws bar series from zero, one band per quoted category, under the lines", () => {
    const chart = parseXyChart('xychart-beta\n  x-axis "c" ["a b", "c"]\n  bar [10, 30]\n  line [20, 20]');
    expect(chart?.x).toEqual(["a b", "c"]);
    expect(chart?.bars).toEqual([[10, 30]]);
    const svg = xyChartSvg(chart!);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.indexOf("<rect")).toBeLessThan(svg.indexOf("<polyline"));
  });

  it("refuses series of the wrong length and unknown statements", () => {
    expect(parseXyChart('xychart-beta\n  x-axis "e" [1, 2]\n  line [1]')).toBeUndefined();
    expect(parseXyChart('xychart-beta\n  x-axis "e" [1, 2]\n  bar [1]')).toBeUndefined();
    expect(parseXyChart('xychart-beta\n  x-axis "e" [1, 2]\n  pie [1, 2]')).toBeUndefined();
    expect(parseXyChart('x-axis "e" [1, 2]\n  line [1, 2]')).toBeUndefined();
  });
});
