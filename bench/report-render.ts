/**
 * How long the PR comment takes to render: the demo-sized evaluation against the size-budget stress
 * case (300 classes, 50 slices, 200 validation checks, 500 epochs), each as markdown and as the
 * HTML preview. Run: npx tsx bench/report-render.ts
 */
import { readFileSync } from "node:fs";
import { evaluationSchema } from "../src/core/contracts/evaluation.js";
import { fitEvaluationComment } from "../src/core/report/evaluation.js";
import { renderCommentHtml } from "../src/core/report/html.js";
import { stressEvaluation, stressTrain, stressValidation } from "../test/report/stress.js";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  const ms = median(samples);
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms (median of ${runs})`);
  return ms;
}

const demo = JSON.parse(
  readFileSync(new URL("../test/fixtures/report/penguins-blocked.json", import.meta.url), "utf8"),
);
const demoEvaluation = evaluationSchema.parse(demo.evaluation);
const demoExtras = { validation: demo.validation, train: demo.train, links: demo.links };
const stress = stressEvaluation(300, 50);
const stressExtras = { validation: stressValidation, train: stressTrain, links: demo.links };

const demoFit = fitEvaluationComment(demoEvaluation, demoExtras);
const stressFit = fitEvaluationComment(stress, stressExtras);
console.log(`demo comment: ${demoFit.markdown.length} characters, ${demoFit.shrunk.length} shrink steps`);
console.log(
  `stress comment: ${stressFit.markdown.length} characters, shrink steps ${stressFit.shrunk.map((s) => `${s.id}:${s.form}`).join(", ")}`,
);

const demoMs = time("markdown, demo", 200, () => fitEvaluationComment(demoEvaluation, demoExtras));
const stressMs = time("markdown, stress (300 classes, 50 slices)", 20, () =>
  fitEvaluationComment(stress, stressExtras),
);
time("HTML preview, demo", 200, () => renderCommentHtml(demoFit.markdown));
time("HTML preview, stress", 20, () => renderCommentHtml(stressFit.markdown));
console.log(`stress / demo markdown time: ${(stressMs / demoMs).toFixed(1)}×`);
