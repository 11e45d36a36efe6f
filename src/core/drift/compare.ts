import type { DriftColumnPolicy, DriftConfig } from "../config/sections/drift.js";
import type { DriftColumn, DriftReport, DriftTest } from "../contracts/drift.js";
import { MlgateError } from "../errors.js";
import { benjaminiHochbergAdjust } from "../stats/tests.js";
import { categoryTable, MAX_NAMED_CATEGORIES, newAndVanished } from "./categorical.js";
import { binShares } from "./numeric.js";
import {
  type CategoricalPair,
  categoricalSample,
  type NumericPair,
  numericAsCategorical,
  numericSample,
  OTHER,
  type PreparedPair,
  psiEdges,
} from "./prepare.js";
import { type DriftColumnInput, type DriftSide, isSketch } from "./side.js";
import { DRIFT_TESTS, type DriftTestId, defaultTests, isDriftTestId, type TestChoice } from "./tests.js";

/** What `compareSides` decides; the door adds sources, model and time to make a `DriftReport`. */
export type DriftComparison = Pick<
  DriftReport,
  | "mode"
  | "alpha"
  | "correction"
  | "drift_share"
  | "drift_share_threshold"
  | "status"
  | "drifted"
  | "drifted_columns"
  | "columns"
>;

/** Categories drawn in a column's chart; the rest are summed into "(other)". */
export const CHART_CATEGORIES = 9;

const NUMERIC_TESTS: DriftTestId[] = ["ks", "wasserstein", "psi", "missing_rate", "out_of_range"];
const CATEGORICAL_TESTS: DriftTestId[] = ["chi2", "jensen_shannon", "linf", "missing_rate", "out_of_range"];

interface Pending {
  column: DriftColumn;
  pair: PreparedPair | null;
  choice: TestChoice;
  /** Enough non-null rows on both sides for the distribution tests to decide. */
  sufficient: boolean;
  /** Enough rows on both sides for the missing-rate test to decide. */
  missingDecides: boolean;
  effect: number | null;
}

/**
 * Compares every column of `reference` with the column of the same name in `current`, then decides.
 *
 * - Tests: numeric columns get KS, Wasserstein, PSI; categorical ones χ², Jensen–Shannon, L∞; every
 *   column the missing-rate change and the out-of-range share. `p_test` / `effect_test` are chosen
 *   by kind and cardinality (`defaultTests`) unless the column's policy names others.
 * - Decision: Benjamini–Hochberg over the family of every deciding column's p_test p-value and its
 *   missing-rate p-value. A column drifts when its adjusted p ≤ alpha AND its effect size ≥ its
 *   threshold — for its p_test/effect_test pair, or for the missing-rate change (|Δ| ≥ its
 *   threshold), so a column that went missing is seen even though its values cannot be compared.
 * - A column with fewer than `min_rows` non-null current rows is `insufficient_data` with
 *   `rows_needed` (unless its missing rate drifted); one whose reference has fewer than `min_rows`
 *   non-null rows is `insufficient_data` without it (more current rows would not help).
 * - One-sided columns: a column only in the reference is compared with a current column that is
 *   missing in every row (its missing rate then tells); a column only in the current (say an
 *   inference log's request id) has nothing to be compared with: `insufficient_data`, no tests.
 *   A column numeric on one side and categorical on the other is compared as categorical (numbers as
 *   their text); when the numeric side is a sketch it cannot be, and is `insufficient_data`.
 * - Dataset: `drift_share` = drifted / columns with a decision (drift or no_drift); the dataset
 *   drifts when that reaches `policy.drift_share` or a `critical` column drifts, and is
 *   `insufficient_data` when no column has a decision.
 * - Mode: `sketch` when any compared column came from a sketch on either side, else `exact`.
 */
