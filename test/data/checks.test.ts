import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { mergeProfileFiles, profileData } from "../../src/commands/profile.js";
import { schemaInfer } from "../../src/commands/schema-infer.js";
import { validateData } from "../../src/commands/validate-data.js";
import type { CheckResult } from "../../src/core/contracts/validation.js";
import { classCountProblem } from "../../src/core/data/labels.js";
import { readTable } from "../../src/core/data/read.js";
import { MlgateError } from "../../src/core/errors.js";
import { readLabels } from "../../src/core/model/fit.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";

const ports = { logger: silentLogger, progress: noProgress };
const VEGA = "node_modules/vega-datasets/data";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-checks-"));
});

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const csv = (header: string[], rows: (string | number)[][]) =>
  `${header.join(",")}\n${rows.map((r) => r.join(",")).join("\n")}\n`;

async function validate(data: string, extra: Parameters<typeof validateData>[1] = {}) {
  return validateData(undefined, { data, out: join(dir, `out-${Math.random()}`), ...extra }, ports);
}

const find = (checks: CheckResult[], id: string, column?: string) =>
  checks.filter((c) => c.id === id && (column === undefined || c.column === column));

describe("label sanity", () => {
  it("fails validate-data when the configured label column is not in the data", async () => {
    const data = await write(
      "no-label.csv",
      csv(
        ["a", "b"],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    );
    const r = await validate(data, { label: "species" });
    expect(r.failed).toBe(true);
    expect(find(r.validation.checks, "label.column")).toMatchObject([
      {
        status: "fail",
        column: "species",
        message: "label column 'species' is not in the data (columns: a, b)",
      },
    ]);
  });

  it("the class-count rule: more than max(100, half the labelled rows) classes, or more than 10 000", () => {
    expect(classCountProblem(3, 150)).toBeUndefined();
    expect(classCountProblem(100, 100)).toBeUndefined(); // few classes are never questioned
    expect(classCountProblem(101, 202)).toBeUndefined(); // 101 is not more than 202 / 2
    expect(classCountProblem(101, 201)?.reason).toContain("half as many classes as labelled rows");
    expect(classCountProblem(5_000, 1_000_000)).toBeUndefined();
    expect(classCountProblem(10_001, 1_000_000_000)?.reason).toBe("more than 10000 classes");
  });

  it("flags a label with one class per row in validation and refuses it in train before any tensor", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`user${i}`, i % 7, (i * 37) % 11]);
    const data = await write("id-label.csv", csv(["user", "x", "y"], rows));
    const r = await validate(data, { label: "user" });
    expect(r.failed).toBe(true);
    const [f] = find(r.validation.checks, "label.classes");
    expect(f).toMatchObject({ status: "fail", column: "user", count: 300 });
    expect(f!.message).toContain("300 distinct values in 300 labelled rows");
    // A label of seven classes passes the same check.
    const ok = await validate(data, { label: "x" });
    expect(find(ok.validation.checks, "label.classes")).toMatchObject([{ status: "pass" }]);

    const table = await readTable(data);
    const refuse = () => readLabels(table, { task: "classification", label: "user" });
    expect(refuse).toThrow(MlgateError);
    expect(refuse).toThrow("label 'user' has 300 distinct values in 300 labelled rows");
    expect(readLabels(table, { task: "classification", label: "x" }).classes).toHaveLength(7);
  });
});

