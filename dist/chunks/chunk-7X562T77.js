import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  adopt,
  detectFormat
} from "./chunk-SNNBJZIZ.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/read.ts
init_esm_dirname();

// src/core/data/cells.ts
init_esm_dirname();
var CELL_MISSING = 0;
var CELL_INT = 1;
var CELL_FLOAT = 2;
var CELL_BOOL = 3;
var CELL_DATETIME = 4;
var CELL_STRING = 5;
var CELL_NAN = 6;
var CELL_INF = 7;
function newFlatColumns(ncol, stride) {
  const cells = ncol * stride;
  return {
    kinds: new Uint8Array(cells),
    nums: new Float64Array(cells),
    hashLo: new Uint32Array(cells),
    hashHi: new Uint32Array(cells),
    stride
  };
}
function flatColumn(flat, c, texts) {
  const at = c * flat.stride;
  const end = at + flat.stride;
  return {
    kinds: flat.kinds.subarray(at, end),
    nums: flat.nums.subarray(at, end),
    texts,
    hashLo: flat.hashLo.subarray(at, end),
    hashHi: flat.hashHi.subarray(at, end)
  };
}
function noTexts(n) {
  const texts = [];
  for (let i = 0; i < n; i++) texts.push(void 0);
  return texts;
}
function newColumnChunk(rows) {
  return {
    kinds: new Uint8Array(rows),
    nums: new Float64Array(rows),
    texts: noTexts(rows),
    hashLo: new Uint32Array(rows),
    hashHi: new Uint32Array(rows)
  };
}
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
var hashOutLo = 0;
var hashOutHi = 0;
function finish(h1, h2) {
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  hashOutLo = h1 >>> 0;
  hashOutHi = h2 >>> 0;
}
var NUM_SEED1 = 3735928559 ^ 7239021;
var NUM_SEED2 = 1103547991 ^ 7239021;
function hashNumber(v) {
  f64[0] = v === 0 ? 0 : Number.isNaN(v) ? Number.NaN : v;
  let h1 = NUM_SEED1;
  let h2 = NUM_SEED2;
  const a = u32[0];
  const b = u32[1];
  h1 = Math.imul(h1 ^ a, 2654435761);
  h2 = Math.imul(h2 ^ a, 1597334677);
  h1 = Math.imul(h1 ^ b, 2654435761);
  h2 = Math.imul(h2 ^ b, 1597334677);
  finish(h1, h2);
}
function hashBytes(b, start, end) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = start; i < end; i++) {
    const c = b[i];
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  finish(h1 ^ end - start, h2);
}
var scratch = Buffer.allocUnsafe(256);
function scratchFor(bytes) {
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, scratch.length * 2));
  return scratch;
}
function hashString(s) {
  const buf = scratchFor(s.length * 3);
  const n = buf.write(s, 0, "utf8");
  hashBytes(buf, 0, n);
}
function hashDatetime(t) {
  hashNumber(t);
  hashOutLo = (hashOutLo ^ 1540483477) >>> 0;
}
var MISSING_HASH_LO = 2654435769;
var MISSING_HASH_HI = 2135587861;
function hashMissing() {
  hashOutLo = MISSING_HASH_LO;
  hashOutHi = MISSING_HASH_HI;
}
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
for (let i = 12; i <= 22; i++) POW10.push(Number(`1e${i}`));
var numOk = false;
var numIsInt = false;
var latin1 = (b, s, e) => b.toString("latin1", s, e);
function parseNumberBytes(b, s, e) {
  numOk = false;
  numIsInt = true;
  let i = s;
  let neg = false;
  let c = b[i];
  if (c === 45) {
    neg = true;
    i++;
  } else if (c === 43) i++;
  let mant = 0;
  let sig = 0;
  let exp = 0;
  let digits = 0;
  while (i < e) {
    c = b[i] - 48;
    if (c < 0 || c > 9) break;
    if (sig > 0 || c !== 0) sig++;
    mant = mant * 10 + c;
    digits++;
    i++;
  }
  if (i < e && b[i] === 46) {
    numIsInt = false;
    i++;
    while (i < e) {
      c = b[i] - 48;
      if (c < 0 || c > 9) break;
      if (sig > 0 || c !== 0) sig++;
      mant = mant * 10 + c;
      exp--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return 0;
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    numIsInt = false;
    i++;
    let eneg = false;
    if (b[i] === 45) {
      eneg = true;
      i++;
    } else if (b[i] === 43) i++;
    let ev = 0;
    let ed = 0;
    while (i < e) {
      c = b[i] - 48;
      if (c < 0 || c > 9) break;
      ev = ev * 10 + c;
      ed++;
      i++;
    }
    if (ed === 0) return 0;
    exp += eneg ? -ev : ev;
  }
  if (i !== e) return 0;
  numOk = true;
  let v;
  if (sig <= 15 && exp >= -22 && exp <= 22) {
    v = exp < 0 ? mant / POW10[-exp] : mant * POW10[exp];
    if (neg) v = -v;
  } else {
    v = Number(latin1(b, s, e));
  }
  if (numIsInt && !Number.isSafeInteger(v)) numIsInt = false;
  return v;
}
function lowerEquals(b, s, e, word) {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((b[s + i] | 32) !== word.charCodeAt(i)) return false;
  return true;
}
var isDigit = (c) => c !== void 0 && c >= 48 && c <= 57;
function looksLikeIsoDate(b, s, e) {
  const n = e - s;
  if (n < 10) return false;
  if (b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(b[s + k])) return false;
  return n === 10 || b[s + 10] === 84 || b[s + 10] === 32;
}
var NullTokens = class {
  emptyIsNull;
  tokens;
  maxLength;
  /** 1 for each byte that starts a non-empty token: a cell starting with any other byte is no null token. */
  firstBytes = new Uint8Array(256);
  /** Whether a token starts like a number (`-` or a digit, as in "-1" or "0"): with the defaults none does. */
  numbersMayMatch;
  constructor(tokens) {
    this.tokens = new Set(tokens);
    this.emptyIsNull = this.tokens.has("");
    let max = 0;
    for (const t of this.tokens) {
      const bytes = Buffer.from(t, "utf8");
      if (bytes.length > 0) this.firstBytes[bytes[0]] = 1;
      max = Math.max(max, bytes.length);
    }
    this.maxLength = max;
    let numeric = this.firstBytes[45] !== 0;
    for (let x = 48; x <= 57; x++) if (this.firstBytes[x] !== 0) numeric = true;
    this.numbersMayMatch = numeric;
  }
  matches(b, s, e) {
    if (e === s) return this.emptyIsNull;
    if (e - s > this.maxLength || this.firstBytes[b[s]] === 0) return false;
    return this.tokens.has(b.toString("utf8", s, e));
  }
  has(text) {
    return this.tokens.has(text);
  }
};
var DEFAULT_NULL_VALUES = ["", "NA", "N/A", "null", "NULL", "None", "nan", "NaN"];
var RECENT_SLOTS = 256;
var RECENT_AFTER = 32;
var NO_HASHES = new Uint32Array(0);
var NO_BYTES = new Uint8Array(0);
function recentSlot(b, s, n) {
  const e = s + n;
  const key = n >= 2 ? b[s] | b[s + 1] << 8 | b[e - 2] << 16 | b[e - 1] << 24 : b[s];
  return Math.imul(key ^ n, 2654435761) >>> 24;
}
function sameBytes(a, at, b, s, n) {
  for (let i = 0; i < n; i++) if (a[at + i] !== b[s + i]) return false;
  return true;
}
var StringInterner = class {
  cache = /* @__PURE__ */ new Map();
  /**
   * Direct-mapped cache of string cells (ASCII, at most 64 bytes) by a cheap key of their bytes
   * (see `recentSlot`), with their hashes: a repeated value is matched by comparing its bytes and
   * skips classification and hashing. An entry of "" matches nothing. Made once the column
   * has had RECENT_AFTER string cells (numeric columns of a wide file need none, nor the string
   * columns of a short one).
   */
  recent = [];
  /** Shared empty arrays until `makeRecent` (an empty typed array costs about 200 bytes each). */
  recentLo = NO_HASHES;
  recentHi = NO_HASHES;
  /** The bytes of each recent string, at 64 × its slot: compared with a cell's bytes byte by byte. */
  recentBytes = NO_BYTES;
  /**
   * Whether classifyField or classifyText ever stored a text in the column: then reused arrays may
   * hold text where storeNumber (which leaves texts alone) puts a number (see `clearNumberTexts`).
   */
  heldText = false;
  /** ASCII string cells classified before the recent cache was made. */
  textsUncached = 0;
  makeRecent() {
    this.recent = Array.from({ length: RECENT_SLOTS }, () => "");
    this.recentLo = new Uint32Array(RECENT_SLOTS);
    this.recentHi = new Uint32Array(RECENT_SLOTS);
    this.recentBytes = new Uint8Array(RECENT_SLOTS * 64);
  }
  get(b, s, e, hash) {
    const hit = this.cache.get(hash);
    const n = e - s;
    if (hit !== void 0 && hit.length === n) {
      let same = true;
      for (let i = 0; i < n; i++) {
        if (hit.charCodeAt(i) !== b[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    const text = b.toString("utf8", s, e);
    if (n <= 64 && text.length === n) {
      if (this.cache.size >= 4096) this.cache.clear();
      this.cache.set(hash, text);
    }
    return text;
  }
};
function classifyBytes(b, s, e, col, row, nulls, interner, keepText) {
  if (nulls.matches(b, s, e)) {
    col.kinds[row] = CELL_MISSING;
    col.nums[row] = Number.NaN;
    col.texts[row] = void 0;
    col.hashLo[row] = MISSING_HASH_LO;
    col.hashHi[row] = MISSING_HASH_HI;
    return;
  }
  const c0 = b[s];
  if (c0 >= 48 && c0 <= 57 || c0 === 45 || c0 === 43 || c0 === 46) {
    const v = parseNumberBytes(b, s, e);
    if (numOk) {
      col.kinds[row] = numIsInt ? CELL_INT : CELL_FLOAT;
      col.nums[row] = v;
      hashNumber(v);
      col.hashLo[row] = hashOutLo;
      col.hashHi[row] = hashOutHi;
      col.texts[row] = keepText ? latin1(b, s, e) : void 0;
      return;
    }
    if (looksLikeIsoDate(b, s, e)) {
      const text = latin1(b, s, e);
      const t = Date.parse(e - s > 10 && b[s + 10] === 32 ? `${text.slice(0, 10)}T${text.slice(11)}` : text);
      if (!Number.isNaN(t)) {
        hashDatetime(t);
        setCell(col, row, CELL_DATETIME, t, text);
        return;
      }
    }
  }
  const lower = c0 | 32;
  const signed = c0 === 45 || c0 === 43 ? 1 : 0;
  const l1 = b[s + signed] | 32;
  if (l1 === 105 && (lowerEquals(b, s + signed, e, "inf") || lowerEquals(b, s + signed, e, "infinity"))) {
    const v = c0 === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    hashNumber(v);
    setCell(col, row, CELL_INF, v, keepText ? latin1(b, s, e) : void 0);
    return;
  }
  if (lower === 110 && lowerEquals(b, s, e, "nan")) {
    hashNumber(Number.NaN);
    setCell(col, row, CELL_NAN, Number.NaN, keepText ? latin1(b, s, e) : void 0);
    return;
  }
  if (lower === 116 && lowerEquals(b, s, e, "true") || lower === 102 && lowerEquals(b, s, e, "false")) {
    const v = lower === 116 ? 1 : 0;
    hashNumber(v + 0.5);
    setCell(col, row, CELL_BOOL, v, lower === 116 ? "true" : "false");
    return;
  }
  hashBytes(b, s, e);
  setCell(col, row, CELL_STRING, Number.NaN, interner.get(b, s, e, hashOutLo));
}
function storeNumber(kinds, nums, hashLo, hashHi, at, v, kind) {
  kinds[at] = kind;
  nums[at] = v;
  f64[0] = v === 0 ? 0 : v;
  const lo = u32[0];
  const hi = u32[1];
  let h1 = Math.imul(Math.imul(NUM_SEED1 ^ lo, 2654435761) ^ hi, 2654435761);
  let h2 = Math.imul(Math.imul(NUM_SEED2 ^ lo, 1597334677) ^ hi, 1597334677);
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  hashLo[at] = h1;
  hashHi[at] = h2;
}
function classifyField(b, s, e, col, row, nulls, interner, keepText) {
  const n = e - s;
  const recent = interner.recent;
  if (n !== 0 && n <= 64 && recent.length !== 0) {
    const slot = recentSlot(b, s, n);
    const seen = recent[slot];
    if (seen.length === n && sameBytes(interner.recentBytes, slot << 6, b, s, n)) {
      col.kinds[row] = CELL_STRING;
      col.nums[row] = Number.NaN;
      col.texts[row] = seen;
      col.hashLo[row] = interner.recentLo[slot];
      col.hashHi[row] = interner.recentHi[slot];
      return;
    }
  }
  classifyAndRemember(b, s, e, col, row, nulls, interner, keepText);
}
function classifyAndRemember(b, s, e, col, row, nulls, interner, keepText) {
  classifyBytes(b, s, e, col, row, nulls, interner, keepText);
  const text = col.texts[row];
  if (text === void 0) return;
  interner.heldText = true;
  const n = e - s;
  if (n === 0 || n > 64 || col.kinds[row] !== CELL_STRING) return;
  if (text.length !== n) return;
  if (interner.recent.length === 0) {
    if (++interner.textsUncached < RECENT_AFTER) return;
    interner.makeRecent();
  }
  const slot = recentSlot(b, s, n);
  interner.recent[slot] = text;
  b.copy(interner.recentBytes, slot << 6, s, e);
  interner.recentLo[slot] = col.hashLo[row];
  interner.recentHi[slot] = col.hashHi[row];
}
function setCell(col, row, kind, num, text) {
  col.kinds[row] = kind;
  col.nums[row] = num;
  col.texts[row] = text;
  col.hashLo[row] = hashOutLo;
  col.hashHi[row] = hashOutHi;
}
function classifyText(text, col, row, nulls, interner, keepText) {
  const buf = scratchFor(text.length * 3);
  const n = buf.write(text, 0, "utf8");
  classifyBytes(buf, 0, n, col, row, nulls, interner, keepText);
  const kind = col.kinds[row];
  if (kind === CELL_STRING || kind === CELL_DATETIME) col.texts[row] = text;
  if (col.texts[row] !== void 0) interner.heldText = true;
}
function clearNumberTexts(col, rows) {
  const { kinds, texts } = col;
  for (let r = 0; r < rows; r++) {
    const k = kinds[r];
    if (k === CELL_INT || k === CELL_FLOAT) texts[r] = void 0;
  }
}
function classifyValue(value, col, row, nulls, interner, keepText) {
  if (value === null || value === void 0) {
    hashMissing();
    setCell(col, row, CELL_MISSING, Number.NaN, void 0);
  } else if (typeof value === "number" || typeof value === "bigint") {
    const v = Number(value);
    hashNumber(v);
    const kind = Number.isNaN(v) ? CELL_NAN : !Number.isFinite(v) ? CELL_INF : Number.isInteger(v) ? CELL_INT : CELL_FLOAT;
    setCell(col, row, kind, v, keepText ? String(v) : void 0);
  } else if (typeof value === "boolean") {
    const v = value ? 1 : 0;
    hashNumber(v + 0.5);
    setCell(col, row, CELL_BOOL, v, value ? "true" : "false");
  } else if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) {
      hashMissing();
      setCell(col, row, CELL_MISSING, Number.NaN, void 0);
    } else {
      hashDatetime(t);
      setCell(col, row, CELL_DATETIME, t, keepText ? value.toISOString() : void 0);
    }
  } else if (typeof value === "string") {
    classifyText(value, col, row, nulls, interner, keepText);
  } else {
    const text = JSON.stringify(value);
    hashString(text);
    setCell(col, row, CELL_STRING, Number.NaN, text);
  }
}
function cellText(col, row) {
  const kind = col.kinds[row];
  if (kind === CELL_MISSING) return null;
  const text = col.texts[row];
  if (text !== void 0) return text;
  if (kind === CELL_DATETIME) return new Date(col.nums[row]).toISOString();
  return String(col.nums[row]);
}

// src/core/data/profile.ts
init_esm_dirname();

// src/core/data/sketch/frequent.ts
init_esm_dirname();
var FREQUENT_CAPACITY = 1e3;
function byText(a, b) {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
var RECENT_COUNTERS = 256;
var RECENT_AFTER2 = 64;
var FrequentItems = class {
  constructor(capacity = FREQUENT_CAPACITY) {
    this.capacity = capacity;
  }
  capacity;
  counts = /* @__PURE__ */ new Map();
  exact = true;
  n = 0;
  /**
   * Direct-mapped cache of counters by the caller's hash of the key (see `addHashed`), in front of
   * the map. Emptied whenever a counter leaves the map. Empty (every lookup misses) until
   * RECENT_AFTER values were counted.
   */
  recentKeys = [];
  recentCounters = [];
  /** `add(key)`, where `hash` is any hash of the key (equal keys, equal hashes). */
  addHashed(key, hash) {
    const slot = hash & RECENT_COUNTERS - 1;
    if (this.recentKeys[slot] === key) {
      this.n++;
      this.recentCounters[slot].n++;
      return;
    }
    const c = this.counts.get(key);
    if (c === void 0) {
      this.add(key);
      return;
    }
    this.n++;
    c.n++;
    if (this.recentKeys.length === 0) {
      if (this.n < RECENT_AFTER2) return;
      this.recentKeys = Array.from({ length: RECENT_COUNTERS }, () => void 0);
      this.recentCounters = Array.from({ length: RECENT_COUNTERS }, () => void 0);
    }
    this.recentKeys[slot] = key;
    this.recentCounters[slot] = c;
  }
  forgetRecent() {
    this.recentKeys.fill(void 0);
    this.recentCounters.fill(void 0);
  }
  add(key) {
    this.n++;
    const c = this.counts.get(key);
    if (c !== void 0) {
      c.n++;
      return;
    }
    if (this.counts.size < this.capacity) {
      this.counts.set(key, { n: 1 });
      return;
    }
    this.exact = false;
    this.forgetRecent();
    for (const [k, v] of this.counts) {
      if (v.n <= 1) this.counts.delete(k);
      else v.n--;
    }
  }
  /** Upper bound on how much any reported count undercounts. */
  maxError() {
    if (this.exact) return 0;
    let sum = 0;
    for (const v of this.counts.values()) sum += v.n;
    return Math.floor((this.n - sum) / (this.capacity + 1));
  }
  distinctExact() {
    return this.exact ? this.counts.size : void 0;
  }
  get size() {
    return this.counts.size;
  }
  top(limit) {
    return [...this.counts.entries()].map(([k, v]) => [k, v.n]).sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, limit);
  }
  count(key) {
    return this.counts.get(key)?.n ?? 0;
  }
  /** Adds a counter directly (rebuilding a summary from its saved items). */
  set(key, count) {
    this.forgetRecent();
    this.counts.set(key, { n: count });
  }
  merge(other) {
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
      const cut = sorted[this.capacity];
      const next = /* @__PURE__ */ new Map();
      for (const [k, v] of this.counts) if (v.n > cut) next.set(k, { n: v.n - cut });
      this.counts = next;
      this.forgetRecent();
    }
  }
};
function fullSlots(capacity) {
  let slots = INITIAL_SLOTS;
  while (slots < capacity * 4) slots <<= 1;
  return slots;
}
var INITIAL_SLOTS = 16;
var FrequentNumbers = class {
  constructor(capacity = FREQUENT_CAPACITY) {
    this.capacity = capacity;
  }
  capacity;
  keys = new Float64Array(INITIAL_SLOTS);
  counts = new Float64Array(INITIAL_SLOTS);
  mask = INITIAL_SLOTS - 1;
  used = 0;
  exact = true;
  n = 0;
  /** Doubles the table when a quarter of it is taken (and it is not full size yet), before a key is placed. */
  makeRoom() {
    const slots = this.keys.length;
    if (this.used < slots >>> 2 || slots >= fullSlots(this.capacity)) return;
    const { keys, counts } = this;
    this.keys = new Float64Array(slots * 2);
    this.counts = new Float64Array(slots * 2);
    this.mask = slots * 2 - 1;
    this.used = 0;
    for (let i = 0; i < slots; i++) if (counts[i] !== 0) this.place(keys[i], counts[i]);
  }
  slot(key) {
    const h = Math.imul((key | 0) ^ (key / 4294967296 | 0), 2654435761);
    return (h ^ h >>> 15) & this.mask;
  }
  add(key) {
    this.n++;
    this.bump(key, 1);
  }
  bump(key, by) {
    const { keys, counts, mask } = this;
    let i = this.slot(key);
    for (; ; ) {
      const c = counts[i];
      if (c === 0) break;
      if (keys[i] === key) {
        counts[i] = c + by;
        return;
      }
      i = i + 1 & mask;
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
    this.subtract(by);
  }
  /** Subtracts `by` from every counter, dropping those that reach zero, and rebuilds the table. */
  subtract(by) {
    const { keys, counts } = this;
    if (!this.scratch) this.scratch = [new Float64Array(this.capacity), new Float64Array(this.capacity)];
    const keep = this.scratch;
    let m = 0;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (c > by) {
        keep[0][m] = keys[i];
        keep[1][m++] = c - by;
      }
    }
    counts.fill(0);
    this.used = 0;
    for (let j = 0; j < m; j++) this.place(keep[0][j], keep[1][j]);
  }
  scratch;
  place(key, count) {
    this.makeRoom();
    let i = this.slot(key);
    while (this.counts[i] !== 0) i = i + 1 & this.mask;
    this.keys[i] = key;
    this.counts[i] = count;
    this.used++;
  }
  entries() {
    const out = [];
    for (let i = 0; i < this.counts.length; i++)
      if (this.counts[i] > 0) out.push([this.keys[i], this.counts[i]]);
    return out;
  }
  get size() {
    return this.used;
  }
  maxError() {
    if (this.exact) return 0;
    let sum = 0;
    for (const [, c] of this.entries()) sum += c;
    return Math.floor((this.n - sum) / (this.capacity + 1));
  }
  top(limit) {
    return this.entries().sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  }
  count(key) {
    let i = this.slot(key);
    while (this.counts[i] !== 0) {
      if (this.keys[i] === key) return this.counts[i];
      i = i + 1 & this.mask;
    }
    return 0;
  }
  set(key, count) {
    if (this.count(key) > 0) throw new Error(`frequent value ${key} set twice`);
    this.place(key, count);
  }
  merge(other) {
    this.n += other.n;
    this.exact = this.exact && other.exact;
    const all = new Map(this.entries());
    for (const [k, c] of other.entries()) all.set(k, (all.get(k) ?? 0) + c);
    let entries = [...all];
    if (entries.length > this.capacity) {
      this.exact = false;
      const cut = entries.map(([, c]) => c).sort((a, b) => b - a)[this.capacity];
      entries = entries.filter(([, c]) => c > cut).map(([k, c]) => [k, c - cut]);
    }
    this.counts.fill(0);
    this.used = 0;
    for (const [k, c] of entries) this.place(k, c);
  }
};

// src/core/data/sketch/hll.ts
init_esm_dirname();
var HLL_P = 12;
var HLL_RELATIVE_ERROR = 1.04 / Math.sqrt(2 ** HLL_P);
var RANK_BITS = 6;
var RANK_MASK = (1 << RANK_BITS) - 1;
var SPARSE_MAX_ENTRIES = 256;
var SPARSE_CHUNK_ROWS = 64;
var scratch2 = new Uint8Array(1 << HLL_P);
var HyperLogLog = class _HyperLogLog {
  constructor(p = HLL_P, registers, sparse) {
    this.p = p;
    if (registers) this.dense = registers;
    else this.sparse = sparse ?? [];
  }
  p;
  /** Dense registers, or undefined while the sketch is sparse. */
  dense;
  /** The non-zero registers in index order (`index · 64 + rank`) while sparse; undefined once dense. */
  sparse;
  /** A sketch rebuilt from its structured clone (posted by another thread). */
  static revive(plain) {
    return new _HyperLogLog(
      plain.p,
      plain.dense,
      plain.sparse?.map((x) => x)
    );
  }
  /** The registers, dense (a copy while the sketch is sparse). */
  get registers() {
    if (this.dense) return this.dense;
    const r = new Uint8Array(1 << this.p);
    for (const e of this.sparse) r[e >>> RANK_BITS] = e & RANK_MASK;
    return r;
  }
  /** Makes the sketch dense (if it is not) and returns its registers. */
  densify() {
    if (!this.dense) {
      this.dense = this.registers;
      this.sparse = void 0;
    }
    return this.dense;
  }
  add(hashLo, hashHi) {
    const idx = hashHi >>> 32 - this.p;
    const rank = Math.clz32(hashLo) + 1;
    const dense = this.dense;
    if (dense) {
      if (rank > dense[idx]) dense[idx] = rank;
      return;
    }
    const list = this.sparse;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (list[mid] >>> RANK_BITS < idx) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length && list[lo] >>> RANK_BITS === idx) {
      if (rank > (list[lo] & RANK_MASK)) list[lo] = idx << RANK_BITS | rank;
      return;
    }
    list.splice(lo, 0, idx << RANK_BITS | rank);
    if (list.length > SPARSE_MAX_ENTRIES) this.densify();
  }
  /**
   * Registers to update a chunk's cells into: the dense ones, or for a sparse sketch the scratch
   * registers holding its entries, to be collected by `gather` with the same chunk's hashes.
   */
  scatter() {
    const list = this.sparse;
    if (!list) return this.dense;
    if (scratch2.length < 1 << this.p) scratch2 = new Uint8Array(1 << this.p);
    for (const e of list) scratch2[e >>> RANK_BITS] = e & RANK_MASK;
    return scratch2;
  }
  /**
   * Takes back from the scratch registers (see `scatter`) what `rows` cells with these high hash
   * halves may have set, and clears them: every register set is the sketch's own or one a cell
   * picked, so the two lists cover them all. A no-op for a dense sketch.
   */
  gather(hashHi, rows) {
    const list = this.sparse;
    if (!list) return;
    const shift = 32 - this.p;
    const s = scratch2;
    const out = [];
    for (const e of list) {
      const idx = e >>> RANK_BITS;
      out.push(idx << RANK_BITS | s[idx]);
      s[idx] = 0;
    }
    const before = out.length;
    for (let r = 0; r < rows; r++) {
      const idx = hashHi[r] >>> shift;
      const rank = s[idx];
      if (rank !== 0) {
        out.push(idx << RANK_BITS | rank);
        s[idx] = 0;
      }
    }
    if (out.length !== before) out.sort((a, b) => a - b);
    this.sparse = out;
    if (out.length > SPARSE_MAX_ENTRIES) this.densify();
  }
  merge(other) {
    if (other.p !== this.p)
      throw new Error(`cannot merge HyperLogLog sketches of precision ${this.p} and ${other.p}`);
    if (other.sparse) {
      if (this.dense) {
        const a3 = this.dense;
        for (const e of other.sparse) {
          const idx = e >>> RANK_BITS;
          if ((e & RANK_MASK) > a3[idx]) a3[idx] = e & RANK_MASK;
        }
        return;
      }
      const a2 = this.sparse;
      const b2 = other.sparse;
      const out = [];
      let i = 0;
      let j = 0;
      while (i < a2.length || j < b2.length) {
        const x = i < a2.length ? a2[i] : Number.POSITIVE_INFINITY;
        const y = j < b2.length ? b2[j] : Number.POSITIVE_INFINITY;
        if (x >>> RANK_BITS === y >>> RANK_BITS) {
          out.push(Math.max(x, y));
          i++;
          j++;
        } else if (x < y) {
          out.push(x);
          i++;
        } else {
          out.push(y);
          j++;
        }
      }
      this.sparse = out;
      if (out.length > SPARSE_MAX_ENTRIES) this.densify();
      return;
    }
    const a = this.densify();
    const b = other.dense;
    for (let i = 0; i < a.length; i++) if (b[i] > a[i]) a[i] = b[i];
  }
  /** Registers set (non-zero). */
  get size() {
    if (this.sparse) return this.sparse.length;
    let n = 0;
    for (const r of this.dense) if (r !== 0) n++;
    return n;
  }
  estimate() {
    const m = 1 << this.p;
    const counts = new Float64Array(256);
    if (this.sparse) {
      counts[0] = m - this.sparse.length;
      for (const e of this.sparse) counts[e & RANK_MASK]++;
    } else for (let i = 0; i < m; i++) counts[this.dense[i]]++;
    let sum = 0;
    for (let r = 0; r < 256; r++) if (counts[r] !== 0) sum += counts[r] * 2 ** -r;
    const zeros = counts[0];
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = alpha * m * m / sum;
    if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(raw);
  }
  /**
   * The profile's form: with at most a quarter of the registers set, `sparse`, the set registers
   * as 3 bytes each (index, 2 bytes big-endian, then rank) in base64; else `registers`, all of
   * them in base64. Chosen by the registers alone, so a sketch encodes alike in either form.
   */
  toJSON() {
    const m = 1 << this.p;
    const size = this.size;
    if (size > m / 4) return { p: this.p, registers: Buffer.from(this.registers).toString("base64") };
    const bytes = Buffer.alloc(size * 3);
    let at = 0;
    for (const e of this.sparse ?? sparseOf(this.dense)) {
      const idx = e >>> RANK_BITS;
      bytes[at++] = idx >>> 8;
      bytes[at++] = idx & 255;
      bytes[at++] = e & RANK_MASK;
    }
    return { p: this.p, sparse: bytes.toString("base64") };
  }
  /** A sketch from its profile form, dense or sparse (see toJSON); throws on a malformed one. */
  static from(state) {
    const { p } = state;
    if (!Number.isInteger(p) || p < 4 || p > 16)
      throw new Error(`HyperLogLog precision ${p} is not in 4..16`);
    const m = 1 << p;
    if ("registers" in state) {
      const bytes2 = Buffer.from(state.registers, "base64");
      if (bytes2.length !== m)
        throw new Error(`HyperLogLog of precision ${p} needs ${m} registers, got ${bytes2.length}`);
      const dense = new Uint8Array(bytes2);
      const hll2 = new _HyperLogLog(p, dense);
      if (hll2.size <= SPARSE_MAX_ENTRIES) return new _HyperLogLog(p, void 0, sparseOf(dense));
      return hll2;
    }
    const bytes = Buffer.from(state.sparse, "base64");
    if (bytes.length % 3 !== 0)
      throw new Error(`a sparse HyperLogLog takes 3 bytes a register, got ${bytes.length} bytes`);
    const list = [];
    for (let at = 0; at < bytes.length; at += 3) {
      const idx = bytes[at] << 8 | bytes[at + 1];
      const rank = bytes[at + 2];
      const last = list.length > 0 ? list[list.length - 1] >>> RANK_BITS : -1;
      if (idx >= m || idx <= last || rank === 0 || rank > RANK_MASK)
        throw new Error(
          `sparse HyperLogLog register ${at / 3} (index ${idx}, rank ${rank}) is out of order or range`
        );
      list.push(idx << RANK_BITS | rank);
    }
    const hll = new _HyperLogLog(p, void 0, list);
    if (list.length > SPARSE_MAX_ENTRIES) hll.densify();
    return hll;
  }
};
function sparseOf(dense) {
  const list = [];
  dense.forEach((r, idx) => {
    if (r !== 0) list.push(idx << RANK_BITS | r);
  });
  return list;
}

// src/core/data/sketch/kll.ts
init_esm_dirname();
var KLL_K = 200;
var KLL_SEED = 625341585;
var KLL_RANK_ERROR = 0.0165;
var C = 2 / 3;
var MIN_CAPACITY = 32;
var SAMPLER_DEPTH = 6;
function sortPrefix(a, n) {
  quicksort(a, 0, n - 1);
}
var mergeScratch = new Float64Array(256);
var MAX_RUNS = 8;
var runStarts = new Int32Array(MAX_RUNS);
function sortRuns(a, n) {
  let runs = 1;
  runStarts[0] = 0;
  for (let i = 1; i < n; i++) {
    if (a[i] >= a[i - 1]) continue;
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
    let merged = 0;
    for (let r = 0; r < runs; r += 2) {
      const lo = runStarts[r];
      const mid = r + 1 < runs ? runStarts[r + 1] : n;
      const hi = r + 2 < runs ? runStarts[r + 2] : n;
      runStarts[merged++] = lo;
      if (mid >= hi) continue;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
      while (i < mid) tmp[k++] = a[i++];
      while (j < hi) tmp[k++] = a[j++];
      for (k = lo; k < hi; k++) a[k] = tmp[k];
    }
    runs = merged;
  }
}
function quicksort(a, lo, hi) {
  while (hi - lo > 24) {
    const mid = lo + hi >>> 1;
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
var KllSketch = class _KllSketch {
  /**
   * `expected`: about how many values this sketch will see, when it is one of many merged into a
   * sketch of a larger stream (a segment of a file). It then samples from the start at the rate a
   * single stream reaches after 2^15 · 2^base values, instead of sorting every value of a short
   * stream into its lowest levels: merged segment sketches cost what one long stream does, and
   * the property tests hold them to the same rank error.
   */
  constructor(k = KLL_K, seed = KLL_SEED, expected = 0) {
    this.k = k;
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
  k;
  n = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  levels = [new Float64Array(MIN_CAPACITY)];
  sizes = [0];
  capacities = [];
  rng;
  /**
   * KLL's sampler: below the compactors, one uniformly chosen value of each block of 2^base
   * values enters level `base` (weight 2^base). The paper shows this keeps the error bound; it
   * makes an update O(1) instead of a share in sorting every value.
   */
  base = 0;
  blockSize = 1;
  blockSeen = 0;
  blockTarget = 0;
  pending = 0;
  /** Level capacities shrink geometrically from the top level down; recomputed when a level is added. */
  updateCapacities() {
    const top = this.levels.length - 1;
    this.capacities = this.levels.map((_, h) => Math.max(MIN_CAPACITY, Math.ceil(this.k * C ** (top - h))));
  }
  capacity(h) {
    return this.capacities[h];
  }
  coin() {
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return x & 1;
  }
  update(x) {
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
  updateMany(xs, count) {
    let min = this.min;
    let max = this.max;
    for (let i2 = 0; i2 < count; i2++) {
      const x = xs[i2];
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
      if (target >= seen && target - seen < count - i) this.pending = xs[i + target - seen];
      if (left > count - i) {
        this.blockSeen = seen + count - i;
        return;
      }
      i += left;
      this.endBlock();
    }
  }
  /** A block of the sampler is complete: its chosen value (`pending`) goes into level `base`. */
  endBlock() {
    this.blockSeen = 0;
    if (this.blockSize > 1) this.blockTarget = this.randomBelow(this.blockSize);
    const b = this.base;
    if (this.sizes[b] >= this.capacities[b]) this.compress();
    const at = this.base;
    const s = this.sizes[at];
    if (s >= this.levels[at].length) this.grow(at, s + 1);
    this.levels[at][s] = this.pending;
    this.sizes[at] = s + 1;
  }
  /** A uniform integer in [0, n) for n a power of two (the sampler's block sizes). */
  randomBelow(n) {
    this.coin();
    return n <= 1 << 30 ? this.rng & n - 1 : this.rng % n;
  }
  /**
   * Keeps at most SAMPLER_DEPTH + 1 compacting levels: when the sketch grows a level on top, the
   * lowest one is compacted away and the sampler's blocks double.
   */
  raiseBase() {
    const wanted = Math.max(0, this.levels.length - 1 - SAMPLER_DEPTH);
    while (this.base < wanted) {
      this.promoteAll(this.base);
      this.base++;
      this.blockSize *= 2;
      this.blockSeen = 0;
      this.blockTarget = this.randomBelow(this.blockSize);
    }
  }
  /** Compacts every item of level h into h + 1 (an odd last item goes up with probability 1/2). */
  promoteAll(h) {
    const size = this.sizes[h];
    if (size === 0) return;
    const level = this.levels[h];
    sortPrefix(level, size);
    const up = h + 1;
    const need = this.sizes[up] + Math.ceil(size / 2);
    if (need > this.levels[up].length) this.grow(up, need);
    const dst = this.levels[up];
    let j = this.sizes[up];
    const even = size - (size & 1);
    for (let i = this.coin(); i < even; i += 2) dst[j++] = level[i];
    if (size & 1 && this.coin()) dst[j++] = level[even];
    this.sizes[up] = j;
    this.sizes[h] = 0;
  }
  grow(h, need) {
    const old = this.levels[h];
    const next = new Float64Array(Math.max(need, old.length * 2, MIN_CAPACITY));
    next.set(old.subarray(0, this.sizes[h]));
    this.levels[h] = next;
  }
  /** Compacts the lowest levels that are at or over capacity until every level fits. */
  compress() {
    for (let h = 0; h < this.levels.length; h++) {
      const size = this.sizes[h];
      if (size < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) {
        this.levels.push(new Float64Array(MIN_CAPACITY));
        this.sizes.push(0);
        this.updateCapacities();
      }
      if (h < this.base) continue;
      const level = this.levels[h];
      if (h === 0) sortPrefix(level, size);
      else sortRuns(level, size);
      const even = size - (size & 1);
      const keep = size & 1 ? level[even] : 0;
      const up = h + 1;
      const need = this.sizes[up] + even / 2;
      if (need > this.levels[up].length) this.grow(up, need);
      const dst = this.levels[up];
      let j = this.sizes[up];
      for (let i = this.coin(); i < even; i += 2) dst[j++] = level[i];
      this.sizes[up] = j;
      this.sizes[h] = size & 1;
      if (size & 1) level[0] = keep;
    }
    this.raiseBase();
  }
  merge(other) {
    if (other.n === 0) return;
    while (this.levels.length < other.levels.length) {
      this.levels.push(new Float64Array(MIN_CAPACITY));
      this.sizes.push(0);
    }
    this.updateCapacities();
    for (let h = 0; h < other.levels.length; h++) {
      const add = other.sizes[h];
      if (add === 0) continue;
      const need = this.sizes[h] + add;
      if (need > this.levels[h].length) this.grow(h, need);
      this.levels[h].set(other.levels[h].subarray(0, add), this.sizes[h]);
      this.sizes[h] = need;
    }
    this.n += other.n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    for (let h = 0; h < this.base; h++) this.promoteAll(h);
    this.raiseBase();
    for (let guard = 0; guard < 64; guard++) {
      let over = false;
      for (let h = 0; h < this.levels.length; h++) if (this.sizes[h] >= this.capacity(h)) over = true;
      if (!over) break;
      this.compress();
    }
  }
  /** Sorted items with cumulative weights, for rank and quantile queries. */
  sorted() {
    const pairs = [];
    for (let h = 0; h < this.levels.length; h++) {
      const w = 2 ** h;
      const level = this.levels[h];
      for (let i = 0; i < this.sizes[h]; i++) pairs.push([level[i], w]);
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
  quantile(q) {
    return this.quantiles([q])[0];
  }
  quantiles(qs) {
    if (this.n === 0) return qs.map(() => Number.NaN);
    const { values, cumulative } = this.sorted();
    const weight = cumulative[cumulative.length - 1];
    return qs.map((q) => {
      if (q <= 0) return this.min;
      if (q >= 1) return this.max;
      const target = q * weight;
      let lo = 0;
      let hi = values.length - 1;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        if (cumulative[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      return values[lo];
    });
  }
  /** Estimated fraction of values ≤ x. */
  rank(x) {
    if (this.n === 0) return Number.NaN;
    let below = 0;
    let weight = 0;
    for (let h = 0; h < this.levels.length; h++) {
      const w = 2 ** h;
      const level = this.levels[h];
      for (let i = 0; i < this.sizes[h]; i++) {
        weight += w;
        if (level[i] <= x) below += w;
      }
    }
    return below / weight;
  }
  toJSON() {
    return {
      k: this.k,
      n: this.n,
      min: this.n ? this.min : 0,
      max: this.n ? this.max : 0,
      levels: this.levels.map((l, h) => Array.from(l.subarray(0, this.sizes[h])))
    };
  }
  static from(state) {
    const s = new _KllSketch(state.k, state.n * 2654435761 >>> 0);
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
};

// src/core/data/profile.ts
function inferColumnType(kinds) {
  const n = (k) => kinds[k] ?? 0;
  const numeric = n(CELL_INT) + n(CELL_FLOAT) + n(CELL_NAN) + n(CELL_INF);
  const other = n(CELL_BOOL) + n(CELL_DATETIME) + n(CELL_STRING);
  if (numeric > 0 && other === 0) return n(CELL_INT) === numeric ? "int" : "float";
  if (numeric === 0 && other > 0) {
    if (n(CELL_BOOL) === other) return "bool";
    if (n(CELL_DATETIME) === other) return "datetime";
  }
  if (numeric === 0 && other === 0) return "string";
  return "string";
}
var numbers = new Float64Array(1 << 13);
var PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
var HISTOGRAM_BINS = 20;
var ColumnAccumulator = class _ColumnAccumulator {
  /**
   * `seed` seeds the quantile sketch's coin flips (sketches merged together should differ in it);
   * `expected` is about how many values the merged sketch will see (see KllSketch).
   */
  constructor(name, seed, expected) {
    this.name = name;
    this.seed = seed;
    this.expected = expected;
  }
  name;
  seed;
  expected;
  kinds = new Float64Array(8);
  /** Finite numbers (and datetimes as epoch ms): count, mean, sum of squared deviations. */
  n = 0;
  mean = 0;
  m2 = 0;
  /** The quantile sketch, made at the first finite number (a text column needs none; see `kll`). */
  sketch;
  hll = new HyperLogLog();
  /** Frequent integers and frequent texts (strings, booleans), kept apart so each map has one key type. */
  frequentNum = new FrequentNumbers();
  frequentText = new FrequentItems();
  /**
   * The quantile sketch of the finite numbers, made on first use: a sketch made later with the
   * same seed is the one made up front would be, as nothing draws from it before its first value.
   */
  get kll() {
    this.sketch ??= new KllSketch(KLL_K, this.seed, this.expected);
    return this.sketch;
  }
  set kll(sketch) {
    this.sketch = sketch;
  }
  /** An accumulator rebuilt from its structured clone (posted from a worker: data without classes). */
  static revive(plain) {
    return adopt(new _ColumnAccumulator(plain.name), {
      ...plain,
      sketch: plain.sketch && adopt(new KllSketch(plain.sketch.k), plain.sketch),
      hll: HyperLogLog.revive(plain.hll),
      frequentNum: adopt(new FrequentNumbers(plain.frequentNum.capacity), plain.frequentNum),
      frequentText: adopt(new FrequentItems(plain.frequentText.capacity), plain.frequentText)
    });
  }
  get count() {
    let s = 0;
    for (const v of this.kinds) s += v;
    return s;
  }
  add(col, rows) {
    const { kinds, nums, texts, hashLo, hashHi } = col;
    const counts = this.kinds;
    const hll = this.hll;
    if (hll.sparse && rows > SPARSE_CHUNK_ROWS) hll.densify();
    const registers = hll.scatter();
    const shift = 32 - hll.p;
    const frequentNum = this.frequentNum;
    const frequentText = this.frequentText;
    if (numbers.length < rows) numbers = new Float64Array(rows);
    const xs = numbers;
    let n = 0;
    let sum = 0;
    let missing = 0;
    let ints = 0;
    let datetimes = 0;
    for (let r = 0; r < rows; r++) {
      const k = kinds[r];
      if (k === CELL_MISSING) {
        missing++;
        continue;
      }
      const idx = hashHi[r] >>> shift;
      const rank = Math.clz32(hashLo[r]) + 1;
      if (rank > registers[idx]) registers[idx] = rank;
      if (k === CELL_FLOAT || k === CELL_INT || k === CELL_DATETIME) {
        const x = nums[r];
        xs[n++] = x;
        sum += x;
        if (k === CELL_INT) {
          ints++;
          frequentNum.add(x);
        } else if (k === CELL_DATETIME) datetimes++;
      } else {
        counts[k]++;
        if (k === CELL_STRING || k === CELL_BOOL) frequentText.addHashed(texts[r], hashLo[r]);
      }
    }
    hll.gather(hashHi, rows);
    counts[CELL_MISSING] += missing;
    counts[CELL_INT] += ints;
    counts[CELL_DATETIME] += datetimes;
    counts[CELL_FLOAT] += n - ints - datetimes;
    if (n === 0) return;
    this.kll.updateMany(xs, n);
    const mean = sum / n;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
      const d = xs[i] - mean;
      m2 += d * d;
    }
    this.combineMoments(n, mean, m2);
  }
  combineMoments(n, mean, m2) {
    if (n === 0) return;
    const total = this.n + n;
    const delta = mean - this.mean;
    this.m2 += m2 + delta * delta * this.n * n / total;
    this.mean += delta * n / total;
    this.n = total;
  }
  merge(other) {
    for (let k = 0; k < 8; k++) this.kinds[k] += other.kinds[k];
    this.combineMoments(other.n, other.mean, other.m2);
    if (other.sketch) this.kll.merge(other.sketch);
    this.hll.merge(other.hll);
    this.frequentNum.merge(other.frequentNum);
    this.frequentText.merge(other.frequentText);
  }
  type() {
    return inferColumnType(Array.from(this.kinds));
  }
  toProfile() {
    const k = this.kinds;
    const num = this.frequentNum;
    const text = this.frequentText;
    const exact = num.exact && text.exact && k[CELL_FLOAT] === 0 && k[CELL_DATETIME] === 0;
    const exactDistinct = num.size + text.size;
    const items = [...num.top(num.capacity), ...text.top(text.capacity)].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count }));
    return {
      name: this.name,
      type: this.type(),
      count: this.count,
      missing: k[CELL_MISSING],
      nan: k[CELL_NAN],
      inf: k[CELL_INF],
      type_counts: {
        int: k[CELL_INT],
        float: k[CELL_FLOAT] + k[CELL_NAN] + k[CELL_INF],
        bool: k[CELL_BOOL],
        datetime: k[CELL_DATETIME],
        string: k[CELL_STRING]
      },
      numeric: this.n > 0 ? this.numericSummary() : void 0,
      distinct: {
        count: exact ? exactDistinct + (k[CELL_NAN] > 0 ? 1 : 0) + (k[CELL_INF] > 0 ? 1 : 0) : this.hll.estimate(),
        exact,
        hll: this.hll.toJSON()
      },
      frequent: {
        capacity: num.capacity,
        exact: num.exact && text.exact,
        n: num.n + text.n,
        max_error: Math.max(num.maxError(), text.maxError()),
        items
      }
    };
  }
  numericSummary() {
    const variance = this.n > 1 ? this.m2 / (this.n - 1) : 0;
    const qs = this.kll.quantiles(PROFILE_QUANTILES);
    const quantiles = {};
    PROFILE_QUANTILES.forEach((q, i) => {
      quantiles[`p${Math.round(q * 100)}`] = qs[i];
    });
    return {
      count: this.n,
      min: this.kll.min,
      max: this.kll.max,
      mean: this.mean,
      m2: this.m2,
      variance,
      std: Math.sqrt(variance),
      quantiles,
      histogram: histogramFromSketch(this.kll),
      sketch: this.kll.toJSON()
    };
  }
  static fromProfile(p) {
    const acc = new _ColumnAccumulator(p.name);
    const t = p.type_counts;
    acc.kinds[CELL_MISSING] = p.missing;
    acc.kinds[CELL_NAN] = p.nan;
    acc.kinds[CELL_INF] = p.inf;
    acc.kinds[CELL_INT] = t.int;
    acc.kinds[CELL_FLOAT] = t.float - p.nan - p.inf;
    acc.kinds[CELL_BOOL] = t.bool;
    acc.kinds[CELL_DATETIME] = t.datetime;
    acc.kinds[CELL_STRING] = t.string;
    if (p.numeric) {
      acc.n = p.numeric.count;
      acc.mean = p.numeric.mean;
      acc.m2 = p.numeric.m2;
      acc.kll = KllSketch.from(p.numeric.sketch);
    }
    acc.hll = HyperLogLog.from(p.distinct.hll);
    acc.frequentNum = new FrequentNumbers(p.frequent.capacity);
    acc.frequentText = new FrequentItems(p.frequent.capacity);
    for (const { value, count } of p.frequent.items) {
      if (typeof value === "number") {
        acc.frequentNum.set(value, count);
        acc.frequentNum.n += count;
      } else {
        acc.frequentText.set(value, count);
        acc.frequentText.n += count;
      }
    }
    acc.frequentText.n += p.frequent.n - acc.frequentNum.n - acc.frequentText.n;
    acc.frequentNum.exact = p.frequent.exact;
    acc.frequentText.exact = p.frequent.exact;
    return acc;
  }
};
function histogramFromSketch(kll, bins = HISTOGRAM_BINS) {
  if (kll.n === 0) return { edges: [], counts: [] };
  const { min, max } = kll;
  if (min === max) return { edges: [min, max], counts: [kll.n] };
  const edges = Array.from(
    { length: bins + 1 },
    (_, i) => i === bins ? max : min + (max - min) * i / bins
  );
  const counts = [];
  let prev = 0;
  for (let i = 1; i <= bins; i++) {
    const below = i === bins ? kll.n : Math.round(kll.rank(edges[i]) * kll.n);
    counts.push(Math.max(0, below - prev));
    prev = Math.max(prev, below);
  }
  return { edges, counts };
}

// src/core/data/source.ts
init_esm_dirname();
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import * as zlib from "node:zlib";

// src/core/data/csv.ts
init_esm_dirname();
import { isUtf8 } from "node:buffer";
import { readSync } from "node:fs";

// src/core/data/table.ts
init_esm_dirname();
var MAX_COLUMNS = 5e4;
function checkColumnCount(file, columns, line) {
  if (columns <= MAX_COLUMNS) return;
  throw new MlgateError(
    `the file has ${columns.toLocaleString("en-US")} columns, more than the ${MAX_COLUMNS.toLocaleString("en-US")} that mlgate profiles`,
    {
      location: { file, ...line === void 0 ? {} : { line } },
      hint: "keep the columns the model uses (export a narrower file), or split the file by columns and validate each part"
    }
  );
}

// src/core/data/csv.ts
var QUOTE = 34;
var LF = 10;
var CR = 13;
var MINUS = 45;
var DOT = 46;
var MAX_ROW_BYTES = 16 * 1024 * 1024;
var BLOCK_BYTES = 1 << 20;
var CHUNK_ROWS = 1 << 11;
var FIELD_TEXT = 0;
var FIELD_ESCAPED = 1;
var FIELD_INT = 2;
var FIELD_FLOAT = 3;
var POW102 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
for (let i = 12; i <= 22; i++) POW102.push(Number(`1e${i}`));
function sizeLabel(bytes) {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(0)} MiB` : `${bytes} bytes`;
}
var CsvReader = class {
  constructor(fh, file, opts) {
    this.fh = fh;
    this.file = file;
    this.opts = opts;
  }
  fh;
  file;
  opts;
  header = [];
  buf = Buffer.allocUnsafe(BLOCK_BYTES);
  len = 0;
  pos = 0;
  eof = false;
  filePos = 0;
  line = 1;
  dataRows = 0;
  fields;
  interners = [];
  /** Column arrays that `tokenize` classifies into, handed out by `classify`. */
  filling = [];
  /** The arrays behind `filling`. */
  flat;
  /** File offset of buf[0]. */
  bufStart = 0;
  /** Rows that start at or past this file offset are left to the next segment (see `seek`). */
  endBound = Number.POSITIVE_INFINITY;
  error(message, line, hint, column) {
    return new MlgateError(message, { location: { file: this.file, line, column }, hint });
  }
  /** Reads more bytes after moving the unconsumed tail to the front; returns false at end of file. */
  fill() {
    if (this.eof) return false;
    if (this.pos > 0) {
      this.buf.copyWithin(0, this.pos, this.len);
      this.len -= this.pos;
      this.bufStart += this.pos;
      this.pos = 0;
    }
    if (this.len === this.buf.length) {
      if (this.buf.length >= MAX_ROW_BYTES) {
        throw this.error(
          `line ${this.line} is longer than ${sizeLabel(MAX_ROW_BYTES)}`,
          this.line,
          "a row this long usually means an unbalanced quote or a file that is not CSV; check the quoting around this line"
        );
      }
      const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, MAX_ROW_BYTES));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    const bytesRead = readSync(this.fh.fd, this.buf, this.len, this.buf.length - this.len, this.filePos);
    this.filePos += bytesRead;
    this.len += bytesRead;
    if (bytesRead === 0) this.eof = true;
    return bytesRead > 0;
  }
  /** File offset of the next unread byte. */
  get bytesConsumed() {
    return this.bufStart + this.pos;
  }
  /**
   * Positions the reader for one segment of the file: rows starting in [start, end), numbered from
   * `line` (the file line of `start`) and `row` (its data-row index). The last row may run past
   * `end`; `bytesConsumed` then tells where the next segment starts.
   */
  async seek(start, end, line, row) {
    this.len = 0;
    this.pos = 0;
    this.bufStart = start;
    this.filePos = start;
    this.eof = false;
    this.endBound = end;
    this.line = line;
    this.dataRows = row;
  }
  /** Line number of the next row. */
  get lineNumber() {
    return this.line;
  }
  /** Reads the header row. */
  async open() {
    while (this.len < 3 && this.fill()) ;
    if (this.len === 0) {
      throw this.error(
        "the file is empty",
        1,
        "a CSV file needs a header row with the column names, then data rows"
      );
    }
    if (this.buf[0] === 239 && this.buf[1] === 187 && this.buf[2] === 191) this.pos = 3;
    for (; ; ) {
      const end = this.scanHeader();
      if (end >= 0) break;
      if (!this.fill()) {
        this.scanHeader(true);
        break;
      }
    }
    return this.header;
  }
  scanHeader(atEof = false) {
    const b = this.buf;
    const names = [];
    let i = this.pos;
    const d = this.opts.delimiter;
    let lines = 0;
    for (; ; ) {
      let s;
      let e;
      let escaped = false;
      if (i < this.len && b[i] === QUOTE) {
        s = i + 1;
        let q = s;
        for (; ; ) {
          q = b.indexOf(QUOTE, q);
          if (q < 0 || q >= this.len) {
            if (atEof) throw this.unbalanced(this.line);
            return -1;
          }
          if (b[q + 1] === QUOTE) {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        e = q;
        for (let k = s; k < e; k++) if (b[k] === LF) lines++;
        i = q + 1;
      } else {
        s = i;
        while (i < this.len && b[i] !== d && b[i] !== LF) i++;
        if (i >= this.len && !atEof) return -1;
        e = i;
        if (e > s && b[e - 1] === CR && (i >= this.len || b[i] === LF)) e--;
      }
      if (!isUtf8(b.subarray(s, e))) {
        throw this.error("the header is not valid UTF-8", this.line, "save the file as UTF-8");
      }
      let name = b.toString("utf8", s, e);
      if (escaped) name = name.replace(/""/g, '"');
      names.push(name);
      if (i < this.len && b[i] === d) {
        i++;
        continue;
      }
      if (i < this.len && b[i] === CR) i++;
      if (i < this.len && b[i] !== LF) {
        throw this.error(
          `unexpected character after the closing quote of header field ${names.length}`,
          this.line,
          'a quoted field must end right after its closing quote; write a quote inside a field as ""',
          names.length
        );
      }
      if (i >= this.len && !atEof) return -1;
      if (i < this.len) i++;
      break;
    }
    this.pos = i;
    this.line += lines + 1;
    const seen = /* @__PURE__ */ new Map();
    names.forEach((name, k) => {
      const trimmed = name.trim();
      if (trimmed === "") {
        throw this.error(
          `column ${k + 1} of the header has no name`,
          1,
          "give every column a name in the first row",
          k + 1
        );
      }
      const first = seen.get(name);
      if (first !== void 0) {
        throw this.error(
          `duplicate column name '${name}' in the header (columns ${first + 1} and ${k + 1})`,
          1,
          "rename one of them: every column needs a unique name",
          k + 1
        );
      }
      seen.set(name, k);
    });
    checkColumnCount(this.file, names.length, 1);
    this.header = names;
    return i;
  }
  unbalanced(line) {
    return this.error(
      `unbalanced quote: the quoted field that starts on line ${line} is never closed`,
      line,
      'close the quote; a quote inside a quoted field is written as two quotes ""'
    );
  }
  /** Next chunk of rows, or undefined at the end of the file. */
  async next() {
    const ncol = this.header.length;
    for (; ; ) {
      const f = this.tokenize(ncol, this.eof);
      if (f.rows > 0) {
        return this.classify(f, ncol);
      }
      if (this.eof && this.pos >= this.len) return void 0;
      if (this.bytesConsumed >= this.endBound) return void 0;
      if (!this.fill() && this.pos >= this.len) return void 0;
    }
  }
  fieldsFor(rows, ncol) {
    if (!this.fields || this.fields.lines.length < rows) {
      this.fields = { lines: new Float64Array(rows), rows: 0 };
    }
    this.fields.rows = 0;
    this.columnsFor(this.fields.lines.length, ncol);
    return this.fields;
  }
  /**
   * Makes sure `filling` holds column arrays for `rows` rows: the reused ones, or for a reader that
   * hands each chunk its own arrays, new ones (kept until a chunk takes them).
   */
  columnsFor(rows, ncol) {
    if (!this.flat || this.flat.stride < rows) this.fillInto(newFlatColumns(ncol, rows));
    for (let c = 0; c < ncol; c++) if (!this.interners[c]) this.interners[c] = new StringInterner();
  }
  /**
   * Has the next chunks' typed columns written into these arrays (the reader's own, or, with
   * `reuseChunks`, a pipe's slot with a stride of CHUNK_ROWS or more); `filling` becomes their
   * columns, their texts in the reader's arrays where those are long enough.
   */
  fillInto(flat) {
    this.flat = flat;
    const ncol = this.header.length;
    for (let c = 0; c < ncol; c++) {
      const old = this.filling[c]?.texts;
      this.filling[c] = flatColumn(flat, c, old && old.length >= flat.stride ? old : noTexts(flat.stride));
    }
  }
  /** Whether column c has held text in any chunk so far (its cells' texts are all undefined otherwise). */
  holdsText(c) {
    return this.interners[c]?.heldText === true;
  }
  /** Tokenises the complete rows in the buffer; leaves `pos` at the first incomplete row. */
  tokenize(ncol, atEof) {
    const b = this.buf;
    const len = this.len;
    const d = this.opts.delimiter;
    const maxRows = Math.max(16, Math.ceil((len - this.pos) / Math.max(1, ncol)) + 1);
    const f = this.fieldsFor(Math.min(maxRows, CHUNK_ROWS), ncol);
    const cap = f.lines.length;
    const lines = f.lines;
    const { kinds: flatKinds, nums: flatNums, hashLo: flatLo, hashHi: flatHi, stride } = this.flat;
    const columns = this.filling;
    const interners = this.interners;
    const { nulls, keepText } = this.opts;
    let badRow = -1;
    let badCol = 0;
    const numbers2 = !(d >= 48 && d <= 57) && d !== MINUS && d !== DOT;
    const nullFirst = nulls.firstBytes;
    const numbersMayBeNull = nulls.numbersMayMatch;
    let rows = 0;
    let i = this.pos;
    let line = this.line;
    let committedPos = i;
    let committedLine = line;
    const stop = Math.min(len, this.endBound - this.bufStart);
    rowLoop: while (i < stop && rows < cap) {
      const rowStart = i;
      const rowLine = line;
      let col = 0;
      let emptyFirst = false;
      for (; ; ) {
        let s;
        let e;
        let code = FIELD_TEXT;
        let value = 0;
        let nonAscii = false;
        if (b[i] === QUOTE) {
          s = i + 1;
          let q = s;
          for (; ; ) {
            q = b.indexOf(QUOTE, q);
            if (q < 0 || q >= len) {
              if (atEof) throw this.unbalanced(rowLine);
              break rowLoop;
            }
            if (q + 1 >= len && !atEof) break rowLoop;
            if (b[q + 1] === QUOTE) {
              code = FIELD_ESCAPED;
              q += 2;
              continue;
            }
            break;
          }
          e = q;
          for (let k = s; k < e; k++) {
            const c2 = b[k];
            if (c2 === LF) line++;
            else if (c2 >= 128) nonAscii = true;
          }
          i = q + 1;
          const c = b[i];
          if (c === CR && i + 1 >= len && !atEof) break rowLoop;
          if (i < len && c !== d && c !== LF && !(c === CR && (b[i + 1] === LF || i + 1 >= len))) {
            throw this.error(
              `unexpected character after the closing quote in column ${col + 1}`,
              line,
              'a quoted field must end right after its closing quote; write a quote inside a field as ""',
              col + 1
            );
          }
          if (c === CR) i++;
        } else {
          s = i;
          let mant = 0;
          let digits = 0;
          let fraction = -1;
          let neg = false;
          let numEnd = -1;
          if (numbers2) {
            if (i < len && b[i] === MINUS) {
              neg = true;
              i++;
            }
            let from = i;
            while (i < len) {
              const x = b[i] - 48;
              if (x < 0 || x > 9) break;
              mant = mant * 10 + x;
              i++;
            }
            if (i < len && b[i] === DOT) {
              digits = i - from;
              i++;
              from = i;
              while (i < len) {
                const x = b[i] - 48;
                if (x < 0 || x > 9) break;
                mant = mant * 10 + x;
                i++;
              }
              fraction = i - from;
              digits += fraction;
            } else digits = i - from;
            numEnd = i;
          }
          if (i < len && (b[i] === d || b[i] === LF) && i === numEnd) {
            e = i;
          } else {
            let c = 0;
            while (i < len) {
              c = b[i];
              if (c === d || c === LF) break;
              if (c >= 128) nonAscii = true;
              i++;
            }
            if (i >= len && !atEof) break rowLoop;
            e = i;
            if (e > s && b[e - 1] === CR) e--;
          }
          if (numEnd === e && digits > 0 && mant <= Number.MAX_SAFE_INTEGER && fraction <= 22 && (!numbersMayBeNull || nullFirst[b[s]] === 0)) {
            if (fraction < 0) {
              code = FIELD_INT;
              value = neg ? -mant : mant;
            } else {
              code = FIELD_FLOAT;
              value = mant / POW102[fraction];
              if (neg) value = -value;
            }
          }
        }
        if (col === 0) emptyFirst = e === s;
        if (col < ncol) {
          const column = columns[col];
          if (code === FIELD_INT || code === FIELD_FLOAT) {
            const at = col * stride + rows;
            if (code === FIELD_INT) storeNumber(flatKinds, flatNums, flatLo, flatHi, at, value, CELL_INT);
            else storeNumber(flatKinds, flatNums, flatLo, flatHi, at, value, CELL_FLOAT);
            if (keepText) column.texts[rows] = latin1(b, s, e);
          } else if (code === FIELD_ESCAPED) {
            const text = b.toString("utf8", s, e).replace(/""/g, '"');
            classifyText(text, column, rows, nulls, interners[col], keepText);
          } else classifyField(b, s, e, column, rows, nulls, interners[col], keepText);
          if (nonAscii && badRow < 0 && !isUtf8(b.subarray(s, e))) {
            badRow = rows;
            badCol = col;
          }
        }
        col++;
        if (i < len && b[i] === d) {
          i++;
          if (i >= len && !atEof) break rowLoop;
          continue;
        }
        if (i < len) i++;
        line++;
        break;
      }
      committedPos = i;
      committedLine = line;
      if (col === 1 && emptyFirst && b[rowStart] !== QUOTE && ncol > 1) continue;
      if (col !== ncol) {
        throw this.error(
          `line ${rowLine} has ${col} field${col === 1 ? "" : "s"}, the header has ${ncol}`,
          rowLine,
          col > ncol ? "remove the extra fields, or quote the fields that contain the delimiter" : "add the missing fields (empty fields still need their delimiters)"
        );
      }
      lines[rows] = rowLine;
      rows++;
    }
    if (badRow >= 0 && badRow < rows) {
      throw this.error(
        `invalid UTF-8 in column ${badCol + 1} ('${this.header[badCol]}') on line ${lines[badRow]}`,
        lines[badRow],
        "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`)",
        badCol + 1
      );
    }
    if (!keepText) {
      for (let c = 0; c < ncol; c++) if (interners[c].heldText) clearNumberTexts(columns[c], rows);
    }
    this.pos = committedPos;
    this.line = committedLine;
    f.rows = rows;
    return f;
  }
  /**
   * The chunk of the rows `tokenize` classified into the columns being filled. Reused columns are
   * handed out as they are (their arrays may be longer than the chunk); otherwise the chunk takes
   * them, cut to its rows, and the next chunk gets new ones.
   */
  classify(f, ncol) {
    const rows = f.rows;
    let columns = this.filling.slice(0, ncol);
    if (this.opts.reuseChunks !== true) {
      columns = columns.map((c) => {
        c.texts.length = rows;
        return {
          kinds: c.kinds.subarray(0, rows),
          nums: c.nums.subarray(0, rows),
          texts: c.texts,
          hashLo: c.hashLo.subarray(0, rows),
          hashHi: c.hashHi.subarray(0, rows)
        };
      });
      this.filling = [];
      this.flat = void 0;
    }
    const chunk = { rows, firstRow: this.dataRows, lines: f.lines.slice(0, rows), columns };
    this.dataRows += rows;
    return chunk;
  }
};

// src/core/data/source.ts
var JSONL_CHUNK_ROWS = 8192;
async function loadParquet() {
  const [hyparquet, { compressors }] = await Promise.all([
    import("./node-34HMXYHY.js"),
    import("./src-EOW2F2KI.js")
  ]);
  const nativeZstd = zlib.zstdDecompressSync;
  const parquetCompressors = {
    ...compressors,
    ...nativeZstd ? { ZSTD: (input) => new Uint8Array(nativeZstd(input)) } : {}
  };
  return { ...hyparquet, parquetCompressors };
}
async function checkFile(path) {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = e.code;
    throw new MlgateError(
      code === "ENOENT" ? `data file not found: ${path}` : `cannot read data file ${path} (${code})`,
      {
        location: { file: path },
        hint: code === "ENOENT" ? "check the path (relative paths are resolved from the working directory or mlgate.yml)" : "check the file's permissions"
      }
    );
  }
  if (info.isDirectory()) {
    throw new MlgateError(`${path} is a directory, not a data file`, {
      location: { file: path },
      hint: "pass the path of a CSV, JSON Lines or Parquet file inside it"
    });
  }
  return info.size;
}
function noRowsError(path) {
  return new MlgateError(`${path} has a header but no data rows`, {
    location: { file: path, line: 2 },
    hint: "add data rows below the header (or check that the right file was passed)"
  });
}
async function openSource(path, opts = {}) {
  const format = detectFormat(path, opts.format);
  const bytes = await checkFile(path);
  const nullValues = opts.nullValues ?? DEFAULT_NULL_VALUES;
  const keepText = opts.keepText ?? false;
  if (format === "csv")
    return openCsv(path, bytes, nullValues, keepText, opts.delimiter, opts.reuseChunks ?? false);
  const nulls = new NullTokens(nullValues);
  if (format === "jsonl") return openJsonl(path, bytes, nulls, keepText);
  return openParquet(path, bytes, nulls, keepText, opts.reuseChunks ?? false);
}
async function openCsv(path, bytes, nullValues, keepText, delimiter, reuseChunks) {
  const delim = delimiter ?? (extname(path).toLowerCase() === ".tsv" ? "	" : ",");
  if (Buffer.byteLength(delim) !== 1) {
    throw new MlgateError(`the CSV delimiter must be one byte, got '${delim}'`, {
      hint: "set `data.delimiter` to a single character such as `,`, `;` or a tab"
    });
  }
  let fh = await open(path, "r");
  const delimiterByte = delim.charCodeAt(0);
  const nulls = new NullTokens(nullValues);
  const reader = new CsvReader(fh, path, { delimiter: delimiterByte, nulls, keepText, reuseChunks });
  try {
    await reader.open();
  } catch (e) {
    await fh.close();
    throw e;
  }
  return {
    file: path,
    format: "csv",
    columns: reader.header,
    bytes,
    total: bytes,
    position: () => reader.bytesConsumed,
    async *chunks() {
      for (let chunk = await reader.next(); chunk; chunk = await reader.next()) yield chunk;
    },
    async close() {
      await fh?.close();
      fh = void 0;
    },
    csv: {
      reader,
      fh,
      dataStart: reader.bytesConsumed,
      dataLine: reader.lineNumber,
      delimiter: delimiterByte,
      nullValues
    }
  };
}
async function openJsonl(path, bytes, nulls, keepText) {
  if (await startsWithBracket(path)) return openJsonArray(path, bytes, nulls, keepText);
  const stream = createReadStream(path);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  let lineNo = 0;
  let first;
  let firstLine = 0;
  const parse = (text, at) => {
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new MlgateError(`line ${at} is not valid JSON: ${e.message}`, {
        location: { file: path, line: at },
        hint: "JSON Lines needs one JSON object per line"
      });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new MlgateError(`line ${at} is not a JSON object`, {
        location: { file: path, line: at },
        hint: 'each line must be an object such as {"x": 1, "label": "a"}'
      });
    }
    return value;
  };
  const nextLine = async () => {
    for (; ; ) {
      const r = await lines.next();
      if (r.done) return void 0;
      lineNo++;
      let text = r.value;
      if (lineNo === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
      if (text.includes("\uFFFD")) {
        throw new MlgateError(`invalid UTF-8 on line ${lineNo}`, {
          location: { file: path, line: lineNo },
          hint: "save the file as UTF-8"
        });
      }
      if (text.trim() !== "") return text;
    }
  };
  const head = await nextLine();
  if (head === void 0) {
    stream.destroy();
    throw new MlgateError("the file is empty", {
      location: { file: path, line: 1 },
      hint: "JSON Lines needs one JSON object per line"
    });
  }
  first = parse(head, lineNo);
  firstLine = lineNo;
  const columns = Object.keys(first);
  checkColumnCount(path, columns.length, firstLine);
  const index = new Map(columns.map((c, i) => [c, i]));
  const interners = columns.map(() => new StringInterner());
  let dataRows = 0;
  return {
    file: path,
    format: "jsonl",
    columns,
    bytes,
    total: bytes,
    position: () => Math.min(bytes, stream.bytesRead),
    async *chunks() {
      let done = false;
      while (!done) {
        const rows = [];
        const at = [];
        if (first) {
          rows.push(first);
          at.push(firstLine);
          first = void 0;
        }
        while (rows.length < JSONL_CHUNK_ROWS) {
          const text = await nextLine();
          if (text === void 0) {
            done = true;
            break;
          }
          rows.push(parse(text, lineNo));
          at.push(lineNo);
        }
        if (rows.length === 0) break;
        rows.forEach((row, r) => {
          for (const key of Object.keys(row)) {
            if (!index.has(key)) {
              throw new MlgateError(`line ${at[r]} has a key '${key}' that the first line does not have`, {
                location: { file: path, line: at[r], key },
                hint: "every line needs the same keys as the first (use null for a missing value)"
              });
            }
          }
        });
        yield objectsToChunk(rows, at, dataRows, columns, nulls, interners, keepText);
        dataRows += rows.length;
      }
    },
    async close() {
      stream.destroy();
    }
  };
}
function objectsToChunk(rows, at, firstRow, columns, nulls, interners, keepText) {
  const cols = columns.map(() => newColumnChunk(rows.length));
  rows.forEach((row, r) => {
    columns.forEach((name, c) => {
      classifyValue(row[name], cols[c], r, nulls, interners[c], keepText);
    });
  });
  return { rows: rows.length, firstRow, lines: Float64Array.from(at), columns: cols };
}
async function startsWithBracket(path) {
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const text = head.toString("utf8", 0, bytesRead).replace(/^\ufeff/, "").trimStart();
    return text.startsWith("[");
  } finally {
    await fh.close();
  }
}
async function openJsonArray(path, bytes, nulls, keepText) {
  const text = (await readFile(path, "utf8")).replace(/^\ufeff/, "");
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e.message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : void 0;
    throw new MlgateError(`not valid JSON: ${message}`, {
      location: { file: path, line },
      hint: "a .json data file is an array of objects, or JSON Lines (one object per line)"
    });
  }
  if (!Array.isArray(value))
    throw new MlgateError("expected an array of objects", { location: { file: path, line: 1 } });
  const columns = [];
  const seen = /* @__PURE__ */ new Set();
  value.forEach((row, i) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new MlgateError(`element ${i + 1} of the array is not an object`, {
        location: { file: path },
        hint: 'each element must be an object such as {"x": 1, "label": "a"}'
      });
    }
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  });
  checkColumnCount(path, columns.length);
  const rows = value;
  const interners = columns.map(() => new StringInterner());
  let done = 0;
  return {
    file: path,
    format: "jsonl",
    positions: "records",
    columns,
    bytes,
    total: rows.length,
    position: () => done,
    async *chunks() {
      for (let start = 0; start < rows.length; start += JSONL_CHUNK_ROWS) {
        const part = rows.slice(start, start + JSONL_CHUNK_ROWS);
        const at = part.map((_, i) => start + i + 1);
        done = start + part.length;
        yield objectsToChunk(part, at, start, columns, nulls, interners, keepText);
      }
    },
    async close() {
    }
  };
}
async function openParquet(path, bytes, nulls, keepText, reuseChunks) {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, parquetCompressors } = await loadParquet();
  const file = await asyncBufferFromFile(path);
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (e) {
    throw new MlgateError(`not a readable Parquet file: ${e.message}`, {
      location: { file: path },
      hint: "check that the file is Parquet (or pass --format / set data.format)"
    });
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  checkColumnCount(path, columns.length);
  const interners = columns.map(() => new StringInterner());
  const index = new Map(columns.map((c, i) => [c, i]));
  let rowsRead = 0;
  const total = Number(metadata.num_rows);
  let reusable;
  return {
    file: path,
    format: "parquet",
    positions: "records",
    columns,
    bytes,
    total,
    position: () => rowsRead,
    async *chunks() {
      let groupStart = 0;
      for (const group of metadata.row_groups) {
        const n = Number(group.num_rows);
        const cols = reuseChunks && reusable && reusable[0].kinds.length >= n ? reusable : columns.map(() => newColumnChunk(n));
        if (reuseChunks) reusable = cols;
        const start = groupStart;
        await parquetRead({
          file,
          metadata,
          rowStart: start,
          rowEnd: start + n,
          compressors: parquetCompressors,
          onChunk: ({ columnName, columnData, rowStart }) => {
            const c = index.get(columnName);
            if (c === void 0) return;
            const col = cols[c];
            for (let k = 0; k < columnData.length; k++) {
              const r = rowStart + k - start;
              if (r < 0 || r >= n) continue;
              classifyValue(columnData[k], col, r, nulls, interners[c], keepText);
            }
          }
        });
        const lines = new Float64Array(n);
        for (let r = 0; r < n; r++) lines[r] = start + r + 1;
        rowsRead += n;
        yield { rows: n, firstRow: start, lines, columns: cols };
        groupStart += n;
      }
    },
    async close() {
    }
  };
}

