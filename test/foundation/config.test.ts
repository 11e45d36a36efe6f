import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCommandConfig, loadConfig, parseConfig } from "../../src/core/config/load.js";
import { MlgateError } from "../../src/core/errors.js";

const base = "model:\n  name: penguins\n  task: classification\n  label: species\n";

function errorOf(text: string): MlgateError {
  try {
    parseConfig(text, "ml/mlgate.yml");
  } catch (e) {
    if (e instanceof MlgateError) return e;
    throw e;
  }
  throw new Error("expected a config error");
}

describe("mlgate.yml", () => {
  it("fills defaults for a minimal file", () => {
    const c = parseConfig(base);
    expect(c.model).toEqual({ name: "penguins", task: "classification", label: "species", ignore: [] });
    expect(c.train.seed).toBe(42);
    expect(c.evaluate.bootstrap).toEqual({ resamples: 1000, level: 0.95, seed: 0 });
    expect(c.validate.fail_on).toBe("error");
  });

  it.each([
    // [yaml, line, column, key, message fragment]
    [
      base.replace("classification", "clasification"),
      3,
      9,
      "model.task",
      'expected one of "classification", "regression", got "clasification"',
    ],
    [`${base}train:\n  epochs: -3\n`, 6, 11, "train.epochs", "expected number to be >0"],
    [`${base}train:\n  epoch: 3\n`, 6, 3, "train", "unknown key 'epoch'"],
    [`${base}train:\n  hidden: [64, "x"]\n`, 6, 16, "train.hidden.1", "expected number, got string"],
    ["model:\n  name: penguins\n  label: species\n", 2, 3, "model.task", "required key is missing"],
    [
      `${base}evaluate:\n  gate:\n    accuracy: { min: high }\n`,
      7,
      22,
      "evaluate.gate.accuracy.min",
      "expected number",
    ],
  ])("points at file:line:column and the key (%#)", (text, line, column, key, fragment) => {
    const e = errorOf(text);
    expect(e.location).toMatchObject({ file: "ml/mlgate.yml", line, column, key });
    expect(e.message).toContain(fragment);
    expect(e.format()).toMatch(
      new RegExp(`^ml/mlgate\\.yml:${line}:${column}: ${key.replace(/\./g, "\\.")}`),
    );
    expect(e.hint).toContain("mlgate.schema.json");
  });

  it("reports YAML syntax errors with their position", () => {
    const e = errorOf(`${base}train: [1,\n`);
    expect(e.message).toMatch(/^invalid YAML/);
    expect(e.location.line).toBeGreaterThanOrEqual(5);
  });

  it("rejects duplicate keys", () => {
    expect(errorOf(`${base}train:\n  epochs: 1\ntrain:\n  epochs: 2\n`).message).toMatch(
      /invalid YAML.*[Mm]ap keys must be unique/,
    );
  });

  it("names a missing file and a directory clearly", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-cfg-"));
    await expect(loadConfig(join(dir, "nope.yml"))).rejects.toThrow(
      /cannot read config file .*nope\.yml: ENOENT/,
    );
    await expect(loadConfig(dir)).rejects.toThrow(/is a directory/);
    await writeFile(join(dir, "mlgate.yml"), base);
    const loaded = await loadConfig(join(dir, "mlgate.yml"));
    expect(loaded.dir).toBe(dir);
  });

  it("lets optional commands run without the default file, but not without a named one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-cfg-"));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      // An action's `config` input defaults to the file name itself: absent, it means "no config".
      expect(await loadCommandConfig(undefined, { optional: true })).toBeUndefined();
      expect(await loadCommandConfig("mlgate.yml", { optional: true })).toBeUndefined();
      await expect(loadCommandConfig(undefined)).rejects.toThrow(/cannot read config file mlgate\.yml/);
      await expect(loadCommandConfig("ml/other.yml", { optional: true })).rejects.toThrow(/other\.yml/);
      await writeFile(join(dir, "mlgate.yml"), base);
      expect((await loadCommandConfig(undefined, { optional: true }))?.config.model.name).toBe("penguins");
    } finally {
      process.chdir(cwd);
    }
  });
});
