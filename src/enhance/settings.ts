/**
 * What a user sets in /settings for the prompts written for them: category
 * (or Auto), target model, answer length, when to ask clarifying questions,
 * and the language of the written prompt. Stored values are read through
 * {@linkcode readSettings}, which keeps every valid field and replaces the
 * rest by its default, so a record of an earlier version (or a value a later
 * version dropped) never breaks a prompt.
 *
 * @module
 */
import { type CategoryChoice, isCategoryChoice } from "./categories.ts";
import type { ClarifyMode } from "./offline.ts";
import type { AnswerLength } from "./prompt.ts";
import { isTargetChoice, type TargetChoice } from "./targets.ts";

/** A user's prompt settings, every field set. */
export interface PromptSettings {
  category: CategoryChoice;
  target: TargetChoice;
  length: AnswerLength;
  clarify: ClarifyMode;
  /** "auto" (the language the user writes in) or a language code. */
  answerLanguage: string;
}

/** The settings' choices, in menu order. */
export const LENGTHS: readonly AnswerLength[] = [
  "concise",
  "standard",
  "detailed",
];
export const CLARIFY_MODES: readonly ClarifyMode[] = [
  "never",
  "auto",
  "always",
];

/** What a user who never opened /settings gets. */
export const DEFAULT_SETTINGS: Readonly<PromptSettings> = Object.freeze({
  category: "auto",
  target: "auto",
  length: "standard",
  clarify: "auto",
  answerLanguage: "auto",
});

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether `value` is "auto" or a plausible language code ("en", "pt-BR"). */
export function isAnswerLanguage(value: unknown): value is string {
  return value === "auto" ||
    (typeof value === "string" && LANGUAGE_CODE.test(value));
}

/**
 * Settings from a stored record: each valid field kept, every other one the
 * default (`defaults` or {@linkcode DEFAULT_SETTINGS}).
 *
 * @example
 * ```ts
 * readSettings({ category: "image", length: "huge" });
 * // { category: "image", target: "auto", length: "standard", clarify: "auto", answerLanguage: "auto" }
 * ```
 */
export function readSettings(
  stored: Readonly<Record<string, unknown>> | null | undefined,
  defaults: Readonly<PromptSettings> = DEFAULT_SETTINGS,
): PromptSettings {
  const value = stored ?? {};
  return {
    category: isCategoryChoice(value.category)
      ? value.category
      : defaults.category,
    target: isTargetChoice(value.target) ? value.target : defaults.target,
    length: (LENGTHS as readonly unknown[]).includes(value.length)
      ? value.length as AnswerLength
      : defaults.length,
    clarify: (CLARIFY_MODES as readonly unknown[]).includes(value.clarify)
      ? value.clarify as ClarifyMode
      : defaults.clarify,
    answerLanguage: isAnswerLanguage(value.answerLanguage)
      ? value.answerLanguage
      : defaults.answerLanguage,
  };
}
