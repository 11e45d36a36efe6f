import { describe, expect, it } from "vitest";
import type { Comparison, Evaluation } from "../../src/core/contracts/evaluation.js";
import { MlgateError } from "../../src/core/errors.js";
import { GITHUB_COMMENT_LIMIT } from "../../src/core/report/budget.js";
import {
  CONDENSED_ROWS,
  fitEvaluationComment,
  renderEvaluationComment,
  SHRINK_ORDER,
} from "../../src/core/report/evaluation.js";
import type { TrainSummary } from "../../src/core/report/training-section.js";
import { loadFixture, tableStartingWith, tables } from "./helpers.js";
import { stressEvaluation, stressTrain, stressValidation } from "./stress.js";

const fixture = loadFixture("penguins-blocked.json");
const extras = { validation: fixture.validation, train: fixture.train, links: fixture.links };

function withComparisons(evaluation: Evaluation, change: (c: Comparison) => Comparison): Evaluation {
  return { ...evaluation, comparisons: evaluation.comparisons.map(change) };
}

describe("renderEvaluationComment: the demo case (blocked)", () => {
  const md = renderEvaluationComment(fixture.evaluation, extras);

  it("opens with the verdict and names the failed and inconclusive rules", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe("### ❌ mlgate · penguins: merge blocked");
    expect(md).toContain(
      "**Failed rules:**\n- **accuracy**: accuracy fell by 0.1089, more than max\\_regression 0.02\n" +
        "- **f1\\_macro**: f1\\_macro 0.8465 \\< min 0.9",
    );
    expect(md).toContain(
      "**Inconclusive: the 95% CI of the difference straddles the bound:**\n- **roc\\_auc**:",
    );
  });

  it("writes the gated table with signed differences, intervals and p-values", () => {
    const gated = tableStartingWith(md, "metric", "candidate", "baseline");
    expect(gated.header).toEqual(["metric", "candidate", "baseline", "Δ", "95% CI of Δ", "p", "verdict"]);
    expect(gated.rows).toEqual([
      [
        "accuracy ↑",
        "0.8713",
        "0.9802",
        "−0.1089",
        "[−0.1683, −0.0495]",
        "<0.001 (exact McNemar)",
        "❌ fail",
      ],
      ["f1\\_macro ↑", "0.8465", "0.9768", "−0.1303", "[−0.2011, −0.0612]", "0.012 (bootstrap)", "❌ fail"],
      [
        "roc\\_auc ↑",
        "0.9611",
        "0.9987",
        "−0.0376",
        "[−0.0702, +0.0041]",
        "0.061 (DeLong)",
        "⚠️ inconclusive",
      ],
    ]);
  });

  it("puts ungated metrics in a collapsed block without a verdict column", () => {
    const other = md.slice(md.indexOf("<summary>Other metrics (2, not gated)</summary>"));
    const table = tables(other)[0];
    expect(table?.header).toEqual(["metric", "candidate", "baseline", "Δ", "95% CI of Δ", "p"]);
    expect(table?.rows[0]).toEqual([
      "log\\_loss ↓",
      "0.3521",
      "0.0712",
      "+0.2809",
      "[+0.1822, +0.3911]",
      "<0.001 (bootstrap)",
    ]);
  });

  it("shows the candidate's confusion matrix with the diagonal in bold and the baseline's collapsed", () => {
    const [candidate, baseline] = tables(md).filter((t) => t.header[0] === "true ╲ predicted");
    expect(candidate?.rows).toEqual([
      ["**Adelie**", "**40**", "4", "1"],
      ["**Chinstrap**", "6", "**14**", "0"],
      ["**Gentoo**", "1", "1", "**34**"],
    ]);
    expect(baseline?.rows[1]).toEqual(["**Chinstrap**", "1", "**19**", "0"]);
    const collapsed = md.slice(md.indexOf("<summary>Confusion matrix (baseline)</summary>"));
    expect(tables(collapsed)[0]?.rows[1]).toEqual(["**Chinstrap**", "1", "**19**", "0"]);
  });

  it("compares per-class F1 and slices with the baseline (differences computed by hand)", () => {
    const perClass = tableStartingWith(md, "class");
    // Chinstrap: 0.7179 − 0.95 = −0.2321; Gentoo: 0.9577 − 1 = −0.0423.
    expect(perClass.rows[1]).toEqual(["Chinstrap", "0.7368", "0.7", "0.7179", "20", "0.95", "−0.2321"]);
    expect(perClass.rows[2]?.slice(5)).toEqual(["1", "−0.0423"]);
    const slices = tableStartingWith(md, "column", "value");
    // Dream: 0.7838 − 0.973 = −0.1892.
    expect(slices.rows[1]).toEqual(["island", "Dream", "37", "0.7838", "0.973", "−0.1892"]);
  });

  it("summarises validation and training, with a chart and its table fallback", () => {
    expect(md).toContain("#### Data validation: ⚠️ warn\n\n4 checks on 344 rows: 3 pass, 1 warn, 0 fail.");
    expect(md).toContain("backend `wasm` · device `cpu` · 48,214 samples/s · 12 epochs · 1.84 s");
    const chart = md.slice(md.indexOf("```mermaid"), md.indexOf("```", md.indexOf("```mermaid") + 3));
    expect(chart).toContain("xychart-beta");
    expect(chart.match(/^ {2}line \[/gm)).toHaveLength(2);
    expect(chart).toContain('x-axis "epoch" [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]');
    expect(md).toContain("blue: training loss, red: validation loss");
    const curves = tableStartingWith(md, "epoch");
    expect(curves.header).toEqual(["epoch", "training loss", "validation loss", "validation accuracy"]);
    expect(curves.rows).toHaveLength(12);
    expect(curves.rows[0]).toEqual(["1", "1.081", "1.023", "0.52"]);
  });

  it("links the full report and keeps every table well-formed", () => {
    expect(md).toContain("[job summary](https://github.com/acme/penguins/actions/runs/123456)");
    expect(md).toContain("Paired bootstrap: 1,000 resamples, seed 0, 95% intervals");
    for (const t of tables(md)) expect(t.problems).toEqual([]);
    // gated, other metrics, two confusion matrices, per class, slices, two validation tables, curves.
    expect(tables(md)).toHaveLength(9);
  });

  it("is deterministic", () => {
    expect(renderEvaluationComment(fixture.evaluation, extras)).toBe(md);
  });
});

