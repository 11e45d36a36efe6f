import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { type LoadedConfig, resolveFromConfig } from "../core/config/load.js";
import { type EvaluateConfig, evaluateSection } from "../core/config/sections/evaluate.js";
import { type Evaluation, evaluationSchema } from "../core/contracts/evaluation.js";
import { MODEL_MANIFEST_FILE } from "../core/contracts/model.js";
import {
  formatPredictionsCsv,
  type Predictions,
  predictionsFromTable,
} from "../core/contracts/predictions.js";
import { type TrainReport, trainReportSchema } from "../core/contracts/train.js";
import { VALIDATION_SCHEMA, type Validation, validationContract } from "../core/contracts/validation.js";
import { readOptionsFrom, readTable } from "../core/data/read.js";
import type { CellValue, Table } from "../core/data/table.js";
import { MlgateError } from "../core/errors.js";
import { alignPredictions, type SourcedPredictions, warnAboutLabels } from "../core/evaluate/align.js";
import { type BaselineSource, type ChampionLookup, localBaselineSource } from "../core/evaluate/baseline.js";
import { buildEvaluation } from "../core/evaluate/evaluation.js";
import { assertGateConfig, fmt } from "../core/evaluate/gate.js";
import type { Task } from "../core/evaluate/metrics.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { CheckReport, Logger, Progress, Publisher } from "../core/ports.js";
import { type EvaluationExtras, renderEvaluationComment } from "../core/report/evaluation.js";
import { renderCommentHtml } from "../core/report/html.js";
import type { TrainSummary } from "../core/report/training-section.js";

export interface EvaluateInputs {
  /** Model bundle directory or predictions file of the candidate. */
  candidate: string;
  /** Model bundle directory or predictions file of the baseline (else config / BaselineSource). */
  baseline?: string;
  /** Test data file (else `data.test` from the config). */
  data?: string;
  task?: Task;
  /** Output directory for evaluation.json, the predictions files and the comment. */
  out: string;
  /** Model name for the report and the comment key (else `model.name`). */
  model?: string;
  /** validation.json from validate-data, summarised in the comment. */
  validation?: string;
}

export interface EvaluatePorts {
  logger: Logger;
  progress: Progress;
  publisher: Publisher;
  /** Resolves the baseline; default: --baseline, then evaluate.baseline, then first-model mode. */
  baselineSource?: BaselineSource;
  /** The registry's champion, the baseline when none is given or configured. */
  champion?: ChampionLookup;
  /** Links to the job summary and artifact, for the pointers of condensed comment sections. */
  links?: EvaluationExtras["links"];
  /** Characters the comment for a key may have (GitHub's limit less the sticky marker). */
  commentBudget?: (key: string) => number;
}

export interface EvaluateResult {
  evaluation: Evaluation;
  verdict: Evaluation["verdict"];
  blocking: boolean;
  summary: string;
  files: { evaluation: string; comment: string; html: string; candidate: string; baseline?: string };
  /** URL of the posted comment (GitHub) or path of the comment file (locally). */
  commentUrl?: string;
  /** 1 when the gate blocks the merge. */
  exitCode: number;
}

async function isModelBundle(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    throw new MlgateError(`cannot find ${path}`, {
      location: { file: path },
      hint: `pass a model bundle directory (with ${MODEL_MANIFEST_FILE}) or a predictions file (row, y_true, y_pred, proba_<class>)`,
    });
  }
}

/** Scores a bundle on the test table (model code is loaded only when a bundle is given). */
async function scoreBundle(
  dir: string,
  table: Table | undefined,
  logger: Logger,
): Promise<{ predictions: Predictions; train?: TrainSummary }> {
  if (!table) {
    throw new MlgateError(`${dir} is a model bundle, so test data is needed to score it`, {
      hint: "pass --data <test file> or set data.test in mlgate.yml",
    });
  }
  const { loadModelBundle } = await import("../core/model/bundle.js");
  const { predictTable } = await import("../core/model/predict.js");
  const bundle = await loadModelBundle(dir);
  try {
    logger.info(`scoring ${dir} (${bundle.manifest.format}) on ${table.rowCount} rows`);
    const predictions = await predictTable(bundle, table);
    const m = bundle.manifest;
    const train = (await trainReportBeside(dir)) ?? {
      backend: m.backend,
      device: m.device,
      samples_per_second: m.samples_per_second ?? 0,
      epochs: typeof m.hyperparameters.epochs === "number" ? m.hyperparameters.epochs : 0,
    };
    return { predictions, train };
  } finally {
    bundle.scorer.dispose();
  }
}

