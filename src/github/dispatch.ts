import { type GitHubClient, githubError, type RepoRef } from "./client.js";

/**
 * Starts a `workflow_dispatch` run of `workflow` (file name such as `retrain.yml`, or its id) on
 * `ref`. Inputs are strings on the wire; GitHub accepts at most 25 of them.
 */
export async function dispatchWorkflow(
  client: GitHubClient,
  repo: RepoRef,
  opts: { workflow: string | number; ref: string; inputs?: Record<string, string | number | boolean> },
): Promise<void> {
  try {
    await client.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: opts.workflow,
      ref: opts.ref,
      ...(opts.inputs ? { inputs: opts.inputs } : {}),
    });
  } catch (e) {
    throw githubError(`dispatch workflow ${opts.workflow} on ${opts.ref}`, e);
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
