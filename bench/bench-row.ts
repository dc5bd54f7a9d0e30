/** One line of the benchmark table. `ratio` compares with the baseline measured in the same run. */
export type BenchRow = { case: string; variant: string; ms: number; value?: string; ratio?: string; rssMiB?: number };

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
