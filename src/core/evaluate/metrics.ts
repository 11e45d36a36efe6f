/**
 * Metrics with scikit-learn's semantics, computed by "kernels" that take per-row multiplicities so
 * that the same code scores the full test set (every row once) and each bootstrap resample (rows
 * drawn with replacement) without copying data.
 *
 * Semantics (scikit-learn 1.9): precision/recall/F1 with zero_division=0 and `labels=` the problem's
 * label set (both models' classes ∪ the test labels, see `alignPredictions`), so a label that a
 * resample, a slice or one model lacks still counts, as 0, for both models alike; balanced accuracy = mean recall over labels present in y_true; ROC-AUC binary on
 * the probability of the second label, multiclass one-vs-rest macro; log loss with probabilities
 * clipped to [ε, 1 − ε], ε = 2⁻⁵² (float64 machine epsilon), no renormalisation; Brier for two
 * classes = mean squared error of the positive-class probability (½ · Σ over both columns), for three
 * or more classes = mean over rows of Σ over classes (p_k − 1[y = k])²; MAPE = mean |y − ŷ| / max(|y|, ε);
 * R² = 1 when y is constant and predicted exactly, 0 when constant and not.
 */

export type Task = "classification" | "regression";
export type Direction = "higher" | "lower";

export const CLASSIFICATION_METRICS = [
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
  "brier",
] as const;
/** Metrics that need class probabilities. */
export const PROBABILITY_METRICS = new Set(["roc_auc", "log_loss", "brier"]);
export const REGRESSION_METRICS = ["mae", "rmse", "r2", "mape", "median_ae"] as const;

const LOWER_IS_BETTER = new Set(["log_loss", "brier", "mae", "rmse", "mape", "median_ae"]);

export function knownMetrics(task: Task): readonly string[] {
  return task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}

/** Whether a higher value of the metric is better; undefined for names mlgate does not compute. */
export function metricDirection(name: string): Direction | undefined {
  if (LOWER_IS_BETTER.has(name)) return "lower";
  if ((CLASSIFICATION_METRICS as readonly string[]).includes(name) || name === "r2") return "higher";
  return undefined;
}

const EPS = 2.220446049250313e-16;

/** Scores one model's predictions under per-row multiplicities (undefined: every row once). */
export interface MetricKernel {
  readonly names: readonly string[];
  readonly rows: number;
  /** Writes one value per name into `out`; multiplicities are bytes (see `Rng.fillMultiplicities`). */
  compute(weights: Uint8Array | undefined, out: Float64Array): void;
  /**
   * The kernel's prepared state, plain data only (typed arrays, numbers): another thread rebuilds
   * the same kernel from it with `kernelFromSpec` without ranking the rows again.
   */
  readonly spec: KernelSpec;
}

export type KernelSpec =
  | { kind: "classification"; state: ClassificationState }
  | { kind: "regression"; state: RegressionState };

export function kernelFromSpec(spec: KernelSpec): MetricKernel {
  return spec.kind === "classification"
    ? classificationKernelFrom(spec.state)
    : regressionKernelFrom(spec.state);
}

/** Labels and true classes shared by both sides; `yTrue[i]` indexes `labels`. */
export interface ClassificationProblem {
  labels: string[];
  yTrue: Int32Array;
}

/** One model's classification output, aligned to the problem's rows and labels. */
export interface ClassificationSide {
  /** Predicted label index per row. */
  yPred: Int32Array;
  /** Row-major rows × labels.length probabilities (0 for a label the model has no column for). */
  proba?: Float64Array;
}

