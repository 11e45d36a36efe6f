import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  inferSchema
} from "./chunk-5EHMTRCM.js";
import {
  scanFile
} from "./chunk-3SPRZ3YN.js";
import "./chunk-E44AUMPY.js";
import {
  readOptionsFrom
} from "./chunk-IWO3NZ66.js";
import {
  toJson,
  writeOutputs
} from "./chunk-E7DB23Y5.js";
import "./chunk-7KZPQ6D6.js";
import "./chunk-I2J6S7FN.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-A4QG2QOJ.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/schema-infer.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
async function schemaInfer(loaded, inputs, ports) {
  const label = inputs.label ?? loaded?.config?.model?.label;
  const scan = await scanFile(inputs.data, {
    read: readOptionsFrom(loaded),
    label,
    progress: ports.progress
  });
  const schema = inferSchema(scan.profile, label);
  const text = /\.ya?ml$/i.test(inputs.out) ? `# Data schema inferred by \`mlgate schema infer\` from ${inputs.data}; review it, then commit it.
${(0, import_yaml.stringify)(schema)}` : toJson(schema);
  await writeOutputs({ [inputs.out]: text });
  return { schema, out: inputs.out };
}
export {
  schemaInfer
};
