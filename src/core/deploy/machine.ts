import type { VersionRecord } from "../contracts/version.js";
import { MlgateError } from "../errors.js";
import type {
  DeploymentEntry,
  DeploymentLog,
  DeployTarget,
  Logger,
  ModelRegistry,
  Progress,
  ServedVersion,
} from "../ports.js";
import { formatRef, parseRef } from "../registry/tags.js";
import type { Verification } from "./verify.js";

/**
 * The deploy state machine. Each step is one transition, reported through the logger:
 *
 *   resolve ref → gate check → pull (digest check) → log start → apply (beside the current one)
 *   → verify → promote → log success → move the environment's alias
 *                   ↘ verify failed → remove the new one → log failure
 *                     → roll back to the environment's previous successful deployment:
 *                       re-apply it when the target no longer serves it, verify it, promote it,
 *                       and log it as a deployment of that version with `rollback: true`.
 *
 * Invariant: nothing that failed verification is ever promoted, and the version serving before a
 * deploy keeps serving until another one has passed verification.
 */

export interface DeployPorts {
  registry: ModelRegistry;
  target: DeployTarget;
  log: DeploymentLog;
  verify(served: ServedVersion, record: VersionRecord): Promise<Verification>;
  /** Where a version's bundle is pulled to (it must outlive the deploy while the version serves). */
  bundleDir(record: VersionRecord, environment: string): string;
  logger: Logger;
  progress: Progress;
  actor: string;
  /** The run's log (the workflow run URL), for the deployment statuses. */
  logUrl?: string;
}

export interface DeployInputs {
  /** Registry reference: `penguins@v1.2.0`, `penguins#champion`, `penguins@latest`. */
  ref: string;
  environment: string;
  /** Deploy a version registered with --allow-ungated. */
  allowUngated?: boolean;
  /** The alias moved on success; default the environment name. */
  alias?: string;
}

export interface DeployOutcome {
  /** `deployed`: the new version serves; `rolled-back`: it failed and the previous one serves again; `failed`: nothing verified serves. */
  state: "deployed" | "rolled-back" | "failed";
  environment: string;
  name: string;
  /** The version asked for, and its digest. */
  version: string;
  digest: string;
  /** Where the environment is served now (undefined when nothing verified serves it). */
  url?: string;
  deploymentId: string;
  verification: Verification;
  rollback?: {
    version: string;
    digest: string;
    deploymentId: string;
    verification: Verification;
    ok: boolean;
  };
  /** The alias move made on success (`<name>#<alias>`), if one was needed. */
  alias?: string;
}

