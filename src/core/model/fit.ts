import type { TrainConfig } from "../config/sections/train.js";
import type { ModelManifest, Preprocessing } from "../contracts/model.js";
import { classCountProblem, isMissingLabel, warnUnlabelled } from "../data/labels.js";
import type { Table } from "../data/table.js";
import { MlgateError } from "../errors.js";
import type { Logger } from "../ports.js";
import { type BackendChoice, selectBackend } from "./backends.js";
import { type Scorer, tfjsModelFiles, tfjsScorer } from "./bundle.js";
import {
  applyPreprocessing,
  encodedWidth,
  type FeatureColumn,
  featureColumns,
  fitPreprocessing,
} from "./preprocess.js";
import { type EpochRecord, type TrainedModel, trainTabular } from "./trainer.js";

/** What the built-in trainer needs to know about the model (the `model:` section). */
export interface ModelSpec {
  task: "classification" | "regression";
  label: string;
  features?: string[];
  ignore?: string[];
}

export interface Labels {
  /** Rows with a label; rows without one are not trained on. */
  rows: Int32Array;
  /** Class index per kept row, or the numeric target. */
  y: Float32Array;
  classes?: string[];
}

/**
 * Read the label column: sorted class labels for classification, numbers for regression. Rows
 * without a label are left out; with a logger, the training data's warning says how many.
 */
export function readLabels(table: Table, spec: ModelSpec, logger?: Logger): Labels {
  const col = table.columns.find((c) => c.name === spec.label);
  if (!col) {
    throw new MlgateError(`label column '${spec.label}' is not in ${table.source ?? "the training data"}`, {
      location: { file: table.source, key: "model.label" },
      hint: `columns are: ${table.columns.map((c) => c.name).join(", ")}`,
    });
  }
  const kept: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (!isMissingLabel(col.values[i])) kept.push(i);
  }
  if (logger) {
    warnUnlabelled(logger, table.rowCount - kept.length, table.rowCount, {
      label: spec.label,
      file: table.source,
      purpose: "training",
    });
  }
  const rows = Int32Array.from(kept);
  if (spec.task === "classification") {
    const classes = [...new Set(kept.map((i) => String(col.values[i])))].sort();
    if (classes.length < 2) {
      throw new MlgateError(
        `label '${spec.label}' has ${classes.length} distinct value${classes.length === 1 ? "" : "s"}; classification needs at least 2`,
        { location: { file: table.source, key: spec.label } },
      );
    }
    // Refused here, before any tensor: one-hot targets take rows × classes floats.
    const problem = classCountProblem(classes.length, kept.length);
    if (problem) {
      throw new MlgateError(
        `label '${spec.label}' has ${classes.length} distinct values in ${kept.length} labelled rows: ${problem.reason}; it cannot be a classification label`,
        { location: { file: table.source, key: "model.label" }, hint: problem.hint },
      );
    }
    const index = new Map(classes.map((c, k) => [c, k]));
    return { rows, classes, y: Float32Array.from(kept, (i) => index.get(String(col.values[i]))!) };
  }
  const y = new Float32Array(kept.length);
  for (const [j, i] of kept.entries()) {
    const v = col.values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new MlgateError(
        `label '${spec.label}' is ${JSON.stringify(v)} in data row ${i + 1}; regression needs numbers`,
        {
          // No line: a table does not know where its rows were (quoted newlines, blank lines, JSON records).
          location: { file: table.source, key: spec.label },
          hint: "set model.task: classification for a categorical label",
        },
      );
    }
    y[j] = v;
  }
  return { rows, y };
}

export function takeRows(table: Table, rows: Int32Array): Table {
  if (rows.length === table.rowCount) return table;
  return {
    ...table,
    rowCount: rows.length,
    columns: table.columns.map((c) => ({ ...c, values: Array.from(rows, (i) => c.values[i]!) })),
  };
}

function classWeights(setting: TrainConfig["class_weights"], labels: Labels): Float32Array | undefined {
  if (setting === undefined || !labels.classes) return undefined;
  const k = labels.classes.length;
  const perClass = new Float64Array(k).fill(1);
  if (setting === "balanced") {
    const counts = new Float64Array(k);
    for (const c of labels.y) counts[c]!++;
    for (let c = 0; c < k; c++) perClass[c] = counts[c]! > 0 ? labels.y.length / (k * counts[c]!) : 1;
  } else {
    for (const [label, w] of Object.entries(setting)) {
      const c = labels.classes.indexOf(label);
      if (c < 0) {
        throw new MlgateError(
          `train.class_weights names class '${label}', which the label column does not have`,
          {
            location: { key: `train.class_weights.${label}` },
            hint: `classes are: ${labels.classes.join(", ")}`,
          },
        );
      }
      perClass[c] = w;
    }
  }
  return Float32Array.from(labels.y, (c) => perClass[c]!);
}

export interface BuiltinTrainResult {
  trained: TrainedModel;
  choice: BackendChoice;
  features: FeatureColumn[];
  preprocessing: Preprocessing;
  classes?: string[];
  files: Record<string, Uint8Array | string>;
  scorer: Scorer;
  /** Manifest fields this step knows; the command adds name, data digests, metrics and lineage. */
  manifest: Pick<
    ModelManifest,
    | "task"
    | "label"
    | "features"
    | "classes"
    | "preprocessing"
    | "framework"
    | "format"
    | "files"
    | "backend"
    | "device"
    | "samples_per_second"
    | "seed"
    | "hyperparameters"
  >;
}

/** Fit preprocessing on the training rows, train the network, and serialise it. */
export async function trainBuiltin(
  table: Table,
  spec: ModelSpec,
  settings: TrainConfig,
  ports: { logger: Logger; onEpoch?: (r: EpochRecord) => void },
): Promise<BuiltinTrainResult> {
  const labels = readLabels(table, spec, ports.logger);
  const rows = takeRows(table, labels.rows);
  const features = featureColumns(rows, spec.label, { features: spec.features, ignore: spec.ignore });
  if (features.length === 0) {
    throw new MlgateError("no feature columns left to train on", {
      location: { key: "model.features" },
      hint: "list feature columns in model.features, or remove them from model.ignore",
    });
  }
  const preprocessing = fitPreprocessing(
    rows,
    features,
    spec.task === "regression" ? { values: Array.from(labels.y) } : undefined,
  );
  const width = encodedWidth(preprocessing);
  const x = applyPreprocessing(preprocessing, rows);
  const target = preprocessing.target;
  const y = target ? Float32Array.from(labels.y, (v) => (v - target.mean) / target.std) : labels.y;

  const choice = await selectBackend(settings.backend, ports.logger);
  const trained = await trainTabular(
    {
      x,
      width,
      rows: rows.rowCount,
      y,
      classes: labels.classes?.length,
      weights: classWeights(settings.class_weights, labels),
    },
    spec.task,
    settings,
    ports.onEpoch,
  );
  const files = await tfjsModelFiles(trained.model);
  const { backend: _b, command: _c, timeout_minutes: _t, ...hyperparameters } = settings;
  return {
    trained,
    choice,
    features,
    preprocessing,
    classes: labels.classes,
    files,
    scorer: tfjsScorer(trained.model, width, spec.task === "classification"),
    manifest: {
      task: spec.task,
      label: spec.label,
      features,
      ...(labels.classes ? { classes: labels.classes } : {}),
      preprocessing,
      framework: "tfjs",
      format: "tfjs-layers",
      files: Object.keys(files),
      backend: choice.backend,
      device: choice.device,
      samples_per_second: Math.round(trained.samplesPerSecond),
      seed: settings.seed,
      hyperparameters,
    },
  };
}
