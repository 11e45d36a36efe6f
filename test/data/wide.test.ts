import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { FrequentItems, FrequentNumbers } from "../../src/core/data/sketch/frequent.js";
import { MAX_COLUMNS } from "../../src/core/data/table.js";

/**
 * Wide files: memory grows by a bounded amount per column (no sketch sized for a long column is
 * allocated up front), and a file past the column limit is refused as soon as its header is read.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-wide-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A CSV of `columns` columns (ints and short texts alternating) and `rows` rows, made from a fixed pattern. */
async function wideCsv(name: string, columns: number, rows: number): Promise<string> {
  const header = Array.from({ length: columns }, (_, c) => `c${c}`).join(",");
  const lines = [header];
  for (let r = 0; r < rows; r++) {
    lines.push(
      Array.from({ length: columns }, (_, c) =>
        c % 2 === 0 ? String((c * 7 + r) % 101) : "abc"[(c + r) % 3],
      ).join(","),
    );
  }
  const path = join(dir, name);
  await writeFile(path, `${lines.join("\n")}\n`);
  return path;
}

/** Peak RSS in bytes of `mlgate validate-data` on `data`, run from source in a fresh process. */
async function peakRss(data: string): Promise<number> {
  const script = join(dir, "peak-rss.mts");
  await writeFile(
    script,
    `import { main } from ${JSON.stringify(resolve("src/cli/main.ts"))};\n` +
      "const code = await main(process.argv.slice(2));\n" +
      "process.stderr.write('\\nPEAK ' + code + ' ' + process.resourceUsage().maxRSS + '\\n');\n",
  );
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const args = ["--import", "tsx", script, "--quiet", "validate-data", "--data", data, "--out", out];
  const stderr = await new Promise<string>((done, fail) =>
    execFile(process.execPath, args, { cwd: resolve("."), maxBuffer: 1 << 26 }, (e, _o, err) =>
      e && !/PEAK/.test(err) ? fail(e) : done(err),
    ),
  );
  const m = /PEAK (\d+) (\d+)/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  expect(m![1]).toBe("0");
  return Number(m![2]) * 1024;
}

describe("wide files", () => {
  it("a 5,000-column file costs a bounded amount of memory per column", async () => {
    const narrow = await peakRss(await wideCsv("narrow.csv", 20, 3));
    const wide = await peakRss(await wideCsv("wide.csv", 5000, 3));
    const perColumn = (wide - narrow) / 4980;
    // Measured: about 118 KB a column when each column's frequent-integers table (64 KiB) and
    // caches were allocated up front; about 45 KB with dense distinct-count sketches (4 KiB of
    // registers a column, 5.5 KB of base64 in profile.json); 14-17 KB with sparse ones and the
    // column evidence made on first use (most of it the engine's heap headroom, see table.ts).
    expect(perColumn).toBeLessThan(25_000);
  }, 60_000);

  it("a file with more columns than the limit is refused at its header, with the count and the limit", async () => {
    const csv = join(dir, "too-wide.csv");
    const n = MAX_COLUMNS + 1;
    await writeFile(
      csv,
      `${Array.from({ length: n }, (_, c) => `c${c}`).join(",")}\n${"1,".repeat(n - 1)}1\n`,
    );
    const jsonl = join(dir, "too-wide.jsonl");
    await writeFile(
      jsonl,
      `${JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, c) => [`c${c}`, c])))}\n`,
    );
    for (const data of [csv, jsonl]) {
      let stderr = "";
      const spy = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
        stderr += String(s);
        return true;
      });
      const out = join(dir, "too-wide-out");
      const t0 = Date.now();
      let code: number;
      try {
        code = await main(["validate-data", "--data", data, "--out", out]);
      } finally {
        spy.mockRestore();
        process.exitCode = undefined;
      }
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(code).toBe(2);
      expect(stderr).toContain(
        `mlgate: ${data}:1: the file has 50,001 columns, more than the 50,000 that mlgate profiles`,
      );
      expect(stderr).toContain("hint: keep the columns the model uses");
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(await readdir(out).catch(() => [])).toEqual([]);
    }
  }, 30_000);

  it("the frequent-integers table grows from a few slots and counts exactly as the map-based summary does", () => {
    // A skewed stream over 5,000 integers: exact while under capacity, then through Misra-Gries.
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (const capacity of [1000, 100]) {
      const table = new FrequentNumbers(capacity);
      const map = new FrequentItems<number>(capacity);
      for (let i = 0; i < 40_000; i++) {
        const x = Math.floor(rand() ** 3 * 5000);
        table.add(x);
        map.add(x);
      }
      expect(table.exact).toBe(map.exact);
      expect(table.size).toBe(map.size);
      expect(table.maxError()).toBe(map.maxError());
      // Every counter, in one order (the two break ties among equal counts differently).
      const all = (f: { top(n: number): [number, number][] }) => f.top(capacity).sort((a, b) => a[0] - b[0]);
      expect(all(table)).toEqual(all(map));
    }
  });
});
