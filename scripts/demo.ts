/**
 * `npm run demo`: the pull-request loop on example-repo with embedded defaults (no GitHub):
 *   1. validate the data,
 *   2. train the baseline and evaluate it (first-model mode: absolute thresholds) → pass,
 *   3. train a deliberately worse candidate (two features only) and evaluate it against the
 *      baseline on the same test rows → the gate blocks, naming the rule.
 * Everything that would be posted to GitHub is written under out/demo/.
 */
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = join(root, "example-repo");
const out = join(root, "out/demo");
const cli = join(root, "bin/mlgate.js");

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

function mlgate(step: string, args: string[], expectExit: number[]): { code: number; json: unknown } {
  console.log(`\n${bold(`▸ ${step}`)}\n  $ mlgate ${args.join(" ")}`);
  const r = spawnSync(process.execPath, [cli, ...args, "--json"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const code = r.status ?? 1;
  if (!expectExit.includes(code)) {
    console.error(`demo: step "${step}" exited ${code}, expected ${expectExit.join(" or ")}`);
    process.exit(1);
  }
  let json: unknown;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code, json };
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const config = join(example, "mlgate.yml");
const rel = (p: string) => p.slice(root.length + 1);

// A worse candidate: the same model trained on two weak features.
const worse = parse(await readFile(config, "utf8"));
worse.model.features = ["bill_depth_mm", "body_mass_g"];
worse.data.train = join(example, worse.data.train);
worse.data.test = join(example, worse.data.test);
const worseConfig = join(out, "mlgate-worse.yml");
await writeFile(worseConfig, stringify(worse));

mlgate(
  "validate the data",
  [
    "--config",
    rel(config),
    "validate-data",
    "--data",
    "example-repo/data/train.csv",
    "--test",
    "example-repo/data/test.csv",
    "--out",
    rel(join(out, "validation")),
  ],
  [0],
);
mlgate("train the baseline", ["--config", rel(config), "train", "--out", rel(join(out, "baseline"))], [0]);
const first = mlgate(
  "evaluate the baseline on its own (first-model mode)",
  [
    "--config",
    rel(config),
    "evaluate",
    "--candidate",
    rel(join(out, "baseline/model")),
    "--data",
    "example-repo/data/test.csv",
    "--out",
    rel(join(out, "first")),
  ],
  [0],
);
mlgate(
  "train a worse candidate (two features)",
  ["--config", rel(worseConfig), "train", "--out", rel(join(out, "candidate"))],
  [0],
);
const gated = mlgate(
  "evaluate the candidate against the baseline",
  [
    "--config",
    rel(config),
    "evaluate",
    "--candidate",
    rel(join(out, "candidate/model")),
    "--baseline",
    rel(join(out, "baseline/model")),
    "--data",
    "example-repo/data/test.csv",
    "--validation",
    rel(join(out, "validation/validation.json")),
    "--out",
    rel(join(out, "pr")),
  ],
  [1],
);

const verdictOf = (j: unknown) => (j as { verdict?: string; summary?: string } | undefined) ?? {};
console.log(`\n${bold("Result")}`);
console.log(`  baseline:  ${verdictOf(first.json).verdict} — ${verdictOf(first.json).summary}`);
console.log(
  `  candidate: ${verdictOf(gated.json).verdict} (exit ${gated.code}) — ${verdictOf(gated.json).summary}`,
);
console.log(`\nThe PR comment that would be posted: ${rel(join(out, "pr/pr-comment.md"))}`);
console.log(`Preview it in a browser:             ${rel(join(out, "pr/pr-comment.html"))}`);
