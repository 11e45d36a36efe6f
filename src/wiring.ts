import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { actorFrom } from "./commands/registry.js";
import type { LoadedConfig } from "./core/config/load.js";
import { type DeployConfig, deploySection } from "./core/config/sections/deploy.js";
import type { DriftConfig } from "./core/config/sections/drift.js";
import type { VersionRecord } from "./core/contracts/version.js";
import type { DeployPorts } from "./core/deploy/machine.js";
import { verifyServed } from "./core/deploy/verify.js";
import { MlgateError } from "./core/errors.js";
import type { ChampionLookup } from "./core/evaluate/baseline.js";
import type {
  Alerts,
  DeploymentLog,
  DeployTarget,
  Dispatcher,
  Logger,
  ModelRegistry,
  Progress,
  Publisher,
} from "./core/ports.js";
import { githubAlerts } from "./github/alerts.js";
import {
  apiBaseUrl,
  githubClient,
  type RetryTiming,
  readActionsContext,
  tokenFrom,
} from "./github/client.js";
import { GitHubDeploymentLog } from "./github/deploy-log.js";
import { appendJobSummary, githubPublisher } from "./github/publisher.js";
import { githubRegistryFromEnv } from "./github/registry.js";
import { githubDispatcher } from "./github/retrain.js";
import { localAlerts, localDispatcher } from "./local/alerts.js";
import { CommandTarget } from "./local/deploy-command.js";
import { KserveTarget } from "./local/deploy-kserve.js";
import { deployBundleDir, LocalTarget } from "./local/deploy-local.js";
import { LocalDeploymentLog } from "./local/deploy-log.js";
import { localPublisher } from "./local/publisher.js";
import { DirRegistry, registryChampion } from "./local/registry.js";

/*
 * Wiring: the one module that picks, from config and environment, which implementation of a port a
 * command gets — the embedded default under src/local or the GitHub adapter under src/github. The
 * doors (src/cli, src/actions) call these; commands never ask where they run, and neither adapter
 * folder imports the other.
 */

export interface PublisherChoice {
  publisher: Publisher;
  kind: "github" | "local";
  /** Why this one, for the log. */
  reason: string;
}

/**
 * The one place that decides where reports go. GitHub inside Actions on a pull request with a
 * token; the local files otherwise. A fork's `pull_request` run has a read-only token, so it
 * writes files too (and so does any run whose token turns out read-only): the `pull_request` job
 * uploads them and a `workflow_run` job with write permission runs `mlgate publish`.
 */
