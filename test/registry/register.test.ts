import { execFile } from "node:child_process";
import { appendFile, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { evaluate } from "../../src/commands/evaluate.js";
import { profileData } from "../../src/commands/profile.js";
import { register } from "../../src/commands/register.js";
import {
  assignStage,
  deprecateVersion,
  modelHistory,
  pullVersion,
  resolveRef,
  showVersion,
  versionCard,
} from "../../src/commands/registry.js";
import { loadConfig } from "../../src/core/config/load.js";
import type { Evaluation } from "../../src/core/contracts/evaluation.js";
import { versionRecordSchema } from "../../src/core/contracts/version.js";
import { type ModelRegistry, noProgress, silentLogger } from "../../src/core/ports.js";
import { localPublisher } from "../../src/local/publisher.js";
import { DirRegistry, registryChampion } from "../../src/local/registry.js";
import { chooseRegistry, configuredChampion } from "../../src/wiring.js";
import { ONNX_FIXTURE, writeShapesBundle } from "./bundle.js";

const sh = promisify(execFile);
/** The bundle digest as the documented shell pipeline computes it, independently of mlgate. */
async function shellDigest(dir: string): Promise<string> {
  const { stdout } = await sh("sh", [
    "-c",
    "cd \"$1\" && find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum",
    "sh",
    dir,
  ]);
  return `sha256:${stdout.slice(0, 64)}`;
}

let root: string;
let bundle: string;
let evaluationFile: string;
let evaluation: Evaluation;
const env = { GITHUB_ACTOR: "octocat", GITHUB_SHA: "f".repeat(40) };

async function listAll(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).sort();
  } catch {
    return [];
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mlgate-register-"));
  bundle = await writeShapesBundle(join(root, "candidate"));
  const baseline = await writeShapesBundle(join(root, "baseline"), (m) => {
    m.seed = 12;
  });
  const out = join(root, "eval");
  const r = await evaluate(
    undefined,
    {
      candidate: bundle,
      baseline,
      data: join(ONNX_FIXTURE, "test.csv"),
      task: "classification",
      model: "shapes",
      out,
    },
    { logger: silentLogger, progress: noProgress, publisher: localPublisher(out) },
  );
  evaluation = r.evaluation;
  evaluationFile = r.files.evaluation;
}, 60_000);

const ports = (registry: ModelRegistry) => ({ registry, logger: silentLogger, env });

describe("evaluate records the digests of the bundles it scored", () => {
  it("candidate and baseline digests equal the shell pipeline's", async () => {
    expect(evaluation.verdict).toBe("pass");
    expect(evaluation.candidate.digest).toBe(await shellDigest(bundle));
    expect(evaluation.baseline?.digest).toBe(await shellDigest(join(root, "baseline")));
    expect(evaluation.baseline?.digest).not.toBe(evaluation.candidate.digest);
    const written = JSON.parse(await readFile(evaluationFile, "utf8")) as Evaluation;
    expect(written.candidate.digest).toBe(evaluation.candidate.digest);
  });
});

