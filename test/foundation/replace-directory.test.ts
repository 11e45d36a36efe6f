import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MlgateError } from "../../src/core/errors.js";
import { replaceDirectory } from "../../src/core/io/atomic.js";

describe("replaceDirectory", () => {
  it("leaves exactly the new files: nothing of the previous tree survives, the file beside lands too", async () => {
    const root = await mkdtemp(join(tmpdir(), "mlgate-replace-"));
    const dir = join(root, "model");
    await mkdir(dir);
    await writeFile(join(dir, "model.onnx"), "old onnx");
    await writeFile(join(dir, "mlgate-model.json"), "old manifest");
    await replaceDirectory(
      dir,
      { [join(dir, "mlgate-model.json")]: "new manifest", [join(dir, "model.json")]: "{}" },
      { [join(root, "train.json")]: "report" },
    );
    expect((await readdir(dir)).sort()).toEqual(["mlgate-model.json", "model.json"]);
    expect(await readFile(join(dir, "mlgate-model.json"), "utf8")).toBe("new manifest");
    expect(await readFile(join(root, "train.json"), "utf8")).toBe("report");
    // No staging or set-aside directory is left next to it.
    expect((await readdir(root)).sort()).toEqual(["model", "train.json"]);
  });

  it("keeps the previous directory as it was when writing the new tree fails part-way", async () => {
    const root = await mkdtemp(join(tmpdir(), "mlgate-replace-"));
    const dir = join(root, "model");
    await mkdir(dir);
    await writeFile(join(dir, "mlgate-model.json"), "old manifest");
    await writeFile(join(dir, "model.onnx"), "old onnx");
    // The second file cannot be written (not bytes): the failure comes after the first was staged.
    const err = await replaceDirectory(dir, {
      [join(dir, "mlgate-model.json")]: "new manifest",
      [join(dir, "weights.bin")]: 42 as unknown as string,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect((await readdir(dir)).sort()).toEqual(["mlgate-model.json", "model.onnx"]);
    expect(await readFile(join(dir, "mlgate-model.json"), "utf8")).toBe("old manifest");
    expect((await readdir(root)).sort()).toEqual(["model"]);
  });

  it("refuses a file where the directory goes, before writing anything", async () => {
    const root = await mkdtemp(join(tmpdir(), "mlgate-replace-"));
    const dir = join(root, "model");
    await writeFile(dir, "a file");
    await expect(replaceDirectory(dir, { [join(dir, "mlgate-model.json")]: "{}" })).rejects.toBeInstanceOf(
      MlgateError,
    );
    expect(await readFile(dir, "utf8")).toBe("a file");
    expect(await readdir(root)).toEqual(["model"]);
  });
});
