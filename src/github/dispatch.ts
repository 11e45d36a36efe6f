import { type GitHubClient, githubError, type RepoRef } from "./client.js";

/**
 * Starts a `workflow_dispatch` run of `workflow` (file name such as `retrain.yml`, or its id) on
 * `ref`. Inputs are strings on the wire; GitHub accepts at most 25 of them. GitHub answers with
 * the run it started (`return_run_details`), whose id and page come back when it does.
 * `retry: "once"` sends it without automatic retry, for a caller that checks whether a request
 * whose answer was lost started a run before sending it again.
 */
export async function dispatchWorkflow(
  client: GitHubClient,
  repo: RepoRef,
  opts: {
    workflow: string | number;
    ref: string;
    inputs?: Record<string, string | number | boolean>;
    retry?: "auto" | "once";
  },
): Promise<{ runId?: number; url?: string }> {
  try {
    const res = await client.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: opts.workflow,
      ref: opts.ref,
      ...(opts.inputs ? { inputs: opts.inputs } : {}),
      return_run_details: true,
      ...(opts.retry === "once" ? { request: { retries: 0 } } : {}),
    });
    const data = (res as { data?: { workflow_run_id?: number; html_url?: string } }).data;
    return data && typeof data === "object" ? { runId: data.workflow_run_id, url: data.html_url } : {};
  } catch (e) {
    throw githubError(`dispatch workflow ${opts.workflow} on ${opts.ref}`, e);
  }
}

export interface WorkflowRunSummary {
  id: number;
  status: string;
  conclusion: string | null;
  createdAt: string;
  url: string;
}

/** The newest runs of `workflow` started by `event`, newest first (one page: enough to see what is running). */
export async function listWorkflowRuns(
  client: GitHubClient,
  repo: RepoRef,
  opts: { workflow: string | number; event?: string; perPage?: number },
): Promise<WorkflowRunSummary[]> {
  try {
    const { data } = await client.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: opts.workflow,
      ...(opts.event ? { event: opts.event } : {}),
      per_page: opts.perPage ?? 20,
    });
    return data.workflow_runs.map((r) => ({
      id: r.id,
      status: r.status ?? "",
      conclusion: r.conclusion ?? null,
      createdAt: r.created_at,
      url: r.html_url,
    }));
  } catch (e) {
    throw githubError(`list the runs of workflow ${opts.workflow}`, e);
  }
}

/** Sends a `repository_dispatch` event; workflows listening for `eventType` start on the default branch. */
export async function dispatchRepositoryEvent(
  client: GitHubClient,
  repo: RepoRef,
  eventType: string,
  clientPayload: Record<string, unknown> = {},
): Promise<void> {
  try {
    await client.rest.repos.createDispatchEvent({
      ...repo,
      event_type: eventType,
      client_payload: clientPayload,
    });
  } catch (e) {
    throw githubError(`send repository_dispatch '${eventType}'`, e);
  }
}
