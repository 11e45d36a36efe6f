import type { Progress } from "../../src/core/ports.js";

/** A Progress that records its calls, in order, for comparing two scans' progress. */
export function progressRecorder(): { calls: unknown[][]; progress: Progress } {
  const calls: unknown[][] = [];
  const progress: Progress = {
    start(label, total) {
      calls.push(["start", label, total]);
      return {
        update: (done, note) => calls.push(["update", done, note]),
        done: (note) => calls.push(["done", note]),
      };
    },
  };
  return { calls, progress };
}
