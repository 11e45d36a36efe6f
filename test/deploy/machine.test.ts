import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DeployPorts, deploy, rollback } from "../../src/core/deploy/machine.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";
import { LocalDeploymentLog } from "../../src/local/deploy-log.js";
import { FakeRegistry, FakeTarget, fakeVerify, record } from "./fakes.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-deploy-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(records = [record("1.0.0"), record("1.1.0")], bad = new Set<string>()) {
  const registry = new FakeRegistry(records);
  const target = new FakeTarget();
  const log = new LocalDeploymentLog(dir);
  const v = fakeVerify(bad);
  const ports: DeployPorts = {
    registry,
    target,
    log,
    verify: v.verify,
    bundleDir: (r) => join(dir, "bundles", r.version),
    logger: silentLogger,
    progress: noProgress,
    actor: "tester",
  };
  return { registry, target, log, ports, bad, seen: v.seen };
}

describe("deploy state machine", () => {
  it("deploys a gated version: apply, verify, promote, success, alias moved naming the deployment", async () => {
    const { ports, target, log, registry } = setup();
    const out = await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    expect(out.state).toBe("deployed");
    expect(out.url).toBe("http://fake/1.0.0");
    expect(target.calls).toEqual(["apply 1.0.0", "promote 1.0.0"]);
    const [entry] = await log.history("prod");
    expect(entry).toMatchObject({
      id: out.deploymentId,
      state: "success",
      version: "1.0.0",
      rollback: false,
    });
    expect(registry.aliases.prod).toBe("1.0.0");
    expect(registry.moves[0]!.why).toContain(`deployment ${out.deploymentId}`);
  });

  it("refuses an ungated version unless --allow-ungated, and a failed verdict always; nothing is logged or applied", async () => {
    const ungated = record("2.0.0", (r) => {
      r.gate = { status: "ungated", reason: "--allow-ungated: no evaluation given" };
    });
    const failed = record("2.1.0", (r) => {
      r.lineage.evaluation = {
        digest: `sha256:${"c".repeat(64)}`,
        verdict: "fail",
        summary: "worse",
        rows: 10,
        first_model: false,
        metrics: {},
        comparisons: [],
      };
    });
    const { ports, target, log } = setup([ungated, failed]);
    await expect(deploy({ ref: "penguins@v2.0.0", environment: "prod" }, ports)).rejects.toThrow(
      /refusing to deploy penguins@v2\.0\.0: it was registered ungated/,
    );
    await expect(
      deploy({ ref: "penguins@v2.1.0", environment: "prod", allowUngated: true }, ports),
    ).rejects.toThrow(/recorded evaluation has verdict fail/);
    expect(target.calls).toEqual([]);
    expect(await log.history("prod")).toEqual([]);
    const ok = await deploy({ ref: "penguins@v2.0.0", environment: "prod", allowUngated: true }, ports);
    expect(ok.state).toBe("deployed");
  });

  it("refuses a bundle whose pulled digest differs from the record, naming both", async () => {
    const { ports, registry, target, log } = setup();
    registry.digestOf = () => `sha256:${"f".repeat(64)}`;
    await expect(deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports)).rejects.toThrow(
      `the pulled bundle has digest sha256:${"f".repeat(64)}, the record says ${record("1.0.0").digest}`,
    );
    expect(target.calls).toEqual([]);
    expect(await log.history("prod")).toEqual([]);
  });

  it("a version that fails verification is removed and the previous one, still serving, is verified and recorded as a rollback", async () => {
    const { ports, target, log, registry, seen } = setup(undefined, new Set(["1.1.0"]));
    const first = await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    const out = await deploy({ ref: "penguins@v1.1.0", environment: "prod" }, ports);
    expect(out.state).toBe("rolled-back");
    expect(out.verification.problems[0]).toContain('label "Gentoo", registered "Adelie"');
    expect(out.url).toBe("http://fake/1.0.0");
    expect(out.rollback).toMatchObject({ version: "1.0.0", ok: true });
    // The old one never stopped: not re-applied, verified again.
    expect(target.calls).toEqual(["apply 1.0.0", "promote 1.0.0", "apply 1.1.0", "remove 1.1.0"]);
    expect(seen).toEqual(["1.0.0", "1.1.0", "1.0.0"]);
    expect(target.serving.get("prod")?.version).toBe("1.0.0");
    const h = await log.history("prod");
    expect(h.map((e) => [e.version, e.state, e.rollback])).toEqual([
      ["1.0.0", "inactive", false],
      ["1.1.0", "failure", false],
      ["1.0.0", "success", true],
    ]);
    expect(h[1]!.description).toContain("verification failed");
    expect(h[0]!.id).toBe(first.deploymentId);
    // The alias never left the good version.
    expect(registry.aliases.prod).toBe("1.0.0");
    expect(registry.moves).toHaveLength(1);
  });

  it("re-applies the previous version when the target no longer serves it", async () => {
    const { ports, target } = setup(undefined, new Set(["1.1.0"]));
    await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    target.serving.clear(); // e.g. the machine restarted
    const out = await deploy({ ref: "penguins@v1.1.0", environment: "prod" }, ports);
    expect(out.state).toBe("rolled-back");
    expect(target.calls.slice(2)).toEqual(["apply 1.1.0", "remove 1.1.0", "apply 1.0.0", "promote 1.0.0"]);
  });

  it("when the rollback fails verification too, the outcome is failed and both failures are logged", async () => {
    const { ports, log, bad } = setup(undefined, new Set(["1.1.0"]));
    await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    bad.add("1.0.0");
    const out = await deploy({ ref: "penguins@v1.1.0", environment: "prod" }, ports);
    expect(out.state).toBe("failed");
    expect(out.url).toBeUndefined();
    expect(out.rollback).toMatchObject({ version: "1.0.0", ok: false });
    const h = await log.history("prod");
    expect(h.map((e) => [e.version, e.state, e.rollback])).toEqual([
      ["1.0.0", "success", false],
      ["1.1.0", "failure", false],
      ["1.0.0", "failure", true],
    ]);
    expect(h[2]!.description).toContain("rollback verification failed");
  });

  it("a first deployment that fails has nothing to roll back to", async () => {
    const { ports, target } = setup(undefined, new Set(["1.0.0"]));
    const out = await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    expect(out.state).toBe("failed");
    expect(out.rollback).toBeUndefined();
    expect(target.serving.size).toBe(0);
  });

  it("mlgate rollback puts back the last good version of another digest and records it", async () => {
    const { ports, target, log, registry } = setup();
    await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    await deploy({ ref: "penguins@v1.1.0", environment: "prod" }, ports);
    expect(registry.aliases.prod).toBe("1.1.0");
    const out = await rollback({ environment: "prod" }, ports);
    expect(out).toMatchObject({ ok: true, version: "1.0.0", from: { version: "1.1.0" } });
    expect(target.serving.get("prod")?.version).toBe("1.0.0");
    expect((await log.history("prod")).at(-1)).toMatchObject({
      version: "1.0.0",
      rollback: true,
      state: "success",
    });
    expect(registry.aliases.prod).toBe("1.0.0");
    expect(registry.moves.at(-1)!.why).toMatch(/rollback deployment \d+/);
    // Another rollback goes back to 1.1.0 (the last good one that is not what serves now).
    expect((await rollback({ environment: "prod" }, ports)).version).toBe("1.1.0");
  });

  it("rollback with one version ever deployed says there is nothing to roll back to", async () => {
    const { ports } = setup();
    await expect(rollback({ environment: "prod" }, ports)).rejects.toThrow(/nothing was deployed to prod/);
    await deploy({ ref: "penguins@v1.0.0", environment: "prod" }, ports);
    await expect(rollback({ environment: "prod" }, ports)).rejects.toThrow(/nothing to roll back to/);
  });
});
