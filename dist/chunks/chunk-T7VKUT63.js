import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/evaluate/metrics.ts
init_esm_dirname();
var CLASSIFICATION_METRICS = [
  "accuracy",
  "balanced_accuracy",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "roc_auc",
  "log_loss",
  "brier"
];
var PROBABILITY_METRICS = /* @__PURE__ */ new Set(["roc_auc", "log_loss", "brier"]);
var REGRESSION_METRICS = ["mae", "rmse", "r2", "mape", "median_ae"];
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["log_loss", "brier", "mae", "rmse", "mape", "median_ae"]);
function knownMetrics(task) {
  return task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}
function metricDirection(name) {
  if (LOWER_IS_BETTER.has(name)) return "lower";
  if (CLASSIFICATION_METRICS.includes(name) || name === "r2") return "higher";
  return void 0;
}
var EPS = 2220446049250313e-31;
function kernelFromSpec(spec) {
  return spec.kind === "classification" ? classificationKernelFrom(spec.state) : regressionKernelFrom(spec.state);
}
function sortLabels(labels) {
  const unique = [...new Set(labels)];
  const numeric = unique.every((l) => l.trim() !== "" && Number.isFinite(Number(l)));
  return unique.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => a < b ? -1 : a > b ? 1 : 0);
}
var MAX_RANKED_ROWS = 2 ** 29;
function rankScores(n, score, isPositive) {
  if (n > MAX_RANKED_ROWS) throw new RangeError(`ROC-AUC over more than ${MAX_RANKED_ROWS} rows`);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = score(i);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[a] - scores[b]);
  const steps = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const groupEnd = s === n - 1 || scores[order[s]] !== scores[order[s + 1]] ? 1 : 0;
    steps[s] = order[s] << 2 | (isPositive(order[s]) ? 2 : 0) | groupEnd;
  }
  return { order, steps };
}
function rankedPass(ranked, weights) {
  const steps = ranked.steps;
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  let groupPos = 0;
  let groupNeg = 0;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    const w = weights[step >>> 2];
    const wPos = w & -(step >>> 1 & 1);
    groupPos += wPos;
    groupNeg += w - wPos;
    if (step & 1) {
      sum += groupPos * (negBelow + 0.5 * groupNeg);
      negBelow += groupNeg;
      pos += groupPos;
      groupPos = 0;
      groupNeg = 0;
    }
  }
  return pos === 0 || negBelow === 0 ? Number.NaN : sum / (pos * negBelow);
}
function rankedPassWithTerms(ranked, weights, terms) {
  const steps = ranked.steps;
  const { cell, confusion } = terms;
  const logLossAt = terms.logLoss;
  const brierAt = terms.brier;
  let logLoss = 0;
  let brier = 0;
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  let groupPos = 0;
  let groupNeg = 0;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    const w = weights[step >>> 2];
    const wPos = w & -(step >>> 1 & 1);
    groupPos += wPos;
    groupNeg += w - wPos;
    confusion[cell[s]] += w;
    logLoss += w * logLossAt[s];
    brier += w * brierAt[s];
    if (step & 1) {
      sum += groupPos * (negBelow + 0.5 * groupNeg);
      negBelow += groupNeg;
      pos += groupPos;
      groupPos = 0;
      groupNeg = 0;
    }
  }
  terms.sums[0] = logLoss;
  terms.sums[1] = brier;
  return pos === 0 || negBelow === 0 ? Number.NaN : sum / (pos * negBelow);
}
function onesFor(n) {
  let ones;
  return () => {
    ones ??= new Uint8Array(n).fill(1);
    return ones;
  };
}
function classificationKernel(problem, side) {
  const { labels, yTrue } = problem;
  const { yPred, proba } = side;
  const n = yTrue.length;
  const L = labels.length;
  let ranked = [];
  let order;
  if (proba) {
    const classes = L === 2 ? [1] : labels.map((_, k) => k);
    ranked = classes.map(
      (k) => rankScores(
        n,
        (i) => proba[i * L + k],
        (i) => yTrue[i] === k
      )
    );
    order = ranked[0].order;
  } else {
    order = Int32Array.from({ length: n }, (_, i) => i);
  }
  const cell = Int32Array.from(order, (i) => yTrue[i] * L + yPred[i]);
  const logLossAt = new Float64Array(proba ? n : 0);
  const brierAt = new Float64Array(proba ? n : 0);
  if (proba) {
    const halve = L < 3;
    for (let s = 0; s < n; s++) {
      const i = order[s];
      const t = yTrue[i];
      logLossAt[s] = -Math.log(Math.min(Math.max(proba[i * L + t], EPS), 1 - EPS));
      let b = 0;
      for (let k = 0; k < L; k++) {
        const d = proba[i * L + k] - (k === t ? 1 : 0);
        b += d * d;
      }
      brierAt[s] = halve ? 0.5 * b : b;
    }
  }
  return classificationKernelFrom({
    classes: L,
    rows: n,
    withProba: proba !== void 0,
    ranked,
    order,
    cell,
    logLoss: logLossAt,
    brier: brierAt
  });
}
function classificationKernelFrom(state) {
  const { classes: L, rows: n, ranked, order, cell } = state;
  const proba = state.withProba;
  const names = CLASSIFICATION_METRICS.filter((m) => proba || !PROBABILITY_METRICS.has(m));
  const confusion = new Float64Array(L * L);
  const predicted = new Float64Array(L);
  const support = new Float64Array(L);
  const ones = onesFor(n);
  const terms = proba ? { cell, logLoss: state.logLoss, brier: state.brier, confusion, sums: new Float64Array(2) } : void 0;
  return {
    names,
    rows: n,
    spec: { kind: "classification", state },
    compute(weightsOrAll, out) {
      const weights = weightsOrAll ?? ones();
      confusion.fill(0);
      let total = 0;
      let logLoss = 0;
      let brier = 0;
      let firstAuc = Number.NaN;
      if (terms) {
        firstAuc = rankedPassWithTerms(ranked[0], weights, terms);
        logLoss = terms.sums[0];
        brier = terms.sums[1];
      } else {
        for (let s = 0; s < n; s++) {
          const w = weights[order[s]];
          confusion[cell[s]] += w;
        }
      }
      predicted.fill(0);
      support.fill(0);
      let correct = 0;
      for (let t = 0; t < L; t++) {
        for (let p = 0; p < L; p++) {
          const c = confusion[t * L + p];
          support[t] += c;
          predicted[p] += c;
          total += c;
        }
        correct += confusion[t * L + t];
      }
      let withSupport = 0;
      let sumP = 0;
      let sumR = 0;
      let sumF = 0;
      let wP = 0;
      let wR = 0;
      let wF = 0;
      for (let k = 0; k < L; k++) {
        const s = support[k];
        const pr = predicted[k];
        if (s === 0 && pr === 0) continue;
        const tp = confusion[k * L + k];
        const precision = pr > 0 ? tp / pr : 0;
        const recall = s > 0 ? tp / s : 0;
        const f1 = s + pr > 0 ? 2 * tp / (s + pr) : 0;
        sumP += precision;
        sumR += recall;
        sumF += f1;
        wP += s * precision;
        wR += s * recall;
        wF += s * f1;
        if (s > 0) withSupport++;
      }
      let j = 0;
      out[j++] = correct / total;
      out[j++] = withSupport ? sumR / withSupport : Number.NaN;
      out[j++] = sumP / L;
      out[j++] = sumR / L;
      out[j++] = sumF / L;
      out[j++] = wP / total;
      out[j++] = wR / total;
      out[j++] = wF / total;
      if (proba) {
        let auc = 0;
        let counted = 0;
        for (let r = 0; r < ranked.length; r++) {
          const a = r === 0 ? firstAuc : rankedPass(ranked[r], weights);
          if (!Number.isNaN(a)) {
            auc += a;
            counted++;
          }
        }
        out[j++] = counted ? auc / counted : Number.NaN;
        out[j++] = logLoss / total;
        out[j++] = brier / total;
      }
    }
  };
}
function regressionKernel(yTrue, yPred) {
  const n = yTrue.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i];
  mean /= n;
  const absErrOf = Float64Array.from({ length: n }, (_, i) => Math.abs(yTrue[i] - yPred[i]));
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => absErrOf[a] - absErrOf[b]);
  const absErr = Float64Array.from(order, (i) => absErrOf[i]);
  const relErr = Float64Array.from(order, (i) => absErrOf[i] / Math.max(Math.abs(yTrue[i]), EPS));
  const centred = Float64Array.from(order, (i) => yTrue[i] - mean);
  return regressionKernelFrom({ order, absErr, relErr, centred });
}
function regressionKernelFrom(state) {
  const { order, absErr, relErr, centred } = state;
  const n = order.length;
  const ones = onesFor(n);
  return {
    names: REGRESSION_METRICS,
    rows: n,
    spec: { kind: "regression", state },
    compute(weightsOrAll, out) {
      const weights = weightsOrAll ?? ones();
      let total = 0;
      for (let i = 0; i < n; i++) total += weights[i];
      const lowPos = Math.floor((total - 1) / 2);
      const highPos = Math.ceil((total - 1) / 2);
      let seen = 0;
      let low = Number.NaN;
      let high = Number.NaN;
      let sumAbs = 0;
      let sumSq = 0;
      let sumRel = 0;
      let sumY = 0;
      let sumY2 = 0;
      for (let s = 0; s < n; s++) {
        const w = weights[order[s]];
        const e = absErr[s];
        const c = centred[s];
        sumAbs += w * e;
        sumSq += w * e * e;
        sumRel += w * relErr[s];
        sumY += w * c;
        sumY2 += w * c * c;
        seen += w;
        if (seen > lowPos && Number.isNaN(low)) low = e;
        if (seen > highPos && Number.isNaN(high)) high = e;
      }
      const ssTot = sumY2 - sumY * sumY / total;
      out[0] = sumAbs / total;
      out[1] = Math.sqrt(sumSq / total);
      out[2] = ssTot > 0 ? 1 - sumSq / ssTot : sumSq === 0 ? 1 : 0;
      out[3] = sumRel / total;
      out[4] = 0.5 * (low + high);
    }
  };
}
function scoreAll(kernel) {
  const out = new Float64Array(kernel.names.length);
  kernel.compute(void 0, out);
  return Object.fromEntries(kernel.names.map((name, i) => [name, out[i]]));
}
function classDetails(problem, side) {
  const L = problem.labels.length;
  const full = Array.from({ length: L }, () => new Array(L).fill(0));
  for (let i = 0; i < problem.yTrue.length; i++) full[problem.yTrue[i]][side.yPred[i]]++;
  const perClass = {};
  for (let k = 0; k < L; k++) {
    const tp = full[k][k];
    const support = full[k].reduce((a, b) => a + b, 0);
    const predicted = full.reduce((a, row) => a + row[k], 0);
    perClass[problem.labels[k]] = {
      precision: predicted ? tp / predicted : 0,
      recall: support ? tp / support : 0,
      f1: support + predicted ? 2 * tp / (support + predicted) : 0,
      support
    };
  }
  return {
    labels: [...problem.labels],
    matrix: full,
    perClass
  };
}

export {
  CLASSIFICATION_METRICS,
  REGRESSION_METRICS,
  knownMetrics,
  metricDirection,
  kernelFromSpec,
  sortLabels,
  classificationKernel,
  regressionKernel,
  scoreAll,
  classDetails
};
