/**
 * The words the offline enhancer writes, per language: section labels,
 * placeholders, role lines, default instructions, notes and the offline
 * clarifying questions. One file per language in `lexicons/`; the compiler
 * checks each one is complete.
 *
 * These texts are part of the prompt (labels, placeholders) or belong to it
 * (notes, questions and their suggested answers, which become part of the
 * prompt when chosen), so they follow the language of the rough prompt, not
 * the interface, and live here rather than in the UI's Fluent files.
 *
 * @module
 */

import type { PromptLanguage } from "./language.ts";
import { AR } from "./lexicons/ar.ts";
import { DE } from "./lexicons/de.ts";
import { EN } from "./lexicons/en.ts";
import { ES } from "./lexicons/es.ts";
import { FA } from "./lexicons/fa.ts";
import { FR } from "./lexicons/fr.ts";
import { HI } from "./lexicons/hi.ts";
import { ID } from "./lexicons/id.ts";
import { IT } from "./lexicons/it.ts";
import { PL } from "./lexicons/pl.ts";
import { PT } from "./lexicons/pt.ts";
import { RU } from "./lexicons/ru.ts";
import { TR } from "./lexicons/tr.ts";
import { UK } from "./lexicons/uk.ts";
import { ZH } from "./lexicons/zh.ts";

/** A section label of an offline prompt, as in `Audience: …`. */
export type LabelId =
  | "task"
  | "topic"
  | "context"
  | "audience"
  | "recipient"
  | "users"
  | "learner"
  | "goal"
  | "tone"
  | "length"
  | "format"
  | "language"
  | "platform"
  | "deadline"
  | "budget"
  | "constraints"
  | "stack"
  | "input"
  | "output"
  | "edge_cases"
  | "tests"
  | "question"
  | "scope"
  | "sources"
  | "call_to_action"
  | "product"
  | "purpose"
  | "rules"
  | "dialect"
  | "schema"
  | "success"
  | "style"
  | "details"
  | "negative_prompt"
  | "shot"
  | "camera"
  | "duration"
  | "aspect_ratio"
  | "change"
  /** A change typed into an offline picture or video prompt, as description. */
  | "also";

/** A placeholder in square brackets: what the user should add. */
export type PlaceholderId =
  | "task"
  | "context"
  | "audience"
  | "recipient"
  | "users"
  | "learner"
  | "goal"
  | "tone"
  | "length"
  | "format"
  | "stack"
  | "scope"
  | "platform"
  | "call_to_action"
  | "product"
  | "dialect"
  | "schema"
  | "success";

/** Categories whose offline prompt opens with a role line. */
export type RoleId =
  | "general"
  | "coding"
  /** The coding role once a typed change dropped the tests. */
  | "coding_untested"
  | "writing"
  | "research"
  | "business"
  | "system_prompt"
  | "data"
  | "email"
  | "learning";

/** A default instruction used when the user gave nothing for its section. */
export type DefaultId =
  | "edge_cases"
  | "tests"
  | "coding_format"
  | "writing_format"
  | "research_sources"
  | "research_format"
  | "business_format"
  | "business_plan_format"
  | "list_format"
  | "plan_format"
  | "comparison_format"
  | "system_rules"
  | "system_format"
  | "data_format"
  | "email_format"
  | "learning_format"
  | "study_plan_format";

/** What an image or video prompt can leave to the model. */
export type AspectId = "style" | "lighting" | "framing" | "camera" | "duration";

/** A clarifying question the offline path asks. */
export type QuestionId =
  | "general_goal"
  | "audience"
  | "format"
  | "coding_task"
  | "stack"
  | "writing_task"
  | "tone"
  | "image_style"
  | "image_mood"
  | "image_shape"
  | "video_style"
  | "video_camera"
  | "video_duration"
  | "research_goal"
  | "research_depth"
  | "research_sources"
  | "business_goal"
  | "customers"
  | "channel"
  | "assistant_purpose"
  | "assistant_users"
  | "data_task"
  | "data_tool"
  | "recipient"
  | "email_goal"
  | "learner"
  | "explain_how";

/** A question's words in one language. */
export interface QuestionText {
  readonly text: string;
  /** 2 to 4 suggested answers, short enough for a button. */
  readonly options: readonly string[];
}

/** Punctuation that fits the script. */
export interface Punctuation {
  /** After a label: ": " in most scripts, "：" in Chinese. */
  readonly colon: string;
  /** Ends a sentence: ".", "。", "।". */
  readonly stop: string;
  /** Between list items written inline: ", ", "、", "، ". */
  readonly comma: string;
  readonly quoteOpen: string;
  readonly quoteClose: string;
}

/** Notes shown with an offline prompt (outside the copied text). */
export interface NoteTexts {
  /** Introduces a quoted sentence that looked like an instruction to the model. */
  readonly injection: string;
  /** An image or video prompt not in English. */
  readonly translate: string;
  /** `{aspect}` is one of `aspects`. */
  readonly notGiven: string;
  /** `{first}` and `{second}` are two styles the user named. */
  readonly conflict: string;
  /** `{label}` is the sections that got a default, each quoted. */
  readonly defaultUsed: string;
  /**
   * A text prompt offline in another language than the /settings one:
   * `{language}` is that language's name.
   */
  readonly otherLanguage: string;
  /** A revision offline that could not change the prompt (the AI could). */
  readonly unchanged: string;
  readonly aspects: Readonly<Record<AspectId, string>>;
  /** What "More detail" asks for an aspect not given, with examples. */
  readonly aspectHints: Readonly<Record<AspectId, string>>;
}

/** Everything the offline enhancer writes in one language. */
export interface Lexicon {
  readonly language: PromptLanguage;
  readonly punctuation: Punctuation;
  readonly labels: Readonly<Record<LabelId, string>>;
  readonly placeholders: Readonly<Record<PlaceholderId, string>>;
  readonly roles: Readonly<Record<RoleId, string>>;
  readonly defaults: Readonly<Record<DefaultId, string | readonly string[]>>;
  readonly notes: NoteTexts;
  readonly questions: Readonly<Record<QuestionId, QuestionText>>;
}

/** Every lexicon by language. */
export const LEXICONS: Readonly<Record<PromptLanguage, Lexicon>> = {
  en: EN,
  ru: RU,
  es: ES,
  pt: PT,
  de: DE,
  fr: FR,
  it: IT,
  tr: TR,
  uk: UK,
  pl: PL,
  id: ID,
  fa: FA,
  ar: AR,
  zh: ZH,
  hi: HI,
};

/** The lexicon of a language. */
export function getLexicon(language: PromptLanguage): Lexicon {
  return LEXICONS[language];
}

/** Fill `{name}` slots of a note template. */
export function fill(
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  return template.replace(/\{(\w+)\}/g, (slot, name) => values[name] ?? slot);
}
