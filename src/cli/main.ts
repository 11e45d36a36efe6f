import { Command, CommanderError } from "commander";
import { isMlgateError } from "../core/errors.js";
import { VERSION } from "../version.js";
import { registerConfig } from "./commands/config.js";
import { registerDeploy, registerRollback } from "./commands/deploy.js";
import { registerDriftCheck } from "./commands/drift-check.js";
import { registerEvaluate } from "./commands/evaluate.js";
import { registerPredict } from "./commands/predict.js";
import { registerProfile } from "./commands/profile.js";
import { registerPublish } from "./commands/publish.js";
import { registerRegister } from "./commands/register.js";
import { registerRegistry } from "./commands/registry.js";
import { registerSchema } from "./commands/schema.js";
import { registerServe } from "./commands/serve.js";
import { registerTrain } from "./commands/train.js";
import { registerValidateData } from "./commands/validate-data.js";

/**
 * Every CLI command, in the order of the loop. Each registration loads its command's code only when
 * that command runs, so `mlgate --help` does not load tfjs, octokit and the data readers.
 */
const registrations: ((program: Command) => void)[] = [
  registerValidateData,
  registerSchema,
  registerProfile,
  registerTrain,
  registerPredict,
  registerEvaluate,
  registerRegister,
  registerRegistry,
  registerServe,
  registerDeploy,
  registerRollback,
  registerPublish,
  registerDriftCheck,
  registerConfig,
];

/**
 * `rootVersion: false` leaves `--version` to the command: commander lets a root option win
 * wherever it appears, and `register --version 1.2.3` names the version to register.
 */
export function buildProgram(opts: { rootVersion?: boolean } = {}): Command {
  const program = new Command("mlgate").description(
    "CI/CD/CT for machine learning: validate data, train, gate a candidate against its baseline.\n" +
      "The same code as the mlgate GitHub Actions, run locally on embedded defaults.",
  );
  if (opts.rootVersion !== false) program.version(VERSION, "-V, --version");
  program
    .option("-c, --config <file>", "config file", "mlgate.yml")
    .option("--json", "machine-readable result on stdout (logs stay on stderr)")
    .option("-v, --verbose", "debug logging")
    .option("-q, --quiet", "only warnings and errors")
    .showHelpAfterError("(run with --help for usage)")
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .addHelpText(
      "after",
      "\nGet started:\n  $ cd example-repo && mlgate validate-data --data data/train.csv\n\nDocs: README.md, docs/architecture.md",
    );
  for (const register of registrations) register(program);
  return program;
}

/** Whether the command line names a command (its first word that is not a global option or its value). */
function namesCommand(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-c" || a === "--config") i++;
    else if (!a.startsWith("-")) return true;
  }
  return false;
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram({ rootVersion: !namesCommand(argv) });
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (isMlgateError(e)) {
      process.stderr.write(`mlgate: ${e.format()}\n`);
      return e.exitCode;
    }
    process.stderr.write(`mlgate: internal error — please report it with the command you ran\n`);
    process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}
