import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/stats/random.ts
init_esm_dirname();
var INV_TWO_32 = 23283064365386963e-26;
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507);
    z = Math.imul(z ^ z >>> 13, 3266489909);
    return (z ^ z >>> 16) >>> 0;
  };
}
var Xoshiro128 = class {
  a;
  b;
  c;
  d;
  constructor(seed) {
    const mix = splitmix32(seed);
    this.a = mix() | 0;
    this.b = mix() | 0;
    this.c = mix() | 0;
    this.d = mix() | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }
  nextUint32() {
    const b = this.b;
    const t = b << 9;
    let r = Math.imul(b, 5);
    r = Math.imul(r << 7 | r >>> 25, 9);
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = this.d << 11 | this.d >>> 21;
    return r >>> 0;
  }
  nextIndex(n) {
    return Math.floor(this.nextUint32() * INV_TWO_32 * n);
  }
  fillMultiplicities(out) {
    out.fill(0);
    const n = out.length;
    let { a, b, c, d } = this;
    for (let k = 0; k < n; k++) {
      const t = b << 9;
      let r = Math.imul(b, 5);
      r = Math.imul(r << 7 | r >>> 25, 9);
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = d << 11 | d >>> 21;
      const i = Math.floor((r >>> 0) * INV_TWO_32 * n);
      const count = out[i] + 1;
      if (count > 255) throw new RangeError("a row drawn more than 255 times in one resample");
      out[i] = count;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
};
function createRng(seed) {
  return new Xoshiro128(seed);
}
function streamSeed(seed, stream) {
  let z = (seed ^ Math.imul(stream + 1, 2654435769)) >>> 0;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  return (z ^ z >>> 16) >>> 0;
}
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function permutation(n, random) {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

export {
  createRng,
  streamSeed,
  seededRandom,
  permutation
};