export function compareSides(reference: DriftSide, current: DriftSide, policy: DriftConfig): DriftComparison {
  const curByName = new Map(current.columns.map((c) => [c.name, c]));
  const refNames = new Set(reference.columns.map((c) => c.name));
  const pending: Pending[] = [];
  let sketchMode = false;
  for (const ref of reference.columns) {
    const colPolicy = policy.columns[ref.name];
    if (colPolicy?.ignore) continue;
    const cur = curByName.get(ref.name) ?? absentColumn(ref, current.rows);
    if (usesSketch(ref) || usesSketch(cur)) sketchMode = true;
    pending.push(prepareColumn(ref, cur, policy, colPolicy));
  }
  for (const cur of current.columns) {
    if (refNames.has(cur.name) || policy.columns[cur.name]?.ignore) continue;
    pending.push(currentOnly(cur, reference.rows, policy));
  }

  // One BH family: each deciding column's p_test, and its missing-rate test.
  const family: { at: Pending; test: DriftTest; main: boolean }[] = [];
  for (const p of pending) {
    const main = p.column.tests.find((t) => t.test === p.choice.p_test);
    if (p.sufficient && main) family.push({ at: p, test: main, main: true });
    const miss = p.column.tests.find((t) => t.test === "missing_rate");
    if (p.missingDecides && miss && p.choice.p_test !== "missing_rate")
      family.push({ at: p, test: miss, main: false });
  }
  const adjusted = benjaminiHochbergAdjust(family.map((f) => f.test.p_value ?? 1));
  const missingThreshold = policy.thresholds.missing_rate ?? DRIFT_TESTS.missing_rate.defaultThreshold;
  family.forEach((f, i) => {
    const adj = adjusted[i]!;
    const col = f.at.column;
    if (f.main) {
      col.adjusted_p_value = adj;
      if (adj <= policy.alpha && (f.at.effect ?? 0) >= col.effect_threshold) col.drifted = true;
    } else {
      const drifted = adj <= policy.alpha && Math.abs(f.test.statistic) >= missingThreshold;
      f.test.detail = { ...f.test.detail, adjusted_p_value: adj, threshold: missingThreshold, drifted };
      if (drifted) col.drifted = true;
    }
  });

  let decided = 0;
  let criticalDrift = false;
  const driftedColumns: string[] = [];
  for (const p of pending) {
    const col = p.column;
    if (col.drifted) {
      col.status = "drift";
      driftedColumns.push(col.name);
      if (col.critical) criticalDrift = true;
    } else col.status = p.sufficient ? "no_drift" : "insufficient_data";
    if (col.status !== "insufficient_data") {
      decided++;
      delete col.rows_needed;
    }
    assertFinite(col);
  }
  const share = decided > 0 ? driftedColumns.length / decided : 0;
  const drifted = decided > 0 && (share >= policy.drift_share || criticalDrift);
  return {
    mode: sketchMode ? "sketch" : "exact",
    alpha: policy.alpha,
    correction: "benjamini-hochberg",
    drift_share: share,
    drift_share_threshold: policy.drift_share,
    status: decided === 0 ? "insufficient_data" : drifted ? "drift" : "no_drift",
    drifted,
    drifted_columns: driftedColumns,
    columns: pending.map((p) => p.column),
  };
}

function usesSketch(c: DriftColumnInput): boolean {
  return isSketch(c) || (c.kind === "categorical" && !c.exact);
}

/** The current side of a column the current data does not have: every row missing. */
function absentColumn(ref: DriftColumnInput, rows: number): DriftColumnInput {
  if (ref.kind === "numeric")
    return { name: ref.name, kind: "numeric", rows, missing: rows, values: new Float64Array(0) };
  return { name: ref.name, kind: "categorical", rows, missing: rows, counts: new Map(), exact: true };
}

function blankColumn(
  name: string,
  kind: "numeric" | "categorical",
  ref: { rows: number; missing: number },
  cur: { rows: number; missing: number },
  choice: TestChoice,
  threshold: number,
  critical: boolean,
): DriftColumn {
  return {
    name,
    kind,
    reference: ref,
    current: cur,
    tests: [],
    p_test: choice.p_test,
    effect_test: choice.effect_test,
    p_value: null,
    adjusted_p_value: null,
    effect_size: null,
    effect_threshold: threshold,
    critical,
    status: "insufficient_data",
    drifted: false,
  };
}

