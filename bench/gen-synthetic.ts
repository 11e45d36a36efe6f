import { seededRandom } from "../src/core/stats/random.js";

/**
 * A learnable synthetic classification task for throughput benchmarks: x uniform in [-1, 1], the
 * label the argmax of a fixed random projection of x. Same seed, same data, on any machine.
 */
export function syntheticTask(
  rows: number,
  features: number,
  classes: number,
): { x: Float32Array; y: Float32Array } {
  const random = seededRandom(1);
  const w = Float32Array.from({ length: features * classes }, () => random() * 2 - 1);
  const x = Float32Array.from({ length: rows * features }, () => random() * 2 - 1);
  const y = new Float32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < classes; k++) {
      let s = 0;
      for (let j = 0; j < features; j++) s += x[i * features + j]! * w[j * classes + k]!;
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    y[i] = best;
  }
  return { x, y };
}
