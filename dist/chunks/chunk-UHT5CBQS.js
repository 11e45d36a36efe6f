import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  KllSketch,
  byText
} from "./chunk-7X562T77.js";
import {
  loadContractFile
} from "./chunk-6O7DFYOK.js";
import {
  columnType
} from "./chunk-FW7P332B.js";
import {
  array,
  boolean,
  literal,
  number,
  strictObject,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/schema.ts
init_esm_dirname();

// src/core/contracts/data-schema.ts
init_esm_dirname();
var DATA_SCHEMA = "mlgate/data-schema@1";
var schemaColumn = strictObject({
  name: string(),
  type: columnType,
  required: boolean().default(true).describe("A file without this column fails `schema.missing_column`."),
  nullable: boolean().default(true),
  max_missing: number().min(0).max(1).default(0).describe("Largest fraction of missing values that passes the `missing` check."),
  domain: array(union([string(), number()])).optional().describe("Allowed values of a categorical column (at most 100); others fail `domain`."),
  range: strictObject({ min: number(), max: number() }).optional().describe(
    "Plausible numeric range; values outside it count against `range`. `schema infer` covers the observed minimum and maximum widened by a margin (its YAML comments say which)."
  )
});
var dataSchemaContract = strictObject({
  schema: literal(DATA_SCHEMA),
  label: string().optional(),
  classes: array(union([string(), number()])).optional().describe("Known label values."),
  columns: array(schemaColumn)
});

// src/core/data/readable.ts
init_esm_dirname();
function readableRange(min, max) {
  if (!(max > min) || !Number.isFinite(max - min)) return { min, max };
  const step = 10 ** (Math.floor(Math.log10(max - min)) - 3);
  const down = Number((Math.floor(min / step) * step).toPrecision(12));
  const up = Number((Math.ceil(max / step) * step).toPrecision(12));
  return { min: (down <= min ? down : min) + 0, max: (up >= max ? up : max) + 0 };
}

// src/core/data/schema.ts
var MAX_DOMAIN = 100;
var INFER_DEFAULTS = {
  rangeMargin: 0.1,
  rangeQuantile: 0,
  missingSlack: 0.01
};
var MISSING_HEADROOM = 1.5;
function resolveInferOptions(options) {
  const o = { ...INFER_DEFAULTS, ...options };
  const bad = (flag, value, expected) => new MlgateError(`${flag} ${value} is out of range`, { hint: `${flag} takes ${expected}` });
  if (!(o.rangeMargin >= 0) || !Number.isFinite(o.rangeMargin))
    throw bad("--range-margin", o.rangeMargin, "a fraction of the span, 0 or more (e.g. 0.1)");
  if (!(o.rangeQuantile >= 0 && o.rangeQuantile < 0.5))
    throw bad(
      "--range-quantile",
      o.rangeQuantile,
      "a quantile below 0.5 (0: the exact min and max; e.g. 0.01)"
    );
  if (!(o.missingSlack >= 0 && o.missingSlack <= 1))
    throw bad("--missing-slack", o.missingSlack, "a fraction between 0 and 1 (e.g. 0.01)");
  return o;
}
function inferRange(col, o) {
  const num = col.numeric;
  if (!num || num.count === 0 || col.type !== "int" && col.type !== "float") return void 0;
  let low = num.min;
  let high = num.max;
  if (o.rangeQuantile > 0) {
    const kll = KllSketch.from(num.sketch);
    low = kll.quantile(o.rangeQuantile);
    high = kll.quantile(1 - o.rangeQuantile);
  }
  const span = high > low ? high - low : Math.abs(high);
  let min = low - o.rangeMargin * span;
  let max = high + o.rangeMargin * span;
  if (num.min >= 0 && min < 0) min = 0;
  if (col.type === "int") {
    min = Math.floor(min);
    max = Math.ceil(max);
  } else {
    ({ min, max } = readableRange(min, max));
  }
  return { min, max, low, high };
}
function inferDomain(col) {
  if (col.type !== "string" && col.type !== "bool") return void 0;
  if (!col.frequent.exact || col.frequent.items.length > MAX_DOMAIN) return void 0;
  return col.frequent.items.map((i) => i.value).sort(byText);
}
function inferSchema(profile, label, options = {}) {
  const o = resolveInferOptions(options);
  if (label !== void 0 && !profile.columns.some((c) => c.name === label)) {
    throw new MlgateError(`label column '${label}' is not in the data`, {
      location: { key: label },
      hint: `columns are: ${profile.columns.map((c) => c.name).join(", ")}`
    });
  }
  const basis = /* @__PURE__ */ new Map();
  const columns = profile.columns.map((col) => {
    const missing = col.count ? col.missing / col.count : 0;
    const maxMissing = Math.min(1, Math.ceil((missing * MISSING_HEADROOM + o.missingSlack) * 1e3) / 1e3);
    const range = inferRange(col, o);
    if (range) basis.set(col.name, { low: range.low, high: range.high });
    return {
      name: col.name,
      type: col.type,
      required: true,
      nullable: maxMissing > 0,
      max_missing: maxMissing,
      domain: col.name === label ? void 0 : inferDomain(col),
      range: range ? { min: range.min, max: range.max } : void 0
    };
  });
  const labelCol = label === void 0 ? void 0 : profile.columns.find((c) => c.name === label);
  const classes = labelCol?.frequent.exact && labelCol.type !== "float" ? labelCol.frequent.items.map((i) => i.value).sort(byText) : void 0;
  return { schema: { schema: DATA_SCHEMA, label, classes, columns }, basis, options: o };
}
function loadSchema(path) {
  return loadContractFile(path, dataSchemaContract, {
    name: "data schema",
    missingHint: "create one with `mlgate schema infer --data <file> --out <schema file>`",
    invalidHint: "regenerate it with `mlgate schema infer`, or fix the key named above"
  });
}
function rulesFromSchema(schema) {
  const rules = /* @__PURE__ */ new Map();
  for (const col of schema?.columns ?? []) {
    const domain = col.name === schema?.label ? schema.classes : col.domain;
    rules.set(col.name, { range: col.range, domain: domain ? new Set(domain.map(String)) : void 0 });
  }
  return rules;
}

export {
  readableRange,
  MISSING_HEADROOM,
  resolveInferOptions,
  inferSchema,
  loadSchema,
  rulesFromSchema
};
