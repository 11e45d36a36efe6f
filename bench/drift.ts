/**
 * drift-check speed and memory, side by side in one run with what it is measured against:
 *
 *   npx tsx bench/drift.ts [rows=1000000]
 *
 * Generates two seeded CSVs of `rows` × 20 columns (bench/gen-data.ts, seeds 42 and 43) into a
 * temporary directory and times, each in its own process under /usr/bin/time -v (wall time, peak
 * RSS), the CLI as it ships (bundled by the project's build):
 *   - `mlgate profile` of each file (the reference: drift-check from data should cost at most
 *     profiling both + 20%),
 *   - `drift-check` from the two data files, exact (every value kept),
 *   - `drift-check` from the two data files in sketch mode (drift.exact_max_rows below the rows),
 *   - `drift-check` from the two profiles (target ≤ 0.2 s).
 * Twice each, interleaved; then the comparison from the two profiles in this process (what the
 * 0.2 s target is about; the CLI's start-up comes on top). Prints a markdown table, which
 * bench/results/drift.md records.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildAll } from "../scripts/build.js";
import { driftSection } from "../src/core/config/sections/drift.js";
import { loadProfile } from "../src/core/data/contract-io.js";
import { compareSides } from "../src/core/drift/compare.js";
import { profileSide } from "../src/core/drift/profile-side.js";
import { generateBenchCsv } from "./gen-data.js";

const root = resolve(import.meta.dirname, "..");

interface Timing {
  wall: number;
  rssMb: number;
}

function timed(args: string[], okCodes = [0]): Timing {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], {
    encoding: "utf8",
    cwd: root,
    maxBuffer: 1 << 26,
  });
  if (!okCodes.includes(r.status ?? -1))
    throw new Error(`${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures in:\n${r.stderr}`);
  return {
    wall: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    rssMb: Number(rss[1]) / 1024,
  };
}

async function main() {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = await mkdtemp(join(tmpdir(), "mlgate-bench-drift-"));
  try {
    await buildAll(join(dir, "dist"), join(dir, "schema"));
    const cli = join(dir, "dist", "cli.js");
    const ref = join(dir, "reference.csv");
    const cur = join(dir, "current.csv");
    await generateBenchCsv(ref, rows, 42);
    await generateBenchCsv(cur, rows, 43);
    const sketchCfg = join(dir, "sketch.yml");
    await writeFile(
      sketchCfg,
      `model: { name: bench, task: classification, label: label }\ndrift: { exact_max_rows: ${Math.max(1, Math.floor(rows / 2))} }\n`,
    );
    const load0 = loadavg()[0]!;
    const runs: Record<string, Timing[]> = { profile: [], exact: [], sketch: [], profiles: [] };
    // drift-check exits 0 (no drift) or 1/3 by the data; both files come from one generator.
    const ok = [0, 1, 3];
    for (let i = 0; i < 2; i++) {
      const a = timed([cli, "--quiet", "profile", "--data", ref, "--out", join(dir, "ref.json")]);
      const b = timed([cli, "--quiet", "profile", "--data", cur, "--out", join(dir, "cur.json")]);
      runs.profile!.push({ wall: a.wall + b.wall, rssMb: Math.max(a.rssMb, b.rssMb) });
      runs.exact!.push(
        timed(
          [cli, "--quiet", "drift-check", "--reference", ref, "--current", cur, "--out", join(dir, "exact")],
          ok,
        ),
      );
      runs.sketch!.push(
        timed(
          [
            cli,
            "--quiet",
            "--config",
            sketchCfg,
            "drift-check",
            "--reference",
            ref,
            "--current",
            cur,
            "--out",
            join(dir, "sketch"),
          ],
          ok,
        ),
      );
      runs.profiles!.push(
        timed(
          [
            cli,
            "--quiet",
            "drift-check",
            "--reference",
            join(dir, "ref.json"),
            "--current",
            join(dir, "cur.json"),
            "--out",
            join(dir, "prof"),
          ],
          ok,
        ),
      );
    }
    // The comparison itself from two profiles, in this process (reading, conversion, statistics),
    // without the CLI's start-up: best of five.
    const policy = driftSection.parse({});
    let inProcess = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const [a, b] = await Promise.all([
        loadProfile(join(dir, "ref.json")),
        loadProfile(join(dir, "cur.json")),
      ]);
      compareSides(profileSide(a), profileSide(b), policy);
      inProcess = Math.min(inProcess, (performance.now() - t0) / 1000);
    }
    const best = (k: string) => Math.min(...runs[k]!.map((t) => t.wall));
    const rss = (k: string) => Math.max(...runs[k]!.map((t) => t.rssMb));
    const fmt = (t: Timing[]) => t.map((x) => `${x.wall.toFixed(2)} s`).join(", ");
    const lines = [
      `${rows.toLocaleString("en-US")} vs ${rows.toLocaleString("en-US")} rows × 20 columns, ${availableParallelism()} cores, Node ${process.version}, load average at start ${load0.toFixed(2)}`,
      "",
      "| run | wall (two runs) | peak RSS | vs profiling both |",
      "|---|---|---|---|",
      `| mlgate profile, both files | ${fmt(runs.profile!)} | ${rss("profile").toFixed(0)} MB | 1.00× |`,
      `| drift-check, data, exact | ${fmt(runs.exact!)} | ${rss("exact").toFixed(0)} MB | ${(best("exact") / best("profile")).toFixed(2)}× |`,
      `| drift-check, data, sketches | ${fmt(runs.sketch!)} | ${rss("sketch").toFixed(0)} MB | ${(best("sketch") / best("profile")).toFixed(2)}× |`,
      `| drift-check, two profiles | ${fmt(runs.profiles!)} | ${rss("profiles").toFixed(0)} MB | — |`,
      `| the comparison from two profiles, in process (load, convert, compare; best of 5) | ${inProcess.toFixed(3)} s | — | — |`,
    ];
    console.log(lines.join("\n"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