/**
 * The training run's report when `mlgate train` wrote the bundle: train.json sits beside the
 * bundle directory and names it in `model_dir`. It brings the learning curves to the comment.
 */
async function trainReportBeside(dir: string): Promise<TrainSummary | undefined> {
  const file = join(dirname(resolve(dir)), "train.json");
  let report: TrainReport;
  try {
    const parsed = trainReportSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success) return undefined;
    report = parsed.data;
  } catch {
    return undefined;
  }
  if (resolve(dirname(file), report.model_dir) !== resolve(dir)) return undefined;
  const epochs = report.epochs;
  const withValidation = epochs.every((e) => e.val_loss !== undefined);
  return {
    backend: report.backend,
    device: report.device,
    samples_per_second: report.samples_per_second ?? 0,
    epochs: epochs.length,
    seconds: report.duration_seconds,
    curves: withValidation
      ? {
          epoch: epochs.map((e) => e.epoch),
          loss: epochs.map((e) => e.loss),
          val_loss: epochs.map((e) => e.val_loss!),
          metric: epochs.map((e) => e.metric),
          ...(report.metric ? { metric_name: report.metric } : {}),
        }
      : undefined,
  };
}

async function readValidation(path: string): Promise<Validation> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new MlgateError(`cannot read ${path}: ${(e as Error).message}`, {
      location: { file: path },
      hint: "pass the validation.json that validate-data wrote",
    });
  }
  const parsed = validationContract.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join(".") || "(top level)";
    throw new MlgateError(`${path}: ${key}: ${issue.message}`, {
      location: { file: path, key },
      hint: `expected ${VALIDATION_SCHEMA} as written by validate-data`,
    });
  }
  return parsed.data;
}

interface LoadedSide extends SourcedPredictions {
  train?: TrainSummary;
  /** Bundle digest (src/core/registry/digest.ts) when this side is a model bundle. */
  digest?: string;
  /** The file this side's y_true came from, when it has one: the test data or its predictions file. */
  labelsFrom?: string;
}

async function loadSide(
  path: string,
  task: Task | undefined,
  table: Table | undefined,
  logger: Logger,
): Promise<LoadedSide> {
  if (await isModelBundle(path)) {
    const { predictions, train } = await scoreBundle(path, table, logger);
    const { hashBundleDir } = await import("../core/registry/bundle-files.js");
    const { digest } = await hashBundleDir(path);
    return { predictions, source: path, train, digest, labelsFrom: predictions.yTrue && table?.source };
  }
  // A predictions file follows the contract (comma-separated CSV, or by extension), not data.*.
  const t = await readTable(path);
  const predictions = predictionsFromTable(t, task);
  return { predictions, source: path, labelsFrom: predictions.yTrue && path };
}

/** The label column of the test data by row number, for predictions files without y_true. */
function truthFrom(table: Table | undefined, label: string | undefined) {
  const col = label ? table?.columns.find((c) => c.name === label) : undefined;
  if (!col) return undefined;
  return (row: number) => {
    const v = col.values[row];
    if (v === null || v === undefined) return undefined;
    return typeof v === "boolean" ? String(v) : v;
  };
}

