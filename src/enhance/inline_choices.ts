/**
 * What inline mode offers for a rough idea: the offline enhancement for the
 * few most likely categories (and, when one category is clear, its other
 * targets). Deterministic and fast, so the results show while the user is
 * still typing.
 *
 * @module
 */
import type { CategoryId } from "./categories.ts";
import { detectCategory } from "./detect.ts";
import type { PromptLanguage } from "./language.ts";
import { writeOfflinePrompt } from "./offline.ts";
import { DEFAULT_TARGETS, type TargetId, targetsFor } from "./targets.ts";

/** One inline result: a category and target, and the offline prompt for them. */
export interface InlineChoice {
  category: CategoryId;
  target: TargetId;
  prompt: string;
}

/** Options of {@linkcode inlineChoices}. */
export interface InlineChoiceOptions {
  /** Choices at most. Default 3. */
  max?: number;
  /** The language when the idea gives no sign of its own (the interface language). */
  fallbackLanguage?: PromptLanguage;
}

/**
 * The offline prompts for the most likely readings of `rough`, most likely
 * first: the detected category, the other categories with cues, then the
 * other targets of the first, then the general chat prompt.
 *
 * @throws {TypeError} when `rough` is blank
 *
 * @example
 * ```ts
 * import { inlineChoices } from "./inline_choices.ts";
 * inlineChoices("a logo for a cat café")[0].category; // "image"
 * ```
 */
export function inlineChoices(
  rough: string,
  options: InlineChoiceOptions = {},
): InlineChoice[] {
  if (rough.trim() === "") {
    throw new TypeError("Cannot choose inline results: the idea is empty");
  }
  const max = options.max ?? 3;
  const guess = detectCategory(rough);
  const top = guess.category;
  const pairs: { category: CategoryId; target: TargetId }[] = [];
  const add = (category: CategoryId, target: TargetId) => {
    const seen = pairs.some((p) =>
      p.category === category && p.target === target
    );
    if (!seen && pairs.length < max) pairs.push({ category, target });
  };
  add(top, DEFAULT_TARGETS[top]);
  for (const { category } of guess.scores) {
    add(category, DEFAULT_TARGETS[category]);
  }
  for (const target of targetsFor(top)) add(top, target.id);
  add("general", DEFAULT_TARGETS.general);
  return pairs.map((pair) => ({
    ...pair,
    prompt: inlinePrompt(rough, pair, options.fallbackLanguage),
  }));
}

/**
 * The offline prompt of one inline choice; the same as the offline answer of
 * an enhancement job with that category, its default target and language
 * (so the AI version's fallback is the text the user already sent).
 */
export function inlinePrompt(
  rough: string,
  choice: { category: CategoryId; target?: TargetId },
  fallbackLanguage?: PromptLanguage,
): string {
  const written = writeOfflinePrompt(rough, {
    category: choice.category,
    target: choice.target ?? "auto",
    clarify: "never",
    fallbackLanguage,
  });
  return written.kind === "prompt" ? written.prompt : rough.trim();
}
