import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { MlgateError } from "../../src/core/errors.js";
import {
  postableError,
  revivedError,
  threadBudget,
  withWorkersCompilingInline,
} from "../../src/core/threads.js";

describe("threadBudget", () => {
  it("is the available cores unless MLGATE_THREADS says otherwise", () => {
    expect(threadBudget({})).toBe(availableParallelism());
    expect(threadBudget({ MLGATE_THREADS: "" })).toBe(availableParallelism());
    expect(threadBudget({ MLGATE_THREADS: "1" })).toBe(1);
    expect(threadBudget({ MLGATE_THREADS: " 3 " })).toBe(3);
  });

  it("rejects values that are not a whole number of threads", () => {
    for (const bad of ["0", "-2", "1.5", "two"]) {
      expect(() => threadBudget({ MLGATE_THREADS: bad })).toThrow(MlgateError);
    }
    expect(() => threadBudget({ MLGATE_THREADS: "two" })).toThrow(
      "MLGATE_THREADS must be a whole number ≥ 1, got 'two'",
    );
  });
});

describe("errors posted by a worker", () => {
  it("come back as MlgateErrors with their message, location, hint and exit code", () => {
    const sent = new MlgateError("line 3 has 3 fields, the header has 2", {
      location: { file: "a.csv", line: 3 },
      hint: "add the missing fields",
      exitCode: 1,
    });
    const back = revivedError(structuredClone(postableError(sent)));
    expect(back).toBeInstanceOf(MlgateError);
    expect((back as MlgateError).format()).toBe(sent.format());
    expect((back as MlgateError).exitCode).toBe(1);
  });

  it("come back as plain errors, stack included, when they are bugs", () => {
    const sent = new TypeError("x is not a function");
    const back = revivedError(structuredClone(postableError(sent)));
    expect(back).not.toBeInstanceOf(MlgateError);
    expect(back.name).toBe("TypeError");
    expect(back.message).toBe("x is not a function");
    expect(back.stack).toBe(sent.stack);
    expect(revivedError(postableError("thrown text")).message).toBe("thrown text");
  });
});

describe("withWorkersCompilingInline", () => {
  it("returns what the work returns and passes its errors on", async () => {
    await expect(withWorkersCompilingInline(async () => 42)).resolves.toBe(42);
    await expect(
      withWorkersCompilingInline(async () => {
        throw new MlgateError("failed");
      }),
    ).rejects.toThrow("failed");
  });
});
