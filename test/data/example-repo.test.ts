import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateData } from "../../src/commands/validate-data.js";
import { loadConfig } from "../../src/core/config/load.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";

const root = resolve(import.meta.dirname, "../..");

describe("example-repo as committed", () => {
  it("validates with warnings for penguins' real missing values and nothing else", async () => {
    const loaded = await loadConfig(join(root, "example-repo/mlgate.yml"));
    const out = await mkdtemp(join(tmpdir(), "mlgate-example-"));
    const r = await validateData(
      loaded,
      {
        data: join(root, "example-repo/data/train.csv"),
        test: join(root, "example-repo/data/test.csv"),
        out,
      },
      { logger: silentLogger, progress: noProgress },
    );
    expect(r.status).toBe("warn");
    expect(r.failed).toBe(false);
    const warned = r.validation.checks.filter((c) => c.status === "warn");
    expect(new Set(warned.map((c) => c.id))).toEqual(new Set(["missing"]));
    // Two birds were never measured (4 numeric columns), and 11 have no recorded sex, all in train.csv.
    const byColumn = Object.fromEntries(warned.map((c) => [c.column, c.count]));
    expect(byColumn).toEqual({
      bill_length_mm: 2,
      bill_depth_mm: 2,
      flipper_length_mm: 2,
      body_mass_g: 2,
      sex: 11,
    });
    expect(r.validation.checks.filter((c) => c.status === "fail")).toEqual([]);
  });
});