/** A label ordering like numpy's `unique`: numeric when every label is a number, else by code unit. */
export function sortLabels(labels: Iterable<string>): string[] {
  const unique = [...new Set(labels)];
  const numeric = unique.every((l) => l.trim() !== "" && Number.isFinite(Number(l)));
  return unique.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Rows in ascending score order with tie groups marked and whether each is a positive, packed
 * into one word per step (row · 4 + positive · 2 + last of its tie group), so that a weighted AUC
 * pass reads one sequential stream besides the weights it gathers.
 */
export interface RankedScores {
  order: Int32Array;
  steps: Int32Array;
}

/** Rows a packed step can name: the row index takes the word's upper 30 bits. */
const MAX_RANKED_ROWS = 2 ** 29;

function rankScores(
  n: number,
  score: (i: number) => number,
  isPositive: (i: number) => boolean,
): RankedScores {
  if (n > MAX_RANKED_ROWS) throw new RangeError(`ROC-AUC over more than ${MAX_RANKED_ROWS} rows`);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = score(i);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[a]! - scores[b]!);
  const steps = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const groupEnd = s === n - 1 || scores[order[s]!] !== scores[order[s + 1]!] ? 1 : 0;
    steps[s] = (order[s]! << 2) | (isPositive(order[s]!) ? 2 : 0) | groupEnd;
  }
  return { order, steps };
}

/** Per-row terms laid out in a ranking's order, summed by the same pass that computes the AUC. */
interface RowTerms {
  /** yTrue · L + yPred per step: the confusion cell the row counts in. */
  cell: Int32Array;
  logLoss: Float64Array;
  brier: Float64Array;
  /** Accumulators, filled by the pass: confusion counts, then [log loss, Brier] sums. */
  confusion: Float64Array;
  sums: Float64Array;
}

/**
 * The Mann–Whitney AUC of a ranking under multiplicities (ties count one half; NaN without both
 * groups), in one pass. Kept apart from `rankedPassWithTerms` rather than one loop with an
 * optional part: as one loop, the test of that option in every step made a side's passes 18–40 %
 * slower (bench/results/evaluate.md). Both add the same terms in the same order, so the AUC is
 * the same from either.
 */
