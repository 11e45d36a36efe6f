import {
  DATA_SCHEMA,
  type DataSchema,
  dataSchemaContract,
  type SchemaColumn,
} from "../contracts/data-schema.js";
import type { ColumnProfile, Profile } from "../contracts/profile.js";
import { MlgateError } from "../errors.js";
import { loadContractFile } from "./contract-io.js";
import { readableRange } from "./readable.js";
import type { ColumnRules } from "./scan.js";
import { byText } from "./sketch/frequent.js";
import { KllSketch } from "./sketch/kll.js";

/** A categorical domain is written into the schema only up to this many values. */
export const MAX_DOMAIN = 100;

/** How `inferSchema` turns what it saw into allowances; each default is explained in the emitted YAML. */
export interface InferOptions {
  /**
   * Each end of a numeric range is moved out by this fraction of the covered span, so that a new
   * sample of the same source (whose extremes are beyond the inferred file's about as often as not)
   * still passes.
   */
  rangeMargin?: number;
  /**
   * 0: the range covers the observed minimum and maximum (exact, from the profile). Above 0: it
   * covers the q and 1 − q quantiles instead (from the sketch), for files whose extremes are errors
   * that the schema should not bless; the values beyond them then count against `range`.
   */
  rangeQuantile?: number;
  /** Added to 1.5 × the observed missing fraction: the `max_missing` of a column that had none. */
  missingSlack?: number;
}

export const INFER_DEFAULTS: Required<InferOptions> = {
  rangeMargin: 0.1,
  rangeQuantile: 0,
  missingSlack: 0.01,
};
/** The observed missing fraction is scaled by this before the slack is added. */
export const MISSING_HEADROOM = 1.5;

/** The options with defaults filled in; a value out of range is a user error naming its flag. */
export function resolveInferOptions(options: InferOptions): Required<InferOptions> {
  const o = { ...INFER_DEFAULTS, ...options };
  const bad = (flag: string, value: number, expected: string) =>
    new MlgateError(`${flag} ${value} is out of range`, { hint: `${flag} takes ${expected}` });
  if (!(o.rangeMargin >= 0) || !Number.isFinite(o.rangeMargin))
    throw bad("--range-margin", o.rangeMargin, "a fraction of the span, 0 or more (e.g. 0.1)");
  if (!(o.rangeQuantile >= 0 && o.rangeQuantile < 0.5))
    throw bad(
      "--range-quantile",
      o.rangeQuantile,
      "a quantile below 0.5 (0: the exact min and max; e.g. 0.01)",
    );
  if (!(o.missingSlack >= 0 && o.missingSlack <= 1))
    throw bad("--missing-slack", o.missingSlack, "a fraction between 0 and 1 (e.g. 0.01)");
  return o;
}

/** The numbers a range was inferred from, for the comment beside it in the emitted YAML. */
export interface RangeBasis {
  low: number;
  high: number;
}

function inferRange(
  col: ColumnProfile,
  o: Required<InferOptions>,
): (RangeBasis & { min: number; max: number }) | undefined {
  const num = col.numeric;
  if (!num || num.count === 0 || (col.type !== "int" && col.type !== "float")) return undefined;
  let low = num.min;
  let high = num.max;
  if (o.rangeQuantile > 0) {
    const kll = KllSketch.from(num.sketch);
    low = kll.quantile(o.rangeQuantile);
    high = kll.quantile(1 - o.rangeQuantile);
  }
  // A constant column has no span: its margin is taken from its magnitude instead.
  const span = high > low ? high - low : Math.abs(high);
  let min = low - o.rangeMargin * span;
  let max = high + o.rangeMargin * span;
  // A quantity never seen below zero (a count, a mass, rain) keeps zero as its floor.
  if (num.min >= 0 && min < 0) min = 0;
  if (col.type === "int") {
    min = Math.floor(min);
    max = Math.ceil(max);
  } else {
    ({ min, max } = readableRange(min, max));
  }
  return { min, max, low, high };
}

function inferDomain(col: ColumnProfile): SchemaColumn["domain"] {
  if (col.type !== "string" && col.type !== "bool") return undefined;
  if (!col.frequent.exact || col.frequent.items.length > MAX_DOMAIN) return undefined;
  return col.frequent.items.map((i) => i.value).sort(byText);
}

export interface InferredSchema {
  schema: DataSchema;
  /** What each column's range was inferred from (observed extremes or quantiles), by column name. */
  basis: Map<string, RangeBasis>;
  options: Required<InferOptions>;
}

/**
 * Schema from a profile: types, required columns, missing allowances, domains, ranges, label classes.
 * Invariant: with the default options (and any margin ≥ 0 and slack ≥ 0 with `rangeQuantile` 0),
 * the file the profile was made from passes the schema's range, domain and missing rules.
 */
export function inferSchema(profile: Profile, label?: string, options: InferOptions = {}): InferredSchema {
  const o = resolveInferOptions(options);
  if (label !== undefined && !profile.columns.some((c) => c.name === label)) {
    throw new MlgateError(`label column '${label}' is not in the data`, {
      location: { key: label },
      hint: `columns are: ${profile.columns.map((c) => c.name).join(", ")}`,
    });
  }
  const basis = new Map<string, RangeBasis>();
  const columns = profile.columns.map((col): SchemaColumn => {
    const missing = col.count ? col.missing / col.count : 0;
    // Rounded up to a tenth of a percent: the observed fraction itself always passes.
    const maxMissing = Math.min(1, Math.ceil((missing * MISSING_HEADROOM + o.missingSlack) * 1000) / 1000);
    const range = inferRange(col, o);
    if (range) basis.set(col.name, { low: range.low, high: range.high });
    return {
      name: col.name,
      type: col.type,
      required: true,
      nullable: maxMissing > 0,
      max_missing: maxMissing,
      domain: col.name === label ? undefined : inferDomain(col),
      range: range ? { min: range.min, max: range.max } : undefined,
    };
  });
  const labelCol = label === undefined ? undefined : profile.columns.find((c) => c.name === label);
  const classes =
    labelCol?.frequent.exact && labelCol.type !== "float"
      ? labelCol.frequent.items.map((i) => i.value).sort(byText)
      : undefined;
  return { schema: { schema: DATA_SCHEMA, label, classes, columns }, basis, options: o };
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
