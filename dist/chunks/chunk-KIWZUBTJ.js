import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  REGISTRY_NAME,
  compareSemver,
  foldHistory,
  formatTag,
  modelCard,
  parseSemver,
  parseTag,
  registryEventSchema,
  versionRecordSchema
} from "./chunk-YAFN5PSM.js";
import {
  bundleDigestOf,
  corruptBundleError,
  hashBundleDir,
  sha256Hex,
  writePulledBundle
} from "./chunk-5EU7FAAZ.js";
import {
  publishCheckRun
} from "./chunk-DEFAIO2G.js";
import {
  upsertStickyComment
} from "./chunk-3WSHO5UH.js";
import {
  AlreadyExistsError,
  apiBaseUrl,
  githubClient,
  githubError,
  isAlreadyExists,
  isRequestError,
  readActionsContext,
  tokenFrom,
  unlessNotFound
} from "./chunk-PDW6HMQT.js";
import {
  loadContractFile
} from "./chunk-6O7DFYOK.js";
import {
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  silentLogger
} from "./chunk-I2J6S7FN.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  summary
} from "./chunk-EANIINQF.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/wiring.ts
init_esm_dirname();
import { resolve } from "node:path";

// src/github/publisher.ts
init_esm_dirname();
var readOnlyToken = (e) => isRequestError(e, 403) && /not accessible by integration/i.test(String(e.message));
async function appendJobSummary(md) {
  await summary.addRaw(md, true).write();
}
function githubPublisher(opts) {
  const logger = opts.logger ?? silentLogger;
  const writeSummary = opts.writeSummary ?? appendJobSummary;
  const orFallback = async (what, post, local) => {
    try {
      return await post();
    } catch (e) {
      const cause = e.cause ?? e;
      if (!opts.fallback || !readOnlyToken(cause)) throw e;
      logger.warn(
        `the token cannot ${what} (read-only, as on a pull request from a fork); wrote the files instead \u2014 the workflow_run poster (\`mlgate publish\`) publishes them`
      );
      return local(opts.fallback);
    }
  };
  return {
    upsertComment(key, markdown) {
      return orFallback(
        "comment on the pull request",
        async () => {
          const r = await upsertStickyComment(
            opts.client,
            { ...opts.repo, issueNumber: opts.pullNumber },
            key,
            markdown,
            { logger, author: opts.author }
          );
          logger.info(`${r.action} comment ${r.url}`);
          return r.url;
        },
        (p) => p.upsertComment(key, markdown)
      );
    },
    summary(markdown) {
      return writeSummary(markdown);
    },
    check(check) {
      return orFallback(
        "create a check run",
        async () => {
          const r = await publishCheckRun(opts.client, { ...opts.repo, headSha: opts.headSha }, check, {
            detailsUrl: opts.detailsUrl
          });
          return r.url;
        },
        async (p) => p.check?.(check)
      );
    }
  };
}

