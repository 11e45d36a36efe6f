import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ModelManifest, modelManifestSchema } from "../../src/core/contracts/model.js";
import { predictionsFromTable } from "../../src/core/contracts/predictions.js";
import { trainReportSchema } from "../../src/core/contracts/train.js";
import { readTable } from "../../src/core/data/read.js";
import { applyPreprocessing, featureColumns, fitPreprocessing } from "../../src/core/model/preprocess.js";
import { cli, cliPredict, readJson, scratch, writeText } from "./helpers.js";

/** Made once by scripts/fixtures/onnx_model.py (numpy preprocessing, torch probabilities). */
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/model/onnx");
interface Expected {
  classes: string[];
  preprocessing: unknown[];
  encoded_test: number[][];
  probabilities: number[][];
  predicted: string[];
}
const expected = JSON.parse(await readFile(join(FIXTURE, "expected.json"), "utf8")) as Expected;
const tmp = scratch();

describe("preprocessing against the numpy reference", () => {
  it("fits median, mean, population std, missing indicator and sorted categories like the reference", async () => {
    const train = await readTable(join(FIXTURE, "train.csv"));
    const features = featureColumns(train, "kind");
    const pre = fitPreprocessing(train, features);
    expect(pre.features).toHaveLength(3);
    const ref = expected.preprocessing as Record<string, unknown>[];
    for (const [i, f] of pre.features.entries()) {
      const r = ref[i]!;
      expect(f.name).toBe(r.name);
      if (f.kind === "numeric") {
        expect(f.median).toBeCloseTo(r.median as number, 10);
        expect(f.mean).toBeCloseTo(r.mean as number, 10);
        expect(f.std).toBeCloseTo(r.std as number, 10);
        expect(f.missing_indicator).toBe(r.missing_indicator);
      } else {
        expect(f.categories).toEqual(r.categories);
      }
    }
    // Unseen ("purple") and missing colours land in the unknown bucket; a missing size gets the median.
    const test = await readTable(join(FIXTURE, "test.csv"));
    const x = applyPreprocessing(pre, test);
    const width = expected.encoded_test[0]!.length;
    expect(x.length).toBe(test.rowCount * width);
    for (let i = 0; i < test.rowCount; i++) {
      for (let j = 0; j < width; j++) expect(x[i * width + j]).toBeCloseTo(expected.encoded_test[i]![j]!, 5);
    }
  });
});

describe("bring your own framework: train.command → ONNX bundle → predict", () => {
  it("runs the command with the MLGATE_* environment, bundles model.onnx, and predicts like torch", async () => {
    const dir = await tmp();
    const config = await writeText(
      join(dir, "mlgate.yml"),
      [
        "model: { name: shapes, task: classification, label: kind }",
        `data: { train: ${JSON.stringify(join(FIXTURE, "train.csv"))}, test: ${JSON.stringify(join(FIXTURE, "test.csv"))} }`,
        `train: { command: ${JSON.stringify(`node ${JSON.stringify(join(FIXTURE, "fake-train.mjs"))}`)}, seed: 11 }`,
      ].join("\n"),
    );
    const out = join(dir, "out");
    const trained = await cli(["--config", config, "train", "--out", out]);
    expect(trained.stderr).toContain(
      "features: size,size__missing,weight,color=blue,color=green,color=red,color__unknown,__target__",
    );
    expect(trained.stderr).toContain(
      'seed 11 label kind task classification classes ["alpha","beta","gamma"]',
    );
    expect(trained.stderr.split("\n").filter((l) => l.startsWith("mlgate:"))).toEqual([]);
    expect(trained.code).toBe(0);

    const manifest: ModelManifest = modelManifestSchema.parse(
      await readJson(join(out, "model/mlgate-model.json")),
    );
    expect(manifest.format).toBe("onnx");
    expect(manifest.files).toEqual(["model.onnx"]);
    expect(manifest.classes).toEqual(expected.classes);
    const report = trainReportSchema.parse(await readJson(join(out, "train.json")));
    expect(report.mode).toBe("command");
    const agree = expected.predicted.length;
    expect(report.metrics.test_accuracy).toBeCloseTo(
      (await readTable(join(FIXTURE, "test.csv"))).columns
        .find((c) => c.name === "kind")!
        .values.filter((v, i) => v === expected.predicted[i]).length / agree,
      10,
    );

    const predictionsFile = join(dir, "predictions.csv");
    await cliPredict(join(out, "model"), join(FIXTURE, "test.csv"), predictionsFile);
    const p = predictionsFromTable(await readTable(predictionsFile), "classification");
    expect(p.classes).toEqual(expected.classes);
    expect(p.yPred).toEqual(expected.predicted);
    for (const [i, row] of expected.probabilities.entries()) {
      for (const [k, v] of row.entries()) expect(p.proba![i]![k]).toBeCloseTo(v, 5);
    }
  });

  it("fails with a clear error when the command writes no model.onnx, leaving no bundle behind", async () => {
    const dir = await tmp();
    const config = await writeText(
      join(dir, "mlgate.yml"),
      `model: { name: shapes, task: classification, label: kind }\ndata: { train: ${JSON.stringify(join(FIXTURE, "train.csv"))} }\ntrain: { command: "echo nothing to see" }\n`,
    );
    const r = await cli(["--config", config, "train", "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("wrote no model.onnx into $MLGATE_OUTPUT");
    expect(r.stderr).toContain("hint: export the trained model");
    await expect(readFile(join(dir, "out/model/mlgate-model.json"))).rejects.toThrow();
  });

  it("stops a command that runs past train.timeout_minutes", async () => {
    const dir = await tmp();
    const config = await writeText(
      join(dir, "mlgate.yml"),
      `model: { name: shapes, task: classification, label: kind }\ndata: { train: ${JSON.stringify(join(FIXTURE, "train.csv"))} }\ntrain: { command: "sleep 30", timeout_minutes: 0.01 }\n`,
    );
    const t0 = Date.now();
    const r = await cli(["--config", config, "train", "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("train.command timed out after 0.0 minutes");
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("reports a failing command with its exit code and last output", async () => {
    const dir = await tmp();
    const config = await writeText(
      join(dir, "mlgate.yml"),
      `model: { name: shapes, task: classification, label: kind }\ndata: { train: ${JSON.stringify(join(FIXTURE, "train.csv"))} }\ntrain: { command: "echo CUDA out of memory >&2; exit 7" }\n`,
    );
    const r = await cli(["--config", config, "train", "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("train.command failed (exit code 7); last output:");
    expect(r.stderr).toContain("CUDA out of memory");
  });
});
