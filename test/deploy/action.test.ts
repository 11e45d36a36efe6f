import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { MODEL_MANIFEST_FILE } from "../../src/core/contracts/model.js";
import { penguinsBundle } from "../serve/bundle.js";
import { runBuiltAction } from "../support/built-action.js";
import { penguinsTest, tableToCsv } from "../train/penguins.js";

const root = resolve(import.meta.dirname, "../..");

const deployAction = (inputs: Record<string, string>, dir: string) =>
  runBuiltAction("deploy", inputs, dir, { env: { GITHUB_ACTOR: "octocat" } });

const cli = async (...args: string[]) => {
  const code = await main(["--quiet", ...args]);
  process.exitCode = undefined;
  return code;
};

let dir: string;
let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
let config: string;
let registry: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-deploy-action-"));
  bundle = await penguinsBundle();
  registry = join(dir, "registry");
  config = join(dir, "mlgate.yml");
  await writeFile(
    config,
    `model:\n  name: penguins\n  task: classification\n  label: species\ndeploy:\n  dir: ${join(dir, "deploy")}\n`,
  );
  const golden = join(dir, "golden.csv");
  await writeFile(golden, tableToCsv(penguinsTest));
  // v1.0.0: the bundle as trained; v1.0.1: the same weights under another manifest date (another digest).
  const second = join(dir, "second");
  await cp(bundle.dir, second, { recursive: true });
  const manifestFile = join(second, MODEL_MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(manifestFile, "utf8"));
  await writeFile(manifestFile, JSON.stringify({ ...manifest, created_at: new Date(1000).toISOString() }));
  for (const model of [bundle.dir, second]) {
    expect(
      await cli("register", "--model", model, "--registry", registry, "--allow-ungated", "--golden", golden),
    ).toBe(0);
  }
  // v1.0.1's recorded golden row 0 disagrees with what its bundle serves: its verification fails.
  const recordFile = join(registry, "models/penguins/versions/1.0.1.json");
  const record = JSON.parse(await readFile(recordFile, "utf8"));
  const g = record.golden.predictions[0];
  g.label = g.label === "Gentoo" ? "Adelie" : "Gentoo";
  await writeFile(recordFile, JSON.stringify(record));
}, 120_000);

afterAll(async () => {
  await cli("--config", config, "deploy", "stop", "--environment", "ci");
  await bundle?.remove();
  await rm(dir, { recursive: true, force: true });
});

describe("deploy action", () => {
  it("declares every input it reads and every output it sets, on node24", async () => {
    const yml = parse(await readFile(join(root, "actions/deploy/action.yml"), "utf8"));
    expect(yml.runs).toEqual({ using: "node24", main: "../../dist/deploy.js" });
    expect(Object.keys(yml.outputs).sort()).toEqual(
      ["deployment-id", "digest", "rolled-back", "state", "url", "version"].sort(),
    );
    expect(yml.inputs.model.required).toBe(true);
    expect(yml.inputs.environment.required).toBe(true);
  });

  it("deploys a version (outputs version, digest, url), then rolls back one that fails verification and fails the step", async () => {
    const first = await deployAction(
      { model: "penguins@v1.0.0", environment: "ci", registry, config, "allow-ungated": "true" },
      dir,
    );
    expect(first.code, first.stdout).toBe(0);
    const record = JSON.parse(await readFile(join(registry, "models/penguins/versions/1.0.0.json"), "utf8"));
    expect(first.outputs).toMatchObject({
      state: "deployed",
      version: "1.0.0",
      digest: record.digest,
      "rolled-back": "false",
    });
    expect(first.outputs["deployment-id"]).toMatch(/^\d+$/);
    expect((await fetch(`${first.outputs.url}/v2/health/ready`)).status).toBe(200);
    expect(first.summary).toContain(`penguins@v1.0.0 serves ci at ${first.outputs.url}`);

    const bad = await deployAction(
      { model: "penguins@v1.0.1", environment: "ci", registry, config, "allow-ungated": "true" },
      dir,
    );
    expect(bad.code).toBe(1);
    expect(bad.outputs).toMatchObject({
      state: "rolled-back",
      version: "1.0.0",
      digest: record.digest,
      url: first.outputs.url,
      "rolled-back": "true",
    });
    expect(bad.stdout).toContain(
      "::error::penguins@v1.0.1 failed verification and was removed; rolled back to penguins@v1.0.0",
    );
    // The version that serves answers as before.
    const meta = (await (await fetch(`${bad.outputs.url}/v2/models/penguins`)).json()) as {
      versions: string[];
    };
    expect(meta.versions).toEqual(["1.0.0"]);
  }, 120_000);

  it("refuses bad input with a clear error naming it", async () => {
    const r = await deployAction(
      { model: "penguins@v1.0.0", environment: "no spaces", registry, config },
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("'no spaces' is not an environment name");
  });
});
