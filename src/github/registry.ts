import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  REGISTRY_NAME,
  type RegistryEvent,
  registryEventSchema,
  type VersionRecord,
  versionRecordSchema,
} from "../core/contracts/version.js";
import { MlgateError } from "../core/errors.js";
import { toJson } from "../core/io/atomic.js";
import {
  type AliasMove,
  type Logger,
  type ModelRegistry,
  type RegisterRequest,
  type RegistryModel,
  silentLogger,
} from "../core/ports.js";
import { corruptBundleError, writePulledBundle } from "../core/registry/bundle-files.js";
import { modelCard } from "../core/registry/card.js";
import { bundleDigestOf, sha256Hex } from "../core/registry/digest.js";
import { compareSemver, parseSemver } from "../core/registry/semver.js";
import { formatTag, parseTag, type RegistryRef } from "../core/registry/tags.js";
import {
  AlreadyExistsError,
  apiBaseUrl,
  type GitHubClient,
  githubClient,
  type RepoRef,
  type RetryTiming,
  readActionsContext,
  tokenFrom,
} from "./client.js";
import { createRef, createTagObject, getAnnotatedTag, getRef, listMatchingRefs } from "./refs.js";
import {
  createRelease,
  downloadReleaseAsset,
  getReleaseByTag,
  listReleaseAssets,
  listReleases,
  type Release,
  type ReleaseAsset,
  uploadReleaseAsset,
} from "./releases.js";

/**
 * The registry kept in a GitHub repository as GTO-compatible annotated tags:
 *
 *   <name>@v<semver>        a version; its tag message holds the record (mlgate/version@1)
 *   <name>#<stage>#<n>      an assignment, n = the model's highest assignment number + 1
 *   <name>@v<semver>!       a deprecation (GTO's deregistration form)
 *
 * Each tag message is a line for people, a blank line, then one JSON object for mlgate; the tags
 * point at the commit the version was built from, as GTO expects. The release on the version
 * tag carries the bundle's files (one asset each), the model card (README.md) and the record
 * (version.json); its body repeats the record so a listing reads records a page of 100 releases
 * at a time instead of one tag object per version.
 *
 * Creating a ref that exists fails with 422, so every tag name is a compare-and-swap slot: the
 * writer whose create lands owns it, a loser reads the new state and takes the next number, and
 * nothing is overwritten. Whether a 422 means "another writer" or "my own create, whose answer
 * was lost" is told by the object the ref points at: each writer's tag object is its own.
 */
export class GitHubRegistry implements ModelRegistry {
  readonly location: string;
  private readonly client: GitHubClient;
  private readonly repo: RepoRef;
  private readonly commit: string | undefined;
  private readonly logger: Logger;

  constructor(opts: {
    client: GitHubClient;
    repo: RepoRef;
    /** The commit a version is tagged on when its record names none (GITHUB_SHA). */
    commit?: string;
    logger?: Logger;
  }) {
    this.client = opts.client;
    this.repo = opts.repo;
    this.commit = opts.commit;
    this.logger = opts.logger ?? silentLogger;
    this.location = `github:${opts.repo.owner}/${opts.repo.repo}`;
  }

  // --- reading -------------------------------------------------------------------------------

