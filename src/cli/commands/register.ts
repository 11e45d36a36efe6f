import type { Command } from "commander";
import { contextFrom } from "../context.js";

interface RegisterOptions {
  model: string;
  evaluation?: string;
  version?: string;
  stage?: string;
  why?: string;
  allowUngated?: boolean;
  registry?: string;
  profile?: string;
  golden?: string | false;
}

export function registerRegister(program: Command): void {
  program
    .command("register")
    .description("Add a gated model bundle to the registry as a new immutable version")
    .requiredOption("--model <dir>", "model bundle directory (what `mlgate train` wrote)")
    .option("--evaluation <file>", "evaluation.json in which this bundle passed the gate")
    .option(
      "--version <version>",
      "auto (patch; minor when features changed; major when task or classes did) or X.Y.Z",
      "auto",
    )
    .option("--stage <stage>", "also point this stage (alias) at the new version, e.g. champion")
    .option("--why <text>", "why, for the stage's history (with --stage)")
    .option(
      "--allow-ungated",
      "register without a passing evaluation of this bundle (recorded in the version)",
    )
    .option(
      "--profile <profile.json>",
      "training data profile (validate-data's profile.json), kept with the version as drift-check's reference",
    )
    .option(
      "--golden <file>",
      "data file whose first 20 complete rows, with this bundle's predictions, deploy's smoke test replays (default: data.test of mlgate.yml)",
    )
    .option("--no-golden", "store no golden rows (deploy then checks health and metadata only)")
    .option(
      "--registry <path|github>",
      "registry directory, or github for the repository's tags and releases (default: registry in mlgate.yml, else .mlgate/registry)",
    )
    .addHelpText(
      "after",
      "\nThe evaluation must be of this exact bundle (its content digest) and have verdict pass;\n" +
        "otherwise nothing is written unless --allow-ungated.\n" +
        "\nExamples:\n" +
        "  $ mlgate register --model out/model --evaluation out/eval/evaluation.json\n" +
        "  $ mlgate register --model out/model --evaluation out/eval/evaluation.json --stage champion --json\n" +
        "  $ mlgate register --model baseline/model --version 1.0.0 --allow-ungated --registry ../registry",
    )
    .action(async (opts: RegisterOptions, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { register } = await import("../../commands/register.js");
      const { chooseRegistry } = await import("../../wiring.js");
      const loaded = await ctx.config({ optional: true });
      const registry = chooseRegistry(loaded, opts.registry);
      const result = await register(loaded, opts, { registry, logger: ctx.logger, env: process.env });
      const v = result.version;
      ctx.emit(
        { version: v.version, tag: result.tag, digest: result.digest, record: v, assigned: result.assigned },
        `registered ${result.tag} (${v.bump.rule}: ${v.bump.reason})\n` +
          `digest ${result.digest}; gate ${v.gate.status}: ${v.gate.reason}` +
          (result.assigned ? `\n${v.name}#${result.assigned.alias} → ${v.version}` : ""),
      );
    });
}
