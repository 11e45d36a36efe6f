import type { DriftColumnInput, DriftSide } from "../../src/core/drift/side.js";
import { seededRandom } from "../../src/core/stats/random.js";

/** Standard normal draws by Box–Muller from the seeded uniform generator. */
export function normals(random: () => number, n: number, mean = 0, sd = 1): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = mean + sd * r * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = mean + sd * r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

export function numericColumn(name: string, values: Float64Array, missing = 0): DriftColumnInput {
  return { name, kind: "numeric", rows: values.length + missing, missing, values };
}

/** Categorical column of `n` draws from `shares` (categories "a", "b", … in order). */
export function categoricalColumn(
  random: () => number,
  name: string,
  n: number,
  shares: number[],
): DriftColumnInput {
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    let u = random();
    let k = 0;
    while (k < shares.length - 1 && u >= shares[k]!) u -= shares[k++]!;
    const key = String.fromCharCode(97 + k);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { name, kind: "categorical", rows: n, missing: 0, counts, exact: true };
}

export interface SideSpec {
  rows: number;
  meanShift?: number;
  /** Points of share moved from the last category to the first. */
  categoryShift?: number;
  /** Share of missing cells in column n0. */
  missing?: number;
}

export const CATEGORY_SHARES = [0.4, 0.3, 0.2, 0.1];

/**
 * Ten columns: n0–n7 numeric (normal; a mean shift applies to n0), c0–c1 categorical (a category
 * shift applies to c0). Missing cells in n0 at the given share.
 */
export function side(seed: number, spec: SideSpec): DriftSide {
  const random = seededRandom(seed);
  const columns: DriftColumnInput[] = [];
  for (let j = 0; j < 8; j++) {
    const shift = j === 0 ? (spec.meanShift ?? 0) : 0;
    let values = normals(random, spec.rows, shift);
    let missing = 0;
    if (j === 0 && spec.missing) {
      const kept = values.filter(() => random() >= spec.missing!);
      missing = values.length - kept.length;
      values = kept;
    }
    columns.push(numericColumn(`n${j}`, values, missing));
  }
  for (let j = 0; j < 2; j++) {
    const shares = [...CATEGORY_SHARES];
    if (j === 0 && spec.categoryShift) {
      shares[0]! += spec.categoryShift;
      shares[3]! -= spec.categoryShift;
    }
    columns.push(categoricalColumn(random, `c${j}`, spec.rows, shares));
  }
  return { rows: spec.rows, columns };
}