  /** The model tags under `tags/<name>` (every model's when no name), in one listing request. */
  private async tags(name?: string): Promise<Map<string, ModelTags>> {
    if (name !== undefined) checkName(name);
    const refs = await listMatchingRefs(this.client, this.repo, name ? `tags/${name}` : "tags/");
    const models = new Map<string, ModelTags>();
    for (const ref of refs) {
      const text = ref.ref.replace(/^refs\/tags\//, "");
      const tag = parseTag(text);
      if (!tag || (name !== undefined && tag.name !== name) || !REGISTRY_NAME.test(tag.name)) continue;
      let m = models.get(tag.name);
      if (!m) {
        m = { versions: new Map(), deprecated: new Map(), assigns: [], highest: 0 };
        models.set(tag.name, m);
      }
      if (tag.action === "register") m.versions.set(tag.version, ref.sha);
      else if (tag.action === "deregister") m.deprecated.set(tag.version, { tag: text, sha: ref.sha });
      else if (tag.action === "assign" && tag.number !== undefined)
        m.assigns.push({ stage: tag.stage, number: tag.number, tag: text, sha: ref.sha });
      if ((tag.action === "assign" || tag.action === "unassign") && tag.number !== undefined)
        m.highest = Math.max(m.highest, tag.number);
    }
    return models;
  }

  /** The payload mlgate wrote into a tag message; undefined for a tag someone else made. */
  private async payload(sha: string): Promise<{ payload: TagPayload; target: string } | undefined> {
    const tag = await getAnnotatedTag(this.client, this.repo, sha);
    if (!tag) return undefined;
    const payload = payloadOf(tag.message);
    return payload ? { payload, target: tag.target } : undefined;
  }

  /** The record in a version tag's message: immutable, the tag object is content-addressed. */
  private async recordAt(sha: string, tag: string): Promise<{ record: VersionRecord; target: string }> {
    const found = await this.payload(sha);
    if (found?.payload.mlgate !== "version")
      throw new MlgateError(`${tag} in ${this.location} carries no mlgate version record`, {
        hint: "the tag was not made by mlgate register; register the bundle with mlgate",
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
  private async versionsOf(models: Map<string, ModelTags>): Promise<Map<string, ListedVersion[]>> {
    const wanted = new Map<string, { name: string; sha: string }>();
    for (const [name, m] of models)
      for (const [version, sha] of m.versions)
        wanted.set(formatTag({ action: "register", name, version }), { name, sha });
    const seen = new Map<string, ListedVersion>();
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
      // Its release may exist with a body mlgate did not write; ask for it by tag.
      const release = await getReleaseByTag(this.client, this.repo, tag);
      seen.set(tag, { record, release });
    });
    const out = new Map<string, ListedVersion[]>();
    for (const [tag, { name }] of wanted) {
      const list = out.get(name) ?? [];
      list.push(seen.get(tag)!);
      out.set(name, list);
    }
    for (const list of out.values()) list.sort((a, b) => bySemver(a.record, b.record));
    return out;
  }

  /** What each stage holds now: the version in its highest-numbered assignment's message. */
  private async aliasesOf(m: ModelTags): Promise<Record<string, string>> {
    const latest = new Map<string, AssignTag>();
    for (const a of m.assigns) if ((latest.get(a.stage)?.number ?? 0) < a.number) latest.set(a.stage, a);
    const aliases: Record<string, string> = {};
    await forEachLimit([...latest.values()], 8, async (a) => {
      const found = await this.payload(a.sha);
      if (found?.payload.mlgate === "event" && found.payload.kind === "assign")
        aliases[a.stage] = String(found.payload.version);
      else this.logger.warn(`${a.tag} was not written by mlgate; its stage is left out`);
    });
    return Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  async list(name?: string): Promise<RegistryModel[]> {
    const models = await this.tags(name);
    const versions = await this.versionsOf(models);
    const out: RegistryModel[] = [];
    for (const [n, m] of [...models].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const vs = versions.get(n);
      if (!vs?.length) continue;
      out.push({
        name: n,
        versions: vs.map((v) => v.record),
        aliases: await this.aliasesOf(m),
        deprecated: [...m.deprecated.keys()].sort((a, b) => compareSemver(parseSemver(a)!, parseSemver(b)!)),
      });
    }
    return out;
  }

  async resolve(ref: RegistryRef): Promise<VersionRecord | undefined> {
    checkName(ref.name);
    if ("version" in ref) {
      const tag = formatTag({ action: "register", name: ref.name, version: ref.version });
      const found = await getRef(this.client, this.repo, `tags/${tag}`);
      return found ? (await this.recordAt(found.sha, tag)).record : undefined;
    }
    const m = (await this.tags(ref.name)).get(ref.name);
    if (!m) return undefined;
    let version: string | undefined;
    if ("alias" in ref) version = (await this.aliasesOf(m))[ref.alias];
    else
      version = [...m.versions.keys()]
        .filter((v) => !m.deprecated.has(v))
        .sort((a, b) => compareSemver(parseSemver(a)!, parseSemver(b)!))
        .at(-1);
    const sha = version === undefined ? undefined : m.versions.get(version);
    if (version === undefined || sha === undefined) return undefined;
    return (await this.recordAt(sha, formatTag({ action: "register", name: ref.name, version }))).record;
  }

  /**
   * The model's events in order: assignments by their number, each deprecation after the
   * assignment numbers it saw when it was made; seq is the position in that order. Reads one
   * tag object per event.
   */
  async history(name: string): Promise<RegistryEvent[]> {
    return (await this.events(name)).map((e) => e.event);
  }

  /** The history with the tag each event is written in. */
  private async events(name: string): Promise<{ tag: string; event: RegistryEvent }[]> {
    const m = (await this.tags(name)).get(name);
    if (!m) return [];
    const refs = [
      ...m.assigns.map((a) => ({ tag: a.tag, sha: a.sha, number: a.number })),
      ...[...m.deprecated.values()].map((d) => ({ tag: d.tag, sha: d.sha, number: undefined })),
    ];
    const read: { tag: string; key: [number, number, string, string]; event: Omit<RegistryEvent, "seq"> }[] =
      [];
    await forEachLimit(refs, 8, async (r) => {
      const found = await this.payload(r.sha);
      const p = found?.payload;
      if (p?.mlgate !== "event") {
        this.logger.warn(`${r.tag} was not written by mlgate; it is left out of the history`);
        return;
      }
      const event = {
        schema: "mlgate/registry-event@1" as const,
        name,
        kind: p.kind as RegistryEvent["kind"],
        version: String(p.version),
        ...(p.kind === "assign"
          ? { alias: String(p.alias), previous: (p.previous as string | null) ?? null }
          : {}),
        actor: String(p.actor),
        at: String(p.at),
        why: String(p.why),
      };
      const key: [number, number, string, string] =
        r.number !== undefined ? [r.number, 0, event.at, r.tag] : [Number(p.after ?? 0), 1, event.at, r.tag];
      read.push({ tag: r.tag, key, event });
    });
    read.sort((a, b) => {
      for (let i = 0; i < 4; i++) if (a.key[i] !== b.key[i]) return a.key[i]! < b.key[i]! ? -1 : 1;
      return 0;
    });
    // `previous` follows from the order itself: two moves of one stage made concurrently (each
    // number is a slot per stage) may each have seen the stage before the other's move.
    const held: Record<string, string> = {};
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

  async register(request: RegisterRequest): Promise<VersionRecord> {
    checkName(request.name);
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS)
        throw new Error(`register ${request.name}: no free version after ${attempt} tries`);
      const listed = (await this.versionsOf(await this.tags(request.name))).get(request.name) ?? [];
      // An earlier attempt at this very bundle that stopped half-way (tag made, release or assets
      // missing) is finished, not registered again.
      const unfinished = listed.find(
        (v) => v.record.digest === request.digest && missingAssets(v.record, v.release?.assets).length > 0,
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
      if (attempt === 0) await readBundle(request); // refuse a changed bundle before any write
      const commit = record.lineage.git_commit ?? this.commit;
      if (!commit) {
        throw new MlgateError(`${record.tag}: no commit to tag`, {
          hint: "run in a workflow (GITHUB_SHA), or train from a git checkout so the bundle records its commit",
        });
      }
      const payload = { mlgate: "version", nonce: nonce(), record };
      if (
        await this.claim(
          record.tag,
          commit,
          `Registering ${record.name} version v${record.version} (${record.digest})`,
          payload,
        )
      ) {
        await this.publish(record, request, undefined);
        return record;
      }
      // Another writer holds this number: plan again against the versions that exist now.
    }
  }

  /**
   * Creates tag `name` (object, then ref) unless another writer holds it. True when this writer
   * owns it, including when its own create went through but the answer was lost.
   */
  private async claim(name: string, commit: string, summary: string, payload: TagPayload): Promise<boolean> {
    const object = await createTagObject(this.client, this.repo, {
      tag: name,
      message: `${summary}\n\n${JSON.stringify(payload)}\n`,
      sha: commit,
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
  private async publish(record: VersionRecord, request: RegisterRequest, known: Release | undefined) {
    let release = known ?? (await getReleaseByTag(this.client, this.repo, record.tag));
    if (!release) {
      try {
        release = await createRelease(this.client, this.repo, {
          tag: record.tag,
          name: `${record.name} v${record.version}`,
          body: releaseBody(record),
        });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
        release = (await getReleaseByTag(this.client, this.repo, record.tag))!;
      }
    }
    const wanted = releaseAssets(record);
    const missing = missingAssets(record, release.assets);
    if (missing.length === 0) return;
    const bundle = await readBundle(request);
    for (const name of missing) {
      const a = wanted.find((w) => w.name === name)!;
      const data = a.path === undefined ? a.data! : bundle.get(a.path)!;
      try {
        await uploadReleaseAsset(this.client, release, { name, data, contentType: a.contentType });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
        // Uploaded by a retry whose answer was lost, or by a concurrent completer: check it is whole.
        const there = (await listReleaseAssets(this.client, this.repo, release.id)).find(
          (x) => x.name === name,
        );
        if (!there || (a.path !== undefined && !sameBytes(there, data))) {
          throw new MlgateError(
            `${record.tag}: release asset ${name} exists but is not the registered file`,
            {
              hint: "delete that asset from the release and run the register again to upload it",
            },
          );
        }
      }
    }
  }

  async assign(move: AliasMove): Promise<RegistryEvent> {
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
          at: move.at ?? new Date().toISOString(),
          why: move.why,
        },
      };
    });
  }

  async deprecate(move: Omit<AliasMove, "alias">): Promise<RegistryEvent> {
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
        at: move.at ?? new Date().toISOString(),
        why: move.why,
      },
    }));
  }

  /** Claims the event's tag (the next assignment number; retried on a lost race). */
  private async append(
    name: string,
    kind: RegistryEvent["kind"],
    version: string,
    build: (m: ModelTags, number: number) => Promise<{ tag: string; summary: string; payload: TagPayload }>,
  ): Promise<RegistryEvent> {
    for (let attempt = 0; ; attempt++) {
      if (attempt === MAX_ATTEMPTS) throw new Error(`${name}: no free history slot after ${attempt} tries`);
      const m = (await this.tags(name)).get(name);
      const sha = m?.versions.get(version);
      if (!m || !sha) {
        throw new MlgateError(`no version ${name}@v${version} in ${this.location}`, {
          hint: "`mlgate registry list` shows the versions",
        });
      }
      const next = m.highest + 1;
      const { tag, summary, payload } = await build(m, next);
      // GTO finds the version of an assignment by its commit: tag the version's commit.
      const { target } = await this.recordAt(sha, formatTag({ action: "register", name, version }));
      if (await this.claim(tag, target, summary, payload)) {
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

  async pull(record: VersionRecord, outDir: string): Promise<{ dir: string; digest: string }> {
    const release = await getReleaseByTag(this.client, this.repo, record.tag);
    // Presence only: a file that is there but differs is reported as corrupt, with both digests.
    const names = new Set((release?.assets ?? []).map((a) => a.name));
    const missing = record.files.map((f) => assetName(record, f.path)).filter((n) => !names.has(n));
    if (!release || missing.length > 0) {
      throw new MlgateError(
        `${record.tag} in ${this.location} is unfinished: ${release ? `missing release assets ${missing.join(", ")}` : "it has no release"}`,
        { hint: "register the same bundle again: the registration is completed, not repeated" },
      );
    }
    const data = new Map<string, Uint8Array>();
    await forEachLimit(record.files, 4, async (f) => {
      const asset = release.assets.find((a) => a.name === assetName(record, f.path))!;
      data.set(f.path, await downloadReleaseAsset(this.client, this.repo, asset));
    });
    const files = record.files.map((f) => ({ path: f.path, sha256: sha256Hex(data.get(f.path)!) }));
    const digest = bundleDigestOf(files);
    if (digest !== record.digest) throw corruptBundleError(record, { files, digest }, release.url);
    await writePulledBundle(
      record,
      outDir,
      (path) => data.get(path)!,
      () => release.url,
    );
    return { dir: outDir, digest };
  }
}

/** Bounds the retries: each one means another writer made progress (see the dir backend). */
const MAX_ATTEMPTS = 10_000;

interface AssignTag {
  stage: string;
  number: number;
  tag: string;
  sha: string;
}
interface ModelTags {
  /** version → the tag object sha its ref points at */
  versions: Map<string, string>;
  deprecated: Map<string, { tag: string; sha: string }>;
  assigns: AssignTag[];
  /** The highest assignment number, GTO's unassignments included: the next one takes it + 1. */
  highest: number;
}
interface ListedVersion {
  record: VersionRecord;
  release: Release | undefined;
}
type TagPayload = Record<string, unknown> & { mlgate: string };

const nonce = () => randomBytes(8).toString("hex");
const bySemver = (a: VersionRecord, b: VersionRecord) =>
  compareSemver(parseSemver(a.version)!, parseSemver(b.version)!);

function checkName(name: string): void {
  if (!REGISTRY_NAME.test(name)) {
    throw new MlgateError(`'${name}' is not a model name`, {
      hint: "model names are lowercase letters, digits, '.', '_' or '-' (as model.name in mlgate.yml)",
    });
  }
}

/** The JSON object after the first blank line of a tag message. */
function payloadOf(message: string): TagPayload | undefined {
  const i = message.indexOf("\n\n{");
  if (i < 0) return undefined;
  try {
    const p = JSON.parse(message.slice(i + 2)) as TagPayload;
    return typeof p?.mlgate === "string" ? p : undefined;
  } catch {
    return undefined;
  }
}

const BODY_MARK = "<!-- mlgate:version ";

/**
 * The release body: the model card for people, then the record in an HTML comment (which
 * GitHub does not render) for listings. `<` and `>` are escaped inside the JSON so the comment
 * cannot end early; JSON.parse reads the escapes back. The training profile is left out of this
 * copy (a listing does not need it, and it could outgrow GitHub's 125,000-character body):
 * resolve, show and pull read the whole record from the tag. Should the rest still not fit, the
 * card goes first, then the copy, and a listing reads that version's tag instead.
 */
export function releaseBody(record: VersionRecord): string {
  const { profile: _profile, ...listed } = record;
  const json = JSON.stringify(listed).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  const comment = `${BODY_MARK}${json} -->\n`;
  const card = modelCard(record).replace(/^---\n[\s\S]*?\n---\n/, "");
  for (const body of [`${card}\n${comment}`, comment, card.slice(0, BODY_LIMIT)]) {
    if (body.length <= BODY_LIMIT) return body;
  }
  return "";
}

const BODY_LIMIT = 125_000;

function recordInBody(body: string | null, tag: string): VersionRecord | undefined {
  const i = body?.lastIndexOf(BODY_MARK) ?? -1;
  if (!body || i < 0) return undefined;
  const end = body.indexOf(" -->", i);
  try {
    const record = versionRecordSchema.parse(JSON.parse(body.slice(i + BODY_MARK.length, end)));
    return record.tag === tag ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One asset per bundle file (named by its position in the record, so nested paths and names
 * GitHub would rewrite stay unambiguous), plus the card and the record.
 */
export function assetName(record: Pick<VersionRecord, "files">, path: string): string {
  const i = record.files.findIndex((f) => f.path === path);
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/[^A-Za-z0-9._-]/g, "_");
  return `bundle.${i}.${base}`;
}

interface WantedAsset {
  name: string;
  path?: string;
  data?: Uint8Array;
  bytes: number;
  sha256: string;
  contentType: string;
}

function releaseAssets(record: VersionRecord): WantedAsset[] {
  const text = (name: string, s: string, contentType: string): WantedAsset => {
    const data = Buffer.from(s);
    return { name, data, bytes: data.byteLength, sha256: sha256Hex(data), contentType };
  };
  return [
    ...record.files.map((f) => ({
      name: assetName(record, f.path),
      path: f.path,
      bytes: f.bytes,
      sha256: f.sha256,
      contentType: "application/octet-stream",
    })),
    text("README.md", modelCard(record), "text/markdown"),
    text("version.json", toJson(record), "application/json"),
  ];
}

/**
 * The assets a version's release still lacks (all of them when there is no release). A bundle
 * file must also have its registered size and hash; the card and the record are derived from the
 * record, so their presence is enough (a later mlgate may render them differently).
 */
function missingAssets(record: VersionRecord, assets: readonly ReleaseAsset[] | undefined): string[] {
  const there = new Map((assets ?? []).map((a) => [a.name, a]));
  return releaseAssets(record)
    .filter((w) => {
      const a = there.get(w.name);
      if (!a) return true;
      if (w.path === undefined) return false;
      return a.size !== w.bytes || (a.digest !== null && a.digest !== `sha256:${w.sha256}`);
    })
    .map((w) => w.name);
}

function sameBytes(asset: ReleaseAsset, data: Uint8Array): boolean {
  return (
    asset.size === data.byteLength && (asset.digest === null || asset.digest === `sha256:${sha256Hex(data)}`)
  );
}

/** The bundle's files, each checked against the hash it was planned with. */
async function readBundle(request: RegisterRequest): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const f of request.files) {
    const file = join(request.dir, f.path);
    const data = await readFile(file);
    if (sha256Hex(data) !== f.sha256) {
      throw new MlgateError(`${file} changed while it was being registered`, {
        location: { file },
        hint: "register the bundle once whatever writes it has finished",
      });
    }
    out.set(f.path, data);
  }
  return out;
}

async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The registry in the workflow's repository: GITHUB_REPOSITORY, the token an action or step
 * provides (GITHUB_TOKEN / GH_TOKEN, needs `contents: write`), GITHUB_API_URL, and GITHUB_SHA as
 * the commit to tag.
 */
export function githubRegistryFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  opts: { logger?: Logger; timing?: Partial<RetryTiming> } = {},
): GitHubRegistry {
  const token = tokenFrom(env);
  if (!token) {
    throw new MlgateError("the github registry needs a token", {
      hint: "set GITHUB_TOKEN (in a workflow: `permissions: contents: write`), or use a directory registry",
    });
  }
  const { repo } = readActionsContext(env);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  return new GitHubRegistry({ client, repo, commit: env.GITHUB_SHA, logger: opts.logger });
}
