import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Values computed once by scripts/fixtures/drift.py (scipy, numpy). */
export interface DriftReference {
  ks: { name: string; a: number[]; b: number[]; statistic: number; pvalue: number; method: string }[];
  kstwo: { n: number; x: number; sf: number }[];
  chi2: { reference: number[]; current: number[]; statistic: number; pvalue: number; dof: number }[];
  jensenshannon: { p: number[]; q: number[]; distance: number }[];
  wasserstein: { u: number[]; v: number[]; distance: number }[];
  bh: { p: number[]; adjusted: number[] }[];
  missing: { reference: [number, number]; current: [number, number]; z: number; pvalue: number }[];
  psi: { u: number[]; v: number[]; edges: number[]; psi: number }[];
}

export const reference: DriftReference = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/drift/reference.json", import.meta.url)), "utf8"),
);