describe("renderEvaluationComment: other verdicts and modes", () => {
  it("says pass and counts the rules when every rule passes", () => {
    const passing = withComparisons({ ...fixture.evaluation, verdict: "pass", blocking: false }, (c) =>
      c.verdict ? { ...c, verdict: "pass", reasons: [] } : c,
    );
    const md = renderEvaluationComment(passing);
    expect(md.split("\n")[0]).toBe("### ✅ mlgate · penguins: pass");
    expect(md).toContain("The candidate meets all 3 gate rules.");
    expect(md).not.toContain("Failed rule");
  });

  it("says when an inconclusive verdict does not block", () => {
    const unsure = withComparisons(
      { ...fixture.evaluation, verdict: "inconclusive", blocking: false },
      (c) => (c.verdict === "fail" ? { ...c, verdict: "pass" } : c),
    );
    const md = renderEvaluationComment(unsure);
    expect(md.split("\n")[0]).toBe("### ⚠️ mlgate · penguins: inconclusive, not blocking");
    expect(md).toContain("- **roc\\_auc**: the 95% CI of the difference");
  });

  it("labels intervals with the configured level", () => {
    const md = renderEvaluationComment({
      ...fixture.evaluation,
      bootstrap: { resamples: 500, level: 0.9, seed: 7 },
    });
    expect(tableStartingWith(md, "metric", "candidate", "baseline").header[4]).toBe("90% CI of Δ");
    expect(md).toContain("500 resamples, seed 7, 90% intervals");
  });

  it("in first-model mode says there is no baseline and shows absolute rules only", () => {
    const { baseline: _, ...rest } = fixture.evaluation;
    const first: Evaluation = {
      ...rest,
      first_model: true,
      verdict: "fail",
      blocking: true,
      candidate: { ...rest.candidate, intervals: { accuracy: { low: 0.8021, high: 0.9307 } } },
      comparisons: [
        {
          metric: "accuracy",
          direction: "higher",
          candidate: 0.8713,
          verdict: "fail",
          reasons: ["accuracy 0.8713 < min 0.9"],
        },
        { metric: "log_loss", direction: "lower", candidate: 0.3521, verdict: "pass", reasons: [] },
      ],
      slices: [],
    };
    const md = renderEvaluationComment(first);
    expect(md).toContain(
      "> **First model:** there is no baseline to compare with, so only absolute thresholds",
    );
    const gated = tableStartingWith(md, "metric", "candidate");
    expect(gated.header).toEqual(["metric", "candidate", "95% CI (candidate)", "verdict", "rule"]);
    expect(gated.rows).toEqual([
      ["accuracy ↑", "0.8713", "[0.8021, 0.9307]", "❌ fail", "accuracy 0.8713 \\< min 0.9"],
      ["log\\_loss ↓", "0.3521", "n/a", "✅ pass", ""],
    ]);
    expect(md).not.toMatch(/baseline (F1|accuracy|`)|Confusion matrix \(baseline\)/);
    for (const t of tables(md)) expect(t.problems).toEqual([]);
  });
});

// ------------------------------------------------------------------ the size budget

/** Shrink steps applied must be SHRINK_ORDER in order, skipping only steps that did not apply. */
function isSubsequence(applied: { id: string; form: number }[]): boolean {
  let at = 0;
  for (const step of SHRINK_ORDER) if (applied[at]?.id === step.id && applied[at]?.form === step.form) at++;
  return at === applied.length;
}

function expectSafe(md: string) {
  expect(md).not.toContain("<!--");
  // Raw HTML only from the report itself: details and summary.
  const rawTags = [...md.matchAll(/(?:^|[^\\])<(\/?[a-zA-Z][\w-]*)/g)].map((m) => m[1]);
  expect(new Set(rawTags)).toEqual(new Set(["details", "/details", "summary", "/summary"]));
  expect(md).not.toMatch(/@[A-Za-z0-9]/);
  // The chart's colour directive is the report's own; GitHub links nothing inside a code block.
  expect(md.replace(/^%%\{init: .*\}%%$/gm, "")).not.toMatch(/#\d/);
  expect(md).not.toMatch(/\]\(javascript:/i);
  // Exactly the mermaid fences the report writes, each closed.
  expect(md.match(/^```/gm)?.length ?? 0).toBe(2 * (md.match(/^```mermaid$/gm)?.length ?? 0));
}

describe("renderEvaluationComment: budget", () => {
  const evaluation = stressEvaluation(300, 50);
  const stressExtras = { validation: stressValidation, train: stressTrain, links: fixture.links };

  it("keeps 300 classes and 50 slices within GitHub's limit with whole tables", () => {
    const fitted = fitEvaluationComment(evaluation, stressExtras);
    expect(fitted.fits).toBe(true);
    expect(fitted.markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(fitted.shrunk.length).toBeGreaterThan(0);
    expect(isSubsequence(fitted.shrunk)).toBe(true);
    const md = fitted.markdown;
    for (const t of tables(md)) expect(t.problems).toEqual([]);
    expect(md.split("\n")[0]).toContain("merge blocked");
    expect(tableStartingWith(md, "metric", "candidate", "baseline").rows).toHaveLength(3);
    expect(md).toContain("Not shown: 300 classes is more than 20");
    expectSafe(md);
  });

  it("condenses per-class and slice tables to the worst rows, worst first", () => {
    const fitted = fitEvaluationComment(evaluation, { links: fixture.links }, { budget: 20_000 });
    const md = fitted.markdown;
    expect(fitted.shrunk).toEqual([
      { id: "slices", form: 1 },
      { id: "per-class", form: 1 },
    ]);
    const perClass = tableStartingWith(md, "class");
    expect(perClass.rows).toHaveLength(CONDENSED_ROWS);
    // F1 is 0.4 + (i mod 37)/100: 0.4 at the nine i = 0, 37, …, 296, then 0.41 at i = 1 onwards;
    // ties go to the larger support (50 + i), so i = 296 comes first.
    expect(perClass.rows.map((r) => r[3])).toEqual([...Array(9).fill("0.4"), "0.41"]);
    expect(perClass.rows[0]?.[4]).toBe("346");
    expect(md).toContain("The other 290 classes are in the [job summary]");
    const slices = tableStartingWith(md, "column", "value");
    expect(slices.rows).toHaveLength(CONDENSED_ROWS);
    // Accuracy 0.7 + (i mod 10)/100 against 0.75: the largest drop is −0.05, for i = 0, 10, 20, 30, 40.
    expect(slices.rows.slice(0, 5).map((r) => r[5])).toEqual(Array(5).fill("−0.05"));
    expect(md).toContain("The other 40 slices are in");
    for (const t of tables(md)) expect(t.problems).toEqual([]);
  });

  it("drops whole sections, with pointers, when condensing is not enough", () => {
    const fitted = fitEvaluationComment(evaluation, stressExtras, { budget: 5_000 });
    const md = fitted.markdown;
    expect(md.length).toBeLessThanOrEqual(5_000);
    expect(isSubsequence(fitted.shrunk)).toBe(true);
    expect(fitted.shrunk.map((s) => `${s.id}:${s.form}`)).toContain("per-class:2");
    expect(md).toContain("300 classes left out to fit the comment size limit");
    expect(md).toContain("50 slices left out to fit the comment size limit");
    expect(tableStartingWith(md, "metric", "candidate", "baseline").rows).toHaveLength(3);
    for (const t of tables(md)) expect(t.problems).toEqual([]);
    expectSafe(md);
  });

  it("keeps the verdict when even the gated table cannot fit", () => {
    const many: Evaluation = {
      ...evaluation,
      comparisons: Array.from({ length: 400 }, (_, i) => ({
        metric: `metric_${i}_${"x".repeat(50)}`,
        direction: "higher" as const,
        candidate: 0.5,
        baseline: 0.6,
        diff: -0.1,
        verdict: "fail" as const,
        reasons: [`metric ${i} fell by 0.1 ${"and more words ".repeat(8)}`],
      })),
    };
    const fitted = fitEvaluationComment(many, stressExtras, { budget: 4_000 });
    expect(fitted.markdown.length).toBeLessThanOrEqual(4_000);
    expect(fitted.markdown.split("\n")[0]).toContain("merge blocked");
    expect(fitted.markdown).toContain("does not fit in a comment of 4000 characters");
    for (const t of tables(fitted.markdown)) expect(t.problems).toEqual([]);
  });

  it("shows the first rules that did not pass when only those fit", () => {
    const many: Evaluation = {
      ...evaluation,
      comparisons: Array.from({ length: 60 }, (_, i) => ({
        metric: `metric_${i}_${"x".repeat(40)}`,
        direction: "higher" as const,
        candidate: 0.5,
        verdict: i < 40 ? ("fail" as const) : ("pass" as const),
        reasons: [],
      })),
    };
    const md = renderEvaluationComment(many, {}, { budget: 5_000 });
    expect(md.length).toBeLessThanOrEqual(5_000);
    const gated = tableStartingWith(md, "metric", "candidate", "baseline");
    expect(gated.rows).toHaveLength(25);
    expect(gated.rows.every((r) => r[6] === "❌ fail")).toBe(true);
    expect(md).toContain("35 more rules left out");
  });

  it("refuses a budget too small to hold a verdict", () => {
    expect(() => renderEvaluationComment(fixture.evaluation, {}, { budget: 100 })).toThrow(MlgateError);
    expect(() => renderEvaluationComment(fixture.evaluation, {}, { budget: 70_000 })).toThrow(/out of range/);
  });
});

describe("renderEvaluationComment: hostile strings", () => {
  it("escapes labels, names and reasons everywhere, including the chart", () => {
    const md = renderEvaluationComment(stressEvaluation(5, 7), {
      validation: { ...stressValidation, checks: stressValidation.checks.slice(0, 20) },
      train: stressTrain,
    });
    expectSafe(md);
    for (const t of tables(md)) expect(t.problems).toEqual([]);
    expect(md).toContain('title "validation acc init: theme : dark"');
    expect(md).toContain("### ❌ mlgate · @\u200doctocat \\#\u200d9 \\<b\\>model\\</b\\>: merge blocked");
  });

  it("leaves out a chart it cannot draw and keeps the numbers in the table", () => {
    const train: TrainSummary = {
      ...fixture.train,
      curves: { epoch: [1, 2, 3], loss: [1, Number.NaN, 0.5], val_loss: [1.1, 0.9, 0.7] },
    };
    const md = renderEvaluationComment(fixture.evaluation, { train });
    expect(md).not.toContain("```mermaid");
    expect(tableStartingWith(md, "epoch").rows[1]).toEqual(["2", "n/a", "0.9"]);
  });
});

describe("renderEvaluationComment: regression", () => {
  const metric = "err_<i>@ops";
  const regression: Evaluation = {
    schema: "mlgate/evaluation@1",
    model: "prices",
    task: "regression",
    created_at: "2026-11-24T00:00:00Z",
    rows: 5000,
    first_model: false,
    candidate: { source: "candidate", metrics: { [metric]: 12.5 } },
    baseline: { source: "baseline", metrics: { [metric]: 11 } },
    comparisons: [
      {
        metric,
        direction: "lower",
        candidate: 12.5,
        baseline: 11,
        diff: 1.5,
        ci_low: 0.8,
        ci_high: 2.2,
        p_value: 0.0004,
        test: "bootstrap",
        verdict: "fail",
        reasons: ["rose by 1.5, more than max_regression 1"],
      },
    ],
    // Slice i: candidate 10 + i against baseline 10 + (i mod 4), so the increase is i − (i mod 4).
    slices: Array.from({ length: 12 }, (_, i) => ({
      column: "region",
      value: `r${i}`,
      rows: 400,
      candidate: { [metric]: 10 + i },
      baseline: { [metric]: 10 + (i % 4) },
    })),
    bootstrap: { resamples: 1000, level: 0.95, seed: 0 },
    verdict: "fail",
    blocking: true,
    summary: "blocked",
  };

  it("has no classification sections and ranks slices by the largest increase of a lower-is-better metric", () => {
    const full = renderEvaluationComment(regression);
    expect(full).not.toContain("Confusion matrix");
    expect(full).not.toContain("Per class");
    expect(tableStartingWith(full, "column", "value").rows).toHaveLength(12);
    // One character short of the full report: the first step that applies condenses the slices.
    const fitted = fitEvaluationComment(regression, {}, { budget: full.length - 1 });
    expect(fitted.shrunk).toEqual([{ id: "slices", form: 1 }]);
    const slices = tableStartingWith(fitted.markdown, "column", "value");
    // Increases: r8..r11 → +8, r4..r7 → +4, r0..r3 → 0; stable order within ties.
    expect(slices.rows.map((r) => `${r[1]} ${r[5]}`)).toEqual([
      "r8 +8",
      "r9 +8",
      "r10 +8",
      "r11 +8",
      "r4 +4",
      "r5 +4",
      "r6 +4",
      "r7 +4",
      "r0 ±0",
      "r1 ±0",
    ]);
  });

  it("escapes a metric name for the HTML summary line as HTML, not as markdown", () => {
    const full = renderEvaluationComment(regression);
    const md = renderEvaluationComment(regression, {}, { budget: full.length - 1 });
    expect(md).toContain(
      "<summary>The 10 of 12 slices where err_&lt;i&gt;@\u200dops worsened most</summary>",
    );
    expect(md).toContain("#### Slices by err\\_\\<i\\>@\u200dops");
    expect(tableStartingWith(md, "metric").rows[0]?.[0]).toBe("err\\_\\<i\\>@\u200dops ↓");
  });
});
