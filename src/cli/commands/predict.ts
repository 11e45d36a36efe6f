import type { Command } from "commander";
import { contextFrom } from "../context.js";

export function registerPredict(program: Command): void {
  program
    .command("predict")
    .description("Score a data file with a model bundle and write predictions.csv")
    .requiredOption("-m, --model <dir>", "model bundle directory (the <out>/model that train wrote)")
    .requiredOption("-d, --data <file>", "data to score (CSV, JSONL or Parquet)")
    .requiredOption("-o, --out <file>", "predictions CSV to write")
    .addHelpText(
      "after",
      "\nExample:\n  $ mlgate predict --model out/model --data data/test.csv --out out/predictions.csv",
    )
    .action(async (opts: { model: string; data: string; out: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { predict } = await import("../../commands/predict.js");
      const loaded = await ctx.config({ optional: true });
      const result = await predict(loaded, opts, { logger: ctx.logger, progress: ctx.progress });
      ctx.emit(
        result,
        `${result.rows} predictions → ${result.out}` +
          (result.accuracy !== undefined
            ? ` (accuracy ${result.accuracy.toFixed(4)} on the ${result.labelled} labelled rows)`
            : ""),
      );
    });
}
