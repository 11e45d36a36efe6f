import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type ActionSpec, inputReader, runAction } from "../../src/actions/door.js";
import { MlgateError } from "../../src/core/errors.js";

/** The runner's file-based protocol: outputs and the job summary are files named by env vars. */
let dir: string;
const saved = { ...process.env };
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-door-"));
  process.env.GITHUB_OUTPUT = join(dir, "output");
  process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
  await writeFile(process.env.GITHUB_OUTPUT, "");
  await writeFile(process.env.GITHUB_STEP_SUMMARY, "");
  process.exitCode = undefined;
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

const reader = (inputs: Record<string, string>) => inputReader((n) => inputs[n] ?? "");

interface Result {
  total: number;
  ok: boolean;
}
const spec: ActionSpec<{ a: number; b: number; strict: boolean }, Result> = {
  name: "adder",
  inputs: (read) => ({ a: read.int("a") ?? 0, b: read.int("b") ?? 0, strict: read.bool("strict") ?? false }),
  async run({ a, b, strict }) {
    if (strict && a < 0) throw new MlgateError("a must not be negative", { hint: "pass a >= 0" });
    return { total: a + b, ok: a + b < 10 };
  },
  outputs: (r) => ({ total: r.total, ok: r.ok }),
  summary: (r) => `### total ${r.total}`,
  failure: (r) => (r.ok ? undefined : `total ${r.total} is too large`),
};

describe("action door", () => {
  it("maps inputs to the command and the result to outputs and the job summary", async () => {
    await runAction(spec, reader({ a: "2", b: "3" }));
    const outputs = await readFile(process.env.GITHUB_OUTPUT!, "utf8");
    expect(outputs).toMatch(/total<<ghadelimiter_[\w-]+\n5\n/);
    expect(outputs).toMatch(/ok<<ghadelimiter_[\w-]+\ntrue\n/);
    expect(await readFile(process.env.GITHUB_STEP_SUMMARY!, "utf8")).toContain("### total 5");
    expect(process.exitCode).toBeUndefined();
  });

  it("fails the step with the command's message when the result says so", async () => {
    await runAction(spec, reader({ a: "7", b: "5" }));
    expect(process.exitCode).toBe(1);
  });

  it("turns a bad input and a user error into a failed step, not a crash", async () => {
    await runAction(spec, reader({ a: "seven" }));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    await runAction(spec, reader({ a: "-1", strict: "true" }));
    expect(process.exitCode).toBe(1);
    expect(await readFile(process.env.GITHUB_OUTPUT!, "utf8")).toBe("");
  });

  it("annotates every problem of an error that found several (a config with many mistakes)", async () => {
    const problems = [3, 9].map(
      (line) =>
        new MlgateError(`problem on line ${line}`, { location: { file: "mlgate.yml", line, column: 5 } }),
    );
    const several: ActionSpec<Record<string, never>, Result> = {
      ...spec,
      inputs: () => ({}),
      run: () => Promise.reject(MlgateError.all(problems, "mlgate.yml")),
    };
    let stdout = "";
    const write = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
      stdout += String(s);
      return true;
    });
    try {
      await runAction(several, reader({}));
    } finally {
      write.mockRestore();
    }
    expect(process.exitCode).toBe(1);
    const annotations = stdout
      .split("\n")
      .filter((l) => l.startsWith("::error title=mlgate adder,file=mlgate.yml"));
    expect(annotations.map((l) => l.replace(/^.*,line=(\d+),col=(\d+)::(.*)$/, "$1:$2 $3"))).toEqual([
      "3:5 problem on line 3",
      "9:5 problem on line 9",
    ]);
  });

  it("reads booleans, lists and required inputs strictly", () => {
    const read = reader({ yes: "True", no: "off", list: "a, b\nc", bad: "maybe" });
    expect(read.bool("yes")).toBe(true);
    expect(read.bool("no")).toBe(false);
    expect(read.bool("missing")).toBeUndefined();
    expect(() => read.bool("bad")).toThrow(/input 'bad' must be true or false, got 'maybe'/);
    expect(read.list("list")).toEqual(["a", "b", "c"]);
    expect(() => read.required("missing")).toThrow(/input 'missing' is required/);
  });
});