function currentOnly(cur: DriftColumnInput, refRows: number, policy: DriftConfig): Pending {
  const choice = defaultTests(cur.kind, cur.kind === "categorical" ? cur.counts.size : 0);
  const column = blankColumn(
    cur.name,
    cur.kind,
    { rows: refRows, missing: refRows },
    { rows: cur.rows, missing: cur.missing },
    choice,
    thresholdOf(choice.effect_test, policy, undefined),
    policy.columns[cur.name]?.critical ?? false,
  );
  return { column, pair: null, choice, sufficient: false, missingDecides: false, effect: null };
}

function thresholdOf(id: DriftTestId, policy: DriftConfig, col: DriftColumnPolicy | undefined): number {
  return col?.threshold ?? policy.thresholds[id] ?? DRIFT_TESTS[id].defaultThreshold;
}

function chooseTests(
  name: string,
  kind: "numeric" | "categorical",
  categories: number,
  col: DriftColumnPolicy | undefined,
): TestChoice {
  const choice = defaultTests(kind, categories);
  for (const key of ["p_test", "effect_test"] as const) {
    const id = col?.[key];
    if (id === undefined) continue;
    const spec = isDriftTestId(id) ? DRIFT_TESTS[id] : undefined;
    const valid = Object.values(DRIFT_TESTS)
      .filter((t) => t.appliesTo.includes(kind) && (key === "effect_test" || t.hasPValue))
      .map((t) => t.id);
    if (!spec || !valid.includes(spec.id)) {
      throw new MlgateError(
        `drift.columns.${name}.${key}: "${id}" cannot be the ${key} of a ${kind} column`,
        {
          location: { key: `drift.columns.${name}.${key}` },
          hint: `Use one of: ${valid.join(", ")}.`,
        },
      );
    }
    choice[key] = spec.id;
  }
  return choice;
}

function prepareColumn(
  refIn: DriftColumnInput,
  curIn: DriftColumnInput,
  policy: DriftConfig,
  colPolicy: DriftColumnPolicy | undefined,
): Pending {
  let ref = refIn;
  let cur = curIn;
  if (ref.kind !== cur.kind) {
    ref = numericAsCategorical(ref);
    cur = numericAsCategorical(cur);
  }
  const refCounts = { rows: ref.rows, missing: ref.missing };
  const curCounts = { rows: cur.rows, missing: cur.missing };
  const kind = ref.kind;
  const categories =
    ref.kind === "categorical" && cur.kind === "categorical"
      ? new Set([...ref.counts.keys(), ...cur.counts.keys()]).size
      : 0;
  const choice = chooseTests(ref.name, kind, categories, colPolicy);
  const column = blankColumn(
    ref.name,
    kind,
    refCounts,
    curCounts,
    choice,
    thresholdOf(choice.effect_test, policy, colPolicy),
    colPolicy?.critical ?? false,
  );
  const pending: Pending = {
    column,
    pair: null,
    choice,
    sufficient: false,
    missingDecides: ref.rows >= policy.min_rows && cur.rows >= policy.min_rows,
    effect: null,
  };
  const missing = DRIFT_TESTS.missing_rate.run({ refCounts, curCounts } as PreparedPair);
  if (ref.kind !== cur.kind) {
    // Numeric sketch on one side, categories on the other: only the missing rate compares.
    column.tests.push(missing);
    return pending;
  }
  const refNonNull = ref.rows - ref.missing;
  const curNonNull = cur.rows - cur.missing;
  if (curNonNull < policy.min_rows) column.rows_needed = policy.min_rows - curNonNull;
  if (refNonNull === 0 || curNonNull === 0) {
    column.tests.push(missing);
    return pending;
  }
  const pair: PreparedPair =
    ref.kind === "numeric"
      ? numericPair(ref.name, refCounts, curCounts, ref, cur)
      : ({
          kind: "categorical",
          name: ref.name,
          refCounts,
          curCounts,
          ref: categoricalSample(ref),
          cur: categoricalSample(cur),
        } satisfies CategoricalPair);
  pending.pair = pair;
  const ids = new Set<DriftTestId>([
    ...(kind === "numeric" ? NUMERIC_TESTS : CATEGORICAL_TESTS),
    choice.p_test,
    choice.effect_test,
  ]);
  for (const id of ids) column.tests.push(id === "missing_rate" ? missing : DRIFT_TESTS[id].run(pair));
  const pTest = column.tests.find((t) => t.test === choice.p_test)!;
  const eTest = column.tests.find((t) => t.test === choice.effect_test)!;
  column.p_value = pTest.p_value;
  pending.effect = DRIFT_TESTS[choice.effect_test].effect(eTest);
  column.effect_size = pending.effect;
  pending.sufficient = curNonNull >= policy.min_rows && refNonNull >= policy.min_rows;
  column.distribution = distributionOf(pair);
  if (pair.kind === "categorical") {
    const { added, vanished } = newAndVanished(pair);
    if (added.length) column.new_categories = added.slice(0, MAX_NAMED_CATEGORIES);
    if (vanished.length) column.vanished_categories = vanished.slice(0, MAX_NAMED_CATEGORIES);
  }
  return pending;
}

