import { deployCommand, describeDeploy } from "../commands/deploy.js";
import { chooseDeployPorts } from "../wiring.js";
import { runAction } from "./door.js";

runAction({
  name: "deploy",
  inputs: (read) => ({
    model: read.required("model"),
    environment: read.required("environment"),
    target: read.string("target") ?? "local",
    url: read.string("url"),
    command: read.string("command"),
    apply: read.bool("apply"),
    allowUngated: read.bool("allow-ungated"),
    alias: read.string("alias"),
    registry: read.string("registry"),
  }),
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    const ports = chooseDeployPorts(loaded, {
      target: inputs.target,
      environment: inputs.environment,
      ...(inputs.url ? { url: inputs.url } : {}),
      ...(inputs.command ? { command: inputs.command } : {}),
      apply: inputs.apply === true,
      ...(inputs.registry ? { registry: inputs.registry } : {}),
      logger: env.logger,
      progress: env.progress,
    });
    return deployCommand(
      {
        model: inputs.model,
        environment: inputs.environment,
        allowUngated: inputs.allowUngated,
        alias: inputs.alias,
      },
      ports,
    );
  },
  outputs: (r) => ({
    state: r.state,
    version: r.version,
    digest: r.digest,
    url: r.url,
    "deployment-id": r.deploymentId,
    "rolled-back": r.rolledBack,
  }),
  summary: (r) => `### mlgate deploy: ${r.environment}\n\n\`\`\`\n${describeDeploy(r)}\n\`\`\`\n`,
  // A rollback keeps the environment serving the previous version, but the version asked for is
  // not deployed: the step fails so the workflow (and its environment) shows it.
  failure: (r) =>
    r.state === "rolled-back" || r.state === "failed" ? describeDeploy(r).split("\n")[0] : undefined,
});
