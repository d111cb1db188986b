/**
 * Word lists as regular expressions that work in every script: JavaScript's
 * `\b` only knows ASCII letters, so "для" or "café" need lookarounds, and
 * Chinese has no spaces at all.
 *
 * @module
 */

const LETTER = "[\\p{L}\\p{M}\\p{N}_]";
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * One alternative of a term list as a regex source:
 * - `"word"` matches the whole word ("cat" not in "catalog");
 * - `"stem*"` matches words starting with it ("напиш*": напиши, напишите);
 * - a term with Chinese characters matches anywhere (no word boundaries).
 * A term may hold spaces ("make sure") and regex syntax is escaped.
 */
function termSource(term: string): string {
  const stem = term.endsWith("*");
  const word = stem ? term.slice(0, -1) : term;
  const body = escape(word).replace(/ /g, "\\s+");
  if (HAN_OR_KANA.test(word)) return body;
  const start = /^[\p{L}\p{N}]/u.test(word) ? `(?<!${LETTER})` : "";
  if (stem) return `${start}${body}[\\p{L}\\p{M}]*`;
  const end = /[\p{L}\p{N}]$/u.test(word) ? `(?!${LETTER})` : "";
  return `${start}${body}${end}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A case-insensitive regex matching any of `list` (see {@linkcode termSource}
 * for the notation).
 *
 * @example
 * ```ts
 * terms(["write", "напиш*", "写"]).test("Напишите письмо"); // true
 * ```
 */
export function terms(list: readonly string[], flags = "iu"): RegExp {
  // Longest first, so "make sure" wins over "make".
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(termSource).join("|"), flags);
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
