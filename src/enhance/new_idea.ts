/**
 * Whether a text typed while clarifying questions wait reads like a new idea
 * rather than an answer: the chat asks the user which it is instead of
 * taking it for the answer (see the workshop).
 *
 * An answer to "Who is it for?" or "What style?" is a short phrase; a new
 * idea opens with a request verb ("Write a haiku about…", "Нарисуй…") or is
 * clearly of another kind than the idea the questions are about (a picture
 * while the questions are about an email). A wrong "yes" costs one tap, a
 * wrong "no" takes the text as the answer, so only clear cases say yes.
 *
 * @module
 */

import { QUESTION_SLOTS } from "./clarify.ts";
import { detectCategory } from "./detect.ts";
import type { QuestionId } from "./lexicon.ts";
import { leadingConstraint, leadingRequest } from "./cues.ts";
import { splitSentences, stripPoliteness } from "./sentences.ts";

/** Fewer words than this are an answer, whatever they say. */
const MIN_WORDS = 4;
/** How sure the category guess of the text must be to call it another kind. */
const SURE = 0.5;
/**
 * "Make it funny", "write it shorter", "draw them smaller": a request verb
 * pointing back at the idea asked about is an answer.
 */
const POINTS_BACK =
  /^\S+\s+(?:it|this|that|them|these|those|one|его|её|ее|это|их|так|це|її|to|eso|esto|es|ihn|sie|ça|cela)(?=[\s,.;:!?]|$)/iu;
/** Chinese, Japanese and Korean characters: two of them are about a word. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Offline questions whose answer is itself a request or an aim ("What should
 * the prompt do?", "What should it achieve?"): "Write a poem about my cat"
 * and "Make him fix the heater" answer them.
 */
const ASKS_FOR_A_REQUEST = new Set(["task", "goal", "context"]);

/** What the waiting questions are about: the idea that asked them. */
export interface AskedAbout {
  /** The rough idea. */
  prompt: string;
  /** Its category id, or "auto". */
  category: string;
}

/**
 * Whether `text`, typed at `question` while questions about `asked` wait,
 * looks like a new idea. Never for an offline question that asks for a task
 * or an aim; otherwise at least four words that do not point back at the idea
 * ("Make it funny", "Keep it short"), of some category of their own (a
 * "haiku", a "python script": not only how to write), and either opening with
 * a request verb ("Write a limerick about my cat") or clearly of another
 * category than the idea's.
 *
 * @example
 * ```ts
 * const asked = { prompt: "an email to my landlord", category: "auto" };
 * looksLikeNewIdea("my landlord, a retired teacher", asked); // false
 * looksLikeNewIdea("Write a haiku about autumn rain", asked); // true
 * ```
 */
export function looksLikeNewIdea(
  text: string,
  asked: AskedAbout,
  question?: { id?: string },
): boolean {
  const slot = question?.id === undefined
    ? undefined
    : QUESTION_SLOTS[question.id as QuestionId];
  if (slot !== undefined && ASKS_FOR_A_REQUEST.has(slot)) return false;
  const trimmed = text.trim();
  if (wordCount(trimmed) < MIN_WORDS) return false;
  const first = stripPoliteness(splitSentences(trimmed)[0] ?? trimmed);
  // "Make it funny", "Keep it short", "Use bright colours": about the idea asked about.
  if (POINTS_BACK.test(first) || leadingConstraint().test(first)) return false;
  // The request must name something to make ("a haiku", "a python script"):
  // "Write in a formal tone", "Tell him it broke" are how to write the idea.
  const guess = detectCategory(trimmed);
  if (guess.category === "general") return false;
  if (leadingRequest().test(first)) return true;
  if (guess.confidence < SURE) return false;
  const category = asked.category === "auto" || asked.category === ""
    ? detectCategory(asked.prompt).category
    : asked.category;
  return guess.category !== category;
}

function wordCount(text: string): number {
  const spaced = text.split(/\s+/u).filter((word) => word !== "").length;
  const cjk = text.match(CJK)?.length ?? 0;
  return Math.max(spaced, Math.floor(cjk / 2));
}
