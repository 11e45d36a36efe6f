import { describe, expect, it } from "vitest";
import type { Table } from "../../src/core/data/table.js";
import { MlgateError } from "../../src/core/errors.js";
import { readLabels } from "../../src/core/model/fit.js";

describe("readLabels", () => {
  it("names the data row of a non-numeric regression label, without guessing a file line", () => {
    const table: Table = {
      source: "cars.json",
      rowCount: 3,
      columns: [{ name: "mpg", type: "string", values: [18, "n/a", 15] }],
    };
    const err = (() => {
      try {
        readLabels(table, { task: "regression", label: "mpg" });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(MlgateError);
    expect((err as MlgateError).message).toBe(`label 'mpg' is "n/a" in data row 2; regression needs numbers`);
    expect((err as MlgateError).location).toEqual({ file: "cars.json", key: "mpg" });
  });
});
