import { extname } from "node:path";
import { MlgateError } from "../errors.js";
import type { ChunkSource } from "./source.js";
import type { ReadOptions } from "./table.js";

/**
 * The format of a data file: the one configured, else the one its extension says. A module of its
 * own, without the readers, so that the CLI can tell a CSV file before it loads them (prestartPipe).
 */
export function detectFormat(path: string, format: ReadOptions["format"] = "auto"): ChunkSource["format"] {
  if (format && format !== "auto") return format;
  const ext = extname(path).toLowerCase();
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt" || ext === "") return "csv";
  throw new MlgateError(`cannot tell the format of '${path}' from its extension '${ext}'`, {
    location: { file: path },
    hint: "use a .csv, .tsv, .jsonl or .parquet file, or set `data.format` in mlgate.yml",
  });
}
