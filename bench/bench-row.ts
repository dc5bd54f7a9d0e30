/** One line of the benchmark table. `ratio` compares with the baseline measured in the same run. */
export type BenchRow = { case: string; variant: string; ms: number; value?: string; ratio?: string; rssMiB?: number };

/** Peak resident memory while `work` runs, sampled every 20 ms. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMiB: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/** Milliseconds taken by `work`. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** The value at quantile q (0..1) of the samples. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
