import { readFileSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaInfer } from "../../src/commands/schema-infer.js";
import { validateData } from "../../src/commands/validate-data.js";
import { loadConfig } from "../../src/core/config/load.js";
import { validationContract } from "../../src/core/contracts/validation.js";
import { MlgateError } from "../../src/core/errors.js";
import { noProgress, silentLogger } from "../../src/core/ports.js";

const ports = { logger: silentLogger, progress: noProgress };
const COLUMNS = [
  "species",
  "island",
  "bill_length_mm",
  "bill_depth_mm",
  "flipper_length_mm",
  "body_mass_g",
  "sex",
];
type Row = (string | number | null)[];

/** Palmer penguins as the example repository ships them: every 4th row is the test split. */
function penguins(): { train: Row[]; test: Row[] } {
  const raw = JSON.parse(readFileSync("node_modules/vega-datasets/data/penguins.json", "utf8")) as Record<
    string,
    string | number | null
  >[];
  const rows = raw.map((r) => Object.values(r));
  return { train: rows.filter((_, i) => i % 4 !== 0), test: rows.filter((_, i) => i % 4 === 0) };
}

const csv = (rows: Row[], columns = COLUMNS) =>
  `${columns.join(",")}\n${rows.map((r) => r.map((v) => (v === null ? "NA" : String(v))).join(",")).join("\n")}\n`;

let dir: string;
let schemaPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-validate-"));
  const { train, test } = penguins();
  await writeFile(join(dir, "train.csv"), csv(train));
  await writeFile(join(dir, "test.csv"), csv(test));
  schemaPath = join(dir, "schema.yml");
  await schemaInfer(undefined, { data: join(dir, "train.csv"), label: "species", out: schemaPath }, ports);
});

