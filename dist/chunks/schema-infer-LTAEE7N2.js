import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  inferSchema
} from "./chunk-ZKAXWWJN.js";
import {
  scanFile
} from "./chunk-452AVMO7.js";
import "./chunk-MEZAY5XX.js";
import {
  readOptionsFrom
} from "./chunk-G5XNZKQM.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-CLQB43L4.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-I2J6S7FN.js";
import {
  require_dist
} from "./chunk-D5IIECHQ.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/schema-infer.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
async function schemaInfer(loaded, inputs, ports) {
  const label = inputs.label ?? loaded?.config?.model?.label;
  await checkOutputPaths([inputs.out]);
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
