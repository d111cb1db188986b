import type { Context, MiddlewareFn } from "grammy";

/**
 * Run the updates that share a key one after another, in arrival order, and
 * the others in parallel: updates of one chat never race each other's
 * reads and writes. Updates without a key run at once.
 *
 * A small stand-in for `@grammyjs/runner`'s `sequentialize()`, which loads
 * grammY's Node build into a bot built on the web build.
 */
export function sequentialize<C extends Context>(
  keyOf: (ctx: C) => string | undefined,
): MiddlewareFn<C> {
  /** The last update queued per key; removed when it finishes last. */
  const tails = new Map<string, Promise<void>>();
  return async (ctx, next) => {
    const key = keyOf(ctx);
    if (key === undefined) return await next();
    const previous = tails.get(key);
    const done = Promise.withResolvers<void>();
    const tail = done.promise;
    tails.set(key, tail);
    try {
      // Most updates have nobody ahead of them: no wait at all.
      if (previous !== undefined) await previous;
      await next();
    } finally {
      done.resolve();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
