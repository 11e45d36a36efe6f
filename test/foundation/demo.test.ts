import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

describe("npm run demo", () => {
  const made = mkdtemp(join(tmpdir(), "mlgate-demo-"));
  afterAll(async () => rm(await made, { recursive: true, force: true }));

  it("shows a candidate that passes the gate against the baseline, then one that it blocks, and says which is which", async () => {
    const out = await made;
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/demo.ts", "--out", out], {
      cwd: root,
      maxBuffer: 16 << 20,
    });
    const passing = JSON.parse(await readFile(join(out, "passing/evaluation.json"), "utf8"));
    const blocked = JSON.parse(await readFile(join(out, "blocked/evaluation.json"), "utf8"));
    // Both are compared with the trained baseline on the same rows (not first-model mode).
    for (const e of [passing, blocked]) {
      expect(e.baseline?.source).toMatch(/baseline\/model$/);
      expect(e.first_model).toBe(false);
    }
    expect(passing.candidate.source).toMatch(/passing-candidate\/model$/);
    expect(passing.verdict).toBe("pass");
    expect(blocked.candidate.source).toMatch(/blocked-candidate\/model$/);
    expect(blocked.verdict).toBe("fail");
    expect(stdout).toMatch(/^ {2}passing candidate \(linear model\): +pass \(exit 0\) — pass: /m);
    expect(stdout).toMatch(/^ {2}blocked candidate \(two features\): +fail \(exit 1\) — fail: blocked by /m);
  }, 180_000);
});
