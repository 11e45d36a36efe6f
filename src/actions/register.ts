import { register } from "../commands/register.js";
import { MlgateError } from "../core/errors.js";
import { modelCard } from "../core/registry/card.js";
import { chooseRegistry } from "../wiring.js";
import { runAction } from "./door.js";

runAction({
  name: "register",
  inputs: (read) => ({
    model: read.required("model"),
    evaluation: read.string("evaluation"),
    version: read.string("version") ?? "auto",
    stage: read.string("stage"),
    allowUngated: read.bool("allow-ungated") ?? false,
    registry: read.string("registry"),
    profile: read.string("profile"),
  }),
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    // A registry left in a runner's working directory when the job ends is lost, so the action
    // takes none by default: the `registry` input, else registry.path from mlgate.yml.
    if (!inputs.registry && !loaded) {
      throw new MlgateError(
        "no registry to register into: the registry input is empty and there is no mlgate.yml",
        {
          hint: "set the action's `registry` input to a directory, or registry.path in mlgate.yml (and its `config` input to the file)",
        },
      );
    }
    const registry = chooseRegistry(loaded, inputs.registry);
    env.logger.info(`registry: ${registry.location}`);
    return register(loaded, inputs, { registry, logger: env.logger, env: process.env });
  },
  outputs: (r) => ({
    version: `v${r.version.version}`,
    tag: r.tag,
    digest: r.digest,
  }),
  // The card without its YAML front matter, which a job summary would show as text.
  summary: (r) =>
    modelCard(r.version, { aliases: r.assigned?.alias ? [r.assigned.alias] : [] }).replace(
      /^---\n[\s\S]*?\n---\n/,
      "",
    ),
});
