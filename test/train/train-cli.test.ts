import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelManifestSchema } from "../../src/core/contracts/model.js";
import { predictionsFromTable } from "../../src/core/contracts/predictions.js";
import { trainReportSchema } from "../../src/core/contracts/train.js";
import { readTable } from "../../src/core/data/read.js";
import { cli, cliPredict, readJson, scratch, writeText } from "./helpers.js";
import { penguinsTest, penguinsTrain, tableToCsv } from "./penguins.js";

const tmp = scratch();

/** `mlgate predict` with the bundle at `dir` (for the error cases: the data file is never reached). */
const predictWithBundleIn = (dir: string) =>
  cli(["predict", "--model", dir, "--data", join(dir, "x.csv"), "--out", join(dir, "p.csv")]);

async function penguinsRepo(extraTrain = ""): Promise<string> {
  const dir = await tmp();
  await writeText(join(dir, "train.csv"), tableToCsv(penguinsTrain));
  await writeText(join(dir, "test.csv"), tableToCsv(penguinsTest));
  await writeText(
    join(dir, "mlgate.yml"),
    `model:\n  name: penguins\n  task: classification\n  label: species\ndata:\n  train: train.csv\n  test: test.csv\ntrain:\n  backend: wasm\n  seed: 3\n  dropout: 0.1\n${extraTrain}`,
  );
  return dir;
}

