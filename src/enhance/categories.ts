/**
 * The kinds of prompt Promptsmith writes, kept as data: what menus show (in
 * English until the UI's locale files take over, as `category-<id>-title` and
 * `category-<id>-description`), the craft the meta-prompt teaches the model,
 * the sampling settings, the layout of the offline enhancer and its
 * clarifying questions.
 *
 * "Auto" is not a category: it is the user's choice to let
 * {@linkcode detectCategory} (or the model) pick one.
 *
 * @module
 */

import type {
  DefaultId,
  LabelId,
  PlaceholderId,
  QuestionId,
  RoleId,
} from "./lexicon.ts";

/** Every category id, in menu order; the default first. */
export const CATEGORY_IDS = [
  "general",
  "coding",
  "writing",
  "image",
  "video",
  "research",
  "business",
  "system_prompt",
  "data",
  "email",
  "learning",
] as const;

/** Identifier of a {@linkcode Category}, as stored in settings and callback data. */
export type CategoryId = typeof CATEGORY_IDS[number];

/** What the user picks: a category, or "auto" to have it detected. */
export type CategoryChoice = CategoryId | "auto";

/** What the prompt of a category describes: a text task, a picture or a clip. */
export type CategoryKind = "text" | "image" | "video";

/** A piece of information the offline enhancer fills in a text prompt. */
export type SlotId =
  | "task"
  | "context"
  | "audience"
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
  | "io"
  | "edge_cases"
  | "tests"
  | "scope"
  | "sources"
  | "call_to_action"
  | "rules"
  | "dialect"
  | "schema"
  | "success";

/** One section of an offline text prompt. */
export interface Slot {
  readonly id: SlotId;
  readonly label: LabelId;
  /**
   * What the section says when the rough prompt gives nothing for it: a
   * placeholder the user fills in, a default instruction, or nothing.
   */
  readonly missing: "placeholder" | "default" | "omit";
  readonly placeholder?: PlaceholderId;
  readonly fallback?: DefaultId;
}

/** How the offline enhancer lays out a text prompt of a category. */
export interface OfflineLayout {
  /** The opening role line; absent for image and video prompts. */
  readonly role?: RoleId;
  /** The sections, in order. */
  readonly slots: readonly Slot[];
}

/** A kind of prompt, with everything the bot needs to write one. */
export interface Category {
  readonly id: CategoryId;
  readonly kind: CategoryKind;
  /** English name for buttons and menus (the UI's `category-<id>-title`). */
  readonly title: string;
  readonly emoji: string;
  /** English line for menus (the UI's `category-<id>-description`). */
  readonly description: string;
  /**
   * The category's part of the meta-prompt: who the model is and what a
   * strong prompt of this kind specifies. It opens the system message.
   */
  readonly systemPrompt: string;
  /** Sampling temperature of the LLM request. */
  readonly temperature: number;
  /** Most tokens the model may answer with (analysis, prompt and notes), at "standard" length. */
  readonly maxTokens: number;
  readonly offline: OfflineLayout;
  /** The offline clarifying questions, at most 3. */
  readonly questions: readonly QuestionId[];
}

/** Whether `category` is a known category of pictures (image or video). */
export function isVisualCategory(category: string): boolean {
  return isCategoryId(category) && getCategory(category).kind !== "text";
}

/** The category used when the user has not chosen one and detection finds no cue. */
export const DEFAULT_CATEGORY_ID: CategoryId = "general";

const slot = (
  id: SlotId,
  label: LabelId,
  missing: Slot["missing"] = "omit",
  extra: { placeholder?: PlaceholderId; fallback?: DefaultId } = {},
): Slot => ({ id, label, missing, ...extra });

const placeholder = (id: SlotId, label: LabelId, ph: PlaceholderId) =>
  slot(id, label, "placeholder", { placeholder: ph });
const fallback = (id: SlotId, label: LabelId, value: DefaultId) =>
  slot(id, label, "default", { fallback: value });

/** Sections every text prompt shows when the user gave them. */
const STATED = [
  slot("tone", "tone"),
  slot("length", "length"),
  slot("language", "language"),
  slot("platform", "platform"),
  slot("deadline", "deadline"),
] as const;

/**
 * The sections of {@linkcode STATED}: shown when the user gave them, never
 * asked for (a coding prompt needs no tone), even in a more detailed version.
 */
export const STATED_SLOTS: ReadonlySet<Slot> = new Set(STATED);

