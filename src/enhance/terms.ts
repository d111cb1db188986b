/**
 * Word lists as regular expressions that work in every script: JavaScript's
 * `\b` only knows ASCII letters, so "для" or "café" need lookarounds, and
 * Chinese has no spaces at all.
 *
 * @module
 */

const LETTER = "[\\p{L}\\p{M}\\p{N}_]";
/** What a stem's `*` stands for: the rest of its word. */
const STEM_TAIL = "[\\p{L}\\p{M}]*";
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** How a term meets the text around it. */
type Edge = "word" | "stem" | "free";

/**
 * How one term of a list matches:
 * - `"word"` matches the whole word ("cat" not in "catalog");
 * - `"stem*"` matches words starting with it ("напиш*": напиши, напишите);
 * - a term with Chinese characters, or starting or ending with punctuation,
 *   matches anywhere (no word boundaries).
 * A term may hold spaces ("make sure"), and a `*` at the end of one of its
 * words stems that word too ("баз* данных": база данных, базы данных); any
 * other regex syntax is escaped.
 */
function edgeOf(term: string): { edge: Edge; body: string } {
  const stem = term.endsWith("*");
  const word = stem ? term.slice(0, -1) : term;
  const body = word.split("*").map((part) => escape(part).replace(/ /g, "\\s+"))
    .join(STEM_TAIL);
  const lettered = /^[\p{L}\p{N}]/u.test(word) && /[\p{L}\p{N}]$/u.test(word);
  if (HAN_OR_KANA.test(word) || !lettered) return { edge: "free", body };
  return { edge: stem ? "stem" : "word", body };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A case-insensitive regex matching any of `list` (see {@linkcode edgeOf}
 * for the notation). The word boundaries are written once per kind of term,
 * not once per term: a regex with hundreds of Unicode classes is slow to
 * compile.
 *
 * @example
 * ```ts
 * terms(["write", "напиш*", "写"]).test("Напишите письмо"); // true
 * ```
 */
export function terms(list: readonly string[], flags = "iu"): RegExp {
  const groups: Record<Edge, string[]> = { word: [], stem: [], free: [] };
  // Longest first, so "make sure" wins over "make".
  for (const term of [...list].sort((a, b) => b.length - a.length)) {
    const { edge, body } = edgeOf(term);
    groups[edge].push(body);
  }
  const alternatives = [
    groups.word.length > 0 &&
    `(?<!${LETTER})(?:${groups.word.join("|")})(?!${LETTER})`,
    groups.stem.length > 0 &&
    `(?<!${LETTER})(?:${groups.stem.join("|")})${STEM_TAIL}`,
    groups.free.length > 0 && `(?:${groups.free.join("|")})`,
  ].filter(Boolean);
  return new RegExp(alternatives.join("|") || "(?!)", flags);
}

/** Like {@linkcode terms}, anchored at the start of the text (after spaces). */
export function leadingTerms(list: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${terms(list).source})`, "iu");
}

/** How many distinct terms of `list` occur in `text`. */
export function countTerms(text: string, pattern: RegExp): number {
  const global = new RegExp(
    pattern.source,
    pattern.flags.replace("g", "") + "g",
  );
  return new Set([...text.matchAll(global)].map((m) => m[0].toLowerCase()))
    .size;
}

/**
 * A word list in {@linkcode terms}'s notation, matched without a regular
 * expression: what `countTerms(text, terms(list, "giu"))` finds, found by
 * looking the text's characters up in tables. A regex of hundreds of
 * alternatives with Unicode classes costs V8 tens of milliseconds to compile
 * on its first use for each kind of text (Latin, Cyrillic, …) and megabytes
 * of compiled code kept after; this costs neither.
 */
export interface TermMatcher {
  /** The terms that occur in `text`, each as it is written there, lowercased. */
  found(text: string): Set<string>;
  /** How many distinct terms (lowercased) occur in `text`: `found(text).size`. */
  distinct(text: string): number;
}

/**
 * A term's characters, folded; `null` stands for the run of spaces a space
 * matches, {@linkcode REST_OF_WORD} for a stem's `*` inside the term.
 */
interface Alternative {
  items: readonly (number | null)[];
}

/** An item that matches the rest of a word, as a `*` does. */
const REST_OF_WORD = -1;

/** The alternatives of one kind of term, in the regex's order, by their first character. */
type Buckets = Map<number, Alternative[]>;

const LETTER_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const STEM_TAIL_CHAR = /^[\p{L}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;

/**
 * A character as the `i` and `u` flags compare it (Unicode's simple case
 * folding): the lower case of its upper case, when each is one character.
 * Dotless ı and dotted İ fold to themselves, as in simple folding (they
 * differ from i and I in Turkish).
 */
function fold(codePoint: number): number {
  if (codePoint < 0x80) {
    return codePoint >= 0x41 && codePoint <= 0x5a
      ? codePoint + 0x20
      : codePoint;
  }
  let folded = FOLDED.get(codePoint);
  if (folded === undefined) {
    folded = codePoint;
    if (codePoint !== 0x130 && codePoint !== 0x131) {
      const char = String.fromCodePoint(codePoint);
      const upper = char.toUpperCase();
      const base = single(upper) ? upper : char;
      const lower = base.toLowerCase();
      if (single(lower)) folded = lower.codePointAt(0)!;
    }
    FOLDED.set(codePoint, folded);
  }
  return folded;
}
const FOLDED = new Map<number, number>();

function single(text: string): boolean {
  const first = text.codePointAt(0);
  return first !== undefined && text.length === (first > 0xffff ? 2 : 1);
}

/** Whether code point `cp` belongs to `klass` (a one-character class), remembered in `cache`. */
function charIs(
  klass: RegExp,
  cache: Map<number, boolean>,
  cp: number,
): boolean {
  let yes = cache.get(cp);
  if (yes === undefined) {
    yes = klass.test(String.fromCodePoint(cp));
    cache.set(cp, yes);
  }
  return yes;
}
const LETTERS = new Map<number, boolean>();
const STEM_TAILS = new Map<number, boolean>();
const SPACES = new Map<number, boolean>();
const isLetter = (cp: number) => charIs(LETTER_CHAR, LETTERS, cp);
const isStemTail = (cp: number) => charIs(STEM_TAIL_CHAR, STEM_TAILS, cp);
const isSpace = (cp: number) => charIs(SPACE_CHAR, SPACES, cp);

/** Where `alternative` ends when it matches `text` at `start`, or -1. */
function matchAt(text: string, start: number, alternative: Alternative) {
  let at = start;
  for (const item of alternative.items) {
    if (item === REST_OF_WORD) {
      at = restOfWord(text, at);
      continue;
    }
    if (item === null) {
      // `\s+`: the run of spaces here (the next item is never a space).
      const from = at;
      while (at < text.length) {
        const cp = text.codePointAt(at)!;
        if (!isSpace(cp)) break;
        at += cp > 0xffff ? 2 : 1;
      }
      if (at === from) return -1;
      continue;
    }
    if (at >= text.length) return -1;
    const cp = text.codePointAt(at)!;
    if (fold(cp) !== item) return -1;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

/** Where the letters and marks from `at` on end (the stem's tail). */
function restOfWord(text: string, at: number): number {
  while (at < text.length) {
    const next = text.codePointAt(at)!;
    if (!isStemTail(next)) break;
    at += next > 0xffff ? 2 : 1;
  }
  return at;
}

/** Build the {@linkcode TermMatcher} of `list`, as {@linkcode terms} builds its regex. */
export function termMatcher(list: readonly string[]): TermMatcher {
  const kinds: Record<Edge, Buckets> = {
    word: new Map(),
    stem: new Map(),
    free: new Map(),
  };
  for (const term of [...list].sort((a, b) => b.length - a.length)) {
    const stem = term.endsWith("*");
    const word = stem ? term.slice(0, -1) : term;
    const { edge } = edgeOf(term);
    // Every space matches a run of at least one space, as `\s+` does.
    const items = [...word].map((char) =>
      char === " "
        ? null
        : char === "*"
        ? REST_OF_WORD
        : fold(char.codePointAt(0)!)
    );
    // A `*` inside takes the whole rest of its word, greedily: only a space
    // may follow it for that to be what the regex's backtracking finds.
    if (
      items.some((item, i) => item === REST_OF_WORD && items[i + 1] !== null)
    ) {
      throw new RangeError(
        `Cannot match the term "${term}": a * inside it must end a word`,
      );
    }
    const first = items[0];
    if (first === undefined || first === null || first === REST_OF_WORD) {
      throw new RangeError(
        `Cannot match the term "${term}": it must start with a character other than a space or *`,
      );
    }
    const bucket = kinds[edge].get(first);
    if (bucket) bucket.push({ items });
    else kinds[edge].set(first, [{ items }]);
  }
  const matcher: TermMatcher = {
    distinct: (text) => matcher.found(text).size,
    found(text) {
      const found = new Set<string>();
      let at = 0;
      let previous = -1; // the code point before `at`, -1 at the start
      while (at < text.length) {
        const cp = text.codePointAt(at)!;
        const key = fold(cp);
        const bounded = previous < 0 || !isLetter(previous);
        let end = -1;
        if (bounded) {
          for (const alternative of kinds.word.get(key) ?? []) {
            const e = matchAt(text, at, alternative);
            if (
              e >= 0 && (e >= text.length || !isLetter(text.codePointAt(e)!))
            ) {
              end = e;
              break;
            }
          }
          if (end < 0) {
            for (const alternative of kinds.stem.get(key) ?? []) {
              const e = matchAt(text, at, alternative);
              if (e < 0) continue;
              end = restOfWord(text, e);
              break;
            }
          }
        }
        if (end < 0) {
          for (const alternative of kinds.free.get(key) ?? []) {
            const e = matchAt(text, at, alternative);
            if (e >= 0) {
              end = e;
              break;
            }
          }
        }
        if (end < 0) {
          previous = cp;
          at += cp > 0xffff ? 2 : 1;
          continue;
        }
        found.add(text.slice(at, end).toLowerCase());
        previous = text.codePointAt(end - 1)!;
        if (previous >= 0xdc00 && previous <= 0xdfff && end >= 2) {
          previous = text.codePointAt(end - 2)!;
        }
        at = end;
      }
      return found;
    },
  };
  return matcher;
}
