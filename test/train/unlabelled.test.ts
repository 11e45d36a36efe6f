import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { predictionsFromTable } from "../../src/core/contracts/predictions.js";
import { trainReportSchema } from "../../src/core/contracts/train.js";
import { readTable } from "../../src/core/data/read.js";
import { cli, readJson, scratch, writeText } from "./helpers.js";

const tmp = scratch();
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/model/onnx");
/** What the fixture's ONNX model predicts for each row of its test.csv (scripts/fixtures/onnx_model.py). */
const predicted = (
  JSON.parse(await readFile(join(FIXTURE, "expected.json"), "utf8")) as { predicted: string[] }
).predicted;
const fixtureTest = (await readFile(join(FIXTURE, "test.csv"), "utf8")).trimEnd().split("\n");

const warningsIn = (stderr: string, text: string) =>
  stderr.split("\n").filter((l) => l.includes("warning") && l.includes(text));

/** The fixture's test.csv with the label (last column) of the given data rows emptied. */
function withoutLabels(rows: number[]): string {
  return `${fixtureTest
    .map((line, i) => (rows.includes(i - 1) ? line.replace(/[^,]*$/, "") : line))
    .join("\n")}\n`;
}

async function commandRepo(test: string): Promise<{ dir: string; config: string; testFile: string }> {
  const dir = await tmp();
  const testFile = await writeText(join(dir, "test.csv"), test);
  const config = await writeText(
    join(dir, "mlgate.yml"),
    [
      "model: { name: shapes, task: classification, label: kind }",
      `data: { train: ${JSON.stringify(join(FIXTURE, "train.csv"))}, test: test.csv }`,
      `train: { command: ${JSON.stringify(`node ${JSON.stringify(join(FIXTURE, "fake-train.mjs"))}`)}, seed: 11 }`,
    ].join("\n"),
  );
  return { dir, config, testFile };
}

describe("rows without a label are skipped, with one warning that counts them", () => {
  it("regression train with an unlabelled test row: test RMSE and MAE over the labelled rows", async () => {
    const dir = await tmp();
    const rowsOf = (n: number, offset: number) =>
      Array.from({ length: n }, (_, i) => {
        const a = ((i + offset) % 13) / 2;
        const b = ((i + offset) % 7) / 3;
        return `${a},${b},${2 * a - b + 10}`;
      });
    const test = rowsOf(40, 5);
    test[6] = "1.5,0.5,"; // no label
    await writeText(join(dir, "train.csv"), ["a,b,y", ...rowsOf(240, 0)].join("\n"));
    await writeText(join(dir, "test.csv"), ["a,b,y", ...test].join("\n"));
    await writeText(
      join(dir, "mlgate.yml"),
      "model: { name: line, task: regression, label: y }\ndata: { train: train.csv, test: test.csv }\n" +
        "train: { type: linear, backend: cpu, epochs: 40, learning_rate: 0.05, early_stopping: false }\n",
    );
    const r = await cli(["--config", join(dir, "mlgate.yml"), "train", "--out", join(dir, "out")]);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("mlgate:"))).toEqual([]);
    expect(r.code).toBe(0);
    expect(warningsIn(r.stderr, "no label")).toEqual([
      expect.stringContaining(
        `${join(dir, "test.csv")}: 1 of 40 rows has no label 'y': skipped; metrics are over the other 39 rows`,
      ),
    ]);
    const report = trainReportSchema.parse(await readJson(join(dir, "out/train.json")));

    // The same model's predictions, scored by hand over the 39 labelled rows.
    const p = await cli([
      "predict",
      "--model",
      join(dir, "out/model"),
      "--data",
      join(dir, "test.csv"),
      "--out",
      join(dir, "p.csv"),
    ]);
    expect(p.code).toBe(0);
    const predictions = predictionsFromTable(await readTable(join(dir, "p.csv")), "regression");
    expect(predictions.yTrue![6]).toBeNull();
    let se = 0;
    let ae = 0;
    let n = 0;
    predictions.yTrue!.forEach((y, i) => {
      if (y === null) return;
      const d = (predictions.yPred[i] as number) - (y as number);
      se += d * d;
      ae += Math.abs(d);
      n++;
    });
    expect(n).toBe(39);
    expect(report.metrics.test_rmse).toBeCloseTo(Math.sqrt(se / n), 3);
    expect(report.metrics.test_mae).toBeCloseTo(ae / n, 3);
  }, 60_000);

  it("train's test accuracy and predict's accuracy divide by the labelled rows", async () => {
    // The model is wrong on data rows 4 and 15 only. Rows 0, 1 and 4 lose their label: of the 21
    // labelled rows it is right on 20.
    expect(fixtureTest[0]).toBe("size,weight,color,kind");
    const wrong = predicted.flatMap((c, i) => (fixtureTest[i + 1]!.endsWith(`,${c}`) ? [] : [i]));
    expect(wrong).toEqual([4, 15]);
    const { dir, config, testFile } = await commandRepo(withoutLabels([0, 1, 4]));
    const trained = await cli(["--config", config, "train", "--out", join(dir, "out")]);
    expect(trained.code).toBe(0);
    expect(warningsIn(trained.stderr, "no label")).toEqual([
      expect.stringContaining(
        "3 of 24 rows have no label 'kind': skipped; metrics are over the other 21 rows",
      ),
    ]);
    const report = trainReportSchema.parse(await readJson(join(dir, "out/train.json")));
    expect(report.metrics.test_accuracy).toBe(20 / 21);

    const p = await cli([
      "predict",
      "--model",
      join(dir, "out/model"),
      "--data",
      testFile,
      "--out",
      join(dir, "p.csv"),
      "--json",
    ]);
    expect(p.code).toBe(0);
    const result = JSON.parse(p.stdout) as { accuracy: number; labelled: number; rows: number };
    expect(result).toMatchObject({ rows: 24, labelled: 21, accuracy: 20 / 21 });
    expect(warningsIn(p.stderr, "no label")).toHaveLength(1);
  }, 60_000);

  it("train's test scoring names a model class that no test row has", async () => {
    // Keep only the alpha and beta rows: gamma, one of the model's classes, has no test row.
    const kept = fixtureTest.filter((line, i) => i === 0 || !line.endsWith(",gamma"));
    const { dir, config } = await commandRepo(`${kept.join("\n")}\n`);
    const trained = await cli(["--config", config, "train", "--out", join(dir, "out")]);
    expect(trained.code).toBe(0);
    expect(warningsIn(trained.stderr, "no row in the test data")).toEqual([
      expect.stringContaining('class "gamma" has no row in the test data'),
    ]);
  }, 60_000);
});
