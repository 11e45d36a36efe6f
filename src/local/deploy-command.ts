import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { MlgateError } from "../core/errors.js";
import { toJson, writeOutputs } from "../core/io/atomic.js";
import type { DeployRequest, DeployTarget, Logger, ServedVersion } from "../core/ports.js";
import { silentLogger } from "../core/ports.js";
import { runShell } from "../runtime/process.js";

/**
 * The `command` target: the user's own deploy script, run with MLGATE_MODEL_DIR,
 * MLGATE_MODEL_VERSION, MLGATE_MODEL_DIGEST, MLGATE_MODEL_NAME and MLGATE_ENVIRONMENT; it must exit
 * 0 once the version serves at `url`, which is then verified. The script owns the serving, so
 * "remove" is the rollback running it again with the previous version; `current` is what the
 * script was last run with (kept in `<dir>/<env>/command.json`).
 */
export class CommandTarget implements DeployTarget {
  readonly kind = "command";
  constructor(
    private readonly o: { dir: string; command: string; url: string; logger?: Logger; cwd?: string },
  ) {}

  async apply(req: DeployRequest): Promise<ServedVersion> {
    const logger = this.o.logger ?? silentLogger;
    const env = {
      MLGATE_MODEL_DIR: resolve(req.modelDir),
      MLGATE_MODEL_NAME: req.record.name,
      MLGATE_MODEL_VERSION: req.record.version,
      MLGATE_MODEL_DIGEST: req.record.digest,
      MLGATE_ENVIRONMENT: req.environment,
    };
    logger.info(`$ ${this.o.command}  (MLGATE_MODEL_VERSION=${req.record.version})`);
    const code = await runShell(this.o.command, {
      env,
      cwd: this.o.cwd,
      onLine: (l) => logger.info(`  ${l}`),
    });
    const served: ServedVersion = {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url: this.o.url,
    };
    // Recorded whatever the exit code: the script may have replaced what served before it failed.
    await writeOutputs({ [this.stateFile(req.environment)]: toJson(served) });
    if (code !== 0) {
      throw new MlgateError(`the deploy command exited ${code}: ${this.o.command}`, {
        hint: "it must exit 0 once the version serves at --url; its output is above",
      });
    }
    return served;
  }

  async promote(): Promise<void> {}

  async remove(served: ServedVersion): Promise<void> {
    (this.o.logger ?? silentLogger).info(
      `${served.name}@v${served.version} was deployed by your command; the rollback runs it again with the previous version`,
    );
  }

  async current(environment: string): Promise<ServedVersion | undefined> {
    try {
      return JSON.parse(await readFile(this.stateFile(environment), "utf8")) as ServedVersion;
    } catch {
      return undefined;
    }
  }

  private stateFile(environment: string): string {
    return join(this.o.dir, environment, "command.json");
  }
}
