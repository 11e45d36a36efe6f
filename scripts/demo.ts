/**
 * `npm run demo`: the pull-request loop on example-repo with embedded defaults (no GitHub):
 *   1. validate the data,
 *   2. train the baseline (the model on the main branch), evaluate it (the registry has no
 *      champion yet: first model, absolute thresholds only), register it and make it champion,
 *   3. train a candidate that changes the model (a linear model instead of the MLP) and evaluate it
 *      with no --baseline: the champion is pulled from the registry (digest verified) and both are
 *      scored on the same test rows → it is no worse, so the gate passes,
 *   4. train a deliberately worse candidate (two features only) and evaluate it against the same
 *      champion → the gate blocks, naming the rules.
 * Everything that would be posted to GitHub is written under out/demo/ (or `--out <dir>`):
 * passing/ and blocked/ hold each pull request's comment, summary and evaluation.json; registry/
 * is the demo's model registry (a directory registry, so nothing is written into the repository).
 */
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = join(root, "example-repo");
const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]!) : join(root, "out/demo");
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
const rel = (p: string) => relative(root, p);

/** The example's config with absolute data paths and some settings changed, written under out/. */
interface DemoConfig {
  model: Record<string, unknown>;
  data: { train: string; test: string };
  validate: { schema: string };
  train: Record<string, unknown>;
}
async function variant(name: string, change: (c: DemoConfig) => void): Promise<string> {
  const c = parse(await readFile(config, "utf8")) as DemoConfig;
  c.data.train = join(example, c.data.train);
  c.data.test = join(example, c.data.test);
  c.validate.schema = join(example, c.validate.schema);
  change(c);
  const file = join(out, `mlgate-${name}.yml`);
  await writeFile(file, stringify(c));
  return file;
}
// A different model that is as good on this data: the gate lets it through.
const linearConfig = await variant("linear", (c) => {
  c.train.type = "linear";
});
// A worse candidate: the same model trained on two weak features.
const worseConfig = await variant("worse", (c) => {
  c.model.features = ["bill_depth_mm", "body_mass_g"];
});

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
mlgate(
  "train the baseline (the model on the main branch)",
  ["--config", rel(config), "train", "--out", rel(join(out, "baseline"))],
  [0],
);

// The registry lives in the demo's output, not in the repository's default .mlgate/registry.
const registry = rel(join(out, "registry"));
mlgate(
  "evaluate the baseline: the registry has no champion yet, so first model",
  [
    "--config",
    rel(config),
    "evaluate",
    "--candidate",
    rel(join(out, "baseline/model")),
    "--registry",
    registry,
    "--data",
    "example-repo/data/test.csv",
    "--out",
    rel(join(out, "baseline-evaluation")),
  ],
  [0],
);
const registered = mlgate(
  "register the baseline and make it champion",
  [
    "--config",
    rel(config),
    "register",
    "--model",
    rel(join(out, "baseline/model")),
    "--evaluation",
    rel(join(out, "baseline-evaluation/evaluation.json")),
    "--stage",
    "champion",
    "--registry",
    registry,
  ],
  [0],
).json as { tag?: string; digest?: string } | undefined;
console.log(`  champion: ${registered?.tag} (${registered?.digest}) in ${registry}`);

/** One pull request: train the candidate, then evaluate it against the champion as CI would. */
function pullRequest(name: string, what: string, candidateConfig: string, expectExit: number) {
  mlgate(
    `train the ${name} candidate (${what})`,
    ["--config", rel(candidateConfig), "train", "--out", rel(join(out, `${name}-candidate`))],
    [0],
  );
  return mlgate(
    `evaluate the ${name} candidate against the champion pulled from the registry`,
    [
      "--config",
      rel(config),
      "evaluate",
      "--candidate",
      rel(join(out, `${name}-candidate/model`)),
      "--registry",
      registry,
      "--data",
      "example-repo/data/test.csv",
      "--validation",
      rel(join(out, "validation/validation.json")),
      "--out",
      rel(join(out, name)),
    ],
    [expectExit],
  );
}
const passing = pullRequest("passing", "a linear model instead of the MLP", linearConfig, 0);
const blocked = pullRequest("blocked", "two features only", worseConfig, 1);

const verdictOf = (j: unknown) => (j as { verdict?: string; summary?: string } | undefined) ?? {};
console.log(
  `\n${bold("Result")}: each candidate against the champion ${registered?.tag}, on the same test rows`,
);
console.log(
  `  passing candidate (linear model):  ${verdictOf(passing.json).verdict} (exit ${passing.code}) — ${verdictOf(passing.json).summary}`,
);
console.log(
  `  blocked candidate (two features):  ${verdictOf(blocked.json).verdict} (exit ${blocked.code}) — ${verdictOf(blocked.json).summary}`,
);
console.log(`\nThe PR comments that would be posted: ${rel(join(out, "passing/pr-comment.md"))}`);
console.log(`                                     ${rel(join(out, "blocked/pr-comment.md"))}`);
console.log(`Preview them in a browser:           ${rel(join(out, "passing/pr-comment.html"))}`);
console.log(`                                     ${rel(join(out, "blocked/pr-comment.html"))}`);
