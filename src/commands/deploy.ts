import type { VersionRecord } from "../core/contracts/version.js";
import {
  checkGate,
  type DeployOutcome,
  type DeployPorts,
  deploy,
  type RollbackOutcome,
  rollback,
} from "../core/deploy/machine.js";
import { MlgateError } from "../core/errors.js";
import type { DeploymentEntry, DeploymentLog, DeployTarget, ServedVersion } from "../core/ports.js";
import { parseRef } from "../core/registry/tags.js";

/** The targets `--target` names. */
export const TARGETS = ["local", "command", "kserve"] as const;
export type TargetKind = (typeof TARGETS)[number];

export interface DeployCommandInputs {
  model: string;
  environment: string;
  allowUngated?: boolean;
  /** The alias moved on success; default the environment. */
  alias?: string;
}

export interface DeployResult {
  /** `deployed`, `rolled-back`, `failed`, or `written` (kserve without --apply: the manifest only). */
  state: DeployOutcome["state"] | "written";
  environment: string;
  name: string;
  version: string;
  digest: string;
  url?: string;
  deploymentId?: string;
  rolledBack: boolean;
  outcome?: DeployOutcome;
  manifest?: string;
}

/** What a deploy did, in a few lines: the CLI prints it, the action's job summary shows it. */
export function describeDeploy(result: DeployResult): string {
  const o = result.outcome;
  if (result.state === "written")
    return `wrote ${result.manifest} for ${result.name}@v${result.version} (not applied: pass --apply)`;
  if (result.state === "deployed")
    return `${result.name}@v${result.version} serves ${result.environment} at ${result.url} (deployment ${result.deploymentId})`;
  if (result.state === "rolled-back")
    return (
      `${o!.name}@v${o!.version} failed verification and was removed; rolled back to ${result.name}@v${result.version} at ${result.url} (deployment ${result.deploymentId})\n` +
      o!.verification.problems.map((p) => `  ${p}`).join("\n")
    );
  return (
    `${o!.name}@v${o!.version} failed verification${o!.rollback ? `, and so did the rollback to v${o!.rollback.version}` : ""}: nothing verified serves ${result.environment}\n` +
    [...o!.verification.problems, ...(o!.rollback?.verification.problems ?? [])]
      .map((p) => `  ${p}`)
      .join("\n")
  );
}

/**
 * `mlgate deploy`: the core state machine with the chosen target and log. A kserve target without
 * --apply only writes the manifest for the gated version (nothing is recorded: nothing ran).
 */
export async function deployCommand(
  inputs: DeployCommandInputs,
  ports: DeployPorts & { writeOnly?: (record: VersionRecord, modelDir: string) => Promise<string> },
): Promise<DeployResult> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(inputs.environment)) {
    throw new MlgateError(`'${inputs.environment}' is not an environment name`, {
      hint: "letters, digits, '.', '_' or '-' (it names a folder and a GitHub environment)",
    });
  }
  if (ports.writeOnly) {
    const record = await ports.registry.resolve(parseRef(inputs.model));
    if (!record) throw new MlgateError(`${inputs.model} names no version in ${ports.registry.location}`);
    checkGate(record, inputs.allowUngated === true);
    const pulled = await ports.registry.pull(record, ports.bundleDir(record, inputs.environment));
    const manifest = await ports.writeOnly(record, pulled.dir);
    return {
      state: "written",
      environment: inputs.environment,
      name: record.name,
      version: record.version,
      digest: record.digest,
      rolledBack: false,
      manifest,
    };
  }
  const outcome = await deploy(
    {
      ref: inputs.model,
      environment: inputs.environment,
      allowUngated: inputs.allowUngated,
      alias: inputs.alias,
    },
    ports,
  );
  return {
    state: outcome.state,
    environment: outcome.environment,
    name: outcome.name,
    version: outcome.state === "rolled-back" ? outcome.rollback!.version : outcome.version,
    digest: outcome.state === "rolled-back" ? outcome.rollback!.digest : outcome.digest,
    ...(outcome.url ? { url: outcome.url } : {}),
    deploymentId: outcome.rollback?.deploymentId ?? outcome.deploymentId,
    rolledBack: outcome.state === "rolled-back",
    outcome,
  };
}

export async function rollbackCommand(
  inputs: { environment: string; alias?: string },
  ports: DeployPorts,
): Promise<RollbackOutcome> {
  return rollback(inputs, ports);
}

export interface DeployStatus {
  environment: string;
  current?: ServedVersion & { alive: boolean };
  history: DeploymentEntry[];
  log: string;
}

export async function deployStatus(
  environment: string,
  ports: {
    target: DeployTarget;
    log: DeploymentLog;
    recorded?: (env: string) => Promise<ServedVersion | undefined>;
  },
): Promise<DeployStatus> {
  const live = await ports.target.current(environment);
  const recorded = live ?? (await ports.recorded?.(environment));
  return {
    environment,
    ...(recorded ? { current: { ...recorded, alive: live !== undefined } } : {}),
    history: await ports.log.history(environment),
    log: ports.log.location,
  };
}

/** Stops what serves `environment` and marks its deployment inactive. */
export async function deployStop(
  environment: string,
  ports: { target: DeployTarget; log: DeploymentLog },
): Promise<{ stopped?: ServedVersion }> {
  const current = await ports.target.current(environment);
  if (!current) return {};
  await ports.target.remove(current);
  const last = await ports.log.lastSuccessful(environment);
  if (last && last.digest === current.digest && last.state === "success") {
    await ports.log.update(last, "inactive", { description: "stopped by mlgate deploy stop" });
  }
  return { stopped: current };
}
