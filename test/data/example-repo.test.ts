import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateData } from "../../src/commands/validate-data.js";
import { loadConfig } from "../../src/core/config/load.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";

const root = resolve(import.meta.dirname, "../..");

describe("example-repo as committed", () => {
  it("passes on its own data, even with fail-on warn: the real missing values are within the schema's allowance", async () => {
    const loaded = await loadConfig(join(root, "example-repo/mlgate.yml"));
    const out = await mkdtemp(join(tmpdir(), "mlgate-example-"));
    const r = await validateData(
      loaded,
      {
        data: join(root, "example-repo/data/train.csv"),
        test: join(root, "example-repo/data/test.csv"),
        failOn: "warn",
        out,
      },
      { logger: silentLogger, progress: noProgress },
    );
    expect(r.validation.checks.filter((c) => c.status !== "pass")).toEqual([]);
    expect(r.status).toBe("pass");
    expect(r.failed).toBe(false);
    expect(r.validation.checks.filter((c) => c.status === "fail")).toEqual([]);
  });
});
