import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { type LoadedConfig, resolveFromConfig } from "../core/config/load.js";
import type { TrainConfig } from "../core/config/sections/train.js";
import {
  MODEL_MANIFEST_FILE,
  MODEL_SCHEMA,
  type ModelManifest,
  modelManifestSchema,
} from "../core/contracts/model.js";
import type { Predictions } from "../core/contracts/predictions.js";
import { TRAIN_SCHEMA, type TrainReport } from "../core/contracts/train.js";
import { readOptionsFrom, readTable } from "../core/data/read.js";
import type { Table } from "../core/data/table.js";
import { MlgateError } from "../core/errors.js";
import { scoreLabelled } from "../core/evaluate/score.js";
import { checkOutputPaths, toJson } from "../core/io/atomic.js";
import { ONNX_MODEL_FILE, type Scorer, writeModelBundle } from "../core/model/bundle.js";
import { learningCurveChart, trainSummaryMarkdown } from "../core/model/curves.js";
import { encodedFeaturesCsv, runTrainCommand } from "../core/model/external.js";
import { type ModelSpec, readLabels, takeRows, trainBuiltin } from "../core/model/fit.js";
import { loadOnnxScorer } from "../core/model/onnx.js";
import { predictTable } from "../core/model/predict.js";
import {
  applyPreprocessing,
  encodedColumnNames,
  featureColumns,
  fitPreprocessing,
} from "../core/model/preprocess.js";
import type { Logger, Progress } from "../core/ports.js";

export interface TrainInputs {
  /** Training data file; default `data.train` from the config. */
  data?: string;
  /** Test data file; default `data.test` from the config. */
  test?: string;
  backend?: TrainConfig["backend"];
  seed?: number;
  /** Output directory: `<out>/model/` and `<out>/train.json`. */
  out: string;
  /** Commit the model was trained from; default: `git rev-parse HEAD` in the config directory. */
  gitSha?: string;
  /** Environment handed to `train.command` (the door passes the process environment). */
  env?: Record<string, string | undefined>;
}

export interface TrainPorts {
  logger: Logger;
  progress: Progress;
}

export interface TrainResult {
  modelDir: string;
  reportFile: string;
  report: TrainReport;
  manifest: ModelManifest;
  /** Mermaid xychart of the learning curves, for the PR comment. */
  learningCurves?: string;
  /** Job summary / PR comment section. */
  summaryMarkdown: string;
}

/** Manifest fields a training path knows; the command adds name, data digests, lineage and metrics. */
type TrainedManifest = Omit<ModelManifest, "schema" | "name" | "data" | "git_sha" | "created_at" | "metrics">;

