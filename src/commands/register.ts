import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { LoadedConfig } from "../core/config/load.js";
import { type Evaluation, evaluationSchema } from "../core/contracts/evaluation.js";
import { INFERENCE_LOG_FIELDS } from "../core/contracts/inference-log.js";
import type { ModelManifest } from "../core/contracts/model.js";
import { type Profile, profileContract } from "../core/contracts/profile.js";
import {
  type Golden,
  REGISTRY_NAME,
  type RegistryEvent,
  VERSION_SCHEMA,
  type VersionRecord,
} from "../core/contracts/version.js";
import { loadContractFile } from "../core/data/contract-io.js";
import { readOptionsFrom, readTable } from "../core/data/read.js";
import { scanFile } from "../core/data/scan.js";
import type { Table } from "../core/data/table.js";
import { goldenFrom, pickGoldenRows } from "../core/deploy/golden.js";
import { MlgateError } from "../core/errors.js";
import { loadModelBundle } from "../core/model/bundle.js";
import { readManifest } from "../core/model/manifest.js";
import { predictTable } from "../core/model/predict.js";
import type { Logger, ModelRegistry } from "../core/ports.js";
import { hashBundleDir } from "../core/registry/bundle-files.js";
import { sha256Hex } from "../core/registry/digest.js";
import { autoBump, parseSemver, type VersionedShape } from "../core/registry/semver.js";
import { formatTag } from "../core/registry/tags.js";
import { actorFrom, checkAlias } from "./registry.js";

export interface RegisterInputs {
  /** The model bundle directory. */
  model: string;
  /** evaluation.json of this bundle (required unless allowUngated). */
  evaluation?: string;
  /** `auto` (default) or an explicit X.Y.Z. */
  version?: string;
  /** Alias to point at the new version. */
  stage?: string;
  /** Register without a passing evaluation of this bundle; recorded in the version. */
  allowUngated?: boolean;
  why?: string;
  /** profile.json of the training data (validate-data), stored with the version for drift-check. */
  profile?: string;
  /**
   * Data file the golden rows (deploy's smoke test) come from; default data.test of mlgate.yml.
   * `false` registers without golden rows.
   */
  golden?: string | false;
}

export interface RegisterPorts {
  registry: ModelRegistry;
  logger: Logger;
  /** The environment lineage is read from (GITHUB_SHA, GITHUB_ACTOR, the run's URL). */
  env: Record<string, string | undefined>;
  now?: () => Date;
}

export interface RegisterResult {
  version: VersionRecord;
  tag: string;
  digest: string;
  assigned?: RegistryEvent;
}

/**
 * `mlgate register`: adds a bundle to the registry as a new immutable version, bound to the
 * evaluation that passed the gate for this exact bundle (by digest). Every check runs before
 * anything is written, so a refused register leaves the registry as it was.
 */
