import { open, readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { LoadedConfig } from "../core/config/load.js";
import { type DriftConfig, driftSection } from "../core/config/sections/drift.js";
import { type DriftReport, driftReportContract } from "../core/contracts/drift.js";
import { INFERENCE_LOG_FIELDS, INFERENCE_LOG_FILE } from "../core/contracts/inference-log.js";
import type { Profile } from "../core/contracts/profile.js";
import { loadProfile } from "../core/data/contract-io.js";
import { mergeProfiles } from "../core/data/profile-file.js";
import { readOptionsFrom, readTable } from "../core/data/read.js";
import { scanFile } from "../core/data/scan.js";
import {
  type AlertState,
  type DispatchRecord,
  decideDispatch,
  driftAlertKey,
  nextAlertState,
  parseDuration,
  readAlertState,
  renderAlertBody,
  reportBudget,
} from "../core/drift/alert.js";
import { compareSides } from "../core/drift/compare.js";
import { dataColumn, dataSide } from "../core/drift/data-side.js";
import { performanceCheck } from "../core/drift/performance.js";
import { profileSide } from "../core/drift/profile-side.js";
import type { DriftColumnInput, DriftSide } from "../core/drift/side.js";
import { MlgateError } from "../core/errors.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { AlertRef, Alerts, Dispatcher, Logger, ModelRegistry, Progress } from "../core/ports.js";
import { parseRef } from "../core/registry/tags.js";
import { GITHUB_COMMENT_LIMIT } from "../core/report/budget.js";
import { fitDriftReport, renderDriftReport } from "../core/report/drift.js";
import { renderCommentHtml } from "../core/report/html.js";
import { readValuesOffThread } from "../runtime/drift-read.js";

/**
 * Exit codes of drift-check (the CLI's, and the action's `status`): 0 no drift (or drift without
 * `drift.fail_on_drift`), 1 drift with `fail_on_drift`, 3 insufficient data (too few current rows to
 * decide: neither a pass nor a drift), 2 a usage or data error (MlgateError), 70 an internal error.
 */
export const DRIFT_EXIT = { no_drift: 0, drift: 1, insufficient_data: 3 } as const;

export interface DriftCheckInputs {
  /** A registry ref (`penguins@v1.2.0`, `penguins#prod`), a profile.json, or a data file. */
  reference: string;
  /** Data files, inference-log directories, or one profile.json. */
  current: string[];
  /** Only log rows this recent (`7d`, `12h`), by their `_mlgate_time`. */
  since?: string;
  /** Labels that arrived later (request_id, row, label), joined to the inference log: the label-based check. */
  labels?: string;
  out: string;
  model?: string;
  /** Links for the issue and the dispatch: the workflow run, the report artifact. */
  links?: { run?: string; report?: string };
  now?: Date;
}

export interface DriftPorts {
  logger: Logger;
  progress?: Progress;
  /** The registry a `<name>@<version>` reference resolves in. */
  registry?: () => ModelRegistry;
  /** Where the sticky drift issue lives; none: no issue. */
  alerts?: Alerts;
  /** The retraining trigger; none: no dispatch. */
  dispatcher?: Dispatcher;
}

export interface DriftCheckResult {
  report: DriftReport;
  markdown: string;
  files: { json: string; markdown: string; html: string };
  exitCode: number;
  issue?: AlertRef;
  dispatched: boolean;
  dispatchReason?: string;
}

interface Side {
  side: DriftSide;
  /** The model's outputs, when this side is an inference log (or has its prediction column). */
  prediction?: DriftColumnInput;
  /** Rows the prediction column comes from, when not the side's (a registered version's evaluation rows). */
  predictionRows?: number;
  kind: "registry" | "profile" | "data" | "inference-log";
  rows: number;
  sketch: boolean;
  version?: string;
  digest?: string;
  model?: string;
  /** The label column, when the side says which it is (a profile records it). */
  label?: string;
  /** A registry version: its task and the metrics recorded at registration (the label-based check's baseline). */
  task?: "classification" | "regression";
  registeredMetrics?: Record<string, number>;
}

const MLGATE_PREFIX = "_mlgate_";
const isMlgateField = (name: string) => name.startsWith(MLGATE_PREFIX);

export async function driftCheck(
  loaded: LoadedConfig | undefined,
  inputs: DriftCheckInputs,
  ports: DriftPorts,
): Promise<DriftCheckResult> {
  const policy: DriftConfig = loaded?.config.drift ?? driftSection.parse({});
  const now = inputs.now ?? new Date();
  if (inputs.current.length === 0) {
    throw new MlgateError("no current data", { hint: "pass --current <file|dir> (one or more)" });
  }
  const since = inputs.since ? new Date(now.getTime() - parseDuration(inputs.since, "--since")) : undefined;
  const files = {
    json: join(inputs.out, "drift.json"),
    markdown: join(inputs.out, "drift.md"),
    html: join(inputs.out, "drift.html"),
  };
  await checkOutputPaths(Object.values(files));
  const read = readOptionsFrom(loaded);

  const [reference, current] = await Promise.all([
    readReference(inputs.reference, { policy, read, ports }),
    readCurrent(inputs.current, { policy, read, since, logger: ports.logger }),
  ]);
  const model =
    inputs.model ??
    reference.model ??
    (loaded?.config as { model?: { name?: string } } | undefined)?.model?.name;

  // Columns the user asked to leave out, and mlgate's own log fields, are not features.
  const notCompared = new Map<string, string>();
  for (const [name, c] of Object.entries(policy.columns))
    if (c.ignore) notCompared.set(name, "drift.columns ignore: true");
  // Production data rarely carries the label (an inference log never does): a label column only
  // in the reference is left out instead of being reported as a column gone missing.
  const label =
    reference.label ?? (loaded?.config as { model?: { label?: string } } | undefined)?.model?.label;
  if (label && !current.side.columns.some((c) => c.name === label))
    notCompared.set(label, "the label, absent from the current data");
  // A datetime column is a time index: two windows of time always differ on it, which is no drift.
  for (const c of reference.side.columns) {
    if (c.kind === "numeric" && c.datetime && policy.columns[c.name]?.ignore !== false)
      notCompared.set(
        c.name,
        "a datetime column, whose values move with time by design; drift.columns with ignore false compares it",
      );
  }
  const present = new Set([...reference.side.columns, ...current.side.columns].map((c) => c.name));
  const skipped = [...notCompared]
    .filter(([name]) => present.has(name))
    .map(([name, reason]) => ({ name, reason }));
  for (const s of skipped) ports.logger.info(`${s.name}: not compared, ${s.reason}`);
  const features = (s: DriftSide): DriftSide => ({
    rows: s.rows,
    columns: s.columns.filter((c) => !isMlgateField(c.name) && !notCompared.has(c.name)),
  });
  const comparison = compareSides(features(reference.side), features(current.side), policy);
  let prediction: DriftReport["prediction"];
  if (reference.prediction && current.prediction) {
    const p = compareSides(
      {
        rows: reference.predictionRows ?? reference.rows,
        columns: [{ ...reference.prediction, name: "prediction" }],
      },
      { rows: current.rows, columns: [{ ...current.prediction, name: "prediction" }] },
      policy,
    );
    prediction = p.columns[0];
  }
  const performance = inputs.labels
    ? await labelCheck(inputs.labels, inputs.current, reference, {
        read,
        since,
        policy,
        labelColumn: label,
        logger: ports.logger,
      })
    : undefined;
  // A degraded label-based check makes the data drift (issue, exit code, dispatch) like a critical column.
  const status = performance?.degraded ? "drift" : comparison.status;
  const report: DriftReport = driftReportContract.parse({
    schema: "mlgate/drift@1",
    ...(model ? { model } : {}),
    reference: {
      source: inputs.reference,
      kind: reference.kind === "inference-log" ? "data" : reference.kind,
      rows: reference.rows,
      ...(reference.version ? { version: reference.version } : {}),
      ...(reference.digest ? { digest: reference.digest } : {}),
    },
    current: {
      source: inputs.current.join(", "),
      kind: current.kind === "registry" ? "profile" : current.kind,
      rows: current.rows,
      ...(since ? { since: since.toISOString() } : {}),
    },
    ...comparison,
    mode: reference.sketch || current.sketch ? "sketch" : comparison.mode,
    status,
    drifted: status === "drift",
    ...(performance ? { performance } : {}),
    ...(skipped.length ? { not_compared: skipped } : {}),
    ...(prediction ? { prediction } : {}),
    generated_at: now.toISOString(),
  });

  // The issue first takes the report fitted to what its body leaves after the history.
  let issue: AlertRef | undefined;
  let dispatched = false;
  let dispatchReason: string | undefined;
  let state: AlertState | undefined;
  const key = model ? driftAlertKey(model) : undefined;
  const previous = key && ports.alerts ? await ports.alerts.find(key) : undefined;
  const prevState = readAlertState(previous?.body);
  let record: DispatchRecord | undefined;
  if (key && ports.dispatcher && (policy.retrain.workflow || policy.retrain.event)) {
    const last = report.drifted ? await ports.dispatcher.last(key) : undefined;
    const decision = decideDispatch({
      drifted: report.drifted,
      now,
      cooldownMs: parseDuration(policy.retrain.cooldown, "drift.retrain.cooldown"),
      recorded: prevState?.dispatch,
      last,
    });
    dispatchReason = decision.reason;
    if (decision.dispatch) {
      const degraded = report.performance?.metrics.filter((m) => m.degraded).map((m) => m.metric) ?? [];
      const reason =
        `data drift in ${model}: ${report.drifted_columns.slice(0, 10).join(", ") || "no column"}` +
        (degraded.length ? `; degraded on labelled rows: ${degraded.join(", ")}` : "");
      const links: Record<string, string> = {};
      if (inputs.links?.run) links.run = inputs.links.run;
      if (inputs.links?.report) links.report = inputs.links.report;
      const sent = await ports.dispatcher.dispatch(key, { reason, links });
      record = {
        at: now.toISOString(),
        target: policy.retrain.workflow
          ? `workflow:${policy.retrain.workflow}`
          : `event:${policy.retrain.event}`,
        ...(sent.url ? { url: sent.url } : {}),
      };
      dispatched = true;
      ports.logger.info(`dispatched retraining (${ports.dispatcher.location})`);
    } else if (report.drifted) ports.logger.info(`no retraining dispatch: ${decision.reason}`);
  }
  if (key) {
    state = nextAlertState(
      prevState,
      {
        at: now.toISOString(),
        status: report.status,
        drifted: report.drifted_columns,
        ...(inputs.links?.run ? { url: inputs.links.run } : {}),
      },
      policy.issue.history,
      record,
    );
  }
  // Room for the marker line (keys up to 200 characters, percent-encoded) around the body.
  const limit = GITHUB_COMMENT_LIMIT - 2_500;
  const fitted = fitDriftReport(report, state ? reportBudget(limit, state) : limit, {
    summaryUrl: inputs.links?.run,
  });
  const markdown = fitted.markdown;
  if (key && state && ports.alerts && policy.issue.enabled) {
    const body = renderAlertBody(markdown, state);
    const title = `Data drift: ${model}`;
    const open = previous?.state === "open";
    if (report.status === "drift" || (open && report.status === "insufficient_data")) {
      issue = await ports.alerts.raise(key, { title, body, labels: policy.issue.labels });
    } else if (open && report.status === "no_drift") {
      await ports.alerts.raise(key, { title, body, labels: policy.issue.labels });
      issue = await ports.alerts.resolve(
        key,
        `Drift resolved: no column drifted at ${now.toISOString()}${inputs.links?.run ? ` ([run](${inputs.links.run}))` : ""}. Closing; mlgate reopens this issue if the data drifts again.`,
      );
    }
    if (issue) ports.logger.info(`drift issue: ${issue.url} (${issue.state})`);
  }

  await writeOutputs({
    [files.json]: toJson(report),
    [files.markdown]: markdown,
    [files.html]: renderCommentHtml(
      renderDriftReport(report, { summaryUrl: inputs.links?.run }),
      "mlgate drift-check",
    ),
  });
  const exitCode =
    report.status === "drift"
      ? policy.fail_on_drift
        ? DRIFT_EXIT.drift
        : DRIFT_EXIT.no_drift
      : report.status === "insufficient_data"
        ? DRIFT_EXIT.insufficient_data
        : DRIFT_EXIT.no_drift;
  return {
    report,
    markdown,
    files,
    exitCode,
    ...(issue ? { issue } : {}),
    dispatched,
    ...(dispatchReason ? { dispatchReason } : {}),
  };
}

type ReadOpts = ReturnType<typeof readOptionsFrom>;

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A `.json` file that is a profile (mlgate/profile@1), not data in JSON form. */
async function isProfileFile(path: string): Promise<boolean> {
  if (extname(path).toLowerCase() !== ".json") return false;
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return /"schema"\s*:\s*"mlgate\/profile@1"/.test(buf.toString("utf8", 0, bytesRead));
  } finally {
    await fh.close();
  }
}

