/**
 * Checks a rough prompt before it is enhanced.
 *
 * @module
 */

/** Longest rough prompt accepted, in UTF-16 code units (as Telegram counts). */
export const MAX_PROMPT_CHARS = 6000;

/** Why a rough prompt was refused. */
export type RoughPromptProblem = "empty" | "too_long";

/** The outcome of {@linkcode validateRoughPrompt}. */
export type RoughPromptValidation =
  | { ok: true; text: string }
  | {
    ok: false;
    reason: RoughPromptProblem;
    /** The trimmed length, in UTF-16 code units. */
    length: number;
  };

/**
 * Trim a rough prompt and check that there is something to enhance, and not
 * too much.
 *
 * @param text The message the user sent.
 * @returns The trimmed text, or the reason it is refused (the UI says it in
 *   the user's language: `prompt-empty`, `prompt-too-long`).
 *
 * @example
 * ```ts
 * import { validateRoughPrompt } from "./validate.ts";
 * const checked = validateRoughPrompt("  a poem  ");
 * if (checked.ok) console.log(checked.text); // "a poem"
 * ```
 */
export function validateRoughPrompt(text: string): RoughPromptValidation {
  const trimmed = text.trim();
  if (trimmed === "") {
    return { ok: false, reason: "empty", length: 0 };
  }
  if (trimmed.length > MAX_PROMPT_CHARS) {
    return { ok: false, reason: "too_long", length: trimmed.length };
  }
  return { ok: true, text: trimmed };
}

/** What a rough prompt holds that no enhancer can work from: see {@linkcode saysNothing}. */
export type NothingToEnhance = "no_words" | "only_links";

/**
 * Whether a rough prompt gives nothing to work from: no letters or digits at
 * all ("😀🔥", "..."), or only links, which neither the offline enhancer nor
 * the model opens. The UI asks for the idea in the user's language
 * (`prompt-no-words`, `prompt-only-links`).
 *
 * @example
 * ```ts
 * import { saysNothing } from "./validate.ts";
 * saysNothing("😀😀🔥"); // "no_words"
 * saysNothing("https://example.com/post/1"); // "only_links"
 * saysNothing("summarize https://example.com/post/1"); // undefined
 * ```
 */
export function saysNothing(text: string): NothingToEnhance | undefined {
  if (!/[\p{L}\p{N}]/u.test(text)) return "no_words";
  const rest = text.replace(LINK, " ");
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest)
    ? "only_links"
    : undefined;
}

const LINK = /(?:https?:\/\/|www\.)\S+/giu;