describe("outliers where more than half the values are the median (MAD 0)", () => {
  it("scales each side by the MAD of the values beside the median: hand-computed fences", async () => {
    // 60 zeros, 1…39 and one 500: the median is 0; nothing lies below it, so there is no lower
    // fence; half of the 40 values above it are within 20, so the upper fence is
    // 3.5 · 1.4826 · 20 = 103.782, rounded up to 103.8.
    const values = [...Array(60).fill(0), ...Array.from({ length: 39 }, (_, i) => i + 1), 500];
    const data = await write(
      "spike.csv",
      csv(
        ["rain"],
        values.map((v) => [v]),
      ),
    );
    const r = await validate(data);
    const [f] = find(r.validation.checks, "outliers", "rain");
    expect(f).toMatchObject({ status: "warn", count: 1, examples: [{ value: 500 }] });
    expect(f!.message).toBe("about 1 value (1.0%) has a robust z-score above 3.5 (above 103.8)");
  });

  it("scales a skewed column's sides apart: hand-computed fences", async () => {
    // 13 values below the median 10: −20 and 4, 4.5, …, 9.5 (distances 0.5…6 and 30, median
    // distance 3.5: lower fence 10 − 3.5 · 1.4826 · 3.5 = −8.16); 13 above it: 11…20, 40, 80, 1000
    // (distances 1…10, 30, 70, 990, median 7: upper fence 10 + 3.5 · 1.4826 · 7 = 46.32). One MAD
    // for both sides (4.5) would put the fences at 10 ± 23.35 and call 40 an outlier as well.
    const below = [-20, ...Array.from({ length: 12 }, (_, i) => 4 + i / 2)];
    const above = [...Array.from({ length: 10 }, (_, i) => 11 + i), 40, 80, 1000];
    const data = await write(
      "skewed.csv",
      csv(
        ["x"],
        [...below, 10, ...above].map((v) => [v]),
      ),
    );
    const [f] = find((await validate(data)).validation.checks, "outliers", "x");
    expect(f).toMatchObject({ count: 3, examples: [{ value: 1000 }, { value: 80 }, { value: -20 }] });
    expect(f!.message).toContain("(outside -8.17 … 46.33)");
  });

  it("flags a few percent of Seattle's rain and no cylinder count, with no float noise in the bounds", async () => {
    const weather = await validate(`${VEGA}/seattle-weather.csv`);
    const rain = find(weather.validation.checks, "outliers", "precipitation")[0]!;
    // Before: 43% of the days, outside ±2.516e-16.
    expect(rain.count / 1461).toBeLessThan(0.05);
    const cars = await validate(`${VEGA}/cars.json`);
    expect(find(cars.validation.checks, "outliers", "Cylinders")).toEqual([]);
    for (const c of [...weather.validation.checks, ...cars.validation.checks]) {
      if (c.id === "outliers") expect(c.message).not.toMatch(/e-\d/);
    }
  });
});

describe("schema infer", () => {
  async function infer(name: string, options: Record<string, number> = {}) {
    const out = join(dir, `${name}.yml`);
    await schemaInfer(undefined, { data: `${VEGA}/seattle-weather.csv`, out, ...options }, ports);
    const text = await readFile(out, "utf8");
    const schema = parseYaml(text) as {
      columns: {
        name: string;
        nullable: boolean;
        max_missing: number;
        range?: { min: number; max: number };
      }[];
    };
    return { text, out, col: (n: string) => schema.columns.find((c) => c.name === n)! };
  }

  it("covers the observed min and max with a 10% margin, allows 1% missing in a complete column, and says so", async () => {
    const { text, out, col } = await infer("weather");
    // precipitation is 0 … 55.9 in the file: 55.9 + 0.1 · 55.9 = 61.49; never below 0, so the floor stays 0.
    expect(col("precipitation")).toMatchObject({
      nullable: true,
      max_missing: 0.01,
      range: { min: 0, max: 61.49 },
    });
    // temp_max is -1.6 … 35.6: ± 3.72.
    expect(col("temp_max").range).toEqual({ min: -5.32, max: 39.32 });
    expect(text).toContain("# observed 0 … 55.9");
    expect(text).toContain("(--range-margin 0.1)");
    expect(text).toContain("(--missing-slack 0.01)");
    const own = await validate(`${VEGA}/seattle-weather.csv`, { schema: out });
    expect(
      own.validation.checks.filter(
        (c) => ["range", "missing", "domain"].includes(c.id) && c.status !== "pass",
      ),
    ).toEqual([]);
  });

  it("takes a margin, a quantile and a missing slack", async () => {
    const exact = await infer("weather-exact", { rangeMargin: 0, missingSlack: 0 });
    expect(exact.col("precipitation")).toMatchObject({
      nullable: false,
      max_missing: 0,
      range: { min: 0, max: 55.9 },
    });
    const q = await infer("weather-q", { rangeQuantile: 0.01, rangeMargin: 0 });
    // numpy's 99th percentile of precipitation is 32.38; the sketch is exact at 1461 values up to rank interpolation.
    expect(q.col("precipitation").range!.max).toBeGreaterThan(30);
    expect(q.col("precipitation").range!.max).toBeLessThan(35);
    expect(q.text).toContain("# quantiles");
    await expect(infer("bad", { rangeQuantile: 0.7 })).rejects.toThrow(
      "--range-quantile 0.7 is out of range",
    );
  });
});

