import { type GitHubClient, githubError, type RepoRef } from "./client.js";

export type DeploymentState =
  | "error"
  | "failure"
  | "inactive"
  | "pending"
  | "success"
  | "queued"
  | "in_progress";

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  url: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string | null;
  environmentUrl: string | undefined;
  logUrl: string | undefined;
}

/**
 * Records a deployment of `ref` to `environment`. Status checks are not required
 * (`required_contexts: []`) and the default branch is not merged in (`auto_merge: false`): the
 * model being deployed was already gated, and a deployment must describe exactly that commit.
 */
export async function createDeployment(
  client: GitHubClient,
  repo: RepoRef,
  opts: {
    ref: string;
    environment: string;
    description?: string;
    payload?: Record<string, unknown>;
    task?: string;
    transient?: boolean;
    production?: boolean;
    /** Attempts the client makes on 5xx; 0 for a caller that checks what a lost answer did first. */
    retries?: number;
  },
): Promise<Deployment> {
  try {
    const res = await client.rest.repos.createDeployment({
      ...repo,
      ref: opts.ref,
      environment: opts.environment,
      task: opts.task ?? "deploy",
      auto_merge: false,
      required_contexts: [],
      payload: opts.payload ?? {},
      ...(opts.description !== undefined ? { description: opts.description } : {}),
      ...(opts.transient !== undefined ? { transient_environment: opts.transient } : {}),
      ...(opts.production !== undefined ? { production_environment: opts.production } : {}),
      ...(opts.retries !== undefined ? { request: { retries: opts.retries } } : {}),
    });
    if (res.status !== 201 || !("id" in res.data)) {
      throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`);
    }
    return toDeployment(res.data);
  } catch (e) {
    throw githubError(`create a deployment of ${opts.ref} to ${opts.environment}`, e);
  }
}

export async function createDeploymentStatus(
  client: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
  opts: {
    state: DeploymentState;
    description?: string;
    environmentUrl?: string;
    logUrl?: string;
    /** GitHub's default (true): a success marks the environment's earlier successful deployments inactive. */
    autoInactive?: boolean;
  },
): Promise<DeploymentStatus> {
  try {
    const { data } = await client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deploymentId,
      state: opts.state,
      ...(opts.description !== undefined ? { description: opts.description.slice(0, 140) } : {}),
      ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
      ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
      ...(opts.autoInactive !== undefined ? { auto_inactive: opts.autoInactive } : {}),
    });
    return toStatus(data);
  } catch (e) {
    throw githubError(`set deployment ${deploymentId} to ${opts.state}`, e);
  }
}

/** Deployments to `environment`, newest first (every page). */
export async function listDeployments(
  client: GitHubClient,
  repo: RepoRef,
  opts: { environment: string; task?: string },
): Promise<Deployment[]> {
  try {
    const all = await client.paginate(client.rest.repos.listDeployments, {
      ...repo,
      environment: opts.environment,
      ...(opts.task ? { task: opts.task } : {}),
      per_page: 100,
    });
    return all.map(toDeployment);
  } catch (e) {
    throw githubError(`list the deployments to ${opts.environment}`, e);
  }
}

function toDeployment(d: {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  url: string;
  payload: unknown;
  created_at: string;
}): Deployment {
  const payload =
    typeof d.payload === "object" && d.payload !== null ? (d.payload as Record<string, unknown>) : {};
  return {
    id: d.id,
    ref: d.ref,
    sha: d.sha,
    environment: d.environment,
    url: d.url,
    payload,
    createdAt: d.created_at,
  };
}

/** Statuses of a deployment, newest first. */
export async function listDeploymentStatuses(
  client: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
): Promise<DeploymentStatus[]> {
  try {
    const all = await client.paginate(client.rest.repos.listDeploymentStatuses, {
      ...repo,
      deployment_id: deploymentId,
      per_page: 100,
    });
    return all.map(toStatus);
  } catch (e) {
    throw githubError(`list the statuses of deployment ${deploymentId}`, e);
  }
}

function toStatus(d: {
  id: number;
  state: DeploymentState;
  description: string | null;
  environment_url?: string;
  log_url?: string;
}): DeploymentStatus {
  return {
    id: d.id,
    state: d.state,
    description: d.description,
    environmentUrl: d.environment_url || undefined,
    logUrl: d.log_url || undefined,
  };
}
