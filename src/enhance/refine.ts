/**
 * The revisions a user asks for with a button under an answer, as the change
 * request the model (or the offline enhancer) gets with the previous prompt.
 * A typed reply to an answer is a revision too: its words are the change.
 *
 * @module
 */
import { type CategoryId, getCategory } from "./categories.ts";
import { getTarget, type TargetId } from "./targets.ts";

/** What a button asks, or "reply" for the user's own words. */
export type RevisionAction =
  | "shorter"
  | "detail"
  | "another"
  | "target"
  | "category"
  | "ask"
  | "reply";

/** The button actions, in keyboard order. */
export const BUTTON_ACTIONS = [
  "shorter",
  "detail",
  "another",
  "target",
  "category",
  "ask",
] as const satisfies readonly RevisionAction[];

/** What a revision changes besides its instruction. */
export interface RevisionChoice {
  action: RevisionAction;
  /** For "target": the model to write for. */
  target?: TargetId;
  /** For "category": the kind of prompt to write. */
  category?: CategoryId;
  /**
   * For "reply": the user's words. For "category", what a typed change said
   * besides the kind ("make it an image in watercolor style"), if anything.
   */
  words?: string;
}

/**
 * The change request for a revision, in English (it is read by the model,
 * which writes in the prompt's language whatever this is in).
 *
 * @example
 * ```ts
 * revisionInstruction({ action: "shorter" });
 * revisionInstruction({ action: "reply", words: "more formal" }); // "more formal"
 * ```
 */
export function revisionInstruction(choice: RevisionChoice): string {
  switch (choice.action) {
    case "shorter":
      return "Make it shorter and tighter: keep every requirement and constraint, cut repetition, filler and anything the model does not need.";
    case "detail":
      return "Add more useful detail: concrete specifics, constraints, the output format and an example where it helps. Keep the intent and everything already there.";
    case "another":
      return "Write a clearly different version for the same goal: another angle, structure or approach, not a paraphrase of the previous prompt.";
    case "target": {
      const target = getTarget(choice.target ?? "chat");
      return `Rewrite it for ${target.title}, following that model's conventions; keep the content.`;
    }
    case "category": {
      const category = getCategory(choice.category ?? "general");
      const also = choice.words?.trim() ? ` Also: ${choice.words.trim()}` : "";
      const title = category.title.toLowerCase();
      const article = /^[aeiou]/u.test(title) ? "an" : "a";
      return `Rewrite it as ${article} ${title} prompt (${category.description}); keep what the user wants.${also}`;
    }
    case "ask":
      return "Before revising, ask what would make the prompt better.";
    case "reply":
      return choice.words?.trim() ?? "";
  }
}
