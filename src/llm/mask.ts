/** How many trailing characters of a key {@linkcode maskKey} may reveal. */
const VISIBLE_CHARS = 4;

/**
 * Mask an API key for logs and messages: "…" and its last 4 characters.
 * Keys of 8 characters or fewer are masked entirely, since their last 4
 * would be half of the secret.
 *
 * @param key the secret to mask
 * @returns a hint that identifies the key without revealing it
 *
 * @example
 * ```ts
 * maskKey("sk-proj-abcdef123456"); // "…3456"
 * maskKey("short"); // "…"
 * ```
 */
export function maskKey(key: string): string {
  const chars = Array.from(key.trim());
  if (chars.length <= VISIBLE_CHARS * 2) return "…";
  return `…${chars.slice(-VISIBLE_CHARS).join("")}`;
}