export async function deploy(inputs: DeployInputs, ports: DeployPorts): Promise<DeployOutcome> {
  const { logger, target, log } = ports;
  const env = inputs.environment;
  const steps = ports.progress.start(`deploy to ${env}`, 6);
  const record = await resolveRecord(ports.registry, inputs.ref);
  logger.info(`resolved ${inputs.ref} → ${record.tag} (${record.digest})`);
  checkGate(record, inputs.allowUngated === true);
  steps.update(1, "gate");
  const modelDir = await pullVerified(ports, record, env);
  steps.update(2, "pulled");

  // The rollback target is fixed before anything changes: the last deployment that succeeded.
  // (skipping this digest: redeploying what serves has nothing older to fall back on but that).
  const previous = await log.lastSuccessful(env, record.digest);
  const before = await target.current(env);
  const entry = await log.start({
    environment: env,
    name: record.name,
    version: record.version,
    digest: record.digest,
    rollback: false,
    target: target.kind,
  });
  logger.info(
    `deployment ${entry.id}: ${record.tag} to ${env} (${target.kind}), recorded in ${log.location}`,
  );
  const running = await log.update(entry, "in_progress", {
    logUrl: ports.logUrl,
    description: `applying ${record.tag}`,
  });

  let served: ServedVersion;
  try {
    served = await target.apply({ environment: env, record, modelDir });
  } catch (e) {
    await log.update(running, "failure", {
      logUrl: ports.logUrl,
      description: `apply failed: ${(e as Error).message}`,
    });
    throw e;
  }
  logger.info(`applied ${record.tag} at ${served.url}; verifying`);
  steps.update(3, "applied");
  const verification = await ports.verify(served, record);
  reportChecks(logger, verification, "");
  steps.update(4, "verified");

  if (verification.ok) {
    await target.promote(served);
    await log.update(running, "success", {
      environmentUrl: served.url,
      logUrl: ports.logUrl,
      description: `${record.tag} verified and serving`,
    });
    const alias = await moveAlias(
      ports,
      record,
      inputs.alias ?? env,
      `deployment ${entry.id} of ${record.tag} to ${env} verified`,
    );
    steps.done(`${record.tag} serves ${env}`);
    logger.info(`${record.tag} serves ${env} at ${served.url}`);
    return {
      state: "deployed",
      environment: env,
      name: record.name,
      version: record.version,
      digest: record.digest,
      url: served.url,
      deploymentId: entry.id,
      verification,
      ...(alias ? { alias } : {}),
    };
  }

  logger.warn(`${record.tag} failed verification: ${verification.problems.join(" | ")}`);
  // apply is idempotent per digest: when this digest already served, `served` is that server.
  if (before?.digest !== record.digest) await target.remove(served);
  await log.update(running, "failure", {
    logUrl: ports.logUrl,
    description: `verification failed: ${verification.problems[0] ?? ""}`,
  });
  steps.update(5, "failed verification");
  const outcome: DeployOutcome = {
    state: "failed",
    environment: env,
    name: record.name,
    version: record.version,
    digest: record.digest,
    deploymentId: entry.id,
    verification,
  };
  if (!previous) {
    logger.warn(`no earlier successful deployment of ${env} to roll back to`);
    steps.done("failed; nothing to roll back to");
    return outcome;
  }
  const back = await restore(ports, env, previous, inputs.alias ?? env, `${record.tag} failed verification`);
  outcome.rollback = back;
  if (back.ok) {
    outcome.state = "rolled-back";
    outcome.url = back.url;
  }
  steps.done(back.ok ? `rolled back to ${previous.name}@v${previous.version}` : "rollback failed");
  return outcome;
}

export interface RollbackOutcome {
  environment: string;
  name: string;
  /** The version rolled back from and the one rolled back to. */
  from: { version: string; digest: string };
  version: string;
  digest: string;
  deploymentId: string;
  url?: string;
  ok: boolean;
  verification: Verification;
}

/**
 * `mlgate rollback`: puts back the environment's last successful deployment of another digest than
 * the one serving now, verified, and records it as a rollback deployment.
 */
export async function rollback(
  inputs: { environment: string; alias?: string },
  ports: DeployPorts,
): Promise<RollbackOutcome> {
  const env = inputs.environment;
  const current = await ports.log.lastSuccessful(env);
  if (!current) {
    throw new MlgateError(`nothing was deployed to ${env} yet (${ports.log.location})`, {
      hint: "deploy a version first: mlgate deploy --model <name>#<alias> --environment <env>",
    });
  }
  const previous = await ports.log.lastSuccessful(env, current.digest);
  if (!previous) {
    throw new MlgateError(
      `${env} has only ever run ${current.name}@v${current.version}: nothing to roll back to`,
      {
        hint: "`mlgate deploy status --environment <env>` shows the deployment history",
      },
    );
  }
  const back = await restore(ports, env, previous, inputs.alias ?? env, "manual rollback");
  return {
    environment: env,
    name: previous.name,
    from: { version: current.version, digest: current.digest },
    version: back.version,
    digest: back.digest,
    deploymentId: back.deploymentId,
    ...(back.url ? { url: back.url } : {}),
    ok: back.ok,
    verification: back.verification,
  };
}

