import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/labels.ts
init_esm_dirname();
function isMissingLabel(v) {
  return v === null || v === void 0 || v === "" || typeof v === "number" && Number.isNaN(v);
}
function warnUnlabelled(logger, skipped, total, what) {
  if (skipped === 0) return;
  const label = what.label ? ` '${what.label}'` : "";
  const kept = total - skipped;
  const fate = what.purpose === "training" ? "not trained on" : kept === 0 ? "nothing to score against" : `skipped; metrics are over the other ${kept} row${kept === 1 ? "" : "s"}`;
  logger.warn(
    `${skipped} of ${total} row${total === 1 ? "" : "s"} ${skipped === 1 ? "has" : "have"} no label${label}: ${fate}`,
    what.file ? { file: what.file } : void 0
  );
}
var FEW_CLASSES = 100;
var CLASSES_PER_ROW = 0.5;
var MAX_CLASSES = 1e4;
function classCountProblem(classes, labelledRows) {
  const hint = "a label with about one value per row is an identifier or a numeric target: set model.label to the column to predict, or model.task: regression for a number";
  if (classes > MAX_CLASSES) return { reason: `more than ${MAX_CLASSES} classes`, hint };
  if (classes > Math.max(FEW_CLASSES, CLASSES_PER_ROW * labelledRows)) {
    return {
      reason: `more than ${FEW_CLASSES} classes and more than half as many classes as labelled rows`,
      hint
    };
  }
  return void 0;
}

export {
  isMissingLabel,
  warnUnlabelled,
  classCountProblem
};
