import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const action = parse(readFileSync("actions/validate-data/action.yml", "utf8")) as {
  inputs: Record<string, { description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const entry = readFileSync("src/actions/validate-data.ts", "utf8");

describe("validate-data action metadata", () => {
  it("runs the bundled entry on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "../../dist/validate-data.js" });
  });

  it("declares and describes every input the entry reads, and nothing else", () => {
    const read = new Set(
      [...entry.matchAll(/read\.(?:string|bool|int|list|required)\("([^"]+)"\)/g)].map((m) => m[1]!),
    );
    // `config` is read by the shared door (runAction), not by the entry.
    expect(new Set(Object.keys(action.inputs))).toEqual(new Set([...read, "config"]));
    for (const [name, input] of Object.entries(action.inputs))
      expect(input.description.length, name).toBeGreaterThan(20);
  });

  it("declares and describes every output the entry sets", () => {
    const outputs = /outputs: \(r\) => \(\{([^}]+)\}\)/.exec(entry)![1]!;
    const set = [...outputs.matchAll(/(\w+):/g)].map((m) => m[1]!);
    expect(new Set(Object.keys(action.outputs))).toEqual(new Set(set));
    expect(set).toEqual(expect.arrayContaining(["status", "report", "profile"]));
  });
});