const GENERAL: Category = {
  id: "general",
  kind: "text",
  title: "General",
  emoji: "✨",
  description: "Any question or task for ChatGPT, Claude, Gemini and the like",
  systemPrompt:
    `You are an expert prompt engineer. You turn a user's rough idea into a clear, effective prompt for a general-purpose AI assistant such as ChatGPT, Claude or Gemini.

A strong prompt:
- gives the assistant a fitting role or expertise;
- states the task in one clear sentence;
- gives the context the assistant cannot guess: background, purpose, who the result is for, what the user already knows or has tried;
- lists requirements and constraints: scope, depth, tone, length, what to include and what to avoid;
- specifies the output format: structure, sections, length, and whether to use a list, a table or steps;
- where key information is missing, asks the assistant to state its assumptions or to ask up to three clarifying questions first.`,
  temperature: 0.4,
  maxTokens: 1500,
  offline: {
    role: "general",
    slots: [
      placeholder("task", "task", "task"),
      placeholder("context", "context", "context"),
      placeholder("audience", "audience", "audience"),
      ...STATED,
      slot("constraints", "constraints"),
      placeholder("format", "format", "format"),
    ],
  },
  questions: ["general_goal", "audience", "format"],
};

const CODING: Category = {
  id: "coding",
  kind: "text",
  title: "Coding",
  emoji: "💻",
  description: "Code to write, review, debug or explain",
  systemPrompt:
    `You are an expert prompt engineer and a senior software engineer. You turn a user's rough request into a precise prompt for an AI coding assistant.

A strong coding prompt specifies:
- the language and version, the framework, libraries and runtime, and which dependencies are allowed or forbidden;
- the goal, then the exact inputs and outputs: types, formats, function signatures, or the shape of the CLI or API, with a small example of input and expected output;
- constraints: performance, memory, security, code style, compatibility, environment;
- edge cases and error handling: empty, invalid or very large input, missing files, network or I/O failures, concurrency;
- tests: which cases to cover and with which test framework;
- what the answer should contain: for example complete runnable code in one block, then a short explanation and how to run it; or only the changed parts of existing code;
- for a bug: the relevant code, the exact error message, expected versus actual behaviour, and what was already tried.

Keep code, identifiers, file names, commands and error messages from the rough prompt exactly as written.`,
  temperature: 0.2,
  maxTokens: 2000,
  offline: {
    role: "coding",
    slots: [
      placeholder("task", "task", "task"),
      slot("context", "context"),
      placeholder("stack", "stack", "stack"),
      slot("io", "input"),
      ...STATED,
      slot("constraints", "constraints"),
      fallback("edge_cases", "edge_cases", "edge_cases"),
      fallback("tests", "tests", "tests"),
      fallback("format", "format", "coding_format"),
    ],
  },
  questions: ["coding_task", "stack"],
};

const WRITING: Category = {
  id: "writing",
  kind: "text",
  title: "Writing",
  emoji: "✍️",
  description: "Articles, posts, stories, poems and editing",
  systemPrompt:
    `You are an expert prompt engineer and an experienced editor. You turn a user's rough idea into a prompt that makes an AI model write or edit a text well.

A strong writing prompt specifies:
- the kind of text and its purpose: what it should make the reader know, feel or do;
- the audience: who reads it and what they already know;
- the tone and voice (for example warm, formal, witty, plain), and the point of view;
- the length, in words, paragraphs or characters, and any limit of the medium;
- the structure: opening, sections, ending, headline;
- the key points, facts, quotes or examples that must appear, in the user's own words;
- what to avoid: clichés, jargon, exaggeration, certain words;
- for editing a given text: what to change, what to keep (meaning, facts, the author's voice), and whether to list the changes.`,
  temperature: 0.7,
  maxTokens: 1500,
  offline: {
    role: "writing",
    slots: [
      placeholder("task", "task", "task"),
      slot("context", "context"),
      placeholder("audience", "audience", "audience"),
      placeholder("tone", "tone", "tone"),
      placeholder("length", "length", "length"),
      slot("language", "language"),
      slot("platform", "platform"),
      slot("deadline", "deadline"),
      slot("constraints", "constraints"),
      fallback("format", "format", "writing_format"),
    ],
  },
  questions: ["writing_task", "audience", "tone"],
};

