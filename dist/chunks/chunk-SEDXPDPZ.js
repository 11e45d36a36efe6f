import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  loadModelBundle
} from "./chunk-JZMZSJ7L.js";
import {
  predictTable
} from "./chunk-XUXWPNMX.js";
import {
  INFERENCE_LOG_FIELDS
} from "./chunk-HY55DCKM.js";
import {
  readManifest
} from "./chunk-OEO3WH64.js";
import {
  actorFrom,
  checkAlias
} from "./chunk-RYEXQM2O.js";
import {
  hashBundleDir,
  sha256Hex
} from "./chunk-5EU7FAAZ.js";
import {
  REGISTRY_NAME,
  VERSION_SCHEMA,
  autoBump,
  formatTag,
  parseSemver
} from "./chunk-YGBQGAWD.js";
import {
  evaluationSchema
} from "./chunk-2VVLOP77.js";
import {
  scanFile
} from "./chunk-CTJ7PGUG.js";
import {
  readOptionsFrom,
  readTable
} from "./chunk-7X562T77.js";
import {
  loadContractFile
} from "./chunk-6O7DFYOK.js";
import {
  profileContract
} from "./chunk-FW7P332B.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/register.ts
init_esm_dirname();
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/core/deploy/golden.ts
init_esm_dirname();
var GOLDEN_ROWS = 20;
function pickGoldenRows(table, features, limit = GOLDEN_ROWS) {
  const columns = features.map((f) => {
    const c = table.columns.find((x) => x.name === f.name);
    if (!c) {
      throw new MlgateError(`${table.source ?? "the golden data"} has no column '${f.name}'`, {
        location: { file: table.source, key: f.name },
        hint: "golden rows come from data with the model's feature columns (the test data, or --golden <file>)"
      });
    }
    return c;
  });
  const rows = [];
  const index = [];
  for (let i = 0; i < table.rowCount && rows.length < limit; i++) {
    const row = {};
    let complete = true;
    for (const c of columns) {
      const v = c.values[i];
      if (v === null || v === void 0 || typeof v === "number" && !Number.isFinite(v)) {
        complete = false;
        break;
      }
      row[c.name] = v;
    }
    if (complete) {
      rows.push(row);
      index.push(i);
    }
  }
  if (rows.length === 0) {
    throw new MlgateError(`${table.source ?? "the golden data"} has no row with every feature present`, {
      location: { file: table.source },
      hint: "pass --golden <file> with a few complete rows of the model's features"
    });
  }
  return { rows, index };
}
function goldenFrom(source, rows, predictions) {
  const out = predictions.yPred.map(
    (y, i) => predictions.task === "classification" ? { label: String(y), proba: [...predictions.proba[i]] } : { value: y }
  );
  return { source, rows, predictions: out };
}

