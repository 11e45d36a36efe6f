import * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { trainSection } from "../../src/core/config/sections/train.js";
import { TRAIN_SCHEMA, type TrainReport } from "../../src/core/contracts/train.js";
import type { Table } from "../../src/core/data/table.js";
import type { MlgateError } from "../../src/core/errors.js";
import { selectBackend } from "../../src/core/model/backends.js";
import { learningCurveChart } from "../../src/core/model/curves.js";
import { trainBuiltin } from "../../src/core/model/fit.js";
import { predictTable } from "../../src/core/model/predict.js";
import { applyPreprocessing, encodedColumnNames, fitPreprocessing } from "../../src/core/model/preprocess.js";
import { trainTabular } from "../../src/core/model/trainer.js";
import { silentLogger } from "../../src/core/ports.js";
import { permutation, seededRandom } from "../../src/core/stats/random.js";

const logger = silentLogger;

describe("preprocessing (hand-computed)", () => {
  const table: Table = {
    rowCount: 4,
    columns: [
      { name: "x", type: "float", values: [1, null, 3, 5] },
      { name: "c", type: "string", values: ["b", "a", null, "b"] },
    ],
  };
  const pre = fitPreprocessing(table, [
    { name: "x", type: "float" },
    { name: "c", type: "string" },
  ]);

  it("imputes the median, standardises the imputed values and one-hots sorted categories", () => {
    // x: median of {1,3,5} = 3; imputed [1,3,3,5]: mean 3, population std sqrt(8/4).
    expect(pre.features[0]).toEqual({
      name: "x",
      kind: "numeric",
      median: 3,
      mean: 3,
      std: Math.SQRT2,
      missing_indicator: true,
    });
    expect(pre.features[1]).toEqual({ name: "c", kind: "categorical", categories: ["a", "b"] });
    expect(encodedColumnNames(pre)).toEqual(["x", "x__missing", "c=a", "c=b", "c__unknown"]);
  });

  it("applies the train statistics to new rows; unseen and missing categories go to the unknown bucket", () => {
    const fresh: Table = {
      rowCount: 3,
      columns: [
        { name: "c", type: "string", values: ["z", "a", null] },
        { name: "x", type: "float", values: [7, null, Number.NaN] },
      ],
    };
    const s = Math.SQRT2;
    expect(Array.from(applyPreprocessing(pre, fresh))).toEqual(
      [
        [4 / s, 0, 0, 0, 1],
        [0, 1, 1, 0, 0],
        [0, 1, 0, 0, 1],
      ]
        .flat()
        .map(Math.fround),
    );
  });

  it("names the column and row of a value that is not a number", () => {
    const bad: Table = {
      rowCount: 2,
      source: "new.csv",
      columns: [
        { name: "x", type: "string", values: ["2", "two"] },
        { name: "c", type: "string", values: ["a", "a"] },
      ],
    };
    expect(() => applyPreprocessing(pre, bad)).toThrow(
      /column 'x' row 2 is "two", but the model expects a number/,
    );
  });
});

