import { describe, expect, it } from "vitest";
import { fitToBudget } from "../../src/core/report/budget.js";
import {
  mermaidLineChart,
  renderLearningCurves,
  sampleIndices,
} from "../../src/core/report/training-section.js";
import { renderValidationSection, type ValidationSummary } from "../../src/core/report/validation-section.js";
import { tableStartingWith, tables } from "./helpers.js";

describe("fitToBudget", () => {
  const sections = [
    { id: "a", forms: ["A".repeat(50), "a"] },
    { id: "b", forms: ["B".repeat(50), "B".repeat(20), ""] },
    { id: "c", forms: ["C".repeat(50)] },
  ];
  const steps = [
    { id: "b", form: 1 },
    { id: "a", form: 1 },
    { id: "b", form: 2 },
  ];

  it("applies steps in order and stops as soon as the report fits", () => {
    // Full: 50 + 2 + 50 + 2 + 50 + 1 = 155. After b→1: 125. After a→1: 76.
    expect(fitToBudget(sections, steps, 155)).toMatchObject({ shrunk: [], fits: true });
    expect(fitToBudget(sections, steps, 125).shrunk).toEqual([{ id: "b", form: 1 }]);
    const fitted = fitToBudget(sections, steps, 100);
    expect(fitted.shrunk).toEqual(steps.slice(0, 2));
    expect(fitted.markdown).toBe(`a\n\n${"B".repeat(20)}\n\n${"C".repeat(50)}\n`);
  });

  it("drops a section whose last form is empty, and reports when nothing more can be done", () => {
    const fitted = fitToBudget(sections, steps, 10);
    expect(fitted.markdown).toBe(`a\n\n${"C".repeat(50)}\n`);
    expect(fitted.fits).toBe(false);
  });

  it("never grows a section back", () => {
    const fitted = fitToBudget(
      sections,
      [
        { id: "b", form: 2 },
        { id: "b", form: 1 },
      ],
      60,
    );
    expect(fitted.shrunk).toEqual([{ id: "b", form: 2 }]);
  });
});

describe("renderValidationSection", () => {
  const summary: ValidationSummary = {
    status: "fail",
    rows: 1200,
    checks: [
      { id: "range", status: "warn", column: "age", count: 3, message: "3 values above 120" },
      { id: "schema", status: "pass", count: 0, message: "ok" },
      { id: "missing", status: "fail", column: "label|<b>", count: 1042, message: "1,042 missing @octocat" },
    ],
  };

  it("lists failures before warnings, then every check in a collapsed block", () => {
    const md = renderValidationSection(summary);
    expect(
      md.startsWith("#### Data validation: ❌ fail\n\n3 checks on 1,200 rows: 1 pass, 1 warn, 1 fail."),
    ).toBe(true);
    const problems = tableStartingWith(md, "check", "column");
    expect(problems.rows.map((r) => r[0])).toEqual(["missing", "range"]);
    expect(problems.rows[0]).toEqual([
      "missing",
      "label\\|\\<b\\>",
      "❌ fail",
      "1,042",
      "1,042 missing @\u200doctocat",
    ]);
    expect(md).toContain("<summary>All 3 checks</summary>");
    expect(tables(md)).toHaveLength(2);
    for (const t of tables(md)) expect(t.problems).toEqual([]);
  });

  it("lists only the first checks that did not pass in its top form", () => {
    const many: ValidationSummary = {
      status: "fail",
      checks: Array.from({ length: 15 }, (_, i) => ({
        id: `c${i}`,
        status: i < 3 ? "warn" : "fail",
        count: i,
        message: "m",
      })),
    };
    const md = renderValidationSection(many, "top");
    const listed = tableStartingWith(md, "check", "column").rows.map((r) => r[0]);
    // Failures (c3…c14) come before warnings; the first ten of them are kept.
    expect(listed).toEqual(["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12"]);
    expect(md).toContain("5 more checks that did not pass are in the job summary");
  });

  it("has shorter forms for the budget", () => {
    expect(tables(renderValidationSection(summary, "problems"))).toHaveLength(1);
    const counts = renderValidationSection(summary, "counts", {
      summaryUrl: "https://github.com/a/b/actions/runs/2",
    });
    expect(tables(counts)).toHaveLength(0);
    expect(counts).toContain("Details in the [job summary](https://github.com/a/b/actions/runs/2)");
  });
});

describe("learning curves", () => {
  it("samples evenly and keeps both ends", () => {
    expect(sampleIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(sampleIndices(101, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(sampleIndices(1000, 50)).toHaveLength(50);
    expect(sampleIndices(1000, 50).at(-1)).toBe(999);
  });

  it("writes an xychart-beta block mermaid can read", () => {
    const chart = mermaidLineChart(
      "Loss",
      "epoch",
      [1, 2, 3],
      [
        { label: "a", values: [0.5, 0.25, 1e-9] },
        { label: "b", values: [1234567, 2, 3] },
      ],
    );
    expect(chart).toBe(
      [
        "```mermaid",
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da, #d1242f"}}}}%%',
        "xychart-beta",
        '  title "Loss"',
        '  x-axis "epoch" [1, 2, 3]',
        '  y-axis "value"',
        "  line [0.5, 0.25, 0.000000001]",
        "  line [1234570, 2, 3]",
        "```",
      ].join("\n"),
    );
  });

  it("condenses long runs in the chart and the table", () => {
    const n = 400;
    const curves = {
      epoch: Array.from({ length: n }, (_, i) => i + 1),
      loss: Array.from({ length: n }, (_, i) => 1 / (i + 1)),
      val_loss: [],
    };
    const { full, chartOnly, pointer } = renderLearningCurves(curves);
    const axis = /x-axis "epoch" \[([^\]]*)\]/.exec(full)?.[1]?.split(", ");
    expect(axis).toHaveLength(25);
    expect(axis?.[0]).toBe("1");
    expect(axis?.at(-1)).toBe("400");
    expect(tableStartingWith(full, "epoch").rows).toHaveLength(100);
    expect(full).toContain("100 of 400 epochs shown, evenly spaced.");
    expect(tables(chartOnly)).toHaveLength(0);
    expect(pointer).toContain("Left out to fit the comment size limit");
  });
});
