import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { trainSection } from "../../src/core/config/sections/train.js";
import { MODEL_SCHEMA, type ModelManifest } from "../../src/core/contracts/model.js";
import { loadModelBundle, writeModelBundle } from "../../src/core/model/bundle.js";
import { trainBuiltin } from "../../src/core/model/fit.js";
import { predictTable } from "../../src/core/model/predict.js";
import { silentLogger } from "../../src/core/ports.js";
import { penguinsTest, penguinsTrain } from "./penguins.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const spec = { task: "classification" as const, label: "species" };
const settings = trainSection.parse({ backend: "wasm", seed: 7 });

function accuracy(yTrue: (string | number | null)[], yPred: (string | number)[]): number {
  let ok = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) ok++;
  return ok / yTrue.length;
}

describe("built-in trainer on penguins (wasm)", () => {
  it("trains to test accuracy ≥ 0.95, reproducibly, and scores identically after save → load", async () => {
    const first = await trainBuiltin(penguinsTrain, spec, settings, { logger: silentLogger });
    expect(first.choice.backend).toBe("wasm");
    expect(first.classes).toEqual(["Adelie", "Chinstrap", "Gentoo"]);

    const dir = await mkdtemp(join(tmpdir(), "mlgate-model-"));
    dirs.push(dir);
    const manifest: ModelManifest = {
      schema: MODEL_SCHEMA,
      name: "penguins",
      ...first.manifest,
      data: { train: { path: "train.csv", sha256: "0".repeat(64), rows: penguinsTrain.rowCount } },
      created_at: new Date(0).toISOString(),
      metrics: {},
    };
    await writeModelBundle(dir, manifest, first.files);

    const inMemory = await predictTable({ dir, manifest, scorer: first.scorer }, penguinsTest);
    expect(accuracy(inMemory.yTrue!, inMemory.yPred)).toBeGreaterThanOrEqual(0.95);

    const loaded = await loadModelBundle(dir);
    const fromDisk = await predictTable(loaded, penguinsTest);
    expect(fromDisk.proba).toEqual(inMemory.proba);
    expect(fromDisk.yPred).toEqual(inMemory.yPred);

    const second = await trainBuiltin(penguinsTrain, spec, settings, { logger: silentLogger });
    expect(second.trained.history).toEqual(first.trained.history);
    const again = await predictTable({ dir, manifest, scorer: second.scorer }, penguinsTest);
    expect(again.proba).toEqual(inMemory.proba);
  }, 60_000);
});
