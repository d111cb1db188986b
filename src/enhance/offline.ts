/**
 * The offline enhancer: a deterministic prompt writer used when no LLM is
 * configured or reachable. It keeps the user's words, sorts their sentences
 * by role, fills in what they stated (audience, length, tone, format,
 * language, platform, deadline…), adds the category's defaults and leaves
 * placeholders only for what is missing; it never invents facts. A vague
 * idea gets the category's clarifying questions instead.
 *
 * @module
 */

import type { ClarifyingQuestion, PromptNotes } from "./answer.ts";
import {
  type CategoryChoice,
  type CategoryId,
  detectCategory,
  getCategory,
} from "./categories.ts";
import {
  type AnswerSlot,
  givenSlots,
  needsClarification,
  offlineQuestions,
  openQuestions,
  QUESTION_SLOTS,
} from "./clarify.ts";
import {
  isOnlyALength,
  onlyTones,
  readFacts,
  withoutPlease,
} from "./extract.ts";
import { fill, getLexicon, type Lexicon, type QuestionId } from "./lexicon.ts";
import { detectLanguage, type PromptLanguage } from "./language.ts";
import { type OfflineVariant, writeTextPrompt } from "./offline_text.ts";
import {
  endWithStop,
  writeImagePrompt,
  writeVideoPrompt,
} from "./offline_visual.ts";
import type { AnswerLength, ClarifyingAnswer, Refinement } from "./prompt.ts";
import type { RevisionAction } from "./refine.ts";
import { roleOf, splitPrompt } from "./sentences.ts";
import { resolveTarget, type TargetChoice, type TargetId } from "./targets.ts";
import { escapeRegExp } from "./terms.ts";
import { readerIn, saysLanguage } from "./new_idea.ts";
import {
  droppedSections,
  type Section,
  switchedTo,
  typedButton,
  withLanguage,
  withoutSection,
} from "./typed_change.ts";

/** When to ask clarifying questions (the `/settings` choice). */
export type ClarifyMode = "auto" | "always" | "never";

/** Options of {@linkcode writeOfflinePrompt}. */
export interface OfflineOptions {
  /** Defaults to "auto": detected from the text. */
  category?: CategoryChoice;
  /** Defaults to "auto": the category's default target. */
  target?: TargetChoice;
  /** The language of labels and questions; defaults to the rough prompt's. */
  language?: PromptLanguage;
  /** The language to assume when the text gives no sign (the interface language). */
  fallbackLanguage?: PromptLanguage;
  /**
   * The language of the notes beside the prompt (the interface language);
   * defaults to the prompt's. The prompt itself, its placeholders and the
   * questions' answers, which become part of it, stay in the prompt's.
   */
  notesLanguage?: PromptLanguage;
  /**
   * The /settings prompt language, a BCP-47 code or "auto" (the default).
   * Offline nothing is translated: a text prompt in another language gets a
   * note that says so.
   */
  answerLanguage?: string;
  /** Defaults to "auto": ask when the idea is too vague. Answers given: never ask. */
  clarify?: ClarifyMode;
  /** Answers to the questions of an earlier `questions` result. */
  answers?: readonly ClarifyingAnswer[];
  /** A refinement of an earlier prompt. */
  previous?: Refinement;
  /**
   * The /settings length: concise writes the shorter version (only what the
   * user gave), detailed the more detailed one. Defaults to "standard".
   */
  length?: AnswerLength;
}

/** The outcome of {@linkcode writeOfflinePrompt}. */
export type OfflineResult =
  | {
    kind: "prompt";
    /** The prompt to copy; the notice and notes are not part of it. */
    prompt: string;
    notes: PromptNotes;
    category: CategoryId;
    target: TargetId;
    language: PromptLanguage;
    /** For an image or video prompt not in English: one line for the user. */
    translationNote?: string;
  }
  | {
    kind: "questions";
    questions: readonly ClarifyingQuestion[];
    category: CategoryId;
    language: PromptLanguage;
  };

