/**
 * `npm run demo`: the pull-request loop on example-repo with embedded defaults (no GitHub):
 *   1. validate the data,
 *   2. train the baseline (the model on the main branch), evaluate it (the registry has no
 *      champion yet: first model, absolute thresholds only), register it and make it champion,
 *   3. train a candidate that changes the model (a linear model instead of the MLP) and evaluate it
 *      with no --baseline: the champion is pulled from the registry (digest verified) and both are
 *      scored on the same test rows → it is no worse, so the gate passes,
 *   4. train a deliberately worse candidate (two features only) and evaluate it against the same
 *      champion → the gate blocks, naming the rules,
 *   5. deploy the champion locally (`mlgate serve` in the background, verified: health, metadata,
 *      the golden rows stored at registration) and send it requests over OIP v2,
 *   6. register the passing candidate, make its recorded golden predictions disagree with what its
 *      bundle serves (standing for a serving stack that scores differently from the evaluated
 *      model), deploy it, and watch verification fail and the deploy roll back by itself, while a
 *      poller hitting the environment's current URL counts failed requests (0),
 *   7. send the champion drifted traffic (longer bills, heavier birds, mostly from Biscoe), which the
 *      server writes to its inference log (serve.inference_log in the demo's mlgate.yml),
 *   8. stop the server, and run drift-check on that log against the champion's registered training
 *      profile: the drifted columns with their adjusted p-value and effect size, the model's
 *      predictions against its predictions on the test rows, and the issue and retraining dispatch
 *      it would have made on GitHub (drift/issue.md, drift/dispatch.json).
 * Everything that would be posted to GitHub is written under out/demo/ (or `--out <dir>`):
 * passing/ and blocked/ hold each pull request's comment, summary and evaluation.json; registry/
 * is the demo's model registry (a directory registry, so nothing is written into the repository).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { readTable } from "../src/core/data/read.js";

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
    "--profile",
    rel(join(out, "validation/profile.json")),
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

// ---- Deploy: the champion, served locally, then a version that fails verification --------------

/** Like mlgate(), but asynchronous, so the demo can poll the server while a deploy runs. */
function mlgateAsync(
  step: string,
  args: string[],
  expectExit: number[],
): Promise<{ code: number; json: unknown }> {
  console.log(`\n${bold(`▸ ${step}`)}\n  $ mlgate ${args.join(" ")}`);
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args, "--json"], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.on("close", (code) => {
      if (!expectExit.includes(code ?? 1)) {
        console.error(`demo: step "${step}" exited ${code}, expected ${expectExit.join(" or ")}`);
        process.exit(1);
      }
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      done({ code: code ?? 1, json });
    });
  });
}

const deployDirectory = join(out, "deploy");
const inferenceLog = join(out, "inference-log");
const deployConfig = await variant("deploy", (c) => {
  const d = c as unknown as Record<string, unknown>;
  d.deploy = { dir: deployDirectory };
  // The deployed server logs what it scores; drift-check reads that log later in the demo.
  d.serve = { inference_log: inferenceLog };
  // Where drift would start retraining (written to dispatch.json here: no GitHub).
  // min_rows 50: the example's test set, the reference of prediction drift, has 69 rows.
  d.drift = { min_rows: 50, retrain: { workflow: "retrain.yml" } };
});
const environment = "demo";
const currentFile = join(deployDirectory, environment, "current.json");
const currentUrl = async () => (JSON.parse(await readFile(currentFile, "utf8")) as { url: string }).url;
const deployArgs = (ref: string) => [
  "--config",
  rel(deployConfig),
  "deploy",
  "--model",
  ref,
  "--environment",
  environment,
  "--registry",
  registry,
];

const first = (
  await mlgateAsync(
    "deploy the champion locally (verified before it takes traffic)",
    deployArgs("penguins#champion"),
    [0],
  )
).json as { url?: string; version?: string };
const url = first?.url ?? (await currentUrl());
console.log(`  ${environment} serves penguins@v${first?.version} at ${url}`);