const IMAGE: Category = {
  id: "image",
  kind: "image",
  title: "Image",
  emoji: "🎨",
  description: "Prompts for Midjourney, DALL·E, Stable Diffusion, Flux",
  systemPrompt:
    `You are an expert prompt engineer for text-to-image models such as Midjourney, DALL·E, GPT-image, Imagen, Stable Diffusion and Flux. You turn a user's rough idea into a strong image prompt.

A strong image prompt describes the picture; it does not make a request. Lead with the main subject and what it is doing, then give what the user asked for or clearly implied:
- subject details: appearance, clothing, materials, expression, the number of subjects and where they are;
- the setting and background;
- the medium and style: photograph, oil painting, watercolor, 3D render, anime, vector illustration, an art movement or era; one coherent style, never two that contradict;
- composition and framing: close-up, medium or wide shot, viewpoint and camera angle;
- lighting and atmosphere: golden hour, soft diffused light, rim light, neon, weather, mood;
- for a photographic look, camera and lens: focal length, aperture, depth of field, film stock;
- the color palette and the level of detail;
- if text must appear in the image, the exact words in quotes.

Do not invent what changes the user's picture: a word such as "night" in "jazz night" names an event, not the lighting. Where the user left a choice open (style, lighting, framing), pick what fits their idea and list it as an assumption.`,
  temperature: 0.8,
  maxTokens: 900,
  offline: { slots: [] },
  questions: ["image_style", "image_mood", "image_shape"],
};

const VIDEO: Category = {
  id: "video",
  kind: "video",
  title: "Video",
  emoji: "🎬",
  description: "Clips for Sora, Veo, Kling, Runway: shots, camera, duration",
  systemPrompt:
    `You are an expert prompt engineer for text-to-video models such as OpenAI Sora, Google Veo, Kling and Runway. You turn a user's rough idea into a strong video prompt.

A strong video prompt describes what the camera sees, shot by shot:
- for each shot: the subject and its action from start to end, the setting, and what changes during the shot;
- camera: framing (wide, medium, close-up), angle, and motion (static, slow pan, tilt, dolly-in, tracking, orbit, handheld, drone flyover), one motion per shot;
- duration: the total length and, for several shots, the length of each; short clips (5–10 s) work best;
- style and look: live action, animation, documentary, cinematic, film stock or era, color grade;
- lighting, weather and mood; sound or dialogue only when the model supports it and the user asked;
- continuity: the same character and setting described the same way in every shot.

Keep it physically plausible and simple; one clear action per shot beats a crowded scene.`,
  temperature: 0.8,
  maxTokens: 1200,
  offline: { slots: [] },
  questions: ["video_style", "video_camera", "video_duration"],
};

const RESEARCH: Category = {
  id: "research",
  kind: "text",
  title: "Research",
  emoji: "🔬",
  description: "Questions to investigate, compare, summarize or fact-check",
  systemPrompt:
    `You are an expert prompt engineer and a careful researcher. You turn a user's rough question into a prompt that makes an AI model research it rigorously.

A strong research prompt specifies:
- the precise research question, and the decision or purpose it serves;
- the scope: time period, regions, population, field, and what is out of scope;
- the depth: a quick overview or an in-depth review;
- the sources: primary, peer-reviewed, official or recent ones, cited for every important claim, with links where possible; never invent a source;
- the method: compare options on named criteria, weigh the evidence, note where sources disagree;
- honesty: separate established facts from interpretation, state uncertainty and the limits of the evidence, and say when it does not know;
- the output structure: a short summary first, then key findings with evidence, limitations, open questions, and a list of sources.`,
  temperature: 0.3,
  maxTokens: 1600,
  offline: {
    role: "research",
    slots: [
      placeholder("task", "question", "task"),
      placeholder("context", "context", "context"),
      placeholder("scope", "scope", "scope"),
      fallback("sources", "sources", "research_sources"),
      slot("audience", "audience"),
      ...STATED,
      slot("constraints", "constraints"),
      fallback("format", "format", "research_format"),
    ],
  },
  questions: ["research_goal", "research_depth", "research_sources"],
};

const BUSINESS: Category = {
  id: "business",
  kind: "text",
  title: "Business & marketing",
  emoji: "📈",
  description: "Marketing copy, strategy, plans and pitches",
  systemPrompt:
    `You are an expert prompt engineer and a seasoned business and marketing strategist. You turn a user's rough idea into a prompt that makes an AI model produce business-ready work.

A strong business or marketing prompt specifies:
- the goal and how success is measured (sign-ups, replies, sales, a decision);
- the product, offer or situation, and its key benefit or differentiator, using the user's facts only;
- the target audience: who they are, their needs, pains and objections;
- the channel and format: landing page, email, ad, social post, pitch deck, one-page plan, with the limits of that channel;
- the tone and brand voice;
- the key messages and proof points (numbers, testimonials, guarantees) the user provides;
- the call to action;
- constraints: length, legal or compliance limits, words to avoid;
- the deliverable: for copy, several variants with a headline and body and the angle of each; for strategy, the situation, options, a recommendation, risks and next steps.`,
  temperature: 0.6,
  maxTokens: 1600,
  offline: {
    role: "business",
    slots: [
      placeholder("task", "task", "task"),
      placeholder("context", "context", "product"),
      placeholder("goal", "goal", "goal"),
      placeholder("audience", "audience", "audience"),
      placeholder("platform", "platform", "platform"),
      slot("tone", "tone"),
      slot("length", "length"),
      slot("language", "language"),
      slot("deadline", "deadline"),
      slot("budget", "budget"),
      placeholder("call_to_action", "call_to_action", "call_to_action"),
      slot("constraints", "constraints"),
      fallback("format", "format", "business_format"),
    ],
  },
  questions: ["business_goal", "customers", "channel"],
};