/**
 * Write a prompt from a rough idea without an LLM: the same input always
 * gives the same output.
 *
 * @param rough The user's rough prompt, already validated.
 * @param options Category, target, language, clarifying mode and answers.
 * @returns The prompt with its notes, or the questions to ask first.
 * @throws {TypeError} when `rough` is blank.
 *
 * @example
 * ```ts
 * const result = writeOfflinePrompt("explain recursion to a 10 year old");
 * if (result.kind === "prompt") console.log(result.prompt, result.notes);
 * ```
 */
export function writeOfflinePrompt(
  rough: string,
  options: OfflineOptions = {},
): OfflineResult {
  if (rough.trim() === "") {
    throw new TypeError("Cannot enhance prompt: the rough prompt is empty");
  }
  const language = options.language ??
    detectLanguage(rough, { fallback: options.fallbackLanguage });
  const category = options.category === undefined || options.category === "auto"
    ? detectCategory(rough).category
    : options.category;
  const target = resolveTarget(category, options.target ?? "auto");
  const answered = options.answers !== undefined && options.answers.length > 0;
  const notesLanguage = options.notesLanguage ?? language;
  const answerLanguage = options.answerLanguage;
  if (options.previous) {
    const answers = answered
      ? answerSlots(options.answers!, { rough, category })
      : undefined;
    return refined(rough, options.previous, {
      category,
      target,
      language,
      notesLanguage,
      answerLanguage,
      variant: LENGTH_VARIANTS[options.length ?? "standard"],
    }, answers);
  }
  const vague = needsClarification(rough, category);
  const clarify = options.clarify ?? "auto";
  // Only what the idea leaves open is asked: "Always" with an idea that
  // says everything (the request, the language…) writes it at once.
  const questions = !answered &&
      (clarify === "always" || (clarify === "auto" && vague))
    ? openQuestions(rough, category, language)
    : [];
  if (questions.length > 0) {
    return { kind: "questions", questions, category, language };
  }
  const written = write(rough, {
    category,
    target,
    language,
    notesLanguage,
    answers: answerSlots(options.answers ?? [], { rough, category }),
    vague,
    variant: LENGTH_VARIANTS[options.length ?? "standard"],
  });
  return {
    kind: "prompt",
    ...written,
    category,
    target,
    language,
    ...translationOf({ category, language, notesLanguage, answerLanguage }),
  };
}

interface Plan {
  category: CategoryId;
  target: TargetId;
  language: PromptLanguage;
  /** Of the notes: see {@linkcode OfflineOptions.notesLanguage}. */
  notesLanguage: PromptLanguage;
  /** Sections typed changes dropped, in a version written again. */
  omit?: ReadonlySet<string>;
  answerLanguage?: string;
  answers: Partial<Record<AnswerSlot, string>>;
  vague: boolean;
  variant?: OfflineVariant;
}

function write(rough: string, plan: Plan) {
  const parts = splitPrompt(rough);
  const lexicon = getLexicon(plan.language);
  const notesLexicon = getLexicon(plan.notesLanguage);
  const category = getCategory(plan.category);
  if (category.kind !== "text") {
    const input = {
      rough,
      sentences: parts.sentences,
      lexicon,
      notesLexicon,
      target: plan.target,
      answers: plan.answers,
      variant: plan.variant,
    };
    return category.kind === "image"
      ? writeImagePrompt(input)
      : writeVideoPrompt(input);
  }
  const wanted = parts.sentences.filter((s) => s.role !== "constraint")
    .map((s) => s.text).join("\n");
  return writeTextPrompt({
    parts,
    facts: readFacts(parts.prose, wanted),
    lexicon,
    notesLexicon,
    omit: plan.omit,
    category,
    target: plan.target,
    answers: plan.answers,
    vague: plan.vague && plan.answers.task === undefined,
    variant: plan.variant,
  });
}