describe("mlgate train (penguins, wasm)", () => {
  it("writes model/ and train.json, reaches test accuracy ≥ 0.95, and retrains to the same metrics", async () => {
    const dir = await penguinsRepo();
    const config = join(dir, "mlgate.yml");
    const first = await cli(["--config", config, "train", "--out", join(dir, "a"), "--json"]);
    expect(first.code).toBe(0);
    // Logs go to stderr; stdout stays JSON (and --json silences the progress bar).
    expect(first.stderr).toContain("tfjs backend: wasm on");
    const printed = JSON.parse(first.stdout) as { model_dir: string; backend: string };
    expect(printed.model_dir).toBe(join(dir, "a", "model"));

    const report = trainReportSchema.parse(await readJson(join(dir, "a/train.json")));
    expect(report.backend).toBe("wasm");
    expect(report.metric).toBe("accuracy");
    expect(report.epochs.length).toBeGreaterThan(3);
    expect(report.epochs.every((e, i) => e.epoch === i + 1 && e.val_loss !== undefined)).toBe(true);
    // The learning curve goes down: the last training loss is well under the first.
    expect(report.epochs.at(-1)!.loss).toBeLessThan(report.epochs[0]!.loss / 2);
    expect(report.samples_per_second).toBeGreaterThan(0);
    expect(report.metrics.test_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.train_rows + report.validation_rows!).toBe(penguinsTrain.rowCount);

    const manifest = modelManifestSchema.parse(await readJson(join(dir, "a/model/mlgate-model.json")));
    expect(manifest.format).toBe("tfjs-layers");
    expect(manifest.files.sort()).toEqual(["model.json", "weights.bin"]);
    expect(manifest.classes).toEqual(["Adelie", "Chinstrap", "Gentoo"]);
    expect(manifest.backend).toBe("wasm");
    expect(manifest.seed).toBe(3);
    expect(manifest.data.train.rows).toBe(penguinsTrain.rowCount);
    expect(manifest.data.train.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.metrics.test_accuracy).toBe(report.metrics.test_accuracy);
    // island and sex are one-hot with an unknown bucket; numerics with gaps carry a missing indicator.
    const sex = manifest.preprocessing.features.find((f) => f.name === "sex");
    expect(sex).toEqual({ name: "sex", kind: "categorical", categories: ["FEMALE", "MALE"] });
    const beak = manifest.preprocessing.features.find((f) => f.name === "Beak Length (mm)");
    expect(beak).toMatchObject({ kind: "numeric", missing_indicator: true });

    const again = await cli(["--config", config, "train", "--out", join(dir, "b")]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/training: done in [\d.]+s — \d+ epochs.*, \d+ samples\/s on wasm/);
    expect(again.stdout).toContain("test_accuracy: ");
    const report2 = trainReportSchema.parse(await readJson(join(dir, "b/train.json")));
    expect(report2.epochs).toEqual(report.epochs);
    expect(report2.metrics).toEqual(report.metrics);
    expect(await readFile(join(dir, "b/model/weights.bin"))).toEqual(
      await readFile(join(dir, "a/model/weights.bin")),
    );

    // predict writes the contract; y_pred agrees with the metric train.json reports.
    const out = join(dir, "predictions.csv");
    const text = await cliPredict(join(dir, "a/model"), join(dir, "test.csv"), out);
    expect(text.split("\n")[0]).toBe("row,y_true,y_pred,proba_Adelie,proba_Chinstrap,proba_Gentoo");
    const p = predictionsFromTable(await readTable(out), "classification");
    expect(p.row).toEqual(Array.from({ length: penguinsTest.rowCount }, (_, i) => i));
    const acc = p.yTrue!.filter((y, i) => y === p.yPred[i]).length / p.yTrue!.length;
    expect(acc).toBeCloseTo(report.metrics.test_accuracy!, 12);
    for (const row of p.proba!) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  }, 60_000);

  it("a different seed gives a different run", async () => {
    const dir = await penguinsRepo();
    const config = join(dir, "mlgate.yml");
    await cli(["--config", config, "train", "--out", join(dir, "a")]);
    const r = await cli(["--config", config, "train", "--seed", "4", "--out", join(dir, "b")]);
    expect(r.code).toBe(0);
    const a = trainReportSchema.parse(await readJson(join(dir, "a/train.json")));
    const b = trainReportSchema.parse(await readJson(join(dir, "b/train.json")));
    expect(b.seed).toBe(4);
    expect(b.epochs[0]!.loss).not.toBe(a.epochs[0]!.loss);
  }, 60_000);

  it("names the config key when the label column is missing", async () => {
    const dir = await tmp();
    await writeText(join(dir, "train.csv"), tableToCsv(penguinsTrain));
    await writeText(
      join(dir, "mlgate.yml"),
      "model: { name: penguins, task: classification, label: Species }\ndata: { train: train.csv }\ntrain: { backend: cpu }\n",
    );
    const r = await cli(["--config", join(dir, "mlgate.yml"), "train", "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("label column 'Species' is not in");
    expect(r.stderr).toContain("hint: columns are: species, island,");
  });

  it("refuses a forced backend that cannot load, with a hint, instead of silently falling back", async () => {
    const dir = await penguinsRepo();
    const r = await cli([
      "--config",
      join(dir, "mlgate.yml"),
      "train",
      "--backend",
      "tensorflow",
      "--out",
      join(dir, "out"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tfjs backend 'tensorflow' is not available here");
    expect(r.stderr).toMatch(
      /hint: install it with `npm install --prefix "[^"]+" .*@tensorflow\/tfjs-node@4\.22\.0`/,
    );
  });

  it("predict names a bundle directory that has no manifest", async () => {
    const dir = await tmp();
    const r = await predictWithBundleIn(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no model bundle at");
    expect(r.stderr).toContain("hint: pass the directory that `mlgate train` wrote");
  });

  it("predict names the manifest key that is wrong", async () => {
    const dir = await tmp();
    await writeText(
      join(dir, "mlgate-model.json"),
      JSON.stringify({ schema: "mlgate/model@1", name: "m", task: "ranking" }),
    );
    const r = await predictWithBundleIn(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("mlgate-model.json: task:");
    expect(r.stderr).toContain(
      "hint: a bundle manifest follows the mlgate/model@1 schema (docs/model-bundle.md)",
    );
  });

  it("trains a regression: RMSE in label units, numeric y_pred, no probability columns", async () => {
    const dir = await tmp();
    // y = 2·a − b + 10, exactly linear, so a linear model's test RMSE must end up small.
    const rowsOf = (n: number, offset: number) =>
      Array.from({ length: n }, (_, i) => {
        const a = ((i + offset) % 13) / 2;
        const b = ((i + offset) % 7) / 3;
        return `${a},${b},${2 * a - b + 10}`;
      });
    await writeText(join(dir, "train.csv"), ["a,b,y", ...rowsOf(240, 0)].join("\n"));
    await writeText(join(dir, "test.csv"), ["a,b,y", ...rowsOf(40, 5)].join("\n"));
    await writeText(
      join(dir, "mlgate.yml"),
      "model: { name: line, task: regression, label: y }\ndata: { train: train.csv, test: test.csv }\n" +
        "train: { type: linear, backend: cpu, epochs: 120, learning_rate: 0.05, early_stopping: false }\n",
    );
    const r = await cli(["--config", join(dir, "mlgate.yml"), "train", "--out", join(dir, "out")]);
    expect(r.code).toBe(0);
    const report = trainReportSchema.parse(await readJson(join(dir, "out/train.json")));
    expect(report.metric).toBe("rmse");
    expect(report.metrics.test_rmse).toBeLessThan(0.1);
    expect(report.metrics.test_mae).toBeLessThanOrEqual(report.metrics.test_rmse!);
    expect(report.metrics.val_rmse).toBeLessThan(0.1);
    const text = await cliPredict(join(dir, "out/model"), join(dir, "test.csv"), join(dir, "p.csv"));
    expect(text.split("\n")[0]).toBe("row,y_true,y_pred");
    const p = predictionsFromTable(await readTable(join(dir, "p.csv")), "regression");
    expect(p.yPred.every((v, i) => Math.abs((v as number) - (p.yTrue![i] as number)) < 0.3)).toBe(true);
  }, 60_000);
});