function numericPair(
  name: string,
  refCounts: { rows: number; missing: number },
  curCounts: { rows: number; missing: number },
  ref: DriftColumnInput,
  cur: DriftColumnInput,
): NumericPair {
  const r = numericSample(ref);
  return { kind: "numeric", name, refCounts, curCounts, ref: r, cur: numericSample(cur), edges: psiEdges(r) };
}

const fmt = (x: number): string => String(Number(x.toPrecision(4)));

/** Reference and current shares for the report's chart: the PSI bins, or the top categories. */
function distributionOf(pair: PreparedPair): DriftColumn["distribution"] {
  if (pair.kind === "numeric") {
    const e = pair.edges;
    if (e.length === 0) return undefined;
    const bins = [`≤ ${fmt(e[0]!)}`];
    for (let i = 1; i < e.length; i++) bins.push(`(${fmt(e[i - 1]!)}, ${fmt(e[i]!)}]`);
    bins.push(`> ${fmt(e[e.length - 1]!)}`);
    return { bins, reference: binShares(pair.ref, e), current: binShares(pair.cur, e) };
  }
  const t = categoryTable(pair);
  const nr = Math.max(1, pair.ref.n);
  const nc = Math.max(1, pair.cur.n);
  const rows = t.categories.map((k, i) => ({ k, r: t.ref[i]! / nr, c: t.cur[i]! / nc }));
  rows.sort((a, b) => b.r + b.c - (a.r + a.c));
  const top = rows.filter((x) => x.k !== OTHER).slice(0, CHART_CATEGORIES);
  const rest = rows.filter((x) => !top.includes(x));
  const bins = top.map((x) => x.k);
  const reference = top.map((x) => x.r);
  const current = top.map((x) => x.c);
  if (rest.length) {
    bins.push(OTHER);
    reference.push(rest.reduce((a, x) => a + x.r, 0));
    current.push(rest.reduce((a, x) => a + x.c, 0));
  }
  return { bins, reference, current };
}

/** NaN or ±Infinity must never reach drift.json: a non-finite figure here is a bug in a test. */
function assertFinite(col: DriftColumn): void {
  const bad = (x: number | null | undefined): boolean => x !== null && x !== undefined && !Number.isFinite(x);
  const figures: (number | null | undefined)[] = [
    col.p_value,
    col.adjusted_p_value,
    col.effect_size,
    col.effect_threshold,
  ];
  for (const t of col.tests) {
    figures.push(t.statistic, t.p_value, t.error);
    for (const v of Object.values(t.detail ?? {})) if (typeof v === "number") figures.push(v);
  }
  if (col.distribution) figures.push(...col.distribution.reference, ...col.distribution.current);
  if (figures.some(bad)) throw new Error(`drift: a non-finite figure in column ${col.name}`);
}
