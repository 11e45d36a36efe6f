/**
 * Data profiling and validation speed: mlgate vs pandas on the same CSV, side by side in one run.
 *
 *   npx tsx bench/data.ts [rows=1000000] [--rows2 5000000] [--parquet]
 *
 * Generates the seeded CSV (bench/gen-data.ts) into a temporary directory, then times, each in its
 * own process under /usr/bin/time -v (wall time and peak RSS), twice, interleaved:
 *   - mlgate: `validate-data --data <csv> --label label` (one pass: profile.json, every check) on
 *     every core, and again with MLGATE_THREADS=1,
 *   - pandas: read_csv + describe + isna + duplicated + quantiles + nunique (bench/pandas_profile.py).
 * With --rows2 the mlgate runs are repeated on a larger file to show that memory stays flat; with
 * --parquet it also reads vega-datasets' flights-3m.parquet. MLGATE_BENCH_NODE=<node binary> times
 * mlgate under that Node as well (say Node 24, the actions' runtime), interleaved with the rest.
 * Prints a markdown table.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildAll } from "../scripts/build.js";
import { generateBenchCsv } from "./gen-data.js";

interface Timing {
  wall: number;
  /** User + system CPU seconds: on a shared machine wall time includes waiting for a core. */
  cpu: number;
  rssMb: number;
  out: string;
}

const root = resolve(import.meta.dirname, "..");

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timing {
  const r = spawnSync("/usr/bin/time", ["-v", cmd, ...args], {
    encoding: "utf8",
    cwd: root,
    env,
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures in:\n${r.stderr}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { wall: seconds, cpu: user + sys, rssMb: Number(rss[1]) / 1024, out: r.stdout };
}

let cliBundle = "";
/** The CLI as it ships (bundled by the project's build into a temporary directory), run by `node`. */
function mlgate(node: string, args: string[], threads?: number): Timing {
  const env = { ...process.env };
  if (threads) env.MLGATE_THREADS = String(threads);
  else delete env.MLGATE_THREADS;
  return timed(node, [cliBundle, "--quiet", ...args], env);
}

/** The Node binaries mlgate is timed under: this one, and MLGATE_BENCH_NODE when set. */
const nodes = [process.execPath, ...(process.env.MLGATE_BENCH_NODE ? [process.env.MLGATE_BENCH_NODE] : [])];
const nodeVersion = (node: string) => execFileSync(node, ["--version"], { encoding: "utf8" }).trim();

const cpus = availableParallelism();

async function main() {
  const argv = process.argv.slice(2);
  const rows = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const rows2Index = argv.indexOf("--rows2");
  const rows2 = rows2Index >= 0 ? Number(argv[rows2Index + 1]) : undefined;
  const dir = await mkdtemp(join(tmpdir(), "mlgate-bench-"));
  const lines: string[] = [];
  try {
    await buildAll(join(dir, "dist"), join(dir, "schema"));
    cliBundle = join(dir, "dist", "cli.js");
    const csv = join(dir, `bench-${rows}.csv`);
    await generateBenchCsv(csv, rows);
    const mb = (await stat(csv)).size / 1e6;
    // PYTHON picks the interpreter with pandas (bench/run.ts sets Debian's /usr/bin/python3 when present).
    const python =
      process.env.PYTHON ?? execFileSync("sh", ["-c", "command -v python3"], { encoding: "utf8" }).trim();
    const pandasVersion = execFileSync(python, ["-c", "import pandas; print(pandas.__version__)"], {
      encoding: "utf8",
    }).trim();
    const validate = ["validate-data", "--data", csv, "--label", "label", "--out", join(dir, "out")];
    // Interleaved, so that a change in the machine's load hits every contender alike.
    const pandasRuns: Timing[] = [];
    const ours = nodes.map((node) => ({
      node,
      version: nodeVersion(node),
      all: [] as Timing[],
      one: [] as Timing[],
    }));
    for (let i = 0; i < 2; i++) {
      pandasRuns.push(timed(python, [join(root, "bench/pandas_profile.py"), csv]));
      for (const o of ours) {
        o.all.push(mlgate(o.node, validate));
        o.one.push(mlgate(o.node, validate, 1));
      }
    }
    const best = (runs: Timing[], key: "wall" | "cpu") => Math.min(...runs.map((r) => r[key]));
    const row = (name: string, n: number, fileMb: number, runs: Timing[]) =>
      `| ${name} | ${n} | ${fileMb.toFixed(0)} MB | ${best(runs, "wall").toFixed(2)} (${runs.map((r) => r.wall.toFixed(2)).join(", ")}) | ${best(runs, "cpu").toFixed(2)} | ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} |`;
    lines.push(`${cpus} cores; load average ${loadavg()[0]!.toFixed(2)} at the start.`);
    lines.push("");
    lines.push(`| run | rows | file | wall s (best of 2; both) | CPU s (best) | peak RSS MB |`);
    lines.push(`| --- | ---: | ---: | ---: | ---: | ---: |`);
    lines.push(
      row(`pandas ${pandasVersion} read_csv+describe+isna+duplicated+quantile+nunique`, rows, mb, pandasRuns),
    );
    for (const o of ours) {
      lines.push(
        row(
          `mlgate validate-data (profile + all checks), ${cpus} threads, Node ${o.version}`,
          rows,
          mb,
          o.all,
        ),
      );
      lines.push(row(`mlgate validate-data, MLGATE_THREADS=1, Node ${o.version}`, rows, mb, o.one));
    }
    if (rows2) {
      const csv2 = join(dir, `bench-${rows2}.csv`);
      await generateBenchCsv(csv2, rows2);
      const mb2 = (await stat(csv2)).size / 1e6;
      const validate2 = ["validate-data", "--data", csv2, "--label", "label", "--out", join(dir, "out2")];
      for (const o of ours) {
        lines.push(
          row(`mlgate validate-data, ${cpus} threads, Node ${o.version}`, rows2, mb2, [
            mlgate(o.node, validate2),
          ]),
        );
        lines.push(
          row(`mlgate validate-data, MLGATE_THREADS=1, Node ${o.version}`, rows2, mb2, [
            mlgate(o.node, validate2, 1),
          ]),
        );
      }
      await rm(csv2);
    }
    lines.push("");
    const bestPandas = best(pandasRuns, "wall");
    for (const o of ours) {
      lines.push(
        `mlgate / pandas wall time, Node ${o.version}: **${(best(o.all, "wall") / bestPandas).toFixed(3)}** (target ≤ 0.2); on one thread ${(best(o.one, "wall") / bestPandas).toFixed(3)}`,
      );
    }
    if (argv.includes("--parquet")) {
      const parquet = join(root, "node_modules/vega-datasets/data/flights-3m.parquet");
      const pq = mlgate(process.execPath, ["profile", "--data", parquet, "--out", join(dir, "flights.json")]);
      const pqMb = (await stat(parquet)).size / 1e6;
      lines.push("");
      lines.push(
        `Parquet: flights-3m.parquet (3,000,000 rows × 5 columns, ${pqMb.toFixed(1)} MB, zstd) profiled in ${pq.wall.toFixed(2)} s = ${(3 / pq.wall).toFixed(2)} M rows/s, peak RSS ${pq.rssMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(lines.join("\n"));
}

await main();
