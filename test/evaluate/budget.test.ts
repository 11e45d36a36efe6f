import { beforeAll, describe, expect, it } from "vitest";
import { evaluateSection } from "../../src/core/config/sections/evaluate.js";
import { type Evaluation, evaluationSchema } from "../../src/core/contracts/evaluation.js";
import { alignPredictions } from "../../src/core/evaluate/align.js";
import { buildEvaluation } from "../../src/core/evaluate/evaluation.js";
import { renderEvaluationComment } from "../../src/core/report/evaluation.js";
import { createRng } from "../../src/core/stats/random.js";
import { commentBudget } from "../../src/github/sticky-comment.js";

// The stress case of the issue: 300 classes and 50 slices, with hostile labels, end to end from
// predictions to the comment that would be posted.
describe("comment size budget, 300 classes and 50 slices", () => {
  const K = 300;
  const n = 6000;
  const rng = createRng(42);
  const classes = Array.from(
    { length: K },
    (_, k) => `class_${k}|<img src=x>@team${"x".repeat(120 + (k % 40))}`,
  );
  const rows = Array.from({ length: n }, (_, i) => i);
  const yTrue = rows.map(() => classes[rng.nextIndex(K)]!);
  const predict = (skill: number) =>
    yTrue.map((y) => (rng.nextUint32() / 2 ** 32 < skill ? y : classes[rng.nextIndex(K)]!));
  const aligned = alignPredictions(
    "classification",
    {
      source: "candidate.csv",
      predictions: { task: "classification", row: rows, yTrue, yPred: predict(0.8) },
    },
    {
      source: "baseline.csv",
      predictions: { task: "classification", row: rows, yTrue, yPred: predict(0.7) },
    },
  );
  const sliceValues = rows.map((i) => `region ${i % 50} <script>alert(1)</script>`);
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = evaluationSchema.parse(
      await buildEvaluation({
        model: "stress",
        aligned,
        candidate: { source: "candidate.csv" },
        baseline: { source: "baseline.csv" },
        config: evaluateSection.parse({
          gate: { accuracy: { max_regression: 0.01 }, f1_macro: { min: 0.5 } },
          bootstrap: { resamples: 100 },
          slices: { columns: ["region"], min_size: 20 },
        }),
        sliceColumns: [{ name: "region", values: sliceValues }],
      }),
    );
  });

  it("computes all 50 slices and the 300-class confusion matrix", () => {
    expect(evaluation.slices).toHaveLength(50);
    expect(evaluation.candidate.confusion!.labels).toHaveLength(K);
    expect(Object.keys(evaluation.candidate.per_class!)).toHaveLength(K);
  });

  it("renders within the sticky comment's budget without raw HTML or mentions from data", () => {
    const budget = commentBudget("evaluate:stress");
    const md = renderEvaluationComment(evaluation, {}, { budget });
    expect(md.length).toBeLessThanOrEqual(budget);
    // A 300 × 300 matrix is replaced by a pointer to the full report.
    expect(md).toMatch(/Not shown: 300 classes.*job summary/);
    // Escaped as \< the text shows literally; an unescaped < would open an HTML tag.
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(md).toContain("\\<img");
    expect(md).not.toMatch(/@team/);
    // Every table row has as many cells as its header: no label broke a table.
    for (const block of md.split(/\n\n/)) {
      const lines = block.split("\n").filter((l) => l.startsWith("|"));
      if (lines.length < 2) continue;
      const cells = (l: string) => l.replace(/\\\|/g, "").split("|").length;
      for (const l of lines) expect(cells(l)).toBe(cells(lines[0]!));
    }
  });
});