describe("validate-data on penguins", () => {
  it("infers a schema with the label's classes, categorical domains and robust ranges", async () => {
    const text = await readFile(schemaPath, "utf8");
    expect(text).toContain("label: species");
    expect(text).toMatch(/classes:\n {2}- Adelie\n {2}- Chinstrap\n {2}- Gentoo/);
    expect(text).toMatch(/name: island\n(.*\n){4} {4}domain:\n {6}- Biscoe\n {6}- Dream\n {6}- Torgersen/);
    // Float ranges are rounded outward to readable numbers: no 20.750000000000004 in a committed file.
    for (const m of text.matchAll(/ {6}(min|max): (\S+)/g)) expect(m[2]!.length).toBeLessThanOrEqual(8);
  });

  it("passes the real missing values within the schema's allowance, warns on the unseen one, and writes all three outputs", async () => {
    const out = join(dir, "out-clean");
    const r = await validateData(
      undefined,
      { data: join(dir, "train.csv"), test: join(dir, "test.csv"), schema: schemaPath, out },
      ports,
    );
    expect(r.status).toBe("warn");
    expect(r.failed).toBe(false);
    const warned = r.validation.checks.filter((c) => c.status === "warn");
    // Only the one penguin whose sex is recorded as "." (a value training never saw); the NA values
    // are within the max_missing the schema allows, which is a pass.
    expect(warned.map((c) => c.id)).toEqual(["domain"]);
    expect(warned[0]).toMatchObject({ column: "sex", count: 1, examples: [{ value: "." }] });
    expect(r.validation.checks.filter((c) => c.id === "missing").map((c) => c.status)).toEqual([
      "pass",
      "pass",
    ]);
    const written = validationContract.parse(
      JSON.parse(await readFile(join(out, "validation.json"), "utf8")),
    );
    expect(written.status).toBe("warn");
    expect(JSON.parse(await readFile(join(out, "profile.json"), "utf8")).rows).toBe(258);
    expect(await readFile(join(out, "validation.md"), "utf8")).toContain("Data validation: warn");
  });

  it("with fail-on warn, the file the schema came from passes, and a warning fails the step", async () => {
    const own = await validateData(
      undefined,
      { data: join(dir, "train.csv"), schema: schemaPath, failOn: "warn", out: join(dir, "out-warn") },
      ports,
    );
    expect(own.validation.checks.filter((c) => c.status !== "pass")).toEqual([]);
    expect(own.failed).toBe(false);
    const held = await validateData(
      undefined,
      { data: join(dir, "test.csv"), schema: schemaPath, failOn: "warn", out: join(dir, "out-warn") },
      ports,
    );
    expect(held.status).toBe("warn");
    expect(held.failed).toBe(true);
  });

  it("fails a file with planted problems with the right check ids", async () => {
    const { train, test } = penguins();
    const planted = train.map((r) => [...r]);
    planted[5]![0] = "Emperor"; // label.new_values
    planted[6]![1] = "Atlantis"; // domain
    planted[7]![5] = 99999; // range (and an outlier)
    planted[8]![4] = "long"; // schema.type
    planted[9]![3] = "inf"; // nan_inf
    for (const i of [40, 41, 42]) planted[i]![2] = 500; // outliers (1.1% of rows)
    planted.push([...planted[20]!], [...planted[21]!]); // duplicates
    planted.push([planted[22]![0] === "Adelie" ? "Gentoo" : "Adelie", ...planted[22]!.slice(1)]); // label.conflicts
    const leakyTest = [...test, planted[30]!, planted[31]!]; // leakage
    await writeFile(join(dir, "planted.csv"), csv(planted));
    await writeFile(join(dir, "planted-test.csv"), csv(leakyTest));
    const r = await validateData(
      undefined,
      {
        data: join(dir, "planted.csv"),
        test: join(dir, "planted-test.csv"),
        schema: schemaPath,
        out: join(dir, "out-planted"),
      },
      ports,
    );
    expect(r.status).toBe("fail");
    expect(r.failed).toBe(true);
    const byId = (id: string) => r.validation.checks.filter((c) => c.id === id && c.status !== "pass");
    expect(byId("label.new_values")[0]).toMatchObject({
      status: "fail",
      count: 1,
      examples: [{ row: 6, line: 7, value: "Emperor" }],
    });
    expect(byId("domain")[0]).toMatchObject({
      column: "island",
      count: 1,
      examples: [{ row: 7, value: "Atlantis" }],
    });
    expect(byId("range")).toMatchObject([
      { column: "bill_length_mm", count: 3 },
      { column: "body_mass_g", count: 1, examples: [{ row: 8, value: 99999 }] },
    ]);
    expect(byId("schema.type")[0]).toMatchObject({
      status: "fail",
      column: "flipper_length_mm",
      examples: [{ row: 9, value: "long" }],
    });
    expect(byId("nan_inf")[0]).toMatchObject({ status: "fail", column: "bill_depth_mm", count: 1 });
    expect(byId("duplicates")[0]).toMatchObject({ count: 2 });
    expect(byId("label.conflicts")[0]).toMatchObject({ count: 1, examples: [{ row: planted.length }] });
    expect(byId("leakage")[0]).toMatchObject({ status: "fail", count: 2 });
    expect(byId("outliers")).toMatchObject([
      {
        status: "warn",
        column: "bill_length_mm",
        count: 3,
        examples: [{ value: 500 }, { value: 500 }, { value: 500 }],
      },
    ]);
    const failing = new Set(r.validation.checks.filter((c) => c.status === "fail").map((c) => c.id));
    expect(failing).toEqual(new Set(["label.new_values", "range", "schema.type", "nan_inf", "leakage"]));
  });

  it("finds leaked rows in a test file whose columns are in another order", async () => {
    const { train } = penguins();
    const reversed = [...COLUMNS].reverse();
    const leaked = [train[3]!, train[100]!].map((r) => [...r].reverse());
    await writeFile(join(dir, "reordered-test.csv"), csv(leaked, reversed));
    const r = await validateData(
      undefined,
      {
        data: join(dir, "train.csv"),
        test: join(dir, "reordered-test.csv"),
        label: "species",
        out: join(dir, "out-reordered"),
      },
      ports,
    );
    expect(r.validation.checks.find((c) => c.id === "leakage")).toMatchObject({
      status: "fail",
      count: 2,
      examples: [
        { row: 1, line: 2 },
        { row: 2, line: 3 },
      ],
    });
  });

  it("reports a missing schema column and, in strict mode, an unexpected one", async () => {
    const { train } = penguins();
    const columns = [...COLUMNS.filter((c) => c !== "sex"), "year"];
    await writeFile(
      join(dir, "renamed.csv"),
      csv(
        train.map((r) => [...r.slice(0, 6), 2007]),
        columns,
      ),
    );
    const r = await validateData(
      undefined,
      { data: join(dir, "renamed.csv"), schema: schemaPath, strict: true, out: join(dir, "out-renamed") },
      ports,
    );
    const flagged = r.validation.checks.filter((c) => c.id.startsWith("schema.") && c.status === "fail");
    expect(flagged.map((c) => [c.id, c.column])).toEqual([
      ["schema.missing_column", "sex"],
      ["schema.unexpected_column", "year"],
    ]);
    expect(r.validation.checks.find((c) => c.id === "constant" && c.column === "year")?.status).toBe("warn");
  });

  it("compares the row count with a reference profile", async () => {
    const out = join(dir, "out-ref");
    await validateData(undefined, { data: join(dir, "test.csv"), out }, ports);
    const r = await validateData(
      undefined,
      { data: join(dir, "train.csv"), reference: join(out, "profile.json"), out: join(dir, "out-ref2") },
      ports,
    );
    // 258 rows against 86: +200%.
    expect(r.validation.checks.find((c) => c.id === "row_count")).toMatchObject({
      status: "fail",
      count: 258,
    });
  });
});

describe("schema infer with mlgate.yml", () => {
  it("reads data.train and writes validate.schema, both relative to the config, where validate-data then reads it", async () => {
    const project = await mkdtemp(join(tmpdir(), "mlgate-infer-config-"));
    await writeFile(join(project, "train.csv"), await readFile(join(dir, "train.csv")));
    await writeFile(
      join(project, "mlgate.yml"),
      "version: 1\nmodel: { name: penguins, task: classification, label: species }\ndata: { train: train.csv }\nvalidate: { schema: schemas/penguins.yml }\n",
    );
    const loaded = await loadConfig(join(project, "mlgate.yml"));
    const { out, schema } = await schemaInfer(loaded, {}, ports);
    expect(out).toBe(join(project, "schemas/penguins.yml"));
    expect(schema.label).toBe("species");
    const result = await validateData(loaded, { out: join(project, "out") }, ports);
    expect(result.validation.status).toBe("pass");
  });

  it("without a config names both ways of giving the output", async () => {
    const err = await schemaInfer(undefined, { data: join(dir, "train.csv") }, ports).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MlgateError);
    expect((err as MlgateError).message).toBe("no schema file to write");
    expect((err as MlgateError).hint).toContain("validate.schema");
  });
});
