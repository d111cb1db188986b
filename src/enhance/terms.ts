/**
 * Word lists as regular expressions that work in every script: JavaScript's
 * `\b` only knows ASCII letters, so "для" or "café" need lookarounds, and
 * Chinese has no spaces at all.
 *
 * @module
 */

const LETTER = "[\\p{L}\\p{M}\\p{N}_]";
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** How a term meets the text around it. */
type Edge = "word" | "stem" | "free";

/**
 * How one term of a list matches:
 * - `"word"` matches the whole word ("cat" not in "catalog");
 * - `"stem*"` matches words starting with it ("напиш*": напиши, напишите);
 * - a term with Chinese characters, or starting or ending with punctuation,
 *   matches anywhere (no word boundaries).
 * A term may hold spaces ("make sure"); regex syntax is escaped.
 */
function edgeOf(term: string): { edge: Edge; body: string } {
  const stem = term.endsWith("*");
  const word = stem ? term.slice(0, -1) : term;
  const body = escape(word).replace(/ /g, "\\s+");
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
    `(?<!${LETTER})(?:${groups.stem.join("|")})[\\p{L}\\p{M}]*`,
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
