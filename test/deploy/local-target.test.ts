import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VersionRecord } from "../../src/core/contracts/version.js";
import { type DeployPorts, deploy, rollback } from "../../src/core/deploy/machine.js";
import { verifyServed } from "../../src/core/deploy/verify.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";
import { type LocalCurrent, LocalTarget } from "../../src/local/deploy-local.js";
import { LocalDeploymentLog } from "../../src/local/deploy-log.js";
import { isAlive } from "../../src/runtime/process.js";
import { FakeRegistry, record } from "./fakes.js";

const fakeServe = join(dirname(fileURLToPath(import.meta.url)), "fake-serve.mjs");
let dir: string;
let target: LocalTarget;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-local-"));
  target = new LocalTarget({
    dir: join(dir, "deploy"),
    serveCommand: [process.execPath, fakeServe, "serve"],
    drainDelayMs: 150,
    startTimeoutMs: 10_000,
  });
});
afterEach(async () => {
  for (const env of ["prod", "staging"]) {
    const s = await target.current(env);
    if (s) await target.remove(s);
  }
  await rm(dir, { recursive: true, force: true });
});

/** A registry whose pull writes the fake server's model: the golden predictions, or `wrong` ones. */
function registryOf(records: VersionRecord[], wrong = new Set<string>(), crash = new Set<string>()) {
  const registry = new FakeRegistry(records);
  registry.pull = async (r, outDir) => {
    await mkdir(outDir, { recursive: true });
    const predictions = structuredClone(r.golden!.predictions) as { label: string; proba: number[] }[];
    if (wrong.has(r.version)) predictions[0] = { label: "Gentoo", proba: [0.3, 0.7] };
    await writeFile(
      join(outDir, "fake-oip.json"),
      JSON.stringify({ ...r, predictions, crash: crash.has(r.version) }),
    );
    return { dir: outDir, digest: r.digest };
  };
  return registry;
}

function portsOf(registry: FakeRegistry): DeployPorts {
  return {
    registry,
    target,
    log: new LocalDeploymentLog(join(dir, "deploy")),
    verify: (s, r) => verifyServed(s.url, r, { fetch: globalThis.fetch, readyTimeoutMs: 5000 }),
    bundleDir: (r, env) => target.bundleDir(env, r.version),
    logger: silentLogger,
    progress: noProgress,
    actor: "tester",
  };
}

/** Hits the URL that current.json names, as a client following the environment would. */
function poller(env: string) {
  let stop = false;
  const stats = { ok: 0, failed: 0, errors: [] as string[], urls: new Set<string>() };
  const done = (async () => {
    while (!stop) {
      let url = "";
      try {
        const c = JSON.parse(await readFile(target.currentFile(env), "utf8")) as LocalCurrent;
        url = c.url;
        stats.urls.add(url);
        const res = await fetch(`${url}/v2/models/penguins`);
        if (res.status === 200) stats.ok++;
        else {
          stats.failed++;
          stats.errors.push(`${url}: HTTP ${res.status}`);
        }
      } catch (e) {
        stats.failed++;
        stats.errors.push(
          `${url}: ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? "")}`,
        );
      }
    }
  })();
  return {
    stats,
    async stop() {
      stop = true;
      await done;
      return stats;
    },
  };
}

describe("local target", () => {
  it("serves a new version beside the old, switches current.json, stops the old one: a poller never fails through a deploy and a rollback", async () => {
    const v1 = record("1.0.0");
    const v2 = record("1.1.0");
    const v3 = record("1.2.0");
    const ports = portsOf(registryOf([v1, v2, v3], new Set(["1.2.0"])));

    const first = await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    expect(first.state).toBe("deployed");
    const c1 = (await target.readCurrent("prod"))!;
    expect(c1).toMatchObject({ version: "1.0.0", digest: v1.digest, url: first.url });
    expect(c1.port).toBe(Number(new URL(first.url!).port));

    const p = poller("prod");
    const second = await deploy({ ref: "penguins@v1.1.0", environment: "prod" }, ports);
    expect(second.state).toBe("deployed");
    const c2 = (await target.readCurrent("prod"))!;
    expect(c2.port).not.toBe(c1.port);
    expect(isAlive(c1.pid)).toBe(false);

    const third = await deploy({ ref: "penguins@v1.2.0", environment: "prod" }, ports);
    expect(third.state).toBe("rolled-back");
    expect(third.verification.problems.join()).toContain('row 0: label "Gentoo", registered "Adelie"');
    expect(third.url).toBe(second.url);
    const stats = await p.stop();
    expect(stats.errors).toEqual([]);
    expect(stats.failed).toBe(0);
    expect(stats.ok).toBeGreaterThan(10);
    expect(stats.urls.size).toBe(2); // 1.0.0's and 1.1.0's; 1.2.0 never became current
    expect((await target.readCurrent("prod"))!.pid).toBe(c2.pid);
    // Only the serving version's server runs, and only its bundle is kept.
    const bundles = await readdir(join(dir, "deploy/prod/bundles"));
    expect(bundles).toHaveLength(1);
    expect(join(dir, "deploy/prod/bundles", bundles[0]!)).toBe(c2.model_dir);
  });

  it("a manual rollback starts the previous version again and stops the current one", async () => {
    const ports = portsOf(registryOf([record("1.0.0"), record("1.1.0")]));
    await deploy({ ref: "penguins@v1.0.0", environment: "staging" }, ports);
    await deploy({ ref: "penguins@v1.1.0", environment: "staging" }, ports);
    const before = (await target.readCurrent("staging"))!;
    const p = poller("staging");
    const out = await rollback({ environment: "staging" }, ports);
    const stats = await p.stop();
    expect(out).toMatchObject({ ok: true, version: "1.0.0" });
    expect(stats.failed).toBe(0);
    expect(isAlive(before.pid)).toBe(false);
    expect((await target.current("staging"))!.version).toBe("1.0.0");
  });

  it("a server that exits before listening fails the deploy with its output; the current one keeps serving", async () => {
    const ports = portsOf(registryOf([record("1.0.0"), record("1.1.0")], new Set(), new Set(["1.1.0"])));
    await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    await expect(deploy({ ref: "penguins@v1.1.0", environment: "prod" }, ports)).rejects.toThrow(
      /the server did not start: it exited with 2 before it was listening/,
    );
    const now = await target.current("prod");
    expect(now?.version).toBe("1.0.0");
    expect((await fetch(`${now!.url}/v2/health/ready`)).status).toBe(200);
    const h = await ports.log.history("prod");
    expect(h.at(-1)).toMatchObject({ version: "1.1.0", state: "failure" });
  });
});
