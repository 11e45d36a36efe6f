import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type LoadedConfig, resolveFromConfig } from "../core/config/load.js";
import { MODEL_MANIFEST_FILE } from "../core/contracts/model.js";
import { MlgateError } from "../core/errors.js";
import type { ChampionLookup } from "../core/evaluate/baseline.js";
import { AUTO_ORDER, type BackendName } from "../core/model/backends.js";
import {
  packageSpec,
  type RuntimePackage,
  runtimeCacheKey,
  runtimeInstallDir,
  scoringPackages,
  trainPackages,
  webgpuHostLikely,
} from "../core/model/runtime-packages.js";

export interface RuntimePlanInputs {
  /** `train`: what training with this config and backend needs; `score`: what scoring `models` needs. */
  for: "train" | "score";
  /** The train action's backend input (default train.backend). */
  backend?: string;
  /** The train action's tfjs-node input: gpu, cpu or none. */
  tfjsNode?: string;
  /** Model bundle directories or predictions files that will be scored. */
  models?: string[];
  /**
   * The registry's champion, when evaluate will compare with it (no baseline given): its format
   * counts too, unless mlgate.yml names a baseline, which evaluate takes first.
   */
  champion?: ChampionLookup;
}

/** The machine the packages are installed for. */
export interface RuntimeHost {
  platform: string;
  arch: string;
  /** Node's module ABI version (process.versions.modules). */
  modules: string;
  /** Whether the webgpu backend is likely to find a GPU here. */
  gpu: boolean;
}

export interface RuntimePlan {
  packages: RuntimePackage[];
  /** `name@version` of each, for npm. */
  specs: string[];
  /** Directory whose node_modules the bundled code resolves them from. */
  dir: string;
  /** Cache key of this set on this host. */
  key: string;
  /** Why, for the log. */
  reason: string;
}

export function currentHost(): RuntimeHost {
  return {
    platform: process.platform,
    arch: process.arch,
    modules: process.versions.modules,
    gpu: webgpuHostLikely(),
  };
}

/** The format a model file or bundle is in, when it is a readable bundle; else undefined (evaluate reports it). */
async function bundleFormat(path: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(path, MODEL_MANIFEST_FILE), "utf8")) as {
      format?: unknown;
    };
    return typeof manifest.format === "string" ? manifest.format : undefined;
  } catch {
    return undefined;
  }
}

/** The model name a bundle's manifest gives, for the champion lookup without mlgate.yml. */
async function bundleName(path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  try {
    const manifest = JSON.parse(await readFile(join(path, MODEL_MANIFEST_FILE), "utf8")) as {
      name?: unknown;
    };
    return typeof manifest.name === "string" ? manifest.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The champion's format, read from a pulled copy (the same lookup evaluate makes, so the same
 * digest check). A registry that cannot be read plans nothing: evaluate reports the error itself.
 */
async function championFormat(
  champion: ChampionLookup,
  model: string | undefined,
): Promise<string | undefined> {
  if (!model) return undefined;
  const ref = await champion.champion(model).catch(() => undefined);
  if (!ref) return undefined;
  try {
    return await bundleFormat(ref.path);
  } finally {
    await ref.release?.();
  }
}

/**
 * Which optional native packages a step needs, so that the kit's composites install only those
 * (and cache them under a key of the set and the host). Scoring also looks at the baseline that
 * mlgate.yml names, since evaluate scores it when no baseline is passed.
 */
export async function planRuntime(
  loaded: LoadedConfig | undefined,
  inputs: RuntimePlanInputs,
  host: RuntimeHost = currentHost(),
): Promise<RuntimePlan> {
  let packages: RuntimePackage[];
  let reason: string;
  if (inputs.for === "train") {
    const backend = inputs.backend ?? loaded?.config.train.backend ?? "auto";
    if (backend !== "auto" && !AUTO_ORDER.includes(backend as BackendName)) {
      throw new MlgateError(`backend must be auto, ${AUTO_ORDER.join(", ")}; got '${backend}'`, {
        location: { key: "train.backend" },
      });
    }
    const tfjsNode = inputs.tfjsNode;
    if (tfjsNode !== undefined && tfjsNode !== "gpu" && tfjsNode !== "cpu") {
      throw new MlgateError(`input 'tfjs-node' must be gpu, cpu or empty, got '${tfjsNode}'`);
    }
    const command = loaded?.config.train.command;
    packages = trainPackages({ backend: backend as "auto" | BackendName, command, tfjsNode, gpu: host.gpu });
    reason = command
      ? "train.command exports ONNX, which mlgate scores"
      : `backend ${backend}${backend === "auto" ? (host.gpu ? " on a machine with a GPU" : " without a GPU") : ""}${tfjsNode ? `, tfjs-node ${tfjsNode}` : ""}`;
  } else {
    const models = (inputs.models ?? []).map((m) => resolve(m));
    const configured = loaded?.config.evaluate.baseline;
    if (loaded && configured) models.push(resolveFromConfig(loaded, configured));
    const formats = (await Promise.all(models.map(bundleFormat))).filter((f): f is string => !!f);
    if (inputs.champion && !configured) {
      const format = await championFormat(
        inputs.champion,
        loaded?.config.model.name ?? (await bundleName(models[0])),
      );
      if (format) formats.push(format);
    }
    packages = scoringPackages(formats);
    reason = formats.length
      ? `model formats: ${[...new Set(formats)].join(", ")}`
      : "no model bundle to score";
  }
  return {
    packages,
    specs: packages.map(packageSpec),
    dir: runtimeInstallDir(),
    key: runtimeCacheKey(packages, host),
    reason,
  };
}
