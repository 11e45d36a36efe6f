import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelBundle } from "../../src/core/model/bundle.js";
import { penguinsBundle } from "./bundle.js";

let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
beforeAll(async () => {
  bundle = await penguinsBundle();
}, 60_000);
afterAll(async () => {
  await bundle?.remove();
});

describe("tfjs scorer", () => {
  it("gives model.predict()'s numbers bit for bit, for 1 row and for many", async () => {
    const loaded = await loadModelBundle(bundle.dir);
    const mj = JSON.parse(await readFile(join(bundle.dir, "model.json"), "utf8"));
    const w = await readFile(join(bundle.dir, "weights.bin"));
    const model = await tfl.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: mj.modelTopology,
        weightSpecs: mj.weightsManifest[0].weights,
        weightData: w.buffer.slice(w.byteOffset, w.byteOffset + w.byteLength) as ArrayBuffer,
      }),
    );
    const width = model.inputs[0]!.shape[1]!;
    for (const rows of [1, 7, 300]) {
      const x = Float32Array.from({ length: rows * width }, (_, i) => Math.sin(i) * 2);
      const viaPredict = tf
        .tidy(() => tf.softmax(model.predict(tf.tensor2d(x, [rows, width])) as tf.Tensor))
        .dataSync();
      const viaScorer = await loaded.scorer.score(x, rows);
      expect(Array.from(viaScorer)).toStrictEqual(Array.from(viaPredict));
    }
    model.dispose();
    loaded.scorer.dispose();
  });
});
