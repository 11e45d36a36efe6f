import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { profileData } from "../../src/commands/profile.js";
import { register } from "../../src/commands/register.js";
import {
  assignStage,
  deprecateVersion,
  listModels,
  modelHistory,
  pullVersion,
  resolveRef,
} from "../../src/commands/registry.js";
import { loadConfig } from "../../src/core/config/load.js";
import type { VersionRecord } from "../../src/core/contracts/version.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";
import { hashBundleDir } from "../../src/core/registry/bundle-files.js";
import { GitHubRegistry, releaseBody } from "../../src/github/registry.js";
import { chooseRegistry } from "../../src/wiring.js";
import { clientFor, useStandin } from "../github-standin/harness.js";
import type { Fault, GitHubStandin } from "../github-standin/server.js";
import { ONNX_FIXTURE, writeShapesBundle } from "../registry/bundle.js";

const standin = useStandin();
const env = { GITHUB_ACTOR: "octocat", GITHUB_SHA: "c".repeat(40) };
let root: string;
/** 20 bundles of the same model that differ in one manifest field, so each has its own digest. */
const bundles: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mlgate-ghreg-"));
  for (let i = 0; i < 20; i++) {
    bundles.push(
      await writeShapesBundle(join(root, `b${i}`), (m) => {
        m.seed = 100 + i;
      }),
    );
  }
});

function registryOn(s: GitHubStandin): GitHubRegistry {
  return new GitHubRegistry({ client: clientFor(s), repo: { owner: s.owner, repo: s.repo } });
}

const registerBundle = (registry: GitHubRegistry, dir: string, extra: { stage?: string } = {}) =>
  register(undefined, { model: dir, allowUngated: true, ...extra }, { registry, logger: silentLogger, env });

const tagRefs = (s: GitHubStandin) => [...s.refs.keys()].filter((r) => r.startsWith("refs/tags/")).sort();

describe("github registry: register, assign, list, pull, history, deprecate", () => {
  it("writes GTO tags and a release with the bundle, card and record; reads them back", async () => {
    const s = standin();
    const registry = registryOn(s);
    const first = await registerBundle(registry, bundles[0]!, { stage: "champion" });
    const second = await registerBundle(registry, bundles[1]!);
    expect([first.version.version, second.version.version]).toEqual(["1.0.0", "1.0.1"]);
    await assignStage(registry, undefined, {
      ref: "shapes@v1.0.1",
      stage: "champion",
      why: "better",
      actor: "ana",
    });
    await deprecateVersion(registry, { ref: "shapes@v1.0.0", why: "leaked split", actor: "ana" });
    expect(tagRefs(s)).toEqual([
      "refs/tags/shapes#champion#1",
      "refs/tags/shapes#champion#2",
      "refs/tags/shapes@v1.0.0",
      "refs/tags/shapes@v1.0.0!",
      "refs/tags/shapes@v1.0.1",
    ]);
    // Annotated tags on the model's commit, as GTO reads them.
    for (const sha of [...s.refs.values()])
      expect(s.tagObjects.get(sha)?.object).toMatchObject({ sha: env.GITHUB_SHA });

    const release = [...s.releases.values()].find((r) => r.tag_name === "shapes@v1.0.1")!;
    const assets = [...s.assets.values()].filter((a) => a.releaseId === release.id);
    expect(assets.map((a) => a.meta.name).sort()).toEqual([
      "README.md",
      "bundle.0.mlgate-model.json",
      "bundle.1.model.onnx",
      "version.json",
    ]);
    const onnx = assets.find((a) => a.meta.name === "bundle.1.model.onnx")!;
    expect(onnx.data.equals(await readFile(join(bundles[1]!, "model.onnx")))).toBe(true);
    expect(JSON.parse(assets.find((a) => a.meta.name === "version.json")!.data.toString())).toEqual(
      second.version,
    );

    const [model] = await listModels(registry, "shapes");
    expect(model).toMatchObject({
      name: "shapes",
      aliases: { champion: "1.0.1" },
      deprecated: ["1.0.0"],
    });
    expect(model!.versions).toEqual([first.version, second.version]);
    expect(await resolveRef(registry, "shapes#champion")).toEqual(second.version);
    expect(await resolveRef(registry, "shapes@latest")).toEqual(second.version);

    const history = await modelHistory(registry, "shapes");
    expect(history.map((e) => [e.seq, e.kind, e.alias, e.previous, e.version, e.actor])).toEqual([
      [1, "assign", "champion", null, "1.0.0", "octocat"],
      [2, "assign", "champion", "1.0.0", "1.0.1", "ana"],
      [3, "deprecate", undefined, undefined, "1.0.0", "ana"],
    ]);

    const out = join(root, "pulled");
    const pulled = await pullVersion(registry, { ref: "shapes#champion", out });
    expect(pulled.digest).toBe(second.digest);
    expect((await hashBundleDir(out)).digest).toBe(second.digest);
  });

  it("pull refuses a tampered asset with both digests, and writes nothing", async () => {
    const s = standin();
    const registry = registryOn(s);
    const r = await registerBundle(registry, bundles[2]!);
    const asset = [...s.assets.values()].find((a) => a.meta.name === "bundle.1.model.onnx")!;
    asset.data = Buffer.from(asset.data);
    asset.data[10] = asset.data[10]! ^ 0xff;
    // As if re-uploaded: GitHub's own digest of the asset matches the changed bytes.
    asset.meta.digest = `sha256:${createHash("sha256").update(asset.data).digest("hex")}`;
    const out = join(root, "tampered");
    const err = await pullVersion(registry, { ref: "shapes@v1.0.0", out }).catch((e) => e);
    expect(err.message).toContain(`registered ${r.digest}`);
    expect(err.message).toMatch(/bundle digest sha256:[0-9a-f]{64}/);
    expect(err.message).toContain("changed or extra: model.onnx");
    await expect(readFile(join(out, "model.onnx"))).rejects.toThrow();
  });
});

