/**
 * A small, fast, seeded PRNG for resampling: xoshiro128** (Blackman & Vigna) seeded through
 * splitmix32, so that any integer seed gives a well-mixed state. 32-bit arithmetic with Math.imul
 * keeps it in fast integer paths; the same seed gives the same stream on every platform.
 */
export interface Rng {
  /** Next unsigned 32-bit integer. */
  nextUint32(): number;
  /** Uniform integer in [0, n) for n ≤ 2^21 exactly, larger n with negligible bias. */
  nextIndex(n: number): number;
}

const TWO_32 = 4294967296;

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

export function createRng(seed: number): Rng {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1;
  const nextUint32 = (): number => {
    const t = b << 9;
    let r = Math.imul(b, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return r >>> 0;
  };
  return {
    nextUint32,
    // Multiply-shift (Lemire) without the rejection step: the product stays below 2^53, so it is exact.
    nextIndex: (n) => Math.floor((nextUint32() * n) / TWO_32),
  };
}