const SYSTEM_PROMPT: Category = {
  id: "system_prompt",
  kind: "text",
  title: "System prompt",
  emoji: "🤖",
  description: "Instructions for an assistant, a custom GPT or an agent",
  systemPrompt:
    `You are an expert prompt engineer who writes system prompts: the standing instructions of an AI assistant, a custom GPT, a Claude project or an agent. You turn a user's rough description of the assistant they want into a complete system prompt.

A strong system prompt:
- opens with the assistant's identity and purpose in one or two sentences ("You are …, who helps … with …");
- names the users and what they typically ask;
- gives the knowledge and facts the assistant must rely on, from the user only, and what to do when it does not know;
- states behaviour rules: what it does, what it never does, how it handles requests outside its purpose, when it asks a clarifying question;
- for an agent: its tools, when to use each, when to stop and report, and what needs the user's confirmation;
- sets the tone and the answer format (length, structure, language);
- where it helps, includes one short example exchange;
- is written in the second person, addressed to the assistant, and uses sections (Markdown headings or XML tags) for anything longer than a few lines.`,
  temperature: 0.3,
  maxTokens: 2000,
  offline: {
    role: "system_prompt",
    slots: [
      placeholder("task", "purpose", "task"),
      slot("context", "context"),
      placeholder("audience", "users", "users"),
      placeholder("tone", "tone", "tone"),
      slot("length", "length"),
      slot("language", "language"),
      slot("platform", "platform"),
      slot("constraints", "constraints"),
      fallback("rules", "rules", "system_rules"),
      fallback("format", "format", "system_format"),
    ],
  },
  questions: ["assistant_purpose", "assistant_users", "tone"],
};

const DATA: Category = {
  id: "data",
  kind: "text",
  title: "Data / SQL",
  emoji: "🗄️",
  description: "SQL queries, spreadsheets and data analysis",
  systemPrompt:
    `You are an expert prompt engineer and a senior data analyst. You turn a user's rough request into a precise prompt for an AI model that writes SQL, spreadsheet formulas or data analysis code.

A strong data prompt specifies:
- the database or tool and its dialect or version (PostgreSQL 16, MySQL 8, BigQuery, SQLite, Excel, Google Sheets, pandas);
- the schema: tables, columns and types, keys and relationships, with a few sample rows where they help;
- the question to answer in business terms, then exactly what the result must contain: columns, grouping, filters, sorting, time range, how to treat NULLs and duplicates;
- size and performance: row counts, indexes, whether the query runs often;
- the answer format: the query in one code block, then a short explanation, and any assumption about the data;
- for analysis: the metrics, the comparison, and what chart or table to produce.

Keep table names, column names and values from the rough prompt exactly as written; never invent columns: use placeholders for what is missing.`,
  temperature: 0.2,
  maxTokens: 1500,
  offline: {
    role: "data",
    slots: [
      placeholder("task", "task", "task"),
      slot("context", "context"),
      placeholder("dialect", "dialect", "dialect"),
      placeholder("schema", "schema", "schema"),
      ...STATED,
      slot("constraints", "constraints"),
      fallback("format", "format", "data_format"),
    ],
  },
  questions: ["data_task", "data_tool"],
};