describe("github registry: bad input", () => {
  it("an explicit version that exists, an unknown stage, a second deprecation: clear errors, no tag written", async () => {
    const s = standin();
    const registry = registryOn(s);
    await register(
      undefined,
      { model: bundles[6]!, allowUngated: true, version: "2.0.0" },
      { registry, logger: silentLogger, env },
    );
    const refs = tagRefs(s);
    const exists = await register(
      undefined,
      { model: bundles[7]!, allowUngated: true, version: "2.0.0" },
      { registry, logger: silentLogger, env },
    ).catch((e) => e);
    expect(exists.message).toBe("shapes@v2.0.0 exists already");
    const unknown = await resolveRef(registry, "shapes#prod").catch((e) => e);
    expect(unknown.message).toBe("unknown alias: nothing is assigned to shapes#prod");
    const missing = await resolveRef(registry, "shapes@v9.9.9").catch((e) => e);
    expect(missing.message).toBe("no version shapes@v9.9.9");
    expect(tagRefs(s)).toEqual(refs);
    await registry.deprecate({ name: "shapes", version: "2.0.0", actor: "ana", why: "x" });
    const twice = await registry
      .deprecate({ name: "shapes", version: "2.0.0", actor: "bo", why: "y" })
      .catch((e) => e);
    expect(twice.message).toBe("shapes@v2.0.0 is deprecated already");
    expect((await registry.history("shapes")).map((e) => e.actor)).toEqual(["ana"]);
  });
});

describe("github registry: interrupted and lost writes", () => {
  it("a register stopped before its release is completed by the next one, not repeated", async () => {
    const s = standin();
    // More failures than the client retries: the tag is made, the release is not.
    s.failNext(4, { kind: 502 }, { operationId: "repos/create-release" });
    await expect(registerBundle(registryOn(s), bundles[3]!)).rejects.toThrow(/create release/);
    expect(tagRefs(s)).toEqual(["refs/tags/shapes@v1.0.0"]);
    expect(s.releases.size).toBe(0);
    const again = await registerBundle(registryOn(s), bundles[3]!);
    expect(again.version.version).toBe("1.0.0");
    expect(tagRefs(s)).toEqual(["refs/tags/shapes@v1.0.0"]);
    expect(s.releases.size).toBe(1);
    expect(s.assets.size).toBe(4);
  });

  it("a release with assets missing gets them on the next register of the bundle", async () => {
    const s = standin();
    await registerBundle(registryOn(s), bundles[4]!);
    const onnx = [...s.assets].find(([, a]) => a.meta.name === "bundle.1.model.onnx")![0];
    s.assets.delete(onnx);
    const again = await registerBundle(registryOn(s), bundles[4]!);
    expect(again.version.version).toBe("1.0.0");
    expect(s.releases.size).toBe(1);
    expect([...s.assets.values()].map((a) => a.meta.name).sort()).toEqual([
      "README.md",
      "bundle.0.mlgate-model.json",
      "bundle.1.model.onnx",
      "version.json",
    ]);
  });

  it("a lost answer after the tag was created is recognised as its own, not a lost race", async () => {
    const s = standin();
    s.failNext(1, { kind: 502, afterHandling: true }, { operationId: "git/create-ref" });
    s.failNext(1, { kind: 502, afterHandling: true }, { operationId: "repos/create-release" });
    s.failNext(1, { kind: 502, afterHandling: true }, { operationId: "repos/upload-release-asset" });
    const r = await registerBundle(registryOn(s), bundles[5]!);
    expect(r.version.version).toBe("1.0.0");
    expect(tagRefs(s)).toEqual(["refs/tags/shapes@v1.0.0"]);
    expect(s.releases.size).toBe(1);
    expect(s.assets.size).toBe(4);
  });
});

