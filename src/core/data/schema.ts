import {
  DATA_SCHEMA,
  type DataSchema,
  dataSchemaContract,
  type SchemaColumn,
} from "../contracts/data-schema.js";
import type { ColumnProfile, Profile } from "../contracts/profile.js";
import { MlgateError } from "../errors.js";
import { loadContractFile } from "./contract-io.js";
import type { ColumnRules } from "./scan.js";
import { byText } from "./sketch/frequent.js";

/** A categorical domain is written into the schema only up to this many values. */
export const MAX_DOMAIN = 100;
/** The range is the 1%–99% quantile range widened by this many interquartile ranges on each side. */
export const RANGE_IQR_MARGIN = 1.5;

function inferRange(col: ColumnProfile): SchemaColumn["range"] {
  const num = col.numeric;
  if (!num || (col.type !== "int" && col.type !== "float")) return undefined;
  const q = num.quantiles;
  const iqr = (q.p75 ?? 0) - (q.p25 ?? 0);
  let min = (q.p1 ?? num.min) - RANGE_IQR_MARGIN * iqr;
  let max = (q.p99 ?? num.max) + RANGE_IQR_MARGIN * iqr;
  // A quantity never seen below zero (a count, a mass) keeps zero as its floor.
  if (num.min >= 0 && min < 0) min = 0;
  if (col.type === "int") {
    min = Math.floor(min);
    max = Math.ceil(max);
  } else if (max > min) {
    // Round outward to three digits below the spread, so a committed schema reads 20.7, not 20.750000000000004.
    const step = 10 ** (Math.floor(Math.log10(max - min)) - 3);
    min = Number((Math.floor(min / step) * step).toPrecision(12));
    max = Number((Math.ceil(max / step) * step).toPrecision(12));
  }
  return { min, max };
}

function inferDomain(col: ColumnProfile): SchemaColumn["domain"] {
  if (col.type !== "string" && col.type !== "bool") return undefined;
  if (!col.frequent.exact || col.frequent.items.length > MAX_DOMAIN) return undefined;
  return col.frequent.items.map((i) => i.value).sort(byText);
}

/** Schema from a profile: types, required columns, missing fractions, domains, robust ranges, label classes. */
export function inferSchema(profile: Profile, label?: string): DataSchema {
  if (label !== undefined && !profile.columns.some((c) => c.name === label)) {
    throw new MlgateError(`label column '${label}' is not in the data`, {
      location: { key: label },
      hint: `columns are: ${profile.columns.map((c) => c.name).join(", ")}`,
    });
  }
  const columns = profile.columns.map((col): SchemaColumn => {
    const missing = col.count ? col.missing / col.count : 0;
    // Headroom over what was seen, so that a new sample of the same process passes.
    const maxMissing = missing === 0 ? 0 : Math.min(1, Math.ceil((missing * 1.5 + 0.01) * 1000) / 1000);
    return {
      name: col.name,
      type: col.type,
      required: true,
      nullable: missing > 0,
      max_missing: maxMissing,
      domain: col.name === label ? undefined : inferDomain(col),
      range: inferRange(col),
    };
  });
  const labelCol = label === undefined ? undefined : profile.columns.find((c) => c.name === label);
  const classes =
    labelCol?.frequent.exact && labelCol.type !== "float"
      ? labelCol.frequent.items.map((i) => i.value).sort(byText)
      : undefined;
  return { schema: DATA_SCHEMA, label, classes, columns };
}

/** Reads a committed schema (JSON or YAML) with errors that name the file and key. */
export function loadSchema(path: string): Promise<DataSchema> {
  return loadContractFile(path, dataSchemaContract, {
    name: "data schema",
    missingHint: "create one with `mlgate schema infer --data <file> --out <schema file>`",
    invalidHint: "regenerate it with `mlgate schema infer`, or fix the key named above",
  });
}

/** The per-column rules a scan enforces from a schema. */
export function rulesFromSchema(schema: DataSchema | undefined): Map<string, ColumnRules> {
  const rules = new Map<string, ColumnRules>();
  for (const col of schema?.columns ?? []) {
    // The label's known classes are its domain; new ones are reported by `label.new_values`.
    const domain = col.name === schema?.label ? schema.classes : col.domain;
    rules.set(col.name, { range: col.range, domain: domain ? new Set(domain.map(String)) : undefined });
  }
  return rules;
}
