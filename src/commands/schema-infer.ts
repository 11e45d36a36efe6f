import { stringify as toYaml } from "yaml";
import type { LoadedConfig } from "../core/config/load.js";
import type { DataSchema } from "../core/contracts/data-schema.js";
import { readOptionsFrom } from "../core/data/read.js";
import { scanFile } from "../core/data/scan.js";
import { inferSchema } from "../core/data/schema.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { DataPorts } from "./validate-data.js";

export interface SchemaInferInputs {
  data: string;
  label?: string;
  out: string;
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
  const label = inputs.label ?? (loaded?.config as { model?: { label?: string } } | undefined)?.model?.label;
  await checkOutputPaths([inputs.out]);
  const scan = await scanFile(inputs.data, {
    read: readOptionsFrom(loaded),
    label,
    progress: ports.progress,
  });
  const schema = inferSchema(scan.profile, label);
  const text = /\.ya?ml$/i.test(inputs.out)
    ? `# Data schema inferred by \`mlgate schema infer\` from ${inputs.data}; review it, then commit it.\n${toYaml(schema)}`
    : toJson(schema);
  await writeOutputs({ [inputs.out]: text });
  return { schema, out: inputs.out };
}
