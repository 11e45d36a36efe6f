import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Chunk, cellText } from "../../src/core/data/cells.js";
import { readTable } from "../../src/core/data/read.js";
import { openSource } from "../../src/core/data/source.js";
import { column } from "../../src/core/data/table.js";
import { MlgateError } from "../../src/core/errors.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-read-"));
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function readError(path: string): Promise<MlgateError> {
  try {
    await readTable(path);
  } catch (e) {
    expect(e).toBeInstanceOf(MlgateError);
    return e as MlgateError;
  }
  throw new Error(`expected ${path} to fail`);
}

describe("readTable CSV", () => {
  it("infers int, float, bool, datetime and string columns and reads null tokens as null", async () => {
    const t = await readTable(
      await file(
        "types.csv",
        "i,f,b,d,s\n1,1.5,true,2024-01-02,a\n-2,NA,false,2024-01-03T10:00:00Z,b\n3,2e3,,2024-02-01,NA\n",
      ),
    );
    expect(t.rowCount).toBe(3);
    expect(t.columns.map((c) => c.type)).toEqual(["int", "float", "bool", "datetime", "string"]);
    expect(column(t, "i")?.values).toEqual([1, -2, 3]);
    expect(column(t, "f")?.values).toEqual([1.5, null, 2000]);
    expect(column(t, "b")?.values).toEqual([true, false, null]);
    expect(column(t, "d")?.values).toEqual(["2024-01-02", "2024-01-03T10:00:00Z", "2024-02-01"]);
    expect(column(t, "s")?.values).toEqual(["a", "b", null]);
  });

  it("handles quotes, doubled quotes, embedded newlines, CRLF and a BOM", async () => {
    const t = await readTable(
      await file("quoted.csv", '\ufeffname,note\r\n"a, b","say ""hi"""\r\nc,"two\r\nlines"\r\n'),
    );
    expect(t.columns.map((c) => c.name)).toEqual(["name", "note"]);
    expect(column(t, "name")?.values).toEqual(["a, b", "c"]);
    expect(column(t, "note")?.values).toEqual(['say "hi"', "two\r\nlines"]);
  });

  it("a column mixing numbers and text is a string column that keeps the numbers' text", async () => {
    const t = await readTable(await file("mixed.csv", "x\n1\n1.50\nabc\n"));
    expect(column(t, "x")).toEqual({ name: "x", type: "string", values: ["1", "1.50", "abc"] });
  });

  it("parses numbers exactly as Number() does, including long mantissas and exponents", async () => {
    const texts = [
      "0.1",
      "123456789012345678",
      "1.7976931348623157e308",
      "-0.000001234",
      "5e-324",
      ".5",
      "7.",
    ];
    const t = await readTable(await file("nums.csv", `x\n${texts.join("\n")}\n`));
    expect(column(t, "x")?.values).toEqual(texts.map(Number));
  });

  it("reads NaN and Inf tokens as non-finite numbers when they are not null tokens", async () => {
    const t = await readTable(await file("naninf.csv", "x\n1\ninf\n-Infinity\nnan\n"), { nullValues: [""] });
    expect(column(t, "x")?.values).toEqual([
      1,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
    ]);
  });

  it("honours a configured delimiter and skips blank lines", async () => {
    const t = await readTable(await file("semi.csv", "a;b\n1;2\n\n3;4"), { delimiter: ";" });
    expect(column(t, "b")?.values).toEqual([2, 4]);
  });

  it("streams a file larger than one read block with rows split across blocks", async () => {
    // About 11 MB: three 4 MiB read blocks, with rows and quoted multi-line fields cut at block ends.
    const pad = "p".repeat(150);
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `${i},"v ""${i % 7}""\n${pad}",${(i * 0.25).toFixed(2)}`,
    );
    const t = await readTable(await file("big.csv", `id,q,x\n${rows.join("\n")}\n`));
    expect(t.rowCount).toBe(60_000);
    expect(column(t, "id")?.values[59_999]).toBe(59_999);
    expect(column(t, "q")?.values[12]).toBe(`v "5"\n${pad}`);
    expect(column(t, "q")?.values[59_999]).toBe(`v "2"\n${pad}`);
    expect(column(t, "x")?.values[40_001]).toBe(10000.25);
  });

  it("names file and line for a ragged row", async () => {
    const path = await file("ragged.csv", "a,b\n1,2\n3\n");
    const e = await readError(path);
    expect(e.location).toMatchObject({ file: path, line: 3 });
    expect(e.format()).toContain("line 3 has 1 field, the header has 2");
  });

  it("names the file for a missing file and a directory", async () => {
    const missing = await readError(join(dir, "nope.csv"));
    expect(missing.message).toContain("not found");
    await mkdir(join(dir, "adir.csv"));
    expect((await readError(join(dir, "adir.csv"))).message).toContain("is a directory");
  });
});

describe("readTable JSON Lines and Parquet", () => {
  it("reads JSON Lines with typed values and nulls", async () => {
    const t = await readTable(
      await file(
        "rows.jsonl",
        '{"a":1,"b":"x","c":true}\n{"a":2.5,"b":null,"c":false}\n\n{"a":null,"b":"NA"}\n',
      ),
    );
    expect(t.columns.map((c) => [c.name, c.type])).toEqual([
      ["a", "float"],
      ["b", "string"],
      ["c", "bool"],
    ]);
    expect(column(t, "a")?.values).toEqual([1, 2.5, null]);
    expect(column(t, "b")?.values).toEqual(["x", null, null]);
  });

  it("reads a .json array of objects (vega-datasets' penguins)", async () => {
    const t = await readTable("node_modules/vega-datasets/data/penguins.json");
    expect(t.rowCount).toBe(344);
    expect(t.columns.map((c) => c.type)).toEqual([
      "string",
      "string",
      "float",
      "float",
      "int",
      "int",
      "string",
    ]);
    // The file's own record: 10 penguins without a recorded sex, the first one Adelie from Torgersen.
    expect(column(t, "Sex")?.values.filter((v) => v === null)).toHaveLength(10);
    expect(t.columns.map((c) => c.values[0])).toEqual(["Adelie", "Torgersen", 39.1, 18.7, 181, 3750, "MALE"]);
  });

  it("names the line of a syntax error in a JSON array", async () => {
    const path = await file("bad-array.json", '[\n{"a": 1},\n{"a": 2,,}\n]\n');
    expect((await readError(path)).location).toMatchObject({ file: path, line: 3 });
  });

  it("names the line of invalid JSON", async () => {
    const path = await file("bad.jsonl", '{"a":1}\n{"a":\n');
    expect((await readError(path)).location).toMatchObject({ file: path, line: 2 });
  });

  it("streams Parquet row groups (zstd) with types from the file", async () => {
    const source = await openSource("node_modules/vega-datasets/data/flights-3m.parquet");
    expect(source.columns).toEqual(["date", "delay", "distance", "origin", "destination"]);
    expect(source.total).toBe(3_000_000);
    const first = await source.chunks().next();
    await source.close();
    const chunk = first.value as Chunk;
    expect(chunk.rows).toBeGreaterThan(0);
    // The first flight in the file: 2001-01-01 00:01, delay 33, 2176 miles, LAS → PHL.
    expect(chunk.columns.map((c) => cellText(c, 0))).toEqual([
      "2001-01-01T00:01:00.000Z",
      "33",
      "2176",
      "LAS",
      "PHL",
    ]);
  });
});