async function readReference(
  text: string,
  ctx: { policy: DriftConfig; read: ReadOpts; ports: DriftPorts },
): Promise<Side> {
  if (!(await exists(text)) && /[@#]/.test(text)) {
    const ref = parseRef(text);
    const registry = ctx.ports.registry?.();
    if (!registry)
      throw new MlgateError(`no registry to resolve ${text} in`, { hint: "pass --registry <dir|github>" });
    const record = await registry.resolve(ref);
    if (!record) {
      throw new MlgateError(`${text} is not in the registry ${registry.location}`, {
        hint: "list what is there with `mlgate registry list`",
      });
    }
    if (!record.profile) {
      throw new MlgateError(`${record.name}@v${record.version} was registered without a training profile`, {
        hint: "register with the profile validate-data wrote (register --profile), or pass --reference <profile.json>",
      });
    }
    // The model's predictions on its evaluation rows, stored at registration: the reference of
    // prediction drift when the current data is an inference log.
    const predicted = record.predictions ? fromProfile(record.predictions as Profile, "registry") : undefined;
    return {
      ...fromProfile(record.profile as Profile, "registry"),
      ...(predicted?.prediction ? { prediction: predicted.prediction, predictionRows: predicted.rows } : {}),
      version: `v${record.version}`,
      digest: record.digest,
      model: record.name,
      task: record.task,
      ...(record.lineage.evaluation
        ? {
            registeredMetrics: Object.fromEntries(
              Object.entries(record.lineage.evaluation.metrics).map(([k, v]) => [k, v.value]),
            ),
          }
        : {}),
    };
  }
  if (await isDirectory(text)) return readData([text], { ...ctx, logger: ctx.ports.logger }, "reference");
  if (await isProfileFile(text)) return fromProfile(await loadProfile(text), "profile");
  return readData([text], { ...ctx, logger: ctx.ports.logger }, "reference");
}

async function readCurrent(
  paths: string[],
  ctx: { policy: DriftConfig; read: ReadOpts; since?: Date; logger: Logger },
): Promise<Side> {
  if (paths.length === 1 && !(await isDirectory(paths[0]!)) && (await isProfileFile(paths[0]!))) {
    if (ctx.since) {
      throw new MlgateError("--since needs rows with times, and a profile has none", {
        hint: "pass the inference log directory (or data files) with --since, or a profile without it",
      });
    }
    return fromProfile(await loadProfile(paths[0]!), "profile");
  }
  return readData(paths, ctx, "current");
}

function fromProfile(profile: Profile, kind: "registry" | "profile"): Side {
  const side = profileSide(profile);
  const prediction = side.columns.find((c) => c.name === INFERENCE_LOG_FIELDS.prediction);
  return {
    side,
    kind,
    rows: profile.rows,
    sketch: true,
    ...(prediction ? { prediction } : {}),
    ...(profile.label ? { label: profile.label } : {}),
  };
}

/** Log files of a directory in name (= time) order, less those that ended before `since`. */
async function logFiles(dir: string, since: Date | undefined): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => INFERENCE_LOG_FILE.test(n)).sort();
  if (names.length === 0) {
    throw new MlgateError(`${dir} holds no inference log files (inference-<time>-<seq>.jsonl)`, {
      location: { file: dir },
      hint: "pass the directory `mlgate serve` logs to, or data files",
    });
  }
  const start = (n: string) => {
    const m = /^inference-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(n)!;
    return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  };
  // A file's rows all come before the next file's start: a file whose successor started before
  // `since` holds no row of the window.
  const keep = names.filter(
    (_, i) => !since || i + 1 >= names.length || start(names[i + 1]!) >= since.getTime(),
  );
  return keep.map((n) => join(dir, n));
}

