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
   * Builds values not built yet, and primes the regular expressions they
   * hold ({@linkcode primeRegExp}), one step at a time until `budgetMs` has
   * passed (at least one step; `Infinity` does them all), so that a warm-up
   * can yield to the event loop between slices; true once every value was
   * tried (one whose build threw is built on first use).
   */
  buildSome(budgetMs: number): boolean;
}

/** Texts of both string representations V8 compiles a regex for. */
const PRIMING_TEXTS = ["a", "\u0436"] as const;

/**
 * Runs `pattern` once on a one-byte and once on a two-byte text, so that V8
 * compiles its matcher for both now: it compiles a regex only on its first
 * match against each kind of string, and a pattern holding Unicode classes
 * such as `\p{L}` takes milliseconds to compile (a Cyrillic or Chinese text
 * needs the second one). `lastIndex` is left as it was.
 */
export function primeRegExp(pattern: RegExp): void {
  const lastIndex = pattern.lastIndex;
  try {
    for (const text of PRIMING_TEXTS) {
      pattern.lastIndex = 0;
      pattern.test(text);
    }
  } finally {
    pattern.lastIndex = lastIndex;
  }
}

/**
 * The regexes in `value`: itself, or those in the arrays, maps, sets and
 * plain objects it holds, `depth` levels down.
 */
function regexesIn(value: unknown, depth = 4, found = new Set<RegExp>()) {
  if (value instanceof RegExp) found.add(value);
  else if (depth > 0 && typeof value === "object" && value !== null) {
    const prototype = Object.getPrototypeOf(value);
    const items = Array.isArray(value) || value instanceof Set
      ? value
      : value instanceof Map
      ? value.values()
      : prototype === Object.prototype || prototype === null
      ? Object.values(value)
      : [];
    for (const item of items) regexesIn(item, depth - 1, found);
  }
  return found;
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
  /** Regexes of the values built so far that are not primed yet. */
  const unprimed: RegExp[] = [];
  return Object.assign(group, {
    buildSome(budgetMs: number) {
      const until = performance.now() + budgetMs;
      while (unprimed.length > 0 || next < values.length) {
        if (unprimed.length > 0) primeRegExp(unprimed.pop()!);
        else {
          // A build that throws stays unbuilt (its first use tries again)
          // and does not stop the warm-up of the others.
          try {
            unprimed.push(...regexesIn(values[next]()));
          } catch {
            // Nothing to do: lazy() builds it again when it is asked for.
          }
          next++;
        }
        if (performance.now() >= until) break;
      }
      return unprimed.length === 0 && next >= values.length;
    },
  });
}
