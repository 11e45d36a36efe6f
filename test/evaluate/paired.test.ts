import { describe, expect, it } from "vitest";
import { classificationKernel, regressionKernel, scoreAll } from "../../src/core/evaluate/metrics.js";
import { blockRng, pairedBootstrap, RESAMPLES_PER_BLOCK, summarise } from "../../src/core/evaluate/paired.js";
import type { Rng } from "../../src/core/stats/random.js";
import { alignedClassification, reference } from "./reference.js";

const binary = reference.classification[0]!;
const multiclass = reference.classification[1]!;

const aligned = alignedClassification;

/** Resample b's multiplicities as the bootstrap draws them: block b / RESAMPLES_PER_BLOCK's own stream. */
function drawer(seed: number) {
  let rng: Rng | undefined;
  return (b: number, w: Uint8Array) => {
    if (b % RESAMPLES_PER_BLOCK === 0) rng = blockRng(seed, b / RESAMPLES_PER_BLOCK);
    rng!.fillMultiplicities(w);
  };
}

describe("paired bootstrap", () => {
  const a = aligned(binary);
  const cand = classificationKernel(a.problem, a.candidate);
  const base = classificationKernel(a.problem, a.baseline!);

  it("is deterministic for a seed and changes with the seed", () => {
    const r1 = pairedBootstrap(cand, base, { resamples: 200, level: 0.95, seed: 11 });
    const r2 = pairedBootstrap(cand, base, { resamples: 200, level: 0.95, seed: 11 });
    const r3 = pairedBootstrap(cand, base, { resamples: 200, level: 0.95, seed: 12 });
    expect([...r1.candidate.accuracy!]).toEqual([...r2.candidate.accuracy!]);
    expect([...r1.baseline!.roc_auc!]).toEqual([...r2.baseline!.roc_auc!]);
    expect([...r1.candidate.accuracy!]).not.toEqual([...r3.candidate.accuracy!]);
  });

  // The multiplicity shortcut must give exactly what scoring a materialised resample gives.
  for (const c of [binary, multiclass]) {
    it(`${c.name}: every resample equals the metrics of the rows it drew, for both sides`, () => {
      const al = aligned(c);
      const kc = classificationKernel(al.problem, al.candidate);
      const kb = classificationKernel(al.problem, al.baseline!);
      const seed = 5;
      // Across a block boundary: the second block draws from its own stream.
      const resamples = RESAMPLES_PER_BLOCK + 10;
      const r = pairedBootstrap(kc, kb, { resamples, level: 0.95, seed });
      const draw = drawer(seed);
      const n = al.problem.yTrue.length;
      const w = new Uint8Array(n);
      const L = al.problem.labels.length;
      for (let b = 0; b < resamples; b++) {
        draw(b, w);
        const idx: number[] = [];
        w.forEach((count, i) => {
          for (let k = 0; k < count; k++) idx.push(i);
        });
        expect(idx.length).toBe(n);
        const problem = {
          labels: al.problem.labels,
          yTrue: Int32Array.from(idx, (i) => al.problem.yTrue[i]!),
        };
        const materialise = (s: typeof al.candidate) => ({
          yPred: Int32Array.from(idx, (i) => s.yPred[i]!),
          proba: Float64Array.from(
            { length: n * L },
            (_, j) => s.proba![idx[Math.floor(j / L)]! * L + (j % L)]!,
          ),
        });
        const mc = scoreAll(classificationKernel(problem, materialise(al.candidate)));
        const mb = scoreAll(classificationKernel(problem, materialise(al.baseline!)));
        for (const name of kc.names) {
          expect(r.candidate[name]![b]).toBeCloseTo(mc[name]!, 10);
          expect(r.baseline![name]![b]).toBeCloseTo(mb[name]!, 10);
        }
      }
    });
  }

  it("regression: every resample equals the metrics of the rows it drew (median included)", () => {
    const c = reference.regression[0]!;
    const y = Float64Array.from(c.y_true);
    const p = Float64Array.from(c.candidate.y_pred);
    const k = regressionKernel(y, p);
    const r = pairedBootstrap(k, undefined, { resamples: 10, level: 0.9, seed: 3 });
    const draw = drawer(3);
    const w = new Uint8Array(y.length);
    for (let b = 0; b < 10; b++) {
      draw(b, w);
      const idx: number[] = [];
      w.forEach((count, i) => {
        for (let j = 0; j < count; j++) idx.push(i);
      });
      const m = scoreAll(
        regressionKernel(
          Float64Array.from(idx, (i) => y[i]!),
          Float64Array.from(idx, (i) => p[i]!),
        ),
      );
      for (const name of k.names) {
        // MAPE is ~1e15 here (zero targets), so compare relatively.
        const rel = Math.abs(r.candidate[name]![b]! - m[name]!) / Math.max(1, Math.abs(m[name]!));
        expect(rel, name).toBeLessThan(1e-12);
      }
    }
  });
});

describe("interval summary", () => {
  it("takes type-7 percentiles and a two-sided p-value with the +1 correction", () => {
    // −9 … 90: ten values at or below zero.
    const values = Float64Array.from({ length: 100 }, (_, i) => i - 9);
    const s = summarise(values, 0.9);
    expect(s.low).toBeCloseTo(-9 + 99 * 0.05, 12); // position 4.95 between −9+4 and −9+5
    expect(s.high).toBeCloseTo(-9 + 99 * 0.95, 12);
    expect(s.pValue).toBeCloseTo((2 * (10 + 1)) / 101, 15);
  });
  it("ignores NaN resamples", () => {
    const s = summarise(Float64Array.from([Number.NaN, 1, 2, 3]), 0.5);
    expect(s.low).toBeCloseTo(1.5, 15);
    expect(s.high).toBeCloseTo(2.5, 15);
  });
});
