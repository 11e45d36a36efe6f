import { MlgateError } from "../core/errors.js";
import { type Dispatcher, type Logger, silentLogger } from "../core/ports.js";
import { type GitHubClient, isRequestError, type RepoRef } from "./client.js";
import { dispatchRepositoryEvent, dispatchWorkflow, listWorkflowRuns } from "./dispatch.js";

/** Run states GitHub reports before a run has finished. */
const UNFINISHED = new Set(["queued", "in_progress", "requested", "waiting", "pending", "action_required"]);

/**
 * The retraining trigger on GitHub: a `workflow_dispatch` of `workflow` (inputs `reason`,
 * `run_url`, `report_url`, which the retraining workflow declares) or a `repository_dispatch`
 * of `event` (the same in `client_payload`, plus the drift key). `last` answers from the
 * workflow's own runs (event workflow_dispatch, newest first), so a run that is still going blocks
 * a second dispatch whoever started it; a repository_dispatch has no run to ask about, and its
 * dedup rests on the cool-down recorded in the drift issue. The dispatch is sent without automatic
 * retry: when its answer is lost, the runs are listed to see whether it started one before it is
 * sent again.
 */
export function githubDispatcher(opts: {
  client: GitHubClient;
  repo: RepoRef;
  workflow?: string;
  event?: string;
  ref: string;
  logger?: Logger;
}): Dispatcher {
  const { client, repo, workflow, event } = opts;
  const logger = opts.logger ?? silentLogger;
  if (!workflow && !event) {
    throw new MlgateError("no retraining target", {
      hint: "set drift.retrain.workflow or drift.retrain.event in mlgate.yml",
    });
  }
  const newest = async () => {
    if (!workflow) return undefined;
    const [run] = await listWorkflowRuns(client, repo, { workflow, event: "workflow_dispatch", perPage: 10 });
    return run;
  };
  return {
    location: workflow
      ? `workflow ${workflow} in ${repo.owner}/${repo.repo}`
      : `repository_dispatch '${event}' to ${repo.owner}/${repo.repo}`,
    async last() {
      const run = await newest();
      return run && { at: run.createdAt, running: UNFINISHED.has(run.status), url: run.url };
    },
    async dispatch(key, request) {
      const inputs = {
        reason: request.reason.slice(0, 1000),
        run_url: request.links.run ?? "",
        report_url: request.links.report ?? "",
      };
      if (!workflow) {
        await dispatchRepositoryEvent(client, repo, event!, { ...inputs, key });
        return {};
      }
      const before = await newest();
      for (let attempt = 1; ; attempt++) {
        try {
          const started = await dispatchWorkflow(client, repo, {
            workflow,
            ref: opts.ref,
            inputs,
            retry: "once",
          });
          return started.url ? { url: started.url } : {};
        } catch (e) {
          const cause = (e as { cause?: unknown }).cause ?? e;
          if (!(isRequestError(cause) && cause.status >= 500) || attempt >= 3) throw e;
          const after = await newest();
          if (after && after.id !== before?.id) {
            logger.info(`the dispatch's answer was lost, but it started ${after.url}`);
            return { url: after.url };
          }
          logger.warn(`dispatching ${workflow} failed (HTTP ${cause.status}); trying again`);
        }
      }
    },
  };
}
