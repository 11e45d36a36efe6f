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

    // The deploy that failed verification rolled back with the environment answering throughout.
    expect(stdout).toMatch(/^ {2}state: rolled-back; serving penguins@v1\.0\.0 at /m);
    expect(stdout).toMatch(/during the deploy: [1-9]\d* answered, 0 failed$/m);

    // The deployed server (started with the demo's mlgate.yml, so its serve.inference_log) logged
    // every row it scored: the 2 demo rows, the 300 drifted ones, and verification's golden rows.
    const logDir = join(out, "inference-log");
    const logged = (await Promise.all((await readdir(logDir)).map((f) => readFile(join(logDir, f), "utf8"))))
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(logged.length).toBeGreaterThanOrEqual(302);
    expect(
      logged.filter((r) => r._mlgate_version === "1.0.0" && r.island === "Biscoe").length,
    ).toBeGreaterThan(240);

    // drift-check on that log against the champion's training profile: the three planted shifts
    // (island mix, bill length +6 mm, body mass ×1.2) drift; the untouched features do not; the
    // label, absent from production traffic, is left out rather than reported missing.
    const drift = JSON.parse(await readFile(join(out, "drift/drift.json"), "utf8"));
    expect(drift.status).toBe("drift");
    expect(drift.reference).toMatchObject({ kind: "registry", version: "v1.0.0", rows: 275 });
    expect(drift.current.kind).toBe("inference-log");
    expect([...drift.drifted_columns].sort()).toEqual(["bill_length_mm", "body_mass_g", "island"]);
    const byName = new Map(drift.columns.map((c: { name: string }) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual([
      "bill_depth_mm",
      "bill_length_mm",
      "body_mass_g",
      "flipper_length_mm",
      "island",
      "sex",
    ]);
    for (const name of drift.drifted_columns) {
      const c = byName.get(name) as {
        adjusted_p_value: number;
        effect_size: number;
        effect_threshold: number;
      };
      expect(c.adjusted_p_value).toBeLessThanOrEqual(drift.alpha);
      expect(c.effect_size).toBeGreaterThanOrEqual(c.effect_threshold);
      expect(stdout).toContain(`  ${name}: `);
    }
    for (const name of ["bill_depth_mm", "flipper_length_mm", "sex"])
      expect((byName.get(name) as { drifted: boolean }).drifted).toBe(false);
    // Prediction drift: the served labels against the champion's labels on the 69 test rows.
    expect(drift.prediction).toMatchObject({ kind: "categorical", reference: { rows: 69 } });
    expect(drift.prediction.status).not.toBe("insufficient_data");
    // The issue and the retraining dispatch it would have made on GitHub.
    expect(await readFile(join(out, "drift/issue.md"), "utf8")).toContain(
      "## mlgate drift-check for `penguins`: ❌ **Drift**",
    );
    const dispatch = JSON.parse(await readFile(join(out, "drift/dispatch.json"), "utf8"));
    expect(dispatch).toMatchObject({ key: "drift:penguins", target: "workflow:retrain.yml" });
    expect(dispatch.reason).toMatch(
      new RegExp(`^data drift in penguins: ${drift.drifted_columns.join(", ")}`),
    );

    // The labels that arrived later, joined to the log by request id and row: the accuracy drift.json
    // reports is the share of logged predictions equal to their label, counted here from the files.
    const truth = new Map(
      (await readFile(join(out, "labels.csv"), "utf8"))
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","))
        .map(([id, row, species]) => [`${id}/${row}`, species]),
    );
    const judged = logged.filter((r) => truth.has(`${r._mlgate_request_id}/${r._mlgate_row}`));
    expect(judged).toHaveLength(300);
    const right = judged.filter(
      (r) => truth.get(`${r._mlgate_request_id}/${r._mlgate_row}`) === r._mlgate_prediction,
    );
    const accuracy = drift.performance.metrics.find((m: { metric: string }) => m.metric === "accuracy");
    expect(drift.performance.rows).toBe(300);
    expect(accuracy.current).toBeCloseTo(right.length / 300, 12);
    expect(accuracy.registered).toBe(record.lineage.evaluation.metrics.accuracy.value);
    expect(stdout).toContain("on the 300 labelled rows");
  }, 180_000);
});
