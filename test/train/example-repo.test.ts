import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { trainReportSchema } from "../../src/core/contracts/train.js";
import { cli, cliPredict, readJson, scratch } from "./helpers.js";

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "../../example-repo");
const tmp = scratch();

describe("example-repo (penguins) on wasm", () => {
  it("reaches test accuracy ≥ 0.95, retrains to the same metrics, and predicts from disk what it scored in memory", async () => {
    const dir = await tmp();
    const config = join(EXAMPLE, "mlgate.yml");
    const runs = [];
    for (const out of ["a", "b"]) {
      const r = await cli(["--config", config, "train", "--backend", "wasm", "--out", join(dir, out)]);
      expect(r.code).toBe(0);
      runs.push(trainReportSchema.parse(await readJson(join(dir, out, "train.json"))));
    }
    const [a, b] = runs;
    expect(a!.backend).toBe("wasm");
    expect(a!.seed).toBe(42);
    expect(a!.metrics.test_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(b!.metrics).toEqual(a!.metrics);
    expect(b!.epochs).toEqual(a!.epochs);

    const text = await cliPredict(join(dir, "a/model"), join(EXAMPLE, "data/test.csv"), join(dir, "p.csv"));
    const lines = text.trim().split("\n").slice(1);
    const correct = lines.filter((l) => {
      const [, yTrue, yPred] = l.split(",");
      return yTrue === yPred;
    }).length;
    expect(correct / lines.length).toBeCloseTo(a!.metrics.test_accuracy!, 12);
    expect(await readFile(join(dir, "b/model/weights.bin"))).toEqual(
      await readFile(join(dir, "a/model/weights.bin")),
    );
  }, 60_000);
});
