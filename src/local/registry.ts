import { randomBytes } from "node:crypto";
import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as z from "zod";
import {
  REGISTRY_NAME,
  type RegistryEvent,
  registryEventSchema,
  type VersionRecord,
  versionRecordSchema,
} from "../core/contracts/version.js";
import { loadContractFile } from "../core/data/contract-io.js";
import { MlgateError } from "../core/errors.js";
import type { ChampionLookup } from "../core/evaluate/baseline.js";
import { toJson } from "../core/io/atomic.js";
import type { AliasMove, ModelRegistry, RegisterRequest, RegistryModel } from "../core/ports.js";
import { corruptBundleError, hashBundleDir, writePulledBundle } from "../core/registry/bundle-files.js";
import { sha256Hex } from "../core/registry/digest.js";
import { foldHistory, type RegistryState } from "../core/registry/history.js";
import { compareSemver, parseSemver } from "../core/registry/semver.js";
import type { RegistryRef } from "../core/registry/tags.js";

/**
 * The embedded registry: plain files under one directory, safe for concurrent writers.
 *
 *   models/<name>/versions/<semver>.json    version records (mlgate/version@1)
 *   models/<name>/events/<seq>.json         the history, seq zero-padded to 8 digits (mlgate/registry-event@1)
 *   bundles/<digest hex>/…                  bundle files, stored by bundle digest
 *
 * Nothing is ever overwritten. A record or event is written whole to a temporary file and then
 * hard-linked to its final name: link(2), like an exclusive create (`wx`), fails when the name
 * exists, so the name is a compare-and-swap slot taken by exactly one writer across processes,
 * and, unlike a file opened with `wx` and then written, a reader never sees it half-written. The
 * loser reads the new state and takes the next number. A bundle is complete in the store (staged,
 * then renamed into place) before any record names it.
 */
export class DirRegistry implements ModelRegistry {
  constructor(readonly location: string) {}

  private modelDir(name: string): string {
    if (!REGISTRY_NAME.test(name)) {
      throw new MlgateError(`'${name}' is not a model name`, {
        hint: "model names are lowercase letters, digits, '.', '_' or '-' (as model.name in mlgate.yml)",
      });
    }
    return join(this.location, "models", name);
  }

  private bundleDir(digest: string): string {
    return join(this.location, "bundles", digest.replace(/^sha256:/, ""));
  }

  async versions(name: string): Promise<VersionRecord[]> {
    const dir = join(this.modelDir(name), "versions");
    const names = (await listDir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith("."));
    const records = await Promise.all(names.map((f) => readRecord(join(dir, f), versionRecordSchema)));
    return records.sort((a, b) => compareSemver(parseSemver(a.version)!, parseSemver(b.version)!));
  }

  async history(name: string): Promise<RegistryEvent[]> {
    const dir = join(this.modelDir(name), "events");
    const names = (await listDir(dir)).filter((f) => /^\d{8}\.json$/.test(f)).sort();
    return Promise.all(names.map((f) => readRecord(join(dir, f), registryEventSchema)));
  }

  async list(name?: string): Promise<RegistryModel[]> {
    const names = name ? [name] : (await listDir(join(this.location, "models"))).sort();
    const models: RegistryModel[] = [];
    for (const n of names) {
      const versions = await this.versions(n);
      if (versions.length === 0) continue;
      const state = foldHistory(await this.history(n));
      models.push({ name: n, versions, aliases: state.aliases, deprecated: [...state.deprecated] });
    }
    return models;
  }

  async resolve(ref: RegistryRef): Promise<VersionRecord | undefined> {
    const versions = await this.versions(ref.name);
    if ("version" in ref) return versions.find((v) => v.version === ref.version);
    const state = foldHistory(await this.history(ref.name));
    if ("alias" in ref) {
      const held = state.aliases[ref.alias];
      return held === undefined ? undefined : versions.find((v) => v.version === held);
    }
    return versions.filter((v) => !state.deprecated.has(v.version)).at(-1);
  }

