import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("the packed GPU run's scripts", () => {
  it("parse as bash", async () => {
    for (const script of ["bench/gpu/pack.sh", "bench/gpu/device.sh"]) {
      await expect(run("bash", ["-n", join(ROOT, script)])).resolves.toBeDefined();
    }
  });

  it("device.sh from a pack missing its Node: every step is written down with its reason, and figures and summary still come out", async () => {
    // A pack without node.xz: the run must not stop at the first failure, so that a lent GPU
    // machine returns what went wrong for every step instead of an empty folder.
    const dir = await mkdtemp(join(tmpdir(), "mlgate-gpu-device-"));
    dirs.push(dir);
    await cp(join(ROOT, "bench/gpu/device.sh"), join(dir, ".gpu-pack/device.sh"));
    const out = join(dir, "out");
    const { stdout } = await run("bash", [join(dir, ".gpu-pack/device.sh")], {
      cwd: dir,
      env: { PATH: "/usr/bin:/bin", HOME: dir, OUT: out, WORK: join(dir, "work"), PYTHON: "/nonexistent" },
      timeout: 90_000,
    });
    const figures = (await readFile(join(out, "figures.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { step: string; status?: string; reason?: string });
    const byStep = new Map(figures.filter((f) => f.status).map((f) => [f.step, f]));
    expect(byStep.get("unpack")?.status).toBe("failed");
    expect(byStep.get("unpack")?.reason).toMatch(/node\.xz/);
    for (const step of ["smoke", "wasm"]) {
      expect(byStep.get(step)).toMatchObject({ status: "skipped", reason: "node did not unpack" });
    }
    for (const step of ["side", "profile", "sweep", "data", "cli"]) {
      expect(byStep.get(step)?.status).toBe("skipped");
      expect(byStep.get(step)?.reason).toMatch(/node did not unpack/);
    }
    const summary = await readFile(join(out, "summary.md"), "utf8");
    expect(summary).toMatch(/\| unpack \| failed \|/);
    expect(summary).toMatch(/\| cli \| skipped \|/);
    expect(stdout).toMatch(/done in \d+ s/);
    // What comes back from the machine is at most 8 files: the run writes four.
    const { stdout: listing } = await run("ls", [out]);
    expect(listing.trim().split("\n").sort()).toEqual([
      "figures.jsonl",
      "logs.tar.gz",
      "run.log",
      "summary.md",
    ]);
  });
});
