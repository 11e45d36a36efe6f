import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  AUTO_ORDER,
  packageSpec,
  runtimeCacheKey,
  runtimeInstallDir,
  scoringPackages,
  trainPackages,
  webgpuHostLikely
} from "./chunks/chunk-D5BRI7Y7.js";
import "./chunks/chunk-WN5546TP.js";
import {
  MODEL_MANIFEST_FILE
} from "./chunks/chunk-TK3KZ7H5.js";
import {
  runAction
} from "./chunks/chunk-G2A632AS.js";
import {
  resolveFromConfig
} from "./chunks/chunk-XKXBSWYZ.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunks/chunk-62SJ64MT.js";
import "./chunks/chunk-RPKHHJJJ.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/runtime-packages.ts
init_esm_dirname();

// src/commands/runtime-packages.ts
init_esm_dirname();
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
function currentHost() {
  return {
    platform: process.platform,
    arch: process.arch,
    modules: process.versions.modules,
    gpu: webgpuHostLikely()
  };
}
async function bundleFormat(path) {
  try {
    const manifest = JSON.parse(await readFile(join(path, MODEL_MANIFEST_FILE), "utf8"));
    return typeof manifest.format === "string" ? manifest.format : void 0;
  } catch {
    return void 0;
  }
}
async function planRuntime(loaded, inputs, host = currentHost()) {
  let packages;
  let reason;
  if (inputs.for === "train") {
    const backend = inputs.backend ?? loaded?.config.train.backend ?? "auto";
    if (backend !== "auto" && !AUTO_ORDER.includes(backend)) {
      throw new MlgateError(`backend must be auto, ${AUTO_ORDER.join(", ")}; got '${backend}'`, {
        location: { key: "train.backend" }
      });
    }
    const tfjsNode = inputs.tfjsNode;
    if (tfjsNode !== void 0 && tfjsNode !== "gpu" && tfjsNode !== "cpu") {
      throw new MlgateError(`input 'tfjs-node' must be gpu, cpu or empty, got '${tfjsNode}'`);
    }
    const command = loaded?.config.train.command;
    packages = trainPackages({ backend, command, tfjsNode, gpu: host.gpu });
    reason = command ? "train.command exports ONNX, which mlgate scores" : `backend ${backend}${backend === "auto" ? host.gpu ? " on a machine with a GPU" : " without a GPU" : ""}${tfjsNode ? `, tfjs-node ${tfjsNode}` : ""}`;
  } else {
    const models = (inputs.models ?? []).map((m) => resolve(m));
    const configured = loaded?.config.evaluate.baseline;
    if (loaded && configured) models.push(resolveFromConfig(loaded, configured));
    const formats = (await Promise.all(models.map(bundleFormat))).filter((f) => !!f);
    packages = scoringPackages(formats);
    reason = formats.length ? `model formats: ${[...new Set(formats)].join(", ")}` : "no model bundle to score";
  }
  return {
    packages,
    specs: packages.map(packageSpec),
    dir: runtimeInstallDir(),
    key: runtimeCacheKey(packages, host),
    reason
  };
}

// src/actions/runtime-packages.ts
runAction({
  name: "runtime-packages",
  inputs: (read) => {
    const purpose = read.required("for");
    if (purpose !== "train" && purpose !== "score") {
      throw new MlgateError(`input 'for' must be train or score, got '${purpose}'`);
    }
    return {
      for: purpose,
      backend: read.string("backend"),
      tfjsNode: read.string("tfjs"),
      models: read.list("models")
    };
  },
  async run(inputs, env) {
    const plan = await planRuntime(await env.config({ optional: true }), inputs);
    env.logger.info(
      plan.packages.length ? `native packages needed (${plan.reason}): ${plan.specs.join(" ")} \u2192 ${plan.dir}/node_modules` : `no native packages needed (${plan.reason})`
    );
    return plan;
  },
  outputs: (plan) => ({
    packages: plan.specs.join(" "),
    dir: plan.dir,
    "node-modules": `${plan.dir}/node_modules`,
    key: plan.key
  })
});