// src/commands/register.ts
async function register(loaded, inputs, ports) {
  const manifest = await readManifest(inputs.model);
  const name = manifest.name;
  if (!REGISTRY_NAME.test(name)) {
    throw new MlgateError(`the bundle's model name '${name}' cannot be registered`, {
      location: { file: inputs.model, key: "name" },
      hint: "model names are lowercase letters, digits, '.', '_' or '-'; set model.name in mlgate.yml and train again"
    });
  }
  if (inputs.stage) checkAlias(loaded, inputs.stage);
  const explicit = inputs.version && inputs.version !== "auto" ? inputs.version.replace(/^v/, "") : void 0;
  if (explicit !== void 0 && !parseSemver(explicit)) {
    throw new MlgateError(`--version ${inputs.version} is not a semantic version`, {
      hint: "pass --version auto, or a version such as 1.2.3 (SemVer 2.0)"
    });
  }
  const { files, digest } = await hashBundleDir(inputs.model);
  const evaluation = inputs.evaluation ? await readEvaluation(inputs.evaluation) : void 0;
  if (evaluation && evaluation.json.model !== name) {
    throw new MlgateError(
      `${inputs.evaluation} evaluates model '${evaluation.json.model}', but the bundle is model '${name}'`,
      {
        location: { file: inputs.evaluation, key: "model" },
        hint: "pass the evaluation.json that `mlgate evaluate` wrote for this bundle"
      }
    );
  }
  const profile = inputs.profile ? await readProfile(inputs.profile, manifest) : void 0;
  const golden = await goldenOf(loaded, inputs, ports.logger);
  const predictions = evaluation ? await predictionsProfileOf(evaluation, ports.logger) : void 0;
  const gate = gateOf(evaluation?.json, inputs, digest);
  if (gate.problem && !inputs.allowUngated) {
    throw new MlgateError(`not registered: ${gate.problem}`, {
      location: { file: inputs.evaluation ?? inputs.model },
      hint: "register the bundle that `mlgate evaluate --candidate <bundle>` passed, with its evaluation.json; or pass --allow-ungated (recorded in the version)"
    });
  }
  if (gate.problem) ports.logger.warn(`registering ungated: ${gate.problem}`);
  const env = ports.env;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` + (env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "") : void 0;
  const gitCommit = env.GITHUB_SHA ?? manifest.git_sha;
  const actor = env.GITHUB_ACTOR;
  const baselineVersion = await baselineVersionOf(ports.registry, name, evaluation?.json);
  const shape = shapeOf(manifest);
  const createdAt = (ports.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
  const plan = (existing) => {
    let version;
    let bump;
    if (explicit !== void 0) {
      if (existing.some((v) => v.version === explicit)) {
        throw new MlgateError(
          `${formatTag({ action: "register", name, version: explicit })} exists already`,
          {
            hint: "a version is immutable: pass --version auto to take the next number, or another version"
          }
        );
      }
      version = explicit;
      bump = { rule: "explicit", reason: "--version given" };
    } else {
      const greatest = existing.at(-1);
      const b = autoBump(greatest && { version: greatest.version, shape: greatest }, shape);
      version = b.version;
      bump = { rule: b.rule, reason: b.reason };
    }
    return {
      schema: VERSION_SCHEMA,
      name,
      version,
      tag: formatTag({ action: "register", name, version }),
      digest,
      files,
      task: shape.task,
      ...shape.classes ? { classes: [...shape.classes] } : {},
      features: shape.features.map((f) => ({ ...f })),
      bump,
      gate: gate.problem ? { status: "ungated", reason: `--allow-ungated: ${gate.problem}` } : { status: "passed", reason: gate.reason },
      lineage: {
        ...gitCommit ? { git_commit: gitCommit } : {},
        ...runUrl ? { workflow_run_url: runUrl } : {},
        ...actor ? { actor } : {},
        data: manifest.data,
        ...evaluation ? { evaluation: evaluationLineage(evaluation, baselineVersion) } : {}
      },
      ...profile ? { profile } : {},
      ...predictions ? { predictions } : {},
      ...golden ? { golden } : {},
      created_at: createdAt
    };
  };
  const record = await ports.registry.register({ name, dir: inputs.model, files, digest, plan });
  ports.logger.info(`registered ${record.tag} (${record.bump.rule}: ${record.bump.reason})`);
  let assigned;
  if (inputs.stage) {
    assigned = await ports.registry.assign({
      name,
      version: record.version,
      alias: inputs.stage,
      actor: actorFrom(env),
      why: inputs.why ?? `registered ${record.tag}`
    });
    ports.logger.info(`${name}#${inputs.stage} \u2192 ${record.version}`);
  }
  return { version: record, tag: record.tag, digest, assigned };
}
async function goldenOf(loaded, inputs, logger) {
  if (inputs.golden === false) return void 0;
  const file = inputs.golden ?? (loaded?.config.data.test ? resolve(loaded.dir, loaded.config.data.test) : void 0);
  if (!file) {
    logger.warn(
      "no golden rows stored (no --golden and no data.test in mlgate.yml): deploy will verify health and metadata only"
    );
    return void 0;
  }
  const table = await readTable(resolve(file), readOptionsFrom(loaded));
  const bundle = await loadModelBundle(resolve(inputs.model));
  try {
    const { rows, index } = pickGoldenRows(table, bundle.manifest.features);
    const picked = {
      source: table.source,
      rowCount: index.length,
      columns: table.columns.map((c) => ({ ...c, values: index.map((i) => c.values[i]) }))
    };
    const predictions = await predictTable(bundle, picked);
    logger.info(`golden rows: ${rows.length} from ${file}`);
    return goldenFrom(inputs.golden ?? loaded?.config.data.test ?? file, rows, predictions);
  } finally {
    bundle.scorer.dispose();
  }
}
async function readProfile(file, manifest) {
  const profile = await loadContractFile(file, profileContract, {
    name: "profile",
    missingHint: "pass the profile.json that validate-data wrote for the training data",
    invalidHint: "profile.json is written by validate-data or `mlgate profile` (schema mlgate/profile@1)"
  });
  const columns = new Set(profile.columns.map((c) => c.name));
  const missing = manifest.features.map((f) => f.name).filter((f) => !columns.has(f));
  if (missing.length > 0) {
    throw new MlgateError(
      `${file} does not profile the model's feature${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`,
      {
        location: { file },
        hint: "pass the profile.json of the data this bundle was trained on (validate-data --data <train file>)"
      }
    );
  }
  return profile;
}
async function readEvaluation(file) {
  const json = await loadContractFile(file, evaluationSchema, {
    name: "evaluation",
    missingHint: "pass the evaluation.json that `mlgate evaluate` wrote",
    invalidHint: "evaluation.json is written by `mlgate evaluate` (schema mlgate/evaluation@1)"
  });
  return { file, json, digest: `sha256:${sha256Hex(await readFile(file))}` };
}
async function predictionsProfileOf(evaluation, logger) {
  const path = evaluation.json.candidate.predictions;
  if (!path) return void 0;
  const file = resolve(dirname(evaluation.file), path);
  let profile;
  try {
    profile = (await scanFile(file)).profile;
  } catch (e) {
    logger.info(`no prediction-drift reference: cannot read ${file} (${e.message})`);
    return void 0;
  }
  const column = profile.columns.find((c) => c.name === "y_pred");
  if (!column) {
    logger.info(`no prediction-drift reference: ${file} has no y_pred column`);
    return void 0;
  }
  const { label: _label, ...rest } = profile;
  return {
    ...rest,
    sources: rest.sources.map((s) => ({ ...s, file: path })),
    columns: [{ ...column, name: INFERENCE_LOG_FIELDS.prediction }]
  };
}
function gateOf(evaluation, inputs, digest) {
  if (!evaluation) return { problem: "no evaluation given (--evaluation)", reason: "" };
  const at = inputs.evaluation;
  if (!evaluation.candidate.digest) {
    return {
      problem: `${at} scored a predictions file (${evaluation.candidate.source}), not a bundle, so it does not vouch for this one`,
      reason: ""
    };
  }
  if (evaluation.candidate.digest !== digest) {
    return {
      problem: `${at} was made for another bundle: it scored ${evaluation.candidate.digest}, this bundle is ${digest}`,
      reason: ""
    };
  }
  if (evaluation.verdict !== "pass") {
    return { problem: `${at} has verdict ${evaluation.verdict}: ${evaluation.summary}`, reason: "" };
  }
  return { reason: `evaluation ${at} passed for ${digest}` };
}
function evaluationLineage(e, baselineVersion) {
  const c = e.json.candidate;
  const metrics = {};
  for (const [m, value] of Object.entries(c.metrics)) {
    const ci = c.intervals?.[m];
    metrics[m] = ci ? { value, low: ci.low, high: ci.high } : { value };
  }
  const b = e.json.baseline;
  return {
    digest: e.digest,
    verdict: e.json.verdict,
    summary: e.json.summary,
    rows: e.json.rows,
    first_model: e.json.first_model,
    metrics,
    comparisons: e.json.comparisons.map((x) => {
      const { metric, candidate, baseline, diff, ci_low, ci_high, p_value, verdict } = x;
      return Object.fromEntries(
        Object.entries({ metric, candidate, baseline, diff, ci_low, ci_high, p_value, verdict }).filter(
          ([, v]) => v !== void 0
        )
      );
    }),
    ...b ? {
      baseline: {
        source: b.source,
        ...b.digest ? { digest: b.digest } : {},
        ...baselineVersion ? { version: baselineVersion } : {}
      }
    } : {}
  };
}
async function baselineVersionOf(registry, name, evaluation) {
  if (evaluation?.baseline?.version) return evaluation.baseline.version;
  const digest = evaluation?.baseline?.digest;
  if (!digest) return void 0;
  const [model] = await registry.list(name);
  return model?.versions.filter((v) => v.digest === digest).at(-1)?.version;
}
function shapeOf(m) {
  return {
    task: m.task,
    ...m.classes ? { classes: m.classes } : {},
    features: m.features.map((f) => ({ name: f.name, type: f.type }))
  };
}

export {
  register
};