/** Registers every bundle at once, each through its own client; a failed attempt is run again. */
async function registerAll(s: GitHubStandin, dirs: string[]): Promise<{ attempts: number }> {
  let attempts = 0;
  await Promise.all(
    dirs.map(async (dir) => {
      for (let i = 0; ; i++) {
        attempts++;
        try {
          return await registerBundle(registryOn(s), dir);
        } catch (e) {
          if (i === 20) throw e;
        }
      }
    }),
  );
  return { attempts };
}

async function expectEachOnce(s: GitHubStandin, dirs: string[]): Promise<VersionRecord[]> {
  s.stopFaults();
  const [model] = await registryOn(s).list("shapes");
  const versions = model!.versions;
  expect(versions.map((v) => v.version)).toEqual(dirs.map((_, i) => `1.0.${i}`));
  const digests = await Promise.all(dirs.map(async (d) => (await hashBundleDir(d)).digest));
  expect(versions.map((v) => v.digest).sort()).toEqual([...digests].sort());
  // Every version is complete: one release each, with its four assets.
  expect(s.releases.size).toBe(dirs.length);
  expect(s.assets.size).toBe(4 * dirs.length);
  return versions;
}

describe("github registry: concurrency and faults", () => {
  it("20 concurrent registers take 20 distinct consecutive versions", async () => {
    const s = standin();
    await registerAll(s, bundles);
    await expectEachOnce(s, bundles);
  });

  it("with 20% of calls failing (5xx, 429, secondary limit, lost answers) every register completes once", async () => {
    const s = standin();
    const faults: Fault[] = [
      { kind: 500 },
      { kind: 502 },
      { kind: "rate-limit" },
      { kind: "secondary-rate-limit" },
      { kind: 502, afterHandling: true },
    ];
    s.failRandomly(0.2, faults, { seed: 7 });
    await registerAll(s, bundles);
    const faulted = s.requests.filter((r) => r.fault).length;
    expect(faulted).toBeGreaterThan(20);
    const versions = await expectEachOnce(s, bundles);

    // Stage moves, history and pull under the same faults.
    s.failRandomly(0.2, faults, { seed: 11 });
    const registry = registryOn(s);
    for (const v of ["1.0.3", "1.0.7"]) {
      await assignStage(registry, undefined, {
        ref: `shapes@v${v}`,
        stage: "prod",
        why: "soak",
        actor: "ana",
      });
    }
    const out = join(root, "pulled-faults");
    const pulled = await pullVersion(registry, { ref: "shapes#prod", out });
    expect(pulled.digest).toBe(versions[7]!.digest);
    const history = await modelHistory(registry, "shapes");
    expect(history.map((e) => [e.seq, e.previous, e.version])).toEqual([
      [1, null, "1.0.3"],
      [2, "1.0.3", "1.0.7"],
    ]);
  });
});

