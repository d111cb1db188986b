/**
 * Secret values (tokens, keys) and their removal from text: the one rule of
 * which values are worth masking, shared by config errors and the log sink.
 *
 * @module
 */

/**
 * Values shorter than this are not masked: they would garble messages
 * ("ok" everywhere) and are no credential worth hiding.
 */
export const MIN_SECRET_LENGTH = 6;

/** The values worth masking: trimmed, at least {@linkcode MIN_SECRET_LENGTH}, distinct, longest first (so a key containing another is masked whole). */
export function secretList(values: Iterable<string | undefined>): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const trimmed = value?.trim() ?? "";
    if (trimmed.length >= MIN_SECRET_LENGTH) kept.add(trimmed);
  }
  return [...kept].toSorted((a, b) => b.length - a.length);
}

/** A pattern that finds `secret` anywhere, for the log sink's redaction. */
export function secretPattern(secret: string): RegExp {
  return new RegExp(secret.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"), "g");
}

/**
 * `text` with every value of `secrets` (from {@linkcode secretList})
 * replaced by `replacement`.
 *
 * @example
 * ```ts
 * import { maskSecrets, secretList } from "./secrets.ts";
 * maskSecrets("key sk-abcdef1234 leaked", secretList(["sk-abcdef1234"]));
 * // "key [secret] leaked"
 * ```
 */
export function maskSecrets(
  text: string,
  secrets: readonly string[],
  replacement = "[secret]",
): string {
  return secrets.reduce(
    (masked, secret) => masked.replaceAll(secret, replacement),
    text,
  );
}
