import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  formatRef,
  parseRef
} from "./chunk-YGBQGAWD.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/deploy.ts
init_esm_dirname();

// src/core/deploy/machine.ts
init_esm_dirname();
async function deploy(inputs, ports) {
  const { logger, target, log } = ports;
  const env = inputs.environment;
  const steps = ports.progress.start(`deploy to ${env}`, 6);
  const record = await resolveRecord(ports.registry, inputs.ref);
  logger.info(`resolved ${inputs.ref} \u2192 ${record.tag} (${record.digest})`);
  checkGate(record, inputs.allowUngated === true);
  steps.update(1, "gate");
  const modelDir = await pullVerified(ports, record, env);
  steps.update(2, "pulled");
  const previous = await log.lastSuccessful(env, record.digest);
  const before = await target.current(env);
  const entry = await log.start({
    environment: env,
    name: record.name,
    version: record.version,
    digest: record.digest,
    rollback: false,
    target: target.kind
  });
  logger.info(
    `deployment ${entry.id}: ${record.tag} to ${env} (${target.kind}), recorded in ${log.location}`
  );
  const running = await log.update(entry, "in_progress", {
    logUrl: ports.logUrl,
    description: `applying ${record.tag}`
  });
  let served;
  try {
    served = await target.apply({ environment: env, record, modelDir });
  } catch (e) {
    await log.update(running, "failure", {
      logUrl: ports.logUrl,
      description: `apply failed: ${e.message}`
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
      description: `${record.tag} verified and serving`
    });
    const alias = await moveAlias(
      ports,
      record,
      inputs.alias ?? env,
      `deployment ${entry.id} of ${record.tag} to ${env} verified`
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
      ...alias ? { alias } : {}
    };
  }
  logger.warn(`${record.tag} failed verification: ${verification.problems.join(" | ")}`);
  if (before?.digest !== record.digest) await target.remove(served);
  await log.update(running, "failure", {
    logUrl: ports.logUrl,
    description: `verification failed: ${verification.problems[0] ?? ""}`
  });
  steps.update(5, "failed verification");
  const outcome = {
    state: "failed",
    environment: env,
    name: record.name,
    version: record.version,
    digest: record.digest,
    deploymentId: entry.id,
    verification
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
async function rollback(inputs, ports) {
  const env = inputs.environment;
  const current = await ports.log.lastSuccessful(env);
  if (!current) {
    throw new MlgateError(`nothing was deployed to ${env} yet (${ports.log.location})`, {
      hint: "deploy a version first: mlgate deploy --model <name>#<alias> --environment <env>"
    });
  }
  const previous = await ports.log.lastSuccessful(env, current.digest);
  if (!previous) {
    throw new MlgateError(
      `${env} has only ever run ${current.name}@v${current.version}: nothing to roll back to`,
      {
        hint: "`mlgate deploy status --environment <env>` shows the deployment history"
      }
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
    ...back.url ? { url: back.url } : {},
    ok: back.ok,
    verification: back.verification
  };
}
async function restore(ports, env, previous, alias, reason) {
  const { logger, target, log } = ports;
  const record = await resolveRecord(
    ports.registry,
    formatRef({ name: previous.name, version: previous.version })
  );
  if (record.digest !== previous.digest) {
    throw new MlgateError(
      `cannot roll back: deployment ${previous.id} ran ${record.tag} with digest ${previous.digest}, the registry now has ${record.digest}`,
      { hint: "the registry's record changed under a deployed version; deploy a version explicitly" }
    );
  }
  logger.info(`rolling back ${env} to ${record.tag} (${reason})`);
  const entry = await log.start({
    environment: env,
    name: record.name,
    version: record.version,
    digest: record.digest,
    rollback: true,
    target: target.kind
  });
  const running = await log.update(entry, "in_progress", {
    logUrl: ports.logUrl,
    description: `rollback to ${record.tag}: ${reason}`
  });
  let served = await target.current(env);
  const stillServing = served?.digest === record.digest;
  if (stillServing) logger.info(`${record.tag} never stopped serving ${env} at ${served.url}`);
  else {
    const modelDir = await pullVerified(ports, record, env);
    try {
      served = await target.apply({ environment: env, record, modelDir });
    } catch (e) {
      await log.update(running, "failure", {
        logUrl: ports.logUrl,
        description: `apply failed: ${e.message}`
      });
      throw e;
    }
  }
  const verification = await ports.verify(served, record);
  reportChecks(logger, verification, " (rollback)");
  const result = {
    version: record.version,
    digest: record.digest,
    deploymentId: entry.id,
    verification,
    ok: verification.ok
  };
  if (!verification.ok) {
    if (!stillServing) await target.remove(served);
    await log.update(running, "failure", {
      logUrl: ports.logUrl,
      description: `rollback verification failed: ${verification.problems[0] ?? ""}`
    });
    logger.error(`rollback to ${record.tag} failed verification: ${verification.problems.join(" | ")}`);
    return result;
  }
  if (!stillServing) await target.promote(served);
  await log.update(running, "success", {
    environmentUrl: served.url,
    logUrl: ports.logUrl,
    description: `rolled back to ${record.tag}`
  });
  await moveAlias(
    ports,
    record,
    alias,
    `rollback deployment ${entry.id} to ${record.tag} in ${env} (${reason})`
  );
  logger.info(`${record.tag} serves ${env} at ${served.url} (rollback)`);
  return { ...result, url: served.url };
}
async function resolveRecord(registry, text) {
  const ref = parseRef(text);
  const record = await registry.resolve(ref);
  if (!record) {
    throw new MlgateError(`${formatRef(ref)} names no version in the registry at ${registry.location}`, {
      hint: "`mlgate registry list` shows the versions and stages there; check --registry"
    });
  }
  return record;
}
function checkGate(record, allowUngated) {
  const verdict = record.lineage.evaluation?.verdict;
  if (record.gate.status === "passed" && (verdict === void 0 || verdict === "pass")) return;
  if (record.gate.status === "ungated" && allowUngated) return;
  const why = record.gate.status === "ungated" ? `it was registered ungated (${record.gate.reason})` : `its recorded evaluation has verdict ${verdict}`;
  throw new MlgateError(`refusing to deploy ${record.tag}: ${why}`, {
    hint: record.gate.status === "ungated" ? "deploy a version that passed the gate, or pass --allow-ungated to deploy this one knowingly" : "deploy a version whose evaluation passed"
  });
}
async function pullVerified(ports, record, environment) {
  const pulled = await ports.registry.pull(record, ports.bundleDir(record, environment));
  if (pulled.digest !== record.digest) {
    throw new MlgateError(
      `refusing to deploy ${record.tag}: the pulled bundle has digest ${pulled.digest}, the record says ${record.digest}`,
      { hint: "the registry's stored bundle was changed; re-register the bundle" }
    );
  }
  return pulled.dir;
}
async function moveAlias(ports, record, alias, why) {
  const [model] = await ports.registry.list(record.name);
  if (model?.aliases[alias] === record.version) return void 0;
  await ports.registry.assign({ name: record.name, version: record.version, alias, actor: ports.actor, why });
  ports.logger.info(`${record.name}#${alias} \u2192 ${record.version} (${why})`);
  return `${record.name}#${alias}`;
}
function reportChecks(logger, verification, note) {
  for (const c of verification.checks) {
    const line = `verify ${c.name}${note}: ${c.detail}`;
    if (c.ok) logger.info(line);
    else logger.warn(line);
  }
}

// src/commands/deploy.ts
var TARGETS = ["local", "command", "kserve"];
function describeDeploy(result) {
  const o = result.outcome;
  if (result.state === "written")
    return `wrote ${result.manifest} for ${result.name}@v${result.version} (not applied: pass --apply)`;
  if (result.state === "deployed")
    return `${result.name}@v${result.version} serves ${result.environment} at ${result.url} (deployment ${result.deploymentId})`;
  if (result.state === "rolled-back")
    return `${o.name}@v${o.version} failed verification and was removed; rolled back to ${result.name}@v${result.version} at ${result.url} (deployment ${result.deploymentId})
` + o.verification.problems.map((p) => `  ${p}`).join("\n");
  return `${o.name}@v${o.version} failed verification${o.rollback ? `, and so did the rollback to v${o.rollback.version}` : ""}: nothing verified serves ${result.environment}
` + [...o.verification.problems, ...o.rollback?.verification.problems ?? []].map((p) => `  ${p}`).join("\n");
}
async function deployCommand(inputs, ports) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(inputs.environment)) {
    throw new MlgateError(`'${inputs.environment}' is not an environment name`, {
      hint: "letters, digits, '.', '_' or '-' (it names a folder and a GitHub environment)"
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
      manifest
    };
  }
  const outcome = await deploy(
    {
      ref: inputs.model,
      environment: inputs.environment,
      allowUngated: inputs.allowUngated,
      alias: inputs.alias
    },
    ports
  );
  return {
    state: outcome.state,
    environment: outcome.environment,
    name: outcome.name,
    version: outcome.state === "rolled-back" ? outcome.rollback.version : outcome.version,
    digest: outcome.state === "rolled-back" ? outcome.rollback.digest : outcome.digest,
    ...outcome.url ? { url: outcome.url } : {},
    deploymentId: outcome.rollback?.deploymentId ?? outcome.deploymentId,
    rolledBack: outcome.state === "rolled-back",
    outcome
  };
}
async function rollbackCommand(inputs, ports) {
  return rollback(inputs, ports);
}
async function deployStatus(environment, ports) {
  const live = await ports.target.current(environment);
  const recorded = live ?? await ports.recorded?.(environment);
  return {
    environment,
    ...recorded ? { current: { ...recorded, alive: live !== void 0 } } : {},
    history: await ports.log.history(environment),
    log: ports.log.location
  };
}
async function deployStop(environment, ports) {
  const current = await ports.target.current(environment);
  if (!current) return {};
  await ports.target.remove(current);
  const last = await ports.log.lastSuccessful(environment);
  if (last && last.digest === current.digest && last.state === "success") {
    await ports.log.update(last, "inactive", { description: "stopped by mlgate deploy stop" });
  }
  return { stopped: current };
}

export {
  TARGETS,
  describeDeploy,
  deployCommand,
  rollbackCommand,
  deployStatus,
  deployStop
};