// src/github/registry.ts
init_esm_dirname();
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// src/github/refs.ts
init_esm_dirname();
function shortRef(ref) {
  return ref.replace(/^refs\//, "");
}
function toTag(d) {
  return { tag: d.tag, sha: d.sha, message: d.message, target: d.object.sha, tagger: d.tagger };
}
function toRef(d) {
  return { ref: d.ref, sha: d.object.sha, type: d.object.type };
}
async function createRef(client, repo, ref, sha) {
  const full = ref.startsWith("refs/") ? ref : `refs/${ref}`;
  try {
    const { data } = await client.rest.git.createRef({ ...repo, ref: full, sha });
    return toRef(data);
  } catch (e) {
    if (isAlreadyExists(e)) throw new AlreadyExistsError(`ref ${full}`, e);
    throw githubError(`create ref ${full}`, e);
  }
}
function getRef(client, repo, ref) {
  return unlessNotFound(
    `read ref ${ref}`,
    async () => toRef((await client.rest.git.getRef({ ...repo, ref: shortRef(ref) })).data)
  );
}
async function listMatchingRefs(client, repo, prefix) {
  try {
    const all = await client.paginate(client.rest.git.listMatchingRefs, { ...repo, ref: shortRef(prefix) });
    return all.map(toRef);
  } catch (e) {
    throw githubError(`list refs matching ${prefix}`, e);
  }
}
async function createTagObject(client, repo, opts) {
  if (!/^[^\s~^:?*[\\]+$/.test(opts.tag) || opts.tag.includes("..") || opts.tag.endsWith(".lock")) {
    throw new MlgateError(`'${opts.tag}' is not a valid git tag name`, {
      hint: "no spaces, '..', '~', '^', ':', '?', '*', '[' or '\\'"
    });
  }
  try {
    const { data } = await client.rest.git.createTag({
      ...repo,
      tag: opts.tag,
      message: opts.message,
      object: opts.sha,
      type: "commit",
      ...opts.tagger ? { tagger: opts.tagger } : {}
    });
    return {
      tag: data.tag,
      sha: data.sha,
      message: data.message,
      target: data.object.sha,
      tagger: data.tagger
    };
  } catch (e) {
    throw githubError(`create tag object ${opts.tag}`, e);
  }
}
function getAnnotatedTag(client, repo, tagSha) {
  return unlessNotFound(
    `read tag object ${tagSha}`,
    async () => toTag((await client.rest.git.getTag({ ...repo, tag_sha: tagSha })).data)
  );
}

// src/github/releases.ts
init_esm_dirname();
var toAsset = (a) => ({
  id: a.id,
  name: a.name,
  size: a.size,
  digest: a.digest ?? null,
  url: a.url,
  downloadUrl: a.browser_download_url
});
function toRelease(d) {
  return {
    id: d.id,
    tag: d.tag_name,
    name: d.name,
    body: d.body ?? null,
    url: d.html_url,
    uploadUrl: d.upload_url,
    assets: d.assets.map(toAsset)
  };
}
async function createRelease(client, repo, opts) {
  try {
    const { data } = await client.rest.repos.createRelease({
      ...repo,
      tag_name: opts.tag,
      name: opts.name ?? opts.tag,
      body: opts.body ?? "",
      prerelease: opts.prerelease ?? false,
      draft: opts.draft ?? false
    });
    return toRelease(data);
  } catch (e) {
    if (isAlreadyExists(e)) throw new AlreadyExistsError(`release for tag ${opts.tag}`, e);
    throw githubError(`create release ${opts.tag}`, e);
  }
}
function getReleaseByTag(client, repo, tag) {
  return unlessNotFound(
    `read release ${tag}`,
    async () => toRelease((await client.rest.repos.getReleaseByTag({ ...repo, tag })).data)
  );
}
async function uploadReleaseAsset(client, release, asset) {
  try {
    const { data } = await client.request({
      method: "POST",
      url: release.uploadUrl,
      name: asset.name,
      ...asset.label ? { label: asset.label } : {},
      data: asset.data,
      headers: {
        "content-type": asset.contentType ?? "application/octet-stream",
        "content-length": asset.data.byteLength
      }
    });
    return toAsset(data);
  } catch (e) {
    if (isRequestError(e, 422))
      throw new AlreadyExistsError(`asset ${asset.name} on release ${release.tag}`, e);
    throw githubError(`upload ${asset.name} to release ${release.tag}`, e);
  }
}
async function listReleaseAssets(client, repo, releaseId) {
  try {
    const all = await client.paginate(client.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: releaseId,
      per_page: 100
    });
    return all.map(toAsset);
  } catch (e) {
    throw githubError(`list the assets of release ${releaseId}`, e);
  }
}
async function listReleases(client, repo, until = () => false) {
  const all = [];
  try {
    for await (const { data } of client.paginate.iterator(client.rest.repos.listReleases, {
      ...repo,
      per_page: 100
    })) {
      const page = data.map(toRelease);
      all.push(...page);
      if (until(page)) break;
    }
  } catch (e) {
    throw githubError("list releases", e);
  }
  return all;
}
async function downloadReleaseAsset(client, repo, asset) {
  try {
    const { data } = await client.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" }
    });
    return new Uint8Array(data);
  } catch (e) {
    throw githubError(`download release asset ${asset.name}`, e);
  }
}

