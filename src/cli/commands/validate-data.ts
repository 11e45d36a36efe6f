import { type Command, Option } from "commander";
import { contextFrom } from "../context.js";

export function registerValidateData(program: Command): void {
  program
    .command("validate-data")
    .description(
      "Check a data file (and a test file) against its schema: types, missing, ranges, domains, labels, duplicates, leakage",
    )
    .option("--data <file>", "data file: CSV, JSON Lines or Parquet (default: data.train in mlgate.yml)")
    .option("--test <file>", "held-out test file: validated too, and checked for rows shared with --data")
    .option("--schema <file>", "committed data schema (from `mlgate schema infer`)")
    .option("--reference <profile>", "reference profile.json to compare the row count with")
    .option("--label <column>", "label column (default: the schema's, or model.label)")
    .option("--out <dir>", "where validation.json, profile.json and validation.md go", "mlgate-out")
    .addOption(
      new Option("--fail-on <level>", "exit 1 on failing checks only, or on warnings too").choices([
        "error",
        "warn",
      ]),
    )
    .option("--strict", "fail on columns the schema does not know")
    .addHelpText(
      "after",
      "\nExit code: 0 when no check fails (with --fail-on warn: none warns either), 1 otherwise.\n" +
        "\nExamples:\n  $ mlgate validate-data --data data/train.csv --test data/test.csv --schema data/schema.yml\n" +
        "  $ mlgate validate-data --data data/new.parquet --reference mlgate-out/profile.json --json",
    )
    .action(async (opts, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { validateData } = await import("../../commands/validate-data.js");
      const loaded = await ctx.config({ optional: true });
      const result = await validateData(
        loaded,
        {
          data: opts.data,
          test: opts.test,
          schema: opts.schema,
          reference: opts.reference,
          label: opts.label,
          out: opts.out,
          failOn: opts.failOn,
          strict: opts.strict,
        },
        { logger: ctx.logger, progress: ctx.progress },
      );
      ctx.emit(
        {
          status: result.status,
          files: result.files,
          counts: result.validation.counts,
          checks: result.validation.checks,
        },
        `${result.markdown}\nWrote ${result.files.validation}, ${result.files.profile}, ${result.files.report}`,
      );
      if (result.failed) process.exitCode = 1;
    });
}
