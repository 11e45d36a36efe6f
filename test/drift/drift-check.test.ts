import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { driftReportContract } from "../../src/core/contracts/drift.js";
import { readAlertState } from "../../src/core/drift/alert.js";

const root = resolve(import.meta.dirname, "../..");
const penguins = join(root, "node_modules/vega-datasets/data/penguins.json");
type Row = Record<string, string | number | null>;

let dir: string;
let rows: Row[];
let shifted: string;

/** Runs the CLI quietly; returns the exit code. */
async function cli(...args: string[]): Promise<number> {
  const code = await main(["--quiet", ...args]);
  process.exitCode = undefined;
  return code;
}

async function config(name: string, drift: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(
    path,
    `model:\n  name: penguins\n  task: classification\n  label: Species\ndrift:\n${drift.replace(/^/gm, "  ")}\n`,
  );
  return path;
}

const report = async (out: string) =>
  driftReportContract.parse(JSON.parse(await readFile(join(out, "drift.json"), "utf8")));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-drift-"));
  rows = JSON.parse(await readFile(penguins, "utf8")) as Row[];
  // Heavier penguins, and Torgersen's birds counted on Biscoe.
  const moved = rows.map((r) => ({
    ...r,
    "Body Mass (g)": r["Body Mass (g)"] === null ? null : Number(r["Body Mass (g)"]) + 600,
    "Flipper Length (mm)": r["Flipper Length (mm)"] === null ? null : Number(r["Flipper Length (mm)"]) + 15,
    Island: r.Island === "Torgersen" ? "Biscoe" : r.Island,
  }));
  shifted = join(dir, "penguins-shifted.json");
  await writeFile(shifted, JSON.stringify(moved));
});

describe("drift-check on the penguins", () => {
  it("finds no drift between the data and itself (exit 0), with every column in drift.json", async () => {
    const out = join(dir, "same");
    expect(
      await cli(
        "drift-check",
        "--reference",
        penguins,
        "--current",
        penguins,
        "--out",
        out,
        "--model",
        "penguins",
      ),
    ).toBe(0);
    const r = await report(out);
    expect(r.status).toBe("no_drift");
    expect(r.mode).toBe("exact");
    expect(r.columns.map((c) => c.name).sort()).toEqual(Object.keys(rows[0]!).sort());
    expect(r.reference.rows).toBe(344);
  });

  it("flags the shifted copy: drifted columns first with both figures, the issue and the dispatch it would make", async () => {
    const cfg = await config(
      "fail.yml",
      "drift_share: 0.2\nfail_on_drift: true\nretrain:\n  workflow: retrain.yml\n  cooldown: 24h",
    );
    const out = join(dir, "shifted");
    const args = [
      "--config",
      cfg,
      "drift-check",
      "--reference",
      penguins,
      "--current",
      shifted,
      "--out",
      out,
    ];
    expect(await cli(...args)).toBe(1);
    const r = await report(out);
    expect(r.status).toBe("drift");
    expect(r.drifted_columns).toEqual(
      expect.arrayContaining(["Body Mass (g)", "Flipper Length (mm)", "Island"]),
    );
    expect(r.drifted_columns).not.toContain("Species");
    const md = await readFile(join(out, "drift.md"), "utf8");
    const drifted = md.indexOf("### Drifted columns");
    expect(drifted).toBeGreaterThan(0);
    expect(drifted).toBeLessThan(md.indexOf("### All columns"));
    expect(md).toMatch(
      /Body Mass \\\(g\\\)\n\nadjusted p <0\.001 \(ks, raw <0\.001\) · effect [\d.]+ \(wasserstein, threshold 0\.1\)/,
    );
    expect(md).toContain("xychart-beta");
    expect(md).toContain("gone from current: `Torgersen`");
    // Locally, the issue and the dispatch are files.
    const issue = await readFile(join(out, "issue.md"), "utf8");
    expect(JSON.parse(await readFile(join(out, "issue.json"), "utf8"))).toMatchObject({
      key: "drift:penguins",
      state: "open",
      labels: ["mlgate", "drift"],
    });
    const dispatch = JSON.parse(await readFile(join(out, "dispatch.json"), "utf8"));
    expect(dispatch).toMatchObject({ key: "drift:penguins", target: "workflow:retrain.yml" });
    const recordedAt = Date.parse(readAlertState(issue)?.dispatch?.at ?? "");
    expect(Math.abs(recordedAt - Date.parse(dispatch.at))).toBeLessThan(10_000);
    expect(await readFile(join(out, "drift.html"), "utf8")).toContain("<!doctype html>");

    // Run again at once: same issue, one more history entry, no second dispatch (cool-down).
    expect(await cli(...args)).toBe(1);
    const again = readAlertState(await readFile(join(out, "issue.md"), "utf8"));
    expect(again?.history).toHaveLength(2);
    expect(JSON.parse(await readFile(join(out, "dispatch.json"), "utf8")).at).toBe(dispatch.at);

    // Back to the reference's distribution: the issue is closed.
    expect(
      await cli("--config", cfg, "drift-check", "--reference", penguins, "--current", penguins, "--out", out),
    ).toBe(0);
    expect(JSON.parse(await readFile(join(out, "issue.json"), "utf8"))).toMatchObject({ state: "closed" });
  });

  it("exits 3 when the current data is too small to decide", async () => {
    const few = join(dir, "few.json");
    await writeFile(few, JSON.stringify(rows.slice(0, 20)));
    const out = join(dir, "few");
    expect(await cli("drift-check", "--reference", penguins, "--current", few, "--out", out)).toBe(3);
    expect((await report(out)).status).toBe("insufficient_data");
  });

  it("exits 2 for a missing file and for a bad --since", async () => {
    expect(
      await cli(
        "drift-check",
        "--reference",
        penguins,
        "--current",
        join(dir, "nope.csv"),
        "--out",
        join(dir, "e"),
      ),
    ).toBe(2);
    expect(
      await cli(
        "drift-check",
        "--reference",
        penguins,
        "--current",
        penguins,
        "--since",
        "a week",
        "--out",
        join(dir, "e"),
      ),
    ).toBe(2);
  });

  it("compares with a profile (sketch mode) as with data", async () => {
    const prof = join(dir, "prof");
    expect(await cli("profile", "--data", penguins, "--out", join(prof, "profile.json"))).toBe(0);
    const out = join(dir, "from-profile");
    expect(
      await cli("drift-check", "--reference", join(prof, "profile.json"), "--current", shifted, "--out", out),
    ).toBe(0);
    const r = await report(out);
    expect(r.mode).toBe("sketch");
    expect(r.reference.kind).toBe("profile");
    expect(r.columns.find((c) => c.name === "Body Mass (g)")?.drifted).toBe(true);
  });
});