// src/github/registry.ts
var GitHubRegistry = class {
  location;
  client;
  repo;
  commit;
  logger;
  constructor(opts) {
    this.client = opts.client;
    this.repo = opts.repo;
    this.commit = opts.commit;
    this.logger = opts.logger ?? silentLogger;
    this.location = `github:${opts.repo.owner}/${opts.repo.repo}`;
  }
  // --- reading -------------------------------------------------------------------------------
  /** The model tags under `tags/<name>` (every model's when no name), in one listing request. */
  async tags(name) {
    if (name !== void 0) checkName(name);
    const refs = await listMatchingRefs(this.client, this.repo, name ? `tags/${name}` : "tags/");
    const models = /* @__PURE__ */ new Map();
    for (const ref of refs) {
      const text = ref.ref.replace(/^refs\/tags\//, "");
      const tag = parseTag(text);
      if (!tag || name !== void 0 && tag.name !== name || !REGISTRY_NAME.test(tag.name)) continue;
      let m = models.get(tag.name);
      if (!m) {
        m = { versions: /* @__PURE__ */ new Map(), deprecated: /* @__PURE__ */ new Map(), assigns: [], highest: 0 };
        models.set(tag.name, m);
      }
      if (tag.action === "register") m.versions.set(tag.version, ref.sha);
      else if (tag.action === "deregister") m.deprecated.set(tag.version, { tag: text, sha: ref.sha });
      else if (tag.action === "assign" && tag.number !== void 0)
        m.assigns.push({ stage: tag.stage, number: tag.number, tag: text, sha: ref.sha });
      if ((tag.action === "assign" || tag.action === "unassign") && tag.number !== void 0)
        m.highest = Math.max(m.highest, tag.number);
    }
    return models;
  }
  /** The payload mlgate wrote into a tag message; undefined for a tag someone else made. */
  async payload(sha) {
    const tag = await getAnnotatedTag(this.client, this.repo, sha);
    if (!tag) return void 0;
    const payload = payloadOf(tag.message);
    return payload ? { payload, target: tag.target } : void 0;
  }
  /** The record in a version tag's message: immutable, the tag object is content-addressed. */
  async recordAt(sha, tag) {
    const found = await this.payload(sha);
    if (found?.payload.mlgate !== "version")
      throw new MlgateError(`${tag} in ${this.location} carries no mlgate version record`, {
        hint: "the tag was not made by mlgate register; register the bundle with mlgate"
      });
    const record = versionRecordSchema.parse(found.payload.record);
    if (record.tag !== tag) throw new Error(`${tag}: its record is for ${record.tag}`);
    return { record, target: found.target };
  }
  /**
   * Every version of the models `tags` lists, with its record and its release. Records come
   * from the release bodies, read newest first and only until every version was seen; a
   * version without a release (an unfinished register) is read from its tag message.
   */
  async versionsOf(models) {
    const wanted = /* @__PURE__ */ new Map();
    for (const [name, m] of models)
      for (const [version, sha] of m.versions)
        wanted.set(formatTag({ action: "register", name, version }), { name, sha });
    const seen = /* @__PURE__ */ new Map();
    if (wanted.size > 0) {
      await listReleases(this.client, this.repo, (page) => {
        for (const release of page) {
          if (!wanted.has(release.tag) || seen.has(release.tag)) continue;
          const record = recordInBody(release.body, release.tag);
          if (record) seen.set(release.tag, { record, release });
        }
        return seen.size === wanted.size;
      });
    }
    const missing = [...wanted].filter(([tag]) => !seen.has(tag));
    await forEachLimit(missing, 8, async ([tag, { sha }]) => {
      const { record } = await this.recordAt(sha, tag);
      const release = await getReleaseByTag(this.client, this.repo, tag);
      seen.set(tag, { record, release });
    });
    const out = /* @__PURE__ */ new Map();
    for (const [tag, { name }] of wanted) {
      const list = out.get(name) ?? [];
      list.push(seen.get(tag));
      out.set(name, list);
    }
    for (const list of out.values()) list.sort((a, b) => bySemver(a.record, b.record));
    return out;
  }
  /** What each stage holds now: the version in its highest-numbered assignment's message. */
  async aliasesOf(m) {
    const latest = /* @__PURE__ */ new Map();
    for (const a of m.assigns) if ((latest.get(a.stage)?.number ?? 0) < a.number) latest.set(a.stage, a);
    const aliases = {};
    await forEachLimit([...latest.values()], 8, async (a) => {
      const found = await this.payload(a.sha);
      if (found?.payload.mlgate === "event" && found.payload.kind === "assign")
        aliases[a.stage] = String(found.payload.version);
      else this.logger.warn(`${a.tag} was not written by mlgate; its stage is left out`);
    });
    return Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a < b ? -1 : 1));
  }
  async list(name) {
    const models = await this.tags(name);
    const versions = await this.versionsOf(models);
    const out = [];
    for (const [n, m] of [...models].sort(([a], [b]) => a < b ? -1 : 1)) {
      const vs = versions.get(n);
      if (!vs?.length) continue;
      out.push({
        name: n,
        versions: vs.map((v) => v.record),
        aliases: await this.aliasesOf(m),
        deprecated: [...m.deprecated.keys()].sort((a, b) => compareSemver(parseSemver(a), parseSemver(b)))
      });
    }
    return out;
  }
  async resolve(ref) {
    checkName(ref.name);
    if ("version" in ref) {
      const tag = formatTag({ action: "register", name: ref.name, version: ref.version });
      const found = await getRef(this.client, this.repo, `tags/${tag}`);
      return found ? (await this.recordAt(found.sha, tag)).record : void 0;
    }
    const m = (await this.tags(ref.name)).get(ref.name);
    if (!m) return void 0;
    let version;
    if ("alias" in ref) version = (await this.aliasesOf(m))[ref.alias];
    else
      version = [...m.versions.keys()].filter((v) => !m.deprecated.has(v)).sort((a, b) => compareSemver(parseSemver(a), parseSemver(b))).at(-1);
    const sha = version === void 0 ? void 0 : m.versions.get(version);
    if (version === void 0 || sha === void 0) return void 0;
    return (await this.recordAt(sha, formatTag({ action: "register", name: ref.name, version }))).record;
  }
  /**
   * The model's events in order: assignments by their number, each deprecation after the
   * assignment numbers it saw when it was made; seq is the position in that order. Reads one
   * tag object per event.
   */
  async history(name) {
    return (await this.events(name)).map((e) => e.event);
  }
  /** The history with the tag each event is written in. */
  async events(name) {
    const m = (await this.tags(name)).get(name);
    if (!m) return [];
    const refs = [
      ...m.assigns.map((a) => ({ tag: a.tag, sha: a.sha, number: a.number })),
      ...[...m.deprecated.values()].map((d) => ({ tag: d.tag, sha: d.sha, number: void 0 }))
    ];
    const read = [];
    await forEachLimit(refs, 8, async (r) => {
      const found = await this.payload(r.sha);
      const p = found?.payload;
      if (p?.mlgate !== "event") {
        this.logger.warn(`${r.tag} was not written by mlgate; it is left out of the history`);
        return;
      }
      const event = {
        schema: "mlgate/registry-event@1",
        name,
        kind: p.kind,
        version: String(p.version),
        ...p.kind === "assign" ? { alias: String(p.alias), previous: p.previous ?? null } : {},
        actor: String(p.actor),
        at: String(p.at),
        why: String(p.why)
      };
      const key = r.number !== void 0 ? [r.number, 0, event.at, r.tag] : [Number(p.after ?? 0), 1, event.at, r.tag];
      read.push({ tag: r.tag, key, event });
    });
    read.sort((a, b) => {
      for (let i = 0; i < 4; i++) if (a.key[i] !== b.key[i]) return a.key[i] < b.key[i] ? -1 : 1;
      return 0;
    });
    const held = {};
    return read.map((r, i) => {
      const e = { ...r.event, seq: i + 1 };
      if (e.kind === "assign" && e.alias) {
        e.previous = held[e.alias] ?? null;
        held[e.alias] = e.version;
      }
      return { tag: r.tag, event: registryEventSchema.parse(e) };
    });
  }
  // --- writing -------------------------------------------------------------------------------
  async register(request) {
    checkName(request.name);
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS)
        throw new Error(`register ${request.name}: no free version after ${attempt} tries`);
      const listed = (await this.versionsOf(await this.tags(request.name))).get(request.name) ?? [];
      const unfinished = listed.find(
        (v) => v.record.digest === request.digest && missingAssets(v.record, v.release?.assets).length > 0
      );
      if (unfinished) {
        this.logger.info(`${unfinished.record.tag}: completing an unfinished registration of this bundle`);
        await this.publish(unfinished.record, request, unfinished.release);
        return unfinished.record;
      }
      const record = versionRecordSchema.parse(request.plan(listed.map((v) => v.record)));
      if (record.digest !== request.digest || record.name !== request.name) {
        throw new Error("register: the planned record does not describe the bundle");
      }
      if (attempt === 0) await readBundle(request);
      const commit = record.lineage.git_commit ?? this.commit;
      if (!commit) {
        throw new MlgateError(`${record.tag}: no commit to tag`, {
          hint: "run in a workflow (GITHUB_SHA), or train from a git checkout so the bundle records its commit"
        });
      }
      const payload = { mlgate: "version", nonce: nonce(), record };
      if (await this.claim(
        record.tag,
        commit,
        `Registering ${record.name} version v${record.version} (${record.digest})`,
        payload
      )) {
        await this.publish(record, request, void 0);
        return record;
      }
    }
  }
  /**
   * Creates tag `name` (object, then ref) unless another writer holds it. True when this writer
   * owns it, including when its own create went through but the answer was lost.
   */
  async claim(name, commit, summary2, payload) {
    const object = await createTagObject(this.client, this.repo, {
      tag: name,
      message: `${summary2}

${JSON.stringify(payload)}
`,
      sha: commit
    });
    try {
      await createRef(this.client, this.repo, `refs/tags/${name}`, object.sha);
      return true;
    } catch (e) {
      if (!(e instanceof AlreadyExistsError)) throw e;
      const held = await getRef(this.client, this.repo, `tags/${name}`);
      return held?.sha === object.sha;
    }
  }
  /** The release on the version tag with every asset: finishes whatever an earlier attempt left. */
  async publish(record, request, known) {
    let release = known ?? await getReleaseByTag(this.client, this.repo, record.tag);
    if (!release) {
      try {
        release = await createRelease(this.client, this.repo, {
          tag: record.tag,
          name: `${record.name} v${record.version}`,
          body: releaseBody(record)
        });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
        release = await getReleaseByTag(this.client, this.repo, record.tag);
      }
    }
    const wanted = releaseAssets(record);
    const missing = missingAssets(record, release.assets);
    if (missing.length === 0) return;
    const bundle = await readBundle(request);
    for (const name of missing) {
      const a = wanted.find((w) => w.name === name);
      const data = a.path === void 0 ? a.data : bundle.get(a.path);
      try {
        await uploadReleaseAsset(this.client, release, { name, data, contentType: a.contentType });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
        const there = (await listReleaseAssets(this.client, this.repo, release.id)).find(
          (x) => x.name === name
        );
        if (!there || a.path !== void 0 && !sameBytes(there, data)) {
          throw new MlgateError(
            `${record.tag}: release asset ${name} exists but is not the registered file`,
            {
              hint: "delete that asset from the release and run the register again to upload it"
            }
          );
        }
      }
    }
  }
  async assign(move) {
    return this.append(move.name, "assign", move.version, async (m, number) => {
      const previous = (await this.aliasesOf(m))[move.alias] ?? null;
      return {
        tag: formatTag({ action: "assign", name: move.name, stage: move.alias, number }),
        summary: `Assigning stage ${move.alias} to ${move.name} version v${move.version}`,
        payload: {
          mlgate: "event",
          nonce: nonce(),
          kind: "assign",
          alias: move.alias,
          version: move.version,
          previous,
          actor: move.actor,
          at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
          why: move.why
        }
      };
    });
  }
  async deprecate(move) {
    return this.append(move.name, "deprecate", move.version, async (_m, number) => ({
      tag: formatTag({ action: "deregister", name: move.name, version: move.version }),
      summary: `Deprecating ${move.name} version v${move.version}`,
      payload: {
        mlgate: "event",
        nonce: nonce(),
        kind: "deprecate",
        version: move.version,
        after: number - 1,
        actor: move.actor,
        at: move.at ?? (/* @__PURE__ */ new Date()).toISOString(),
        why: move.why
      }
    }));
  }
  /** Claims the event's tag (the next assignment number; retried on a lost race). */
  async append(name, kind, version, build) {
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS) throw new Error(`${name}: no free history slot after ${attempt} tries`);
      const m = (await this.tags(name)).get(name);
      const sha = m?.versions.get(version);
      if (!m || !sha) {
        throw new MlgateError(`no version ${name}@v${version} in ${this.location}`, {
          hint: "`mlgate registry list` shows the versions"
        });
      }
      const next = m.highest + 1;
      const { tag, summary: summary2, payload } = await build(m, next);
      const { target } = await this.recordAt(sha, formatTag({ action: "register", name, version }));
      if (await this.claim(tag, target, summary2, payload)) {
        const written = (await this.events(name)).find((e) => e.tag === tag);
        if (!written) throw new Error(`${tag}: the event is not in the history it was written to`);
        return written.event;
      }
      if (kind === "deprecate") {
        throw new MlgateError(`${name}@v${version} is deprecated already`, { hint: "nothing to do" });
      }
    }
  }
  // --- pulling -------------------------------------------------------------------------------
  async pull(record, outDir) {
    const release = await getReleaseByTag(this.client, this.repo, record.tag);
    const names = new Set((release?.assets ?? []).map((a) => a.name));
    const missing = record.files.map((f) => assetName(record, f.path)).filter((n) => !names.has(n));
    if (!release || missing.length > 0) {
      throw new MlgateError(
        `${record.tag} in ${this.location} is unfinished: ${release ? `missing release assets ${missing.join(", ")}` : "it has no release"}`,
        { hint: "register the same bundle again: the registration is completed, not repeated" }
      );
    }
    const data = /* @__PURE__ */ new Map();
    await forEachLimit(record.files, 4, async (f) => {
      const asset = release.assets.find((a) => a.name === assetName(record, f.path));
      data.set(f.path, await downloadReleaseAsset(this.client, this.repo, asset));
    });
    const files = record.files.map((f) => ({ path: f.path, sha256: sha256Hex(data.get(f.path)) }));
    const digest = bundleDigestOf(files);
    if (digest !== record.digest) throw corruptBundleError(record, { files, digest }, release.url);
    await writePulledBundle(
      record,
      outDir,
      (path) => data.get(path),
      () => release.url
    );
    return { dir: outDir, digest };
  }
};
var MAX_ATTEMPTS = 1e4;
var nonce = () => randomBytes(8).toString("hex");
var bySemver = (a, b) => compareSemver(parseSemver(a.version), parseSemver(b.version));
function checkName(name) {
  if (!REGISTRY_NAME.test(name)) {
    throw new MlgateError(`'${name}' is not a model name`, {
      hint: "model names are lowercase letters, digits, '.', '_' or '-' (as model.name in mlgate.yml)"
    });
  }
}
function payloadOf(message) {
  const i = message.indexOf("\n\n{");
  if (i < 0) return void 0;
  try {
    const p = JSON.parse(message.slice(i + 2));
    return typeof p?.mlgate === "string" ? p : void 0;
  } catch {
    return void 0;
  }
}
var BODY_MARK = "<!-- mlgate:version ";
function releaseBody(record) {
  const { profile: _profile, ...listed } = record;
  const json = JSON.stringify(listed).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  const comment = `${BODY_MARK}${json} -->
`;
  const card = modelCard(record).replace(/^---\n[\s\S]*?\n---\n/, "");
  for (const body of [`${card}
${comment}`, comment, card.slice(0, BODY_LIMIT)]) {
    if (body.length <= BODY_LIMIT) return body;
  }
  return "";
}
var BODY_LIMIT = 125e3;
function recordInBody(body, tag) {
  const i = body?.lastIndexOf(BODY_MARK) ?? -1;
  if (!body || i < 0) return void 0;
  const end = body.indexOf(" -->", i);
  try {
    const record = versionRecordSchema.parse(JSON.parse(body.slice(i + BODY_MARK.length, end)));
    return record.tag === tag ? record : void 0;
  } catch {
    return void 0;
  }
}
function assetName(record, path) {
  const i = record.files.findIndex((f) => f.path === path);
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/[^A-Za-z0-9._-]/g, "_");
  return `bundle.${i}.${base}`;
}
function releaseAssets(record) {
  const text = (name, s, contentType) => {
    const data = Buffer.from(s);
    return { name, data, bytes: data.byteLength, sha256: sha256Hex(data), contentType };
  };
  return [
    ...record.files.map((f) => ({
      name: assetName(record, f.path),
      path: f.path,
      bytes: f.bytes,
      sha256: f.sha256,
      contentType: "application/octet-stream"
    })),
    text("README.md", modelCard(record), "text/markdown"),
    text("version.json", toJson(record), "application/json")
  ];
}
function missingAssets(record, assets) {
  const there = new Map((assets ?? []).map((a) => [a.name, a]));
  return releaseAssets(record).filter((w) => {
    const a = there.get(w.name);
    if (!a) return true;
    if (w.path === void 0) return false;
    return a.size !== w.bytes || a.digest !== null && a.digest !== `sha256:${w.sha256}`;
  }).map((w) => w.name);
}
function sameBytes(asset, data) {
  return asset.size === data.byteLength && (asset.digest === null || asset.digest === `sha256:${sha256Hex(data)}`);
}
async function readBundle(request) {
  const out = /* @__PURE__ */ new Map();
  for (const f of request.files) {
    const file = join(request.dir, f.path);
    const data = await readFile(file);
    if (sha256Hex(data) !== f.sha256) {
      throw new MlgateError(`${file} changed while it was being registered`, {
        location: { file },
        hint: "register the bundle once whatever writes it has finished"
      });
    }
    out.set(f.path, data);
  }
  return out;
}
async function forEachLimit(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function githubRegistryFromEnv(env = process.env, opts = {}) {
  const token = tokenFrom(env);
  if (!token) {
    throw new MlgateError("the github registry needs a token", {
      hint: "set GITHUB_TOKEN (in a workflow: `permissions: contents: write`), or use a directory registry"
    });
  }
  const { repo } = readActionsContext(env);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  return new GitHubRegistry({ client, repo, commit: env.GITHUB_SHA, logger: opts.logger });
}

// src/local/publisher.ts
init_esm_dirname();
import { join as join2 } from "node:path";
function localPublisher(outDir) {
  const fileFor = (key) => {
    const kind = key.split(":")[0] ?? key;
    return kind === "evaluate" || kind === key ? "pr-comment.md" : `pr-comment-${kind}.md`;
  };
  return {
    async upsertComment(key, markdown) {
      const path = join2(outDir, fileFor(key));
      await writeOutputs({ [path]: markdown });
      return path;
    },
    async summary(markdown) {
      await writeOutputs({ [join2(outDir, "summary.md")]: markdown });
    },
    async check(check) {
      const path = join2(outDir, "check.json");
      await writeOutputs({ [path]: toJson(check) });
      return path;
    }
  };
}

// src/local/registry.ts
init_esm_dirname();
import { randomBytes as randomBytes2 } from "node:crypto";
import { link, mkdir, mkdtemp, readdir, readFile as readFile2, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
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
    return join3(this.location, "models", name);
  }
  bundleDir(digest) {
    return join3(this.location, "bundles", digest.replace(/^sha256:/, ""));
  }
  async versions(name) {
    const dir = join3(this.modelDir(name), "versions");
    const names = (await listDir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith("."));
    const records = await Promise.all(names.map((f) => readRecord(join3(dir, f), versionRecordSchema)));
    return records.sort((a, b) => compareSemver(parseSemver(a.version), parseSemver(b.version)));
  }
  async history(name) {
    const dir = join3(this.modelDir(name), "events");
    const names = (await listDir(dir)).filter((f) => /^\d{8}\.json$/.test(f)).sort();
    return Promise.all(names.map((f) => readRecord(join3(dir, f), registryEventSchema)));
  }
  async list(name) {
    const names = name ? [name] : (await listDir(join3(this.location, "models"))).sort();
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
    const versionsDir = join3(this.modelDir(request.name), "versions");
    request.plan(await this.versions(request.name));
    await this.storeBundle(request);
    await mkdir(versionsDir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS2)
        throw new Error(`register ${request.name}: no free version after ${attempt} tries`);
      const record = versionRecordSchema.parse(request.plan(await this.versions(request.name)));
      if (record.digest !== request.digest || record.name !== request.name) {
        throw new Error("register: the planned record does not describe the stored bundle");
      }
      if (await createExclusive(join3(versionsDir, `${record.version}.json`), toJson(record))) return record;
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
    const dir = join3(this.modelDir(name), "events");
    await mkdir(dir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS2) throw new Error(`${name}: no free history slot after ${attempt} tries`);
      const state = foldHistory(await this.history(name));
      const event = registryEventSchema.parse(build(state, state.nextSeq));
      const file = join3(dir, `${String(event.seq).padStart(8, "0")}.json`);
      if (await createExclusive(file, toJson(event))) return event;
    }
  }
  async pull(record, outDir) {
    const src = this.bundleDir(record.digest);
    const found = await hashBundleDir(src);
    if (found.digest !== record.digest) throw corruptBundleError(record, found, src);
    const data = /* @__PURE__ */ new Map();
    for (const f of record.files) data.set(f.path, await readFile2(join3(src, f.path)));
    await writePulledBundle(
      record,
      outDir,
      (path) => data.get(path),
      (path) => join3(src, path)
    );
    return { dir: outDir, digest: record.digest };
  }
  /** Copies the bundle into the store under its digest, checking each file against its hash. */
  async storeBundle(request) {
    const final = this.bundleDir(request.digest);
    if ((await listDir(final)).length > 0) return;
    const bundles = join3(this.location, "bundles");
    const staged = join3(
      bundles,
      `.${request.digest.slice(7, 19)}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`
    );
    try {
      for (const f of request.files) {
        const data = await readFile2(join3(request.dir, f.path));
        if (sha256Hex(data) !== f.sha256) {
          throw new MlgateError(`${join3(request.dir, f.path)} changed while it was being registered`, {
            location: { file: join3(request.dir, f.path) },
            hint: "register the bundle once whatever writes it has finished"
          });
        }
        const to = join3(staged, f.path);
        await mkdir(join3(to, ".."), { recursive: true });
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
var MAX_ATTEMPTS2 = 1e4;
async function createExclusive(path, data) {
  const tmp = `${path}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`;
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
      const tmp = await mkdtemp(join3(tmpdir(), "mlgate-champion-"));
      const release = () => rm(tmp, { recursive: true, force: true });
      const dir = join3(tmp, `${model}-v${record.version}`);
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

// src/wiring.ts
function choosePublisher(opts) {
  const env = opts.env ?? process.env;
  const files = localPublisher(opts.outDir);
  if (env.GITHUB_ACTIONS !== "true") {
    return {
      publisher: files,
      kind: "local",
      reason: `not in GitHub Actions: wrote files to ${opts.outDir}`
    };
  }
  const writeSummary = opts.writeSummary ?? (env.GITHUB_STEP_SUMMARY ? appendJobSummary : void 0);
  const local = writeSummary ? {
    ...files,
    async summary(markdown) {
      await files.summary(markdown);
      await writeSummary(markdown);
    }
  } : files;
  const localChoice = (reason) => ({ publisher: local, kind: "local", reason });
  const ctx = readActionsContext(env);
  if (!ctx.pullRequest) {
    return localChoice(
      `event ${ctx.eventName || "(none)"} is not a pull request: wrote files to ${opts.outDir}`
    );
  }
  const token = opts.token ?? tokenFrom(env);
  if (!token) return localChoice(`no token (pass github-token): wrote files to ${opts.outDir}`);
  if (ctx.eventName === "pull_request" && ctx.pullRequest.fromFork) {
    return localChoice(
      `pull request #${ctx.pullRequest.number} comes from a fork, whose token is read-only: wrote files to ${opts.outDir}; upload them as an artifact and the workflow_run poster (\`mlgate publish\`) publishes them`
    );
  }
  const client = githubClient({
    token,
    baseUrl: apiBaseUrl(env),
    logger: opts.logger,
    timing: opts.timing
  });
  return {
    kind: "github",
    reason: `pull request #${ctx.pullRequest.number}: posting to GitHub`,
    publisher: githubPublisher({
      client,
      repo: ctx.repo,
      pullNumber: ctx.pullRequest.number,
      headSha: ctx.pullRequest.headSha,
      logger: opts.logger,
      detailsUrl: ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : void 0,
      writeSummary: opts.writeSummary,
      fallback: files
    })
  };
}
function chooseRegistry(loaded, flag, cwd = process.cwd(), env = process.env) {
  if (flag === "github" || flag === void 0 && loaded?.config.registry.backend === "github") {
    return githubRegistryFromEnv(env);
  }
  if (flag) return new DirRegistry(resolve(cwd, flag));
  return new DirRegistry(resolve(loaded?.dir ?? cwd, loaded?.config.registry.path ?? ".mlgate/registry"));
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
  choosePublisher,
  chooseRegistry,
  configuredChampion
};
