/** Percentiles and formatting shared by the benchmarks. */
function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, n: times.length };
}

export const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

export const describeStats = (s: Stats) => `p50 ${fmt(s.p50)} / p95 ${fmt(s.p95)} / max ${fmt(s.max)} ms`;

export function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
