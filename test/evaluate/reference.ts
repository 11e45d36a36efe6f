import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignPredictions } from "../../src/core/evaluate/align.js";

/** Values computed once by scripts/fixtures/evaluate_reference.py (scikit-learn, statsmodels, numpy). */
export interface ClassificationSideRef {
  proba: number[][];
  y_pred: string[];
  metrics: Record<string, number>;
  labels: string[];
  confusion: number[][];
  per_class: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}
export interface Reference {
  classification: {
    name: string;
    classes: string[];
    y_true: string[];
    candidate: ClassificationSideRef;
    baseline: ClassificationSideRef;
  }[];
  labels_only: {
    y_true: string[];
    y_pred: string[];
    labels: string[];
    metrics: Record<string, number>;
  };
  regression: {
    name: string;
    y_true: number[];
    candidate: { y_pred: number[]; metrics: Record<string, number> };
    baseline: { y_pred: number[]; metrics: Record<string, number> };
  }[];
  delong: {
    positive: number[];
    a: number[];
    b: number[];
    auc_a: number;
    auc_b: number;
    auc_a_sklearn: number;
    var_diff: number;
    z: number;
    p_value: number;
  }[];
  mcnemar: { b: number; c: number; exact_p: number; chi2_statistic: number; chi2_p: number }[];
  holm: { p: number[]; adjusted: number[] }[];
}

export const reference: Reference = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/evaluate/reference.json", import.meta.url)), "utf8"),
);

/** A reference classification case as candidate and baseline predictions, aligned for the kernels. */
export function alignedClassification(c: Reference["classification"][number]) {
  const rows = c.y_true.map((_, i) => i);
  const side = (s: ClassificationSideRef) => ({
    source: c.name,
    predictions: {
      task: "classification" as const,
      row: rows,
      yTrue: c.y_true,
      yPred: s.y_pred,
      classes: c.classes,
      proba: s.proba,
    },
  });
  const aligned = alignPredictions("classification", side(c.candidate), side(c.baseline));
  if (aligned.task !== "classification") throw new Error("a classification case aligned as regression");
  return aligned;
}
