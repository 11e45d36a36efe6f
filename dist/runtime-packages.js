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
  configuredChampion
} from "./chunks/chunk-HDL5QZEC.js";
import "./chunks/chunk-OEO3WH64.js";
import "./chunks/chunk-RYEXQM2O.js";
import "./chunks/chunk-5EU7FAAZ.js";
import {
  MODEL_MANIFEST_FILE
} from "./chunks/chunk-TK3KZ7H5.js";
import "./chunks/chunk-YGBQGAWD.js";
import "./chunks/chunk-DEFAIO2G.js";
import "./chunks/chunk-3WSHO5UH.js";
import "./chunks/chunk-PDW6HMQT.js";
import "./chunks/chunk-2VVLOP77.js";
import "./chunks/chunk-6O7DFYOK.js";
import "./chunks/chunk-EZI4AYPW.js";
import "./chunks/chunk-Z2KXVVDY.js";
import "./chunks/chunk-WLXISTF7.js";
import "./chunks/chunk-FW7P332B.js";
import {
  runAction
} from "./chunks/chunk-TGF7WUMR.js";
import {
  resolveFromConfig
} from "./chunks/chunk-4UCGVU6C.js";
import "./chunks/chunk-TKY34EYT.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-Q6CFKWPI.js";
import "./chunks/chunk-EANIINQF.js";
import "./chunks/chunk-KZ2VNCYO.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunks/chunk-62SJ64MT.js";
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
async function bundleName(path) {
  if (!path) return void 0;
  try {
    const manifest = JSON.parse(await readFile(join(path, MODEL_MANIFEST_FILE), "utf8"));
    return typeof manifest.name === "string" ? manifest.name : void 0;
  } catch {
    return void 0;
  }
}
async function championFormat(champion, model) {
  if (!model) return void 0;
  const ref = await champion.champion(model).catch(() => void 0);
  if (!ref) return void 0;
  try {
    return await bundleFormat(ref.path);
  } finally {
    await ref.release?.();
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
    if (inputs.champion && !configured) {
      const format = await championFormat(
        inputs.champion,
        loaded?.config.model.name ?? await bundleName(models[0])
      );
      if (format) formats.push(format);
    }
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
      models: read.list("models"),
      champion: read.bool("champion") ?? false,
      registry: read.string("registry")
    };
  },
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    const champion = inputs.champion ? configuredChampion(loaded, inputs.registry) : void 0;
    const plan = await planRuntime(loaded, { ...inputs, champion });
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