function sliceColumns(
  cfg: EvaluateConfig,
  table: Table | undefined,
  rows: number[],
  configFile: string | undefined,
): { name: string; values: CellValue[] }[] {
  const names = cfg.slices.columns;
  if (names.length === 0) return [];
  if (!table) {
    throw new MlgateError("evaluate.slices.columns needs the test data to look up slice values", {
      location: { file: configFile, key: "evaluate.slices.columns" },
      hint: "pass --data <test file> or set data.test in mlgate.yml",
    });
  }
  return names.map((name) => {
    const col = table.columns.find((c) => c.name === name);
    if (!col) {
      throw new MlgateError(
        `evaluate.slices.columns: no column '${name}' in ${table.source ?? "the test data"}`,
        {
          location: { file: configFile, key: "evaluate.slices.columns" },
          hint: `columns in the test data: ${table.columns.map((c) => c.name).join(", ")}`,
        },
      );
    }
    return {
      name,
      values: rows.map((r) => {
        if (r < 0 || r >= table.rowCount) {
          throw new MlgateError(
            `predictions refer to row ${r}, but the test data has ${table.rowCount} rows`,
            {
              location: { file: table.source },
              hint: "score the predictions on the same test file",
            },
          );
        }
        return col.values[r] ?? null;
      }),
    };
  });
}

/** A check run's summary holds at most 65 535 characters; a longer comment is referred to. */
const CHECK_SUMMARY_LIMIT = 65_535;

/**
 * Check run for the gate: failure when it blocks, neutral for an inconclusive verdict that does
 * not, success otherwise; one annotation per rule that did not pass, on its line in mlgate.yml.
 */
export function checkReportFor(
  evaluation: Evaluation,
  commentMarkdown: string,
  where: { path: string; lines: Map<string, number> },
): CheckReport {
  const conclusion = evaluation.blocking ? "failure" : evaluation.verdict === "pass" ? "success" : "neutral";
  const failing = evaluation.comparisons.filter((c) => c.verdict && c.verdict !== "pass");
  return {
    name: `mlgate / ${evaluation.model}`,
    conclusion,
    title: evaluation.summary.length > 120 ? `${evaluation.summary.slice(0, 117)}…` : evaluation.summary,
    summary:
      commentMarkdown.length > CHECK_SUMMARY_LIMIT
        ? `${evaluation.summary}\n\nSee the PR comment for details.`
        : commentMarkdown,
    annotations: failing.map((c) => {
      const line = where.lines.get(c.metric) ?? 1;
      return {
        path: where.path,
        start_line: line,
        end_line: line,
        annotation_level: c.verdict === "fail" ? "failure" : "warning",
        title: `${c.metric}: ${c.verdict}`,
        message: c.reasons.join("\n") || `${c.metric} ${fmt(c.candidate)}`,
      };
    }),
  };
}

/**
 * `mlgate evaluate` / the evaluate-vs-baseline action: score candidate and baseline on the same
 * rows, compare them with paired statistics, apply the gate, write evaluation.json, both
 * predictions files and the PR comment (markdown and HTML preview), and publish the comment,
 * summary and check through the Publisher.
 */
