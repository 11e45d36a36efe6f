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

export {
  isMissingLabel,
  warnUnlabelled
};