describe("register", () => {
  it("registers a gated bundle with its lineage, and auto-bumps by the rules", async () => {
    const registry = new DirRegistry(join(root, "reg-a"));
    const r = await register(
      undefined,
      { model: bundle, evaluation: evaluationFile, stage: "champion" },
      ports(registry),
    );
    expect(r.tag).toBe("shapes@v1.0.0");
    expect(r.digest).toBe(await shellDigest(bundle));
    const v = versionRecordSchema.parse(
      JSON.parse(await readFile(join(registry.location, "models/shapes/versions/1.0.0.json"), "utf8")),
    );
    expect(v.bump).toEqual({ rule: "first", reason: "first version of this model" });
    expect(v.gate.status).toBe("passed");
    expect(v.lineage).toMatchObject({
      git_commit: "f".repeat(40),
      actor: "octocat",
      data: { train: { sha256: "a".repeat(64), rows: 90 } },
      evaluation: { verdict: "pass", baseline: { source: join(root, "baseline") } },
    });
    expect(v.lineage.evaluation!.digest).toMatch(/^sha256:/);
    expect(v.lineage.evaluation!.metrics.accuracy!.value).toBe(evaluation.candidate.metrics.accuracy);
    expect(r.assigned).toMatchObject({ seq: 1, alias: "champion", version: "1.0.0", previous: null });

    const again = await register(undefined, { model: bundle, evaluation: evaluationFile }, ports(registry));
    expect(again.version.version).toBe("1.0.1");
    expect(again.version.bump.rule).toBe("patch");

    const wider = await writeShapesBundle(join(root, "wider"), (m) => {
      m.features.push({ name: "age", type: "int" });
    });
    const minor = await register(undefined, { model: wider, allowUngated: true }, ports(registry));
    expect(minor.version).toMatchObject({
      version: "1.1.0",
      bump: { rule: "minor", reason: "input features changed: added age" },
      gate: { status: "ungated", reason: "--allow-ungated: no evaluation given (--evaluation)" },
    });
    const classes = await writeShapesBundle(join(root, "classes"), (m) => {
      m.classes = ["alpha", "beta"];
    });
    const major = await register(undefined, { model: classes, allowUngated: true }, ports(registry));
    expect(major.version.version).toBe("2.0.0");
    expect(major.version.bump.rule).toBe("major");
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const registry = new DirRegistry(join(root, "reg-b"));
    const refuse = (inputs: Parameters<typeof register>[1]) => register(undefined, inputs, ports(registry));

    await expect(refuse({ model: join(root, "eval") })).rejects.toThrow(/no model bundle at/);

    const other = await writeShapesBundle(join(root, "other"), (m) => {
      m.seed = 99;
    });
    await expect(refuse({ model: other, evaluation: evaluationFile })).rejects.toThrow(
      /was made for another bundle: it scored sha256:[0-9a-f]{64}, this bundle is sha256:/,
    );

    const failed = join(root, "failed.json");
    await writeFile(failed, JSON.stringify({ ...evaluation, verdict: "fail", summary: "accuracy fell" }));
    await expect(refuse({ model: bundle, evaluation: failed })).rejects.toThrow(
      /has verdict fail: accuracy fell/,
    );

    const otherModel = join(root, "other-model.json");
    await writeFile(otherModel, JSON.stringify({ ...evaluation, model: "penguins" }));
    await expect(refuse({ model: bundle, evaluation: otherModel, allowUngated: true })).rejects.toThrow(
      /evaluates model 'penguins', but the bundle is model 'shapes'/,
    );
    await expect(refuse({ model: bundle })).rejects.toThrow(/no evaluation given/);
    await expect(refuse({ model: bundle, allowUngated: true, version: "1.2" })).rejects.toThrow(
      /not a semantic version/,
    );
    expect(await listAll(registry.location)).toEqual([]);

    // Ungated is allowed when asked for, and says so in the version.
    const ungated = await refuse({ model: bundle, evaluation: failed, allowUngated: true, version: "3.0.0" });
    expect(ungated.version.gate).toEqual({
      status: "ungated",
      reason: `--allow-ungated: ${failed} has verdict fail: accuracy fell`,
    });
    const before = await listAll(registry.location);
    await expect(refuse({ model: other, allowUngated: true, version: "3.0.0" })).rejects.toThrow(
      /shapes@v3.0.0 exists already/,
    );
    expect(await listAll(registry.location)).toEqual(before);
    await expect(
      register(undefined, { model: bundle, allowUngated: true, stage: "Prod!" }, ports(registry)),
    ).rejects.toThrow(/not a stage name/);
    expect(await listAll(registry.location)).toEqual(before);
  });
});

