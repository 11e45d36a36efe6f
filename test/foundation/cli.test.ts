import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** Runs the built CLI (bin/mlgate.js → dist/cli.js) as a user would. */
async function mlgate(args: string[], cwd = root) {
  try {
    const r = await run(process.execPath, [join(root, "bin/mlgate.js"), ...args], { cwd });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("mlgate CLI", () => {
  it("--help lists the commands and global options", async () => {
    const r = await mlgate(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: mlgate");
    expect(r.stdout).toMatch(/--config <file>/);
    expect(r.stdout).toMatch(/--json/);
    expect(r.stdout).toMatch(/config\s+Check mlgate\.yml/);
  });

  it("config check prints the resolved config as JSON", async () => {
    const r = await mlgate(["--config", "example-repo/mlgate.yml", "config", "check", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).model.name).toBe("penguins");
  });

  it("a broken config ends with file:line, a hint and exit 2, no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-cli-"));
    await writeFile(
      join(dir, "mlgate.yml"),
      "model:\n  name: x\n  task: regression\n  label: y\ntrain:\n  epochs: many\n",
    );
    const r = await mlgate(["config", "check"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mlgate: mlgate\.yml:6:11: train\.epochs: expected number, got string "many"/);
    expect(r.stderr).toContain("hint:");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown command suggests help", async () => {
    const r = await mlgate(["frobnicate"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