// Two rows of the test data, one tensor per feature column, as any OIP v2 client sends them.
const meta = (await (await fetch(`${url}/v2/models/penguins`)).json()) as {
  inputs: { name: string; datatype: string }[];
};
console.log(
  `  GET  /v2/models/penguins → inputs ${meta.inputs.map((i) => `${i.name}:${i.datatype}`).join(", ")}`,
);
const rows = [
  {
    island: "Torgersen",
    bill_length_mm: 37.2,
    bill_depth_mm: 19.4,
    flipper_length_mm: 184,
    body_mass_g: 3900,
    sex: "male",
  },
  {
    island: "Biscoe",
    bill_length_mm: 48.7,
    bill_depth_mm: 14.1,
    flipper_length_mm: 210,
    body_mass_g: 4450,
    sex: "female",
  },
] as Record<string, string | number>[];
const infer = await fetch(`${url}/v2/models/penguins/infer`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    inputs: meta.inputs.map((i) => ({
      name: i.name,
      datatype: i.datatype,
      shape: [rows.length],
      data: rows.map((r) => r[i.name]),
    })),
  }),
});
const answer = (await infer.json()) as { outputs: { name: string; data: unknown[] }[] };
console.log(
  `  POST /v2/models/penguins/infer → ${infer.status}, label ${JSON.stringify(answer.outputs.find((o) => o.name === "label")?.data)}`,
);

// A version that passes the gate but whose recorded golden predictions its server will not reproduce.
const candidate = mlgate(
  "register the passing candidate (its evaluation passed against the champion)",
  [
    "--config",
    rel(config),
    "register",
    "--model",
    rel(join(out, "passing-candidate/model")),
    "--evaluation",
    rel(join(out, "passing/evaluation.json")),
    "--registry",
    registry,
  ],
  [0],
).json as { version: string };
const recordFile = join(out, "registry/models/penguins/versions", `${candidate.version}.json`);
const rec = JSON.parse(await readFile(recordFile, "utf8")) as {
  golden: { predictions: { label: string; proba: number[] }[] };
};
const g = rec.golden.predictions[0]!;
g.label = g.label === "Gentoo" ? "Adelie" : "Gentoo";
g.proba = [...g.proba].reverse();
await writeFile(recordFile, `${JSON.stringify(rec, null, 2)}\n`);
console.log(
  `  (the demo edits penguins@v${candidate.version}'s recorded golden row 0, so its server's answer will differ)`,
);

// Poll the environment's current URL (re-read from current.json each time) throughout the deploy.
let polling = true;
const poll = { ok: 0, failed: 0 };
const poller = (async () => {
  while (polling) {
    try {
      const r = await fetch(`${await currentUrl()}/v2/health/ready`);
      if (r.status === 200) poll.ok++;
      else poll.failed++;
    } catch {
      poll.failed++;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
})();
const bad = (
  await mlgateAsync(
    `deploy penguins@v${candidate.version}: verification fails, the deploy rolls back by itself`,
    deployArgs(`penguins@v${candidate.version}`),
    [1],
  )
).json as {
  state?: string;
  version?: string;
  url?: string;
  outcome?: { verification: { problems: string[] } };
};
polling = false;
await poller;
console.log(`  state: ${bad?.state}; serving penguins@v${bad?.version} at ${bad?.url}`);
for (const p of bad?.outcome?.verification.problems ?? []) console.log(`  verification: ${p}`);
console.log(
  `  poller on ${environment}'s current URL during the deploy: ${poll.ok} answered, ${poll.failed} failed`,
);

// ---- Drift: production traffic that moved away from the training data -------------------------

/** The example's rows, shifted the way a changed population would be: longer bills, heavier birds, mostly Biscoe. */
async function shiftedRows(count: number): Promise<Record<string, string | number | null>[]> {
  const rows: Record<string, string | number | null>[] = [];
  for (const file of ["data/train.csv", "data/test.csv"]) {
    const t = await readTable(join(example, file));
    for (let i = 0; i < t.rowCount; i++)
      rows.push(Object.fromEntries(t.columns.map((c) => [c.name, c.values[i] as string | number | null])));
  }
  return rows.slice(0, count).map((r, i) => ({
    ...r,
    island: i % 5 === 0 ? r.island! : "Biscoe",
    bill_length_mm:
      typeof r.bill_length_mm === "number" ? Math.round((r.bill_length_mm + 6) * 10) / 10 : null,
    body_mass_g: typeof r.body_mass_g === "number" ? Math.round(r.body_mass_g * 1.2) : null,
  }));
}
const traffic = await shiftedRows(300);
const servingUrl = await currentUrl();
let answered = 0;
const labelLines = ["request_id,row,species"];
for (let i = 0; i < traffic.length; i += 20) {
  const batch = traffic.slice(i, i + 20);
  const r = await fetch(`${servingUrl}/v2/models/penguins/infer`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id: `drift-${i}`,
      inputs: meta.inputs.map((input) => ({
        name: input.name,
        datatype: input.datatype,
        shape: [batch.length],
        data: batch.map((row) => row[input.name] ?? null),
      })),
    }),
  });
  if (r.status !== 200) {
    console.error(`demo: the server answered ${r.status} to drifted traffic: ${await r.text()}`);
    process.exit(1);
  }
  answered += batch.length;
  // The true species, as they would arrive later (a field survey): keyed by request id and row.
  batch.forEach((row, k) => {
    labelLines.push(`drift-${i},${k},${row.species}`);
  });
}
const labelsFile = join(out, "labels.csv");
await writeFile(labelsFile, `${labelLines.join("\n")}\n`);
console.log(
  `\n${bold("▸ production traffic that drifted")}\n  ${answered} rows (bill_length_mm +6 mm, body_mass_g ×1.2, 80% from Biscoe) sent to ${servingUrl}; the server logs them to ${rel(inferenceLog)}`,
);

