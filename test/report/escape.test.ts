import { describe, expect, it } from "vitest";
import { clip, escapeCode, escapeMarkdown, escapeMermaidLabel } from "../../src/core/report/escape.js";
import { cells } from "./helpers.js";

const ZWJ = "\u200d";

describe("escapeMarkdown", () => {
  it("breaks @mentions and team pings", () => {
    const out = escapeMarkdown("ask @octocat or @acme/admins");
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).toContain(`@${ZWJ}octocat`);
  });

  it("breaks issue references in every GitHub form", () => {
    for (const text of ["fixes #123", "acme/repo#7", "GH-42", "gh-42"]) {
      const out = escapeMarkdown(text);
      expect(out, text).not.toMatch(/#\d/);
      expect(out, text).not.toMatch(/\bgh-\d/i);
    }
  });

  it("turns HTML and hidden markers into plain text", () => {
    const out = escapeMarkdown(
      "<!-- mlgate:evaluate:penguins --><img src=x onerror=alert(1)><script>x</script>",
    );
    expect(out).not.toContain("<!--");
    // Every < is backslash-escaped, so GFM reads it as text, never as the start of a tag.
    expect(out).not.toMatch(/(^|[^\\])</);
    expect(out).toContain("\\<\\!-- mlgate:evaluate:penguins --\\>");
  });

  it("escapes entities so they cannot decode into an @ or a tag", () => {
    expect(escapeMarkdown("&#64;octocat &lt;b&gt;")).toBe("&amp;\\#‍64;octocat &amp;lt;b&amp;gt;");
  });

  it("keeps a table cell one cell: pipes escaped, newlines and control characters flattened", () => {
    const row = `| ${escapeMarkdown("a|b\nc\r\n| d")} | x |`;
    expect(row.split("\n")).toHaveLength(1);
    expect(cells(row)).toHaveLength(2);
  });

  it("stops bare URLs and www names from becoming links", () => {
    const out = escapeMarkdown("see https://evil.example/x and www.evil.example");
    expect(out).not.toContain("https://");
    expect(out).not.toMatch(/\bwww\./);
  });

  it("drops bidirectional overrides that would reorder a cell", () => {
    expect(escapeMarkdown("abc\u202edcba\u2066x\u2069")).toBe("abcdcbax");
  });

  it("escapes link, image and emphasis syntax", () => {
    expect(escapeMarkdown("![x](http:y) **b** _i_ [l](u)")).toBe(
      `\\!\\[x\\]\\(http:y\\) \\*\\*b\\*\\* \\_i\\_ \\[l\\]\\(u\\)`,
    );
  });

  it("leaves ordinary labels readable", () => {
    expect(escapeMarkdown("Adelie")).toBe("Adelie");
    expect(escapeMarkdown("body mass g")).toBe("body mass g");
  });
});

describe("escapeCode", () => {
  it("fences around backticks and replaces pipes", () => {
    expect(escapeCode("a`b")).toBe("`` a`b ``");
    expect(escapeCode("x|y")).toBe("`x¦y`");
    expect(escapeCode("line\nbreak")).toBe("`line break`");
  });
});

describe("escapeMermaidLabel", () => {
  it("removes what mermaid would read as syntax", () => {
    const out = escapeMermaidLabel('acc"] %%{init: {"theme":"dark"}}%%\nline [1,2]; <b>x</b> `y`');
    expect(out).not.toMatch(/["%{}[\];<>`\n]/);
    expect(out).toBe("acc init: theme : dark line 1,2 b x /b y");
  });

  it("keeps ordinary names and clips long ones", () => {
    expect(escapeMermaidLabel("validation f1_macro")).toBe("validation f1_macro");
    expect(escapeMermaidLabel("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("clip", () => {
  it("never splits a surrogate pair", () => {
    expect(clip("🐧🐧🐧", 2)).toBe("🐧…");
    expect(clip("short", 10)).toBe("short");
  });
});