describe("aliases, history, pull", () => {
  it("moves record the previous holder; unknown aliases and deprecated versions are refused", async () => {
    const registry = new DirRegistry(join(root, "reg-c"));
    for (let i = 0; i < 3; i++)
      await register(undefined, { model: bundle, allowUngated: true }, ports(registry));
    const a1 = await assignStage(registry, undefined, {
      ref: "shapes@v1.0.0",
      stage: "prod",
      why: "first",
      actor: "a",
    });
    const a2 = await assignStage(registry, undefined, {
      ref: "shapes@v1.0.2",
      stage: "prod",
      why: "better",
      actor: "b",
    });
    expect([a1.previous, a2.previous, a2.seq]).toEqual([null, "1.0.0", 2]);
    expect((await resolveRef(registry, "shapes#prod")).version).toBe("1.0.2");
    expect((await showVersion(registry, "shapes#prod")).aliases).toEqual(["prod"]);
    await expect(resolveRef(registry, "shapes#staging")).rejects.toThrow(
      /unknown alias: nothing is assigned to shapes#staging/,
    );
    await expect(resolveRef(registry, "shapes@v9.9.9")).rejects.toThrow(/no version shapes@v9.9.9/);
    await expect(
      assignStage(registry, undefined, { ref: "shapes@v1.0.2", stage: "prod", why: "x", actor: "a" }),
    ).rejects.toThrow(/already points at 1.0.2/);
    await expect(deprecateVersion(registry, { ref: "shapes@v1.0.2", why: "x", actor: "a" })).rejects.toThrow(
      /still assigned to shapes#prod/,
    );
    const d = await deprecateVersion(registry, { ref: "shapes@v1.0.0", why: "leaked split", actor: "c" });
    expect(d).toMatchObject({ seq: 3, kind: "deprecate", version: "1.0.0" });
    await expect(
      assignStage(registry, undefined, { ref: "shapes@v1.0.0", stage: "prod", why: "back", actor: "a" }),
    ).rejects.toThrow(/deprecated and cannot be assigned/);
    expect((await modelHistory(registry, "shapes")).map((e) => [e.seq, e.kind, e.version])).toEqual([
      [1, "assign", "1.0.0"],
      [2, "assign", "1.0.2"],
      [3, "deprecate", "1.0.0"],
    ]);
    await expect(modelHistory(registry, "nope")).rejects.toThrow(/no model 'nope'/);
  });

  it("pull verifies the digest; a tampered bundle is refused with both digests", async () => {
    const registry = new DirRegistry(join(root, "reg-d"));
    const r = await register(undefined, { model: bundle, allowUngated: true }, ports(registry));
    const out = join(root, "pulled");
    const pulled = await pullVersion(registry, { ref: "shapes@latest", out });
    expect(pulled.digest).toBe(r.digest);
    expect(await shellDigest(out)).toBe(r.digest);
    await expect(pullVersion(registry, { ref: "shapes@v1.0.0", out })).rejects.toThrow(/is not empty/);

    await appendFile(join(registry.location, "bundles", r.digest.slice(7), "model.onnx"), "\0");
    const tampered = await shellDigest(join(registry.location, "bundles", r.digest.slice(7)));
    const err = await pullVersion(registry, { ref: "shapes@v1.0.0", out: join(root, "pulled-2") }).catch(
      (e) => e,
    );
    expect(err.message).toBe(
      `shapes@v1.0.0 is corrupt in the registry: bundle digest ${tampered}, registered ${r.digest}; changed or extra: model.onnx`,
    );
    expect(await listAll(join(root, "pulled-2"))).toEqual([]);
  });
});

describe("model card", () => {
  it("has Hugging Face metadata with the evaluation's metrics in model-index, and the lineage", async () => {
    const registry = new DirRegistry(join(root, "reg-card"));
    await register(
      undefined,
      { model: bundle, evaluation: evaluationFile, stage: "champion" },
      ports(registry),
    );
    const out = join(root, "card", "README.md");
    const { card } = await versionCard(registry, { ref: "shapes#champion", out });
    expect(await readFile(out, "utf8")).toBe(card);
    const [, front, body] = card.split(/^---$/m);
    const meta = parseYaml(front!) as Record<string, unknown>;
    expect(meta.pipeline_tag).toBe("tabular-classification");
    expect(meta["model-index"]).toEqual([
      {
        name: "shapes",
        results: [
          {
            task: { type: "tabular-classification" },
            dataset: { type: "test.csv", name: "test.csv", split: "test", revision: "b".repeat(64) },
            metrics: Object.entries(evaluation.candidate.metrics).map(([name, value]) => ({
              type: name,
              value,
              name,
              verified: false,
            })),
          },
        ],
      },
    ]);
    expect(body).toContain("# shapes v1.0.0");
    expect(body).toContain(`| Digest | \`${evaluation.candidate.digest}\` |`);
    expect(body).toContain("| Stages | `champion` |");
    expect(body).toContain("## Evaluation");

    // Without an evaluation there are no results, so no model-index (the Hub requires results).
    const other = await writeShapesBundle(join(root, "card-ungated"), (m) => {
      m.seed = 5;
    });
    await register(undefined, { model: other, allowUngated: true }, ports(registry));
    const ungated = await versionCard(registry, { ref: "shapes@v1.0.1" });
    expect(parseYaml(ungated.card.split(/^---$/m)[1]!)).toEqual({
      tags: ["mlgate", "tabular-classification"],
      pipeline_tag: "tabular-classification",
    });
  });
});