export function choosePublisher(opts: {
  outDir: string;
  env?: NodeJS.ProcessEnv;
  token?: string;
  logger?: Logger;
  timing?: Partial<RetryTiming>;
  writeSummary?: (markdown: string) => Promise<void>;
}): PublisherChoice {
  const env = opts.env ?? process.env;
  const files = localPublisher(opts.outDir);
  if (env.GITHUB_ACTIONS !== "true") {
    return {
      publisher: files,
      kind: "local",
      reason: `not in GitHub Actions: wrote files to ${opts.outDir}`,
    };
  }
  // Inside Actions the job summary is there whatever the token or event, and the comment and the
  // check point to it: the files go to --out, and the summary to the job summary as well.
  const writeSummary = opts.writeSummary ?? (env.GITHUB_STEP_SUMMARY ? appendJobSummary : undefined);
  const local: Publisher = writeSummary
    ? {
        ...files,
        async summary(markdown) {
          await files.summary(markdown);
          await writeSummary(markdown);
        },
      }
    : files;
  const localChoice = (reason: string): PublisherChoice => ({ publisher: local, kind: "local", reason });
  const ctx = readActionsContext(env);
  if (!ctx.pullRequest) {
    return localChoice(
      `event ${ctx.eventName || "(none)"} is not a pull request: wrote files to ${opts.outDir}`,
    );
  }
  const token = opts.token ?? tokenFrom(env);
  if (!token) return localChoice(`no token (pass github-token): wrote files to ${opts.outDir}`);
  if (ctx.eventName === "pull_request" && ctx.pullRequest.fromFork) {
    return localChoice(
      `pull request #${ctx.pullRequest.number} comes from a fork, whose token is read-only: wrote files to ` +
        `${opts.outDir}; upload them as an artifact and the workflow_run poster (\`mlgate publish\`) publishes them`,
    );
  }
  const client = githubClient({
    token,
    baseUrl: apiBaseUrl(env),
    logger: opts.logger,
    timing: opts.timing,
  });
  return {
    kind: "github",
    reason: `pull request #${ctx.pullRequest.number}: posting to GitHub`,
    publisher: githubPublisher({
      client,
      repo: ctx.repo,
      pullNumber: ctx.pullRequest.number,
      headSha: ctx.pullRequest.headSha,
      logger: opts.logger,
      detailsUrl: ctx.runId
        ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`
        : undefined,
      writeSummary: opts.writeSummary,
      fallback: files,
    }),
  };
}

/**
 * The registry a command uses: `--registry github` or registry.backend `github` in mlgate.yml,
 * the workflow repository's tags and releases (token and repository from the environment, as
 * every GitHub adapter takes them); else `--registry <path>` (against the working directory),
 * else registry.path from mlgate.yml (against the file's directory), else `.mlgate/registry` in
 * the working directory.
 */
export function chooseRegistry(
  loaded: { config: { registry: { path: string; backend?: string } }; dir: string } | undefined,
  flag: string | undefined,
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): ModelRegistry {
  if (flag === "github" || (flag === undefined && loaded?.config.registry.backend === "github")) {
    return githubRegistryFromEnv(env);
  }
  if (flag) return new DirRegistry(resolve(cwd, flag));
  return new DirRegistry(resolve(loaded?.dir ?? cwd, loaded?.config.registry.path ?? ".mlgate/registry"));
}

/**
 * The champion lookup of a command that takes a baseline (evaluate, and the plan of what scoring
 * needs): the registry chosen from `--registry` / the `registry` input or mlgate.yml, opened only
 * when the champion is asked for, so a run given its baseline never depends on the registry.
 */
export function configuredChampion(
  loaded: { config: { registry: { path: string; champion: string } }; dir: string } | undefined,
  flag: string | undefined,
  logger?: { info(message: string): void },
): ChampionLookup {
  const alias = loaded?.config.registry.champion ?? "champion";
  return {
    alias,
    async champion(model) {
      const registry = chooseRegistry(loaded, flag);
      logger?.info(`registry: ${registry.location}`);
      return registryChampion(registry, { alias, logger }).champion(model);
    },
  };
}

export interface DriftPortsChoice {
  alerts: Alerts;
  /** Absent when mlgate.yml names no retraining workflow or event. */
  dispatcher?: Dispatcher;
  kind: "github" | "local";
  reason: string;
  /** The workflow run's page, for the issue and the dispatch's inputs. */
  runUrl?: string;
}

/**
 * Where drift-check's issue and retraining dispatch go: GitHub inside Actions with a token (any
 * event: drift runs on a schedule, not on pull requests); files under `outDir` otherwise
 * (`issue.md`, `issue.json`, `dispatch.json`: what would have been sent).
 */
export function chooseDriftPorts(opts: {
  outDir: string;
  policy: DriftConfig;
  env?: NodeJS.ProcessEnv;
  token?: string;
  logger?: Logger;
  timing?: Partial<RetryTiming>;
}): DriftPortsChoice {
  const env = opts.env ?? process.env;
  const { workflow, event } = opts.policy.retrain;
  const target = workflow ? `workflow:${workflow}` : event ? `event:${event}` : undefined;
  const local = (reason: string, runUrl?: string): DriftPortsChoice => ({
    alerts: localAlerts(opts.outDir),
    ...(target ? { dispatcher: localDispatcher(opts.outDir, target) } : {}),
    kind: "local",
    reason,
    ...(runUrl ? { runUrl } : {}),
  });
  if (env.GITHUB_ACTIONS !== "true")
    return local(`not in GitHub Actions: issue and dispatch written to ${opts.outDir}`);
  const ctx = readActionsContext(env);
  const runUrl = ctx.runId
    ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`
    : undefined;
  const token = opts.token ?? tokenFrom(env);
  if (!token)
    return local(`no token (pass github-token): issue and dispatch written to ${opts.outDir}`, runUrl);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  const repository = ctx.payload.repository as { default_branch?: string } | undefined;
  const ref = opts.policy.retrain.ref ?? repository?.default_branch ?? env.GITHUB_REF_NAME ?? "main";
  return {
    kind: "github",
    reason: `posting the drift issue to ${ctx.repo.owner}/${ctx.repo.repo}`,
    alerts: githubAlerts({ client, repo: ctx.repo, logger: opts.logger, labels: opts.policy.issue.labels }),
    ...(target
      ? {
          dispatcher: githubDispatcher({ client, repo: ctx.repo, workflow, event, ref, logger: opts.logger }),
        }
      : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}
/** Where deploy keeps its state: deploy.dir of mlgate.yml (against its directory), else `.mlgate/deploy`. */
export function deployDir(
  loaded: { config: { deploy?: DeployConfig }; dir: string } | undefined,
  cwd: string = process.cwd(),
): string {
  return resolve(loaded?.dir ?? cwd, loaded?.config.deploy?.dir ?? ".mlgate/deploy");
}

/**
 * The deployment log: GitHub Deployments inside Actions with a token (the workflow's repository,
 * its commit as the ref, the run as the log URL), the JSON Lines file under the deploy directory
 * otherwise.
 */
export function chooseDeploymentLog(opts: {
  dir: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  timing?: Partial<RetryTiming>;
}): { log: DeploymentLog; logUrl?: string } {
  const env = opts.env ?? process.env;
  const token = tokenFrom(env);
  if (env.GITHUB_ACTIONS !== "true" || !token) return { log: new LocalDeploymentLog(opts.dir) };
  const ctx = readActionsContext(env);
  const client = githubClient({ token, baseUrl: apiBaseUrl(env), logger: opts.logger, timing: opts.timing });
  const logUrl = ctx.runId
    ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`
    : undefined;
  return {
    log: new GitHubDeploymentLog(client, ctx.repo, {
      ref: ctx.sha ?? env.GITHUB_REF_NAME ?? "HEAD",
      logger: opts.logger,
      serverUrl: ctx.serverUrl,
    }),
    ...(logUrl ? { logUrl } : {}),
  };
}

/** The kit's root (where bin/mlgate.js is), from this module's place in src/ or dist/chunks/. */
export function kitRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "bin", "mlgate.js"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find bin/mlgate.js above the running code");
}

/** The target `--target` names, with what it needs from the flags and mlgate.yml. */
export function chooseDeployTarget(opts: {
  kind: string;
  dir: string;
  config: DeployConfig;
  url?: string;
  command?: string;
  apply?: boolean;
  logger?: Logger;
  /** The mlgate.yml the deploy read: the local server reads its serve: settings (inference log, limits). */
  configFile?: string;
}): DeployTarget {
  switch (opts.kind) {
    case "local":
      return new LocalTarget({
        dir: opts.dir,
        serveCommand: [
          process.execPath,
          join(kitRoot(), "bin", "mlgate.js"),
          ...(opts.configFile ? ["--config", opts.configFile] : []),
          "serve",
        ],
        logger: opts.logger,
      });
    case "command":
      if (!opts.command || !opts.url) {
        throw new MlgateError("--target command needs --command <script> and --url <where it serves>", {
          hint: 'e.g. --command "./deploy.sh" --url https://models.example.com (OIP v2 under <url>/v2)',
        });
      }
      return new CommandTarget({ dir: opts.dir, command: opts.command, url: opts.url, logger: opts.logger });
    case "kserve":
      return new KserveTarget({
        dir: opts.dir,
        config: opts.config.kserve,
        apply: opts.apply === true,
        logger: opts.logger,
        ...(opts.url ? { url: opts.url } : {}),
      });
    default:
      throw new MlgateError(`unknown deploy target '${opts.kind}'`, {
        hint: "--target local, command or kserve",
      });
  }
}

/**
 * Everything a deploy needs, for both doors: the registry, the `--target`, the deployment log
 * (GitHub Deployments inside Actions with a token, else deployments.jsonl), verification over HTTP.
 * `writeOnly` is set for a kserve target without `apply`: the manifest is written, nothing runs.
 */
export function chooseDeployPorts(
  loaded: LoadedConfig | undefined,
  opts: {
    target: string;
    environment?: string;
    url?: string;
    command?: string;
    apply?: boolean;
    registry?: string;
    logger: Logger;
    progress: Progress;
    env?: NodeJS.ProcessEnv;
  },
): DeployPorts & { writeOnly?: (record: VersionRecord, modelDir: string) => Promise<string> } {
  const env = opts.env ?? process.env;
  const config: DeployConfig = loaded?.config.deploy ?? deploySection.parse({});
  const dir = deployDir(loaded);
  const target = chooseDeployTarget({
    kind: opts.target,
    dir,
    config,
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.command ? { command: opts.command } : {}),
    apply: opts.apply === true,
    logger: opts.logger,
    ...(loaded?.file ? { configFile: loaded.file } : {}),
  });
  const { log, logUrl } = chooseDeploymentLog({ dir, env, logger: opts.logger });
  const writeOnly =
    target instanceof KserveTarget && opts.apply !== true
      ? async (record: VersionRecord, modelDir: string) =>
          (await target.write({ environment: opts.environment ?? "staging", record, modelDir })).file
      : undefined;
  return {
    registry: chooseRegistry(loaded, opts.registry),
    target,
    log,
    ...(logUrl ? { logUrl } : {}),
    verify: (served, record) =>
      verifyServed(served.url, record, {
        fetch: globalThis.fetch,
        readyTimeoutMs: config.ready_timeout_s * 1000,
      }),
    bundleDir: (record, environment) => deployBundleDir(dir, environment, record.version),
    logger: opts.logger,
    progress: opts.progress,
    actor: actorFrom(env),
    ...(writeOnly ? { writeOnly } : {}),
  };
}
