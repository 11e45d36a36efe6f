import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  alignPredictions,
  warnAboutLabels
} from "./chunk-Y7VMZH5F.js";
import {
  isMissingLabel,
  warnUnlabelled
} from "./chunk-LXDNF7DQ.js";
import {
  classificationKernel,
  regressionKernel,
  scoreAll
} from "./chunk-T7VKUT63.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/evaluate/score.ts
init_esm_dirname();
function scoreLabelled(predictions, where, logger) {
  const yTrue = predictions.yTrue;
  if (!yTrue || yTrue.length === 0) return void 0;
  if (yTrue.every(isMissingLabel)) {
    warnUnlabelled(logger, yTrue.length, yTrue.length, { ...where, purpose: "scoring" });
    return void 0;
  }
  const aligned = alignPredictions(
    predictions.task,
    { predictions: { ...predictions, proba: void 0 }, source: where.file ?? "the scored data" },
    void 0
  );
  warnAboutLabels(aligned, logger, where);
  const kernel = aligned.task === "classification" ? classificationKernel(aligned.problem, aligned.candidate) : regressionKernel(aligned.yTrue, aligned.candidate);
  return { metrics: scoreAll(kernel), rows: aligned.rows.length, unlabelled: aligned.unlabelled };
}

export {
  scoreLabelled
};