const EMAIL: Category = {
  id: "email",
  kind: "text",
  title: "Email & messages",
  emoji: "✉️",
  description: "Emails, letters, replies and chat messages",
  systemPrompt:
    `You are an expert prompt engineer and a skilled business communicator. You turn a user's rough idea into a prompt that makes an AI model write an email, a letter or a message that gets the result the user wants.

A strong message prompt specifies:
- who the message is to and the relationship (a manager, a customer, a landlord, a friend), and what they already know;
- the one goal of the message: ask, inform, thank, apologise, decline, follow up, and what reply or action is wanted;
- the facts to include, in the user's words: dates, amounts, names, what happened;
- the tone and formality, and the language;
- the length and the medium (email, LinkedIn message, SMS, chat), with a subject line for an email;
- what to avoid: blame, over-apologising, jargon, pressure;
- for a reply: the message being answered, quoted.`,
  temperature: 0.5,
  maxTokens: 1200,
  offline: {
    role: "email",
    slots: [
      placeholder("task", "task", "task"),
      slot("context", "context"),
      placeholder("audience", "recipient", "recipient"),
      slot("goal", "goal"),
      placeholder("tone", "tone", "tone"),
      slot("length", "length"),
      slot("language", "language"),
      slot("platform", "platform"),
      slot("deadline", "deadline"),
      slot("constraints", "constraints"),
      fallback("format", "format", "email_format"),
    ],
  },
  questions: ["recipient", "email_goal", "tone"],
};

const LEARNING: Category = {
  id: "learning",
  kind: "text",
  title: "Learning / explain",
  emoji: "🎓",
  description: "Explanations, lessons, study plans and quizzes",
  systemPrompt:
    `You are an expert prompt engineer and an experienced teacher. You turn a user's rough request into a prompt that makes an AI model explain a topic or teach it well.

A strong learning prompt specifies:
- the topic and the exact question or skill;
- the learner: age or level, what they already know, and why they are learning it;
- the depth and length: a quick intuition, a full lesson, or a study plan over days or weeks;
- the method: plain language first, an everyday analogy, worked examples, common misconceptions, then a check of understanding (a question or a short quiz, with answers after);
- the format: steps, sections, a table of key terms, flashcards;
- what to avoid: jargon without explanation, skipping steps, talking down to the learner.`,
  temperature: 0.4,
  maxTokens: 1400,
  offline: {
    role: "learning",
    slots: [
      placeholder("task", "task", "task"),
      slot("context", "context"),
      placeholder("audience", "learner", "learner"),
      ...STATED,
      slot("constraints", "constraints"),
      fallback("format", "format", "learning_format"),
    ],
  },
  questions: ["learner", "explain_how"],
};

/** Every category, in menu order; the default first. */
export const CATEGORIES: readonly Category[] = Object.freeze([
  GENERAL,
  CODING,
  WRITING,
  IMAGE,
  VIDEO,
  RESEARCH,
  BUSINESS,
  SYSTEM_PROMPT,
  DATA,
  EMAIL,
  LEARNING,
]);

/**
 * Whether a value is the id of a category, e.g. one read from callback data
 * or storage. "auto" is not: see {@linkcode isCategoryChoice}.
 */
export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" &&
    (CATEGORY_IDS as readonly string[]).includes(value);
}

/** Whether a value is a category id or "auto". */
export function isCategoryChoice(value: unknown): value is CategoryChoice {
  return value === "auto" || isCategoryId(value);
}

/**
 * The category with the given id.
 *
 * @throws {RangeError} when `id` is not a category id (a bug: check it with
 *   {@linkcode isCategoryId} first).
 *
 * @example
 * ```ts ignore
 * const category = getCategory(isCategoryId(data) ? data : DEFAULT_CATEGORY_ID);
 * ```
 */
export function getCategory(id: CategoryId): Category {
  const category = CATEGORIES.find((candidate) => candidate.id === id);
  if (category === undefined) {
    throw new RangeError(`Cannot get category: unknown id "${id}"`);
  }
  return category;
}

/** Where {@linkcode resolveMaxTokens} takes its limits from. */
export interface MaxTokensSettings {
  /** One limit for every category (`LLM_MAX_TOKENS`); replaces the categories' own defaults. */
  all?: number;
  /** Limits of single categories (`LLM_MAX_TOKENS_BY_CATEGORY`); win over `all`. */
  byCategory?: Readonly<Partial<Record<CategoryId, number>>>;
}

/**
 * The answer limit of every category, in tokens: its `byCategory` entry, else
 * `all`, else the category's own `maxTokens`.
 *
 * @example
 * ```ts
 * resolveMaxTokens({}).image; // 900
 * resolveMaxTokens({ all: 4000, byCategory: { image: 800 } }); // 4000 each, image 800
 * ```
 */
export function resolveMaxTokens(
  settings: MaxTokensSettings = {},
): Readonly<Record<CategoryId, number>> {
  return Object.freeze(Object.fromEntries(
    CATEGORIES.map((category) => [
      category.id,
      settings.byCategory?.[category.id] ?? settings.all ??
        category.maxTokens,
    ]),
  ) as Record<CategoryId, number>);
}

/** The "auto" category: see `detect.ts`. */
export { type CategoryGuess, detectCategory } from "./detect.ts";