function rankedPass(ranked: RankedScores, weights: Uint8Array): number {
  const steps = ranked.steps;
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  let groupPos = 0;
  let groupNeg = 0;
  for (let s = 0; s < steps.length; s++) {
    // Branch-free on the weight: about a third of the rows are not drawn, unpredictably.
    const step = steps[s]!;
    const w = weights[step >>> 2]!;
    const wPos = w & -((step >>> 1) & 1);
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

/** `rankedPass` that also accumulates the confusion counts, log loss and Brier sums on the way. */
function rankedPassWithTerms(ranked: RankedScores, weights: Uint8Array, terms: RowTerms): number {
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
    const step = steps[s]!;
    const w = weights[step >>> 2]!;
    const wPos = w & -((step >>> 1) & 1);
    groupPos += wPos;
    groupNeg += w - wPos;
    confusion[cell[s]!]! += w;
    logLoss += w * logLossAt[s]!;
    brier += w * brierAt[s]!;
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

/** Every row once: the weights of a full-sample score. */
function onesFor(n: number): () => Uint8Array {
  let ones: Uint8Array | undefined;
  return () => {
    ones ??= new Uint8Array(n).fill(1);
    return ones;
  };
}

/** What a classification kernel computes from: rankings and per-row terms laid out in pass order. */
export interface ClassificationState {
  classes: number;
  rows: number;
  withProba: boolean;
  /** One ranking per AUC (one for binary, one per class otherwise); empty without probabilities. */
  ranked: RankedScores[];
  /** Visiting order of the single pass: the first ranking's order, row order without probabilities. */
  order: Int32Array;
  cell: Int32Array;
  logLoss: Float64Array;
  brier: Float64Array;
}

export function classificationKernel(problem: ClassificationProblem, side: ClassificationSide): MetricKernel {
  const { labels, yTrue } = problem;
  const { yPred, proba } = side;
  const n = yTrue.length;
  const L = labels.length;

  // One pass per resample does everything: rows are visited in the order of the first AUC
  // ranking (row order without probabilities), with each row's confusion cell, log loss and
  // Brier term laid out in that order, so only the weights are gathered.
  let ranked: RankedScores[] = [];
  let order: Int32Array;
  if (proba) {
    // Binary: the second label is the positive class; otherwise one ranking per class (one-vs-rest).
    const classes = L === 2 ? [1] : labels.map((_, k) => k);
    ranked = classes.map((k) =>
      rankScores(
        n,
        (i) => proba[i * L + k]!,
        (i) => yTrue[i] === k,
      ),
    );
    order = ranked[0]!.order;
  } else {
    order = Int32Array.from({ length: n }, (_, i) => i);
  }
  const cell = Int32Array.from(order, (i) => yTrue[i]! * L + yPred[i]!);
  const logLossAt = new Float64Array(proba ? n : 0);
  const brierAt = new Float64Array(proba ? n : 0);
  if (proba) {
    const halve = L < 3;
    for (let s = 0; s < n; s++) {
      const i = order[s]!;
      const t = yTrue[i]!;
      logLossAt[s] = -Math.log(Math.min(Math.max(proba[i * L + t]!, EPS), 1 - EPS));
      let b = 0;
      for (let k = 0; k < L; k++) {
        const d = proba[i * L + k]! - (k === t ? 1 : 0);
        b += d * d;
      }
      brierAt[s] = halve ? 0.5 * b : b;
    }
  }
  return classificationKernelFrom({
    classes: L,
    rows: n,
    withProba: proba !== undefined,
    ranked,
    order,
    cell,
    logLoss: logLossAt,
    brier: brierAt,
  });
}

function classificationKernelFrom(state: ClassificationState): MetricKernel {
  const { classes: L, rows: n, ranked, order, cell } = state;
  const proba = state.withProba;
  const names: string[] = CLASSIFICATION_METRICS.filter((m) => proba || !PROBABILITY_METRICS.has(m));
  const confusion = new Float64Array(L * L);
  const predicted = new Float64Array(L);
  const support = new Float64Array(L);
  const ones = onesFor(n);
  const terms: RowTerms | undefined = proba
    ? { cell, logLoss: state.logLoss, brier: state.brier, confusion, sums: new Float64Array(2) }
    : undefined;

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
        firstAuc = rankedPassWithTerms(ranked[0]!, weights, terms);
        logLoss = terms.sums[0]!;
        brier = terms.sums[1]!;
      } else {
        for (let s = 0; s < n; s++) {
          const w = weights[order[s]!]!;
          confusion[cell[s]!]! += w;
        }
      }
      predicted.fill(0);
      support.fill(0);
      let correct = 0;
      for (let t = 0; t < L; t++) {
        for (let p = 0; p < L; p++) {
          const c = confusion[t * L + p]!;
          support[t]! += c;
          predicted[p]! += c;
          total += c;
        }
        correct += confusion[t * L + t]!;
      }
      // Macro averages divide by L, not by the labels this side or these rows happen to show:
      // otherwise candidate and baseline (or two resamples) would average over different sets.
      let withSupport = 0;
      let sumP = 0;
      let sumR = 0;
      let sumF = 0;
      let wP = 0;
      let wR = 0;
      let wF = 0;
      for (let k = 0; k < L; k++) {
        const s = support[k]!;
        const pr = predicted[k]!;
        if (s === 0 && pr === 0) continue;
        const tp = confusion[k * L + k]!;
        const precision = pr > 0 ? tp / pr : 0;
        const recall = s > 0 ? tp / s : 0;
        const f1 = s + pr > 0 ? (2 * tp) / (s + pr) : 0;
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
        // Macro one-vs-rest over the classes present with both positives and negatives.
        let auc = 0;
        let counted = 0;
        for (let r = 0; r < ranked.length; r++) {
          const a = r === 0 ? firstAuc : rankedPass(ranked[r]!, weights);
          if (!Number.isNaN(a)) {
            auc += a;
            counted++;
          }
        }
        out[j++] = counted ? auc / counted : Number.NaN;
        out[j++] = logLoss / total;
        out[j++] = brier / total;
      }
    },
  };
}

