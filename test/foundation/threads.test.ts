import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { MlgateError } from "../../src/core/errors.js";
import { threadBudget } from "../../src/core/threads.js";

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
