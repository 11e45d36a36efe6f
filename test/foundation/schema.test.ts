import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configJsonSchema } from "../../src/core/config/schema.js";

const root = resolve(import.meta.dirname, "../..");

describe("schema/mlgate.schema.json", () => {
  it("is generated from the zod schema (run npm run build when this fails)", async () => {
    const committed = JSON.parse(await readFile(resolve(root, "schema/mlgate.schema.json"), "utf8"));
    expect(committed).toEqual(configJsonSchema());
  });

  it("accepts the example config and rejects a typo, so editors flag the same mistakes", async () => {
    const ajv = new Ajv2020.default({ strict: false });
    const validate = ajv.compile(configJsonSchema());
    const example = parse(await readFile(resolve(root, "example-repo/mlgate.yml"), "utf8"));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, trian: {} })).toBe(false);
    expect(validate({ ...example, model: { ...example.model, task: "ranking" } })).toBe(false);
  });
});