async function readData(
  paths: string[],
  ctx: { policy: DriftConfig; read: ReadOpts; since?: Date; logger: Logger },
  which: "reference" | "current",
): Promise<Side> {
  const files: string[] = [];
  let log = false;
  for (const p of paths) {
    if (await isDirectory(p)) {
      log = true;
      files.push(...(await logFiles(p, which === "current" ? ctx.since : undefined)));
    } else files.push(p);
  }
  const since =
    which === "current" && ctx.since
      ? { column: INFERENCE_LOG_FIELDS.time, atLeast: ctx.since.getTime() }
      : undefined;
  const job = {
    paths: files,
    read: ctx.read,
    excludePrefix: MLGATE_PREFIX,
    also: [INFERENCE_LOG_FIELDS.prediction],
    ...(since ? { since } : {}),
    maxRows: ctx.policy.exact_max_rows,
  };
  // Each side is read (and its numeric columns sorted) on a worker thread of its own, so the two
  // sides take one side's time on two cores (bench/results/drift.md).
  const values = await readValuesOffThread(job);
  const kind = log ? "inference-log" : "data";
  if (!values.exceeded) {
    const predictionValues = values.columns.find((c) => c.name === INFERENCE_LOG_FIELDS.prediction);
    const side = dataSide(
      values.rows,
      values.columns.filter((c) => c.name !== INFERENCE_LOG_FIELDS.prediction),
    );
    return {
      side,
      kind,
      rows: values.rows,
      sketch: false,
      ...(predictionValues ? { prediction: dataColumn(predictionValues) } : {}),
    };
  }
  // Past drift.exact_max_rows a side is profiled instead: sketches, with their stated error.
  ctx.logger.info(
    `${which}: more than ${ctx.policy.exact_max_rows} rows (drift.exact_max_rows): comparing quantile sketches` +
      (since ? "; the --since window then applies to whole log files" : ""),
  );
  const profiles: Profile[] = [];
  for (const f of files) profiles.push((await scanFile(f, { read: ctx.read })).profile);
  const merged = profiles.length === 1 ? profiles[0]! : mergeProfiles(profiles);
  const side = fromProfile(merged, "profile");
  return { ...side, kind, rows: merged.rows };
}