describe("github registry: concurrent stage moves", () => {
  it("10 moves of two stages at once leave a complete history whose previous versions chain", async () => {
    const s = standin();
    await registerAll(s, bundles.slice(0, 5));
    const moves = Array.from({ length: 10 }, (_, i) => ({
      version: `1.0.${i % 5}`,
      stage: i % 2 ? "prod" : "staging",
    }));
    await Promise.all(
      moves.map((m, i) =>
        registryOn(s).assign({
          name: "shapes",
          version: m.version,
          alias: m.stage,
          actor: `a${i}`,
          why: "load",
        }),
      ),
    );
    const history = await registryOn(s).history("shapes");
    expect(history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(history.map((e) => e.actor).sort()).toEqual(moves.map((_, i) => `a${i}`).sort());
    const held: Record<string, string> = {};
    for (const e of history) {
      expect(e.previous).toBe(held[e.alias!] ?? null);
      held[e.alias!] = e.version;
    }
    const [model] = await registryOn(s).list("shapes");
    expect(model!.aliases).toEqual(held);
  });
});

describe("github registry: listing", () => {
  it("2,000 versions are listed in at most 25 requests, without reading a tag per version", async () => {
    const s = standin();
    const registry = registryOn(s);
    const first = (await registerBundle(registry, bundles[0]!, { stage: "champion" })).version;
    // The other 1,999 versions as register writes them, put in place directly to keep the test fast.
    const tagSha = s.refs.get("refs/tags/shapes@v1.0.0")!;
    const release = [...s.releases.values()][0]!;
    for (let i = 1; i < 2000; i++) {
      const version = `1.${Math.floor(i / 100)}.${i % 100}`;
      const record = { ...first, version, tag: `shapes@v${version}` };
      const sha = `${String(i).padStart(8, "0")}${tagSha.slice(8)}`;
      s.tagObjects.set(sha, { ...s.tagObjects.get(tagSha)!, sha, tag: record.tag });
      s.refs.set(`refs/tags/${record.tag}`, sha);
      const id = 100_000 + i;
      s.releases.set(id, { ...release, id, tag_name: record.tag, body: releaseBody(record) });
    }
    const before = s.requests.length;
    const [model] = await registry.list("shapes");
    const requests = s.requests.slice(before);
    expect(model!.versions).toHaveLength(2000);
    expect(model!.versions.at(-1)!.version).toBe("1.19.99");
    expect(model!.aliases).toEqual({ champion: "1.0.0" });
    expect(requests.length).toBeLessThanOrEqual(25);
    expect(requests.filter((r) => r.operationId === "git/get-tag").length).toBe(1);
    expect(requests.filter((r) => r.operationId === "git/list-matching-refs").length).toBe(1);
  });
});

describe("github registry: chosen in mlgate.yml", () => {
  it("registry.backend github reads the repository, token and API root from the environment", async () => {
    const s = standin();
    const registered = await registerBundle(registryOn(s), bundles[0]!);
    const file = join(await mkdtemp(join(tmpdir(), "mlgate-ghreg-config-")), "mlgate.yml");
    await writeFile(
      file,
      "model: { name: shapes, task: classification, label: kind }\nregistry:\n  backend: github\n",
    );
    const loaded = await loadConfig(file);
    const registry = chooseRegistry(loaded, undefined, root, {
      GITHUB_TOKEN: "ghs_actions",
      GITHUB_REPOSITORY: `${s.owner}/${s.repo}`,
      GITHUB_API_URL: s.base,
    });
    expect(registry.location).toBe(`github:${s.owner}/${s.repo}`);
    expect(await resolveRef(registry, "shapes@latest")).toEqual(registered.version);
    // --registry <path> still picks a directory over the configured backend.
    expect(chooseRegistry(loaded, "reg", root, {}).location).toBe(join(root, "reg"));
  });
});

describe("github registry: the training profile", () => {
  it("is in the tag's record (show, pull --profile) but not in the release body's copy", async () => {
    const s = standin();
    const registry = registryOn(s);
    const profileFile = join(root, "gh-profile.json");
    await profileData(
      undefined,
      { data: join(ONNX_FIXTURE, "test.csv"), label: "kind", out: profileFile },
      { logger: silentLogger, progress: noProgress },
    );
    const written = JSON.parse(await readFile(profileFile, "utf8"));
    const r = await register(
      undefined,
      { model: bundles[8]!, allowUngated: true, profile: profileFile },
      { registry, logger: silentLogger, env },
    );
    expect(r.version.profile).toEqual(written);
    expect((await resolveRef(registry, "shapes@v1.0.0")).profile).toEqual(written);
    const [model] = await registry.list("shapes");
    const { profile: _p, ...listed } = r.version;
    expect(model!.versions).toEqual([listed]);
    const pulledProfile = join(root, "gh-pulled-profile.json");
    await pullVersion(registry, {
      ref: "shapes@v1.0.0",
      out: join(root, "gh-pulled-p"),
      profile: pulledProfile,
    });
    expect(JSON.parse(await readFile(pulledProfile, "utf8"))).toEqual(written);
  });
});