/**
 * Answers by the slot they fill; typed answers to unknown questions add
 * context. For a text prompt, an answer does not wipe what the idea says: to
 * a task the idea states, it adds; one to "Which language?" that names none
 * keeps the idea's language; and a requirement typed for either ("it must
 * handle quoted fields") goes with the constraints, not in their place.
 */
function answerSlots(
  answers: readonly ClarifyingAnswer[],
  idea?: { rough: string; category: CategoryId },
): Partial<Record<AnswerSlot, string>> {
  const slots: Partial<Record<AnswerSlot, string>> = {};
  const text = idea !== undefined && getCategory(idea.category).kind === "text";
  const given = text
    ? givenSlots(idea.rough, idea.category)
    : new Set<AnswerSlot>();
  for (const { id, answer } of answers) {
    const words = answer.trim();
    if (words === "") continue;
    const asked = id !== undefined && id in QUESTION_SLOTS
      ? QUESTION_SLOTS[id as QuestionId]
      : "context";
    const slot = text ? slotOfAnswer(asked, words, given) : asked;
    const value = slot === "stack" && given.has("stack") &&
        readFacts(words).stack === undefined
      ? [...(readFacts(idea!.rough).stack ?? []), words].join("; ")
      : words;
    slots[slot] = slots[slot] === undefined
      ? value
      : `${slots[slot]}; ${value}`;
  }
  return slots;
}

/** Where a text prompt puts an answer to the question of slot `asked`. */
function slotOfAnswer(
  asked: AnswerSlot,
  words: string,
  given: ReadonlySet<AnswerSlot>,
): AnswerSlot {
  const requirement = roleOf(words) === "constraint";
  if (asked === "task" && (requirement || given.has("task"))) {
    return requirement ? "requirements" : "refinement";
  }
  if (asked === "stack" && readFacts(words).stack === undefined) {
    return requirement ? "requirements" : "stack";
  }
  return asked;
}

/** The version the /settings length asks for. */
const LENGTH_VARIANTS: Readonly<Record<AnswerLength, OfflineVariant>> = {
  concise: "short",
  standard: "standard",
  detailed: "detailed",
};

/** The version each button asks for, written again from the idea. */
const VARIANTS: Readonly<Partial<Record<RevisionAction, OfflineVariant>>> = {
  shorter: "short",
  detail: "detailed",
  another: "alternate",
  target: "standard",
  category: "standard",
};

/**
 * A revision offline.
 *
 * - 🎯 Target and 🗂 Category: the prompt is written again from the idea for
 *   what was chosen (a vague idea as its topic, with placeholders).
 * - ✂️ Shorter, ➕ More detail, 🔁 Another version of an offline prompt: written
 *   again from the idea as the variant the button asks for. An AI-written
 *   prompt (or one of unknown origin) is kept as it was, with a note: the
 *   offline template would throw the AI's work away, and "Try again with AI"
 *   applies the button once the AI is back. So is a vague idea's prompt,
 *   which came from answers a revision does not carry, and a variant that
 *   would change nothing.
 * - ❓ Ask me first: the category's questions, then the prompt with the answers.
 * - A typed change cannot be applied without a model: the previous prompt is
 *   kept and the change is added as a requirement, in the user's words.
 *
 * The changes typed into earlier offline versions are kept whenever the
 * prompt is written again.
 */
