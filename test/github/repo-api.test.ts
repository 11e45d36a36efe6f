import { describe, expect, it } from "vitest";
import { AlreadyExistsError } from "../../src/github/client.js";
import {
  createDeployment,
  createDeploymentStatus,
  listDeploymentStatuses,
} from "../../src/github/deployments.js";
import { dispatchRepositoryEvent, dispatchWorkflow } from "../../src/github/dispatch.js";
import { createIssue, listIssues, updateIssue, upsertIssue } from "../../src/github/issues.js";
import {
  createAnnotatedTag,
  createRef,
  getAnnotatedTag,
  getRef,
  listMatchingRefs,
} from "../../src/github/refs.js";
import {
  createRelease,
  getReleaseByTag,
  listReleaseAssets,
  uploadReleaseAsset,
} from "../../src/github/releases.js";
import { clientFor, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const repoOf = () => ({ owner: standin().owner, repo: standin().repo });
const commit = "a".repeat(40);
const commit2 = "b".repeat(40);

describe("git refs and annotated tags", () => {
  it("creates a ref, reads it back, and reports a second create as AlreadyExistsError (compare-and-swap)", async () => {
    const gh = clientFor(standin());
    const made = await createRef(gh, repoOf(), "refs/tags/penguins@v1.0.0", commit);
    expect(made).toEqual({ ref: "refs/tags/penguins@v1.0.0", sha: commit, type: "commit" });
    expect(await getRef(gh, repoOf(), "tags/penguins@v1.0.0")).toEqual(made);
    const second = createRef(gh, repoOf(), "refs/tags/penguins@v1.0.0", commit2);
    await expect(second).rejects.toBeInstanceOf(AlreadyExistsError);
    await expect(second).rejects.toThrow("ref refs/tags/penguins@v1.0.0 already exists");
    // The loser changed nothing.
    expect(standin().refs.get("refs/tags/penguins@v1.0.0")).toBe(commit);
    expect(await getRef(gh, repoOf(), "tags/absent")).toBeUndefined();
  });

  it("lists only the refs that start with a prefix", async () => {
    const gh = clientFor(standin());
    for (const t of ["penguins@v1.0.0", "penguins@v1.1.0", "penguins#prod#1", "iris@v1.0.0"]) {
      await createRef(gh, repoOf(), `refs/tags/${t}`, commit);
    }
    const refs = await listMatchingRefs(gh, repoOf(), "tags/penguins@");
    expect(refs.map((r) => r.ref)).toEqual(["refs/tags/penguins@v1.0.0", "refs/tags/penguins@v1.1.0"]);
  });

  it("writes an annotated tag as a tag object plus a ref that points at it", async () => {
    const gh = clientFor(standin());
    const tag = await createAnnotatedTag(gh, repoOf(), {
      tag: "penguins@v2.0.0",
      message: "Registering penguins v2.0.0",
      sha: commit,
      tagger: { name: "mlgate", email: "mlgate@example.com", date: "2026-01-02T03:04:05Z" },
    });
    expect(tag.target).toBe(commit);
    expect(tag.message).toBe("Registering penguins v2.0.0");
    const ref = await getRef(gh, repoOf(), "refs/tags/penguins@v2.0.0");
    expect(ref).toEqual({ ref: "refs/tags/penguins@v2.0.0", sha: tag.sha, type: "tag" });
    expect(await getAnnotatedTag(gh, repoOf(), tag.sha)).toEqual(tag);
    await expect(
      createAnnotatedTag(gh, repoOf(), { tag: "penguins@v2.0.0", message: "again", sha: commit2 }),
    ).rejects.toBeInstanceOf(AlreadyExistsError);
    await expect(
      createAnnotatedTag(gh, repoOf(), { tag: "bad name", message: "x", sha: commit }),
    ).rejects.toThrow("not a valid git tag name");
  });
});

describe("releases", () => {
  it("creates a release, uploads assets to its upload URL and lists them", async () => {
    const gh = clientFor(standin());
    expect(await getReleaseByTag(gh, repoOf(), "penguins@v1.0.0")).toBeUndefined();
    const release = await createRelease(gh, repoOf(), { tag: "penguins@v1.0.0", body: "model card" });
    const bytes = new TextEncoder().encode('{"weights":[1,2,3]}');
    const asset = await uploadReleaseAsset(gh, release, { name: "model.json", data: bytes });
    expect(asset.name).toBe("model.json");
    expect(asset.size).toBe(bytes.byteLength);
    // sha256 of the bytes, computed independently: printf '{"weights":[1,2,3]}' | sha256sum
    expect(asset.digest).toBe("sha256:b0d0a309ce41a9f6aea6cd572d26edf0ca5a5fd18ec5ef934cffd1c8371e64bc");
    await uploadReleaseAsset(gh, release, { name: "weights.bin", data: new Uint8Array([0, 1, 2, 255]) });
    expect(Buffer.from([...standin().assets.values()][1]!.data)).toEqual(Buffer.from([0, 1, 2, 255]));
    const listed = await listReleaseAssets(gh, repoOf(), release.id);
    expect(listed.map((a) => [a.name, a.size])).toEqual([
      ["model.json", 19],
      ["weights.bin", 4],
    ]);
    const byTag = await getReleaseByTag(gh, repoOf(), "penguins@v1.0.0");
    expect(byTag?.id).toBe(release.id);
    expect(byTag?.assets.map((a) => a.name)).toEqual(["model.json", "weights.bin"]);
    await expect(createRelease(gh, repoOf(), { tag: "penguins@v1.0.0" })).rejects.toBeInstanceOf(
      AlreadyExistsError,
    );
  });
});

describe("deployments", () => {
  it("creates a deployment and reports its statuses newest first", async () => {
    const gh = clientFor(standin());
    const d = await createDeployment(gh, repoOf(), {
      ref: "penguins@v1.0.0",
      environment: "staging",
      payload: { model: "penguins", version: "1.0.0" },
    });
    expect(d.environment).toBe("staging");
    expect(standin().deployments.get(d.id)?.payload).toEqual({ model: "penguins", version: "1.0.0" });
    await createDeploymentStatus(gh, repoOf(), d.id, { state: "in_progress" });
    await createDeploymentStatus(gh, repoOf(), d.id, {
      state: "success",
      environmentUrl: "http://127.0.0.1:8080/v2/models/penguins",
      description: "healthy",
    });
    const statuses = await listDeploymentStatuses(gh, repoOf(), d.id);
    expect(statuses.map((s) => s.state)).toEqual(["success", "in_progress"]);
    expect(statuses[0]!.environmentUrl).toBe("http://127.0.0.1:8080/v2/models/penguins");
  });
});

describe("issues", () => {
  it("lists by label and state, creates, updates, and keeps one issue per label+title", async () => {
    const gh = clientFor(standin());
    const a = await createIssue(gh, repoOf(), {
      title: "Drift: bill_length_mm",
      body: "v1",
      labels: ["mlgate-drift"],
    });
    await createIssue(gh, repoOf(), { title: "Unrelated", body: "x", labels: ["bug"] });
    expect((await listIssues(gh, repoOf(), { labels: ["mlgate-drift"] })).map((i) => i.number)).toEqual([
      a.number,
    ]);
    const again = await upsertIssue(gh, repoOf(), {
      label: "mlgate-drift",
      title: "Drift: bill_length_mm",
      body: "v2",
    });
    expect(again).toMatchObject({ action: "updated", issue: { number: a.number, body: "v2" } });
    await updateIssue(gh, repoOf(), a.number, { state: "closed" });
    expect(await listIssues(gh, repoOf(), { labels: ["mlgate-drift"] })).toEqual([]);
    expect((await listIssues(gh, repoOf(), { labels: ["mlgate-drift"], state: "closed" }))[0]?.state).toBe(
      "closed",
    );
    const fresh = await upsertIssue(gh, repoOf(), {
      label: "mlgate-drift",
      title: "Drift: bill_length_mm",
      body: "v3",
    });
    expect(fresh.action).toBe("created");
    expect(fresh.issue.number).not.toBe(a.number);
    expect(fresh.issue.labels).toEqual(["mlgate-drift"]);
  });
});

describe("dispatch", () => {
  it("starts a workflow_dispatch run with inputs and sends a repository_dispatch event", async () => {
    const gh = clientFor(standin());
    await dispatchWorkflow(gh, repoOf(), {
      workflow: "retrain.yml",
      ref: "main",
      inputs: { reason: "drift" },
    });
    await dispatchRepositoryEvent(gh, repoOf(), "mlgate-retrain", { model: "penguins" });
    expect(standin().workflowDispatches).toEqual([
      { workflow: "retrain.yml", ref: "main", inputs: { reason: "drift" } },
    ]);
    expect(standin().repositoryDispatches).toEqual([
      { event_type: "mlgate-retrain", client_payload: { model: "penguins" } },
    ]);
  });
});
