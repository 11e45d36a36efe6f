import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
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
    // The baseline was evaluated while the registry had no champion: first model, said so.
    const first = JSON.parse(await readFile(join(out, "baseline-evaluation/evaluation.json"), "utf8"));
    expect(first.first_model).toBe(true);
    expect(first.first_model_reason).toBe("no champion in the registry yet (penguins#champion)");
    // Then registered as champion in the demo's own registry, from which both candidates' baseline
    // is pulled: the very bundle that was trained (same digest), compared on the same rows.
    const versions = await readdir(join(out, "registry/models/penguins/versions"));
    // 1.0.1 is the passing candidate, registered later for the deploy that fails verification.
    expect(versions.sort()).toEqual(["1.0.0.json", "1.0.1.json"]);
    const record = JSON.parse(
      await readFile(join(out, "registry/models/penguins/versions/1.0.0.json"), "utf8"),
    );
    expect(record.digest).toBe(first.candidate.digest);
    for (const e of [passing, blocked]) {
      expect(e.baseline).toMatchObject({
        source: "penguins@v1.0.0",
        version: "1.0.0",
        alias: "champion",
        digest: record.digest,
      });
      expect(e.first_model).toBe(false);
    }
    expect(await readFile(join(out, "passing/pr-comment.md"), "utf8")).toContain(
      `baseline \`penguins@v1.0.0\` (champion, digest \`${record.digest.slice(0, 19)}…\`)`,
    );
    expect(stdout).toContain(`champion: penguins@v1.0.0 (${record.digest})`);
    expect(passing.candidate.source).toMatch(/passing-candidate\/model$/);
    expect(passing.verdict).toBe("pass");
    expect(blocked.candidate.source).toMatch(/blocked-candidate\/model$/);
    expect(blocked.verdict).toBe("fail");
    expect(stdout).toMatch(/^ {2}passing candidate \(linear model\): +pass \(exit 0\) — pass: /m);
    expect(stdout).toMatch(/^ {2}blocked candidate \(two features\): +fail \(exit 1\) — fail: blocked by /m);
  }, 180_000);
});
