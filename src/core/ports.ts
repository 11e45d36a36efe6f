/**
 * Ports: the outside world as commands see it. Each has a local implementation (the embedded
 * default, writing files under an output directory) and a GitHub one (src/github), chosen once
 * by the door from config and environment.
 */

import type { RegistryEvent, VersionRecord } from "./contracts/version.js";
import type { BundleFile } from "./registry/digest.js";
import type { RegistryRef } from "./registry/tags.js";

export type { RegistryEvent, RegistryRef, VersionRecord };

export interface Logger {
  info(message: string): void;
  warn(message: string, where?: { file?: string; line?: number; title?: string }): void;
  error(message: string, where?: { file?: string; line?: number; title?: string }): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group (Actions) or under a heading (terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Progress of long work: a bar in a terminal, periodic lines in CI logs. */
export interface Progress {
  start(label: string, total?: number): ProgressTask;
}
export interface ProgressTask {
  update(done: number, note?: string): void;
  done(note?: string): void;
}

/** Where a report ends up: a sticky PR comment, a job summary, or files under --out. */
export interface Publisher {
  /** Create or update the one comment identified by `key` (e.g. `evaluate:penguins`). Returns its URL or path. */
  upsertComment(key: string, markdown: string): Promise<string | undefined>;
  /** Append to the job summary (Actions) or write `summary.md` locally. */
  summary(markdown: string): Promise<void>;
  /** Report a check (Actions check run; locally a JSON file). */
  check?(check: CheckReport): Promise<string | undefined>;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckReport {
  name: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  group: (_name, fn) => fn(),
};

export const noProgress: Progress = {
  start: () => ({ update() {}, done() {} }),
};

/**
 * The model registry: immutable versions (a bundle pinned by its content digest, with lineage) and
 * aliases (stages such as `champion` or `prod`) that point at versions. Every alias move and every
 * deprecation is an event in an append-only history; nothing is ever deleted or overwritten.
 * Implementations make version numbers and alias moves compare-and-swap, so concurrent writers
 * never lose or duplicate one (the dir backend in src/local/registry.ts).
 */
export interface ModelRegistry {
  /** Where the registry lives, for messages (a directory, a repository). */
  readonly location: string;
  /** Every model, or one, with its versions (ascending semver) and current aliases. */
  list(name?: string): Promise<RegistryModel[]>;
  /** The version a reference names (`<name>@v1.2.3`, `<name>#<alias>`, `<name>@latest`); undefined when none. */
  resolve(ref: RegistryRef): Promise<VersionRecord | undefined>;
  /**
   * Registers a bundle. `plan` is asked for the record given the versions that exist now; when a
   * concurrent writer takes the number first, it is asked again with the new list, so an `auto`
   * version takes the next free number and an explicit one that exists is refused by `plan`.
   */
  register(request: RegisterRequest): Promise<VersionRecord>;
  /** Points `alias` at a version; the event records the version it held before. */
  assign(move: AliasMove): Promise<RegistryEvent>;
  /** Marks a version deprecated (an event: it stays pullable, but can no longer be assigned). */
  deprecate(move: Omit<AliasMove, "alias">): Promise<RegistryEvent>;
  /** The model's events in the order they happened. */
  history(name: string): Promise<RegistryEvent[]>;
  /** Copies a version's bundle to `outDir`, verifying every file and the bundle digest first. */
  pull(record: VersionRecord, outDir: string): Promise<{ dir: string; digest: string }>;
}

export interface RegistryModel {
  name: string;
  versions: VersionRecord[];
  /** Alias → version it points at now. */
  aliases: Record<string, string>;
  /** Versions deprecated so far. */
  deprecated: string[];
}

export interface RegisterRequest {
  name: string;
  /** The bundle directory to copy in. */
  dir: string;
  /** Its files with their hashes, as hashed before planning (the copy is verified against them). */
  files: BundleFile[];
  digest: string;
  /** Builds the record for the versions that exist now; throws a MlgateError to refuse. */
  plan(existing: readonly VersionRecord[]): VersionRecord;
}

export interface AliasMove {
  name: string;
  version: string;
  alias: string;
  actor: string;
  why: string;
  /** ISO time of the move; the backend's clock when absent. */
  at?: string;
}

export type { BaselineChoice, BaselineSource } from "./evaluate/baseline.js";

/**
 * A place a model version is served from (the `local` server, the user's `command`, a KServe
 * `InferenceService`). The deploy state machine (core/deploy) drives it: `apply` brings a version up
 * *beside* whatever serves the environment now, the machine verifies it over HTTP at `url`, then
 * `promote` makes it current and retires the one before; a failed verification calls `remove` on
 * the new one and the old one never stopped serving. Implementations are idempotent per
 * (environment, digest): applying what already serves returns it.
 */
export interface DeployTarget {
  /** `local`, `command` or `kserve`, for messages and the deployment payload. */
  readonly kind: string;
  apply(request: DeployRequest): Promise<ServedVersion>;
  /** Makes `served` the one answering for its environment; the previous one stops. */
  promote(served: ServedVersion): Promise<void>;
  /** Stops a version that did not become current (or the current one, for `deploy stop`). */
  remove(served: ServedVersion): Promise<void>;
  /** What serves `environment` now, as recorded by the target; undefined when nothing does. */
  current(environment: string): Promise<ServedVersion | undefined>;
}

export interface DeployRequest {
  environment: string;
  record: VersionRecord;
  /** The version's bundle, pulled and digest-verified. */
  modelDir: string;
}

export interface ServedVersion {
  environment: string;
  name: string;
  version: string;
  digest: string;
  /** Base URL of the server speaking OIP v2 (`<url>/v2/health/ready`). */
  url: string;
  /** Target-specific facts (pid and port, manifest path), kept in the target's state. */
  detail?: Record<string, unknown>;
}

/** One deployment as the audit log (GitHub Deployments, or a local JSON Lines file) holds it. */
export interface DeploymentEntry {
  id: string;
  environment: string;
  name: string;
  version: string;
  digest: string;
  state: "queued" | "in_progress" | "success" | "failure" | "inactive" | "error";
  /** True when this deployment put back an earlier version after a failed verification. */
  rollback: boolean;
  /** The target kind (`local`, `command`, `kserve`). */
  target?: string;
  url?: string;
  /** The last status's description (what failed, for a failure). */
  description?: string;
  createdAt: string;
}

/** The deployment audit log: every deploy and rollback recorded with its outcome. */
export interface DeploymentLog {
  readonly location: string;
  start(entry: Omit<DeploymentEntry, "id" | "state" | "createdAt">): Promise<DeploymentEntry>;
  /** Moves a deployment to its next state; `success` retires the environment's previous one. */
  update(
    entry: DeploymentEntry,
    state: DeploymentEntry["state"],
    detail?: { description?: string; environmentUrl?: string; logUrl?: string },
  ): Promise<DeploymentEntry>;
  /**
   * The latest deployment of `environment` that reached `success` (it may be inactive since, retired
   * by a later one), skipping deployments of the digest `exceptDigest`: the rollback target. A
   * digest rather than a deployment id, because a rollback is a new deployment of an old digest.
   */
  lastSuccessful(environment: string, exceptDigest?: string): Promise<DeploymentEntry | undefined>;
  /** The environment's deployments, oldest first, each in its latest state. */
  history(environment: string): Promise<DeploymentEntry[]>;
}

/**
 * A standing alert: one issue per key (e.g. `drift:penguins`), opened once, updated in place on
 * every run, closed with a comment when the condition resolves; never a second one for the same key.
 */
export interface Alerts {
  /** Opens the alert or updates the open one; returns its URL (or path, locally). */
  raise(key: string, alert: { title: string; body: string; labels: string[] }): Promise<AlertRef>;
  /** Closes the open alert with `comment`; undefined when none was open. */
  resolve(key: string, comment: string): Promise<AlertRef | undefined>;
  find(key: string): Promise<AlertRef | undefined>;
}

export interface AlertRef {
  url: string;
  state: "open" | "closed";
  /** The body as last written, so the caller can carry a history forward. */
  body: string;
  created: boolean;
}

/** The retraining trigger: a workflow_dispatch, a repository_dispatch, or a file written locally. */
export interface Dispatcher {
  readonly location: string;
  /**
   * The most recent dispatch for `key` (the drift's dedup key) and whether the run it started is
   * still going; the cool-down policy lives in core/drift, not here.
   */
  last(key: string): Promise<{ at: string; running: boolean; url?: string } | undefined>;
  dispatch(
    key: string,
    request: { reason: string; links: Record<string, string> },
  ): Promise<{ url?: string }>;
}
