import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MISSING_HEADROOM,
  inferSchema,
  resolveInferOptions
} from "./chunk-UHT5CBQS.js";
import {
  scanFile
} from "./chunk-CTJ7PGUG.js";
import "./chunk-MEZAY5XX.js";
import {
  readOptionsFrom
} from "./chunk-7X562T77.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-6O7DFYOK.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import "./chunk-FW7P332B.js";
import {
  resolveFromConfig
} from "./chunk-4UCGVU6C.js";
import "./chunk-TKY34EYT.js";
import "./chunk-T7VKUT63.js";
import "./chunk-Q6CFKWPI.js";
import "./chunk-KZ2VNCYO.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/schema-infer.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
async function schemaInfer(loaded, inputs, ports) {
  const cfg = loaded?.config;
  const data = inputs.data ?? (cfg?.data.train ? resolveFromConfig(loaded, cfg.data.train) : void 0);
  if (!data) {
    throw new MlgateError("no data file to infer a schema from", {
      hint: "pass --data <file>, or set `data.train` in mlgate.yml"
    });
  }
  const out = inputs.out ?? (cfg?.validate.schema ? resolveFromConfig(loaded, cfg.validate.schema) : void 0);
  if (!out) {
    throw new MlgateError("no schema file to write", {
      hint: "pass --out <file> (e.g. data/schema.yml), or set `validate.schema` in mlgate.yml, where validate-data will read it"
    });
  }
  const label = inputs.label ?? cfg?.model?.label;
  const options = {
    rangeMargin: inputs.rangeMargin,
    rangeQuantile: inputs.rangeQuantile,
    missingSlack: inputs.missingSlack
  };
  for (const k of Object.keys(options))
    if (options[k] === void 0) delete options[k];
  resolveInferOptions(options);
  await checkOutputPaths([out]);
  const scan = await scanFile(data, {
    read: readOptionsFrom(loaded),
    label,
    progress: ports.progress
  });
  const inferred = inferSchema(scan.profile, label, options);
  const text = /\.ya?ml$/i.test(out) ? schemaYaml(inferred, data) : toJson(inferred.schema);
  await writeOutputs({ [out]: text });
  return { schema: inferred.schema, out };
}
function schemaYaml({ schema, basis, options: o }, source) {
  const num = (x) => String(Number(x.toPrecision(6)));
  const pct = (x) => `${num(100 * x)}%`;
  const doc = new import_yaml.Document(schema);
  const rangeFrom = o.rangeQuantile > 0 ? `the ${num(o.rangeQuantile)} and ${num(1 - o.rangeQuantile)} quantiles (--range-quantile ${o.rangeQuantile})` : "the observed minimum and maximum (--range-quantile 0)";
  doc.commentBefore = [
    ` Data schema inferred by \`mlgate schema infer\` from ${source}; review it, then commit it.`,
    ` range: ${rangeFrom},`,
    `   each end moved out by ${pct(o.rangeMargin)} of the span between them (--range-margin ${o.rangeMargin}),`,
    "   so that a new sample of the same source, whose extremes can go past this file's, passes;",
    "   a column never seen below zero keeps 0 as its floor; int ranges are rounded outward to whole numbers.",
    ...o.rangeQuantile > 0 ? ["   The file's own values beyond the quantiles and the margin count against `range`."] : [],
    ` max_missing: ${MISSING_HEADROOM} \xD7 the observed missing fraction + ${o.missingSlack} (--missing-slack ${o.missingSlack}), so a column`,
    "   that merely had no missing values here still allows a few; nullable: false only where that is 0.",
    " Tighten or widen these by hand, or re-run with other values of those options."
  ].join("\n");
  const columns = doc.get("columns");
  for (const [i, col] of schema.columns.entries()) {
    const b = basis.get(col.name);
    const node = columns.items[i]?.get("range", true);
    if (b && node)
      node.commentBefore = ` ${o.rangeQuantile > 0 ? "quantiles" : "observed"} ${num(b.low)} \u2026 ${num(b.high)}`;
  }
  return doc.toString();
}
export {
  schemaInfer,
  schemaYaml
};
