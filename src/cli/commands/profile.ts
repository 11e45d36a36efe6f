import type { Command } from "commander";
import { MlgateError } from "../../core/errors.js";
import { contextFrom } from "../context.js";

export function registerProfile(program: Command): void {
  const profile = program
    .command("profile")
    .description(
      "Write a mergeable profile of a data file (counts, moments, quantile, distinct and top-k sketches)",
    )
    .option("--data <file>", "data file: CSV, JSON Lines or Parquet (default: data.train in mlgate.yml)")
    .option(
      "--label <column>",
      "label column (rows with equal features and another label are not duplicates)",
    )
    // Not a requiredOption: commander would demand it of `profile merge` too.
    .option("--out <file>", "profile.json to write (required)")
    .addHelpText("after", "\nExamples:\n  $ mlgate profile --data data/train.csv --out profile.json")
    .action(async (opts, cmd: Command) => {
      if (!opts.out) throw new MlgateError("mlgate profile needs --out <profile.json>");
      const ctx = contextFrom(cmd);
      const { profileData } = await import("../../commands/profile.js");
      const loaded = await ctx.config({ optional: true });
      const { profile, out } = await profileData(
        loaded,
        { data: opts.data, label: opts.label, out: opts.out },
        { logger: ctx.logger, progress: ctx.progress },
      );
      ctx.emit(
        { out, rows: profile.rows, columns: profile.columns.length, duplicate_rows: profile.duplicate_rows },
        `Wrote ${out}: ${profile.rows} rows × ${profile.columns.length} columns, ${profile.duplicate_rows} duplicate rows`,
      );
    });
  profile
    .command("merge")
    .description("Merge profiles of shards into the profile of the whole")
    .argument("<profiles...>", "profile.json files to merge")
    .option("--out <file>", "merged profile.json to write (required)")
    .option("--allow-mismatch", "merge profiles whose columns differ (an absent column counts as missing)")
    .addHelpText("after", "\nExamples:\n  $ mlgate profile merge shard-*/profile.json --out profile.json")
    .action(async (profiles: string[], opts, cmd: Command) => {
      // `profile` has an --out of its own, which commander fills when --out follows the file names.
      const target: string | undefined = opts.out ?? cmd.parent?.opts().out;
      if (!target) throw new MlgateError("mlgate profile merge needs --out <profile.json>");
      const ctx = contextFrom(cmd);
      const { mergeProfileFiles } = await import("../../commands/profile.js");
      const { profile, out } = await mergeProfileFiles({
        profiles,
        out: target,
        allowMismatch: opts.allowMismatch === true,
      });
      ctx.emit(
        { out, rows: profile.rows, sources: profile.sources.length },
        `Wrote ${out}: ${profile.sources.length} profiles, ${profile.rows} rows`,
      );
    });
}
