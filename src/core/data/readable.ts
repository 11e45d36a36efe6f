/**
 * Bounds a person reads (a committed schema's range, an outlier check's fences) are rounded outward
 * to three digits below their spread: 20.7, not 20.750000000000004; 0, not -2.5e-16. Rounding
 * outward keeps every value the exact bounds held inside the rounded ones.
 */
export function readableRange(min: number, max: number): { min: number; max: number } {
  if (!(max > min) || !Number.isFinite(max - min)) return { min, max };
  const step = 10 ** (Math.floor(Math.log10(max - min)) - 3);
  // toPrecision(12) drops the binary residue of the division (0.30000000000000004 → 0.3).
  const down = Number((Math.floor(min / step) * step).toPrecision(12));
  const up = Number((Math.ceil(max / step) * step).toPrecision(12));
  // A residue could undo the outward rounding by an ulp; the exact bound then stands. `+ 0` turns -0 into 0.
  return { min: (down <= min ? down : min) + 0, max: (up >= max ? up : max) + 0 };
}
