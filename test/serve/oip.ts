import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { expect } from "vitest";
import { parse } from "yaml";

/**
 * The published OIP v2 REST description (test/fixtures/serve/rest_predict_v2.yaml, from kserve)
 * as validators of its component schemas: every response the tests receive and every request they
 * send is checked against the schema the spec names for it.
 */
const file = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/serve/rest_predict_v2.yaml");
const spec = parse(readFileSync(file, "utf8")) as { components: { schemas: Record<string, unknown> } };
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ $id: "oip", components: spec.components });

export type OipSchema =
  | "metadata_server_response"
  | "metadata_server_error_response"
  | "metadata_model_response"
  | "metadata_model_error_response"
  | "inference_request"
  | "inference_response"
  | "inference_error_response";

export function validOip(schema: OipSchema, value: unknown): boolean {
  const validate = ajv.getSchema(`oip#/components/schemas/${schema}`)!;
  return validate(value) as boolean;
}

export function expectOip(schema: OipSchema, value: unknown): void {
  const validate = ajv.getSchema(`oip#/components/schemas/${schema}`)!;
  const ok = validate(value);
  expect(ok ? [] : validate.errors, `${schema}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
}
