import type { LoadedConfig } from "../core/config/load.js";
import type { RegistryEvent, VersionRecord } from "../core/contracts/version.js";
import { MlgateError } from "../core/errors.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { ModelRegistry, RegistryModel } from "../core/ports.js";
import { modelCard } from "../core/registry/card.js";
import { foldHistory } from "../core/registry/history.js";
import { formatRef, parseRef, type RegistryRef } from "../core/registry/tags.js";

/**
 * The registry subcommands (list, show, assign, history, pull, deprecate): each reads or appends
 * through the ModelRegistry port and refuses bad input before it writes anything.
 */

/** Who an event is by: the workflow's actor, else the local user. */
export function actorFrom(env: Record<string, string | undefined>): string {
  return env.GITHUB_ACTOR || env.USER || env.LOGNAME || env.USERNAME || "unknown";
}

/** Refuses an alias that registry.aliases in mlgate.yml does not allow. */
export function checkAlias(loaded: LoadedConfig | undefined, alias: string): void {
  const allowed = loaded?.config.registry.aliases;
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(alias)) {
    throw new MlgateError(`'${alias}' is not a stage name`, {
      hint: "stage (alias) names are lowercase letters, digits, '.', '_' or '-'",
    });
  }
  if (allowed && !allowed.includes(alias)) {
    throw new MlgateError(`stage '${alias}' is not in registry.aliases`, {
      location: {
        file: loaded?.file,
        line: loaded?.lineOf?.(["registry", "aliases"]),
        key: "registry.aliases",
      },
      hint: `allowed: ${allowed.join(", ")}; add it there to use it`,
    });
  }
}

/** The version `text` names; a clear error when nothing matches, naming what exists. */
export async function resolveRef(registry: ModelRegistry, text: string): Promise<VersionRecord> {
  const ref = parseRef(text);
  const found = await registry.resolve(ref);
  if (found) return found;
  throw await unknownRef(registry, ref);
}

async function unknownRef(registry: ModelRegistry, ref: RegistryRef): Promise<MlgateError> {
  const [model] = await registry.list(ref.name);
  if (!model) {
    return new MlgateError(`no model '${ref.name}' in the registry at ${registry.location}`, {
      hint: "register it first with `mlgate register --model <bundle>`, or check --registry",
    });
  }
  if ("alias" in ref) {
    const aliases = Object.keys(model.aliases);
    return new MlgateError(`unknown alias: nothing is assigned to ${formatRef(ref)}`, {
      hint: aliases.length
        ? `assigned stages: ${aliases.map((a) => `${ref.name}#${a}`).join(", ")}`
        : `no stage is assigned yet; use \`mlgate registry assign ${ref.name}@v${model.versions.at(-1)!.version} --stage ${ref.alias} --why "…"\``,
    });
  }
  return new MlgateError(`no version ${formatRef(ref)}`, {
    hint: `versions: ${model.versions.map((v) => v.version).join(", ")}`,
  });
}

export async function listModels(registry: ModelRegistry, name?: string): Promise<RegistryModel[]> {
  const models = await registry.list(name);
  if (name && models.length === 0) throw await unknownRef(registry, { name, latest: true });
  return models;
}

export interface ShownVersion {
  version: VersionRecord;
  aliases: string[];
  deprecated: boolean;
}

export async function showVersion(registry: ModelRegistry, text: string): Promise<ShownVersion> {
  const version = await resolveRef(registry, text);
  const state = foldHistory(await registry.history(version.name));
  return {
    version,
    aliases: Object.entries(state.aliases)
      .filter(([, v]) => v === version.version)
      .map(([a]) => a),
    deprecated: state.deprecated.has(version.version),
  };
}

export async function assignStage(
  registry: ModelRegistry,
  loaded: LoadedConfig | undefined,
  inputs: { ref: string; stage: string; why: string; actor: string },
): Promise<RegistryEvent> {
  checkAlias(loaded, inputs.stage);
  requireWhy(inputs.why);
  const version = await resolveRef(registry, inputs.ref);
  const state = foldHistory(await registry.history(version.name));
  if (state.deprecated.has(version.version)) {
    throw new MlgateError(`${version.tag} is deprecated and cannot be assigned`, {
      hint: "assign a version that is not deprecated (`mlgate registry list` marks them)",
    });
  }
  if (state.aliases[inputs.stage] === version.version) {
    throw new MlgateError(`${version.name}#${inputs.stage} already points at ${version.version}`, {
      hint: "nothing to move; `mlgate registry history` shows when it was assigned",
    });
  }
  return registry.assign({
    name: version.name,
    version: version.version,
    alias: inputs.stage,
    actor: inputs.actor,
    why: inputs.why,
  });
}

export async function deprecateVersion(
  registry: ModelRegistry,
  inputs: { ref: string; why: string; actor: string },
): Promise<RegistryEvent> {
  requireWhy(inputs.why);
  const ref = parseRef(inputs.ref);
  if (!("version" in ref)) {
    throw new MlgateError(`deprecate takes a version such as ${ref.name}@v1.2.3, not ${inputs.ref}`, {
      hint: "name the version itself, so what is deprecated cannot change under you",
    });
  }
  const version = await resolveRef(registry, inputs.ref);
  const state = foldHistory(await registry.history(version.name));
  if (state.deprecated.has(version.version)) {
    throw new MlgateError(`${version.tag} is deprecated already`, { hint: "nothing to do" });
  }
  const holding = Object.entries(state.aliases).filter(([, v]) => v === version.version);
  if (holding.length) {
    throw new MlgateError(
      `${version.tag} is still assigned to ${holding.map(([a]) => `${version.name}#${a}`).join(", ")}`,
      { hint: "assign those stages to another version first, so no stage points at a deprecated version" },
    );
  }
  return registry.deprecate({
    name: version.name,
    version: version.version,
    actor: inputs.actor,
    why: inputs.why,
  });
}

export async function modelHistory(registry: ModelRegistry, name: string): Promise<RegistryEvent[]> {
  await listModels(registry, name);
  return registry.history(name);
}

export async function pullVersion(
  registry: ModelRegistry,
  inputs: { ref: string; out: string; profile?: string },
): Promise<{ version: VersionRecord; dir: string; digest: string; profile?: string }> {
  const version = await resolveRef(registry, inputs.ref);
  // Checked before the bundle is copied, so a refused pull writes nothing.
  if (inputs.profile) {
    if (!version.profile) {
      throw new MlgateError(`${version.tag} has no training profile`, {
        hint: "it was registered without --profile; pull without --profile, or register a version with one",
      });
    }
    await checkOutputPaths([inputs.profile]);
  }
  const pulled = await registry.pull(version, inputs.out);
  if (inputs.profile && version.profile) {
    await writeOutputs({ [inputs.profile]: toJson(version.profile) });
    return { version, ...pulled, profile: inputs.profile };
  }
  return { version, ...pulled };
}

function requireWhy(why: string): void {
  if (!why.trim()) {
    throw new MlgateError("--why is empty", { hint: "say why, in a few words: it stays in the history" });
  }
}

/** The version's model card (README.md with Hugging Face metadata), written to `out` when given. */
export async function versionCard(
  registry: ModelRegistry,
  inputs: { ref: string; out?: string },
): Promise<{ version: VersionRecord; card: string; file?: string }> {
  const shown = await showVersion(registry, inputs.ref);
  const card = modelCard(shown.version, shown);
  if (inputs.out) await writeOutputs({ [inputs.out]: card });
  return { version: shown.version, card, ...(inputs.out ? { file: inputs.out } : {}) };
}
