import type { Command } from "commander";
import { contextFrom, numberOption } from "../context.js";

export function registerSchema(program: Command): void {
  const schema = program.command("schema").description("Data schemas: infer one to review and commit");
  schema
    .command("infer")
    .description("Infer types, missing-value allowances, categorical domains, ranges and label classes")
    .option("--data <file>", "data file the schema is inferred from (default: data.train in mlgate.yml)")
    .option("--label <column>", "label column: its classes go into the schema")
    .option(
      "-o, --out <file>",
      "schema file to write, .yml/.yaml or .json (default: validate.schema in mlgate.yml, where validate-data reads it)",
    )
    .option(
      "--range-margin <fraction>",
      "move each end of a numeric range out by this fraction of its span (default: 0.1)",
      numberOption("--range-margin"),
    )
    .option(
      "--range-quantile <q>",
      "cover the q and 1-q quantiles instead of the observed min and max, e.g. 0.01 (default: 0)",
      numberOption("--range-quantile"),
    )
    .option(
      "--missing-slack <fraction>",
      "missing fraction allowed beyond 1.5x the observed one; 0 makes complete columns non-nullable (default: 0.01)",
      numberOption("--missing-slack"),
    )
    .addHelpText(
      "after",
      "\nThe written YAML says in comments how each range and missing allowance was derived.\n\nExamples:\n  $ mlgate schema infer                # data.train → validate.schema, both from mlgate.yml\n  $ mlgate schema infer --data data/train.csv --label species --out data/schema.yml\n  $ mlgate schema infer --data data/train.csv --range-quantile 0.01 --range-margin 0.2 --out data/schema.yml",
    )
    .action(async (opts, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { schemaInfer } = await import("../../commands/schema-infer.js");
      const loaded = await ctx.config({ optional: true });
      const { schema: s, out } = await schemaInfer(
        loaded,
        {
          data: opts.data,
          label: opts.label,
          out: opts.out,
          rangeMargin: opts.rangeMargin,
          rangeQuantile: opts.rangeQuantile,
          missingSlack: opts.missingSlack,
        },
        { logger: ctx.logger, progress: ctx.progress },
      );
      ctx.emit(s, `Wrote ${out}: ${s.columns.length} columns${s.label ? `, label '${s.label}'` : ""}`);
    });
}
