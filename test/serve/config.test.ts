import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/commands/serve.js";
import { loadConfig } from "../../src/core/config/load.js";
import { isMlgateError } from "../../src/core/errors.js";
import { silentLogger } from "../../src/core/ports.js";
import { scratch, writeText } from "../train/helpers.js";
import { penguinsBundle } from "./bundle.js";

const tmp = scratch();
const base = "model:\n  name: penguins\n  task: classification\n  label: species\n";
let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
beforeAll(async () => {
  bundle = await penguinsBundle();
}, 60_000);
afterAll(async () => {
  await bundle?.remove();
});

describe("serve: in mlgate.yml", () => {
  it("has defaults, and refuses a sample rate outside 0–1 at its line", async () => {
    const dir = await tmp();
    const plain = await loadConfig(await writeText(join(dir, "a.yml"), base));
    expect(plain.config.serve).toEqual({
      sample_rate: 1,
      rotate_bytes: 64 * 1024 * 1024,
      max_body_bytes: 32 * 1024 * 1024,
      max_rows: 100_000,
    });
    const bad = await loadConfig(
      await writeText(join(dir, "b.yml"), `${base}serve:\n  sample_rate: 1.5\n`),
    ).catch((e) => e);
    expect(isMlgateError(bad)).toBe(true);
    expect(bad.format()).toMatch(/b\.yml:6:\d+: serve\.sample_rate/);
  });

  it("takes the inference log directory (relative to mlgate.yml), and the limits from it", async () => {
    const dir = await tmp();
    const loaded = await loadConfig(
      await writeText(
        join(dir, "mlgate.yml"),
        `${base}serve:\n  inference_log: logs/served\n  max_rows: 2\n  max_body_bytes: 4096\n`,
      ),
    );
    const server = await startServe(
      loaded,
      { model: bundle.dir, host: "127.0.0.1", port: 0 },
      { logger: silentLogger },
    );
    try {
      expect(server.state.version).toBeNull();
      expect(server.state.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const row = {
        island: "Dream",
        "Beak Length (mm)": 40,
        "Beak Depth (mm)": 18,
        "Flipper Length (mm)": 190,
        "Body Mass (g)": 3700,
        sex: "male",
      };
      const ok = await fetch(`${server.state.url}/v1/models/penguins:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: [row, row] }),
      });
      expect(ok.status).toBe(200);
      const many = await fetch(`${server.state.url}/v1/models/penguins:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: [row, row, row] }),
      });
      expect([many.status, (await many.json()).error]).toEqual([
        413,
        "the request has 3 rows, more than the 2 this server scores at once",
      ]);
      const big = await fetch(`${server.state.url}/v1/models/penguins:predict`, {
        method: "POST",
        body: "x".repeat(5000),
      });
      expect(big.status).toBe(413);
    } finally {
      await server.stop();
    }
    // The two rows scored (not the refused requests) are in the log under the config's directory.
    const files = await readdir(join(dir, "logs/served"));
    expect(files).toHaveLength(1);
    const text = await readFile(join(dir, "logs/served", files[0]!), "utf8");
    expect(text.trim().split("\n")).toHaveLength(2);
  });
});
