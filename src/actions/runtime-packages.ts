import { planRuntime } from "../commands/runtime-packages.js";
import { MlgateError } from "../core/errors.js";
import { configuredChampion } from "../wiring.js";
import { runAction } from "./door.js";

/**
 * A step of the kit's composite actions (train, evaluate-vs-baseline), not an action of its own:
 * says which optional native packages the step after it needs, where they go and under which
 * cache key, so that the composite restores or installs exactly those. Inputs come as INPUT_*
 * variables set by the composite.
 */
runAction({
  name: "runtime-packages",
  inputs: (read) => {
    const purpose = read.required("for");
    if (purpose !== "train" && purpose !== "score") {
      throw new MlgateError(`input 'for' must be train or score, got '${purpose}'`);
    }
    return {
      for: purpose as "train" | "score",
      backend: read.string("backend"),
      tfjsNode: read.string("tfjs"),
      models: read.list("models"),
      champion: read.bool("champion") ?? false,
      registry: read.string("registry"),
    };
  },
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    // Evaluate compares with the registry's champion when no baseline is given: plan for its format.
    const champion = inputs.champion ? configuredChampion(loaded, inputs.registry) : undefined;
    const plan = await planRuntime(loaded, { ...inputs, champion });
    env.logger.info(
      plan.packages.length
        ? `native packages needed (${plan.reason}): ${plan.specs.join(" ")} → ${plan.dir}/node_modules`
        : `no native packages needed (${plan.reason})`,
    );
    return plan;
  },
  outputs: (plan) => ({
    packages: plan.specs.join(" "),
    dir: plan.dir,
    "node-modules": `${plan.dir}/node_modules`,
    key: plan.key,
  }),
});
