import { describe, expect, it } from "vitest";
import { DEPLOY_TASK, GitHubDeploymentLog } from "../../src/github/deploy-log.js";
import { clientFor, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const sha = "c".repeat(40);
const d1 = `sha256:${"1".repeat(64)}`;
const d2 = `sha256:${"2".repeat(64)}`;

function logOf() {
  const s = standin();
  return new GitHubDeploymentLog(clientFor(s), { owner: s.owner, repo: s.repo }, { ref: sha });
}
const entry = (version: string, digest: string, rollback = false) => ({
  environment: "prod",
  name: "penguins",
  version,
  digest,
  rollback,
  target: "local",
});
const statesOf = (id: string) =>
  (standin().deploymentStatuses.get(Number(id)) ?? []).map((s) => s.state).reverse();

describe("GitHub deployment log", () => {
  it("one deployment per deploy with name, version and digest in the payload; statuses queued → in_progress → success with the URLs", async () => {
    const log = logOf();
    const e = await log.start(entry("1.0.0", d1));
    await log.update(e, "in_progress", { logUrl: "https://github.com/o/r/actions/runs/1" });
    await log.update(e, "success", {
      environmentUrl: "http://127.0.0.1:8080",
      logUrl: "https://github.com/o/r/actions/runs/1",
      description: "penguins@v1.0.0 verified and serving",
    });
    const d = standin().deployments.get(Number(e.id))!;
    expect(d).toMatchObject({ environment: "prod", task: DEPLOY_TASK, sha });
    expect(d.payload).toMatchObject({
      name: "penguins",
      version: "1.0.0",
      digest: d1,
      rollback: false,
      target: "local",
    });
    expect(statesOf(e.id)).toEqual(["queued", "in_progress", "success"]);
    const latest = standin().deploymentStatuses.get(Number(e.id))![0]!;
    expect(latest).toMatchObject({
      environment_url: "http://127.0.0.1:8080",
      log_url: "https://github.com/o/r/actions/runs/1",
    });
    expect(await log.history("prod")).toEqual([
      expect.objectContaining({ id: e.id, state: "success", url: "http://127.0.0.1:8080", version: "1.0.0" }),
    ]);
  });

  it("auto_inactive retires the previous deployment; a rollback is a deployment of the earlier version; lastSuccessful skips a digest", async () => {
    const log = logOf();
    const a = await log.start(entry("1.0.0", d1));
    await log.update(a, "success", { environmentUrl: "http://a" });
    const b = await log.start(entry("1.1.0", d2));
    await log.update(b, "failure", { description: "verification failed: golden: row 0" });
    const c = await log.start(entry("1.0.0", d1, true));
    await log.update(c, "success", { environmentUrl: "http://a" });
    expect(statesOf(a.id)).toEqual(["queued", "success", "inactive"]);
    expect(standin().deployments.get(Number(c.id))!.payload).toMatchObject({
      version: "1.0.0",
      rollback: true,
    });
    const h = await log.history("prod");
    expect(h.map((x) => [x.version, x.state, x.rollback])).toEqual([
      ["1.0.0", "inactive", false],
      ["1.1.0", "failure", false],
      ["1.0.0", "success", true],
    ]);
    expect(h[1]!.description).toBe("verification failed: golden: row 0");
    expect((await log.lastSuccessful("prod"))!.id).toBe(c.id);
    expect(await log.lastSuccessful("prod", d1)).toBeUndefined();
    expect(await log.lastSuccessful("staging")).toBeUndefined();
  });

  it("500, 502 and 429 on status creation are retried: each status lands once", async () => {
    const log = logOf();
    const e = await log.start(entry("1.0.0", d1));
    standin().failNext(1, { kind: 500 }, { operationId: "repos/create-deployment-status" });
    await log.update(e, "in_progress");
    standin().failNext(1, { kind: 502 }, { operationId: "repos/create-deployment-status" });
    standin().failNext(
      1,
      { kind: "rate-limit", retryAfter: 1 },
      { operationId: "repos/create-deployment-status" },
    );
    await log.update(e, "success", { environmentUrl: "http://a" });
    expect(statesOf(e.id)).toEqual(["queued", "in_progress", "success"]);
  });

  it("a create whose answer was lost (502 after handling) is found by its request id, not made twice", async () => {
    const log = logOf();
    standin().failNext(1, { kind: 502, afterHandling: true }, { operationId: "repos/create-deployment" });
    const e = await log.start(entry("1.0.0", d1));
    expect(standin().deployments.size).toBe(1);
    expect(standin().deployments.has(Number(e.id))).toBe(true);
    // A 500 before handling: nothing was made, so it is created on the next attempt, once.
    standin().failNext(2, { kind: 500 }, { operationId: "repos/create-deployment" });
    const f = await log.start(entry("1.1.0", d2));
    expect(standin().deployments.size).toBe(2);
    expect(standin().deployments.get(Number(f.id))!.payload).toMatchObject({ version: "1.1.0" });
  });
});