const status = mlgate(
  "deployment history",
  ["--config", rel(deployConfig), "deploy", "status", "--environment", environment],
  [0],
).json as {
  history: { id: string; version: string; state: string; rollback: boolean }[];
};
for (const e of status.history)
  console.log(`  #${e.id} penguins@v${e.version} ${e.state}${e.rollback ? " (rollback)" : ""}`);
mlgate(
  "stop the server",
  ["--config", rel(deployConfig), "deploy", "stop", "--environment", environment],
  [0],
);

// The server wrote its log off the response path and flushed it when it stopped.
const drift = mlgate(
  "check the inference log for drift against the champion's training profile",
  [
    "--config",
    rel(deployConfig),
    "drift-check",
    "--reference",
    "penguins#champion",
    "--registry",
    registry,
    "--current",
    rel(inferenceLog),
    "--labels",
    rel(labelsFile),
    "--out",
    rel(join(out, "drift")),
  ],
  [0],
).json as { dispatched?: boolean } | undefined;
interface DriftColumnFigures {
  name: string;
  status: string;
  drifted: boolean;
  p_test: string;
  effect_test: string;
  adjusted_p_value: number | null;
  effect_size: number | null;
  effect_threshold: number;
}
const driftReport = JSON.parse(await readFile(join(out, "drift/drift.json"), "utf8")) as {
  status: string;
  alpha: number;
  drifted_columns: string[];
  columns: DriftColumnFigures[];
  prediction?: DriftColumnFigures;
  performance?: {
    rows: number;
    degraded: boolean;
    metrics: { metric: string; registered: number; current: number; degraded: boolean }[];
  };
};
const figures = (c: DriftColumnFigures) =>
  `${c.p_test} adjusted p = ${c.adjusted_p_value === null ? "n/a" : c.adjusted_p_value.toPrecision(2)} (drifts at ≤ ${driftReport.alpha}), ` +
  `${c.effect_test} = ${c.effect_size === null ? "n/a" : c.effect_size.toFixed(3)} (drifts at ≥ ${c.effect_threshold})`;
console.log(
  `  status: ${driftReport.status}; drifted: ${driftReport.drifted_columns.join(", ") || "none"} of ${driftReport.columns.length} columns`,
);
for (const c of driftReport.columns.filter((c) => c.drifted)) console.log(`  ${c.name}: ${figures(c)}`);
if (driftReport.prediction)
  console.log(
    `  the model's predictions (against its predictions on the test rows): ${driftReport.prediction.status}, ${figures(driftReport.prediction)}`,
  );
if (driftReport.performance) {
  const p = driftReport.performance;
  console.log(`  on the ${p.rows} labelled rows (labels.csv, joined by request id and row):`);
  for (const m of p.metrics.filter((m) => ["accuracy", "f1_macro", "log_loss"].includes(m.metric)))
    console.log(
      `    ${m.metric}: ${m.current.toFixed(3)} now, ${m.registered.toFixed(3)} registered${m.degraded ? " — degraded" : ""}`,
    );
}
console.log(`  the issue it would open:           ${rel(join(out, "drift/issue.md"))}`);
console.log(
  `  the retraining it would dispatch:  ${rel(join(out, "drift/dispatch.json"))}${drift?.dispatched ? "" : " (none)"}`,
);
console.log(`  the report, in a browser:          ${rel(join(out, "drift/drift.html"))}`);
if (poll.failed > 0 || bad?.state !== "rolled-back") {
  console.error("demo: the rollback did not keep the environment serving");
  process.exit(1);
}
if (driftReport.status !== "drift" || !drift?.dispatched) {
  console.error("demo: drift-check did not find the drift planted in the traffic");
  process.exit(1);
}
