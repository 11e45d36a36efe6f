import type { Predictions } from "../contracts/predictions.js";
import { MlgateError } from "../errors.js";
import { type ClassificationProblem, type ClassificationSide, sortLabels } from "./metrics.js";

/** A side's predictions with the file they came from, for error messages. */
export interface SourcedPredictions {
  predictions: Predictions;
  source: string;
}

export type Aligned =
  | {
      task: "classification";
      /** Row ids (data file rows) in evaluation order. */
      rows: number[];
      problem: ClassificationProblem;
      candidate: ClassificationSide;
      baseline?: ClassificationSide;
    }
  | {
      task: "regression";
      rows: number[];
      yTrue: Float64Array;
      candidate: Float64Array;
      baseline?: Float64Array;
    };

/**
 * Puts candidate and baseline on the same rows in the same order (by the `row` column) and the
 * same label encoding. The truth comes from the predictions' y_true, else from `truthAt(row)` (the
 * label column of the test data); when both files carry y_true they must agree.
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

  const truth: (string | number)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const fromCand = cand.yTrue?.[i];
    const fromBase = baseOrder && baseline!.predictions.yTrue?.[baseOrder[i]!];
    const fromData = fromCand === undefined && fromBase === undefined ? truthAt?.(rows[i]!) : undefined;
    const value = fromCand ?? fromBase ?? fromData;
    if (value === undefined || value === null || value === "") {
      throw new MlgateError(`no true label for row ${rows[i]}`, {
        location: { file: candidate.source, key: "y_true" },
        hint: "give y_true in the predictions file, or pass --data with the label column filled in",
      });
    }
    if (fromCand !== undefined && fromBase !== undefined && String(fromCand) !== String(fromBase)) {
      throw new MlgateError(
        `y_true differs for row ${rows[i]}: ${JSON.stringify(fromCand)} in ${candidate.source}, ${JSON.stringify(fromBase)} in ${baseline!.source}`,
        {
          location: { file: baseline!.source, key: "y_true" },
          hint: "score both models on the same test data",
        },
      );
    }
    truth[i] = value;
  }

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
    const yTrue = Float64Array.from(truth, (v, i) => num(v, "y_true", candidate.source, rows[i]!));
    const side = (p: Predictions, source: string, order?: Int32Array) =>
      Float64Array.from({ length: n }, (_, i) => {
        const j = order ? order[i]! : i;
        return num(p.yPred[j]!, "y_pred", source, p.row[j]!);
      });
    return {
      task,
      rows,
      yTrue,
      candidate: side(cand, candidate.source),
      baseline: baseline && side(baseline.predictions, baseline.source, baseOrder),
    };
  }

  const truthLabels = truth.map(String);
  const all = [...truthLabels];
  for (const s of [candidate, baseline]) {
    if (!s) continue;
    for (const v of s.predictions.yPred) all.push(String(v));
    for (const c of s.predictions.classes ?? []) all.push(c);
  }
  const labels = sortLabels(all);
  const index = new Map(labels.map((l, k) => [l, k]));
  const L = labels.length;
  const yTrue = Int32Array.from(truthLabels, (l) => index.get(l)!);

  const side = (s: SourcedPredictions, order?: Int32Array): ClassificationSide => {
    const p = s.predictions;
    const yPred = Int32Array.from(
      { length: n },
      (_, i) => index.get(String(p.yPred[order ? order[i]! : i]))!,
    );
    if (!p.proba || !p.classes) return { yPred };
    const columns = p.classes.map((c) => index.get(c)!);
    const proba = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const j = order ? order[i]! : i;
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
    rows,
    problem: { labels, yTrue },
    candidate: side(candidate),
    baseline: baseline && side(baseline, baseOrder),
  };
}
