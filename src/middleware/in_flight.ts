import type { Context, MiddlewareFn } from "grammy";
import { within } from "../util/deadline.ts";

/** Counts updates being handled so shutdown can wait for them. */
export interface InFlightTracker<C extends Context> {
  middleware: MiddlewareFn<C>;
  /** Updates being handled right now. */
  readonly count: number;
  /**
   * Resolve when no update is being handled, or after `timeoutMs`.
   *
   * @returns true when everything finished in time
   */
  drain(timeoutMs: number): Promise<boolean>;
}

/** Create a tracker; install its middleware first. */
export function inFlight<C extends Context>(): InFlightTracker<C> {
  let count = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (count > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  return {
    middleware: async (_ctx, next) => {
      count++;
      try {
        await next();
      } finally {
        count--;
        settle();
      }
    },
    get count() {
      return count;
    },
    async drain(timeoutMs) {
      if (count === 0) return true;
      const idle = new Promise<true>((resolve) =>
        waiters.push(() => resolve(true))
      );
      return await within(idle, timeoutMs) ?? false;
    },
  };
}
