import { execFile } from "node:child_process";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildAll } from "../../scripts/build.js";
import { cli, scratch, writeText } from "./helpers.js";

/**
 * The kit as a runner checks out an action: the repository's files and the committed dist/, and
 * no node_modules. Built here from the current source into a scratch directory, so what runs is
 * what this tree would commit.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURE = join(ROOT, "test/fixtures/model/onnx");
const run = promisify(execFile);
const tmp = scratch();

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, unknown>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}
/** An action's metadata; "." is the root action (mlgate setup). */
const action = async (name: string) =>
  parse(await readFile(join(ROOT, name === "." ? "" : "actions", name, "action.yml"), "utf8")) as Action;

/** Runs a bundled entry the way a composite's `run:` step does: inputs as INPUT_*, outputs to GITHUB_OUTPUT. */
async function runEntry(entry: string, inputs: Record<string, string>, cwd: string) {
  const output = join(cwd, `${entry}-${Date.now()}.output`);
  const summary = join(cwd, `${entry}-${Date.now()}.summary`);
  await writeFile(output, "");
  await writeFile(summary, "");
  const event = join(cwd, "event.json");
  await writeFile(event, JSON.stringify({ ref: "refs/heads/main" }));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: "octo-org/models",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let code = 0;
  let stdout = "";
  try {
    ({ stdout } = await run(process.execPath, [join(kit, "dist", `${entry}.js`)], { cwd, env }));
  } catch (e) {
    ({ code, stdout } = e as { code: number; stdout: string });
  }
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(output, "utf8")).matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm,
  )) {
    outputs[m[1]!] = m[3]!;
  }
  return { code, stdout, outputs, summary: await readFile(summary, "utf8") };
}

let work: string;
let kit: string;
let config: string;
let bundle: string;

beforeAll(async () => {
  work = await tmp();
  kit = join(work, "kit");
  await buildAll(join(kit, "dist"), join(kit, "schema"));
  for (const path of ["bin", "actions", "package.json"])
    await cp(join(ROOT, path), join(kit, path), { recursive: true });
  // A bring-your-own ONNX bundle, trained in the development tree (which has onnxruntime-node).
  config = await writeText(
    join(work, "mlgate.yml"),
    [
      "model: { name: shapes, task: classification, label: kind }",
      `data: { train: ${JSON.stringify(join(FIXTURE, "train.csv"))}, test: ${JSON.stringify(join(FIXTURE, "test.csv"))} }`,
      `train: { command: ${JSON.stringify(`node ${JSON.stringify(join(FIXTURE, "fake-train.mjs"))}`)} }`,
    ].join("\n"),
  );
  const trained = await cli(["--config", config, "train", "--out", join(work, "train"), "--quiet"]);
  expect(trained.code).toBe(0);
  bundle = join(work, "train/model");
}, 120_000);

