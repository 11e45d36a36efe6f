import { type Command, Option } from "commander";
import { contextFrom } from "../context.js";

interface EvaluateOptions {
  candidate: string;
  baseline?: string;
  data?: string;
  task?: "classification" | "regression";
  out: string;
  model?: string;
  validation?: string;
  registry?: string;
}

export function registerEvaluate(program: Command): void {
  program
    .command("evaluate")
    .description(
      "Score candidate and baseline on the same test rows, compare them with paired statistics and apply the gate",
    )
    .requiredOption("--candidate <path>", "candidate: model bundle directory or predictions file")
    .option(
      "--baseline <path>",
      "baseline: model bundle directory or predictions file (default: evaluate.baseline, else first-model mode)",
    )
    .option(
      "--registry <path|github>",
      "registry whose champion is the baseline when none is given: a directory, or github for this repository's tags and releases (default: registry: in mlgate.yml, else .mlgate/registry)",
    )
    .option("--data <file>", "test data file (default: data.test in mlgate.yml)")
    .addOption(
      new Option("--task <task>", "task, when there is no mlgate.yml").choices([
        "classification",
        "regression",
      ]),
    )
    .option("--model <name>", "model name for the report (default: model.name in mlgate.yml)")
    .option("--validation <file>", "validation.json from validate-data, summarised in the comment")
    .requiredOption(
      "--out <dir>",
      "output directory: evaluation.json, pr-comment.md, pr-comment.html, predictions",
    )
    .addHelpText(
      "after",
      "\nExit code 1 when the gate blocks the merge.\n\nExamples:\n" +
        "  $ mlgate evaluate --candidate out/model --baseline baseline/model --out out/eval\n" +
        "  $ mlgate evaluate --candidate preds.csv --task classification --out out/eval --json",
    )
    .action(async (opts: EvaluateOptions, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { evaluate } = await import("../../commands/evaluate.js");
      const { choosePublisher } = await import("../../wiring.js");
      const { commentBudget } = await import("../../github/sticky-comment.js");
      const loaded = await ctx.config({ optional: true });
      const { publisher, reason } = choosePublisher({ outDir: opts.out, logger: ctx.logger });
      ctx.logger.debug(`publisher: ${reason}`);
      const { configuredChampion } = await import("../../wiring.js");
      const champion = configuredChampion(loaded, opts.registry, ctx.logger);
      const result = await evaluate(loaded, opts, {
        logger: ctx.logger,
        progress: ctx.progress,
        publisher,
        commentBudget,
        champion,
      });
      const lines = [
        `${result.verdict.toUpperCase()}${result.blocking ? " (blocks the merge)" : ""}: ${result.summary}`,
        ...result.evaluation.comparisons
          .filter((c) => c.verdict !== undefined)
          .map((c) => `  ${c.verdict}: ${c.reasons.join("; ")}`),
        `wrote ${result.files.evaluation}, ${result.files.comment}, ${result.files.html}`,
      ];
      ctx.emit(
        {
          verdict: result.verdict,
          blocking: result.blocking,
          summary: result.summary,
          files: result.files,
          comment: result.commentUrl,
        },
        lines.join("\n"),
      );
      if (result.exitCode !== 0) process.exitCode = result.exitCode;
    });
}