interface TrainedBundle {
  manifest: TrainedManifest;
  files: Record<string, Uint8Array | string>;
  scorer: Scorer;
  metrics: Record<string, number>;
  report: Pick<TrainReport, "epochs" | "train_rows"> &
    Partial<Pick<TrainReport, "metric" | "best_epoch" | "stopped_early" | "validation_rows">>;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function gitHead(cwd: string): Promise<string | undefined> {
  return new Promise((res) => {
    execFile("git", ["rev-parse", "HEAD"], { cwd }, (err, stdout) =>
      res(err ? undefined : stdout.trim() || undefined),
    );
  });
}

function dataFile(
  loaded: LoadedConfig,
  explicit: string | undefined,
  key: "train" | "test",
): string | undefined {
  if (explicit) return resolve(explicit);
  const configured = loaded.config.data[key];
  return configured ? resolveFromConfig(loaded, configured) : undefined;
}

/**
 * Metrics of a scored test set, over its labelled rows: accuracy for classification; RMSE and MAE
 * for regression (the values evaluate computes).
 */
export function testMetrics(
  p: Predictions,
  where: { file?: string; label?: string },
  logger: Logger,
): Record<string, number> {
  const scored = scoreLabelled(p, where, logger);
  if (!scored) return {};
  const m = scored.metrics;
  return p.task === "classification"
    ? { test_accuracy: m.accuracy! }
    : { test_rmse: m.rmse!, test_mae: m.mae! };
}

/** `mlgate train`: train the built-in model or run `train.command`, then write the bundle and train.json. */
export async function train(
  loaded: LoadedConfig,
  inputs: TrainInputs,
  ports: TrainPorts,
): Promise<TrainResult> {
  const { config } = loaded;
  const { logger, progress } = ports;
  const t0 = Date.now();
  const settings: TrainConfig = {
    ...config.train,
    ...(inputs.backend ? { backend: inputs.backend } : {}),
    ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
  };
  const outDir = resolve(inputs.out);
  const modelDir = join(outDir, "model");
  const reportFile = join(outDir, "train.json");
  // Before the data is read and the model trained: a bad --out is found in a second, not after the run.
  await checkOutputPaths([join(modelDir, MODEL_MANIFEST_FILE), reportFile]);
  const trainPath = dataFile(loaded, inputs.data, "train");
  if (!trainPath) {
    throw new MlgateError("no training data: pass --data <file> or set data.train in mlgate.yml", {
      location: { file: loaded.file, key: "data.train" },
    });
  }
  const testPath = dataFile(loaded, inputs.test, "test");
  const readOpts = readOptionsFrom(loaded);
  const [trainTable, testTable] = await logger.group("read data", async () => {
    const tr = await readTable(trainPath, readOpts);
    const te = testPath ? await readTable(testPath, readOpts) : undefined;
    logger.info(
      `train: ${trainPath} (${tr.rowCount} rows)${te ? `; test: ${testPath} (${te.rowCount} rows)` : ""}`,
    );
    return [tr, te] as const;
  });
  const spec: ModelSpec = {
    task: config.model.task,
    label: config.model.label,
    features: config.model.features,
    ignore: config.model.ignore,
  };
  const digest = async (path: string, rows: number) => ({
    path: relative(loaded.dir, path).split("\\").join("/"),
    sha256: await sha256(path),
    rows,
  });
  const data: ModelManifest["data"] = { train: await digest(trainPath, trainTable.rowCount) };
  if (testPath && testTable) data.test = await digest(testPath, testTable.rowCount);
  const gitSha = inputs.gitSha ?? (await gitHead(loaded.dir));

  const trained = settings.command
    ? await trainWithCommand(settings.command, loaded, {
        spec,
        settings,
        trainPath,
        testPath,
        trainTable,
        testTable,
        env: inputs.env ?? {},
        logger,
      })
    : await trainBuiltinWithProgress(trainTable, spec, settings, logger, progress);

  const metrics: Record<string, number> = { ...trained.metrics };
  try {
    if (testTable) {
      const scored = await logger.group("score the test set", () =>
        predictTable(
          {
            dir: modelDir,
            manifest: trained.manifest,
            scorer: trained.scorer,
          },
          testTable,
        ),
      );
      Object.assign(metrics, testMetrics(scored, { file: testPath, label: spec.label }, logger));
    }
  } finally {
    trained.scorer.dispose();
  }
  const manifest: ModelManifest = modelManifestSchema.parse({
    ...trained.manifest,
    schema: MODEL_SCHEMA,
    name: config.model.name,
    data,
    ...(gitSha ? { git_sha: gitSha } : {}),
    created_at: new Date().toISOString(),
    metrics,
  });
  const report: TrainReport = {
    schema: TRAIN_SCHEMA,
    model: config.model.name,
    task: manifest.task,
    mode: settings.command ? "command" : "builtin",
    framework: manifest.framework,
    backend: manifest.backend,
    device: manifest.device,
    ...(manifest.samples_per_second !== undefined ? { samples_per_second: manifest.samples_per_second } : {}),
    seed: manifest.seed,
    ...trained.report,
    ...(testTable ? { test_rows: testTable.rowCount } : {}),
    duration_seconds: Math.round((Date.now() - t0) / 100) / 10,
    metrics,
    model_dir: "model",
  };
  await writeModelBundle(modelDir, manifest, trained.files, { [reportFile]: toJson(report) });
  return {
    modelDir,
    reportFile,
    report,
    manifest,
    learningCurves: learningCurveChart(report),
    summaryMarkdown: trainSummaryMarkdown(report),
  };
}

async function trainBuiltinWithProgress(
  table: Table,
  spec: ModelSpec,
  settings: TrainConfig,
  logger: Logger,
  progress: Progress,
): Promise<TrainedBundle> {
  return logger.group(`train ${settings.type} (seed ${settings.seed})`, async () => {
    const bar = progress.start("training", settings.epochs);
    const result = await trainBuiltin(table, spec, settings, {
      logger,
      onEpoch: (r) =>
        bar.update(
          r.epoch,
          `loss ${r.loss.toFixed(4)}${r.val_loss !== undefined ? ` val_loss ${r.val_loss.toFixed(4)}` : ""}`,
        ),
    });
    const { trained } = result;
    bar.done(
      `${trained.history.length} epochs${trained.stoppedEarly ? " (early stop)" : ""}, ` +
        `${Math.round(trained.samplesPerSecond)} samples/s on ${result.choice.backend}`,
    );
    const best = trained.history[trained.bestEpoch - 1];
    const metrics: Record<string, number> = {};
    if (best) {
      metrics.train_loss = best.loss;
      if (best.val_loss !== undefined) {
        metrics.val_loss = best.val_loss;
        // The trainer's RMSE is on the scaled target; report it in label units.
        metrics[`val_${trained.metricName}`] =
          trained.metricName === "rmse" ? best.metric * (result.preprocessing.target?.std ?? 1) : best.metric;
      }
    }
    return {
      manifest: result.manifest,
      files: result.files,
      scorer: result.scorer,
      metrics,
      report: {
        metric: trained.metricName,
        epochs: trained.history,
        best_epoch: trained.bestEpoch,
        stopped_early: trained.stoppedEarly,
        train_rows: trained.trainRows,
        validation_rows: trained.validationRows,
      },
    };
  });
}

interface CommandContext {
  spec: ModelSpec;
  settings: TrainConfig;
  trainPath: string;
  testPath: string | undefined;
  trainTable: Table;
  testTable: Table | undefined;
  env: Record<string, string | undefined>;
  logger: Logger;
}

/**
 * Bring your own framework: fit the bundle's preprocessing here, hand the command the encoded
 * matrices (and the raw files), run it, and collect `$MLGATE_OUTPUT/model.onnx` into a bundle. The
 * model is loaded and scored before anything is written, so a broken export never becomes a bundle.
 */
async function trainWithCommand(
  command: string,
  loaded: LoadedConfig,
  ctx: CommandContext,
): Promise<TrainedBundle> {
  const { spec, settings, logger } = ctx;
  const labels = readLabels(ctx.trainTable, spec, logger);
  const rows = takeRows(ctx.trainTable, labels.rows);
  const features = featureColumns(rows, spec.label, { features: spec.features, ignore: spec.ignore });
  // No target scaling: the user's model predicts the label in its own units.
  const preprocessing = fitPreprocessing(rows, features);
  const names = encodedColumnNames(preprocessing);
  const work = await mkdtemp(join(tmpdir(), "mlgate-train-"));
  try {
    const output = join(work, "model");
    await mkdir(output);
    const trainFeatures = join(work, "train-features.csv");
    await writeFile(
      trainFeatures,
      encodedFeaturesCsv(names, applyPreprocessing(preprocessing, rows), labels.y),
    );
    let testFeatures = "";
    if (ctx.testTable) {
      const testLabels = readLabels(ctx.testTable, spec);
      const testRows = takeRows(ctx.testTable, testLabels.rows);
      const labelValues = ctx.testTable.columns.find((c) => c.name === spec.label)!.values;
      // Test classes are indexed like the training classes; a class train never saw gets -1.
      const y =
        spec.task === "classification"
          ? Float32Array.from(testLabels.rows, (i) => labels.classes!.indexOf(String(labelValues[i])))
          : testLabels.y;
      testFeatures = join(work, "test-features.csv");
      await writeFile(
        testFeatures,
        encodedFeaturesCsv(names, applyPreprocessing(preprocessing, testRows), y),
      );
    }
    const env: Record<string, string | undefined> = {
      ...ctx.env,
      MLGATE_TRAIN: ctx.trainPath,
      MLGATE_TEST: ctx.testPath ?? "",
      MLGATE_TRAIN_FEATURES: trainFeatures,
      MLGATE_TEST_FEATURES: testFeatures,
      MLGATE_OUTPUT: output,
      MLGATE_SEED: String(settings.seed),
      MLGATE_LABEL: spec.label,
      MLGATE_TASK: spec.task,
      MLGATE_CLASSES: JSON.stringify(labels.classes ?? []),
    };
    await logger.group(`train.command: ${command}`, () =>
      runTrainCommand(command, {
        cwd: loaded.dir,
        env,
        timeoutMs: settings.timeout_minutes * 60_000,
        logger,
      }),
    );
    const produced = (await readdir(output, { withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => d.name);
    if (!produced.includes(ONNX_MODEL_FILE)) {
      throw new MlgateError(`train.command finished but wrote no ${ONNX_MODEL_FILE} into $MLGATE_OUTPUT`, {
        location: { file: loaded.file, key: "train.command" },
        hint: `export the trained model to "$MLGATE_OUTPUT/${ONNX_MODEL_FILE}" (e.g. with torch.onnx.export)`,
      });
    }
    const files: Record<string, Uint8Array | string> = {};
    for (const name of produced) {
      if (name !== MODEL_MANIFEST_FILE) files[name] = await readFile(join(output, name));
    }
    const own = produced.includes(MODEL_MANIFEST_FILE)
      ? await readOwnManifest(join(output, MODEL_MANIFEST_FILE))
      : {};
    const { backend: _backend, command: _command, timeout_minutes: _timeout, ...hyperparameters } = settings;
    // Keys the command wrote into its own manifest win: it knows its framework, device and speed.
    const merged = {
      task: spec.task,
      label: spec.label,
      features,
      ...(labels.classes ? { classes: labels.classes } : {}),
      preprocessing,
      framework: "onnx",
      format: "onnx",
      files: [ONNX_MODEL_FILE, ...Object.keys(files).filter((f) => f !== ONNX_MODEL_FILE)],
      onnx: { output_kind: spec.task === "classification" ? "probabilities" : "values" },
      backend: "command",
      device: "unknown (trained by train.command)",
      seed: settings.seed,
      hyperparameters: { command, ...hyperparameters },
      ...own,
    };
    const checked = trainedManifestSchema.safeParse(merged);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new MlgateError(
        `the ${MODEL_MANIFEST_FILE} that train.command wrote is invalid at ${issue.path.join(".")}: ${issue.message}`,
        {
          location: { key: "train.command" },
          hint: "write only the keys you override (e.g. onnx.output_kind, device); mlgate fills in the rest",
        },
      );
    }
    const manifest = checked.data;
    const scorer = await loadOnnxScorer(join(output, ONNX_MODEL_FILE), manifest);
    return { manifest, files, scorer, metrics: {}, report: { epochs: [], train_rows: rows.rowCount } };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const trainedManifestSchema = modelManifestSchema.omit({
  schema: true,
  name: true,
  data: true,
  git_sha: true,
  created_at: true,
  metrics: true,
});

async function readOwnManifest(path: string): Promise<Record<string, unknown>> {
  try {
    const json = JSON.parse(await readFile(path, "utf8")) as unknown;
    if (json === null || typeof json !== "object" || Array.isArray(json))
      throw new Error("not a JSON object");
    return json as Record<string, unknown>;
  } catch (e) {
    throw new MlgateError(
      `the ${MODEL_MANIFEST_FILE} that train.command wrote is not valid: ${(e as Error).message}`,
      { location: { file: path, key: "train.command" } },
    );
  }
}
