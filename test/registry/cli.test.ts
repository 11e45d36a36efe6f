import { execFile } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DirRegistry } from "../../src/local/registry.js";
import { writeShapesBundle } from "./bundle.js";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
const N = 20;

/** The built CLI (bin/mlgate.js → dist/cli.js) in a process of its own, as CI would run it. */
async function mlgate(args: string[]): Promise<unknown> {
  const r = await run(process.execPath, [join(root, "bin/mlgate.js"), "--json", ...args], {
    cwd: root,
    timeout: 60_000,
    env: { ...process.env, GITHUB_ACTOR: "ci" },
  });
  return JSON.parse(r.stdout);
}

describe("a dir registry under concurrent processes", () => {
  it(`${N} concurrent registers take ${N} distinct consecutive versions; ${N} concurrent moves leave a complete, ordered history`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-concurrent-"));
    const bundle = await writeShapesBundle(join(dir, "bundle"));
    const registryDir = join(dir, "registry");
    const reg = ["--registry", registryDir];

    const registered = (await Promise.all(
      Array.from({ length: N }, () => mlgate(["register", "--model", bundle, "--allow-ungated", ...reg])),
    )) as { version: string }[];
    const expected = Array.from({ length: N }, (_, i) => `1.0.${i}`);
    expect(
      registered.map((r) => r.version).sort((a, b) => Number(a.split(".")[2]) - Number(b.split(".")[2])),
    ).toEqual(expected);
    expect((await readdir(join(registryDir, "models/shapes/versions"))).sort()).toEqual(
      expected.map((v) => `${v}.json`).sort(),
    );

    const moves = (await Promise.all(
      expected.map((v) =>
        mlgate(["registry", "assign", `shapes@v${v}`, "--stage", "prod", "--why", `move ${v}`, ...reg]),
      ),
    )) as { seq: number }[];
    expect(moves.map((m) => m.seq).sort((a, b) => a - b)).toEqual(expected.map((_, i) => i + 1));

    // Each move names as its previous version exactly what the move before it left; every version once.
    const history = await new DirRegistry(registryDir).history("shapes");
    expect(history.map((e) => e.seq)).toEqual(expected.map((_, i) => i + 1));
    history.forEach((e, i) => {
      expect(e.previous).toBe(i === 0 ? null : history[i - 1]!.version);
      expect(e.why).toBe(`move ${e.version}`);
    });
    expect(history.map((e) => e.version).sort()).toEqual([...expected].sort());
    const listed = (await mlgate(["registry", "list", "shapes", ...reg])) as {
      aliases: Record<string, string>;
    }[];
    expect(listed[0]!.aliases.prod).toBe(history.at(-1)!.version);
  }, 180_000);
});

describe("registry CLI errors", () => {
  async function failing(args: string[]) {
    try {
      await run(process.execPath, [join(root, "bin/mlgate.js"), ...args], { cwd: root, timeout: 60_000 });
      throw new Error(`expected mlgate ${args.join(" ")} to fail`);
    } catch (e) {
      return e as { code: number; stderr: string };
    }
  }

  it("not a bundle, an unknown alias: exit 2, the message and a hint, nothing written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-cli-errors-"));
    const registryDir = join(dir, "registry");
    const notBundle = await failing([
      "register",
      "--model",
      dir,
      "--allow-ungated",
      "--registry",
      registryDir,
    ]);
    expect(notBundle.code).toBe(2);
    expect(notBundle.stderr).toContain(`no model bundle at ${dir}`);
    expect(notBundle.stderr).toContain("hint: ");
    await mlgate([
      "register",
      "--model",
      await writeShapesBundle(join(dir, "b")),
      "--allow-ungated",
      "--registry",
      registryDir,
    ]);
    const alias = await failing(["registry", "show", "shapes#prod", "--registry", registryDir]);
    expect(alias.code).toBe(2);
    expect(alias.stderr).toContain("unknown alias: nothing is assigned to shapes#prod");
    expect(alias.stderr).toContain("hint: no stage is assigned yet");
    expect(await readdir(join(registryDir, "models/shapes"))).toEqual(["versions"]);
  }, 60_000);
});