function refined(
  rough: string,
  previous: Refinement,
  plan: Omit<Plan, "answers" | "vague">,
  answers: Plan["answers"] | undefined,
): OfflineResult {
  const {
    variant: lengthVariant,
    notesLanguage,
    answerLanguage,
    ...meta
  } = plan;
  const lexicon = getLexicon(plan.language);
  const { notes } = getLexicon(notesLanguage);
  const translation = translationOf({
    ...meta,
    notesLanguage,
    answerLanguage,
  });
  const { labels, punctuation } = lexicon;
  const before = previous.prompt.trim();
  const action = previous.action;
  const kept = (assumptions: string[], prompt = before): OfflineResult => ({
    kind: "prompt",
    prompt,
    notes: { assumptions, placeholders: placeholdersIn(prompt) },
    ...meta,
    ...translation,
  });
  // A button's version, or one asked for in words ("make it shorter"); a
  // new target, category or answers: the length's.
  const typedAs = action === "reply"
    ? typedButton(previous.instruction)
    : undefined;
  const asked = action === undefined ? undefined : VARIANTS[typedAs ?? action];
  const variant = asked === "standard" || action === "ask"
    ? lengthVariant
    : asked;
  if (action === "ask" && answers === undefined) {
    // Asked for in so many words: the open questions, or all of them when
    // the idea leaves none open.
    const open = openQuestions(rough, plan.category, plan.language);
    const questions = open.length > 0
      ? open
      : offlineQuestions(plan.category, plan.language);
    return { kind: "questions", questions, ...meta };
  }
  if (action !== "ask" && asked === undefined) {
    const words = previous.instruction.trim();
    // A picture's model reads a change as more description: "make it at
    // night" is "Also: at night", not a request it would draw as text.
    if (getCategory(plan.category).kind !== "text") {
      const described = endWithStop(asDescription(words), lexicon);
      return kept(
        [],
        `${before}\n\n${labels.also}${punctuation.colon}${described}`,
      );
    }
    // "more formal", "under 100 words": a tone or a length the prompt asks
    // for fills that section.
    const filled = previous.source === "offline"
      ? fillStated(before, words, getCategory(plan.category), lexicon, (id) => {
        // What the idea alone puts in the section, written afresh.
        const fresh = write(rough, {
          ...meta,
          notesLanguage,
          answers: {},
          vague: false,
          variant: "detailed",
        });
        const slot = getCategory(plan.category).offline.slots.find((s) =>
          s.id === id
        );
        return slot ? shownIn(fresh.prompt, slot, lexicon) : undefined;
      })
      : undefined;
    if (filled !== undefined) return kept([], filled);
    // "no tests please", "use TypeScript instead": done where it can be, and
    // kept as asked, so that a version written again does it too.
    const done = previous.source === "offline"
      ? applyTyped(
        withoutReplaced(before, words, lexicon),
        words,
        getCategory(plan.category),
        lexicon,
      )
      : before;
    return kept(
      [],
      `${done}\n\n${labels.change}${punctuation.colon}${words}`,
    );
  }
  const vague = needsClarification(rough, plan.category);
  const rewrite = action === "ask" || action === "target" ||
    action === "category";
  if (!rewrite && (previous.source !== "offline" || vague)) {
    return kept([notes.unchanged]);
  }
  const typed = typedChanges(before, lexicon, previous);
  const written = write(rough, {
    ...meta,
    notesLanguage,
    // "no tests please" typed into an earlier version: still no tests.
    omit: droppedIn(typed, getCategory(plan.category), lexicon),
    // A tone or a length typed into an earlier version stays.
    answers: {
      ...(previous.source === "offline"
        ? statedIn(before, getCategory(plan.category), lexicon)
        : {}),
      ...answers,
    },
    vague: vague && answers?.task === undefined,
    variant,
  });
  const prompt = [
    typedWords(typed, lexicon).reduce(
      (text, words) =>
        applyTyped(text, words, getCategory(plan.category), lexicon),
      written.prompt,
    ),
    typed,
  ].filter(Boolean).join("\n\n");
  // "logo for a bakery, minimal" after "A logo for a bakery, minimal.": the
  // same words are no other version (for another target they are its prompt).
  if (prompt === before || (!rewrite && sameWords(prompt, before))) {
    return kept([notes.unchanged]);
  }
  return {
    kind: "prompt",
    prompt,
    notes: written.notes,
    ...meta,
    ...translation,
  };
}

/** Whether two prompts say the same words: case, punctuation and English articles aside. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")
      .replace(/(?:^| )(?:an?|the)(?= |$)/g, " ").replace(/ +/g, " ").trim();
  return words(a) === words(b);
}

/**
 * The changes typed into earlier offline versions of `before`: from its first
 * "Change requested: …" block to its end (each is added at the end, and may
 * hold paragraphs of its own). None in an AI-written prompt.
 */