  async register(request: RegisterRequest): Promise<VersionRecord> {
    const versionsDir = join(this.modelDir(request.name), "versions");
    // Plan once before storing anything, so a refusal (a version that exists) writes nothing.
    request.plan(await this.versions(request.name));
    await this.storeBundle(request);
    await mkdir(versionsDir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS)
        throw new Error(`register ${request.name}: no free version after ${attempt} tries`);
      const record = versionRecordSchema.parse(request.plan(await this.versions(request.name)));
      if (record.digest !== request.digest || record.name !== request.name) {
        throw new Error("register: the planned record does not describe the stored bundle");
      }
      if (await createExclusive(join(versionsDir, `${record.version}.json`), toJson(record))) return record;
      // Another writer took this number first: plan again against the versions that exist now.
    }
  }

  assign(move: AliasMove): Promise<RegistryEvent> {
    return this.append(move.name, (state, seq) => ({
      schema: "mlgate/registry-event@1",
      seq,
      name: move.name,
      kind: "assign",
      alias: move.alias,
      version: move.version,
      previous: state.aliases[move.alias] ?? null,
      actor: move.actor,
      at: move.at ?? new Date().toISOString(),
      why: move.why,
    }));
  }

  deprecate(move: Omit<AliasMove, "alias">): Promise<RegistryEvent> {
    return this.append(move.name, (_state, seq) => ({
      schema: "mlgate/registry-event@1",
      seq,
      name: move.name,
      kind: "deprecate",
      version: move.version,
      actor: move.actor,
      at: move.at ?? new Date().toISOString(),
      why: move.why,
    }));
  }

  /** Appends the event `build` makes from the current state as number seq; retried on a lost race. */
  private async append(
    name: string,
    build: (state: RegistryState, seq: number) => RegistryEvent,
  ): Promise<RegistryEvent> {
    const dir = join(this.modelDir(name), "events");
    await mkdir(dir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS) throw new Error(`${name}: no free history slot after ${attempt} tries`);
      const state = foldHistory(await this.history(name));
      const event = registryEventSchema.parse(build(state, state.nextSeq));
      const file = join(dir, `${String(event.seq).padStart(8, "0")}.json`);
      if (await createExclusive(file, toJson(event))) return event;
    }
  }

  async pull(record: VersionRecord, outDir: string): Promise<{ dir: string; digest: string }> {
    const src = this.bundleDir(record.digest);
    const found = await hashBundleDir(src);
    if (found.digest !== record.digest) throw corruptBundleError(record, found, src);
    const data = new Map<string, Uint8Array>();
    for (const f of record.files) data.set(f.path, await readFile(join(src, f.path)));
    await writePulledBundle(
      record,
      outDir,
      (path) => data.get(path)!,
      (path) => join(src, path),
    );
    return { dir: outDir, digest: record.digest };
  }

  /** Copies the bundle into the store under its digest, checking each file against its hash. */
  private async storeBundle(request: RegisterRequest): Promise<void> {
    const final = this.bundleDir(request.digest);
    if ((await listDir(final)).length > 0) return;
    const bundles = join(this.location, "bundles");
    const staged = join(
      bundles,
      `.${request.digest.slice(7, 19)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
    );
    try {
      for (const f of request.files) {
        const data = await readFile(join(request.dir, f.path));
        if (sha256Hex(data) !== f.sha256) {
          throw new MlgateError(`${join(request.dir, f.path)} changed while it was being registered`, {
            location: { file: join(request.dir, f.path) },
            hint: "register the bundle once whatever writes it has finished",
          });
        }
        const to = join(staged, f.path);
        await mkdir(join(to, ".."), { recursive: true });
        await writeFile(to, data);
      }
      try {
        await rename(staged, final);
      } catch (e) {
        // A concurrent writer stored the same content first; its copy was checked the same way.
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "EPERM") throw e;
      }
    } finally {
      await rm(staged, { recursive: true, force: true });
    }
  }
}

/**
 * A writer retries only after another writer took the slot, so each retry means progress for
 * someone; the bound turns a bug (a plan that ignores the versions it is shown) into an error
 * instead of a spin.
 */
const MAX_ATTEMPTS = 10_000;

/** Creates `path` with `data` unless it exists; false when another writer holds the name. */
async function createExclusive(path: string, data: string): Promise<boolean> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, data, { flag: "wx" });
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    await unlink(tmp);
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

function readRecord<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const hint = "registry files are written by mlgate only; restore this one from a backup";
  return loadContractFile(file, schema, { name: "registry record", missingHint: hint, invalidHint: hint });
}

/**
 * The registry's champion as evaluate's baseline: the version `<model>#<alias>` holds, pulled
 * (its digest verified) into a fresh temporary directory. No such alias: undefined, so evaluate
 * runs in first-model mode and says so.
 */
export function registryChampion(
  registry: ModelRegistry,
  opts: { alias?: string; logger?: { info(message: string): void } } = {},
): ChampionLookup {
  const alias = opts.alias ?? "champion";
  return {
    alias,
    async champion(model) {
      if (!REGISTRY_NAME.test(model)) return undefined;
      const record = await registry.resolve({ name: model, alias });
      if (!record) {
        opts.logger?.info(`no ${model}#${alias} in the registry at ${registry.location}`);
        return undefined;
      }
      const tmp = await mkdtemp(join(tmpdir(), "mlgate-champion-"));
      const release = () => rm(tmp, { recursive: true, force: true });
      const dir = join(tmp, `${model}-v${record.version}`);
      try {
        await registry.pull(record, dir);
      } catch (e) {
        await release();
        throw e;
      }
      opts.logger?.info(`baseline: ${model}#${alias} is ${record.tag} (${record.digest}), pulled to ${dir}`);
      return { path: dir, tag: record.tag, version: record.version, alias, release };
    },
  };
}
