import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trainSection } from "../../src/core/config/sections/train.js";
import { MODEL_SCHEMA, type ModelManifest } from "../../src/core/contracts/model.js";
import type { Table } from "../../src/core/data/table.js";
import { writeModelBundle } from "../../src/core/model/bundle.js";
import { trainBuiltin } from "../../src/core/model/fit.js";
import { silentLogger } from "../../src/core/ports.js";
import { penguinsTrain } from "../train/penguins.js";

/**
 * A penguins bundle written to a temporary directory (wasm backend, fixed seed, few epochs: the
 * server tests need a real model, not a good one). `remove()` deletes it.
 */
export async function penguinsBundle(
  opts: { task?: "classification" | "regression"; table?: Table } = {},
): Promise<{ dir: string; manifest: ModelManifest; remove(): Promise<void> }> {
  const task = opts.task ?? "classification";
  const table = opts.table ?? penguinsTrain;
  const spec = task === "classification" ? { task, label: "species" } : { task, label: "Body Mass (g)" };
  const settings = trainSection.parse({ backend: "wasm", seed: 11, epochs: 8 });
  const trained = await trainBuiltin(table, spec, settings, { logger: silentLogger });
  const root = await mkdtemp(join(tmpdir(), "mlgate-serve-test-"));
  const dir = join(root, "model");
  const manifest: ModelManifest = {
    schema: MODEL_SCHEMA,
    name: "penguins",
    ...trained.manifest,
    data: { train: { path: "train.csv", sha256: "0".repeat(64), rows: table.rowCount } },
    created_at: new Date(0).toISOString(),
    metrics: {},
  };
  await writeModelBundle(dir, manifest, trained.files);
  trained.scorer.dispose();
  return { dir, manifest, remove: () => rm(root, { recursive: true, force: true }) };
}
