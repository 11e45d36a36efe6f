import type { DriftTest } from "../contracts/drift.js";
import type { PreparedPair } from "./prepare.js";

/** Every drift test mlgate knows, by the id used in drift.json and mlgate.yml. */
export type DriftTestId =
  | "ks"
  | "wasserstein"
  | "psi"
  | "chi2"
  | "jensen_shannon"
  | "linf"
  | "missing_rate"
  | "out_of_range";

export type ColumnKind = "numeric" | "categorical";

/**
 * One registered drift test. `run` compares the prepared reference and current of one column;
 * `effect` reads the effect size from its result (the figure compared with the threshold when the
 * test is a column's `effect_test`); `defaultThreshold` is that figure's default threshold.
 */
export interface DriftTestSpec {
  id: DriftTestId;
  appliesTo: readonly ColumnKind[];
  /** True when the test yields a p-value (it may then be a column's `p_test`). */
  hasPValue: boolean;
  defaultThreshold: number;
  effect(result: DriftTest): number;
  run(pair: PreparedPair): DriftTest;
}

export const DRIFT_TESTS: Record<DriftTestId, DriftTestSpec> = {} as Record<DriftTestId, DriftTestSpec>;

export interface TestChoice {
  p_test: DriftTestId;
  effect_test: DriftTestId;
}

/** The default p_test / effect_test of a column by its kind and cardinality. */
export function defaultTests(kind: ColumnKind, categories: number): TestChoice {
  if (kind === "numeric") return { p_test: "ks", effect_test: "wasserstein" };
  return { p_test: "chi2", effect_test: categories > 50 ? "linf" : "jensen_shannon" };
}
