/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016), the variant Apache DataSketches ships: levels of
 * items with weight 2^level, each compacted by sorting and keeping every other item when it
 * overflows. Mergeable: merging two sketches gives a sketch of the union with the same guarantee.
 *
 * With k = 200 the normalised rank error is about 1.33% for a single quantile and 1.65% for the
 * worst of all quantiles at once, with 99% confidence (the DataSketches figures for k = 200);
 * the property tests check the latter bound on merged and unmerged sketches.
 */

export const KLL_K = 200;
/** Seed of a sketch's coin flips unless it is given another. */
export const KLL_SEED = 0x2545f491;
/** Worst rank error over all quantiles at 99% confidence for k = 200. */
export const KLL_RANK_ERROR = 0.0165;
const C = 2 / 3;
/** Smallest level capacity; larger than DataSketches' 8 so that the bottom level is compacted less often. */
const MIN_CAPACITY = 32;
/** Compacting levels below the top before the sampler takes over (k · c^6 ≈ 18 < MIN_CAPACITY). */
const SAMPLER_DEPTH = 6;

/**
 * Sorts a[0, n) in place: insertion sort for short runs, quicksort above. Float64Array.prototype.sort
 * costs about 100 ns an element in V8, several times this.
 */
function sortPrefix(a: Float64Array, n: number): void {
  quicksort(a, 0, n - 1);
}

let mergeScratch = new Float64Array(256);
/** More runs than this are quicksorted instead of merged. */
const MAX_RUNS = 8;
/** Where the runs start (scratch of sortRuns: nothing is allocated per call). */
const runStarts = new Int32Array(MAX_RUNS);

/**
 * Sorts a[0, n) that is a concatenation of sorted runs (what compaction appends to levels above 0)
 * by merging the runs pairwise: linear per pass instead of a full sort.
 */
function sortRuns(a: Float64Array, n: number): void {
  let runs = 1;
  runStarts[0] = 0;
  for (let i = 1; i < n; i++) {
    if (a[i]! >= a[i - 1]!) continue;
    if (runs === MAX_RUNS) {
      quicksort(a, 0, n - 1);
      return;
    }
    runStarts[runs++] = i;
  }
  if (runs === 1) return;
  if (mergeScratch.length < n) mergeScratch = new Float64Array(n * 2);
  const tmp = mergeScratch;
  while (runs > 1) {
    // Runs 2r and 2r + 1 merge into run r (written over starts already read).
    let merged = 0;
    for (let r = 0; r < runs; r += 2) {
      const lo = runStarts[r]!;
      const mid = r + 1 < runs ? runStarts[r + 1]! : n;
      const hi = r + 2 < runs ? runStarts[r + 2]! : n;
      runStarts[merged++] = lo;
      if (mid >= hi) continue;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) tmp[k++] = a[i]! <= a[j]! ? a[i++]! : a[j++]!;
      while (i < mid) tmp[k++] = a[i++]!;
      while (j < hi) tmp[k++] = a[j++]!;
      for (k = lo; k < hi; k++) a[k] = tmp[k]!;
    }
    runs = merged;
  }
}

function quicksort(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 24) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot.
    let x = a[lo]!;
    let y = a[mid]!;
    let z = a[hi]!;
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Recurse into the smaller side, loop on the larger: O(log n) stack.
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

export interface KllState {
  k: number;
  n: number;
  min: number;
  max: number;
  /** Items per level; level h items weigh 2^h. */
  levels: number[][];
}

export class KllSketch {
  n = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  private levels: Float64Array[] = [new Float64Array(MIN_CAPACITY)];
  private sizes: number[] = [0];
  private capacities: number[] = [];
  private rng: number;
  /**
   * KLL's sampler: below the compactors, one uniformly chosen value of each block of 2^base
   * values enters level `base` (weight 2^base). The paper shows this keeps the error bound; it
   * makes an update O(1) instead of a share in sorting every value.
   */
  private base = 0;
  private blockSize = 1;
  private blockSeen = 0;
  private blockTarget = 0;
  private pending = 0;

  /**
   * `expected`: about how many values this sketch will see, when it is one of many merged into a
   * sketch of a larger stream (a segment of a file). It then samples from the start at the rate a
   * single stream reaches after 2^15 · 2^base values, instead of sorting every value of a short
   * stream into its lowest levels: merged segment sketches cost what one long stream does, and
   * the property tests hold them to the same rank error.
   */
  constructor(
    readonly k: number = KLL_K,
    seed = KLL_SEED,
    expected = 0,
  ) {
    this.rng = seed >>> 0 || 1;
    const base = expected > 0 ? Math.max(0, Math.floor(Math.log2(expected / 32768))) : 0;
    if (base > 0) {
      this.levels = Array.from({ length: base + 1 }, () => new Float64Array(MIN_CAPACITY));
      this.sizes = Array.from({ length: base + 1 }, () => 0);
      this.base = base;
      this.blockSize = 1 << base;
      this.blockTarget = this.randomBelow(this.blockSize);
    }
    this.updateCapacities();
  }