/** Makes `previous` serve `env` again and verifies it; recorded as a deployment with rollback: true. */
async function restore(
  ports: DeployPorts,
  env: string,
  previous: DeploymentEntry,
  alias: string,
  reason: string,
): Promise<NonNullable<DeployOutcome["rollback"]> & { url?: string }> {
  const { logger, target, log } = ports;
  const record = await resolveRecord(
    ports.registry,
    formatRef({ name: previous.name, version: previous.version }),
  );
  if (record.digest !== previous.digest) {
    throw new MlgateError(
      `cannot roll back: deployment ${previous.id} ran ${record.tag} with digest ${previous.digest}, the registry now has ${record.digest}`,
      { hint: "the registry's record changed under a deployed version; deploy a version explicitly" },
    );
  }
  logger.info(`rolling back ${env} to ${record.tag} (${reason})`);
  const entry = await log.start({
    environment: env,
    name: record.name,
    version: record.version,
    digest: record.digest,
    rollback: true,
    target: target.kind,
  });
  const running = await log.update(entry, "in_progress", {
    logUrl: ports.logUrl,
    description: `rollback to ${record.tag}: ${reason}`,
  });
  let served = await target.current(env);
  const stillServing = served?.digest === record.digest;
  if (stillServing) logger.info(`${record.tag} never stopped serving ${env} at ${served!.url}`);
  else {
    const modelDir = await pullVerified(ports, record, env);
    try {
      served = await target.apply({ environment: env, record, modelDir });
    } catch (e) {
      await log.update(running, "failure", {
        logUrl: ports.logUrl,
        description: `apply failed: ${(e as Error).message}`,
      });
      throw e;
    }
  }
  const verification = await ports.verify(served!, record);
  reportChecks(logger, verification, " (rollback)");
  const result = {
    version: record.version,
    digest: record.digest,
    deploymentId: entry.id,
    verification,
    ok: verification.ok,
  };
  if (!verification.ok) {
    if (!stillServing) await target.remove(served!);
    await log.update(running, "failure", {
      logUrl: ports.logUrl,
      description: `rollback verification failed: ${verification.problems[0] ?? ""}`,
    });
    logger.error(`rollback to ${record.tag} failed verification: ${verification.problems.join(" | ")}`);
    return result;
  }
  if (!stillServing) await target.promote(served!);
  await log.update(running, "success", {
    environmentUrl: served!.url,
    logUrl: ports.logUrl,
    description: `rolled back to ${record.tag}`,
  });
  await moveAlias(
    ports,
    record,
    alias,
    `rollback deployment ${entry.id} to ${record.tag} in ${env} (${reason})`,
  );
  logger.info(`${record.tag} serves ${env} at ${served!.url} (rollback)`);
  return { ...result, url: served!.url };
}

async function resolveRecord(registry: ModelRegistry, text: string): Promise<VersionRecord> {
  const ref = parseRef(text);
  const record = await registry.resolve(ref);
  if (!record) {
    throw new MlgateError(`${formatRef(ref)} names no version in the registry at ${registry.location}`, {
      hint: "`mlgate registry list` shows the versions and stages there; check --registry",
    });
  }
  return record;
}

/** Refuses a version the gate did not pass, unless it was registered ungated and the user allows that. */
export function checkGate(record: VersionRecord, allowUngated: boolean): void {
  const verdict = record.lineage.evaluation?.verdict;
  if (record.gate.status === "passed" && (verdict === undefined || verdict === "pass")) return;
  if (record.gate.status === "ungated" && allowUngated) return;
  const why =
    record.gate.status === "ungated"
      ? `it was registered ungated (${record.gate.reason})`
      : `its recorded evaluation has verdict ${verdict}`;
  throw new MlgateError(`refusing to deploy ${record.tag}: ${why}`, {
    hint:
      record.gate.status === "ungated"
        ? "deploy a version that passed the gate, or pass --allow-ungated to deploy this one knowingly"
        : "deploy a version whose evaluation passed",
  });
}

async function pullVerified(ports: DeployPorts, record: VersionRecord, environment: string): Promise<string> {
  const pulled = await ports.registry.pull(record, ports.bundleDir(record, environment));
  if (pulled.digest !== record.digest) {
    throw new MlgateError(
      `refusing to deploy ${record.tag}: the pulled bundle has digest ${pulled.digest}, the record says ${record.digest}`,
      { hint: "the registry's stored bundle was changed; re-register the bundle" },
    );
  }
  return pulled.dir;
}

async function moveAlias(
  ports: DeployPorts,
  record: VersionRecord,
  alias: string,
  why: string,
): Promise<string | undefined> {
  const [model] = await ports.registry.list(record.name);
  if (model?.aliases[alias] === record.version) return undefined;
  await ports.registry.assign({ name: record.name, version: record.version, alias, actor: ports.actor, why });
  ports.logger.info(`${record.name}#${alias} → ${record.version} (${why})`);
  return `${record.name}#${alias}`;
}

function reportChecks(logger: Logger, verification: Verification, note: string): void {
  for (const c of verification.checks) {
    const line = `verify ${c.name}${note}: ${c.detail}`;
    if (c.ok) logger.info(line);
    else logger.warn(line);
  }
}