// src/core/data/read.ts
function readOptionsFrom(loaded) {
  const d = loaded?.config.data;
  return d ? { format: d.format, delimiter: d.delimiter, nullValues: d.null_values } : {};
}
async function readTable(path, opts = {}) {
  const source = await openSource(path, { ...opts, keepText: true });
  const chunks = [];
  let rowCount = 0;
  const kinds = source.columns.map(() => new Array(8).fill(0));
  try {
    for await (const chunk of source.chunks()) {
      chunks.push(chunk);
      rowCount += chunk.rows;
      chunk.columns.forEach((col, c) => {
        const counts = kinds[c];
        for (let r = 0; r < chunk.rows; r++) counts[col.kinds[r]]++;
      });
    }
  } finally {
    await source.close();
  }
  if (rowCount === 0) throw noRowsError(path);
  const columns = source.columns.map((name, c) => {
    const type = inferColumnType(kinds[c]);
    const values = new Array(rowCount);
    let i = 0;
    for (const chunk of chunks) {
      const col = chunk.columns[c];
      for (let r = 0; r < chunk.rows; r++, i++) {
        const kind = col.kinds[r];
        if (kind === CELL_MISSING) values[i] = null;
        else if (type === "int" || type === "float") values[i] = col.nums[r];
        else if (type === "bool") values[i] = col.nums[r] === 1;
        else values[i] = cellText(col, r);
      }
    }
    return { name, type, values };
  });
  return { columns, rowCount, source: path };
}

export {
  CELL_MISSING,
  CELL_INT,
  CELL_FLOAT,
  CELL_BOOL,
  CELL_DATETIME,
  CELL_STRING,
  CELL_NAN,
  CELL_INF,
  cellText,
  byText,
  HLL_P,
  HLL_RELATIVE_ERROR,
  HyperLogLog,
  KLL_SEED,
  KLL_RANK_ERROR,
  KllSketch,
  inferColumnType,
  ColumnAccumulator,
  CHUNK_ROWS,
  noRowsError,
  openSource,
  readOptionsFrom,
  readTable
};
