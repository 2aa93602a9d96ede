/**
 * Runs an async job over items with at most `window` in flight, yielding results in input order:
 * a worker pool kept busy while its results are consumed one by one, so memory holds `window`
 * results, not all of them.
 */
export async function* inOrder<T, R>(items: Iterable<T>, job: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for (const item of items) {
    pending.push(job(item));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
