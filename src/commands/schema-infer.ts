import { Document, type YAMLMap } from "yaml";
import { type LoadedConfig, resolveFromConfig } from "../core/config/load.js";
import type { DataSchema } from "../core/contracts/data-schema.js";
import { readOptionsFrom } from "../core/data/read.js";
import { scanFile } from "../core/data/scan.js";
import {
  type InferOptions,
  type InferredSchema,
  inferSchema,
  MISSING_HEADROOM,
  resolveInferOptions,
} from "../core/data/schema.js";
import { MlgateError } from "../core/errors.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { DataPorts } from "./validate-data.js";

export interface SchemaInferInputs extends InferOptions {
  /** Data file; default `data.train` from the config. */
  data?: string;
  label?: string;
  /** Schema file to write; default `validate.schema` from the config, where validate-data reads it. */
  out?: string;
}

export interface SchemaInferResult {
  schema: DataSchema;
  out: string;
}

/** `mlgate schema infer`: a schema to review and commit, from a file the user trusts. YAML or JSON by extension. */
export async function schemaInfer(
  loaded: LoadedConfig | undefined,
  inputs: SchemaInferInputs,
  ports: DataPorts,
): Promise<SchemaInferResult> {
  const cfg = loaded?.config;
  const data = inputs.data ?? (cfg?.data.train ? resolveFromConfig(loaded!, cfg.data.train) : undefined);
  if (!data) {
    throw new MlgateError("no data file to infer a schema from", {
      hint: "pass --data <file>, or set `data.train` in mlgate.yml",
    });
  }
  const out =
    inputs.out ?? (cfg?.validate.schema ? resolveFromConfig(loaded!, cfg.validate.schema) : undefined);
  if (!out) {
    throw new MlgateError("no schema file to write", {
      hint: "pass --out <file> (e.g. data/schema.yml), or set `validate.schema` in mlgate.yml, where validate-data will read it",
    });
  }
  const label = inputs.label ?? (cfg as { model?: { label?: string } } | undefined)?.model?.label;
  const options: InferOptions = {
    rangeMargin: inputs.rangeMargin,
    rangeQuantile: inputs.rangeQuantile,
    missingSlack: inputs.missingSlack,
  };
  for (const k of Object.keys(options) as (keyof InferOptions)[])
    if (options[k] === undefined) delete options[k];
  // Options and the output path are checked before the scan, so a typo costs no pass over a large file.
  resolveInferOptions(options);
  await checkOutputPaths([out]);
  const scan = await scanFile(data, {
    read: readOptionsFrom(loaded),
    label,
    progress: ports.progress,
  });
  const inferred = inferSchema(scan.profile, label, options);
  const text = /\.ya?ml$/i.test(out) ? schemaYaml(inferred, data) : toJson(inferred.schema);
  await writeOutputs({ [out]: text });
  return { schema: inferred.schema, out };
}

/** The schema as YAML, with comments that say how each allowance was derived and how to change it. */
export function schemaYaml({ schema, basis, options: o }: InferredSchema, source: string): string {
  // Plain digits (no typographic minus): a reviewer may copy a number from a comment into a bound.
  const num = (x: number) => String(Number(x.toPrecision(6)));
  const pct = (x: number) => `${num(100 * x)}%`;
  const doc = new Document(schema);
  const rangeFrom =
    o.rangeQuantile > 0
      ? `the ${num(o.rangeQuantile)} and ${num(1 - o.rangeQuantile)} quantiles (--range-quantile ${o.rangeQuantile})`
      : "the observed minimum and maximum (--range-quantile 0)";
  doc.commentBefore = [
    ` Data schema inferred by \`mlgate schema infer\` from ${source}; review it, then commit it.`,
    ` range: ${rangeFrom},`,
    `   each end moved out by ${pct(o.rangeMargin)} of the span between them (--range-margin ${o.rangeMargin}),`,
    "   so that a new sample of the same source, whose extremes can go past this file's, passes;",
    "   a column never seen below zero keeps 0 as its floor; int ranges are rounded outward to whole numbers.",
    ...(o.rangeQuantile > 0
      ? ["   The file's own values beyond the quantiles and the margin count against `range`."]
      : []),
    ` max_missing: ${MISSING_HEADROOM} × the observed missing fraction + ${o.missingSlack} (--missing-slack ${o.missingSlack}), so a column`,
    "   that merely had no missing values here still allows a few; nullable: false only where that is 0.",
    " Tighten or widen these by hand, or re-run with other values of those options.",
  ].join("\n");
  const columns = doc.get("columns") as { items: YAMLMap[] };
  for (const [i, col] of schema.columns.entries()) {
    const b = basis.get(col.name);
    const node = columns.items[i]?.get("range", true) as YAMLMap | undefined;
    if (b && node)
      node.commentBefore = ` ${o.rangeQuantile > 0 ? "quantiles" : "observed"} ${num(b.low)} … ${num(b.high)}`;
  }
  return doc.toString();
}
