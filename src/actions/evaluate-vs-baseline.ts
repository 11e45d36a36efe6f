import { evaluate } from "../commands/evaluate.js";
import { MlgateError } from "../core/errors.js";
import { commentBudget } from "../github/sticky-comment.js";
import { choosePublisher, configuredChampion } from "../wiring.js";
import { runAction } from "./door.js";

runAction({
  name: "evaluate-vs-baseline",
  inputs: (read) => {
    const task = read.string("task");
    if (task !== undefined && task !== "classification" && task !== "regression") {
      throw new MlgateError(`input 'task' must be classification or regression, got '${task}'`);
    }
    return {
      candidate: read.required("candidate"),
      baseline: read.string("baseline"),
      data: read.string("data"),
      task: task as "classification" | "regression" | undefined,
      out: read.string("out") ?? "mlgate-evaluation",
      model: read.string("model"),
      validation: read.string("validation"),
      token: read.string("github-token"),
      registry: read.string("registry"),
    };
  },
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    const { publisher, reason } = choosePublisher({
      outDir: inputs.out,
      token: inputs.token,
      logger: env.logger,
    });
    env.logger.info(`reports: ${reason}`);
    // As `mlgate evaluate`: with no baseline input and no evaluate.baseline, the registry's
    // champion is the baseline. chooseRegistry (behind configuredChampion) is the one place a
    // backend is picked from the `registry` input: a path, or `github` for the tag-based one.
    const champion = configuredChampion(loaded, inputs.registry, env.logger);
    return evaluate(loaded, inputs, {
      logger: env.logger,
      progress: env.progress,
      publisher,
      commentBudget,
      champion,
    });
  },
  outputs: (r) => ({
    verdict: r.verdict,
    report: r.files.evaluation,
    comment: r.files.comment,
    "comment-url": r.commentUrl,
  }),
  failure: (r) => (r.blocking ? `mlgate gate: ${r.summary}` : undefined),
});
