import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  isMissingLabel,
  warnUnlabelled
} from "./chunk-LXDNF7DQ.js";
import {
  sortLabels
} from "./chunk-T7VKUT63.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/evaluate/align.ts
init_esm_dirname();
function alignPredictions(task, candidate, baseline, truthAt) {
  const cand = candidate.predictions;
  const rows = cand.row;
  const n = rows.length;
  if (n === 0) {
    throw new MlgateError(`${candidate.source}: no predictions to evaluate`, {
      location: { file: candidate.source }
    });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const r of rows) {
    if (seen.has(r)) {
      throw new MlgateError(`${candidate.source}: row ${r} appears twice`, {
        location: { file: candidate.source, key: "row" },
        hint: "each test row is scored once; the row column must be unique"
      });
    }
    seen.add(r);
  }
  let baseOrder;
  if (baseline) {
    const base = baseline.predictions;
    const at = /* @__PURE__ */ new Map();
    base.row.forEach((r, i) => {
      at.set(r, i);
    });
    baseOrder = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const j = at.get(rows[i]);
      if (j === void 0) {
        throw new MlgateError(
          `${baseline.source} has no prediction for row ${rows[i]} that ${candidate.source} has`,
          {
            location: { file: baseline.source, key: "row" },
            hint: "candidate and baseline must be scored on the same test rows; score both on the same --data file"
          }
        );
      }
      baseOrder[i] = j;
    }
    if (base.row.length !== n) {
      throw new MlgateError(
        `${baseline.source} has ${base.row.length} rows but ${candidate.source} has ${n}`,
        {
          location: { file: baseline.source },
          hint: "candidate and baseline must be scored on the same test rows"
        }
      );
    }
  }
  const truth = [];
  const kept = [];
  for (let i = 0; i < n; i++) {
    const fromCand = present(cand.yTrue?.[i]);
    const fromBase = baseOrder && present(baseline.predictions.yTrue?.[baseOrder[i]]);
    const fromData = fromCand === void 0 && fromBase === void 0 ? present(truthAt?.(rows[i])) : void 0;
    const value = fromCand ?? fromBase ?? fromData;
    if (value === void 0) continue;
    if (fromCand !== void 0 && fromBase !== void 0 && String(fromCand) !== String(fromBase)) {
      throw new MlgateError(
        `y_true differs for row ${rows[i]}: ${JSON.stringify(fromCand)} in ${candidate.source}, ${JSON.stringify(fromBase)} in ${baseline.source}`,
        {
          location: { file: baseline.source, key: "y_true" },
          hint: "score both models on the same test data"
        }
      );
    }
    truth.push(value);
    kept.push(i);
  }
  if (kept.length === 0) {
    throw new MlgateError(`none of the ${n} rows of ${candidate.source} has a true label`, {
      location: { file: candidate.source, key: "y_true" },
      hint: "give y_true in the predictions file, or pass --data with the label column filled in"
    });
  }
  const unlabelled = n - kept.length;
  const m = kept.length;
  const keptRows = kept.map((i) => rows[i]);
  const candAt = Int32Array.from(kept);
  const baseAt = baseOrder && Int32Array.from(kept, (i) => baseOrder[i]);
  if (task === "regression") {
    const num = (v, what, source, row) => {
      const x = typeof v === "number" ? v : Number(v);
      if (!Number.isFinite(x)) {
        throw new MlgateError(`${what} for row ${row} is not a finite number (${JSON.stringify(v)})`, {
          location: { file: source, key: what },
          hint: "regression needs numeric y_true and y_pred"
        });
      }
      return x;
    };
    const yTrue2 = Float64Array.from(truth, (v, k) => num(v, "y_true", candidate.source, keptRows[k]));
    const side2 = (p, source, at) => Float64Array.from(at, (j) => num(p.yPred[j], "y_pred", source, p.row[j]));
    return {
      task,
      rows: keptRows,
      unlabelled,
      yTrue: yTrue2,
      candidate: side2(cand, candidate.source, candAt),
      baseline: baseline && side2(baseline.predictions, baseline.source, baseAt)
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
  const yTrue = Int32Array.from(truthLabels, (l) => index.get(l));
  const side = (s, at) => {
    const p = s.predictions;
    const yPred = Int32Array.from(at, (j) => index.get(String(p.yPred[j])));
    if (!p.proba || !p.classes) return { yPred };
    const columns = p.classes.map((c) => index.get(c));
    const proba = new Float64Array(m * L);
    for (let i = 0; i < m; i++) {
      const j = at[i];
      const row = p.proba[j];
      for (let c = 0; c < columns.length; c++) {
        const v = row[c];
        if (!(v >= 0 && v <= 1)) {
          throw new MlgateError(
            `${s.source}: proba_${p.classes[c]} for row ${p.row[j]} is ${v}, not a probability in [0, 1]`,
            {
              location: { file: s.source, key: `proba_${p.classes[c]}` },
              hint: "proba_<class> columns hold class probabilities"
            }
          );
        }
        proba[i * L + columns[c]] = v;
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
    baseline: baseline && side(baseline, baseAt)
  };
}
function present(v) {
  return v === void 0 || isMissingLabel(v) ? void 0 : v;
}
function labelsAbsentFromTest(problem) {
  const seen = new Uint8Array(problem.labels.length);
  for (const t of problem.yTrue) seen[t] = 1;
  return problem.labels.filter((_, k) => !seen[k]);
}
var NAMED_CLASSES = 10;
function warnAboutLabels(aligned, logger, where) {
  const total = aligned.rows.length + aligned.unlabelled;
  warnUnlabelled(logger, aligned.unlabelled, total, { ...where, purpose: "scoring" });
  if (aligned.task !== "classification") return;
  const absent = labelsAbsentFromTest(aligned.problem);
  if (absent.length === 0) return;
  const named = absent.slice(0, NAMED_CLASSES).map((c) => JSON.stringify(c));
  if (absent.length > NAMED_CLASSES) named.push(`and ${absent.length - NAMED_CLASSES} more`);
  const one = absent.length === 1;
  logger.warn(
    `class${one ? "" : "es"} ${named.join(", ")} ${one ? "has" : "have"} no row in the test data: the test set cannot show how well ${one ? "it is" : "they are"} predicted, and the macro averages count ${one ? "it" : "them"} as 0`,
    where.file ? { file: where.file } : void 0
  );
}

export {
  alignPredictions,
  labelsAbsentFromTest,
  warnAboutLabels
};
