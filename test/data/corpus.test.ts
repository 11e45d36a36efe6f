import { mkdir, mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";

/** Absolute: the CLI runs in an empty directory, so that no mlgate.yml of the repository applies. */
const BAD = resolve("test/fixtures/data/bad");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-corpus-"));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the CLI in-process with stdout/stderr captured. */
async function run(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = "";
  let stdout = "";
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  const before = process.exitCode;
  const cwd = process.cwd();
  process.chdir(dir);
  const code = await main(args).catch(() => 99);
  process.chdir(cwd);
  process.exitCode = before;
  return { code, stderr, stdout };
}

async function outputsIn(out: string): Promise<string[]> {
  try {
    return await readdir(out);
  } catch {
    return [];
  }
}

/** The contract for bad input: a message naming the place, a non-zero exit, no stack, no outputs. */
async function expectCleanFailure(file: string, where: RegExp, what: RegExp): Promise<string> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const { code, stderr } = await run(["validate-data", "--data", file, "--out", out]);
  expect(code).not.toBe(0);
  expect(code).not.toBe(70);
  expect(stderr).toMatch(where);
  expect(stderr).toMatch(what);
  expect(stderr).toContain("hint:");
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(await outputsIn(out)).toEqual([]);
  return stderr;
}

describe("bad-input corpus: clean errors", () => {
  it("ragged row", () =>
    expectCleanFailure(`${BAD}/ragged.csv`, /ragged\.csv:4: /, /line 4 has 2 fields, the header has 3/));
  it("unbalanced quote", () =>
    expectCleanFailure(`${BAD}/unbalanced-quote.csv`, /unbalanced-quote\.csv:3: /, /unbalanced quote/));
  it("text after a closing quote", () =>
    expectCleanFailure(
      `${BAD}/quote-garbage.csv`,
      /quote-garbage\.csv:2:2: /,
      /after the closing quote in column 2/,
    ));
  it("empty file", () => expectCleanFailure(`${BAD}/empty.csv`, /empty\.csv:1: /, /the file is empty/));
  it("header only", () =>
    expectCleanFailure(`${BAD}/header-only.csv`, /header-only\.csv:2: /, /no data rows/));
  it("invalid UTF-8", () =>
    expectCleanFailure(
      `${BAD}/invalid-utf8.csv`,
      /invalid-utf8\.csv:3:2: /,
      /invalid UTF-8 in column 2 \('name'\)/,
    ));
  it("duplicate header names", () =>
    expectCleanFailure(
      `${BAD}/duplicate-header.csv`,
      /duplicate-header\.csv:1:4: /,
      /duplicate column name 'x'.*columns 2 and 4/,
    ));
  it("empty header name", () =>
    expectCleanFailure(
      `${BAD}/empty-header-name.csv`,
      /empty-header-name\.csv:1:2: /,
      /column 2 of the header has no name/,
    ));
  it("invalid JSON line", () =>
    expectCleanFailure(`${BAD}/not-json.jsonl`, /not-json\.jsonl:2: /, /not valid JSON/));
  it("JSON line that is not an object", () =>
    expectCleanFailure(`${BAD}/not-object.jsonl`, /not-object\.jsonl:2: /, /not a JSON object/));
  it("a file that is not Parquet", () =>
    expectCleanFailure(
      `${BAD}/not-parquet.parquet`,
      /not-parquet\.parquet: /,
      /not a readable Parquet file/,
    ));
  it("missing file", () =>
    expectCleanFailure(join(dir, "nowhere.csv"), /nowhere\.csv: /, /data file not found/));
  it("a directory instead of a file", async () => {
    await mkdir(join(dir, "folder.csv"), { recursive: true });
    await expectCleanFailure(join(dir, "folder.csv"), /folder\.csv: /, /is a directory/);
  });
  it("a 50 MB line", async () => {
    const path = join(dir, "long-line.csv");
    await writeFile(path, `id,text\n1,short\n2,${"x".repeat(50 * 1024 * 1024)}\n3,short\n`);
    expect((await stat(path)).size).toBeGreaterThan(50 * 1024 * 1024);
    await expectCleanFailure(path, /long-line\.csv:3: /, /line 3 is longer than 16 MiB/);
  });
});

describe("bad-input corpus: files that read and fail checks", () => {
  it("BOM and CRLF read as plain CSV", async () => {
    const out = join(dir, "out-bom");
    const { code, stdout } = await run([
      "--json",
      "validate-data",
      "--data",
      `${BAD}/bom-crlf.csv`,
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).status).toBe("pass");
    expect((await outputsIn(out)).sort()).toEqual(["profile.json", "validation.json", "validation.md"]);
  });

  it("Inf tokens fail nan_inf with their lines (NaN is a default null token, so it counts as missing)", async () => {
    const { code, stdout } = await run([
      "--json",
      "validate-data",
      "--data",
      `${BAD}/nan-inf.csv`,
      "--out",
      join(dir, "o1"),
    ]);
    expect(code).toBe(1);
    const check = JSON.parse(stdout).checks.find((c: { id: string }) => c.id === "nan_inf");
    expect(check).toMatchObject({ status: "fail", column: "x", count: 2 });
    expect(check.examples.map((e: { line: number }) => e.line)).toEqual([4, 5]);
    const missing = JSON.parse(stdout).checks.find(
      (c: { id: string; column?: string }) => c.id === "missing" && c.column === "x",
    );
    expect(missing).toMatchObject({ status: "warn", count: 1, examples: [{ row: 2, line: 3, value: null }] });
  });

  it("a word in a numeric column fails schema.type at its line", async () => {
    const { code, stdout } = await run([
      "--json",
      "validate-data",
      "--data",
      `${BAD}/wrong-types.csv`,
      "--out",
      join(dir, "o2"),
    ]);
    expect(code).toBe(1);
    const check = JSON.parse(stdout).checks.find((c: { id: string }) => c.id === "schema.type");
    expect(check).toMatchObject({ status: "fail", column: "x", count: 1 });
    expect(check.examples).toEqual([{ row: 40, line: 41, value: "twelve" }]);
  });
});
