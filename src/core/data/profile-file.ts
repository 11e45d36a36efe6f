import { PROFILE_SCHEMA, type Profile, profileContract } from "../contracts/profile.js";
import { CELL_MISSING } from "./cells.js";
import { ColumnAccumulator } from "./profile.js";
import { HLL_P, HLL_RELATIVE_ERROR, HyperLogLog } from "./sketch/hll.js";
import { KLL_RANK_ERROR } from "./sketch/kll.js";

/**
 * profile.json (`mlgate/profile@1`) as a whole: built from a scan's column statistics and row
 * figures, or merged from the profiles of shards of one dataset.
 */

/** The dataset-level figures of a profile, from the row checks (see RowTracker in scan.ts). */
export interface RowFigures {
  rows: number;
  duplicateRows: number;
  duplicateRowsExact: boolean;
  /** Sketch of whole-row hashes (label included). */
  rowHashes: HyperLogLog;
  label?: string;
}

/** The profile of a scanned file: its columns' statistics and the row figures. */
export function buildProfile(
  columns: ColumnAccumulator[],
  rows: RowFigures,
  sources: Profile["sources"],
): Profile {
  return {
    schema: PROFILE_SCHEMA,
    sources,
    rows: rows.rows,
    duplicate_rows: rows.duplicateRows,
    duplicate_rows_exact: rows.duplicateRowsExact,
    row_hashes: rows.rowHashes.toJSON(),
    label: rows.label,
    columns: columns.map((c) => c.toProfile()),
    errors: { quantile_rank: KLL_RANK_ERROR, distinct_relative: HLL_RELATIVE_ERROR },
  };
}

/**
 * Merges profiles of shards of one dataset into the profile of the whole: counts and moments
 * exactly, sketches within their stated errors. Columns are matched by name; a column absent from
 * a shard counts as missing there. Duplicates across shards are estimated from the row-hash
 * sketches (rows − distinct rows), never below the sum of the shards' exact counts.
 */
export function mergeProfiles(profiles: Profile[]): Profile {
  if (profiles.length === 0) throw new Error("mergeProfiles needs at least one profile");
  const names: string[] = [];
  for (const p of profiles) for (const c of p.columns) if (!names.includes(c.name)) names.push(c.name);
  const merged = names.map((n) => new ColumnAccumulator(n));
  const rowHashes = new HyperLogLog(HLL_P);
  let rows = 0;
  let duplicates = 0;
  for (const p of profiles) {
    rows += p.rows;
    duplicates += p.duplicate_rows;
    rowHashes.merge(HyperLogLog.from(p.row_hashes));
    names.forEach((name, i) => {
      const col = p.columns.find((c) => c.name === name);
      const acc = merged[i]!;
      if (col) acc.merge(ColumnAccumulator.fromProfile(col));
      else acc.kinds[CELL_MISSING]! += p.rows;
    });
  }
  const exact = profiles.length === 1 && profiles[0]!.duplicate_rows_exact;
  const estimated = Math.max(0, rows - rowHashes.estimate());
  const labels = new Set(profiles.map((p) => p.label));
  return profileContract.parse({
    schema: PROFILE_SCHEMA,
    sources: profiles.flatMap((p) => p.sources),
    rows,
    duplicate_rows: exact ? duplicates : Math.max(duplicates, estimated),
    duplicate_rows_exact: exact,
    row_hashes: rowHashes.toJSON(),
    label: labels.size === 1 ? profiles[0]!.label : undefined,
    columns: merged.map((c) => c.toProfile()),
    errors: { quantile_rank: KLL_RANK_ERROR, distinct_relative: HLL_RELATIVE_ERROR },
  });
}
