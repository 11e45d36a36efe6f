import { describe, expect, it } from "vitest";
import type { Validation } from "../../src/core/contracts/validation.js";
import { validationMarkdown } from "../../src/core/report/validation.js";

const base: Validation = {
  schema: "mlgate/validation@1",
  status: "fail",
  data: "data/train.csv",
  test: "data/test.csv",
  rows: 10,
  columns: 2,
  counts: { pass: 1, warn: 1, fail: 1 },
  checks: [
    {
      id: "duplicates",
      status: "pass",
      count: 0,
      message: "no duplicate rows",
      examples: [],
      file: "data/train.csv",
    },
    {
      id: "missing",
      status: "warn",
      column: "a|b @team",
      count: 1,
      message: "1 missing values (10.0%)",
      examples: [{ row: 3, line: 4, value: null }],
      file: "data/train.csv",
    },
    {
      id: "domain",
      status: "fail",
      column: "colour",
      count: 2,
      message: "2 values (20.0%) not in the schema's domain",
      examples: [
        { row: 1, line: 2, value: "<img src=x>" },
        { row: 2, line: 3, value: "[x](http://e)" },
      ],
      file: "data/test.csv",
    },
  ],
};

describe("validation.md", () => {
  it("lists failing checks first, names the test file's findings and tallies the passes", () => {
    const md = validationMarkdown(base);
    const lines = md.split("\n");
    expect(lines[0]).toBe("### ❌ Data validation: fail");
    const rows = lines.filter((l) => l.startsWith("| ❌") || l.startsWith("| ⚠️"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("test: colour");
    expect(rows[1]).toContain("line 4: missing");
    expect(md).toContain("Passed: `duplicates`.");
  });

  it("escapes data-derived text: no table breaks, mentions, HTML or links", () => {
    const md = validationMarkdown(base);
    expect(md).toContain("a\\|b @\u200dteam");
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain("\\<img src=x\\>");
    // The link is escaped and "://" broken with a zero-width joiner so GitHub cannot autolink it.
    expect(md).toContain("\\[x\\]\\(http:\u200d//e\\)");
  });
});