describe("seeded randomness", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(seededRandom(6)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("permutes every index exactly once", () => {
    const p = permutation(100, seededRandom(1));
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect([...p]).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

/** y = 3·a − 2·b + 5 on a grid: a linear model must recover it almost exactly. */
function linearTable(n: number): Table {
  const a = Array.from({ length: n }, (_, i) => (i % 17) / 4);
  const b = Array.from({ length: n }, (_, i) => (i % 11) / 3);
  return {
    rowCount: n,
    columns: [
      { name: "a", type: "float", values: a },
      { name: "b", type: "float", values: b },
      { name: "y", type: "float", values: a.map((v, i) => 3 * v - 2 * b[i]! + 5) },
    ],
  };
}

describe("trainer", () => {
  it("fits a linear regression and predicts in label units", async () => {
    const table = linearTable(300);
    const settings = trainSection.parse({
      type: "linear",
      backend: "cpu",
      epochs: 150,
      batch_size: 32,
      learning_rate: 0.05,
      early_stopping: false,
    });
    const result = await trainBuiltin(table, { task: "regression", label: "y" }, settings, { logger });
    expect(result.trained.metricName).toBe("rmse");
    const p = await predictTable(
      { dir: "", manifest: result.manifest, scorer: result.scorer },
      linearTable(40),
    );
    const yTrue = p.yTrue as number[];
    const rmse = Math.sqrt(
      yTrue.reduce((s, y, i) => s + (y - (p.yPred[i] as number)) ** 2, 0) / yTrue.length,
    );
    // The label spans about 3·4 + 2·3.3 ≈ 19 units; an exact linear fit leaves float noise only.
    expect(rmse).toBeLessThan(0.05);
  }, 30_000);

  it("stops early when validation loss stops improving and keeps the best epoch's weights", async () => {
    const table = linearTable(200);
    const settings = trainSection.parse({
      type: "mlp",
      hidden: [8],
      backend: "cpu",
      epochs: 400,
      learning_rate: 0.05,
      early_stopping: { patience: 3 },
    });
    const { trained } = await trainBuiltin(table, { task: "regression", label: "y" }, settings, { logger });
    expect(trained.stoppedEarly).toBe(true);
    expect(trained.history.length).toBeLessThan(400);
    const losses = trained.history.map((e) => e.val_loss!);
    expect(trained.bestEpoch).toBe(losses.indexOf(Math.min(...losses)) + 1);
    expect(trained.history.length - trained.bestEpoch).toBe(3);
  }, 30_000);

  it("class weights shift predictions toward the weighted class", async () => {
    // Overlapping classes: x < 0.5 is mostly "a", but a third of those rows are "b".
    const n = 240;
    const x = Array.from({ length: n }, (_, i) => (i % 60) / 60);
    const label = x.map((v, i) => (v < 0.5 ? (i % 3 === 0 ? "b" : "a") : "b"));
    const table: Table = {
      rowCount: n,
      columns: [
        { name: "x", type: "float", values: x },
        { name: "label", type: "string", values: label },
      ],
    };
    const base = { type: "linear", backend: "cpu", epochs: 60, learning_rate: 0.05, early_stopping: false };
    const countB = async (extra: object) => {
      const r = await trainBuiltin(
        table,
        { task: "classification", label: "label" },
        trainSection.parse({ ...base, ...extra }),
        { logger },
      );
      const p = await predictTable({ dir: "", manifest: r.manifest, scorer: r.scorer }, table);
      return p.yPred.filter((y) => y === "b").length;
    };
    const plain = await countB({});
    const weighted = await countB({ class_weights: { b: 5 } });
    expect(plain).toBeLessThan(n);
    expect(weighted).toBeGreaterThan(plain);
  }, 30_000);

  it("without a validation split reports the running training accuracy and no val_loss", async () => {
    const n = 200;
    const x = Array.from({ length: n }, (_, i) => i / n);
    const table: Table = {
      rowCount: n,
      columns: [
        { name: "x", type: "float", values: x },
        { name: "label", type: "string", values: x.map((v) => (v < 0.5 ? "low" : "high")) },
      ],
    };
    const settings = trainSection.parse({
      type: "mlp",
      hidden: [8],
      backend: "cpu",
      epochs: 40,
      learning_rate: 0.05,
      validation_split: 0,
      early_stopping: false,
    });
    const { trained } = await trainBuiltin(table, { task: "classification", label: "label" }, settings, {
      logger,
    });
    expect(trained.validationRows).toBe(0);
    expect(trained.history.every((e) => e.val_loss === undefined)).toBe(true);
    // Accuracy is a share of 200 rows, so every value is a multiple of 1/200.
    for (const e of trained.history)
      expect(Math.abs(e.metric * n - Math.round(e.metric * n))).toBeLessThan(1e-3);
    expect(trained.history.at(-1)!.metric).toBeGreaterThanOrEqual(0.98);
  }, 30_000);

  it("shuffling on the device or on the host trains the same model", async () => {
    await selectBackend("cpu");
    const n = 300;
    const random = seededRandom(9);
    const x = Float32Array.from({ length: n * 3 }, () => random() * 2 - 1);
    const y = Float32Array.from({ length: n }, (_, i) => (x[i * 3]! + x[i * 3 + 1]! > 0 ? 1 : 0));
    const settings = trainSection.parse({ hidden: [8], epochs: 4, batch_size: 64, dropout: 0.2, seed: 5 });
    const run = (placement: "device" | "host") =>
      trainTabular({ x, y, width: 3, rows: n, classes: 2 }, "classification", settings, undefined, placement);
    const onDevice = await run("device");
    const onHost = await run("host");
    expect(onHost.history).toEqual(onDevice.history);
    expect(onHost.model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(
      onDevice.model.getWeights().map((w) => Array.from(w.dataSync())),
    );
  });

  it("leaves no tensors behind once the model is disposed", async () => {
    await selectBackend("cpu");
    const n = 200;
    const random = seededRandom(3);
    const x = Float32Array.from({ length: n * 2 }, () => random());
    const y = Float32Array.from({ length: n }, (_, i) => (x[i * 2]! > 0.5 ? 1 : 0));
    const before = tf.memory().numTensors;
    for (const placement of ["device", "host"] as const) {
      for (const validation_split of [0, 0.2]) {
        const settings = trainSection.parse({
          hidden: [4],
          epochs: 6,
          dropout: 0.1,
          validation_split,
          early_stopping: { patience: 2 },
        });
        const r = await trainTabular(
          { x, y, width: 2, rows: n, classes: 2 },
          "classification",
          settings,
          undefined,
          placement,
        );
        r.model.dispose();
        expect(tf.memory().numTensors).toBe(before);
      }
    }
  });

  it("rejects a class weight for a class the label does not have", async () => {
    const table = linearTable(20);
    table.columns[2] = {
      name: "y",
      type: "string",
      values: table.columns[2]!.values.map((v) => ((v as number) > 6 ? "hi" : "lo")),
    };
    await expect(
      trainBuiltin(
        table,
        { task: "classification", label: "y" },
        trainSection.parse({ backend: "cpu", class_weights: { mid: 2 } }),
        { logger },
      ),
    ).rejects.toThrow(/train.class_weights names class 'mid'/);
  });
});

describe("learning curves", () => {
  it("renders a mermaid xychart with the training and validation loss per epoch", () => {
    const report: TrainReport = {
      schema: TRAIN_SCHEMA,
      model: "m",
      task: "classification",
      mode: "builtin",
      framework: "tfjs",
      backend: "wasm",
      device: "CPU",
      seed: 1,
      epochs: [
        { epoch: 1, loss: 1.2, val_loss: 1.3, metric: 0.5 },
        { epoch: 2, loss: 0.61234, val_loss: 0.7, metric: 0.8 },
        { epoch: 3, loss: 0.4, val_loss: 0.5, metric: 0.9 },
      ],
      train_rows: 10,
      duration_seconds: 1,
      metrics: {},
      model_dir: "model",
    };
    expect(learningCurveChart(report)).toBe(
      [
        "```mermaid",
        "xychart-beta",
        '  title "Learning curves (loss per epoch)"',
        '  x-axis "epoch" 1 --> 3',
        '  y-axis "loss" 0 --> 1.365',
        "  line [1.2, 0.6123, 0.4]",
        "  line [1.3, 0.7, 0.5]",
        "```",
      ].join("\n"),
    );
  });
});

describe("backends", () => {
  it("webgpu either finds a GPU adapter or is refused with the reason and a hint", async () => {
    try {
      const choice = await selectBackend("webgpu");
      expect(choice.backend).toBe("webgpu");
      expect(choice.device).toMatch(/^GPU/);
    } catch (e) {
      const message = (e as MlgateError).format();
      expect(message).toMatch(
        /tfjs backend 'webgpu' is not available here \(webgpu: (no GPU adapter|no Vulkan loader|not installed)/,
      );
      expect(message).toContain("hint: run on a GPU runner with libvulkan1 and VK_DRIVER_FILES set");
    } finally {
      await selectBackend("cpu");
    }
  });
});
