import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/commands/evaluate.js";
import { loadConfig } from "../../src/core/config/load.js";
import { evaluationSchema } from "../../src/core/contracts/evaluation.js";
import { isMlgateError } from "../../src/core/errors.js";
import { type Logger, noProgress } from "../../src/core/ports.js";
import { localPublisher } from "../../src/local/publisher.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-unlabelled-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function recording() {
  const warnings: string[] = [];
  const logger: Logger = {
    info() {},
    warn: (m, where) => void warnings.push(where?.file ? `${where.file}: ${m}` : m),
    error() {},
    debug() {},
    group: (_n, fn) => fn(),
  };
  return { warnings, logger };
}

async function run(files: Record<string, string>, config: string, inputs: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await writeFile(join(dir, "mlgate.yml"), config);
  const out = await mkdtemp(join(dir, "out-"));
  const { warnings, logger } = recording();
  const r = await evaluate(
    await loadConfig(join(dir, "mlgate.yml")),
    { ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, join(dir, v)])), out } as never,
    { logger, progress: noProgress, publisher: localPublisher(out) },
  );
  const written = evaluationSchema.parse(JSON.parse(await readFile(join(out, "evaluation.json"), "utf8")));
  return { r, written, warnings, comment: await readFile(join(out, "pr-comment.md"), "utf8") };
}

const CLASSIFICATION =
  "model: { name: m, task: classification, label: y }\nevaluate: { bootstrap: { resamples: 100 } }\n";
const REGRESSION =
  "model: { name: m, task: regression, label: y }\nevaluate: { bootstrap: { resamples: 100 } }\n";

describe("evaluate skips rows without a true label, with one warning that counts them", () => {
  it("classification predictions with empty y_true: metrics over the labelled rows", async () => {
    // Rows 1 and 4 have no label. Of the other four, three are right (row 5 is wrong): accuracy 3/4.
    const { r, written, warnings, comment } = await run(
      {
        "cand.csv": "row,y_true,y_pred\n0,a,a\n1,,b\n2,b,b\n3,a,a\n4,,a\n5,b,a\n",
      },
      CLASSIFICATION,
      { candidate: "cand.csv" },
    );
    expect(r.exitCode).toBe(0);
    expect(written.rows).toBe(4);
    expect(written.unlabelled_rows).toBe(2);
    expect(written.candidate.metrics.accuracy).toBe(3 / 4);
    // a: precision 2/3, recall 1; b: precision 1, recall 1/2.
    expect(written.candidate.metrics.precision_macro).toBeCloseTo((2 / 3 + 1) / 2, 15);
    expect(written.candidate.metrics.recall_macro).toBeCloseTo((1 + 1 / 2) / 2, 15);
    expect(warnings.filter((w) => w.includes("no label"))).toEqual([
      `${join(dir, "cand.csv")}: 2 of 6 rows have no label 'y': skipped; metrics are over the other 4 rows`,
    ]);
    expect(comment).toContain("4 test rows (2 without a label left out)");
  });

  it("regression predictions with an empty y_true: MAE and RMSE over the labelled rows", async () => {
    // Errors on the labelled rows 0, 2, 3: 1, −2, 2 → MAE 5/3, RMSE √3.
    const { written, warnings } = await run(
      { "reg.csv": "row,y_true,y_pred\n0,10,11\n1,,7\n2,5,3\n3,1,3\n" },
      REGRESSION,
      { candidate: "reg.csv" },
    );
    expect(written.rows).toBe(3);
    expect(written.unlabelled_rows).toBe(1);
    expect(written.candidate.metrics.mae).toBeCloseTo(5 / 3, 15);
    expect(written.candidate.metrics.rmse).toBeCloseTo(Math.sqrt(3), 15);
    expect(warnings.filter((w) => w.includes("no label"))).toHaveLength(1);
  });

  it("labels from the test data: a row whose label cell is empty is skipped for both models", async () => {
    // Predictions without y_true; the truth is the y column of test.csv, empty for row 2.
    // Candidate right on rows 0, 1, 3 (3/4); baseline right on rows 0, 3 (2/4).
    const { written, warnings } = await run(
      {
        "test.csv": "y,part\na,x\nb,x\n,y\nb,y\nb,x\n",
        "c.csv": "row,y_pred\n0,a\n1,b\n2,a\n3,b\n4,a\n",
        "b.csv": "row,y_pred\n0,a\n1,a\n2,a\n3,b\n4,a\n",
      },
      `${CLASSIFICATION}`,
      { candidate: "c.csv", baseline: "b.csv", data: "test.csv" },
    );
    expect(written.rows).toBe(4);
    expect(written.candidate.metrics.accuracy).toBe(3 / 4);
    expect(written.baseline!.metrics.accuracy).toBe(2 / 4);
    expect(warnings.filter((w) => w.includes("no label"))).toEqual([
      `${join(dir, "test.csv")}: 1 of 5 rows has no label 'y': skipped; metrics are over the other 4 rows`,
    ]);
  });

  it("a model class no test row has is named in one warning", async () => {
    const { warnings } = await run(
      { "z.csv": "row,y_true,y_pred\n0,a,a\n1,b,z\n2,b,b\n3,a,a\n" },
      CLASSIFICATION,
      { candidate: "z.csv" },
    );
    expect(warnings.filter((w) => w.includes("no row in"))).toEqual([
      `${join(dir, "z.csv")}: class "z" has no row in the test data: the test set cannot show how well it is predicted, and the macro averages count it as 0`,
    ]);
  });
});

describe("evaluate with no label at all", () => {
  it("is a user error that says where labels come from", async () => {
    await writeFile(join(dir, "mlgate.yml"), CLASSIFICATION);
    await writeFile(join(dir, "nolabels.csv"), "row,y_true,y_pred\n0,,a\n1,,b\n");
    const out = await mkdtemp(join(dir, "out-"));
    const err = await evaluate(
      await loadConfig(join(dir, "mlgate.yml")),
      { candidate: join(dir, "nolabels.csv"), out },
      { logger: recording().logger, progress: noProgress, publisher: localPublisher(out) },
    ).catch((e: unknown) => e);
    expect(isMlgateError(err)).toBe(true);
    expect((err as Error).message).toBe(
      `none of the 2 rows of ${join(dir, "nolabels.csv")} has a true label`,
    );
    expect((err as { hint?: string }).hint).toMatch(/y_true in the predictions file, or pass --data/);
  });
});