  /** Level capacities shrink geometrically from the top level down; recomputed when a level is added. */
  private updateCapacities(): void {
    const top = this.levels.length - 1;
    this.capacities = this.levels.map((_, h) => Math.max(MIN_CAPACITY, Math.ceil(this.k * C ** (top - h))));
  }

  private capacity(h: number): number {
    return this.capacities[h]!;
  }

  private coin(): number {
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return x & 1;
  }

  update(x: number): void {
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.n++;
    if (this.blockSeen === this.blockTarget) this.pending = x;
    if (++this.blockSeen < this.blockSize) return;
    this.endBlock();
  }

  /**
   * `update` for each of xs[0, count), in order: the same sketch as one `update` at a time, with
   * the sampler's work done per block (the value it keeps is read at its index) rather than per value.
   */
  updateMany(xs: Float64Array, count: number): void {
    let min = this.min;
    let max = this.max;
    for (let i = 0; i < count; i++) {
      const x = xs[i]!;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    this.min = min;
    this.max = max;
    this.n += count;
    let i = 0;
    while (i < count) {
      const seen = this.blockSeen;
      const target = this.blockTarget;
      const left = this.blockSize - seen;
      if (target >= seen && target - seen < count - i) this.pending = xs[i + target - seen]!;
      if (left > count - i) {
        this.blockSeen = seen + count - i;
        return;
      }
      i += left;
      this.endBlock();
    }
  }

  /** A block of the sampler is complete: its chosen value (`pending`) goes into level `base`. */
  private endBlock(): void {
    this.blockSeen = 0;
    if (this.blockSize > 1) this.blockTarget = this.randomBelow(this.blockSize);
    const b = this.base;
    if (this.sizes[b]! >= this.capacities[b]!) this.compress();
    const at = this.base;
    const s = this.sizes[at]!;
    if (s >= this.levels[at]!.length) this.grow(at, s + 1);
    this.levels[at]![s] = this.pending;
    this.sizes[at] = s + 1;
  }

  /** A uniform integer in [0, n) for n a power of two (the sampler's block sizes). */
  private randomBelow(n: number): number {
    this.coin();
    // rng % n without a floating-point remainder (rng is a uint32, not a small integer).
    return n <= 1 << 30 ? this.rng & (n - 1) : this.rng % n;
  }

  /**
   * Keeps at most SAMPLER_DEPTH + 1 compacting levels: when the sketch grows a level on top, the
   * lowest one is compacted away and the sampler's blocks double.
   */
  private raiseBase(): void {
    const wanted = Math.max(0, this.levels.length - 1 - SAMPLER_DEPTH);
    while (this.base < wanted) {
      this.promoteAll(this.base);
      this.base++;
      this.blockSize *= 2;
      // The partial block is dropped: at most 2^base of weight, once per level.
      this.blockSeen = 0;
      this.blockTarget = this.randomBelow(this.blockSize);
    }
  }

  /** Compacts every item of level h into h + 1 (an odd last item goes up with probability 1/2). */
  private promoteAll(h: number): void {
    const size = this.sizes[h]!;
    if (size === 0) return;
    const level = this.levels[h]!;
    sortPrefix(level, size);
    const up = h + 1;
    const need = this.sizes[up]! + Math.ceil(size / 2);
    if (need > this.levels[up]!.length) this.grow(up, need);
    const dst = this.levels[up]!;
    let j = this.sizes[up]!;
    const even = size - (size & 1);
    for (let i = this.coin(); i < even; i += 2) dst[j++] = level[i]!;
    if (size & 1 && this.coin()) dst[j++] = level[even]!;
    this.sizes[up] = j;
    this.sizes[h] = 0;
  }

  private grow(h: number, need: number): void {
    const old = this.levels[h]!;
    const next = new Float64Array(Math.max(need, old.length * 2, MIN_CAPACITY));
    next.set(old.subarray(0, this.sizes[h]!));
    this.levels[h] = next;
  }

  /** Compacts the lowest levels that are at or over capacity until every level fits. */
  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const size = this.sizes[h]!;
      if (size < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) {
        this.levels.push(new Float64Array(MIN_CAPACITY));
        this.sizes.push(0);
        this.updateCapacities();
      }
      if (h < this.base) continue;
      const level = this.levels[h]!;
      if (h === 0) sortPrefix(level, size);
      else sortRuns(level, size);
      // An odd item stays behind so that weight is conserved exactly.
      const even = size - (size & 1);
      const keep = size & 1 ? level[even]! : 0;
      const up = h + 1;
      const need = this.sizes[up]! + even / 2;
      if (need > this.levels[up]!.length) this.grow(up, need);
      const dst = this.levels[up]!;
      let j = this.sizes[up]!;
      for (let i = this.coin(); i < even; i += 2) dst[j++] = level[i]!;
      this.sizes[up] = j;
      this.sizes[h] = size & 1;
      if (size & 1) level[0] = keep;
    }
    this.raiseBase();
  }

  merge(other: KllSketch): void {
    if (other.n === 0) return;
    while (this.levels.length < other.levels.length) {
      this.levels.push(new Float64Array(MIN_CAPACITY));
      this.sizes.push(0);
    }
    this.updateCapacities();
    for (let h = 0; h < other.levels.length; h++) {
      const add = other.sizes[h]!;
      if (add === 0) continue;
      const need = this.sizes[h]! + add;
      if (need > this.levels[h]!.length) this.grow(h, need);
      this.levels[h]!.set(other.levels[h]!.subarray(0, add), this.sizes[h]!);
      this.sizes[h] = need;
    }
    this.n += other.n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    // Levels below this sketch's sampler (from a smaller sketch) move up to where it samples.
    for (let h = 0; h < this.base; h++) this.promoteAll(h);
    this.raiseBase();
    // Compact until no level is over capacity (capacities shrink as levels are added).
    for (let guard = 0; guard < 64; guard++) {
      let over = false;
      for (let h = 0; h < this.levels.length; h++) if (this.sizes[h]! >= this.capacity(h)) over = true;
      if (!over) break;
      this.compress();
    }
  }

  /** Sorted items with cumulative weights, for rank and quantile queries. */
  private sorted(): { values: Float64Array; cumulative: Float64Array } {
    const pairs: [number, number][] = [];
    for (let h = 0; h < this.levels.length; h++) {
      const w = 2 ** h;
      const level = this.levels[h]!;
      for (let i = 0; i < this.sizes[h]!; i++) pairs.push([level[i]!, w]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cumulative = new Float64Array(pairs.length);
    let acc = 0;
    pairs.forEach(([v, w], i) => {
      acc += w;
      values[i] = v;
      cumulative[i] = acc;
    });
    return { values, cumulative };
  }

  /** Value at normalised rank q ∈ [0, 1] (q = 0 → min, q = 1 → max). */
  quantile(q: number): number {
    return this.quantiles([q])[0]!;
  }

  quantiles(qs: readonly number[]): number[] {
    if (this.n === 0) return qs.map(() => Number.NaN);
    const { values, cumulative } = this.sorted();
    const weight = cumulative[cumulative.length - 1]!;
    return qs.map((q) => {
      if (q <= 0) return this.min;
      if (q >= 1) return this.max;
      const target = q * weight;
      let lo = 0;
      let hi = values.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! < target) lo = mid + 1;
        else hi = mid;
      }
      return values[lo]!;
    });
  }

  /** Estimated fraction of values ≤ x. */
  rank(x: number): number {
    if (this.n === 0) return Number.NaN;
    let below = 0;
    let weight = 0;
    for (let h = 0; h < this.levels.length; h++) {
      const w = 2 ** h;
      const level = this.levels[h]!;
      for (let i = 0; i < this.sizes[h]!; i++) {
        weight += w;
        if (level[i]! <= x) below += w;
      }
    }
    return below / weight;
  }

  toJSON(): KllState {
    return {
      k: this.k,
      n: this.n,
      min: this.n ? this.min : 0,
      max: this.n ? this.max : 0,
      levels: this.levels.map((l, h) => Array.from(l.subarray(0, this.sizes[h]!))),
    };
  }

  static from(state: KllState): KllSketch {
    const s = new KllSketch(state.k, (state.n * 2654435761) >>> 0);
    s.n = state.n;
    s.min = state.n ? state.min : Number.POSITIVE_INFINITY;
    s.max = state.n ? state.max : Number.NEGATIVE_INFINITY;
    s.levels = state.levels.map((l) => Float64Array.from(l.length ? l : [0]));
    s.sizes = state.levels.map((l) => l.length);
    if (s.levels.length === 0) {
      s.levels = [new Float64Array(MIN_CAPACITY)];
      s.sizes = [0];
    }
    s.updateCapacities();
    s.base = 0;
    s.raiseBase();
    return s;
  }
}
