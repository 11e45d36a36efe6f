import * as z from "zod";
import { dataSection } from "./sections/data.js";
import { deploySection } from "./sections/deploy.js";
import { driftSection } from "./sections/drift.js";
import { evaluateSection } from "./sections/evaluate.js";
import { modelSection } from "./sections/model.js";
import { registrySection } from "./sections/registry.js";
import { serveSection } from "./sections/serve.js";
import { trainSection } from "./sections/train.js";
import { validateSection } from "./sections/validate.js";

/** The single source of truth for mlgate.yml; schema/mlgate.schema.json is generated from it. */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).default(1).describe("Config format version."),
    model: modelSection,
    data: dataSection.default(dataSection.parse({})),
    validate: validateSection.default(validateSection.parse({})),
    train: trainSection.default(trainSection.parse({})),
    evaluate: evaluateSection.default(evaluateSection.parse({})),
    registry: registrySection.default(registrySection.parse({})),
    drift: driftSection.default(driftSection.parse({})),
    serve: serveSection.default(serveSection.parse({})),
    deploy: deploySection.default(deploySection.parse({})),
  })
  .describe("mlgate configuration (mlgate.yml)");

export type MlgateConfig = z.infer<typeof configSchema>;

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return { ...schema, $id: "https://mlgate.dev/schema/mlgate.schema.json", title: "mlgate.yml" };
}
