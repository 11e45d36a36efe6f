import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeShapesBundle } from "./bundle.js";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** dist/register.js as the runner starts it: inputs in INPUT_* variables, outputs and summary in files. */
async function runRegisterAction(inputs: Record<string, string>, dir: string) {
  const output = join(dir, "output");
  const summary = join(dir, "summary");
  await writeFile(output, "");
  await writeFile(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTOR: "octocat",
    RUNNER_TEMP: dir,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let code = 0;
  let stdout = "";
  try {
    ({ stdout } = await run(process.execPath, [join(root, "dist/register.js")], {
      cwd: dir,
      env,
      timeout: 60_000,
    }));
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

describe("register action", () => {
  it("registers into a directory registry: outputs version, tag and digest; the card in the job summary", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-register-action-"));
    const bundle = await writeShapesBundle(join(dir, "model"));
    const r = await runRegisterAction(
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
    const r = await runRegisterAction({ model: bundle, registry: join(dir, "registry") }, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not registered: no evaluation given");
  }, 60_000);
});