describe("registry: in mlgate.yml", () => {
  it("path is resolved beside the config, aliases restrict the stages; --registry wins", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-registry-config-"));
    const file = join(dir, "mlgate.yml");
    await writeFile(
      file,
      "model: { name: shapes, task: classification, label: kind }\nregistry:\n  path: models/registry\n  aliases: [champion, staging]\n",
    );
    const loaded = await loadConfig(file);
    expect(chooseRegistry(loaded, undefined).location).toBe(join(dir, "models/registry"));
    expect(chooseRegistry(undefined, undefined, dir).location).toBe(join(dir, ".mlgate/registry"));
    expect(chooseRegistry(loaded, "elsewhere", dir).location).toBe(join(dir, "elsewhere"));
    expect(() => chooseRegistry(loaded, "github", dir, {})).toThrow(/the github registry needs a token/);
    expect(
      chooseRegistry(loaded, "github", dir, { GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "octo-org/models" })
        .location,
    ).toBe("github:octo-org/models");

    const registry = chooseRegistry(loaded, undefined);
    const err = await register(
      loaded,
      { model: bundle, allowUngated: true, stage: "prod" },
      ports(registry),
    ).catch((e) => e);
    expect(err.message).toBe("stage 'prod' is not in registry.aliases");
    expect(err.location).toMatchObject({ file, line: 4 });
    expect(err.hint).toBe("allowed: champion, staging; add it there to use it");
    expect(await listAll(registry.location)).toEqual([]);
    await register(loaded, { model: bundle, allowUngated: true, stage: "staging" }, ports(registry));
    expect((await resolveRef(registry, "shapes#staging")).version).toBe("1.0.0");
  });
});

describe("the champion as evaluate's baseline", () => {
  it("no champion: first-model mode; a champion: pulled, scored, its digest recorded, and register names its version", async () => {
    const registry = new DirRegistry(join(root, "reg-champion"));
    const said: string[] = [];
    const champion = registryChampion(registry, { logger: { info: (m) => said.push(m) } });
    const data = join(ONNX_FIXTURE, "test.csv");
    const evalPorts = (out: string) => ({
      logger: silentLogger,
      progress: noProgress,
      publisher: localPublisher(out),
      champion,
    });
    const out1 = join(root, "eval-no-champion");
    const first = await evaluate(
      undefined,
      { candidate: bundle, data, task: "classification", model: "shapes", out: out1 },
      evalPorts(out1),
    );
    expect(first.evaluation.first_model).toBe(true);
    expect(first.evaluation.first_model_reason).toBe("no champion in the registry yet (shapes#champion)");
    expect(await readFile(first.files.comment, "utf8")).toContain(
      "> **First model:** no champion in the registry yet \\(shapes",
    );

    const baselineBundle = join(root, "baseline");
    const registered = await register(
      undefined,
      { model: baselineBundle, allowUngated: true, stage: "champion" },
      ports(registry),
    );
    const out2 = join(root, "eval-champion");
    const second = await evaluate(
      undefined,
      { candidate: bundle, data, task: "classification", model: "shapes", out: out2 },
      evalPorts(out2),
    );
    expect(second.evaluation.first_model).toBe(false);
    expect(second.evaluation.baseline?.digest).toBe(await shellDigest(baselineBundle));
    expect(second.evaluation.baseline?.digest).toBe(registered.digest);
    // Named by its tag, not by the temporary directory it was pulled to; version and alias recorded.
    expect(second.evaluation.baseline).toMatchObject({
      source: "shapes@v1.0.0",
      version: "1.0.0",
      alias: "champion",
    });
    expect(second.evaluation.first_model_reason).toBeUndefined();
    // The pulled copy is removed once scored.
    const pulledTo = said.map((m) => /pulled to (.+)$/.exec(m)?.[1]).find(Boolean);
    expect(pulledTo).toBeTruthy();
    await expect(stat(pulledTo!)).rejects.toThrow(/ENOENT/);
    await expect(stat(dirname(pulledTo!))).rejects.toThrow(/ENOENT/);
    const comment = await readFile(second.files.comment, "utf8");
    expect(comment).toContain(
      `baseline \`shapes@v1.0.0\` (champion, digest \`${registered.digest.slice(0, 19)}…\`)`,
    );

    const candidate = await register(
      undefined,
      { model: bundle, evaluation: second.files.evaluation },
      ports(registry),
    );
    expect(candidate.version.lineage.evaluation?.baseline).toMatchObject({
      digest: registered.digest,
      version: "1.0.0",
    });
  }, 60_000);
});

