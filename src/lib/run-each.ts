// Runs one request per item, a few at a time, and says which worked and which
// did not, with why. Each item's request is one call the server does whole or
// not at all (a key is deleted, or not), so a failure leaves no key half-done.
export interface EachResult<T> {
  done: T[];
  failed: { item: T; error: unknown }[];
}

/** Enough to be quick on a long selection without a burst of hundreds of requests. */
const AT_ONCE = 4;

export async function runEach<T>(items: readonly T[], action: (item: T) => Promise<unknown>): Promise<EachResult<T>> {
  const result: EachResult<T> = { done: [], failed: [] };
  const queue = [...items];
  async function worker() {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      try {
        await action(item);
        result.done.push(item);
      } catch (error) {
        result.failed.push({ item, error });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  // In the order asked for, whatever order they finished in.
  const order = (item: T) => items.indexOf(item);
  result.done.sort((a, b) => order(a) - order(b));
  result.failed.sort((a, b) => order(a.item) - order(b.item));
  return result;
}
