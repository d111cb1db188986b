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
function edgeOf(term: string): { edge: Edge; body: string; word: string } {
  const stem = term.endsWith("*");
  const word = stem ? term.slice(0, -1) : term;
  const body = word.split("*").map((part) =>
    escapeRegExp(part).replace(/ /g, "\\s+")
  )
    .join(STEM_TAIL);
  const lettered = /^[\p{L}\p{N}]/u.test(word) && /[\p{L}\p{N}]$/u.test(word);
  if (HAN_OR_KANA.test(word) || !lettered) return { edge: "free", body, word };
  return { edge: stem ? "stem" : "word", body, word };
}

/** `list`, longest term first, so that "make sure" wins over "make". */
function longestFirst(list: readonly string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
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
  for (const term of longestFirst(list)) {
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
 * A term's characters, folded; {@linkcode SPACES} stands for the run of
 * spaces a space matches, {@linkcode REST_OF_WORD} for a stem's `*` inside
 * the term.
 */
interface Alternative {
  items: Int32Array;
}

/** An item that matches a run of one or more spaces, as `\s+` does. */
const SPACES = -1;
/** An item that matches the rest of a word, as a `*` does. */
const REST_OF_WORD = -2;

/** The alternatives of one kind of term, in the regex's order, by their first character. */
type Buckets = Map<number, Alternative[]>;

// A character's classes, as bits: known, then the three classes.
const KNOWN = 1;
const LETTER_BIT = 2; // [\p{L}\p{M}\p{N}_]: a word goes on
const TAIL_BIT = 4; // [\p{L}\p{M}]: a stem's tail goes on
const SPACE_BIT = 8; // \s
const LETTER_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const STEM_TAIL_CHAR = /^[\p{L}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;

/**
 * Pairs that simple case folding joins but `toUpperCase` cannot show (the
 * upper case of the first is several characters).
 */
const FOLD_PAIRS = new Map([[0x1fd3, 0x390], [0x1fe3, 0x3b0], [
  0xfb05,
  0xfb06,
]]);

// Tables of the Basic Multilingual Plane, filled as characters are met: a
// fixed size (320 KB) whatever the texts hold. Characters above it are
// worked out each time (they are rare in prompts).
let FOLDS: Int32Array | undefined; // the folded code point + 1; 0: not yet known
let CLASSES: Uint8Array | undefined;

/**
 * A character as the `i` and `u` flags compare it (Unicode's simple case
 * folding): the lower case of its upper case, when each is one character,
 * with {@linkcode FOLD_PAIRS} added. Dotless ı and dotted İ fold to
 * themselves, as in simple folding (they differ from i and I in Turkish).
 */
export function caseFold(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
  if (cp > 0xffff) return foldOf(cp);
  FOLDS ??= new Int32Array(0x10000);
  let known = FOLDS[cp];
  if (known === 0) {
    known = foldOf(cp) + 1;
    FOLDS[cp] = known;
  }
  return known - 1;
}

function foldOf(cp: number): number {
  const pair = FOLD_PAIRS.get(cp);
  if (pair !== undefined) return pair;
  if (cp === 0x130 || cp === 0x131) return cp;
  const char = String.fromCodePoint(cp);
  const upper = char.toUpperCase();
  const lower = (single(upper) ? upper : char).toLowerCase();
  return single(lower) ? lower.codePointAt(0)! : cp;
}

function single(text: string): boolean {
  const first = text.codePointAt(0);
  return first !== undefined && text.length === (first > 0xffff ? 2 : 1);
}

/** The class bits of a character; see {@linkcode KNOWN}. */
function classesOf(cp: number): number {
  if (cp < 0x10000) {
    CLASSES ??= new Uint8Array(0x10000);
    const known = CLASSES[cp];
    if (known !== 0) return known;
  }
  const char = String.fromCodePoint(cp);
  const bits = KNOWN | (LETTER_CHAR.test(char) ? LETTER_BIT : 0) |
    (STEM_TAIL_CHAR.test(char) ? TAIL_BIT : 0) |
    (SPACE_CHAR.test(char) ? SPACE_BIT : 0);
  if (cp < 0x10000) CLASSES![cp] = bits;
  return bits;
}

/** A text as the matchers read it: by code point, folded and classed, once for them all. */
interface Prepared {
  text: string;
  /** Code points. */
  length: number;
  /** Where each code point starts in `text` (and `text.length` at `length`). */
  starts: Int32Array;
  folded: Int32Array;
  classes: Uint8Array;
}

// The last text prepared: category detection runs 20 matchers over one text.
let lastPrepared: Prepared | undefined;

function prepare(text: string): Prepared {
  if (lastPrepared?.text === text) return lastPrepared;
  const starts = new Int32Array(text.length + 1);
  const folded = new Int32Array(text.length);
  const classes = new Uint8Array(text.length);
  let length = 0;
  for (let at = 0; at < text.length;) {
    const cp = text.codePointAt(at)!;
    starts[length] = at;
    folded[length] = caseFold(cp);
    classes[length] = classesOf(cp);
    length++;
    at += cp > 0xffff ? 2 : 1;
  }
  starts[length] = text.length;
  lastPrepared = { text, length, starts, folded, classes };
  return lastPrepared;
}

/** Where `alternative` ends (a code point index) when it matches at `start`, or -1. */
function matchAt(p: Prepared, start: number, alternative: Alternative): number {
  let at = start;
  for (const item of alternative.items) {
    if (item === SPACES) {
      // `\s+`: the run of spaces here (in a term, a space is never followed
      // by another space character, so the whole run is what the regex takes).
      const from = at;
      while (at < p.length && (p.classes[at] & SPACE_BIT) !== 0) at++;
      if (at === from) return -1;
    } else if (item === REST_OF_WORD) {
      at = restOfWord(p, at);
    } else {
      if (at >= p.length || p.folded[at] !== item) return -1;
      at++;
    }
  }
  return at;
}

/** Where the letters and marks from `at` on end: a stem's tail, a `*`'s word. */
function restOfWord(p: Prepared, at: number): number {
  while (at < p.length && (p.classes[at] & TAIL_BIT) !== 0) at++;
  return at;
}

/**
 * The first characters of the terms in `buckets`, as bits; those above the
 * BMP share one bit (the map decides for them).
 */
function firstChars(...buckets: Buckets[]): Uint32Array {
  const bits = new Uint32Array(0x10000 / 32 + 1);
  for (const bucket of buckets) {
    for (const key of bucket.keys()) {
      const at = Math.min(key, 0x10000);
      bits[at >>> 5] |= 1 << (at & 31);
    }
  }
  return bits;
}

/** Whether `key` may start a term of `bits` (above the BMP: perhaps). */
function mayStart(bits: Uint32Array, key: number): boolean {
  const at = Math.min(key, 0x10000);
  return (bits[at >>> 5] & (1 << (at & 31))) !== 0;
}

/**
 * Build the {@linkcode TermMatcher} of `list`, as {@linkcode terms} builds
 * its regex.
 *
 * @throws {RangeError} for a term the matcher cannot match as the regex
 * does: one that starts with a space or `*`, has a space followed by another
 * space character (a tab, a no-break space), or a `*` that does not end a
 * word
 */
export function termMatcher(list: readonly string[]): TermMatcher {
  const kinds: Record<Edge, Buckets> = {
    word: new Map(),
    stem: new Map(),
    free: new Map(),
  };
  for (const term of longestFirst(list)) {
    const { edge, word } = edgeOf(term);
    const items = Int32Array.from(
      [...word],
      (char) =>
        char === " "
          ? SPACES
          : char === "*"
          ? REST_OF_WORD
          : caseFold(char.codePointAt(0)!),
    );
    // A run of spaces and the rest of a word are taken greedily: exact only
    // when a space is never followed by another space character, and a `*`
    // ends a word.
    const exact = items.length > 0 && items[0] >= 0 &&
      items.every((item, i) =>
        item === SPACES
          ? items[i + 1] !== SPACES && items[i + 1] !== REST_OF_WORD &&
            (i + 1 === items.length ||
              (classesOf(items[i + 1]) & SPACE_BIT) === 0)
          : item !== REST_OF_WORD || (items[i - 1] >= 0 &&
            (i + 1 === items.length || items[i + 1] === SPACES))
      );
    if (!exact) {
      throw new RangeError(
        `Cannot match the term "${term}": it must start with a character, have no space followed by another space character, and a * inside it must end a word`,
      );
    }
    const bucket = kinds[edge].get(items[0]);
    if (bucket) bucket.push({ items });
    else kinds[edge].set(items[0], [{ items }]);
  }
  const { word: words, stem: stems, free } = kinds;
  // Which characters start a term, as bits: most places in a text start none
  // of a list's terms, and a bit costs less to read than a map.
  const startsEdged = firstChars(words, stems);
  const startsFree = firstChars(free);
  const matcher: TermMatcher = {
    distinct: (text) => matcher.found(text).size,
    found(text) {
      const found = new Set<string>();
      const p = prepare(text);
      let at = 0;
      while (at < p.length) {
        const key = p.folded[at];
        let end = -1;
        // A word or a stem starts only where no letter is before it.
        if (
          (at === 0 || (p.classes[at - 1] & LETTER_BIT) === 0) &&
          mayStart(startsEdged, key)
        ) {
          for (const alternative of words.get(key) ?? []) {
            const e = matchAt(p, at, alternative);
            if (
              e >= 0 && (e >= p.length || (p.classes[e] & LETTER_BIT) === 0)
            ) {
              end = e;
              break;
            }
          }
          if (end < 0) {
            for (const alternative of stems.get(key) ?? []) {
              const e = matchAt(p, at, alternative);
              if (e < 0) continue;
              end = restOfWord(p, e);
              break;
            }
          }
        }
        if (end < 0 && mayStart(startsFree, key)) {
          for (const alternative of free.get(key) ?? []) {
            const e = matchAt(p, at, alternative);
            if (e >= 0) {
              end = e;
              break;
            }
          }
        }
        if (end < 0) {
          at++;
          continue;
        }
        found.add(text.slice(p.starts[at], p.starts[end]).toLowerCase());
        at = end;
      }
      return found;
    },
  };
  return matcher;
}
