/**
 * Distribution functions of the Kolmogorov–Smirnov statistics, following scipy's choices so that
 * drift-check's p-values equal `scipy.stats.ks_2samp` (method "auto"):
 *
 * - `kolmogorovSf(n, x)`: P(D_n ≥ x) of the two-sided one-sample statistic (scipy's `kstwo.sf`,
 *   `_ksstats._kolmogn` after Simard & L'Ecuyer 2011): Ruben–Gambino at the ends, the Durbin
 *   matrix (Marsaglia–Tsang–Wang) and Pomeranz recursion for small n, Pelz–Good for large n, and
 *   twice the one-sided Smirnov tail (Birnbaum–Tingey sum) in the upper tail.
 * - `smirnov2Exact(m, n, h)`: the exact two-sample probability P(D_{m,n} ≥ h / lcm(m, n)) by
 *   Hodges' lattice-path counting (Viehmann's recursion for 1 − p, scipy's
 *   `_compute_outer_prob_inside_method`; `_compute_prob_outside_square` when m = n).
 *
 * Every scaling by 2^±128 mirrors scipy's, which keeps the intermediate products in range.
 */

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
/** Stirling-series coefficients of log Γ (Bernoulli numbers B₂ₖ / (2k(2k − 1))), highest power first. */
const STIRLING = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];

const clip = (p: number): number => Math.min(1, Math.max(0, p));

/** x · 2^e without the overflow of computing 2^e for |e| > 1023. */
function ldexp(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}

/** log(n! / n^n) by Stirling's series. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/** m×m row-major matrix product. */
function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/** P(D_n ≤ d) by the Durbin matrix, as Marsaglia, Tsang and Wang (2003) compute it. */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  let P: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > E128) {
      for (let i = 0; i < H.length; i++) H[i]! /= E128;
      hExpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  return clip(ldexp(p, expnt));
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n ≤ x) by the Pomeranz (1974) recursion. */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gp = new Float64Array(npwrs);
  const twoGp = new Float64Array(npwrs);
  const oneM2Gp = new Float64Array(npwrs);
  gp[0] = twoGp[0] = oneM2Gp[0] = 1;
  for (let m = 1; m < npwrs; m++) {
    gp[m] = (gp[m - 1]! * (g / n)) / m;
    twoGp[m] = (twoGp[m - 1]! * ((2 * g) / n)) / m;
    oneM2Gp[m] = (oneM2Gp[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pw = i === 1 || i === 2 * n + 1 ? gp : i % 2 ? twoGp : oneM2Gp;
    const ln2 = j2 - k1 + 1;
    if (ln2 <= 0) continue;
    const start = k1 - V0s;
    const sLen = Math.min(ln2, npwrs - start);
    const convStart = j1 - k1;
    const convLen = j2 - j1 + 1;
    let max = 0;
    for (let c = 0; c < convLen; c++) {
      const idx = convStart + c;
      let s = 0;
      for (let a = Math.max(0, idx - ln2 + 1); a <= Math.min(idx, sLen - 1); a++)
        s += V0[start + a]! * pw[idx - a]!;
      V1[c] = s;
      if (s > max) max = s;
    }
    if (max > 0 && max < EM128) {
      for (let c = 0; c < npwrs; c++) V1[c]! *= E128;
      expnt -= 128;
    }
    V1s = V0s + j1 - k1;
  }
  let ans = V1[n - V1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  return clip(ldexp(ans, expnt));
}

/** Pelz–Good (1976) asymptotic series for P(D_n ≤ x). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qp + coeffs[i]!;
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT2PI) / div[i]!;
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    k2extra += k2 * qk;
    k3extra += (SQRT3 * z + Math.PI * k) * (SQRT3 * z - Math.PI * k) * k2 * qk;
  }
  K[2]! += (k2extra * PI2 * SQRT2PI) / (-36 * z2 * z);
  K[3]! += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / n ** (i / 2);
  return sum;
}

/**
 * One-sided Smirnov tail P(D_n^+ ≥ x) by the Birnbaum–Tingey sum
 * x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^{v−1} (1 − x − v/n)^{n−v}; every term is positive, so the
 * sum has no cancellation. Terms are formed in logs (C(n, v) incrementally) to stay in range.
 */
export function smirnovSf(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const top = Math.floor(n * (1 - x));
  let logC = 0;
  let p = 0;
  for (let v = 0; v <= top; v++) {
    if (v > 0) logC += Math.log(n - v + 1) - Math.log(v);
    const e = x + v / n;
    const rest = n - v;
    let t = logC + (v - 1) * Math.log(e);
    if (rest > 0) {
      if (1 - e <= 0) continue;
      t += rest * Math.log1p(-e);
    }
    if (t > -745) p += Math.exp(t);
  }
  return clip(p * x);
}

/** P(D_n ≥ x), the survival function of the two-sided one-sample KS statistic (scipy `kstwo.sf`). */
export function kolmogorovSf(n: number, x: number): number {
  if (!(n > 0) || !Number.isInteger(n) || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip(1 - durbinCdf(n, x));
    if (nx2 <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}

/** P(D_{n,n} ≥ h/n) for two samples of equal size n (scipy `_compute_prob_outside_square`). */
function outsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** 1 − (paths staying strictly inside |x/m − y/n| < h/lcm) / C(m+n, n) (Viehmann 2021). */
function outerInside(mIn: number, nIn: number, g: number, h: number): number {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < Math.min(maxj, lenA); j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    for (let c = curlen; c < Math.min(curlen + Math.max(0, lastlen - curlen), lenA); c++) A[c] = 1;
  }
  return A[maxj - minj - 1]!;
}

/**
 * Exact P(D_{m,n} ≥ h / lcm(m, n)) under the null, or NaN when the computation leaves [0, 1] (the
 * caller then falls back to the asymptotic distribution, as scipy does).
 */
export function smirnov2Exact(m: number, n: number, g: number, h: number): number {
  if (h === 0) return 1;
  const p = m === n ? outsideSquare(m, h) : outerInside(m, n, g, h);
  return Number.isFinite(p) && p >= 0 && p <= 1 ? p : Number.NaN;
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}
