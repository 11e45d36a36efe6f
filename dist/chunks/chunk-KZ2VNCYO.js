import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  number,
  record,
  strictObject,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/config/sections/deploy.ts
init_esm_dirname();
var quantities = record(string(), union([string(), number()])).describe('Kubernetes resource quantities, e.g. {cpu: "1", memory: 2Gi}.');
var kserveSection = strictObject({
  namespace: string().min(1).default("default").describe("Namespace of the InferenceService."),
  storage_uri: string().min(1).optional().describe(
    "Where KServe's storage initializer fetches the bundle; {name}, {version} and {digest} are replaced, e.g. s3://models/{name}/{version}."
  ),
  model_format: string().min(1).optional().describe(
    "modelFormat.name; default from the bundle: onnx for ONNX bundles, mlgate otherwise (with `runtime`)."
  ),
  runtime: string().min(1).optional().describe("ServingRuntime to use (one that runs `mlgate serve` for tfjs bundles)."),
  service_account: string().min(1).optional().describe("serviceAccountName with access to the storage."),
  min_replicas: number().int().nonnegative().optional(),
  max_replicas: number().int().positive().optional(),
  resources: strictObject({ requests: quantities.optional(), limits: quantities.optional() }).default({ requests: { cpu: "1", memory: "2Gi" }, limits: { cpu: "2", memory: "4Gi" } }).describe("Resources of the predictor container."),
  wait_timeout_s: number().int().positive().default(300).describe("How long `kubectl wait` waits for Ready.")
}).describe("The kserve target: the InferenceService mlgate writes (and applies with --apply).");
var deploySection = strictObject({
  dir: string().min(1).default(".mlgate/deploy").describe(
    "Where deploy keeps its state (servers, pulled bundles, the local deployment log), relative to mlgate.yml."
  ),
  ready_timeout_s: number().positive().default(60).describe("How long verification waits for /v2/health/ready while the server starts."),
  kserve: kserveSection.default(kserveSection.parse({}))
}).describe("Deploy: targets, verification and where the deploy state lives.");

export {
  deploySection
};