export function regressionKernel(yTrue: Float64Array, yPred: Float64Array): MetricKernel {
  const n = yTrue.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i]!;
  mean /= n;
  // Rows in ascending absolute error, with every per-row term laid out in that order: one pass
  // gathers only the weights and finds the median on the way.
  const absErrOf = Float64Array.from({ length: n }, (_, i) => Math.abs(yTrue[i]! - yPred[i]!));
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => absErrOf[a]! - absErrOf[b]!);
  const absErr = Float64Array.from(order, (i) => absErrOf[i]!);
  const relErr = Float64Array.from(order, (i) => absErrOf[i]! / Math.max(Math.abs(yTrue[i]!), EPS));
  // Centring first keeps Σy² − (Σy)²/n free of cancellation when |y| is large.
  const centred = Float64Array.from(order, (i) => yTrue[i]! - mean);
  return regressionKernelFrom({ order, absErr, relErr, centred });
}

/** What a regression kernel computes from: per-row terms in ascending absolute error. */
export interface RegressionState {
  order: Int32Array;
  absErr: Float64Array;
  relErr: Float64Array;
  centred: Float64Array;
}

function regressionKernelFrom(state: RegressionState): MetricKernel {
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
      for (let i = 0; i < n; i++) total += weights[i]!;
      // numpy's median: the middle value, or the mean of the two middle values.
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
        const w = weights[order[s]!]!;
        const e = absErr[s]!;
        const c = centred[s]!;
        sumAbs += w * e;
        sumSq += w * e * e;
        sumRel += w * relErr[s]!;
        sumY += w * c;
        sumY2 += w * c * c;
        seen += w;
        if (seen > lowPos && Number.isNaN(low)) low = e;
        if (seen > highPos && Number.isNaN(high)) high = e;
      }
      const ssTot = sumY2 - (sumY * sumY) / total;
      out[0] = sumAbs / total;
      out[1] = Math.sqrt(sumSq / total);
      out[2] = ssTot > 0 ? 1 - sumSq / ssTot : sumSq === 0 ? 1 : 0;
      out[3] = sumRel / total;
      out[4] = 0.5 * (low + high);
    },
  };
}

/** Runs a kernel once over every row and returns the values by name. */
export function scoreAll(kernel: MetricKernel): Record<string, number> {
  const out = new Float64Array(kernel.names.length);
  kernel.compute(undefined, out);
  return Object.fromEntries(kernel.names.map((name, i) => [name, out[i]!]));
}

export interface ClassDetails {
  labels: string[];
  /** matrix[true][predicted] over `labels`. */
  matrix: number[][];
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

/**
 * Confusion matrix and per-class scores over the problem's label set, the one the macro averages
 * use, so that both models' matrices have the same rows and columns.
 */
export function classDetails(problem: ClassificationProblem, side: ClassificationSide): ClassDetails {
  const L = problem.labels.length;
  const full = Array.from({ length: L }, () => new Array<number>(L).fill(0));
  for (let i = 0; i < problem.yTrue.length; i++) full[problem.yTrue[i]!]![side.yPred[i]!]!++;
  const perClass: ClassDetails["perClass"] = {};
  for (let k = 0; k < L; k++) {
    const tp = full[k]![k]!;
    const support = full[k]!.reduce((a, b) => a + b, 0);
    const predicted = full.reduce((a, row) => a + row[k]!, 0);
    perClass[problem.labels[k]!] = {
      precision: predicted ? tp / predicted : 0,
      recall: support ? tp / support : 0,
      f1: support + predicted ? (2 * tp) / (support + predicted) : 0,
      support,
    };
  }
  return {
    labels: [...problem.labels],
    matrix: full,
    perClass,
  };
}
