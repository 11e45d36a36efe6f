import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { profileData } from "../../src/commands/profile.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";
import { runBuiltAction } from "../support/built-action.js";
import { ONNX_FIXTURE, writeShapesBundle } from "./bundle.js";

const root = resolve(import.meta.dirname, "../..");

const runAction = (action: string, inputs: Record<string, string>, dir: string) =>
  runBuiltAction(action, inputs, dir, { env: { GITHUB_ACTOR: "octocat" }, timeoutMs: 60_000 });

describe("register action", () => {
  it("registers into a directory registry: outputs version, tag and digest; the card in the job summary", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-register-action-"));
    const bundle = await writeShapesBundle(join(dir, "model"));
    const r = await runAction(
      "register",
      {
        model: bundle,
        registry: join(dir, "registry"),
        "allow-ungated": "true",
        stage: "staging",
        version: "auto",
      },
      dir,
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.version).toBe("v1.0.0");
    expect(r.outputs.tag).toBe("shapes@v1.0.0");
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.summary).toContain("# shapes v1.0.0");
    expect(r.summary).toContain("| Stages | `staging` |");
    expect(r.summary).not.toContain("model-index");
  }, 60_000);

  it("refuses an ungated bundle and names the missing evaluation", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-register-action-"));
    const bundle = await writeShapesBundle(join(dir, "model"));
    const r = await runAction("register", { model: bundle, registry: join(dir, "registry") }, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not registered: no evaluation given");
  }, 60_000);

  it("without a registry input or mlgate.yml, says what to set instead of assuming one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-register-action-"));
    const bundle = await writeShapesBundle(join(dir, "model"));
    const r = await runAction("register", { model: bundle, "allow-ungated": "true" }, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error .*no registry to register into/m);
    expect(r.stdout).toContain(
      "set the action's `registry` input to a directory, or registry.path in mlgate.yml",
    );
  }, 60_000);

  it("follows registry.path in mlgate.yml when the registry input is empty", async () => {
    // The runner fills an empty input from action.yml's default: there must be none to override mlgate.yml.
    const yml = parse(await readFile(join(root, "actions/register/action.yml"), "utf8"));
    expect(yml.inputs.registry.default).toBeUndefined();
    expect(yml.description).toContain("`contents: write` only");
    const dir = await mkdtemp(join(tmpdir(), "mlgate-register-action-"));
    const bundle = await writeShapesBundle(join(dir, "model"));
    await writeFile(
      join(dir, "mlgate.yml"),
      "version: 1\nmodel: { name: shapes, task: classification, label: kind }\nregistry: { path: models/registry }\n",
    );
    const r = await runAction(
      "register",
      { model: bundle, "allow-ungated": "true", config: "mlgate.yml" },
      dir,
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(`registry: ${join(dir, "models/registry")}`);
    expect(r.outputs.tag).toBe("shapes@v1.0.0");
  }, 60_000);

  it("stores the profile input with the version", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-register-action-"));
    const bundle = await writeShapesBundle(join(dir, "model"));
    const profile = join(dir, "profile.json");
    await profileData(
      undefined,
      { data: join(ONNX_FIXTURE, "test.csv"), label: "kind", out: profile },
      {
        logger: silentLogger,
        progress: noProgress,
      },
    );
    const registry = join(dir, "registry");
    const r = await runAction("register", { model: bundle, registry, profile, "allow-ungated": "true" }, dir);
    expect(r.code, r.stdout).toBe(0);
    const record = JSON.parse(await readFile(join(registry, "models/shapes/versions/1.0.0.json"), "utf8"));
    expect(record.profile).toEqual(JSON.parse(await readFile(profile, "utf8")));
  }, 60_000);
});

describe("evaluate-vs-baseline action with no baseline input", () => {
  it("first model while the registry has no champion, then compares with the champion it pulls", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-evaluate-action-"));
    const registry = join(dir, "registry");
    const candidate = await writeShapesBundle(join(dir, "candidate"));
    const baseline = await writeShapesBundle(join(dir, "baseline"), (m) => {
      m.seed = 12;
    });
    const evaluate = (out: string) =>
      runAction(
        "evaluate-vs-baseline",
        {
          candidate,
          data: join(ONNX_FIXTURE, "test.csv"),
          task: "classification",
          model: "shapes",
          registry,
          out: join(dir, out),
        },
        dir,
      );
    const first = await evaluate("first");
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain("no champion in the registry yet (shapes#champion): first model");
    const firstJson = JSON.parse(await readFile(join(dir, "first/evaluation.json"), "utf8"));
    expect(firstJson.first_model).toBe(true);
    expect(firstJson.first_model_reason).toBe("no champion in the registry yet (shapes#champion)");

    const reg = await runAction(
      "register",
      { model: baseline, registry, "allow-ungated": "true", stage: "champion" },
      dir,
    );
    expect(reg.code, reg.stdout).toBe(0);
    const second = await evaluate("second");
    expect(second.code, second.stdout).toBe(0);
    const json = JSON.parse(await readFile(join(dir, "second/evaluation.json"), "utf8"));
    expect(json.first_model).toBe(false);
    expect(json.baseline).toMatchObject({
      source: "shapes@v1.0.0",
      version: "1.0.0",
      alias: "champion",
      digest: reg.outputs.digest,
    });
  }, 120_000);
});