function typedChanges(
  before: string,
  lexicon: Lexicon,
  previous: Refinement,
): string {
  if (previous.source !== "offline") return "";
  const starts = [lexicon.labels.change, lexicon.labels.also].map((label) => {
    const block = `${label}${lexicon.punctuation.colon}`;
    return before.startsWith(block) ? 0 : before.indexOf(`\n\n${block}`);
  }).filter((at) => at !== -1);
  return starts.length === 0 ? "" : before.slice(Math.min(...starts)).trim();
}

/** The words of each "Change requested: …" block in `typed`. */
function typedWords(typed: string, lexicon: Lexicon): string[] {
  const block = `${lexicon.labels.change}${lexicon.punctuation.colon}`;
  return typed.split("\n\n").filter((part) => part.startsWith(block))
    .map((part) => part.slice(block.length).trim());
}

/** The sections the typed changes in `typed` dropped, by id. */
function droppedIn(
  typed: string,
  category: ReturnType<typeof getCategory>,
  lexicon: Lexicon,
): ReadonlySet<string> | undefined {
  if (category.kind !== "text" || typed === "") return undefined;
  const sections = sectionsOf(category, lexicon)
    .filter((section) => section.id !== "task");
  const ids = typedWords(typed, lexicon).flatMap((words) =>
    droppedSections(words, sections).map((section) => section.id)
  );
  return ids.length === 0 ? undefined : new Set(ids);
}

/** A text category's sections, as its prompt labels them. */
function sectionsOf(
  category: ReturnType<typeof getCategory>,
  lexicon: Lexicon,
): Section[] {
  return category.offline.slots.map((slot) => ({
    id: slot.id,
    label: lexicon.labels[slot.label as keyof Lexicon["labels"]],
  }));
}

/**
 * A text prompt written offline with what typed `words` ask done, where that
 * needs no model: a section dropped ("no tests please"), another language
 * ("use TypeScript instead"); as it was otherwise.
 */
function applyTyped(
  prompt: string,
  words: string,
  category: ReturnType<typeof getCategory>,
  lexicon: Lexicon,
): string {
  if (category.kind !== "text") return prompt;
  const colon = lexicon.punctuation.colon;
  const sections = sectionsOf(category, lexicon);
  const stack = sections.find((section) => section.id === "stack");
  const language = stack === undefined ? undefined : switchedTo(words);
  if (stack !== undefined && language !== undefined) {
    return withLanguage(prompt, stack, colon, language);
  }
  // Never the task: what is left would ask for nothing.
  const dropped = droppedSections(
    words,
    sections.filter((s) => s.id !== "task"),
  );
  const without = dropped.reduce(
    (text, section) => withoutSection(text, section, colon),
    prompt,
  );
  // "no tests please": the coder writes no "well-tested" code either.
  return dropped.some((section) => section.id === "tests")
    ? without.replace(lexicon.roles.coding, lexicon.roles.coding_untested)
    : without;
}

/**
 * A change typed into a picture's prompt as description: its request ("make
 * it", "сделай", "hazlo") goes, "make it at night, watercolor" is "at night,
 * watercolor".
 */
function asDescription(words: string): string {
  return words.replace(CHANGE_REQUEST, "").replace(ADDED, "").trim() || words;
}

/** "also add a moon", "with a moon", "добавь луну": what is added, alone. */
const ADDED =
  /^(?:(?:also|and|plus|тоже|также|ещё|еще|y|también|auch|aussi|anche)\s+)?(?:add|include|put|with|добавь(?:те)?|дорисуй|añade|agrega|incluye|con|adicione|acrescente|inclua|com|füge|mit|ajoute|avec|aggiungi|con|dodaj|z)?(?![\p{L}])[\s,:]*/iu;

