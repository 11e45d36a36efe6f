import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { kserveSection } from "../../src/core/config/sections/deploy.js";
import { inferenceService, serviceName } from "../../src/core/deploy/kserve.js";
import { KserveTarget } from "../../src/local/deploy-kserve.js";
import { writeShapesBundle } from "../registry/bundle.js";
import { record } from "./fakes.js";

const schema = JSON.parse(
  await readFile(
    join(dirname(fileURLToPath(import.meta.url)), "../fixtures/deploy/inferenceservice-v1beta1.schema.json"),
    "utf8",
  ),
) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
for (const k of [
  "x-kubernetes-int-or-string",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-list-type",
  "x-kubernetes-map-type",
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-embedded-resource",
]) {
  ajv.addKeyword(k);
}
const validate = ajv.compile(schema);

type Schema = {
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  "x-kubernetes-preserve-unknown-fields"?: boolean;
};
/** Fields of `value` that `s` does not declare (the API server would prune them). */
function undeclared(value: unknown, s: Schema, at: string): string[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => (s.items ? undeclared(v, s.items, `${at}[${i}]`) : []));
  if (!value || typeof value !== "object" || s["x-kubernetes-preserve-unknown-fields"]) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const sub =
      s.properties?.[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : undefined);
    if (!sub) return s.additionalProperties === true ? [] : [`${at}.${k}`];
    return undeclared(v, sub, `${at}.${k}`);
  });
}

const config = kserveSection.parse({
  namespace: "models",
  storage_uri: "s3://models/{name}/{version}",
  service_account: "models-reader",
  min_replicas: 1,
  max_replicas: 3,
});

describe("InferenceService manifest", () => {
  it("is valid against KServe's published v1beta1 schema and declares every field it sets", () => {
    for (const format of ["onnx", "tfjs-layers"]) {
      const m = inferenceService({ record: record("1.2.0"), environment: "prod", format, config });
      expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
      expect(undeclared(m.spec, (schema as Schema).properties!.spec!, "spec")).toEqual([]);
    }
  });

  it("names the version: storage URI, protocol v2, model format, resources, digest annotation", () => {
    const r = record("1.2.0");
    const m = inferenceService({ record: r, environment: "prod", format: "onnx", config }) as any;
    expect(m.metadata).toMatchObject({ name: "penguins-prod", namespace: "models" });
    expect(m.metadata.annotations["mlgate.dev/digest"]).toBe(r.digest);
    expect(m.spec.predictor.model).toEqual({
      modelFormat: { name: "onnx" },
      protocolVersion: "v2",
      storageUri: "s3://models/penguins/1.2.0",
      resources: { requests: { cpu: "1", memory: "2Gi" }, limits: { cpu: "2", memory: "4Gi" } },
    });
    expect(m.spec.predictor.serviceAccountName).toBe("models-reader");
  });

  it("the schema check can fail: a wrong protocolVersion and a non-string storageUri are refused", () => {
    const m = inferenceService({
      record: record("1.2.0"),
      environment: "prod",
      format: "onnx",
      config,
    }) as any;
    m.spec.predictor.model.protocolVersion = "v3";
    m.spec.predictor.model.storageUri = 7;
    expect(validate(m)).toBe(false);
    m.spec.predictor.model.protocolVersion = "v2";
    m.spec.predictor.model.storageUri = "s3://x";
    m.spec.predictor.model.storage_uri = "s3://x";
    expect(undeclared(m.spec, (schema as Schema).properties!.spec!, "spec")).toEqual([
      "spec.predictor.model.storage_uri",
    ]);
  });

  it("refuses without a storage URI and makes DNS-1035 names", () => {
    expect(() =>
      inferenceService({
        record: record("1.0.0"),
        environment: "prod",
        format: "onnx",
        config: kserveSection.parse({}),
      }),
    ).toThrow(/deploy\.kserve\.storage_uri/);
    expect(serviceName("9Penguins_v2", "Prod.EU")).toBe("penguins-v2-prod-eu");
  });
});

describe("kserve target", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "mlgate-kserve-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the manifest; with --apply runs kubectl apply, wait and get (a recording kubectl)", async () => {
    const bundle = await writeShapesBundle(join(dir, "bundle"));
    const calls = join(dir, "calls.txt");
    const kubectl = join(dir, "kubectl");
    await writeFile(
      kubectl,
      `#!/bin/sh\necho "$@" >> '${calls}'\ncase "$*" in *status.url*) echo http://penguins-prod.models.example.com;; *annotations*) echo ${record("1.2.0").digest};; esac\n`,
    );
    await chmod(kubectl, 0o755);
    const r = record("1.2.0");
    const dry = new KserveTarget({ dir, config, apply: false });
    await expect(dry.apply({ environment: "prod", record: r, modelDir: bundle })).rejects.toThrow(
      /not applied/,
    );
    const written = parse(await readFile(dry.manifestFile("prod", r), "utf8"));
    expect(validate(written)).toBe(true);

    const t = new KserveTarget({ dir, config, apply: true, kubectl });
    const served = await t.apply({ environment: "prod", record: r, modelDir: bundle });
    expect(served.url).toBe("http://penguins-prod.models.example.com");
    const lines = (await readFile(calls, "utf8")).trim().split("\n");
    expect(lines[0]).toBe(`apply -f ${t.manifestFile("prod", r)}`);
    expect(lines[1]).toBe(
      "wait --for=condition=Ready inferenceservice/penguins-prod -n models --timeout=300s",
    );
    expect((await t.current("prod"))?.digest).toBe(r.digest);
  });
});
