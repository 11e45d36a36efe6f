import * as core from "@actions/core";
import { type LoadedConfig, loadCommandConfig } from "../core/config/load.js";
import { isMlgateError, MlgateError } from "../core/errors.js";
import type { Logger, Progress } from "../core/ports.js";

/** Reads action inputs with types and clear errors naming the input. */
export interface InputReader {
  string(name: string): string | undefined;
  required(name: string): string;
  bool(name: string): boolean | undefined;
  int(name: string): number | undefined;
  list(name: string): string[] | undefined;
}

export interface ActionEnv {
  logger: Logger;
  progress: Progress;
  /** Loads the `config` input (default mlgate.yml); optional configs return undefined when absent. */
  config(opts?: { optional?: boolean }): Promise<LoadedConfig | undefined>;
}

export type OutputValue = string | number | boolean | undefined;

/** One action: inputs → command → outputs/summary/failure. Entry files only call runAction(spec). */
export interface ActionSpec<I, R> {
  name: string;
  inputs(read: InputReader): I;
  run(inputs: I, env: ActionEnv): Promise<R>;
  outputs(result: R): Record<string, OutputValue>;
  /** Markdown for the job summary. */
  summary?(result: R): string | undefined;
  /** A message when the result should fail the step (e.g. a blocked gate). */
  failure?(result: R): string | undefined;
}

export function inputReader(getInput: (name: string) => string = (n) => core.getInput(n)): InputReader {
  const str = (name: string) => {
    const v = getInput(name).trim();
    return v === "" ? undefined : v;
  };
  return {
    string: str,
    required(name) {
      const v = str(name);
      if (v === undefined)
        throw new MlgateError(`input '${name}' is required`, { hint: `add \`${name}:\` under \`with:\`` });
      return v;
    },
    bool(name) {
      const v = str(name);
      if (v === undefined) return undefined;
      if (/^(true|yes|on|1)$/i.test(v)) return true;
      if (/^(false|no|off|0)$/i.test(v)) return false;
      throw new MlgateError(`input '${name}' must be true or false, got '${v}'`);
    },
    int(name) {
      const v = str(name);
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n)) throw new MlgateError(`input '${name}' must be an integer, got '${v}'`);
      return n;
    },
    list(name) {
      const v = str(name);
      if (v === undefined) return undefined;
      return v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    },
  };
}

export function actionsLogger(): Logger {
  const props = (w?: { file?: string; line?: number; title?: string }) =>
    w ? { file: w.file, startLine: w.line, title: w.title } : undefined;
  return {
    info: (m) => core.info(m),
    warn: (m, w) => core.warning(m, props(w)),
    error: (m, w) => core.error(m, props(w)),
    debug: (m) => core.debug(m),
    group: (name, fn) => core.group(name, fn),
  };
}

/** In CI logs a progress line every 10% at most. */
export function actionsProgress(): Progress {
  return {
    start(label, total) {
      let lastDecile = -1;
      const t0 = Date.now();
      return {
        update(done, note) {
          if (!total) return;
          const decile = Math.floor((10 * done) / total);
          if (decile > lastDecile) {
            lastDecile = decile;
            core.info(`${label}: ${decile * 10}%${note ? ` ${note}` : ""}`);
          }
        },
        done(note) {
          core.info(`${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)}s${note ? ` — ${note}` : ""}`);
        },
      };
    },
  };
}

export async function runAction<I, R>(
  spec: ActionSpec<I, R>,
  read: InputReader = inputReader(),
): Promise<void> {
  const logger = actionsLogger();
  try {
    const inputs = spec.inputs(read);
    const env: ActionEnv = {
      logger,
      progress: actionsProgress(),
      config: (opts = {}) => loadCommandConfig(read.string("config"), opts),
    };
    const result = await spec.run(inputs, env);
    for (const [k, v] of Object.entries(spec.outputs(result))) {
      if (v !== undefined) core.setOutput(k, String(v));
    }
    const md = spec.summary?.(result);
    if (md) await core.summary.addRaw(md, true).write();
    const failure = spec.failure?.(result);
    if (failure) core.setFailed(failure);
  } catch (e) {
    if (isMlgateError(e)) {
      // Several problems found together (a config with many mistakes): one annotation each.
      for (const problem of e.problems ?? [e]) {
        const { file, line, column } = problem.location;
        core.error(problem.hint ? `${problem.message}\nhint: ${problem.hint}` : problem.message, {
          title: `mlgate ${spec.name}`,
          file,
          startLine: line,
          startColumn: column,
        });
      }
      core.setFailed(e.problems ? e.format() : e.message);
    } else {
      core.setFailed(`mlgate ${spec.name}: internal error: ${(e as Error)?.stack ?? String(e)}`);
    }
  }
}
