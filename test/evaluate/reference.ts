import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
