import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  scoreLabelled
} from "./chunk-AVFBSTAD.js";
import {
  TRAIN_SCHEMA
} from "./chunk-LM5LLMNV.js";
import {
  permutation,
  seededRandom
} from "./chunk-SQANGP76.js";
import "./chunk-Y7VMZH5F.js";
import {
  ONNX_MODEL_FILE,
  loadOnnxScorer,
  require_tf_layers_node,
  tfjsModelFiles,
  tfjsScorer,
  writeModelBundle
} from "./chunk-JZMZSJ7L.js";
import {
  predictTable
} from "./chunk-XUXWPNMX.js";
import {
  applyPreprocessing,
  encodedColumnNames,
  encodedWidth,
  featureColumns,
  fitPreprocessing
} from "./chunk-CRBIL3TH.js";
import {
  selectBackend
} from "./chunk-D5BRI7Y7.js";
import {
  require_tf_core_node
} from "./chunk-WN5546TP.js";
import "./chunk-OEO3WH64.js";
import {
  MODEL_MANIFEST_FILE,
  MODEL_SCHEMA,
  modelManifestSchema
} from "./chunk-TK3KZ7H5.js";
import {
  readOptionsFrom,
  readTable
} from "./chunk-7X562T77.js";
import {
  classCountProblem,
  isMissingLabel,
  warnUnlabelled
} from "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import {
  escapeMarkdown
} from "./chunk-Z2KXVVDY.js";
import {
  checkOutputPaths,
  toJson
} from "./chunk-WLXISTF7.js";
import {
  resolveFromConfig
} from "./chunk-4UCGVU6C.js";
import "./chunk-TKY34EYT.js";
import "./chunk-T7VKUT63.js";
import "./chunk-Q6CFKWPI.js";
import "./chunk-KZ2VNCYO.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/train.ts
init_esm_dirname();
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

// src/core/model/curves.ts
init_esm_dirname();
function learningCurveChart(report) {
  const epochs = report.epochs;
  if (epochs.length < 2) return void 0;
  const fmt = (v) => Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : "0";
  const losses2 = epochs.flatMap((e) => e.val_loss === void 0 ? [e.loss] : [e.loss, e.val_loss]);
  const top = Math.max(...losses2.filter(Number.isFinite));
  const lines = [
    "```mermaid",
    "xychart-beta",
    '  title "Learning curves (loss per epoch)"',
    `  x-axis "epoch" 1 --> ${epochs.length}`,
    `  y-axis "loss" 0 --> ${fmt(top * 1.05)}`,
    `  line [${epochs.map((e) => fmt(e.loss)).join(", ")}]`
  ];
  if (epochs.every((e) => e.val_loss !== void 0)) {
    lines.push(`  line [${epochs.map((e) => fmt(e.val_loss)).join(", ")}]`);
  }
  lines.push("```");
  return lines.join("\n");
}
function trainSummaryMarkdown(report) {
  const lines = [
    `### mlgate train: ${escapeMarkdown(report.model)}`,
    "",
    `Backend **${escapeMarkdown(report.backend)}** on ${escapeMarkdown(report.device)}` + (report.samples_per_second !== void 0 ? ` \u2014 ${report.samples_per_second} samples/s` : ""),
    "",
    "| metric | value |",
    "| --- | --- |",
    ...Object.entries(report.metrics).map(
      ([k, v]) => `| ${escapeMarkdown(k)} | ${Number(v.toPrecision(4))} |`
    )
  ];
  const chart = learningCurveChart(report);
  if (chart) lines.push("", chart);
  return `${lines.join("\n")}
`;
}