describe("missing values against the schema's allowance", () => {
  it("passes within it, warns above it by no more than chance, and fails beyond that", async () => {
    const schema = await write(
      "allow.yml",
      "schema: mlgate/data-schema@1\ncolumns:\n  - name: n\n    type: int\n    nullable: true\n    max_missing: 0.021\n",
    );
    const file = (missing: number) =>
      write(
        `missing-${missing}.csv`,
        csv(
          ["n"],
          Array.from({ length: 122 }, (_, i) => [i < missing ? "" : i]),
        ),
      );
    const statusOf = async (missing: number) =>
      find((await validate(await file(missing), { schema })).validation.checks, "missing", "n")[0] ?? {
        status: "pass",
      };
    // 2 of 122 is 1.6%: within 2.1%.
    expect((await statusOf(2)).status).toBe("pass");
    // 4 of 122 is 3.3%; P(X ≥ 4) for Binomial(122, 0.021) is 0.2547 (scipy.stats.binom.sf(3, 122, 0.021)).
    expect(await statusOf(4)).toMatchObject({
      status: "warn",
      message: "4 missing values (3.3%) (schema allows 2.1%; more, but within chance for 122 rows: p = 0.25)",
    });
    // 12 of 122: P(X ≥ 12) = 1.1e-5, below 0.001.
    expect((await statusOf(12)).status).toBe("fail");
  });
});

describe("finding messages", () => {
  it("a constant float column names its value; one missing value is singular", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [2.5, i === 3 ? "" : i]);
    const r = await validate(await write("constant.csv", csv(["c", "n"], rows)));
    expect(find(r.validation.checks, "constant", "c")[0]!.message).toBe("every value is 2.5");
    expect(find(r.validation.checks, "missing", "n")[0]!.message).toBe("1 missing value (4.0%)");
  });

  it("names records, not lines, in a JSON array", async () => {
    const r = await validate(`${VEGA}/cars.json`);
    const missing = find(r.validation.checks, "missing", "Horsepower")[0]!;
    expect(missing.examples[0]).toEqual({ row: 39, value: null });
    expect(r.markdown).toContain("record 39: missing");
    expect(r.markdown).not.toMatch(/line \d/);
  });

  it("an optional column's absence passes; a row-count failure names the fail threshold", async () => {
    const data = await write("small.csv", csv(["a"], [[1], [2]]));
    const schema = await write(
      "optional.yml",
      "schema: mlgate/data-schema@1\ncolumns:\n  - name: a\n    type: int\n  - name: b\n    type: int\n    required: false\n",
    );
    const reference = join(dir, "ref.json");
    await profileData(
      undefined,
      { data: await write("big.csv", csv(["a"], [[1], [2], [3], [4], [5]])), out: reference },
      ports,
    );
    const r = await validate(data, { schema, reference });
    expect(find(r.validation.checks, "schema.missing_column", "b")).toMatchObject([
      { status: "pass", message: "optional column 'b' is absent" },
    ]);
    expect(find(r.validation.checks, "row_count")[0]).toMatchObject({
      status: "fail",
      message: "2 rows vs 5 in the reference (−60.0%; fail above 50.0%)",
    });
  });
});

describe("profile merge", () => {
  it("refuses profiles of unrelated tables unless told to merge them anyway", async () => {
    const a = join(dir, "cars.json");
    const b = join(dir, "penguins.json");
    await profileData(undefined, { data: `${VEGA}/cars.json`, out: a }, ports);
    await profileData(undefined, { data: `${VEGA}/penguins.json`, out: b }, ports);
    const out = join(dir, "merged.json");
    const err = await mergeProfileFiles({ profiles: [a, b], out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MlgateError);
    expect((err as MlgateError).message).toMatch(
      /^its columns differ from those of .*cars\.json: it lacks 'Name'/,
    );
    await expect(readFile(out)).rejects.toThrow();
    const merged = await mergeProfileFiles({ profiles: [a, b], out, allowMismatch: true });
    expect(merged.profile.rows).toBe(406 + 344);
    // Shards of one table merge as before.
    expect((await mergeProfileFiles({ profiles: [a, a], out })).profile.rows).toBe(812);
  });
});

describe("dates in a JSON array", () => {
  it("reads a bare date as a date whatever text came before it", async () => {
    // Each "0123456789 x" leaves a space at byte 10 of the reader's scratch; the date after it is 10 bytes.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      name: i % 2 ? "0123456789 x" : "short",
      d: "1976-01-01",
    }));
    const out = join(dir, "dates.profile.json");
    const { profile } = await profileData(
      undefined,
      { data: await write("dates.json", JSON.stringify(rows)), out },
      ports,
    );
    const d = profile.columns.find((c) => c.name === "d")!;
    expect(d.type).toBe("datetime");
    expect(d.type_counts).toMatchObject({ datetime: 30, string: 0 });
  });
});