export async function evaluate(
  loaded: LoadedConfig | undefined,
  inputs: EvaluateInputs,
  ports: EvaluatePorts,
): Promise<EvaluateResult> {
  const { logger } = ports;
  const config = loaded?.config;
  const cfg: EvaluateConfig = config?.evaluate ?? evaluateSection.parse({});
  const fromConfig = (p: string) => (loaded ? resolveFromConfig(loaded, p) : resolve(p));
  const task = inputs.task ?? config?.model.task;
  const model = inputs.model ?? config?.model.name ?? "model";
  const readOptions = readOptionsFrom(loaded);
  // A bad --out fails before the models are scored, not after.
  await checkOutputPaths([join(resolve(inputs.out), "evaluation.json")]);
  // The config was checked for its own model.task when loaded; --task may name another.
  if (task) {
    assertGateConfig(task, cfg, (p) => ({
      file: loaded?.file,
      line: loaded?.lineOf?.(p.path),
      key: p.path.join("."),
    }));
  }

  const validation = inputs.validation ? await readValidation(inputs.validation) : undefined;
  // Line of each `evaluate.gate.<metric>` key, for errors and check-run annotations.
  const gateLines = new Map<string, number>();
  for (const metric of Object.keys(cfg.gate)) {
    const line = loaded?.lineOf?.(["evaluate", "gate", metric]);
    if (line !== undefined) gateLines.set(metric, line);
  }
  const dataPath = inputs.data ?? (config?.data.test ? fromConfig(config.data.test) : undefined);
  const table = dataPath ? await readTable(dataPath, readOptions) : undefined;
  if (table) logger.info(`test data: ${dataPath} (${table.rowCount} rows)`);

  const candidate = await loadSide(inputs.candidate, task, table, logger);
  const baselineSource =
    ports.baselineSource ??
    localBaselineSource({
      given: inputs.baseline,
      configured: cfg.baseline && fromConfig(cfg.baseline),
      registry: ports.champion,
    });
  const choice = await baselineSource.resolve(model);
  const ref = choice.ref;
  let baseline: LoadedSide | undefined;
  try {
    baseline = ref ? await loadSide(ref.path, task ?? candidate.predictions.task, table, logger) : undefined;
  } finally {
    // A pulled champion is scored and hashed by now; nothing below reads its files.
    await ref?.release?.();
  }
  if (ref) logger.info(`baseline: ${ref.registry?.tag ?? ref.path} (${ref.origin})`);
  else if (choice.firstModel) logger.info(`${choice.firstModel}: first model, absolute thresholds only`);
  else logger.info("no baseline: first-model mode, absolute thresholds only");

  const resolvedTask = task ?? candidate.predictions.task;
  const aligned = alignPredictions(resolvedTask, candidate, baseline, truthFrom(table, config?.model.label));
  warnAboutLabels(aligned, logger, {
    file: candidate.labelsFrom ?? baseline?.labelsFrom ?? dataPath,
    label: config?.model.label,
  });

  const out = resolve(inputs.out);
  const files = {
    evaluation: join(out, "evaluation.json"),
    comment: join(out, "pr-comment.md"),
    html: join(out, "pr-comment.html"),
    candidate: join(out, "predictions-candidate.csv"),
    baseline: baseline ? join(out, "predictions-baseline.csv") : undefined,
  };
  const rel = (p: string) => relative(out, p) || basename(p);

  const evaluation = evaluationSchema.parse(
    await buildEvaluation({
      model,
      aligned,
      candidate: { source: candidate.source, predictions: rel(files.candidate) },
      // A registered baseline is named by its tag, not by the temporary directory it was pulled to.
      baseline: baseline && {
        source: ref?.registry?.tag ?? baseline.source,
        predictions: rel(files.baseline!),
      },
      config: cfg,
      configFile: loaded?.file,
      gateLines,
      sliceColumns: sliceColumns(cfg, table, aligned.rows, loaded?.file),
      progress: ports.progress,
    }),
  );
  // The digests bind the verdict to the exact bundles scored: register refuses another bundle.
  if (candidate.digest) evaluation.candidate.digest = candidate.digest;
  if (baseline?.digest && evaluation.baseline) evaluation.baseline.digest = baseline.digest;
  if (ref?.registry && evaluation.baseline) {
    evaluation.baseline.version = ref.registry.version;
    evaluation.baseline.alias = ref.registry.alias;
  }
  if (!baseline && choice.firstModel) evaluation.first_model_reason = choice.firstModel;

  const commentKey = `evaluate:${model}`;
  const markdown = renderEvaluationComment(
    evaluation,
    { train: candidate.train, validation, links: ports.links },
    { budget: ports.commentBudget?.(commentKey) },
  );
  const outputs: Record<string, string> = {
    [files.evaluation]: toJson(evaluation),
    [files.comment]: markdown,
    [files.html]: renderCommentHtml(markdown, `mlgate · ${model}`),
    [files.candidate]: formatPredictionsCsv(candidate.predictions),
  };
  if (baseline && files.baseline) outputs[files.baseline] = formatPredictionsCsv(baseline.predictions);
  await writeOutputs(outputs);

  const commentUrl = await ports.publisher.upsertComment(commentKey, markdown);
  await ports.publisher.summary(markdown);
  const configPath = loaded?.file ? relative(process.cwd(), loaded.file) || "mlgate.yml" : "mlgate.yml";
  await ports.publisher.check?.(checkReportFor(evaluation, markdown, { path: configPath, lines: gateLines }));

  return {
    evaluation,
    verdict: evaluation.verdict,
    blocking: evaluation.blocking,
    summary: evaluation.summary,
    files,
    commentUrl,
    exitCode: evaluation.blocking ? 1 : 0,
  };
}