describe("the training profile travels with the version", () => {
  it("register --profile stores it in the record; pull --profile writes it back unchanged", async () => {
    const registry = new DirRegistry(join(root, "reg-profile"));
    const profileFile = join(root, "profile.json");
    await profileData(
      undefined,
      { data: join(ONNX_FIXTURE, "test.csv"), label: "kind", out: profileFile },
      {
        logger: silentLogger,
        progress: noProgress,
      },
    );
    const written = JSON.parse(await readFile(profileFile, "utf8"));
    const r = await register(
      undefined,
      { model: bundle, evaluation: evaluationFile, profile: profileFile },
      ports(registry),
    );
    expect(r.version.profile).toEqual(written);
    // The bundle digest is still the one the gate bound: the profile is not added to the bundle.
    expect(r.digest).toBe(evaluation.candidate.digest);

    const pulledProfile = join(root, "pulled-profile.json");
    const pulled = await pullVersion(registry, {
      ref: "shapes@v1.0.0",
      out: join(root, "pulled-with-profile"),
      profile: pulledProfile,
    });
    expect(pulled.profile).toBe(pulledProfile);
    expect(JSON.parse(await readFile(pulledProfile, "utf8"))).toEqual(written);
    expect(await shellDigest(join(root, "pulled-with-profile"))).toBe(r.digest);
  }, 60_000);

  it("stores the profile of the candidate's predictions on the evaluation rows, drift-check's prediction reference", async () => {
    const registry = new DirRegistry(join(root, "reg-predictions"));
    const r = await register(undefined, { model: bundle, evaluation: evaluationFile }, ports(registry));
    // Counted here from the predictions file evaluate wrote, by its header, not by mlgate's reader.
    const [head, ...lines] = (
      await readFile(join(dirname(evaluationFile), evaluation.candidate.predictions!), "utf8")
    )
      .trim()
      .split("\n");
    const at = head!.split(",").indexOf("y_pred");
    const counts = new Map<string, number>();
    for (const l of lines) {
      const v = l.split(",")[at]!;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const p = r.version.predictions!;
    expect(p.rows).toBe(lines.length);
    expect(p.label).toBeUndefined();
    expect(p.sources.map((s) => s.file)).toEqual([evaluation.candidate.predictions]);
    expect(p.columns).toHaveLength(1);
    const column = p.columns[0]!;
    expect(column.name).toBe("_mlgate_prediction");
    expect(column.frequent.exact).toBe(true);
    expect(new Map(column.frequent.items.map((i) => [String(i.value), i.count]))).toEqual(counts);
  }, 60_000);

  it("refuses a profile of other data, and a pull --profile of a version without one; nothing written", async () => {
    const registry = new DirRegistry(join(root, "reg-profile-bad"));
    const other = join(root, "other.csv");
    await writeFile(other, "a,b\n1,2\n3,4\n");
    const otherProfile = join(root, "other-profile.json");
    await profileData(
      undefined,
      { data: other, out: otherProfile },
      { logger: silentLogger, progress: noProgress },
    );
    const err = await register(
      undefined,
      { model: bundle, evaluation: evaluationFile, profile: otherProfile },
      ports(registry),
    ).catch((e) => e);
    expect(err.message).toBe(`${otherProfile} does not profile the model's features size, weight, color`);
    expect(err.location).toMatchObject({ file: otherProfile });
    expect(await listAll(registry.location)).toEqual([]);

    await register(undefined, { model: bundle, evaluation: evaluationFile }, ports(registry));
    const out = join(root, "pulled-no-profile");
    const refused = await pullVersion(registry, {
      ref: "shapes@v1.0.0",
      out,
      profile: join(root, "none.json"),
    }).catch((e) => e);
    expect(refused.message).toBe("shapes@v1.0.0 has no training profile");
    expect(await listAll(out)).toEqual([]);
  }, 60_000);
});

describe("configuredChampion", () => {
  it("opens the registry only when the champion is asked for", async () => {
    // A run given its baseline never touches the registry, so a registry it cannot open is no error.
    const lookup = configuredChampion(undefined, "github");
    expect(lookup.alias).toBe("champion");
    for (const k of ["GITHUB_TOKEN", "GH_TOKEN", "INPUT_GITHUB-TOKEN"]) vi.stubEnv(k, "");
    try {
      await expect(lookup.champion("shapes")).rejects.toThrow(/the github registry needs a token/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
