/** Small statistics helpers for the benchmark: medians and percentiles of repeated timings. */

/** The q-quantile (0..1) of `xs` by linear interpolation; NaN for an empty list. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Median / p95 / max of a list. */
export function summary(xs: readonly number[]): { median: number; p95: number; max: number; n: number } {
  return { median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: xs.length ? Math.max(...xs) : Number.NaN, n: xs.length };
}

/** Formats a number with a fixed number of decimals, padded for tables. */
export function fmt(x: number, digits = 2, width = 8): string {
  return (Number.isFinite(x) ? x.toFixed(digits) : 'n/a').padStart(width);
}
