import { type Command, Option } from "commander";
import { MlgateError } from "../../core/errors.js";
import { contextFrom, intOption } from "../context.js";

const BACKENDS = ["auto", "tensorflow-gpu", "tensorflow", "webgpu", "wasm", "cpu"] as const;

export function registerTrain(program: Command): void {
  program
    .command("train")
    .description(
      "Train the model in mlgate.yml (built-in tfjs trainer, or train.command) into a model bundle",
    )
    .option("--data <file>", "training data (default: data.train from mlgate.yml)")
    .option("--test <file>", "test data scored after training (default: data.test)")
    .addOption(new Option("--backend <name>", "tfjs backend (default: train.backend)").choices(BACKENDS))
    .option("--seed <n>", "random seed (default: train.seed)", intOption("--seed"))
    .requiredOption("-o, --out <dir>", "output directory: <dir>/model/ and <dir>/train.json")
    .addHelpText(
      "after",
      "\nExamples:\n  $ mlgate train --out out\n  $ mlgate train --data data/train.csv --backend wasm --seed 1 --out out --json",
    )
    .action(
      async (
        opts: {
          data?: string;
          test?: string;
          backend?: (typeof BACKENDS)[number];
          seed?: number;
          out: string;
        },
        cmd: Command,
      ) => {
        const ctx = contextFrom(cmd);
        const { train } = await import("../../commands/train.js");
        const loaded = await ctx.config();
        if (!loaded) throw new MlgateError("mlgate train needs mlgate.yml", { hint: "pass --config <file>" });
        const result = await train(
          loaded,
          { ...opts, env: process.env },
          { logger: ctx.logger, progress: ctx.progress },
        );
        const { report } = result;
        const metrics = Object.entries(report.metrics)
          .map(([k, v]) => `  ${k}: ${Number(v.toPrecision(4))}`)
          .join("\n");
        ctx.emit(
          {
            ...report,
            model_dir: result.modelDir,
            train_json: result.reportFile,
            learning_curves: result.learningCurves,
            summary_markdown: result.summaryMarkdown,
          },
          `model: ${result.modelDir}\nreport: ${result.reportFile}\nbackend: ${report.backend} on ${report.device}` +
            (report.samples_per_second !== undefined ? ` (${report.samples_per_second} samples/s)` : "") +
            (metrics ? `\n${metrics}` : ""),
        );
      },
    );
}
