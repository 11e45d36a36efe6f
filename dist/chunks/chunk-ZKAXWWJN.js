import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  columnType,
  loadContractFile
} from "./chunk-452AVMO7.js";
import {
  byText
} from "./chunk-G5XNZKQM.js";
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
  range: strictObject({ min: number(), max: number() }).optional().describe("Plausible numeric range: robust quantiles (1%, 99%) widened by 1.5 \xD7 IQR.")
});
var dataSchemaContract = strictObject({
  schema: literal(DATA_SCHEMA),
  label: string().optional(),
  classes: array(union([string(), number()])).optional().describe("Known label values."),
  columns: array(schemaColumn)
});

// src/core/data/schema.ts
var MAX_DOMAIN = 100;
var RANGE_IQR_MARGIN = 1.5;
function inferRange(col) {
  const num = col.numeric;
  if (!num || col.type !== "int" && col.type !== "float") return void 0;
  const q = num.quantiles;
  const iqr = (q.p75 ?? 0) - (q.p25 ?? 0);
  let min = (q.p1 ?? num.min) - RANGE_IQR_MARGIN * iqr;
  let max = (q.p99 ?? num.max) + RANGE_IQR_MARGIN * iqr;
  if (num.min >= 0 && min < 0) min = 0;
  if (col.type === "int") {
    min = Math.floor(min);
    max = Math.ceil(max);
  } else if (max > min) {
    const step = 10 ** (Math.floor(Math.log10(max - min)) - 3);
    min = Number((Math.floor(min / step) * step).toPrecision(12));
    max = Number((Math.ceil(max / step) * step).toPrecision(12));
  }
  return { min, max };
}
function inferDomain(col) {
  if (col.type !== "string" && col.type !== "bool") return void 0;
  if (!col.frequent.exact || col.frequent.items.length > MAX_DOMAIN) return void 0;
  return col.frequent.items.map((i) => i.value).sort(byText);
}
function inferSchema(profile, label) {
  if (label !== void 0 && !profile.columns.some((c) => c.name === label)) {
    throw new MlgateError(`label column '${label}' is not in the data`, {
      location: { key: label },
      hint: `columns are: ${profile.columns.map((c) => c.name).join(", ")}`
    });
  }
  const columns = profile.columns.map((col) => {
    const missing = col.count ? col.missing / col.count : 0;
    const maxMissing = missing === 0 ? 0 : Math.min(1, Math.ceil((missing * 1.5 + 0.01) * 1e3) / 1e3);
    return {
      name: col.name,
      type: col.type,
      required: true,
      nullable: missing > 0,
      max_missing: maxMissing,
      domain: col.name === label ? void 0 : inferDomain(col),
      range: inferRange(col)
    };
  });
  const labelCol = label === void 0 ? void 0 : profile.columns.find((c) => c.name === label);
  const classes = labelCol?.frequent.exact && labelCol.type !== "float" ? labelCol.frequent.items.map((i) => i.value).sort(byText) : void 0;
  return { schema: DATA_SCHEMA, label, classes, columns };
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
  inferSchema,
  loadSchema,
  rulesFromSchema
};
