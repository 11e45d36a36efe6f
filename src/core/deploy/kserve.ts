import type { KserveConfig } from "../config/sections/deploy.js";
import type { VersionRecord } from "../contracts/version.js";
import { MlgateError } from "../errors.js";

/** The annotation the served digest is read back from (`kubectl get … -o jsonpath`). */
export const DIGEST_ANNOTATION = "mlgate.dev/digest";

/** A DNS-1035 label (what an InferenceService name must be), at most 45 characters so KServe's derived names fit 63. */
export function serviceName(model: string, environment: string): string {
  const raw = `${model}-${environment}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^[^a-z]+/, "");
  const name = raw.slice(0, 45).replace(/-+$/, "");
  if (!name)
    throw new MlgateError(`cannot make an InferenceService name from '${model}' and '${environment}'`);
  return name;
}

/** A label value: at most 63 characters of [A-Za-z0-9._-], alphanumeric at both ends. */
function labelValue(v: string): string {
  return v
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}

/**
 * The `serving.kserve.io/v1beta1` InferenceService for a version: the predictor's model with its
 * format, `protocolVersion: v2` (OIP), the storage URI, and the resources of the deploy config;
 * the version and digest as labels and an annotation, so what runs can be read back.
 */
export function inferenceService(opts: {
  record: VersionRecord;
  environment: string;
  /** The bundle's format (mlgate-model.json `format`). */
  format: string;
  config: KserveConfig;
}): Record<string, unknown> {
  const { record, config } = opts;
  if (!config.storage_uri) {
    throw new MlgateError("the kserve target needs deploy.kserve.storage_uri in mlgate.yml", {
      location: { key: "deploy.kserve.storage_uri" },
      hint: "set it to where the cluster can fetch the bundle, e.g. s3://models/{name}/{version}",
    });
  }
  const storageUri = config.storage_uri
    .replaceAll("{name}", record.name)
    .replaceAll("{version}", record.version)
    .replaceAll("{digest}", record.digest.replace(/^sha256:/, ""));
  const modelFormat = config.model_format ?? (opts.format === "onnx" ? "onnx" : "mlgate");
  const predictor: Record<string, unknown> = {
    ...(config.min_replicas !== undefined ? { minReplicas: config.min_replicas } : {}),
    ...(config.max_replicas !== undefined ? { maxReplicas: config.max_replicas } : {}),
    ...(config.service_account ? { serviceAccountName: config.service_account } : {}),
    model: {
      modelFormat: { name: modelFormat },
      protocolVersion: "v2",
      storageUri,
      ...(config.runtime ? { runtime: config.runtime } : {}),
      resources: {
        ...(config.resources.requests ? { requests: config.resources.requests } : {}),
        ...(config.resources.limits ? { limits: config.resources.limits } : {}),
      },
    },
  };
  return {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name: serviceName(record.name, opts.environment),
      namespace: config.namespace,
      labels: {
        "app.kubernetes.io/managed-by": "mlgate",
        "mlgate.dev/model": labelValue(record.name),
        "mlgate.dev/version": labelValue(record.version),
        "mlgate.dev/environment": labelValue(opts.environment),
      },
      annotations: { [DIGEST_ANNOTATION]: record.digest, "mlgate.dev/tag": record.tag },
    },
    spec: { predictor },
  };
}
