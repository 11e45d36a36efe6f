import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/core/stats/random.js";
import { sortFloat64 } from "../../src/core/stats/sort.js";

describe("sortFloat64", () => {
  it("sorts like Float64Array.prototype.sort: signs, ties, tiny and huge values, past the radix cut-over", () => {
    const random = seededRandom(9);
    for (const n of [0, 1, 10, 4095, 4096, 50_000]) {
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const u = random();
        xs[i] =
          u < 0.1
            ? Math.round(random() * 10) - 5
            : u < 0.2
              ? (random() - 0.5) * 1e-300
              : (random() - 0.5) * 10 ** (random() * 40);
      }
      const got = sortFloat64(xs);
      const want = Float64Array.from(xs).sort();
      expect(got).not.toBe(xs);
      for (let i = 0; i < n; i++) if (got[i] !== want[i]) expect([i, got[i]]).toEqual([i, want[i]]);
      expect(got.length).toBe(n);
    }
  });
  it("leaves the input untouched", () => {
    const xs = Float64Array.from({ length: 5000 }, (_, i) => 5000 - i);
    sortFloat64(xs);
    expect(xs[0]).toBe(5000);
  });
});