/**
 * The label-based performance check: labels (a data file with `request_id`, an optional `row`,
 * and the label column or `label`) joined to the inference log's rows by request id and row, then
 * compared with the metrics recorded for the reference version at registration.
 */
async function labelCheck(
  file: string,
  current: string[],
  reference: Side,
  ctx: { read: ReadOpts; since?: Date; policy: DriftConfig; labelColumn?: string; logger: Logger },
): Promise<NonNullable<DriftReport["performance"]>> {
  if (!reference.registeredMetrics || !reference.task) {
    throw new MlgateError(
      "--labels compares with the metrics recorded at registration: the reference must be a registry version registered with its evaluation",
      {
        hint: "pass --reference penguins#prod (a version registered with --evaluation)",
      },
    );
  }
  const dirs: string[] = [];
  for (const p of current) if (await isDirectory(p)) dirs.push(p);
  if (dirs.length === 0) {
    throw new MlgateError(
      "--labels joins labels to an inference log by request id: --current must be an inference-log directory",
      {
        hint: "pass the directory `mlgate serve --inference-log` writes",
      },
    );
  }
  const F = INFERENCE_LOG_FIELDS;
  const table = await readTable(file, ctx.read);
  const find = (...names: (string | undefined)[]) =>
    table.columns.find((c) => names.some((n) => n !== undefined && c.name === n));
  const ids = find("request_id", F.requestId);
  const rowsCol = find("row", F.row);
  const truth = find(ctx.labelColumn, "label");
  if (!ids || !truth) {
    throw new MlgateError(
      `${file} needs a request_id column and a ${ctx.labelColumn ? `${ctx.labelColumn} (or label)` : "label"} column; it has ${table.columns.map((c) => c.name).join(", ")}`,
      {
        location: { file },
        hint: "one row per labelled prediction: request_id (the response's id), row (its index in the request; 0 if absent), and the label",
      },
    );
  }
  const labels = new Map<string, string | number>();
  for (let i = 0; i < table.rowCount; i++) {
    const id = ids.values[i];
    const y = truth.values[i];
    if (id === null || y === null || y === undefined) continue;
    const row = rowsCol?.values[i] ?? 0;
    labels.set(`${id}\u0000${row}`, typeof y === "boolean" ? String(y) : y);
  }
  const joined: {
    truth: (string | number)[];
    predicted: (string | number)[];
    probabilities: Record<string, number>[];
  } = { truth: [], predicted: [], probabilities: [] };
  let withProba = true;
  const matched = new Set<string>();
  for (const dir of dirs) {
    for (const f of await logFiles(dir, ctx.since)) {
      const text = await readFile(f, "utf8");
      for (const line of text.split("\n")) {
        if (!line) continue;
        const r = JSON.parse(line) as Record<string, unknown>;
        if (ctx.since && Date.parse(String(r[F.time])) < ctx.since.getTime()) continue;
        const key = `${r[F.requestId]}\u0000${r[F.row] ?? 0}`;
        const y = labels.get(key);
        if (y === undefined || matched.has(key)) continue;
        matched.add(key);
        joined.truth.push(reference.task === "classification" ? String(y) : Number(y));
        joined.predicted.push(r[F.prediction] as string | number);
        const p = r[F.probabilities] as Record<string, number> | undefined;
        if (p) joined.probabilities.push(p);
        else withProba = false;
      }
    }
  }
  const unmatched = labels.size - matched.size;
  ctx.logger.info(
    `labels: ${matched.size} of ${labels.size} joined to logged rows${unmatched ? ` (${unmatched} matched no logged row)` : ""}`,
  );
  const check = performanceCheck(
    {
      task: reference.task,
      truth: joined.truth,
      predicted: joined.predicted,
      ...(withProba && reference.task === "classification" ? { probabilities: joined.probabilities } : {}),
    },
    reference.registeredMetrics,
    {
      resamples: ctx.policy.performance.resamples,
      level: ctx.policy.performance.level,
      seed: ctx.policy.performance.seed,
    },
  );
  return { ...check, ...(unmatched ? { unmatched_labels: unmatched } : {}) };
}
