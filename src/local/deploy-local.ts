import { mkdir, readFile, rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { MlgateError } from "../core/errors.js";
import { toJson, writeOutputs } from "../core/io/atomic.js";
import type { DeployRequest, DeployTarget, Logger, ServedVersion } from "../core/ports.js";
import { silentLogger } from "../core/ports.js";
import { isAlive, startDetached, stopProcess } from "../runtime/process.js";

/** What `mlgate serve` writes to its --state-file once it listens. */
interface ServeState {
  url: string;
  pid: number;
  model?: string;
  version?: string;
  digest?: string;
  started_at?: string;
}

/** `.mlgate/deploy/<env>/current.json`: the server answering for the environment. */
export interface LocalCurrent {
  environment: string;
  name: string;
  version: string;
  digest: string;
  url: string;
  port: number;
  pid: number;
  state_file: string;
  log: string;
  model_dir: string;
  started_at: string;
}

export interface LocalTargetOptions {
  /** The deploy directory (default `.mlgate/deploy`); each environment has a folder in it. */
  dir: string;
  /** The server's command line before its options: `[node, bin/mlgate.js, "serve"]`. */
  serveCommand: readonly string[];
  startTimeoutMs?: number;
  /**
   * How long the old server keeps listening after current.json names the new one: clients that
   * read the old URL just before the switch still get an answer. SIGTERM then drains in-flight
   * requests.
   */
  drainDelayMs?: number;
  stopTimeoutMs?: number;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
}

/** Where a deploy pulls a version's bundle: unique per deploy (pull needs an empty directory). */
export function deployBundleDir(dir: string, environment: string, version: string): string {
  return join(resolve(dir), environment, "bundles", `${version}-${Date.now().toString(36)}`);
}

/**
 * The `local` target: `mlgate serve` as a detached background process per version. A new version
 * starts beside the current one on a free port; promote rewrites current.json (atomically, by
 * rename) and only then stops the old server, so whoever reads current.json for the URL is always
 * answered. Idempotent per (environment, digest): applying what serves returns it.
 */
export class LocalTarget implements DeployTarget {
  readonly kind = "local";
  private readonly o: Required<Omit<LocalTargetOptions, "env">> & { env?: NodeJS.ProcessEnv };

  constructor(opts: LocalTargetOptions) {
    this.o = {
      startTimeoutMs: 60_000,
      drainDelayMs: 1000,
      stopTimeoutMs: 10_000,
      logger: silentLogger,
      ...opts,
      dir: resolve(opts.dir),
    };
  }

  envDir(environment: string): string {
    return join(this.o.dir, environment);
  }

  /** Where a version's bundle is pulled for this environment (see `deployBundleDir`). */
  bundleDir(environment: string, version: string): string {
    return deployBundleDir(this.o.dir, environment, version);
  }

  async apply(req: DeployRequest): Promise<ServedVersion> {
    const now = await this.current(req.environment);
    if (now?.digest === req.record.digest) {
      if (resolve(req.modelDir) !== resolve(String(now.detail?.model_dir)))
        await this.dropBundle(req.modelDir);
      this.o.logger.info(
        `${req.record.tag} already serves ${req.environment} at ${now.url} (pid ${now.detail?.pid})`,
      );
      return now;
    }
    const servers = join(this.envDir(req.environment), "servers");
    await mkdir(servers, { recursive: true });
    const id = `${req.record.version}-${Date.now().toString(36)}`;
    const stateFile = join(servers, `${id}.json`);
    const logFile = join(servers, `${id}.log`);
    const argv = [
      ...this.o.serveCommand,
      "--model",
      resolve(req.modelDir),
      "--model-version",
      req.record.version,
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "--state-file",
      stateFile,
    ];
    this.o.logger.info(`starting ${req.record.tag} for ${req.environment}: ${argv.join(" ")}`);
    const { pid, state } = await startDetached<ServeState>(argv, {
      logFile,
      stateFile,
      timeoutMs: this.o.startTimeoutMs,
      env: this.o.env,
    });
    if (state.digest && state.digest !== req.record.digest) {
      await stopProcess(pid, { timeoutMs: this.o.stopTimeoutMs });
      throw new MlgateError(
        `the server started for ${req.record.tag} serves digest ${state.digest}, not ${req.record.digest}`,
        { location: { file: stateFile }, hint: "the pulled bundle is not the registered one; pull it again" },
      );
    }
    const port = Number(new URL(state.url).port);
    this.o.logger.info(`${req.record.tag} listening on ${state.url} (pid ${pid}, log ${logFile})`);
    return {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url: state.url,
      detail: {
        pid,
        port,
        state_file: stateFile,
        log: logFile,
        model_dir: resolve(req.modelDir),
        started_at: state.started_at ?? new Date().toISOString(),
      },
    };
  }

  async promote(served: ServedVersion): Promise<void> {
    const previous = await this.readCurrent(served.environment);
    const d = served.detail ?? {};
    const current: LocalCurrent = {
      environment: served.environment,
      name: served.name,
      version: served.version,
      digest: served.digest,
      url: served.url,
      port: Number(d.port),
      pid: Number(d.pid),
      state_file: String(d.state_file),
      log: String(d.log),
      model_dir: String(d.model_dir),
      started_at: String(d.started_at),
    };
    await writeOutputs({ [this.currentFile(served.environment)]: toJson(current) });
    if (previous && previous.pid !== current.pid) {
      await new Promise((r) => setTimeout(r, this.o.drainDelayMs));
      await this.stop(previous);
      this.o.logger.info(
        `stopped ${previous.name}@v${previous.version} (pid ${previous.pid}) on ${previous.url}`,
      );
    }
  }

  async remove(served: ServedVersion): Promise<void> {
    const current = await this.readCurrent(served.environment);
    const pid = Number(served.detail?.pid);
    if (current?.pid === pid) await rm(this.currentFile(served.environment), { force: true });
    await this.stop({
      pid,
      state_file: String(served.detail?.state_file ?? ""),
      model_dir: String(served.detail?.model_dir ?? ""),
    });
  }

  async current(environment: string): Promise<ServedVersion | undefined> {
    const c = await this.readCurrent(environment);
    if (!c || !isAlive(c.pid)) return undefined;
    const { environment: env, name, version, digest, url, ...detail } = c;
    return { environment: env, name, version, digest, url, detail };
  }

  /** current.json as written, whether or not its process still runs (for `deploy status`). */
  async readCurrent(environment: string): Promise<LocalCurrent | undefined> {
    try {
      return JSON.parse(await readFile(this.currentFile(environment), "utf8")) as LocalCurrent;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  currentFile(environment: string): string {
    return join(this.envDir(environment), "current.json");
  }

  private async stop(s: Pick<LocalCurrent, "pid" | "state_file" | "model_dir">): Promise<void> {
    if (Number.isInteger(s.pid) && s.pid > 0) await stopProcess(s.pid, { timeoutMs: this.o.stopTimeoutMs });
    if (s.state_file) await rm(s.state_file, { force: true });
    if (s.model_dir) await this.dropBundle(s.model_dir);
  }

  /** Removes a pulled bundle, only ever one under this target's directory. */
  private async dropBundle(dir: string): Promise<void> {
    const inside = relative(this.o.dir, resolve(dir));
    if (inside && !inside.startsWith("..")) await rm(dir, { recursive: true, force: true });
  }
}