export async function register(
  loaded: LoadedConfig | undefined,
  inputs: RegisterInputs,
  ports: RegisterPorts,
): Promise<RegisterResult> {
  const manifest = await readManifest(inputs.model);
  const name = manifest.name;
  if (!REGISTRY_NAME.test(name)) {
    throw new MlgateError(`the bundle's model name '${name}' cannot be registered`, {
      location: { file: inputs.model, key: "name" },
      hint: "model names are lowercase letters, digits, '.', '_' or '-'; set model.name in mlgate.yml and train again",
    });
  }
  if (inputs.stage) checkAlias(loaded, inputs.stage);
  const explicit = inputs.version && inputs.version !== "auto" ? inputs.version.replace(/^v/, "") : undefined;
  if (explicit !== undefined && !parseSemver(explicit)) {
    throw new MlgateError(`--version ${inputs.version} is not a semantic version`, {
      hint: "pass --version auto, or a version such as 1.2.3 (SemVer 2.0)",
    });
  }
  const { files, digest } = await hashBundleDir(inputs.model);
  const evaluation = inputs.evaluation ? await readEvaluation(inputs.evaluation) : undefined;
  if (evaluation && evaluation.json.model !== name) {
    throw new MlgateError(
      `${inputs.evaluation} evaluates model '${evaluation.json.model}', but the bundle is model '${name}'`,
      {
        location: { file: inputs.evaluation, key: "model" },
        hint: "pass the evaluation.json that `mlgate evaluate` wrote for this bundle",
      },
    );
  }
  const profile = inputs.profile ? await readProfile(inputs.profile, manifest) : undefined;
  const golden = await goldenOf(loaded, inputs, ports.logger);
  const predictions = evaluation ? await predictionsProfileOf(evaluation, ports.logger) : undefined;
  const gate = gateOf(evaluation?.json, inputs, digest);
  if (gate.problem && !inputs.allowUngated) {
    throw new MlgateError(`not registered: ${gate.problem}`, {
      location: { file: inputs.evaluation ?? inputs.model },
      hint: "register the bundle that `mlgate evaluate --candidate <bundle>` passed, with its evaluation.json; or pass --allow-ungated (recorded in the version)",
    });
  }
  if (gate.problem) ports.logger.warn(`registering ungated: ${gate.problem}`);

  const env = ports.env;
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` +
        (env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "")
      : undefined;
  const gitCommit = env.GITHUB_SHA ?? manifest.git_sha;
  const actor = env.GITHUB_ACTOR;
  const baselineVersion = await baselineVersionOf(ports.registry, name, evaluation?.json);
  const shape = shapeOf(manifest);
  const createdAt = (ports.now?.() ?? new Date()).toISOString();

  const plan = (existing: readonly VersionRecord[]): VersionRecord => {
    let version: string;
    let bump: VersionRecord["bump"];
    if (explicit !== undefined) {
      if (existing.some((v) => v.version === explicit)) {
        throw new MlgateError(
          `${formatTag({ action: "register", name, version: explicit })} exists already`,
          {
            hint: "a version is immutable: pass --version auto to take the next number, or another version",
          },
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
      task: shape.task as VersionRecord["task"],
      ...(shape.classes ? { classes: [...shape.classes] } : {}),
      features: shape.features.map((f) => ({ ...f })),
      bump,
      gate: gate.problem
        ? { status: "ungated", reason: `--allow-ungated: ${gate.problem}` }
        : { status: "passed", reason: gate.reason },
      lineage: {
        ...(gitCommit ? { git_commit: gitCommit } : {}),
        ...(runUrl ? { workflow_run_url: runUrl } : {}),
        ...(actor ? { actor } : {}),
        data: manifest.data,
        ...(evaluation ? { evaluation: evaluationLineage(evaluation, baselineVersion) } : {}),
      },
      ...(profile ? { profile } : {}),
      ...(predictions ? { predictions } : {}),
      ...(golden ? { golden } : {}),
      created_at: createdAt,
    };
  };

  const record = await ports.registry.register({ name, dir: inputs.model, files, digest, plan });
  ports.logger.info(`registered ${record.tag} (${record.bump.rule}: ${record.bump.reason})`);
  let assigned: RegistryEvent | undefined;
  if (inputs.stage) {
    assigned = await ports.registry.assign({
      name,
      version: record.version,
      alias: inputs.stage,
      actor: actorFrom(env),
      why: inputs.why ?? `registered ${record.tag}`,
    });
    ports.logger.info(`${name}#${inputs.stage} → ${record.version}`);
  }
  return { version: record, tag: record.tag, digest, assigned };
}

/**
 * Golden rows for deploy's smoke test: up to GOLDEN_ROWS complete rows of `--golden` or the
 * config's test data, scored by the bundle with predict's code (predictTable). None when neither
 * is given: deploy then verifies health and metadata only, and says so.
 */
async function goldenOf(
  loaded: LoadedConfig | undefined,
  inputs: RegisterInputs,
  logger: Logger,
): Promise<Golden | undefined> {
  if (inputs.golden === false) return undefined;
  const file =
    inputs.golden ?? (loaded?.config.data.test ? resolve(loaded.dir, loaded.config.data.test) : undefined);
  if (!file) {
    logger.warn(
      "no golden rows stored (no --golden and no data.test in mlgate.yml): deploy will verify health and metadata only",
    );
    return undefined;
  }
  const table = await readTable(resolve(file), readOptionsFrom(loaded));
  const bundle = await loadModelBundle(resolve(inputs.model));
  try {
    const { rows, index } = pickGoldenRows(table, bundle.manifest.features);
    const picked: Table = {
      source: table.source,
      rowCount: index.length,
      columns: table.columns.map((c) => ({ ...c, values: index.map((i) => c.values[i]!) })),
    };
    const predictions = await predictTable(bundle, picked);
    logger.info(`golden rows: ${rows.length} from ${file}`);
    return goldenFrom(inputs.golden ?? loaded?.config.data.test ?? file, rows, predictions);
  } finally {
    bundle.scorer.dispose();
  }
}

