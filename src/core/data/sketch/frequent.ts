/**
 * Frequent values: exact counts while a column has at most `capacity` distinct values, then the
 * Misra-Gries summary with `capacity` counters, whose counts undercount by at most
 * (n − Σcounters)/(capacity + 1) and which merges by adding counters and subtracting the
 * (capacity+1)-th largest (Agarwal et al. 2012, "Mergeable summaries").
 */

export const FREQUENT_CAPACITY = 1000;

export type FrequentKey = string | number;

/**
 * Values ordered by their text, code unit by code unit (ties among frequent items, domains, label
 * classes): the same on every machine, unlike localeCompare, which follows the locale and whose
 * first call sets up ICU's collator (7–10 ms of a command's run).
 */
export function byText(a: FrequentKey, b: FrequentKey): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Slots of FrequentItems' cache: few enough to stay small, enough that a few dozen keys seldom collide. */
const RECENT_COUNTERS = 256;
/**
 * Values a FrequentItems counts through its map alone before it makes the cache (4 KiB): a column
 * of a wide, short file never needs one.
 */
const RECENT_AFTER = 64;

/** One key type per instance keeps the map's lookups monomorphic. */
export class FrequentItems<K extends FrequentKey = FrequentKey> {
  private counts = new Map<K, { n: number }>();
  exact = true;
  n = 0;
  /**
   * Direct-mapped cache of counters by the caller's hash of the key (see `addHashed`), in front of
   * the map. Emptied whenever a counter leaves the map. Empty (every lookup misses) until
   * RECENT_AFTER values were counted.
   */
  private recentKeys: (K | undefined)[] = [];
  private recentCounters: ({ n: number } | undefined)[] = [];

  constructor(readonly capacity: number = FREQUENT_CAPACITY) {}

  /** `add(key)`, where `hash` is any hash of the key (equal keys, equal hashes). */
  addHashed(key: K, hash: number): void {
    const slot = hash & (RECENT_COUNTERS - 1);
    if (this.recentKeys[slot] === key) {
      this.n++;
      this.recentCounters[slot]!.n++;
      return;
    }
    const c = this.counts.get(key);
    if (c === undefined) {
      this.add(key);
      return;
    }
    this.n++;
    c.n++;
    if (this.recentKeys.length === 0) {
      if (this.n < RECENT_AFTER) return;
      this.recentKeys = Array.from({ length: RECENT_COUNTERS }, () => undefined);
      this.recentCounters = Array.from({ length: RECENT_COUNTERS }, () => undefined);
    }
    this.recentKeys[slot] = key;
    this.recentCounters[slot] = c;
  }

  private forgetRecent(): void {
    this.recentKeys.fill(undefined);
    this.recentCounters.fill(undefined);
  }

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
    this.forgetRecent();
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
      .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
      .slice(0, limit);
  }

  count(key: K): number {
    return this.counts.get(key)?.n ?? 0;
  }

  /** Adds a counter directly (rebuilding a summary from its saved items). */
  set(key: K, count: number): void {
    this.forgetRecent();
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
      this.forgetRecent();
    }
  }
}

/** Slots FrequentNumbers' table ends with: a power of two, at least 4 × capacity, so it is never over a quarter full. */
function fullSlots(capacity: number): number {
  let slots = INITIAL_SLOTS;
  while (slots < capacity * 4) slots <<= 1;
  return slots;
}

/**
 * Slots a FrequentNumbers table starts with. It doubles whenever a quarter is taken, up to
 * fullSlots: a wide file has thousands of columns with a few values each, and the full table
 * (64 KiB at the default capacity) for each of them cost more memory than the data.
 */
const INITIAL_SLOTS = 16;

/**
 * The same summary for numbers in typed arrays (open addressing, no per-key objects): an id
 * column makes every value new, and a Map then spends its time allocating and deleting entries.
 */
export class FrequentNumbers {
  private keys = new Float64Array(INITIAL_SLOTS);
  private counts = new Float64Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private used = 0;
  exact = true;
  n = 0;

