/** Label rules shared by validate-data, train, predict and evaluate: what counts as no label, and how many classes a label may have. */
import type { Logger } from "../ports.js";

/**
 * Whether a label cell holds no label: null (an empty cell or a null token), an empty string, or
 * NaN. The one definition that training, predict and evaluate share: a row without a label is
 * neither trained on nor scored, wherever labels are read.
 */
export function isMissingLabel(v: unknown): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));
}

/**
 * The one warning for rows left out because they have no label: how many of how many and what
 * became of them; the logger names the file.
 */
export function warnUnlabelled(
  logger: Logger,
  skipped: number,
  total: number,
  what: { label?: string; file?: string; purpose: "training" | "scoring" },
): void {
  if (skipped === 0) return;
  const label = what.label ? ` '${what.label}'` : "";
  const kept = total - skipped;
  const fate =
    what.purpose === "training"
      ? "not trained on"
      : kept === 0
        ? "nothing to score against"
        : `skipped; metrics are over the other ${kept} row${kept === 1 ? "" : "s"}`;
  logger.warn(
    `${skipped} of ${total} row${total === 1 ? "" : "s"} ${skipped === 1 ? "has" : "have"} no label${label}: ${fate}`,
    what.file ? { file: what.file } : undefined,
  );
}

/*
 * Whether a classification label has so many classes that it cannot be one: validate-data flags it
 * from the profile and train refuses it before building a tensor (a softmax over one class per row
 * needs rows × classes floats for its targets: 100k rows of 100k classes is 40 GB).
 */

/** Up to this many classes are never questioned, whatever the row count. */
export const FEW_CLASSES = 100;
/** More classes than this fraction of the labelled rows is nearly one class per row. */
export const CLASSES_PER_ROW = 0.5;
/** More classes than this are refused at any row count: the output layer and targets grow with it. */
export const MAX_CLASSES = 10_000;

export interface ClassCountProblem {
  /** Why, e.g. "more than half as many classes as labelled rows". */
  reason: string;
  hint: string;
}

/**
 * The rule: classes > max(FEW_CLASSES, CLASSES_PER_ROW × labelled rows), or classes > MAX_CLASSES.
 * A label with about one value per row is an identifier, a free-text field, or a numeric target.
 */
export function classCountProblem(classes: number, labelledRows: number): ClassCountProblem | undefined {
  const hint =
    "a label with about one value per row is an identifier or a numeric target: set model.label to the column to predict, or model.task: regression for a number";
  if (classes > MAX_CLASSES) return { reason: `more than ${MAX_CLASSES} classes`, hint };
  if (classes > Math.max(FEW_CLASSES, CLASSES_PER_ROW * labelledRows)) {
    return {
      reason: `more than ${FEW_CLASSES} classes and more than half as many classes as labelled rows`,
      hint,
    };
  }
  return undefined;
}