describe("drift-check on an inference log", () => {
  it("reads the log's features, leaves the _mlgate_ fields out, keeps the --since window, and compares predictions", async () => {
    const logs = join(dir, "logs");
    await mkdir(logs, { recursive: true });
    const now = Date.now();
    const line = (r: Row, i: number, at: number, prediction: string) =>
      JSON.stringify({
        ...r,
        _mlgate_schema: "mlgate/inference-log@1",
        _mlgate_time: new Date(at).toISOString(),
        _mlgate_request_id: `r${i}`,
        _mlgate_model: "penguins",
        _mlgate_digest: "sha256:00",
        _mlgate_prediction: prediction,
      });
    const old = rows.map((r, i) => line(r, i, now - 30 * 86_400_000, String(r.Species)));
    const recent = rows.map((r, i) => line(r, i, now - 3_600_000, i % 2 ? "Adelie" : "Gentoo"));
    const stamp = (t: number) =>
      new Date(t)
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    await writeFile(
      join(logs, `inference-${stamp(now - 31 * 86_400_000)}-0001.jsonl`),
      `${old.join("\n")}\n`,
    );
    await writeFile(
      join(logs, `inference-${stamp(now - 2 * 3_600_000)}-0002.jsonl`),
      `${recent.join("\n")}\n`,
    );
    const refLog = join(dir, "ref-log.jsonl");
    await writeFile(refLog, `${old.join("\n")}\n`);
    const out = join(dir, "log-out");
    expect(
      await cli("drift-check", "--reference", refLog, "--current", logs, "--since", "7d", "--out", out),
    ).toBe(0);
    const r = await report(out);
    expect(r.current.kind).toBe("inference-log");
    expect(r.current.rows).toBe(344);
    expect(r.current.since).toBeDefined();
    expect(r.columns.some((c) => c.name.startsWith("_mlgate_"))).toBe(false);
    expect(r.prediction?.drifted).toBe(true);
  });

  it("leaves out the label when production rows do not carry it (a column gone missing otherwise)", async () => {
    const logs = join(dir, "unlabelled-logs");
    await mkdir(logs, { recursive: true });
    const lines = rows.map(({ Species: _species, ...r }, i) =>
      JSON.stringify({ ...r, _mlgate_request_id: `r${i}`, _mlgate_prediction: "Adelie" }),
    );
    await writeFile(join(logs, "inference-20261201T000000Z-0000.jsonl"), `${lines.join("\n")}\n`);
    // With mlgate.yml naming the label, the label is not compared; the features all are.
    const labelled = await config("label.yml", "min_rows: 50");
    const out = join(dir, "unlabelled-out");
    expect(
      await cli(
        "--config",
        labelled,
        "drift-check",
        "--reference",
        penguins,
        "--current",
        logs,
        "--out",
        out,
      ),
    ).toBe(0);
    const r = await report(out);
    expect(r.columns.map((c) => c.name)).not.toContain("Species");
    expect(r.not_compared).toEqual([{ name: "Species", reason: "the label, absent from the current data" }]);
    expect(r.status).toBe("no_drift");
    expect(r.columns.map((c) => c.name).sort()).toEqual(
      Object.keys(rows[0]!)
        .filter((n) => n !== "Species")
        .sort(),
    );
    // Without a label known, a reference column absent from the current data is a column gone missing.
    const bare = join(dir, "unlabelled-bare");
    expect(await cli("drift-check", "--reference", penguins, "--current", logs, "--out", bare)).toBe(0);
    const species = (await report(bare)).columns.find((c) => c.name === "Species")!;
    expect(species.current.missing).toBe(species.current.rows);
    expect(species.drifted).toBe(true);
  });

  it("leaves a datetime column out by default (two windows of time always differ on it), and compares it when asked", async () => {
    // Real data: Seattle's daily weather, 2012 as the reference and 2013 as the current data.
    const csv = await readFile(join(root, "node_modules/vega-datasets/data/seattle-weather.csv"), "utf8");
    const [head, ...lines] = csv.trim().split("\n");
    const year = (y: string) => `${head}\n${lines.filter((l) => l.startsWith(y)).join("\n")}\n`;
    const ref = join(dir, "weather-2012.csv");
    const cur = join(dir, "weather-2013.csv");
    await writeFile(ref, year("2012"));
    await writeFile(cur, year("2013"));
    const out = join(dir, "weather-out");
    expect(await cli("drift-check", "--reference", ref, "--current", cur, "--out", out)).toBe(0);
    const r = await report(out);
    expect(r.columns.map((c) => c.name)).not.toContain("date");
    expect(r.not_compared?.map((c) => c.name)).toEqual(["date"]);
    expect(await readFile(join(out, "drift.md"), "utf8")).toContain(
      "Not compared: `date`, a datetime column",
    );
    // Asked for, it is compared: every 2013 date is later than every 2012 one, so KS's D is exactly 1.
    const asked = await config("dates.yml", "columns:\n  date:\n    ignore: false");
    const out2 = join(dir, "weather-dates");
    expect(
      await cli("--config", asked, "drift-check", "--reference", ref, "--current", cur, "--out", out2),
    ).toBe(0);
    const date = (await report(out2)).columns.find((c) => c.name === "date")!;
    expect(date.tests.find((t) => t.test === "ks")!.statistic).toBe(1);
    expect(date.drifted).toBe(true);
  });

  it("--labels needs a registered version to compare with and a labels file it can join; exit 2 otherwise", async () => {
    const logs = join(dir, "unlabelled-logs");
    const labels = join(dir, "labels.csv");
    await writeFile(labels, "request_id,row,Species\nr0,0,Adelie\n");
    const out = join(dir, "labels-out");
    expect(
      await cli("drift-check", "--reference", penguins, "--current", logs, "--labels", labels, "--out", out),
    ).toBe(2);
    const missing = join(dir, "missing-labels");
    expect(
      await cli(
        "drift-check",
        "--reference",
        penguins,
        "--current",
        logs,
        "--labels",
        join(dir, "nope.csv"),
        "--out",
        missing,
      ),
    ).toBe(2);
  });

  it("reads large sides on worker threads (the built CLI) with the same report as on one thread (from source)", async () => {
    const { generateBenchCsv } = await import("../../bench/gen-data.js");
    const a = join(dir, "big-a.csv");
    const b = join(dir, "big-b.csv");
    // About 17 MB each: past the size from which the built CLI reads each side on a worker.
    await generateBenchCsv(a, 115_000, 42);
    await generateBenchCsv(b, 115_000, 43);
    const { statSync } = await import("node:fs");
    expect(statSync(a).size).toBeGreaterThan(16 << 20);
    const here = join(dir, "big-here");
    expect(await cli("drift-check", "--reference", a, "--current", b, "--out", here)).toBe(0);
    const built = join(dir, "big-built");
    const { execFileSync } = await import("node:child_process");
    execFileSync(
      process.execPath,
      [join(root, "bin/mlgate.js"), "drift-check", "--reference", a, "--current", b, "--out", built],
      {
        stdio: "ignore",
      },
    );
    const strip = async (out: string) => {
      const { generated_at: _, ...rest } = await report(out);
      return rest;
    };
    expect(await strip(built)).toEqual(await strip(here));
    expect((await strip(here)).mode).toBe("exact");
  }, 120_000);
});