  constructor(readonly capacity: number = FREQUENT_CAPACITY) {}

  /** Doubles the table when a quarter of it is taken (and it is not full size yet), before a key is placed. */
  private makeRoom(): void {
    const slots = this.keys.length;
    if (this.used < slots >>> 2 || slots >= fullSlots(this.capacity)) return;
    const { keys, counts } = this;
    this.keys = new Float64Array(slots * 2);
    this.counts = new Float64Array(slots * 2);
    this.mask = slots * 2 - 1;
    this.used = 0;
    for (let i = 0; i < slots; i++) if (counts[i] !== 0) this.place(keys[i]!, counts[i]!);
  }

  private slot(key: number): number {
    // Mix the integer and fractional bits so that consecutive ids spread over the table.
    const h = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1);
    return (h ^ (h >>> 15)) & this.mask;
  }

  add(key: number): void {
    this.n++;
    this.bump(key, 1);
  }

  private bump(key: number, by: number): void {
    const { keys, counts, mask } = this;
    let i = this.slot(key);
    for (;;) {
      const c = counts[i]!;
      if (c === 0) break;
      if (keys[i] === key) {
        counts[i] = c + by;
        return;
      }
      i = (i + 1) & mask;
    }
    if (this.used < this.capacity) {
      if (this.used >= keys.length >>> 2) {
        this.makeRoom();
        this.place(key, by);
        return;
      }
      keys[i] = key;
      counts[i] = by;
      this.used++;
      return;
    }
    this.exact = false;
    // Misra-Gries: every counter drops by the new key's count (at least the smallest counter's worth).
    this.subtract(by);
  }

  /** Subtracts `by` from every counter, dropping those that reach zero, and rebuilds the table. */
  private subtract(by: number): void {
    const { keys, counts } = this;
    if (!this.scratch) this.scratch = [new Float64Array(this.capacity), new Float64Array(this.capacity)];
    const keep = this.scratch;
    let m = 0;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i]!;
      if (c > by) {
        keep[0][m] = keys[i]!;
        keep[1][m++] = c - by;
      }
    }
    counts.fill(0);
    this.used = 0;
    for (let j = 0; j < m; j++) this.place(keep[0][j]!, keep[1][j]!);
  }
  private scratch: [Float64Array, Float64Array] | undefined;

  private place(key: number, count: number): void {
    this.makeRoom();
    let i = this.slot(key);
    while (this.counts[i] !== 0) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.counts[i] = count;
    this.used++;
  }

  private entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.counts.length; i++)
      if (this.counts[i]! > 0) out.push([this.keys[i]!, this.counts[i]!]);
    return out;
  }

  get size(): number {
    return this.used;
  }

  maxError(): number {
    if (this.exact) return 0;
    let sum = 0;
    for (const [, c] of this.entries()) sum += c;
    return Math.floor((this.n - sum) / (this.capacity + 1));
  }

  top(limit: number): [number, number][] {
    return this.entries()
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit);
  }

  count(key: number): number {
    let i = this.slot(key);
    while (this.counts[i] !== 0) {
      if (this.keys[i] === key) return this.counts[i]!;
      i = (i + 1) & this.mask;
    }
    return 0;
  }

  set(key: number, count: number): void {
    if (this.count(key) > 0) throw new Error(`frequent value ${key} set twice`);
    this.place(key, count);
  }

  merge(other: FrequentNumbers): void {
    this.n += other.n;
    this.exact = this.exact && other.exact;
    const all = new Map<number, number>(this.entries());
    for (const [k, c] of other.entries()) all.set(k, (all.get(k) ?? 0) + c);
    let entries = [...all];
    if (entries.length > this.capacity) {
      this.exact = false;
      const cut = entries.map(([, c]) => c).sort((a, b) => b - a)[this.capacity]!;
      entries = entries.filter(([, c]) => c > cut).map(([k, c]) => [k, c - cut]);
    }
    this.counts.fill(0);
    this.used = 0;
    for (const [k, c] of entries) this.place(k, c);
  }
}
