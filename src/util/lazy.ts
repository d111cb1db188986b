/**
 * Values built on first use: module-level tables (regular expressions built
 * from word lists, ICU objects) that would otherwise cost start-up time when
 * their module is imported.
 *
 * @module
 */

/**
 * A function that returns the value of `build`, calling it on the first call
 * only: every later call returns that same value (the same object, so shared
 * state such as a global regex's `lastIndex` stays shared as it would be in a
 * module-level constant). If `build` throws, the next call tries again.
 *
 * @example
 * ```ts
 * const pattern = lazy(() => new RegExp("a|b", "iu"));
 * pattern() === pattern(); // true
 * ```
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/** A {@linkcode lazy} that remembers the values it made, to build them all at once. */
export interface LazyGroup {
  /** Like {@linkcode lazy}; the value joins the group. */
  <T>(build: () => T): () => T;
  /**
   * Builds values not built yet until `budgetMs` has passed (at least one;
   * `Infinity` builds them all), so that a warm-up can yield to the event
   * loop between slices; true once every value was tried (one whose build
   * threw is built on first use).
   */
  buildSome(budgetMs: number): boolean;
}

/**
 * A group of lazy values, typically one per module, so that the module can
 * offer to build all of them ahead of time (a warm-up) without a list that a
 * new value could be missing from.
 *
 * @example
 * ```ts
 * const lazy = lazyGroup();
 * const vowels = lazy(() => new RegExp("[aeiou]", "iu"));
 * lazy.buildSome(Infinity); // vowels() is built now
 * ```
 */
export function lazyGroup(): LazyGroup {
  const values: (() => unknown)[] = [];
  const group = <T>(build: () => T): () => T => {
    const value = lazy(build);
    values.push(value);
    return value;
  };
  let next = 0;
  return Object.assign(group, {
    buildSome(budgetMs: number) {
      const until = performance.now() + budgetMs;
      while (next < values.length) {
        const value = values[next];
        // A build that throws stays unbuilt (its first use tries again) and
        // does not stop the warm-up of the others.
        try {
          value();
        } catch {
          // Nothing to do: lazy() builds it again when it is asked for.
        }
        next++;
        if (performance.now() >= until) break;
      }
      return next >= values.length;
    },
  });
}
