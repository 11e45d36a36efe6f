/**
 * A small, fast, seeded PRNG for resampling: xoshiro128** (Blackman & Vigna) seeded through
 * splitmix32, so that any integer seed gives a well-mixed state. 32-bit arithmetic with Math.imul
 * keeps it in fast integer paths; the same seed gives the same stream on every platform.
 */
export interface Rng {
  /** Next unsigned 32-bit integer. */
  nextUint32(): number;
  /** Uniform integer in [0, n), n ≤ 2^31 (multiply-shift: bias below n / 2^32). */
  nextIndex(n: number): number;
  /**
   * Draws `out.length` indices uniformly from [0, out.length) and counts how often each was
   * drawn: one bootstrap resample as multiplicities. Consumes the stream like that many
   * nextIndex calls, in a loop that keeps the generator state in locals (the hot path).
   * Counts are bytes so that the passes that gather them keep them in cache; a count over 255
   * is a RangeError (its chance is below n / 256!, about 10⁻⁵⁰⁰, for any n).
   */
  fillMultiplicities(out: Uint8Array): void;
}

/** 2^-32 */
const INV_TWO_32 = 2.3283064365386963e-10;

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

class Xoshiro128 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix() | 0;
    this.b = mix() | 0;
    this.c = mix() | 0;
    this.d = mix() | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  nextUint32(): number {
    const b = this.b;
    const t = b << 9;
    let r = Math.imul(b, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = (this.d << 11) | (this.d >>> 21);
    return r >>> 0;
  }

  nextIndex(n: number): number {
    // The product stays below 2^63 in magnitude and is exact up to 2^53, enough for n ≤ 2^21
    // exactly and a bias below n / 2^32 beyond.
    return Math.floor(this.nextUint32() * INV_TWO_32 * n);
  }

  fillMultiplicities(out: Uint8Array): void {
    out.fill(0);
    const n = out.length;
    let { a, b, c, d } = this;
    for (let k = 0; k < n; k++) {
      const t = b << 9;
      let r = Math.imul(b, 5);
      r = Math.imul((r << 7) | (r >>> 25), 9);
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const i = Math.floor((r >>> 0) * INV_TWO_32 * n);
      const count = out[i]! + 1;
      if (count > 255) throw new RangeError("a row drawn more than 255 times in one resample");
      out[i] = count;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

export function createRng(seed: number): Rng {
  return new Xoshiro128(seed);
}

/**
 * The seed of stream `stream` under `seed`: independent generators for fixed blocks of work, so a
 * block draws the same numbers whichever thread runs it and in whatever order. For a fixed seed,
 * distinct streams get distinct seeds (every step is a bijection of 32-bit words).
 */
export function streamSeed(seed: number, stream: number): number {
  let z = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A small seeded PRNG of uniform floats in [0, 1) (mulberry32), for shuffles, splits and generated
 * data. Shuffling, the validation split and the dropout seeds all draw
 * from it, so a run is a pure function of its seed; Math.random is never used in training.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates permutation of 0..n-1. */
export function permutation(n: number, random: () => number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}
