import type { Command } from "commander";
import { stringify } from "yaml";
import { configJsonSchema } from "../../core/config/schema.js";
import { contextFrom } from "../context.js";

export function registerConfig(program: Command): void {
  const config = program.command("config").description("Check mlgate.yml or print its JSON Schema");
  config
    .command("check")
    .description("Validate mlgate.yml and print it with every default filled in")
    .addHelpText(
      "after",
      "\nExamples:\n  $ mlgate config check\n  $ mlgate --config ml/mlgate.yml config check --json",
    )
    .action(async (_opts, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const loaded = await ctx.config();
      // As YAML, so that what is printed can be read, diffed and pasted back into mlgate.yml.
      const resolved = stringify(loaded!.config, { lineWidth: 0 });
      ctx.emit(
        loaded!.config,
        `# ${loaded!.file}: ok; the config as mlgate reads it, defaults filled in\n${resolved}`,
      );
    });
  config
    .command("schema")
    .description("Print the JSON Schema of mlgate.yml (for editor completion)")
    .action((_opts, cmd: Command) => {
      process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
      void cmd;
    });
}
