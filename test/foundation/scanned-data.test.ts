import { describe, expect, it } from "vitest";
import { scannedData } from "../../src/cli/scanned-data.js";

describe("the data file read ahead of the CLI's parser", () => {
  it("is the --data of a scanning command, in either spelling", () => {
    expect(scannedData(["validate-data", "--data", "a.csv", "--label", "y"])).toBe("a.csv");
    expect(scannedData(["--quiet", "validate-data", "--data=b.csv"])).toBe("b.csv");
    expect(scannedData(["profile", "--out", "p.json", "--data", "c.csv"])).toBe("c.csv");
    expect(scannedData(["schema", "infer", "--data", "d.csv", "--out", "s.yml"])).toBe("d.csv");
  });

  it("is nothing for other commands, or without --data", () => {
    expect(scannedData(["train", "--data", "a.csv"])).toBeUndefined();
    expect(scannedData(["validate-data", "--schema", "s.yml"])).toBeUndefined();
    expect(scannedData(["validate-data", "--data"])).toBeUndefined();
    expect(scannedData([])).toBeUndefined();
  });
});
