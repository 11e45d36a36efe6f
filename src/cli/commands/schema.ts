import type { Command } from "commander";
import { contextFrom } from "../context.js";

export function registerSchema(program: Command): void {
  const schema = program.command("schema").description("Data schemas: infer one to review and commit");
  schema
    .command("infer")
    .description("Infer types, missing-value limits, categorical domains, robust ranges and label classes")
    .requiredOption("--data <file>", "data file the schema is inferred from")
    .option("--label <column>", "label column: its classes go into the schema")
    .requiredOption("--out <file>", "schema file to write (.yml/.yaml or .json)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ mlgate schema infer --data data/train.csv --label species --out data/schema.yml",
    )
    .action(async (opts, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { schemaInfer } = await import("../../commands/schema-infer.js");
      const loaded = await ctx.config({ optional: true });
      const { schema: s, out } = await schemaInfer(
        loaded,
        { data: opts.data, label: opts.label, out: opts.out },
        { logger: ctx.logger, progress: ctx.progress },
      );
      ctx.emit(s, `Wrote ${out}: ${s.columns.length} columns${s.label ? `, label '${s.label}'` : ""}`);
    });
}
