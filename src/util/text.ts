/**
 * Cutting text for display and storage without breaking a character.
 *
 * @module
 */

/**
 * `text` cut to at most `max` UTF-16 code units (as Telegram and KV count),
 * never between the two halves of a surrogate pair: an emoji is kept whole
 * or dropped whole.
 *
 * @example
 * ```ts
 * cutSafely("ab😀", 3); // "ab"
 * ```
 */
export function cutSafely(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}

/**
 * The start of a text on one line, cut at a word boundary when one is near
 * the end, with "…" when anything was cut.
 */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let cut = cutSafely(flat, max);
  const space = cut.lastIndexOf(" ");
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut}…`;
}
