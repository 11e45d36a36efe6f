/**
 * Frequent values: exact counts while a column has at most `capacity` distinct values, then the
 * Misra-Gries summary with `capacity` counters, whose counts undercount by at most
 * (n − Σcounters)/(capacity + 1) and which merges by adding counters and subtracting the
 * (capacity+1)-th largest (Agarwal et al. 2012, "Mergeable summaries").
 */

export const FREQUENT_CAPACITY = 1000;

export type FrequentKey = string | number;

/** One key type per instance keeps the map's lookups monomorphic. */
export class FrequentItems<K extends FrequentKey = FrequentKey> {
  private counts = new Map<K, { n: number }>();
  exact = true;
  n = 0;

  constructor(readonly capacity: number = FREQUENT_CAPACITY) {}

  add(key: K): void {
    this.n++;
    const c = this.counts.get(key);
    if (c !== undefined) {
      c.n++;
      return;
    }
    if (this.counts.size < this.capacity) {
      this.counts.set(key, { n: 1 });
      return;
    }
    // Misra-Gries: a new key when every counter is taken decrements all counters.
    this.exact = false;
    for (const [k, v] of this.counts) {
      if (v.n <= 1) this.counts.delete(k);
      else v.n--;
    }
  }

  /** Upper bound on how much any reported count undercounts. */
  maxError(): number {
    if (this.exact) return 0;
    let sum = 0;
    for (const v of this.counts.values()) sum += v.n;
    return Math.floor((this.n - sum) / (this.capacity + 1));
  }

  distinctExact(): number | undefined {
    return this.exact ? this.counts.size : undefined;
  }

  get size(): number {
    return this.counts.size;
  }

  top(limit: number): [K, number][] {
    return [...this.counts.entries()]
      .map(([k, v]): [K, number] => [k, v.n])
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, limit);
  }

  count(key: K): number {
    return this.counts.get(key)?.n ?? 0;
  }

  /** Adds a counter directly (rebuilding a summary from its saved items). */
  set(key: K, count: number): void {
    this.counts.set(key, { n: count });
  }

  merge(other: FrequentItems<K>): void {
    this.n += other.n;
    for (const [k, v] of other.counts) {
      const c = this.counts.get(k);
      if (c) c.n += v.n;
      else this.counts.set(k, { n: v.n });
    }
    this.exact = this.exact && other.exact;
    if (this.counts.size > this.capacity) {
      this.exact = false;
      const sorted = [...this.counts.values()].map((v) => v.n).sort((a, b) => b - a);
      const cut = sorted[this.capacity]!;
      const next = new Map<K, { n: number }>();
      for (const [k, v] of this.counts) if (v.n > cut) next.set(k, { n: v.n - cut });
      this.counts = next;
    }
  }
}
