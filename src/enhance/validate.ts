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
  | { ok: false; reason: RoughPromptProblem; message: string };

const NUMBER = new Intl.NumberFormat("en-US");

/**
 * Trim a rough prompt and check that there is something to enhance, and not
 * too much.
 *
 * @param text The message the user sent.
 * @returns The trimmed text, or the reason it is refused with a sentence to
 *   show the user.
 *
 * @example
 * ```ts
 * const checked = validateRoughPrompt(ctx.msg.text);
 * if (!checked.ok) return await ctx.reply(checked.message);
 * ```
 */
export function validateRoughPrompt(text: string): RoughPromptValidation {
  const trimmed = text.trim();
  if (trimmed === "") {
    return {
      ok: false,
      reason: "empty",
      message:
        "Your prompt is empty. Send a rough idea of what you want, for example: “a birthday poem for my sister who loves hiking”.",
    };
  }
  if (trimmed.length > MAX_PROMPT_CHARS) {
    return {
      ok: false,
      reason: "too_long",
      message: `Your prompt is ${
        NUMBER.format(trimmed.length)
      } characters; the limit is ${
        NUMBER.format(MAX_PROMPT_CHARS)
      }. Shorten it and send it again.`,
    };
  }
  return { ok: true, text: trimmed };
}
