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