// src/core/model/external.ts
init_esm_dirname();
import { spawn } from "node:child_process";
async function runTrainCommand(command, opts) {
  const t0 = Date.now();
  const tail = [];
  const keep2 = (line) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  return await new Promise((resolvePromise, reject) => {
    const child = spawn(command, {
      cwd: opts.cwd,
      env: opts.env,
      shell: true,
      // Its own process group, so a timeout stops the command's children too.
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"]
    });
    const pump = (stream, log) => {
      let buffered = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        buffered += chunk;
        const lines = buffered.split(/\r?\n/);
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          keep2(line);
          log(line);
        }
      });
      stream.on("end", () => {
        if (buffered) {
          keep2(buffered);
          log(buffered);
        }
      });
    };
    pump(child.stdout, (l) => opts.logger.info(l));
    pump(child.stderr, (l) => opts.logger.info(l));
    let timedOut = false;
    const kill = (signal) => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGTERM");
      setTimeout(() => kill("SIGKILL"), 5e3).unref();
    }, opts.timeoutMs);
    const signals = ["SIGINT", "SIGTERM"];
    function stopForwarding() {
      for (const s of signals) process.off(s, forward);
    }
    function forward(signal) {
      kill(signal);
      stopForwarding();
      process.kill(process.pid, signal);
    }
    for (const s of signals) process.once(s, forward);
    child.on("error", (e) => {
      clearTimeout(timer);
      stopForwarding();
      reject(
        new MlgateError(`cannot start train.command: ${e.message}`, { location: { key: "train.command" } })
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      stopForwarding();
      const seconds = (Date.now() - t0) / 1e3;
      if (timedOut) {
        reject(
          new MlgateError(
            `train.command timed out after ${(opts.timeoutMs / 6e4).toFixed(1)} minutes and was stopped`,
            {
              location: { key: "train.timeout_minutes" },
              hint: "raise train.timeout_minutes, or train on less data in CI"
            }
          )
        );
      } else if (code !== 0) {
        const last = tail.slice(-5).join("\n    ");
        reject(
          new MlgateError(
            `train.command failed (${signal ? `killed by ${signal}` : `exit code ${code}`})${last ? `; last output:
    ${last}` : ""}`,
            {
              location: { key: "train.command" },
              hint: "run the command locally with the MLGATE_* variables set to reproduce"
            }
          )
        );
      } else resolvePromise({ seconds });
    });
  });
}
function encodedFeaturesCsv(columnNames, x, y) {
  const width = columnNames.length;
  const quote = (s) => /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = [[...columnNames, "__target__"].map(quote).join(",")];
  for (let i = 0; i < y.length; i++) {
    const cells = new Array(width + 1);
    for (let j = 0; j < width; j++) cells[j] = String(x[i * width + j]);
    cells[width] = String(y[i]);
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}
`;
}

// src/core/model/fit.ts
init_esm_dirname();

// src/core/model/trainer.ts
init_esm_dirname();
var tf = __toESM(require_tf_core_node(), 1);
var tfl = __toESM(require_tf_layers_node(), 1);
function buildModel(settings, width, outputs) {
  const model = tfl.sequential();
  const hidden = settings.type === "mlp" ? settings.hidden : [];
  let seed = settings.seed;
  for (const [i, units] of hidden.entries()) {
    model.add(
      tfl.layers.dense({
        units,
        activation: settings.activation,
        kernelInitializer: tfl.initializers.glorotUniform({ seed: seed++ }),
        biasInitializer: "zeros",
        ...i === 0 ? { inputShape: [width] } : {}
      })
    );
  }
  model.add(
    tfl.layers.dense({
      units: outputs,
      activation: "linear",
      kernelInitializer: tfl.initializers.glorotUniform({ seed: seed++ }),
      biasInitializer: "zeros",
      ...hidden.length === 0 ? { inputShape: [width] } : {}
    })
  );
  return model;
}
var DEVICE_BACKENDS = /* @__PURE__ */ new Set(["webgpu", "webgl", "tensorflow"]);
function oneHotRows(labels, classes) {
  const out = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]] = 1;
  return out;
}
function gatherRows(src, width, rows) {
  const out = new Float32Array(rows.length * width);
  for (let i = 0; i < rows.length; i++)
    out.set(src.subarray(rows[i] * width, (rows[i] + 1) * width), i * width);
  return out;
}
async function trainTabular(data, task, settings, onEpoch, placement) {
  if (data.rows < 2) {
    throw new MlgateError(`cannot train on ${data.rows} row${data.rows === 1 ? "" : "s"}`, {
      hint: "the training file needs at least a few rows with a label"
    });
  }
  const classification = task === "classification";
  const outputs = classification ? data.classes ?? 0 : 1;
  const random = seededRandom(settings.seed);
  const order = permutation(data.rows, random);
  const valRows = Math.min(data.rows - 1, Math.floor(data.rows * settings.validation_split));
  const trainIdx = order.subarray(0, data.rows - valRows);
  const valIdx = order.subarray(data.rows - valRows);
  const nTrain = trainIdx.length;
  const pick = (idx) => ({
    x: gatherRows(data.x, data.width, idx),
    y: Float32Array.from(idx, (i) => data.y[i]),
    w: Float32Array.from(idx, (i) => data.weights?.[i] ?? 1)
  });
  const tr = pick(trainIdx);
  const va = valRows > 0 ? pick(valIdx) : void 0;
  const model = buildModel(settings, data.width, outputs);
  const optimizer = settings.optimizer === "adam" ? tf.train.adam(settings.learning_rate) : tf.train.sgd(settings.learning_rate);
  const dropout2 = settings.type === "mlp" ? settings.dropout : 0;
  const targets = (y, n) => classification ? tf.cast(tf.oneHot(tf.tensor1d(Int32Array.from(y), "int32"), outputs), "float32") : tf.tensor2d(y, [n, 1]);
  const xTrain = tf.tensor2d(tr.x, [nTrain, data.width]);
  const yTrain = tf.tidy(() => targets(tr.y, nTrain));
  const wTrain = tf.tensor1d(tr.w);
  const totalWeight = tr.w.reduce((a, b) => a + b, 0);
  const onDevice = (placement ?? (DEVICE_BACKENDS.has(tf.getBackend()) ? "device" : "host")) === "device";
  const yHost = classification ? oneHotRows(tr.y, outputs) : tr.y;
  const yWidth = classification ? outputs : 1;
  const shuffled = (perm) => {
    if (onDevice) {
      const [xs2, ys2, ws2] = tf.tidy(() => {
        const idx = tf.tensor1d(perm, "int32");
        return [tf.gather(xTrain, idx), tf.gather(yTrain, idx), tf.gather(wTrain, idx)];
      });
      return {
        batch: (start, size) => [
          tf.slice(xs2, [start, 0], [size, -1]),
          tf.slice(ys2, [start, 0], [size, -1]),
          tf.slice(ws2, [start], [size])
        ],
        dispose: () => tf.dispose([xs2, ys2, ws2])
      };
    }
    const xs = gatherRows(tr.x, data.width, perm);
    const ys = gatherRows(yHost, yWidth, perm);
    const ws = gatherRows(tr.w, 1, perm);
    return {
      batch: (start, size) => [
        tf.tensor2d(xs.subarray(start * data.width, (start + size) * data.width), [size, data.width]),
        tf.tensor2d(ys.subarray(start * yWidth, (start + size) * yWidth), [size, yWidth]),
        tf.tensor1d(ws.subarray(start, start + size))
      ],
      dispose: () => {
      }
    };
  };
  const xVal = va ? tf.tensor2d(va.x, [valRows, data.width]) : void 0;
  const yVal = va ? tf.tidy(() => targets(va.y, valRows)) : void 0;
  const wVal = va ? tf.tensor1d(va.w) : void 0;
  const forward = (x, dropoutSeed) => {
    let h = x;
    const layers2 = model.layers;
    for (let i = 0; i < layers2.length; i++) {
      h = layers2[i].apply(h);
      if (dropoutSeed !== void 0 && dropout2 > 0 && i < layers2.length - 1)
        h = tf.dropout(h, dropout2, void 0, dropoutSeed + i);
    }
    return h;
  };
  const weighted = data.weights !== void 0;
  const lossOf = (out, y, w) => {
    const perRow = classification ? tf.losses.softmaxCrossEntropy(y, out, void 0, void 0, tf.Reduction.NONE) : tf.sum(tf.square(tf.sub(out, y)), 1);
    return weighted ? tf.div(tf.sum(tf.mul(perRow, w)), tf.sum(w)) : tf.mean(perRow);
  };
  const hitsOf = (out, y) => classification ? tf.sum(tf.cast(tf.equal(tf.argMax(out, 1), tf.argMax(y, 1)), "float32")) : tf.sum(tf.square(tf.sub(out, y)));
  const metricFromHits = (hits, rows) => {
    const perRow = tf.div(hits, rows);
    return classification ? perRow : tf.sqrt(perRow);
  };
  const history = [];
  const patience = settings.early_stopping === false ? Number.POSITIVE_INFINITY : settings.early_stopping.patience;
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestWeights;
  let stoppedEarly = false;
  let trainMs = 0;
  let samples = 0;
  const batch = Math.max(1, Math.min(settings.batch_size, nTrain));
  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      const t0 = performance.now();
      const perm = permutation(nTrain, random);
      const dropoutSeed = Math.floor(random() * 2 ** 31);
      const epochData = shuffled(perm);
      let lossAcc = tf.scalar(0);
      let hitsAcc = tf.scalar(0);
      const trackHits = !va;
      for (let start = 0, b = 0; start < nTrain; start += batch, b++) {
        const size = Math.min(batch, nTrain - start);
        const [nextLoss, nextHits] = tf.tidy(() => {
          const [xb, yb, wb] = epochData.batch(start, size);
          let out;
          const cost = optimizer.minimize(() => {
            const logits = forward(xb, dropout2 > 0 ? dropoutSeed + 1e3 * b : void 0);
            if (trackHits) out = tf.keep(logits);
            return lossOf(logits, yb, wb);
          }, true);
          const nextHits2 = out ? tf.add(hitsAcc, hitsOf(out, yb)) : tf.clone(hitsAcc);
          out?.dispose();
          const batchWeight = weighted ? tf.sum(wb) : size;
          return [tf.add(lossAcc, tf.mul(cost, batchWeight)), nextHits2];
        });
        lossAcc.dispose();
        hitsAcc.dispose();
        lossAcc = nextLoss;
        hitsAcc = nextHits;
      }
      const figures = tf.tidy(() => {
        const trainLoss = tf.div(lossAcc, totalWeight);
        if (xVal && yVal && wVal) {
          const out = forward(xVal);
          return tf.stack([trainLoss, lossOf(out, yVal, wVal), metricFromHits(hitsOf(out, yVal), valRows)]);
        }
        return tf.stack([trainLoss, trainLoss, metricFromHits(hitsAcc, nTrain)]);
      });
      epochData.dispose();
      for (const t of [lossAcc, hitsAcc]) t.dispose();
      const [loss, valLoss, metric] = Array.from(await figures.data());
      figures.dispose();
      trainMs += performance.now() - t0;
      samples += nTrain;
      if (!Number.isFinite(loss)) {
        throw new MlgateError(`training diverged at epoch ${epoch} (loss is ${loss})`, {
          location: { key: "train.learning_rate" },
          hint: "lower train.learning_rate, or check the label column for extreme values"
        });
      }
      const record = { epoch, loss, metric };
      if (va) record.val_loss = valLoss;
      history.push(record);
      onEpoch?.(record);
      if (valLoss < best - 1e-7) {
        best = valLoss;
        bestEpoch = epoch;
        if (settings.early_stopping !== false) {
          for (const w of bestWeights ?? []) w.dispose();
          bestWeights = model.getWeights().map((w) => w.clone());
        }
      } else if (epoch - bestEpoch >= patience) {
        stoppedEarly = true;
        break;
      }
    }
    if (bestWeights) model.setWeights(bestWeights);
    else bestEpoch = history.length;
  } finally {
    for (const t of [xTrain, yTrain, wTrain, xVal, yVal, wVal, ...bestWeights ?? []]) t?.dispose();
    optimizer.dispose();
  }
  return {
    model,
    history,
    metricName: classification ? "accuracy" : "rmse",
    bestEpoch,
    stoppedEarly,
    trainRows: nTrain,
    validationRows: valRows,
    samplesPerSecond: trainMs > 0 ? samples * 1e3 / trainMs : 0
  };
}

// src/core/model/fit.ts
function readLabels(table, spec, logger) {
  const col = table.columns.find((c) => c.name === spec.label);
  if (!col) {
    throw new MlgateError(`label column '${spec.label}' is not in ${table.source ?? "the training data"}`, {
      location: { file: table.source, key: "model.label" },
      hint: `columns are: ${table.columns.map((c) => c.name).join(", ")}`
    });
  }
  const kept = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (!isMissingLabel(col.values[i])) kept.push(i);
  }
  if (logger) {
    warnUnlabelled(logger, table.rowCount - kept.length, table.rowCount, {
      label: spec.label,
      file: table.source,
      purpose: "training"
    });
  }
  const rows = Int32Array.from(kept);
  if (spec.task === "classification") {
    const classes = [...new Set(kept.map((i) => String(col.values[i])))].sort();
    if (classes.length < 2) {
      throw new MlgateError(
        `label '${spec.label}' has ${classes.length} distinct value${classes.length === 1 ? "" : "s"}; classification needs at least 2`,
        { location: { file: table.source, key: spec.label } }
      );
    }
    const problem = classCountProblem(classes.length, kept.length);
    if (problem) {
      throw new MlgateError(
        `label '${spec.label}' has ${classes.length} distinct values in ${kept.length} labelled rows: ${problem.reason}; it cannot be a classification label`,
        { location: { file: table.source, key: "model.label" }, hint: problem.hint }
      );
    }
    const index = new Map(classes.map((c, k) => [c, k]));
    return { rows, classes, y: Float32Array.from(kept, (i) => index.get(String(col.values[i]))) };
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
          hint: "set model.task: classification for a categorical label"
        }
      );
    }
    y[j] = v;
  }
  return { rows, y };
}
function takeRows(table, rows) {
  if (rows.length === table.rowCount) return table;
  return {
    ...table,
    rowCount: rows.length,
    columns: table.columns.map((c) => ({ ...c, values: Array.from(rows, (i) => c.values[i]) }))
  };
}
function classWeights(setting, labels) {
  if (setting === void 0 || !labels.classes) return void 0;
  const k = labels.classes.length;
  const perClass = new Float64Array(k).fill(1);
  if (setting === "balanced") {
    const counts = new Float64Array(k);
    for (const c of labels.y) counts[c]++;
    for (let c = 0; c < k; c++) perClass[c] = counts[c] > 0 ? labels.y.length / (k * counts[c]) : 1;
  } else {
    for (const [label, w] of Object.entries(setting)) {
      const c = labels.classes.indexOf(label);
      if (c < 0) {
        throw new MlgateError(
          `train.class_weights names class '${label}', which the label column does not have`,
          {
            location: { key: `train.class_weights.${label}` },
            hint: `classes are: ${labels.classes.join(", ")}`
          }
        );
      }
      perClass[c] = w;
    }
  }
  return Float32Array.from(labels.y, (c) => perClass[c]);
}
async function trainBuiltin(table, spec, settings, ports) {
  const labels = readLabels(table, spec, ports.logger);
  const rows = takeRows(table, labels.rows);
  const features = featureColumns(rows, spec.label, { features: spec.features, ignore: spec.ignore });
  if (features.length === 0) {
    throw new MlgateError("no feature columns left to train on", {
      location: { key: "model.features" },
      hint: "list feature columns in model.features, or remove them from model.ignore"
    });
  }
  const preprocessing = fitPreprocessing(
    rows,
    features,
    spec.task === "regression" ? { values: Array.from(labels.y) } : void 0
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
      weights: classWeights(settings.class_weights, labels)
    },
    spec.task,
    settings,
    ports.onEpoch
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
      ...labels.classes ? { classes: labels.classes } : {},
      preprocessing,
      framework: "tfjs",
      format: "tfjs-layers",
      files: Object.keys(files),
      backend: choice.backend,
      device: choice.device,
      samples_per_second: Math.round(trained.samplesPerSecond),
      seed: settings.seed,
      hyperparameters
    }
  };
}

// src/commands/train.ts
async function sha256(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}
function gitHead(cwd) {
  return new Promise((res) => {
    execFile(
      "git",
      ["rev-parse", "HEAD"],
      { cwd },
      (err, stdout) => res(err ? void 0 : stdout.trim() || void 0)
    );
  });
}
function dataFile(loaded, explicit, key) {
  if (explicit) return resolve(explicit);
  const configured = loaded.config.data[key];
  return configured ? resolveFromConfig(loaded, configured) : void 0;
}
function testMetrics(p, where, logger) {
  const scored = scoreLabelled(p, where, logger);
  if (!scored) return {};
  const m = scored.metrics;
  return p.task === "classification" ? { test_accuracy: m.accuracy } : { test_rmse: m.rmse, test_mae: m.mae };
}
async function train2(loaded, inputs, ports) {
  const { config } = loaded;
  const { logger, progress } = ports;
  const t0 = Date.now();
  const settings = {
    ...config.train,
    ...inputs.backend ? { backend: inputs.backend } : {},
    ...inputs.seed !== void 0 ? { seed: inputs.seed } : {}
  };
  const outDir = resolve(inputs.out);
  const modelDir = join(outDir, "model");
  const reportFile = join(outDir, "train.json");
  await checkOutputPaths([join(modelDir, MODEL_MANIFEST_FILE), reportFile]);
  const trainPath = dataFile(loaded, inputs.data, "train");
  if (!trainPath) {
    throw new MlgateError("no training data: pass --data <file> or set data.train in mlgate.yml", {
      location: { file: loaded.file, key: "data.train" }
    });
  }
  const testPath = dataFile(loaded, inputs.test, "test");
  const readOpts = readOptionsFrom(loaded);
  const [trainTable, testTable] = await logger.group("read data", async () => {
    const tr = await readTable(trainPath, readOpts);
    const te = testPath ? await readTable(testPath, readOpts) : void 0;
    logger.info(
      `train: ${trainPath} (${tr.rowCount} rows)${te ? `; test: ${testPath} (${te.rowCount} rows)` : ""}`
    );
    return [tr, te];
  });
  const spec = {
    task: config.model.task,
    label: config.model.label,
    features: config.model.features,
    ignore: config.model.ignore
  };
  const digest = async (path, rows) => ({
    path: relative(loaded.dir, path).split("\\").join("/"),
    sha256: await sha256(path),
    rows
  });
  const data = { train: await digest(trainPath, trainTable.rowCount) };
  if (testPath && testTable) data.test = await digest(testPath, testTable.rowCount);
  const gitSha = inputs.gitSha ?? await gitHead(loaded.dir);
  const trained = settings.command ? await trainWithCommand(settings.command, loaded, {
    spec,
    settings,
    trainPath,
    testPath,
    trainTable,
    testTable,
    env: inputs.env ?? {},
    logger
  }) : await trainBuiltinWithProgress(trainTable, spec, settings, logger, progress);
  const metrics = { ...trained.metrics };
  try {
    if (testTable) {
      const scored = await logger.group(
        "score the test set",
        () => predictTable(
          {
            dir: modelDir,
            manifest: trained.manifest,
            scorer: trained.scorer
          },
          testTable
        )
      );
      Object.assign(metrics, testMetrics(scored, { file: testPath, label: spec.label }, logger));
    }
  } finally {
    trained.scorer.dispose();
  }
  const manifest = modelManifestSchema.parse({
    ...trained.manifest,
    schema: MODEL_SCHEMA,
    name: config.model.name,
    data,
    ...gitSha ? { git_sha: gitSha } : {},
    created_at: (/* @__PURE__ */ new Date()).toISOString(),
    metrics
  });
  const report = {
    schema: TRAIN_SCHEMA,
    model: config.model.name,
    task: manifest.task,
    mode: settings.command ? "command" : "builtin",
    framework: manifest.framework,
    backend: manifest.backend,
    device: manifest.device,
    ...manifest.samples_per_second !== void 0 ? { samples_per_second: manifest.samples_per_second } : {},
    seed: manifest.seed,
    ...trained.report,
    ...testTable ? { test_rows: testTable.rowCount } : {},
    duration_seconds: Math.round((Date.now() - t0) / 100) / 10,
    metrics,
    model_dir: "model"
  };
  await writeModelBundle(modelDir, manifest, trained.files, { [reportFile]: toJson(report) });
  return {
    modelDir,
    reportFile,
    report,
    manifest,
    learningCurves: learningCurveChart(report),
    summaryMarkdown: trainSummaryMarkdown(report)
  };
}
async function trainBuiltinWithProgress(table, spec, settings, logger, progress) {
  return logger.group(`train ${settings.type} (seed ${settings.seed})`, async () => {
    const bar = progress.start("training", settings.epochs);
    const result = await trainBuiltin(table, spec, settings, {
      logger,
      onEpoch: (r) => bar.update(
        r.epoch,
        `loss ${r.loss.toFixed(4)}${r.val_loss !== void 0 ? ` val_loss ${r.val_loss.toFixed(4)}` : ""}`
      )
    });
    const { trained } = result;
    bar.done(
      `${trained.history.length} epochs${trained.stoppedEarly ? " (early stop)" : ""}, ${Math.round(trained.samplesPerSecond)} samples/s on ${result.choice.backend}`
    );
    const best = trained.history[trained.bestEpoch - 1];
    const metrics = {};
    if (best) {
      metrics.train_loss = best.loss;
      if (best.val_loss !== void 0) {
        metrics.val_loss = best.val_loss;
        metrics[`val_${trained.metricName}`] = trained.metricName === "rmse" ? best.metric * (result.preprocessing.target?.std ?? 1) : best.metric;
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
        validation_rows: trained.validationRows
      }
    };
  });
}
async function trainWithCommand(command, loaded, ctx) {
  const { spec, settings, logger } = ctx;
  const labels = readLabels(ctx.trainTable, spec, logger);
  const rows = takeRows(ctx.trainTable, labels.rows);
  const features = featureColumns(rows, spec.label, { features: spec.features, ignore: spec.ignore });
  const preprocessing = fitPreprocessing(rows, features);
  const names = encodedColumnNames(preprocessing);
  const work = await mkdtemp(join(tmpdir(), "mlgate-train-"));
  try {
    const output = join(work, "model");
    await mkdir(output);
    const trainFeatures = join(work, "train-features.csv");
    await writeFile(
      trainFeatures,
      encodedFeaturesCsv(names, applyPreprocessing(preprocessing, rows), labels.y)
    );
    let testFeatures = "";
    if (ctx.testTable) {
      const testLabels = readLabels(ctx.testTable, spec);
      const testRows = takeRows(ctx.testTable, testLabels.rows);
      const labelValues = ctx.testTable.columns.find((c) => c.name === spec.label).values;
      const y = spec.task === "classification" ? Float32Array.from(testLabels.rows, (i) => labels.classes.indexOf(String(labelValues[i]))) : testLabels.y;
      testFeatures = join(work, "test-features.csv");
      await writeFile(
        testFeatures,
        encodedFeaturesCsv(names, applyPreprocessing(preprocessing, testRows), y)
      );
    }
    const env = {
      ...ctx.env,
      MLGATE_TRAIN: ctx.trainPath,
      MLGATE_TEST: ctx.testPath ?? "",
      MLGATE_TRAIN_FEATURES: trainFeatures,
      MLGATE_TEST_FEATURES: testFeatures,
      MLGATE_OUTPUT: output,
      MLGATE_SEED: String(settings.seed),
      MLGATE_LABEL: spec.label,
      MLGATE_TASK: spec.task,
      MLGATE_CLASSES: JSON.stringify(labels.classes ?? [])
    };
    await logger.group(
      `train.command: ${command}`,
      () => runTrainCommand(command, {
        cwd: loaded.dir,
        env,
        timeoutMs: settings.timeout_minutes * 6e4,
        logger
      })
    );
    const produced = (await readdir(output, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    if (!produced.includes(ONNX_MODEL_FILE)) {
      throw new MlgateError(`train.command finished but wrote no ${ONNX_MODEL_FILE} into $MLGATE_OUTPUT`, {
        location: { file: loaded.file, key: "train.command" },
        hint: `export the trained model to "$MLGATE_OUTPUT/${ONNX_MODEL_FILE}" (e.g. with torch.onnx.export)`
      });
    }
    const files = {};
    for (const name of produced) {
      if (name !== MODEL_MANIFEST_FILE) files[name] = await readFile(join(output, name));
    }
    const own = produced.includes(MODEL_MANIFEST_FILE) ? await readOwnManifest(join(output, MODEL_MANIFEST_FILE)) : {};
    const { backend: _backend, command: _command, timeout_minutes: _timeout, ...hyperparameters } = settings;
    const merged = {
      task: spec.task,
      label: spec.label,
      features,
      ...labels.classes ? { classes: labels.classes } : {},
      preprocessing,
      framework: "onnx",
      format: "onnx",
      files: [ONNX_MODEL_FILE, ...Object.keys(files).filter((f) => f !== ONNX_MODEL_FILE)],
      onnx: { output_kind: spec.task === "classification" ? "probabilities" : "values" },
      backend: "command",
      device: "unknown (trained by train.command)",
      seed: settings.seed,
      hyperparameters: { command, ...hyperparameters },
      ...own
    };
    const checked = trainedManifestSchema.safeParse(merged);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new MlgateError(
        `the ${MODEL_MANIFEST_FILE} that train.command wrote is invalid at ${issue.path.join(".")}: ${issue.message}`,
        {
          location: { key: "train.command" },
          hint: "write only the keys you override (e.g. onnx.output_kind, device); mlgate fills in the rest"
        }
      );
    }
    const manifest = checked.data;
    const scorer = await loadOnnxScorer(join(output, ONNX_MODEL_FILE), manifest);
    return { manifest, files, scorer, metrics: {}, report: { epochs: [], train_rows: rows.rowCount } };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
var trainedManifestSchema = modelManifestSchema.omit({
  schema: true,
  name: true,
  data: true,
  git_sha: true,
  created_at: true,
  metrics: true
});
async function readOwnManifest(path) {
  try {
    const json = JSON.parse(await readFile(path, "utf8"));
    if (json === null || typeof json !== "object" || Array.isArray(json))
      throw new Error("not a JSON object");
    return json;
  } catch (e) {
    throw new MlgateError(
      `the ${MODEL_MANIFEST_FILE} that train.command wrote is not valid: ${e.message}`,
      { location: { file: path, key: "train.command" } }
    );
  }
}
export {
  testMetrics,
  train2 as train
};
