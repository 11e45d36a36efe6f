import { INFERENCE_LOG_FIELDS as F, INFERENCE_LOG_SCHEMA } from "../contracts/inference-log.js";
import type { CellValue } from "../data/table.js";
import type { ScoredRows, ServedIdentity } from "./model.js";

/**
 * One scored request as the handler hands it to the inference log: references to what the response
 * was built from, so the response path only queues it; the lines are built by the log's writer.
 */
export interface ScoredBatch {
  requestId: string;
  /** ISO 8601 time the request was scored. */
  time: string;
  columns: ReadonlyMap<string, readonly CellValue[]>;
  scored: ScoredRows;
}

/** Where the handler puts scored requests; it must return at once and never throw. */
export interface InferenceSink {
  offer(batch: ScoredBatch): void;
}

/**
 * The mlgate/inference-log@1 lines of a batch: the row's features at the top level, then the
 * `_mlgate_*` fields. `keep(i)` picks the rows written (the sampling rate).
 */
export function inferenceLogLines(
  batch: ScoredBatch,
  identity: ServedIdentity,
  classes: readonly string[],
  keep: (row: number) => boolean,
): { text: string; rows: number } {
  const { scored } = batch;
  const names = [...batch.columns.keys()];
  const cols = names.map((n) => batch.columns.get(n)!);
  let text = "";
  let rows = 0;
  const k = classes.length;
  for (let i = 0; i < scored.rows; i++) {
    if (!keep(i)) continue;
    const record: Record<string, unknown> = {};
    for (let j = 0; j < names.length; j++) record[names[j]!] = cols[j]![i] ?? null;
    record[F.schema] = INFERENCE_LOG_SCHEMA;
    record[F.time] = batch.time;
    record[F.requestId] = batch.requestId;
    record[F.row] = i;
    record[F.model] = identity.name;
    if (identity.version !== undefined) record[F.version] = identity.version;
    record[F.digest] = identity.digest;
    if (scored.task === "classification") {
      record[F.prediction] = scored.labels[i];
      const p: Record<string, number> = {};
      for (let c = 0; c < k; c++) p[classes[c]!] = scored.proba[i * k + c]!;
      record[F.probabilities] = p;
    } else {
      record[F.prediction] = scored.values[i];
    }
    text += `${JSON.stringify(record)}\n`;
    rows++;
  }
  return { text, rows };
}
