import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { LoadedConfig } from "../core/config/load.js";
import { serveSection } from "../core/config/sections/serve.js";
import { MlgateError } from "../core/errors.js";
import { toJson, writeOutputs } from "../core/io/atomic.js";
import { loadModelBundle } from "../core/model/bundle.js";
import type { Logger, ModelRegistry } from "../core/ports.js";
import { hashBundleDir } from "../core/registry/bundle-files.js";
import { parseSemver } from "../core/registry/semver.js";
import { createHandler, type Handler } from "../core/serve/handler.js";
import { ServedModel } from "../core/serve/model.js";
import { ServeMetrics } from "../core/serve/serve-metrics.js";
import { listen } from "../runtime/http-listener.js";
import { InferenceLogWriter } from "../runtime/inference-log.js";
import { VERSION } from "../version.js";
import { resolveRef } from "./registry.js";

export interface ServeInputs {
  /** A bundle directory, or a registry reference (`penguins#prod`, `penguins@v1.2.0`). */
  model: string;
  host: string;
  port: number;
  inferenceLog?: string;
  sampleRate?: number;
  stateFile?: string;
  /**
   * The registry version a bundle directory is (deploy's local target passes the one it pulled), so
   * that the metadata, /metrics and every inference-log row name it. A registry reference brings its own.
   */
  modelVersion?: string;
}

/**
 * What `--state-file` holds while the server listens (written whole, removed on a clean exit): the
 * contract a supervisor (deploy's local target) reads to find and verify the server.
 */
export interface ServeState {
  url: string;
  pid: number;
  model: string;
  version: string | null;
  digest: string;
  started_at: string;
}

export interface RunningServer {
  state: ServeState;
  handler: Handler;
  /** Drains in-flight requests, writes the queued inference log, removes the state file. */
  stop(): Promise<void>;
}

/** A bundle directory as served: itself, or a registry version pulled (digest verified) into a temporary directory. */
async function resolveModel(
  text: string,
  registry: (() => ModelRegistry) | undefined,
  logger: Logger,
  version: string | undefined,
): Promise<{ dir: string; version?: string; digest: string; release(): Promise<void> }> {
  const asDir = resolve(text);
  const isDir = await stat(asDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir) {
    const { digest } = await hashBundleDir(asDir);
    return { dir: asDir, digest, ...(version === undefined ? {} : { version }), release: async () => {} };
  }
  if (!/[@#]/.test(text) || !registry) {
    throw new MlgateError(`--model '${text}' is neither a bundle directory nor a registry reference`, {
      hint: "pass the model directory `mlgate train` wrote, or a reference such as penguins#prod or penguins@v1.2.0",
    });
  }
  const reg = registry();
  const record = await resolveRef(reg, text);
  const tmp = await mkdtemp(join(tmpdir(), "mlgate-serve-"));
  const dir = join(tmp, `${record.name}-v${record.version}`);
  try {
    await reg.pull(record, dir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  if (version !== undefined && version !== record.version) {
    throw new MlgateError(`--model ${text} is ${record.tag}, not version ${version} (--model-version)`, {
      hint: "--model-version names the version of a bundle directory; a registry reference brings its own",
    });
  }
  logger.info(`${text} is ${record.tag} (${record.digest}), pulled from ${reg.location}`);
  return {
    dir,
    version: record.version,
    digest: record.digest,
    release: () => rm(tmp, { recursive: true, force: true }),
  };
}

/** `mlgate serve`: loads the model once and listens until `stop()`. */
export async function startServe(
  loaded: LoadedConfig | undefined,
  inputs: ServeInputs,
  ports: { logger: Logger; registry?: () => ModelRegistry },
): Promise<RunningServer> {
  const settings = loaded?.config.serve ?? serveSection.parse({});
  const sampleRate = inputs.sampleRate ?? settings.sample_rate;
  if (!(sampleRate >= 0 && sampleRate <= 1)) {
    throw new MlgateError(`--sample-rate must be between 0 and 1, got ${sampleRate}`);
  }
  if (!Number.isInteger(inputs.port) || inputs.port < 0 || inputs.port > 65535) {
    throw new MlgateError(`--port must be an integer from 0 to 65535, got ${inputs.port}`);
  }
  const logDir =
    inputs.inferenceLog !== undefined
      ? resolve(inputs.inferenceLog)
      : settings.inference_log !== undefined
        ? resolve(loaded?.dir ?? ".", settings.inference_log)
        : undefined;
  const stateFile = inputs.stateFile === undefined ? undefined : resolve(inputs.stateFile);

  if (inputs.modelVersion !== undefined && !parseSemver(inputs.modelVersion)) {
    throw new MlgateError(`--model-version ${inputs.modelVersion} is not a semantic version`, {
      hint: "pass the registry version the bundle is, such as 1.2.0",
    });
  }
  const source = await resolveModel(inputs.model, ports.registry, ports.logger, inputs.modelVersion);
  let model: ServedModel | undefined;
  try {
    const bundle = await loadModelBundle(source.dir);
    model = new ServedModel(
      {
        name: bundle.manifest.name,
        ...(source.version === undefined ? {} : { version: source.version }),
        digest: source.digest,
      },
      bundle.manifest,
      source.dir,
      bundle.scorer,
      // Requests read in the same turn of the event loop are scored in one forward pass.
      () => new Promise<void>((r) => setImmediate(r)),
    );
  } catch (e) {
    await source.release();
    throw e;
  }
  const served = model;
  const metrics = new ServeMetrics(served);
  const log = logDir
    ? new InferenceLogWriter({
        dir: logDir,
        identity: served.identity,
        classes: served.classes,
        sampleRate,
        rotateBytes: settings.rotate_bytes,
        metrics,
      })
    : undefined;
  const handler = createHandler({
    model: served,
    serverVersion: VERSION,
    maxBodyBytes: settings.max_body_bytes,
    maxRows: settings.max_rows,
    metrics,
    ...(log ? { log } : {}),
  });
  let listener: Awaited<ReturnType<typeof listen>>;
  try {
    listener = await listen(handler.handle, {
      host: inputs.host,
      port: inputs.port,
      maxBodyBytes: settings.max_body_bytes,
    });
  } catch (e) {
    served.dispose();
    await source.release();
    const code = (e as NodeJS.ErrnoException).code;
    throw new MlgateError(
      `cannot listen on ${inputs.host}:${inputs.port} (${code ?? (e as Error).message})`,
      {
        hint:
          code === "EADDRINUSE"
            ? "another process holds the port; pick another --port, or --port 0 for a free one"
            : undefined,
      },
    );
  }
  const state: ServeState = {
    url: listener.url,
    pid: process.pid,
    model: served.identity.name,
    version: served.identity.version ?? null,
    digest: served.identity.digest,
    started_at: new Date().toISOString(),
  };
  if (stateFile) await writeOutputs({ [stateFile]: toJson(state) });
  ports.logger.info(
    `serving ${state.model}${state.version ? ` v${state.version}` : ""} (${state.digest}) from ${source.dir}` +
      (logDir ? `; inference log in ${logDir} (sample rate ${sampleRate})` : ""),
  );
  let stopping: Promise<void> | undefined;
  return {
    state,
    handler,
    stop() {
      stopping ??= (async () => {
        handler.drain();
        await listener.close();
        await log?.close();
        if (log?.error) ports.logger.warn(`the inference log stopped: ${log.error.message}`);
        served.dispose();
        if (stateFile) await rm(stateFile, { force: true });
        await source.release();
      })();
      return stopping;
    },
  };
}
