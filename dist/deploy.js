import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  deployCommand,
  describeDeploy
} from "./chunks/chunk-7T6HAAQB.js";
import {
  chooseDeployPorts
} from "./chunks/chunk-HDL5QZEC.js";
import "./chunks/chunk-OEO3WH64.js";
import "./chunks/chunk-RYEXQM2O.js";
import "./chunks/chunk-5EU7FAAZ.js";
import "./chunks/chunk-TK3KZ7H5.js";
import "./chunks/chunk-YGBQGAWD.js";
import "./chunks/chunk-DEFAIO2G.js";
import "./chunks/chunk-3WSHO5UH.js";
import "./chunks/chunk-PDW6HMQT.js";
import "./chunks/chunk-2VVLOP77.js";
import "./chunks/chunk-6O7DFYOK.js";
import "./chunks/chunk-EZI4AYPW.js";
import "./chunks/chunk-Z2KXVVDY.js";
import "./chunks/chunk-WLXISTF7.js";
import "./chunks/chunk-FW7P332B.js";
import {
  runAction
} from "./chunks/chunk-TGF7WUMR.js";
import "./chunks/chunk-4UCGVU6C.js";
import "./chunks/chunk-TKY34EYT.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-Q6CFKWPI.js";
import "./chunks/chunk-EANIINQF.js";
import "./chunks/chunk-KZ2VNCYO.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-FHBWZ2UA.js";
import "./chunks/chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/deploy.ts
init_esm_dirname();
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
    registry: read.string("registry")
  }),
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    const ports = chooseDeployPorts(loaded, {
      target: inputs.target,
      environment: inputs.environment,
      ...inputs.url ? { url: inputs.url } : {},
      ...inputs.command ? { command: inputs.command } : {},
      apply: inputs.apply === true,
      ...inputs.registry ? { registry: inputs.registry } : {},
      logger: env.logger,
      progress: env.progress
    });
    return deployCommand(
      {
        model: inputs.model,
        environment: inputs.environment,
        allowUngated: inputs.allowUngated,
        alias: inputs.alias
      },
      ports
    );
  },
  outputs: (r) => ({
    state: r.state,
    version: r.version,
    digest: r.digest,
    url: r.url,
    "deployment-id": r.deploymentId,
    "rolled-back": r.rolledBack
  }),
  summary: (r) => `### mlgate deploy: ${r.environment}

\`\`\`
${describeDeploy(r)}
\`\`\`
`,
  // A rollback keeps the environment serving the previous version, but the version asked for is
  // not deployed: the step fails so the workflow (and its environment) shows it.
  failure: (r) => r.state === "rolled-back" || r.state === "failed" ? describeDeploy(r).split("\n")[0] : void 0
});