/** The training profile, checked to describe this model's inputs: every feature is a column of it. */
async function readProfile(file: string, manifest: ModelManifest): Promise<Profile> {
  const profile = await loadContractFile(file, profileContract, {
    name: "profile",
    missingHint: "pass the profile.json that validate-data wrote for the training data",
    invalidHint: "profile.json is written by validate-data or `mlgate profile` (schema mlgate/profile@1)",
  });
  const columns = new Set(profile.columns.map((c) => c.name));
  const missing = manifest.features.map((f) => f.name).filter((f) => !columns.has(f));
  if (missing.length > 0) {
    throw new MlgateError(
      `${file} does not profile the model's feature${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`,
      {
        location: { file },
        hint: "pass the profile.json of the data this bundle was trained on (validate-data --data <train file>)",
      },
    );
  }
  return profile;
}

interface ReadEvaluation {
  file: string;
  json: Evaluation;
  digest: string;
}

async function readEvaluation(file: string): Promise<ReadEvaluation> {
  const json = await loadContractFile(file, evaluationSchema, {
    name: "evaluation",
    missingHint: "pass the evaluation.json that `mlgate evaluate` wrote",
    invalidHint: "evaluation.json is written by `mlgate evaluate` (schema mlgate/evaluation@1)",
  });
  return { file, json, digest: `sha256:${sha256Hex(await readFile(file))}` };
}

/**
 * The profile of the candidate's predictions file that the evaluation wrote (its `y_pred` column,
 * renamed to the inference log's prediction field), or undefined when that file is gone: the
 * version is then registered without a prediction-drift reference, and the log says so.
 */
async function predictionsProfileOf(
  evaluation: ReadEvaluation,
  logger: Logger,
): Promise<Profile | undefined> {
  const path = evaluation.json.candidate.predictions;
  if (!path) return undefined;
  const file = resolve(dirname(evaluation.file), path);
  let profile: Profile;
  try {
    profile = (await scanFile(file)).profile;
  } catch (e) {
    logger.info(`no prediction-drift reference: cannot read ${file} (${(e as Error).message})`);
    return undefined;
  }
  const column = profile.columns.find((c) => c.name === "y_pred");
  if (!column) {
    logger.info(`no prediction-drift reference: ${file} has no y_pred column`);
    return undefined;
  }
  const { label: _label, ...rest } = profile;
  return {
    ...rest,
    sources: rest.sources.map((s) => ({ ...s, file: path })),
    columns: [{ ...column, name: INFERENCE_LOG_FIELDS.prediction }],
  };
}

/** Why the evaluation does not admit this bundle (undefined problem: it does). */
function gateOf(
  evaluation: Evaluation | undefined,
  inputs: RegisterInputs,
  digest: string,
): { problem?: string; reason: string } {
  if (!evaluation) return { problem: "no evaluation given (--evaluation)", reason: "" };
  const at = inputs.evaluation;
  if (!evaluation.candidate.digest) {
    return {
      problem: `${at} scored a predictions file (${evaluation.candidate.source}), not a bundle, so it does not vouch for this one`,
      reason: "",
    };
  }
  if (evaluation.candidate.digest !== digest) {
    return {
      problem: `${at} was made for another bundle: it scored ${evaluation.candidate.digest}, this bundle is ${digest}`,
      reason: "",
    };
  }
  if (evaluation.verdict !== "pass") {
    return { problem: `${at} has verdict ${evaluation.verdict}: ${evaluation.summary}`, reason: "" };
  }
  return { reason: `evaluation ${at} passed for ${digest}` };
}

function evaluationLineage(e: ReadEvaluation, baselineVersion: string | undefined) {
  const c = e.json.candidate;
  const metrics: Record<string, { value: number; low?: number; high?: number }> = {};
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
          ([, v]) => v !== undefined,
        ),
      ) as { metric: string; candidate: number };
    }),
    ...(b
      ? {
          baseline: {
            source: b.source,
            ...(b.digest ? { digest: b.digest } : {}),
            ...(baselineVersion ? { version: baselineVersion } : {}),
          },
        }
      : {}),
  };
}

/** The registered version the evaluation's baseline was, found by its digest. */
async function baselineVersionOf(
  registry: ModelRegistry,
  name: string,
  evaluation: Evaluation | undefined,
): Promise<string | undefined> {
  // evaluate records the version when it pulled the baseline from the registry; otherwise a
  // registered version with the scored digest is looked up.
  if (evaluation?.baseline?.version) return evaluation.baseline.version;
  const digest = evaluation?.baseline?.digest;
  if (!digest) return undefined;
  const [model] = await registry.list(name);
  return model?.versions.filter((v) => v.digest === digest).at(-1)?.version;
}

function shapeOf(m: ModelManifest): VersionedShape {
  return {
    task: m.task,
    ...(m.classes ? { classes: m.classes } : {}),
    features: m.features.map((f) => ({ name: f.name, type: f.type })),
  };
}