describe("native packages in the kit's checkout (no node_modules)", () => {
  it("the plan step asks for onnxruntime-node in the kit's dist/ for an ONNX candidate, and for nothing on wasm", async () => {
    const score = await runEntry("runtime-packages", { for: "score", models: `${bundle}\n`, config }, work);
    expect(score.code).toBe(0);
    expect(score.outputs.packages).toBe("onnxruntime-node@1.30.0");
    expect(score.outputs.dir).toBe(join(kit, "dist"));
    expect(score.outputs["node-modules"]).toBe(join(kit, "dist/node_modules"));
    expect(score.outputs.key).toMatch(
      new RegExp(
        `^mlgate-runtime-${process.platform}-${process.arch}-node-abi${process.versions.modules}-onnxruntime-node@1\\.30\\.0$`,
      ),
    );
    const wasm = await writeText(
      join(work, "wasm.yml"),
      "model: { name: p, task: classification, label: y }\ntrain: { backend: wasm }\n",
    );
    const train = await runEntry("runtime-packages", { for: "train", config: wasm }, work);
    expect(train.code).toBe(0);
    expect(train.outputs.packages).toBe("");
    expect(train.stdout).toContain("no native packages needed (backend wasm)");
  });

  it("without onnxruntime-node, evaluate fails naming the package and the command that installs it", async () => {
    const r = await runEntry(
      "evaluate-vs-baseline",
      { candidate: bundle, config, out: join(work, "eval-missing") },
      work,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=mlgate evaluate-vs-baseline::onnxruntime-node is not installed where mlgate runs, and scoring an ONNX model needs it/m,
    );
    expect(r.stdout).toContain(
      `hint: install it with \`ONNXRUNTIME_NODE_INSTALL=skip npm install --prefix "${join(kit, "dist")}" --no-save --no-package-lock onnxruntime-node@1.30.0\``,
    );
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it("the install step of both composites puts the planned packages in that directory", async () => {
    // A stand-in package from a local tarball and an empty npm cache: no registry is needed.
    const pkg = join(work, "fake-native");
    await mkdir(pkg);
    await writeFile(
      join(pkg, "package.json"),
      JSON.stringify({ name: "fake-native", version: "1.0.0", type: "module", main: "index.js" }),
    );
    await writeFile(join(pkg, "index.js"), "export const loaded = true;\n");
    await run("npm", ["pack", "--pack-destination", work], { cwd: pkg });
    for (const name of ["evaluate-vs-baseline", "train", "."]) {
      await rm(join(kit, "dist/node_modules/fake-native"), { recursive: true, force: true });
      const install = (await action(name)).runs.steps.find((s) => s.name === "Install native packages")!;
      await run("bash", ["-e", "-c", install.run!], {
        cwd: work,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: work,
          ...install.env,
          DIR: join(kit, "dist"),
          PACKAGES: join(work, "fake-native-1.0.0.tgz"),
          npm_config_cache: join(work, "npm-cache"),
          npm_config_offline: "true",
        },
      });
      const installed = JSON.parse(
        await readFile(join(kit, "dist/node_modules/fake-native/package.json"), "utf8"),
      );
      expect(installed.version).toBe("1.0.0");
    }
  }, 60_000);

  it("with onnxruntime-node placed in dist/node_modules, evaluate scores the ONNX bundle", async () => {
    await mkdir(join(kit, "dist/node_modules"), { recursive: true });
    for (const name of ["onnxruntime-node", "onnxruntime-common"]) {
      await symlink(join(ROOT, "node_modules", name), join(kit, "dist/node_modules", name), "dir");
    }
    const r = await runEntry(
      "evaluate-vs-baseline",
      { candidate: bundle, config, out: join(work, "eval") },
      work,
    );
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("pass");
    // No token and no pull request: the comment goes to a file, and the job summary is still written.
    expect(r.summary).toMatch(/^### ✅ mlgate · shapes: pass/);
    const evaluation = JSON.parse(await readFile(join(work, "eval/evaluation.json"), "utf8"));
    expect(evaluation.candidate.source).toContain("train/model");
  });
});

describe("the composites that run the bundled code", () => {
  it("evaluate-vs-baseline passes every input to the bundled entry and takes its outputs from it", async () => {
    const a = await action("evaluate-vs-baseline");
    expect(a.runs.using).toBe("composite");
    const evaluate = a.runs.steps.find((s) => s.id === "evaluate")!;
    expect(evaluate.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/evaluate-vs-baseline.js"');
    const passed = Object.keys(evaluate.env ?? {}).sort();
    const expected = Object.keys(a.inputs)
      .filter((i) => i !== "node-version")
      .map((i) => `INPUT_${i.toUpperCase()}`)
      .sort();
    expect(passed).toEqual(expected);
    for (const [name, out] of Object.entries(a.outputs)) {
      expect(out.value).toBe(`\${{ steps.evaluate.outputs.${name} }}`);
    }
  });

  it("train and evaluate-vs-baseline share the plan → restore → install steps, cached by the planned key", async () => {
    const shared = (steps: Step[]) => steps.filter((s) => /native packages/.test(s.name ?? ""));
    const [train, evaluate] = [
      shared((await action("train")).runs.steps),
      shared((await action("evaluate-vs-baseline")).runs.steps),
    ];
    expect(train.map((s) => s.name)).toEqual([
      "Plan native packages",
      "Restore native packages",
      "Install native packages",
    ]);
    // The same restore and install steps (in the root action too); only the plan's inputs differ.
    expect(train.slice(1)).toEqual(evaluate.slice(1));
    const setup = shared((await action(".")).runs.steps);
    expect(setup.slice(1)).toEqual(evaluate.slice(1));
    expect(setup[0]!.env).toMatchObject({ INPUT_FOR: "score", INPUT_MODELS: `\${{ inputs.models }}` });
    expect(train[0]!.run).toBe(evaluate[0]!.run);
    expect(train[0]!.env).toMatchObject({
      INPUT_FOR: "train",
      INPUT_BACKEND: `\${{ inputs.backend }}`,
      INPUT_TFJS: `\${{ inputs.tfjs-node }}`,
    });
    expect(evaluate[0]!.env).toMatchObject({ INPUT_FOR: "score" });
    const [, restore, install] = train;
    expect(restore!.uses).toBe("actions/cache@v5");
    expect(restore!.with).toEqual({
      path: `\${{ steps.runtime.outputs.node-modules }}`,
      key: `\${{ steps.runtime.outputs.key }}`,
    });
    expect(restore!.if).toBe("steps.runtime.outputs.packages != ''");
    expect(install!.if).toBe(
      "steps.runtime.outputs.packages != '' && steps.runtime-cache.outputs.cache-hit != 'true'",
    );
  });

  it("train uses the node24 majors of setup-node and upload-artifact", async () => {
    const uses = (await action("train")).runs.steps.map((s) => s.uses).filter(Boolean);
    expect(uses).toEqual(["actions/setup-node@v6", "actions/cache@v5", "actions/upload-artifact@v6"]);
  });
});
