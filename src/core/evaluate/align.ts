import type { Predictions } from "../contracts/predictions.js";
import { isMissingLabel, warnUnlabelled } from "../data/labels.js";
import { MlgateError } from "../errors.js";
import type { Logger } from "../ports.js";
import { type ClassificationProblem, type ClassificationSide, sortLabels } from "./metrics.js";

/** A side's predictions with the file they came from, for error messages. */
export interface SourcedPredictions {
  predictions: Predictions;
  source: string;
}

export type Aligned =
  | {
      task: "classification";
      /** Row ids (data file rows) in evaluation order: the rows with a true label. */
      rows: number[];
      /** Rows of the predictions left out because they have no true label. */
      unlabelled: number;
      problem: ClassificationProblem;
      candidate: ClassificationSide;
      baseline?: ClassificationSide;
    }
  | {
      task: "regression";
      rows: number[];
      unlabelled: number;
      yTrue: Float64Array;
      candidate: Float64Array;
      baseline?: Float64Array;
    };

/**
 * Puts candidate and baseline on the same rows in the same order (by the `row` column) and the
 * same label encoding. The truth comes from the predictions' y_true, else from `truthAt(row)` (the
 * label column of the test data); when both files carry y_true they must agree. Rows with no true
 * label anywhere are left out (counted in `unlabelled`): this is where every scored label is read.
 */
export function alignPredictions(
  task: "classification" | "regression",
  candidate: SourcedPredictions,
  baseline: SourcedPredictions | undefined,
  truthAt?: (row: number) => string | number | null | undefined,
): Aligned {
  const cand = candidate.predictions;
  const rows = cand.row;
  const n = rows.length;
  if (n === 0) {
    throw new MlgateError(`${candidate.source}: no predictions to evaluate`, {
      location: { file: candidate.source },
    });
  }
  const seen = new Set<number>();
  for (const r of rows) {
    if (seen.has(r)) {
      throw new MlgateError(`${candidate.source}: row ${r} appears twice`, {
        location: { file: candidate.source, key: "row" },
        hint: "each test row is scored once; the row column must be unique",
      });
    }
    seen.add(r);
  }

  let baseOrder: Int32Array | undefined;
  if (baseline) {
    const base = baseline.predictions;
    const at = new Map<number, number>();
    base.row.forEach((r, i) => {
      at.set(r, i);
    });
    baseOrder = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const j = at.get(rows[i]!);
      if (j === undefined) {
        throw new MlgateError(
          `${baseline.source} has no prediction for row ${rows[i]} that ${candidate.source} has`,
          {
            location: { file: baseline.source, key: "row" },
            hint: "candidate and baseline must be scored on the same test rows; score both on the same --data file",
          },
        );
      }
      baseOrder[i] = j;
    }
    if (base.row.length !== n) {
      throw new MlgateError(
        `${baseline.source} has ${base.row.length} rows but ${candidate.source} has ${n}`,
        {
          location: { file: baseline.source },
          hint: "candidate and baseline must be scored on the same test rows",
        },
      );
    }
  }

  // Rows without a true label are skipped, not refused: `kept` indexes the candidate's rows that
  // have one, and everything below is over those rows only.
  const truth: (string | number)[] = [];
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    const fromCand = present(cand.yTrue?.[i]);
    const fromBase = baseOrder && present(baseline!.predictions.yTrue?.[baseOrder[i]!]);
    const fromData =
      fromCand === undefined && fromBase === undefined ? present(truthAt?.(rows[i]!)) : undefined;
    const value = fromCand ?? fromBase ?? fromData;
    if (value === undefined) continue;
    if (fromCand !== undefined && fromBase !== undefined && String(fromCand) !== String(fromBase)) {
      throw new MlgateError(
        `y_true differs for row ${rows[i]}: ${JSON.stringify(fromCand)} in ${candidate.source}, ${JSON.stringify(fromBase)} in ${baseline!.source}`,
        {
          location: { file: baseline!.source, key: "y_true" },
          hint: "score both models on the same test data",
        },
      );
    }
    truth.push(value);
    kept.push(i);
  }
  if (kept.length === 0) {
    throw new MlgateError(`none of the ${n} rows of ${candidate.source} has a true label`, {
      location: { file: candidate.source, key: "y_true" },
      hint: "give y_true in the predictions file, or pass --data with the label column filled in",
    });
  }
  const unlabelled = n - kept.length;
  const m = kept.length;
  const keptRows = kept.map((i) => rows[i]!);
  // Where row k of the evaluation is in each side's arrays.
  const candAt = Int32Array.from(kept);
  const baseAt = baseOrder && Int32Array.from(kept, (i) => baseOrder[i]!);

  if (task === "regression") {
    const num = (v: string | number, what: string, source: string, row: number) => {
      const x = typeof v === "number" ? v : Number(v);
      if (!Number.isFinite(x)) {
        throw new MlgateError(`${what} for row ${row} is not a finite number (${JSON.stringify(v)})`, {
          location: { file: source, key: what },
          hint: "regression needs numeric y_true and y_pred",
        });
      }
      return x;
    };
    const yTrue = Float64Array.from(truth, (v, k) => num(v, "y_true", candidate.source, keptRows[k]!));
    const side = (p: Predictions, source: string, at: Int32Array) =>
      Float64Array.from(at, (j) => num(p.yPred[j]!, "y_pred", source, p.row[j]!));
    return {
      task,
      rows: keptRows,
      unlabelled,
      yTrue,
      candidate: side(cand, candidate.source, candAt),
      baseline: baseline && side(baseline.predictions, baseline.source, baseAt!),
    };
  }

  const truthLabels = truth.map(String);
  const all = [...truthLabels];
  // The one label set of both sides (see metrics.ts): the test labels, every label either model
  // predicts on any row (labelled or not, so that it does not depend on which rows are labelled)
  // and every class either model has a probability column for.
  for (const s of [candidate, baseline]) {
    if (!s) continue;
    for (const v of s.predictions.yPred) all.push(String(v));
    for (const c of s.predictions.classes ?? []) all.push(c);
  }
  const labels = sortLabels(all);
  const index = new Map(labels.map((l, k) => [l, k]));
  const L = labels.length;
  const yTrue = Int32Array.from(truthLabels, (l) => index.get(l)!);

  const side = (s: SourcedPredictions, at: Int32Array): ClassificationSide => {
    const p = s.predictions;
    const yPred = Int32Array.from(at, (j) => index.get(String(p.yPred[j]))!);
    if (!p.proba || !p.classes) return { yPred };
    const columns = p.classes.map((c) => index.get(c)!);
    const proba = new Float64Array(m * L);
    for (let i = 0; i < m; i++) {
      const j = at[i]!;
      const row = p.proba[j]!;
      for (let c = 0; c < columns.length; c++) {
        const v = row[c]!;
        if (!(v >= 0 && v <= 1)) {
          throw new MlgateError(
            `${s.source}: proba_${p.classes[c]} for row ${p.row[j]} is ${v}, not a probability in [0, 1]`,
            {
              location: { file: s.source, key: `proba_${p.classes[c]}` },
              hint: "proba_<class> columns hold class probabilities",
            },
          );
        }
        proba[i * L + columns[c]!] = v;
      }
    }
    return { yPred, proba };
  };
  return {
    task,
    rows: keptRows,
    unlabelled,
    problem: { labels, yTrue },
    candidate: side(candidate, candAt),
    baseline: baseline && side(baseline, baseAt!),
  };
}

