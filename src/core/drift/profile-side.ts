import type { ColumnProfile, Profile } from "../contracts/profile.js";
import type { CategoricalCounts, DriftColumnInput, DriftSide } from "./side.js";

/**
 * One side of a comparison from a profile (a profile.json, a registry version's training profile,
 * or data past `drift.exact_max_rows` profiled on the fly). Typing follows the profile's: int,
 * float and datetime columns are numeric and known by their summary (KLL sketch, moments,
 * histogram); bool and string columns are categorical and known by their frequent values, exact
 * when the Misra–Gries table never filled (`frequent.exact`). A numeric column with no finite
 * value has no summary and counts as all missing.
 */
export function profileSide(profile: Profile, opts: { exclude?: (name: string) => boolean } = {}): DriftSide {
  const columns: DriftColumnInput[] = [];
  for (const c of profile.columns) {
    if (opts.exclude?.(c.name)) continue;
    columns.push(profileColumn(c, profile.rows, profile.errors.quantile_rank));
  }
  return { rows: profile.rows, columns };
}

function profileColumn(c: ColumnProfile, rows: number, rankError: number): DriftColumnInput {
  const numeric = c.type === "int" || c.type === "float" || c.type === "datetime";
  if (numeric && c.numeric) {
    // Non-finite numbers (NaN, ±Inf) are not in the summary: they count with the missing cells,
    // as the data reader does with them, so both kinds of side agree on what "missing" means.
    return {
      name: c.name,
      kind: "numeric",
      rows,
      missing: rows - c.numeric.count,
      summary: c.numeric,
      rankError,
      ...(c.type === "datetime" ? { datetime: true } : {}),
    };
  }
  if (numeric) {
    return { name: c.name, kind: "categorical", rows, missing: rows, counts: new Map(), exact: true };
  }
  const counts = new Map<string, number>();
  for (const item of c.frequent.items) counts.set(String(item.value), item.count);
  const out: CategoricalCounts = {
    name: c.name,
    kind: "categorical",
    rows,
    missing: Math.min(rows, c.missing),
    counts,
    exact: c.frequent.exact,
  };
  if (!c.frequent.exact) out.maxError = c.frequent.max_error;
  return out;
}
