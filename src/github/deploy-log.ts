import { randomUUID } from "node:crypto";
import type { DeploymentEntry, DeploymentLog, Logger } from "../core/ports.js";
import { silentLogger } from "../core/ports.js";
import { type GitHubClient, isRequestError, type RepoRef } from "./client.js";
import {
  createDeployment,
  createDeploymentStatus,
  type Deployment,
  listDeploymentStatuses,
  listDeployments,
} from "./deployments.js";

/** The task mlgate's deployments carry, so other tools' deployments to the same environment are left out. */
export const DEPLOY_TASK = "deploy:mlgate";

/** What each deployment's payload holds (and what history reads back). */
interface Payload {
  name: string;
  version: string;
  digest: string;
  rollback: boolean;
  target?: string;
  /** A fresh id per deploy: a create whose answer was lost is found by it instead of made twice. */
  request: string;
}

/**
 * The deployment log on GitHub Deployments: one deployment per deploy (and per rollback, as a
 * deployment of the earlier version) to the GitHub environment, with {name, version, digest} in
 * its payload and statuses queued → in_progress → success | failure carrying environment_url and
 * log_url. A success leaves `auto_inactive` on, so GitHub retires the environment's previous one.
 *
 * Creating a deployment is not idempotent, so the client's own retry is off for it: after a 5xx
 * or a lost answer the environment's deployments are listed and one carrying this request's id is
 * taken as created; only when none is found is the create sent again. Status creation keeps the
 * client's retries (a repeated status is harmless; a missing one is not).
 */
export class GitHubDeploymentLog implements DeploymentLog {
  readonly location: string;
  private readonly byId = new Map<string, Deployment>();

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly opts: { ref: string; logger?: Logger; attempts?: number; serverUrl?: string },
  ) {
    this.location = `${opts.serverUrl ?? "https://github.com"}/${repo.owner}/${repo.repo}/deployments`;
  }

  async start(entry: Omit<DeploymentEntry, "id" | "state" | "createdAt">): Promise<DeploymentEntry> {
    const payload: Payload = {
      name: entry.name,
      version: entry.version,
      digest: entry.digest,
      rollback: entry.rollback,
      ...(entry.target ? { target: entry.target } : {}),
      request: randomUUID(),
    };
    const d = await this.createOnce(entry.environment, payload);
    this.byId.set(String(d.id), d);
    const created: DeploymentEntry = { ...entry, id: String(d.id), state: "queued", createdAt: d.createdAt };
    await createDeploymentStatus(this.client, this.repo, d.id, {
      state: "queued",
      description: `${entry.rollback ? "rollback to" : "deploy"} ${entry.name}@v${entry.version}`,
    });
    return created;
  }

  private async createOnce(environment: string, payload: Payload): Promise<Deployment> {
    const logger = this.opts.logger ?? silentLogger;
    const attempts = this.opts.attempts ?? 4;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await createDeployment(this.client, this.repo, {
          ref: this.opts.ref,
          environment,
          task: DEPLOY_TASK,
          description: `${payload.name}@v${payload.version} (${payload.digest.slice(0, 19)})`,
          payload: { ...payload },
          production: environment === "production" || environment === "prod",
          retries: 0,
        });
      } catch (e) {
        const cause = (e as { cause?: unknown }).cause ?? e;
        // A 4xx is an answer (rate limits were already waited out by the client's throttling).
        if (isRequestError(cause) && cause.status < 500) throw e;
        lastError = e;
        const found = (
          await listDeployments(this.client, this.repo, { environment, task: DEPLOY_TASK })
        ).find((d) => d.payload.request === payload.request);
        if (found) {
          logger.warn(
            `GitHub lost the answer to creating deployment ${found.id}; found it by its request id`,
          );
          return found;
        }
        logger.warn(
          `creating the deployment failed (${(e as Error).message}); attempt ${attempt + 1} of ${attempts}`,
        );
        await new Promise((r) => setTimeout(r, 50 * attempt * attempt));
      }
    }
    throw lastError;
  }

  async update(
    entry: DeploymentEntry,
    state: DeploymentEntry["state"],
    detail: { description?: string; environmentUrl?: string; logUrl?: string } = {},
  ): Promise<DeploymentEntry> {
    await createDeploymentStatus(this.client, this.repo, Number(entry.id), {
      state,
      ...(detail.description ? { description: detail.description } : {}),
      ...(detail.environmentUrl ? { environmentUrl: detail.environmentUrl } : {}),
      ...(detail.logUrl ? { logUrl: detail.logUrl } : {}),
      ...(state === "success" ? { autoInactive: true } : {}),
    });
    return {
      ...entry,
      state,
      ...(detail.environmentUrl ? { url: detail.environmentUrl } : {}),
      ...(detail.description ? { description: detail.description } : {}),
    };
  }

  async lastSuccessful(environment: string, exceptDigest?: string): Promise<DeploymentEntry | undefined> {
    // Newest first; the first one of another digest whose statuses include a success.
    for (const d of await listDeployments(this.client, this.repo, { environment, task: DEPLOY_TASK })) {
      const p = payloadOf(d);
      if (!p || p.digest === exceptDigest) continue;
      const statuses = await listDeploymentStatuses(this.client, this.repo, d.id);
      if (statuses.some((s) => s.state === "success")) return entryOf(d, p, statuses);
    }
    return undefined;
  }

  async history(environment: string): Promise<DeploymentEntry[]> {
    const out: DeploymentEntry[] = [];
    for (const d of await listDeployments(this.client, this.repo, { environment, task: DEPLOY_TASK })) {
      const p = payloadOf(d);
      if (!p) continue;
      out.push(entryOf(d, p, await listDeploymentStatuses(this.client, this.repo, d.id)));
    }
    return out.reverse();
  }
}

function payloadOf(d: Deployment): Payload | undefined {
  const p = d.payload as Partial<Payload>;
  return typeof p.name === "string" && typeof p.version === "string" && typeof p.digest === "string"
    ? (p as Payload)
    : undefined;
}

function entryOf(
  d: Deployment,
  p: Payload,
  statuses: { state: string; environmentUrl?: string; description: string | null }[],
): DeploymentEntry {
  const latest = statuses[0];
  const url = statuses.find((s) => s.environmentUrl)?.environmentUrl;
  return {
    id: String(d.id),
    environment: d.environment,
    name: p.name,
    version: p.version,
    digest: p.digest,
    state: (latest?.state ?? "queued") as DeploymentEntry["state"],
    rollback: p.rollback === true,
    ...(p.target ? { target: p.target } : {}),
    ...(url ? { url } : {}),
    ...(latest?.description ? { description: latest.description } : {}),
    createdAt: d.createdAt,
  };
}
