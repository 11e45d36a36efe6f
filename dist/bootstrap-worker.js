// src/core/evaluate/bootstrap-worker.ts
import { workerData } from "node:worker_threads";

// src/core/evaluate/metrics.ts
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
function kernelFromSpec(spec) {
  return spec.kind === "classification" ? classificationKernelFrom(spec.state) : regressionKernelFrom(spec.state);
}
var MAX_RANKED_ROWS = 2 ** 29;
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

// src/core/stats/random.ts
var INV_TWO_32 = 23283064365386963e-26;
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507);
    z = Math.imul(z ^ z >>> 13, 3266489909);
    return (z ^ z >>> 16) >>> 0;
  };
}
var Xoshiro128 = class {
  a;
  b;
  c;
  d;
  constructor(seed) {
    const mix = splitmix32(seed);
    this.a = mix() | 0;
    this.b = mix() | 0;
    this.c = mix() | 0;
    this.d = mix() | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }
  nextUint32() {
    const b = this.b;
    const t = b << 9;
    let r = Math.imul(b, 5);
    r = Math.imul(r << 7 | r >>> 25, 9);
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = this.d << 11 | this.d >>> 21;
    return r >>> 0;
  }
  nextIndex(n) {
    return Math.floor(this.nextUint32() * INV_TWO_32 * n);
  }
  fillMultiplicities(out) {
    out.fill(0);
    const n = out.length;
    let { a, b, c, d } = this;
    for (let k = 0; k < n; k++) {
      const t = b << 9;
      let r = Math.imul(b, 5);
      r = Math.imul(r << 7 | r >>> 25, 9);
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = d << 11 | d >>> 21;
      const i = Math.floor((r >>> 0) * INV_TWO_32 * n);
      const count = out[i] + 1;
      if (count > 255) throw new RangeError("a row drawn more than 255 times in one resample");
      out[i] = count;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
};
function createRng(seed) {
  return new Xoshiro128(seed);
}
function streamSeed(seed, stream) {
  let z = (seed ^ Math.imul(stream + 1, 2654435769)) >>> 0;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  return (z ^ z >>> 16) >>> 0;
}

// src/core/evaluate/paired.ts
var RESAMPLES_PER_BLOCK = 50;
function blockRng(seed, block) {
  return createRng(streamSeed(seed, block));
}
function runClaimedBlocks(candidate, baseline, job2, onBlock) {
  const blocks = Math.ceil(job2.resamples / RESAMPLES_PER_BLOCK);
  for (let block = Atomics.add(job2.control, 0, 1); block < blocks; block = Atomics.add(job2.control, 0, 1)) {
    runBlock(candidate, baseline, job2, block);
    onBlock?.();
  }
}
function runBlock(candidate, baseline, job2, block) {
  const nC = candidate.names.length;
  const width = nC + (baseline?.names.length ?? 0);
  const weights = new Uint8Array(candidate.rows);
  const rng = blockRng(job2.seed, block);
  const first = block * RESAMPLES_PER_BLOCK;
  const end = Math.min(job2.resamples, first + RESAMPLES_PER_BLOCK);
  for (let b = first; b < end; b++) {
    rng.fillMultiplicities(weights);
    candidate.compute(weights, job2.values.subarray(b * width, b * width + nC));
    baseline?.compute(weights, job2.values.subarray(b * width + nC, (b + 1) * width));
  }
  Atomics.store(job2.control, 1 + block, 1);
}

// src/core/evaluate/bootstrap-worker.ts
var job = workerData;
runClaimedBlocks(kernelFromSpec(job.candidate), job.baseline && kernelFromSpec(job.baseline), job);
