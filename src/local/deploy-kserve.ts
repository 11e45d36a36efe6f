import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import type { KserveConfig } from "../core/config/sections/deploy.js";
import { DIGEST_ANNOTATION, inferenceService, serviceName } from "../core/deploy/kserve.js";
import { MlgateError } from "../core/errors.js";
import { toJson, writeOutputs } from "../core/io/atomic.js";
import { readManifest } from "../core/model/manifest.js";
import type { DeployRequest, DeployTarget, Logger, ServedVersion } from "../core/ports.js";
import { silentLogger } from "../core/ports.js";
import { runShell } from "../runtime/process.js";

/**
 * The `kserve` target: writes the version's InferenceService manifest under
 * `<deploy dir>/<env>/kserve/`, and with `apply` runs `kubectl apply -f` and `kubectl wait` for
 * Ready, then reads `.status.url`. KServe rolls the predictor over in place (the old revision
 * serves until the new one is ready), so there is one InferenceService per environment: removing
 * a failed version means applying the previous manifest again, which the rollback does; `remove`
 * deletes the InferenceService only when no version was ever promoted there.
 */
export class KserveTarget implements DeployTarget {
  readonly kind = "kserve";
  constructor(
    private readonly o: {
      dir: string;
      config: KserveConfig;
      apply: boolean;
      kubectl?: string;
      logger?: Logger;
      /** Overrides the URL read from `.status.url` (e.g. a port-forward or ingress the runner can reach). */
      url?: string;
    },
  ) {}

  private get logger(): Logger {
    return this.o.logger ?? silentLogger;
  }

  manifestFile(environment: string, record: { name: string; version: string }): string {
    return join(this.o.dir, environment, "kserve", `${record.name}-${record.version}.yaml`);
  }

  /** Writes the manifest; returns its path and the object. */
  async write(req: DeployRequest): Promise<{ file: string; manifest: Record<string, unknown> }> {
    const bundle = await readManifest(req.modelDir);
    const manifest = inferenceService({
      record: req.record,
      environment: req.environment,
      format: bundle.format,
      config: this.o.config,
    });
    const file = this.manifestFile(req.environment, req.record);
    await writeOutputs({ [file]: stringify(manifest) });
    this.logger.info(`wrote ${file}`);
    return { file, manifest };
  }

  async apply(req: DeployRequest): Promise<ServedVersion> {
    const { file } = await this.write(req);
    const name = serviceName(req.record.name, req.environment);
    if (!this.o.apply) {
      throw new MlgateError(`wrote ${file}; not applied`, {
        hint: "pass --apply to run kubectl apply and verify",
      });
    }
    const ns = this.o.config.namespace;
    await this.kubectl(`apply -f ${quote(file)}`);
    await this.kubectl(
      `wait --for=condition=Ready inferenceservice/${name} -n ${quote(ns)} --timeout=${this.o.config.wait_timeout_s}s`,
    );
    const url =
      this.o.url ??
      (await this.kubectl(`get inferenceservice/${name} -n ${quote(ns)} -o jsonpath={.status.url}`)).trim();
    await writeOutputs({
      [this.appliedFile(req.environment)]: toJson({
        name,
        model: req.record.name,
        file,
        version: req.record.version,
        digest: req.record.digest,
        url,
      }),
    });
    return {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url,
      detail: { manifest: file, service: name, namespace: ns },
    };
  }

  async promote(served: ServedVersion): Promise<void> {
    await writeOutputs({ [this.promotedFile(served.environment)]: toJson({ ...served }) });
  }

  async remove(served: ServedVersion): Promise<void> {
    try {
      await readFile(this.promotedFile(served.environment));
      this.logger.info(`${served.name}@v${served.version} is left for the rollback to replace in place`);
    } catch {
      await this.kubectl(
        `delete inferenceservice/${served.detail?.service} -n ${quote(this.o.config.namespace)} --ignore-not-found`,
      );
      await rm(this.appliedFile(served.environment), { force: true });
    }
  }

  async current(environment: string): Promise<ServedVersion | undefined> {
    // What the cluster runs now (the last applied manifest), not what was last verified.
    try {
      const a = JSON.parse(await readFile(this.appliedFile(environment), "utf8")) as {
        name: string;
        model: string;
        file: string;
        version: string;
        digest: string;
        url: string;
      };
      const digest = this.o.apply
        ? (
            await this.kubectl(
              `get inferenceservice/${a.name} -n ${quote(this.o.config.namespace)} -o jsonpath={.metadata.annotations.${DIGEST_ANNOTATION.replaceAll(".", "\\.")}}`,
            )
          ).trim()
        : a.digest;
      if (digest !== a.digest) return undefined;
      return {
        environment,
        name: a.model,
        version: a.version,
        digest,
        url: a.url,
        detail: { manifest: a.file, service: a.name },
      };
    } catch {
      return undefined;
    }
  }

  private appliedFile(environment: string): string {
    return join(this.o.dir, environment, "kserve", "applied.json");
  }
  private promotedFile(environment: string): string {
    return join(this.o.dir, environment, "kserve", "promoted.json");
  }

  private async kubectl(args: string): Promise<string> {
    const lines: string[] = [];
    const cmd = `${this.o.kubectl ?? "kubectl"} ${args}`;
    this.logger.info(`$ ${cmd}`);
    const code = await runShell(cmd, { env: {}, onLine: (l) => lines.push(l) });
    if (code !== 0) {
      throw new MlgateError(`kubectl failed (exit ${code}): ${cmd}`, {
        hint: lines.slice(-10).join("\n") || "check the cluster context (kubectl config current-context)",
      });
    }
    return lines.join("\n");
  }
}

function quote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}