/** A true label, or undefined where the cell holds none. */
function present(v: string | number | null | undefined): string | number | undefined {
  return v === undefined || isMissingLabel(v) ? undefined : (v as string | number);
}

/** The labels of the label set that no test row has, in label order. */
export function labelsAbsentFromTest(problem: ClassificationProblem): string[] {
  const seen = new Uint8Array(problem.labels.length);
  for (const t of problem.yTrue) seen[t] = 1;
  return problem.labels.filter((_, k) => !seen[k]);
}

/** Classes named in the absent-class warning; more are counted. */
const NAMED_CLASSES = 10;

/**
 * The warnings about the labels of an alignment, the same wherever predictions are scored: how
 * many rows had no label and were skipped, and which classes of the models no test row has
 * (nothing measures how well they are predicted, and they count as 0 in the macro averages).
 */
export function warnAboutLabels(
  aligned: Aligned,
  logger: Logger,
  where: { file?: string; label?: string },
): void {
  const total = aligned.rows.length + aligned.unlabelled;
  warnUnlabelled(logger, aligned.unlabelled, total, { ...where, purpose: "scoring" });
  if (aligned.task !== "classification") return;
  const absent = labelsAbsentFromTest(aligned.problem);
  if (absent.length === 0) return;
  const named = absent.slice(0, NAMED_CLASSES).map((c) => JSON.stringify(c));
  if (absent.length > NAMED_CLASSES) named.push(`and ${absent.length - NAMED_CLASSES} more`);
  const one = absent.length === 1;
  logger.warn(
    `class${one ? "" : "es"} ${named.join(", ")} ${one ? "has" : "have"} no row in the test data: ` +
      `the test set cannot show how well ${one ? "it is" : "they are"} predicted, and the macro averages count ${one ? "it" : "them"} as 0`,
    where.file ? { file: where.file } : undefined,
  );
}
