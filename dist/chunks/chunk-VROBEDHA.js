import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  REGISTRY_NAME,
  compareSemver,
  foldHistory,
  parseSemver,
  registryEventSchema,
  versionRecordSchema
} from "./chunk-Z7B7WNOA.js";
import {
  hashBundleDir,
  sha256Hex
} from "./chunk-UDEL5NW4.js";
import {
  loadContractFile
} from "./chunk-6O7DFYOK.js";
import {
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/local/registry.ts
init_esm_dirname();
import { randomBytes } from "node:crypto";
import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var DirRegistry = class {
  constructor(location) {
    this.location = location;
  }
  location;
  modelDir(name) {
    if (!REGISTRY_NAME.test(name)) {
      throw new MlgateError(`'${name}' is not a model name`, {
        hint: "model names are lowercase letters, digits, '.', '_' or '-' (as model.name in mlgate.yml)"
      });
    }
    return join(this.location, "models", name);
  }
  bundleDir(digest) {
    return join(this.location, "bundles", digest.replace(/^sha256:/, ""));
  }
  async versions(name) {
    const dir = join(this.modelDir(name), "versions");
    const names = (await listDir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith("."));
    const records = await Promise.all(names.map((f) => readRecord(join(dir, f), versionRecordSchema)));
    return records.sort((a, b) => compareSemver(parseSemver(a.version), parseSemver(b.version)));
  }
  async history(name) {
    const dir = join(this.modelDir(name), "events");
    const names = (await listDir(dir)).filter((f) => /^\d{8}\.json$/.test(f)).sort();
    return Promise.all(names.map((f) => readRecord(join(dir, f), registryEventSchema)));
  }
  async list(name) {
    const names = name ? [name] : (await listDir(join(this.location, "models"))).sort();
    const models = [];
    for (const n of names) {
      const versions = await this.versions(n);
      if (versions.length === 0) continue;
      const state = foldHistory(await this.history(n));
      models.push({ name: n, versions, aliases: state.aliases, deprecated: [...state.deprecated] });
    }
    return models;
  }
  async resolve(ref) {
    const versions = await this.versions(ref.name);
    if ("version" in ref) return versions.find((v) => v.version === ref.version);
    const state = foldHistory(await this.history(ref.name));
    if ("alias" in ref) {
      const held = state.aliases[ref.alias];
      return held === void 0 ? void 0 : versions.find((v) => v.version === held);
    }
    return versions.filter((v) => !state.deprecated.has(v.version)).at(-1);
  }
  async register(request) {
    const versionsDir = join(this.modelDir(request.name), "versions");
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
    }
  }
  assign(move) {
    return this.append(move.name, (state, seq) => ({
      schema: "mlgate/registry-event@1",
      seq,
      name: move.name,
      kind: "assign",
      alias: move.alias,
      version: move.version,
      previous: state.aliases[move.alias] ?? null,
      actor: move.actor,
      at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
      why: move.why
    }));
  }
  deprecate(move) {
    return this.append(move.name, (_state, seq) => ({
      schema: "mlgate/registry-event@1",
      seq,
      name: move.name,
      kind: "deprecate",
      version: move.version,
      actor: move.actor,
      at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
      why: move.why
    }));
  }
  /** Appends the event `build` makes from the current state as number seq; retried on a lost race. */
  async append(name, build) {
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
  async pull(record, outDir) {
    const src = this.bundleDir(record.digest);
    const found = await hashBundleDir(src);
    if (found.digest !== record.digest) {
      const expected = new Map(record.files.map((f) => [f.path, f.sha256]));
      const changed = found.files.filter((f) => expected.get(f.path) !== f.sha256).map((f) => f.path);
      const missing = record.files.filter((f) => !found.files.some((g) => g.path === f.path)).map((f) => f.path);
      throw new MlgateError(
        `${record.tag} is corrupt in the registry: bundle digest ${found.digest}, registered ${record.digest}` + (changed.length ? `; changed or extra: ${changed.join(", ")}` : "") + (missing.length ? `; missing: ${missing.join(", ")}` : ""),
        {
          location: { file: src },
          hint: "the stored bundle was modified after registration; register the model again as a new version"
        }
      );
    }
    let existing;
    try {
      existing = await listDir(outDir);
    } catch (e) {
      throw new MlgateError(`cannot pull into ${outDir} (${e.code})`, {
        location: { file: outDir },
        hint: "pass --out a new or empty directory"
      });
    }
    if (existing.length > 0) {
      throw new MlgateError(`${outDir} is not empty`, {
        location: { file: outDir },
        hint: "pull into a new or empty directory, so the bundle is exactly the registered files"
      });
    }
    const outputs = {};
    for (const f of record.files) {
      const data = await readFile(join(src, f.path));
      if (sha256Hex(data) !== f.sha256) {
        throw new MlgateError(`${record.tag}: ${f.path} changed while it was being pulled`, {
          location: { file: join(src, f.path) }
        });
      }
      outputs[join(outDir, f.path)] = data;
    }
    await mkdir(outDir, { recursive: true });
    await writeOutputs(outputs);
    return { dir: outDir, digest: record.digest };
  }
  /** Copies the bundle into the store under its digest, checking each file against its hash. */
  async storeBundle(request) {
    const final = this.bundleDir(request.digest);
    if ((await listDir(final)).length > 0) return;
    const bundles = join(this.location, "bundles");
    const staged = join(
      bundles,
      `.${request.digest.slice(7, 19)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
    );
    try {
      for (const f of request.files) {
        const data = await readFile(join(request.dir, f.path));
        if (sha256Hex(data) !== f.sha256) {
          throw new MlgateError(`${join(request.dir, f.path)} changed while it was being registered`, {
            location: { file: join(request.dir, f.path) },
            hint: "register the bundle once whatever writes it has finished"
          });
        }
        const to = join(staged, f.path);
        await mkdir(join(to, ".."), { recursive: true });
        await writeFile(to, data);
      }
      try {
        await rename(staged, final);
      } catch (e) {
        const code = e.code;
        if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "EPERM") throw e;
      }
    } finally {
      await rm(staged, { recursive: true, force: true });
    }
  }
};
var MAX_ATTEMPTS = 1e4;
async function createExclusive(path, data) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, data, { flag: "wx" });
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if (e.code === "EEXIST") return false;
    throw e;
  } finally {
    await unlink(tmp);
  }
}
async function listDir(dir) {
  try {
    return await readdir(dir);
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
}
function readRecord(file, schema) {
  const hint = "registry files are written by mlgate only; restore this one from a backup";
  return loadContractFile(file, schema, { name: "registry record", missingHint: hint, invalidHint: hint });
}
function chooseRegistry(loaded, flag, cwd = process.cwd()) {
  if (flag === "github") {
    throw new MlgateError("the github registry backend is not available in this release", {
      hint: "use a directory registry: --registry <path>, or registry.path in mlgate.yml"
    });
  }
  if (flag) return new DirRegistry(resolve(cwd, flag));
  return new DirRegistry(resolve(loaded?.dir ?? cwd, loaded?.config.registry.path ?? ".mlgate/registry"));
}
function registryChampion(registry, opts = {}) {
  const alias = opts.alias ?? "champion";
  return {
    alias,
    async champion(model) {
      if (!REGISTRY_NAME.test(model)) return void 0;
      const record = await registry.resolve({ name: model, alias });
      if (!record) {
        opts.logger?.info(`no ${model}#${alias} in the registry at ${registry.location}`);
        return void 0;
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
    }
  };
}
function configuredChampion(loaded, flag, logger) {
  const alias = loaded?.config.registry.champion ?? "champion";
  return {
    alias,
    async champion(model) {
      const registry = chooseRegistry(loaded, flag);
      logger?.info(`registry: ${registry.location}`);
      return registryChampion(registry, { alias, logger }).champion(model);
    }
  };
}

export {
  DirRegistry,
  chooseRegistry,
  registryChampion,
  configuredChampion
};