const CHANGE_REQUEST =
  /^(?:(?:please|пожалуйста|por favor|bitte|s'il te plaît|per favore)[\s,]+)?(?:(?:make|turn|change)\s+(?:it|this|them|the\s+(?:picture|image|photo|video|scene))(?:\s+(?:into|to))?|(?:сделай|сделайте|переделай)(?:\s+(?:его|её|ее|это|их|картинку|изображение))?|(?:hazlo|hazla|haz\s+que\s+sea)|(?:faça|deixe)(?:-o|-a)?|mach(?:e)?\s+(?:es|ihn|sie|das\s+Bild)|rends-la|rends-le|fais-en|rendila|rendilo|fallo|falla|zrób\s+(?:to|go|je))(?![\p{L}])[\s,:]*/iu;

/** The sections a typed change may fill, as it says them. */
const STATED_SLOTS = ["tone", "length", "audience"] as const;
type StatedSlot = typeof STATED_SLOTS[number];

/** What a typed change says of a tone or a length, alone; undefined otherwise. */
function statedBy(
  words: string,
): { slot: StatedSlot; value: string } | undefined {
  // One line only: "förmlicher\n\nund mit Grußformel" says more.
  if (words.includes("\n")) return undefined;
  const value = asDescription(words).replace(/^keep\s+it\s+/iu, "").trim();
  if (value === "" || value.split(/\s+/u).length > 5) return undefined;
  if (isOnlyALength(value)) {
    return { slot: "length", value: withoutPlease(value) };
  }
  if (onlyTones(value)) return { slot: "tone", value: withoutPlease(value) };
  // "for beginners", "для детей": the reader.
  const reader = readerIn(words);
  if (reader !== undefined) return { slot: "audience", value: reader };
  return undefined;
}

/**
 * What of a prompt typed `words` change, for a later change of the same to
 * replace it: its tone, its length, its reader, its language.
 */
function aspectOf(words: string): string | undefined {
  return statedBy(words)?.slot ??
    (saysLanguage(words) ? "language" : undefined);
}

/**
 * `before` without its earlier "Change requested" blocks that `words` now
 * change again ("more formal" after "more casual", "in French" after "in
 * Spanish"): the later one says what is wanted.
 */
function withoutReplaced(
  before: string,
  words: string,
  lexicon: Lexicon,
): string {
  const aspect = aspectOf(words);
  if (aspect === undefined) return before;
  const block = `${lexicon.labels.change}${lexicon.punctuation.colon}`;
  return before.split("\n\n").filter((part) =>
    !(part.startsWith(block) &&
      aspectOf(part.slice(block.length).trim()) === aspect)
  ).join("\n\n");
}

/** Where a section of a prompt written offline shows its content: "Tone: …", `<tone>…</tone>`. */
function sectionPattern(
  slot: { id: string; label: string },
  lexicon: Lexicon,
): RegExp {
  const label = escapeRegExp(
    lexicon.labels[slot.label as keyof Lexicon["labels"]],
  );
  const colon = escapeRegExp(lexicon.punctuation.colon);
  return new RegExp(
    `(^${label}${colon})([^\n]*)$|(<${slot.id}>\n)([^\n]*)(\n</${slot.id}>)`,
    "mu",
  );
}

/**
 * `before` with the tone or length a typed change states in its section,
 * where that section still asks for it; undefined when the change says more
 * or the section is not there to fill.
 */
function fillStated(
  before: string,
  words: string,
  category: ReturnType<typeof getCategory>,
  lexicon: Lexicon,
  fromIdea: (slot: StatedSlot) => string | undefined,
): string | undefined {
  const stated = statedBy(words);
  const slot = category.offline.slots.find((s) => s.id === stated?.slot);
  if (stated === undefined || slot === undefined) return undefined;
  const pattern = sectionPattern(slot, lexicon);
  const found = pattern.exec(before);
  const shown = (found?.[2] ?? found?.[4])?.trim();
  // Its placeholder, or what an earlier typed change put there ("more
  // formal" after "more casual"); not what the idea itself says.
  const free = shown === placeholderOf(slot, lexicon) ||
    (shown !== undefined && shown !== fromIdea(stated.slot));
  if (found === null || !free) return undefined;
  return before.replace(
    pattern,
    (_, lead, _line, open, _body, close) =>
      lead !== undefined
        ? `${lead}${stated.value}`
        : `${open}${stated.value}${close}`,
  );
}

/** The tone, length, reader and format an offline prompt shows that are no placeholders or standard wording, as answers. */
function statedIn(
  before: string,
  category: ReturnType<typeof getCategory>,
  lexicon: Lexicon,
): Partial<Record<StatedSlot | "format", string>> {
  const answers: Partial<Record<StatedSlot | "format", string>> = {};
  // And the format, when it is the user's (an answer such as "A short
  // answer"), not the category's standard wording.
  for (const id of [...STATED_SLOTS, "format"] as const) {
    const slot = category.offline.slots.find((s) => s.id === id);
    if (slot === undefined) continue;
    const shown = shownIn(before, slot, lexicon);
    // Any standard wording: the category's, or the one a request chose
    // ("a business plan", "a study plan").
    const standard = Object.values(lexicon.defaults).includes(shown ?? "");
    if (
      shown && shown !== placeholderOf(slot, lexicon) &&
      !shown.startsWith("[") && !standard
    ) {
      answers[id] = shown;
    }
  }
  return answers;
}

/** What a section of an offline prompt shows, on its one line. */
function shownIn(
  prompt: string,
  slot: { id: string; label: string },
  lexicon: Lexicon,
): string | undefined {
  const found = sectionPattern(slot, lexicon).exec(prompt);
  return (found?.[2] ?? found?.[4])?.trim();
}

/** The placeholder a section shows when nothing fills it (➕ shows omitted ones too). */
function placeholderOf(
  slot: { id: string; placeholder?: string },
  lexicon: Lexicon,
): string | undefined {
  const id = slot.placeholder ?? slot.id;
  return id in lexicon.placeholders
    ? lexicon.placeholders[id as keyof Lexicon["placeholders"]]
    : undefined;
}

/** The `[placeholders]` a kept prompt still holds, for the user to fill in. */
function placeholdersIn(prompt: string): string[] {
  return [...new Set(prompt.match(/\[[^\[\]\n]{1,120}\]/g) ?? [])];
}

/**
 * The note on the prompt's language, in the notes' language: an image or
 * video prompt not in English is best translated; a text prompt in another
 * language than the /settings one stays as it is offline.
 */
function translationOf(
  plan: Pick<
    Plan,
    "category" | "language" | "notesLanguage" | "answerLanguage"
  >,
): { translationNote?: string } {
  const { notes } = getLexicon(plan.notesLanguage);
  if (getCategory(plan.category).kind !== "text") {
    return plan.language !== "en" ? { translationNote: notes.translate } : {};
  }
  const wanted = plan.answerLanguage?.split("-")[0].toLowerCase();
  if (!wanted || wanted === "auto" || wanted === plan.language) return {};
  return {
    translationNote: fill(notes.otherLanguage, {
      language: languageName(wanted, plan.notesLanguage),
    }),
  };
}

/** A language's name in another: "German" in English, "немецкий" in Russian. */
function languageName(code: string, inLanguage: PromptLanguage): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ??
      code;
  } catch {
    return code;
  }
}

/** Options of {@linkcode offlineEnhance}. */
export interface OfflineEnhanceOptions {
  /** Defaults to "general". */
  category?: CategoryId;
}

/**
 * The offline prompt as plain text, for callers without a question flow:
 * never asks, and appends nothing (the notice and notes are the caller's).
 *
 * @throws {TypeError} when `rough` is blank.
 */
export function offlineEnhance(
  rough: string,
  options: OfflineEnhanceOptions = {},
): string {
  const result = writeOfflinePrompt(rough, {
    category: options.category ?? "general",
    clarify: "never",
  });
  return result.kind === "prompt" ? result.prompt : "";
}
