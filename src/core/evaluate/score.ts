import type { Predictions } from "../contracts/predictions.js";
import { isMissingLabel, warnUnlabelled } from "../data/labels.js";
import type { Logger } from "../ports.js";
import { alignPredictions, warnAboutLabels } from "./align.js";
import { classificationKernel, regressionKernel, scoreAll } from "./metrics.js";

export interface LabelledScore {
  /** evaluate's label metrics (classification: no probability metrics) or regression metrics. */
  metrics: Record<string, number>;
  /** Rows scored: those with a true label. */
  rows: number;
  unlabelled: number;
}

/**
 * One model's metrics on the rows of its predictions that have a true label, read and scored as
 * evaluate does (same skipping, same warnings, same kernels): train's test scores and predict's
 * accuracy. Undefined when there is no label to score against.
 */
export function scoreLabelled(
  predictions: Predictions,
  where: { file?: string; label?: string },
  logger: Logger,
): LabelledScore | undefined {
  const yTrue = predictions.yTrue;
  if (!yTrue || yTrue.length === 0) return undefined;
  if (yTrue.every(isMissingLabel)) {
    warnUnlabelled(logger, yTrue.length, yTrue.length, { ...where, purpose: "scoring" });
    return undefined;
  }
  // Label metrics only, so the probabilities stay out (the classes still shape the label set):
  // the AUC rankings would cost a sort per class for numbers nobody reads here.
  const aligned = alignPredictions(
    predictions.task,
    { predictions: { ...predictions, proba: undefined }, source: where.file ?? "the scored data" },
    undefined,
  );
  warnAboutLabels(aligned, logger, where);
  const kernel =
    aligned.task === "classification"
      ? classificationKernel(aligned.problem, aligned.candidate)
      : regressionKernel(aligned.yTrue, aligned.candidate);
  return { metrics: scoreAll(kernel), rows: aligned.rows.length, unlabelled: aligned.unlabelled };
}
