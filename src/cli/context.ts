import type { Command } from "commander";
import { type LoadedConfig, loadCommandConfig } from "../core/config/load.js";
import { MlgateError } from "../core/errors.js";
import { toJson } from "../core/io/atomic.js";
import type { Logger, Progress } from "../core/ports.js";
import { terminalLogger, terminalProgress } from "./terminal.js";

export interface GlobalOptions {
  config?: string;
  json?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

/** What every CLI command gets: logging, progress, config, and the output convention. */
export interface CliContext {
  logger: Logger;
  progress: Progress;
  json: boolean;
  /** Loads --config (default ./mlgate.yml). With `optional`, returns undefined when the default file is absent. */
  config(opts?: { optional?: boolean }): Promise<LoadedConfig | undefined>;
  /** Prints `result` as JSON on stdout with --json, otherwise `human` (if any) on stdout. */
  emit(result: unknown, human?: string): void;
}

export function contextFrom(cmd: Command): CliContext {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  const json = g.json === true;
  const logger = terminalLogger({ verbose: g.verbose, quiet: g.quiet });
  return {
    logger,
    progress: terminalProgress({ quiet: g.quiet || json }),
    json,
    config(opts = {}) {
      // --config has a default value, so only a value given on the command line names a file.
      const named = rootCommand(cmd).getOptionValueSource("config") === "cli";
      return loadCommandConfig(named ? g.config : undefined, opts);
    },
    emit(result, human) {
      if (json) process.stdout.write(toJson(result));
      else if (human) process.stdout.write(human.endsWith("\n") ? human : `${human}\n`);
    },
  };
}

/** Parse a CLI number option with a clear error. */
export function intOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n)) throw new MlgateError(`${name} must be an integer, got '${value}'`);
    return n;
  };
}

export function numberOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n))
      throw new MlgateError(`${name} must be a number, got '${value}'`);
    return n;
  };
}

function rootCommand(cmd: Command): Command {
  let c = cmd;
  while (c.parent) c = c.parent;
  return c;
}
