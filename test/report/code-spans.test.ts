import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import type { Validation } from "../../src/core/contracts/validation.js";
import { escapeCode } from "../../src/core/report/escape.js";
import { validationMarkdown } from "../../src/core/report/validation.js";

/** GitHub-flavoured markdown as GitHub reads it, to HTML; the text inside code spans shows verbatim. */
const render = (md: string) => new Marked({ gfm: true, async: false }).parse(md) as string;
const codeSpans = (html: string) =>
  [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

const validation: Validation = {
  schema: "mlgate/validation@1",
  status: "warn",
  data: "data/rain_mm*2.csv",
  test: "data/we`ird_[1].csv",
  rows: 10,
  columns: 2,
  counts: { pass: 1, warn: 2, fail: 0 },
  checks: [
    {
      id: "row_count",
      status: "pass",
      count: 10,
      message: "10 rows",
      examples: [],
      file: "data/rain_mm*2.csv",
    },
    {
      id: "missing",
      status: "warn",
      column: "rain_mm",
      count: 1,
      message: "1 missing value",
      examples: [],
      file: "data/rain_mm*2.csv",
    },
    {
      id: "missing",
      status: "warn",
      column: "wind`speed",
      count: 1,
      message: "1 missing value",
      examples: [],
      file: "data/rain_mm*2.csv",
    },
  ],
};

describe("code spans show their text as it is", () => {
  it("file names and check ids in validation.md: no backslash escapes, a backtick inside a longer fence", () => {
    const html = render(validationMarkdown(validation));
    const spans = codeSpans(html);
    expect(spans).toContain("data/rain_mm*2.csv");
    expect(spans).toContain("data/we`ird_[1].csv");
    expect(spans).toContain("row_count");
    expect(spans.join(" ")).not.toContain("\\");
  });

  it("column names outside code spans render without the escapes that protect them", () => {
    const html = render(validationMarkdown(validation));
    expect(html).toContain("<td>rain_mm</td>");
    expect(html).toContain("<td>wind`speed</td>");
  });

  it("escapeCode: underscores and other markdown specials stay as they are; backticks get a longer fence", () => {
    for (const text of ["f1_macro", "rain_mm", "a*b*c", "[x](y)", "<b>", "a`b", "``x``", "`lead", "trail`"]) {
      expect(codeSpans(render(escapeCode(text)))).toEqual([text]);
    }
  });
});
