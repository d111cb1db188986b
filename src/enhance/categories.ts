/**
 * The kinds of prompt Promptsmith writes, kept as data: what menus show, the
 * system prompt that steers the LLM, and the template of the offline enhancer.
 *
 * @module
 */

/** Identifier of a {@linkcode Category}, as stored in settings and callback data. */
export type CategoryId =
  | "general"
  | "coding"
  | "writing"
  | "image"
  | "research"
  | "business";

/** A part of the prompt the offline enhancer writes; see `offline.ts`. */
export type SectionId =
  | "role"
  | "task"
  | "subject"
  | "context"
  | "details"
  | "language"
  | "inputs_outputs"
  | "audience"
  | "goal"
  | "channel"
  | "tone"
  | "length"
  | "scope"
  | "sources"
  | "requirements"
  | "edge_cases"
  | "tests"
  | "call_to_action"
  | "style"
  | "composition"
  | "lighting"
  | "camera"
  | "negative_prompt"
  | "aspect_ratio"
  | "output_format"
  | "guidelines"
  | "full_prompt";

/** One section of an offline template. */
export interface TemplateSection {
  readonly id: SectionId;
  /** Label the section starts with, as in `Audience: …`. */
  readonly label: string;
  /**
   * What the section says when the rough prompt gives nothing for it: a
   * sensible default, or a placeholder in square brackets the user fills in.
   */
  readonly fallback: string | readonly string[];
}

/** How the offline enhancer lays out a prompt of a category. */
export interface OfflineTemplate {
  /**
   * The opening line: the role given to the model that will read the prompt.
   * Absent for image prompts, which describe a picture rather than instruct.
   */
  readonly role?: string;
  /** The sections, in order. */
  readonly sections: readonly TemplateSection[];
}

/** A kind of prompt, with everything the bot needs to write one. */
export interface Category {
  readonly id: CategoryId;
  /** Short name for buttons and menus. */
  readonly title: string;
  readonly emoji: string;
  /** One line for menus: what the category is for. */
  readonly description: string;
  /** System prompt that makes an LLM rewrite a rough idea into a strong prompt. */
  readonly systemPrompt: string;
  /** Quality hints for the model that will run the prompt; the offline enhancer lists them. */
  readonly guidance: readonly string[];
  readonly offline: OfflineTemplate;
  /**
   * The category's own default limit of an LLM answer, in tokens, when it
   * differs from {@linkcode DEFAULT_MAX_TOKENS}; see {@linkcode resolveMaxTokens}.
   */
  readonly maxTokens?: number;
}

/**
 * Default limit of an LLM answer, in tokens (`max_tokens`): an improved
 * prompt is rarely over 1,500 tokens, and a runaway answer stops there.
 */
export const DEFAULT_MAX_TOKENS = 1500;

/** The category used when the user has not chosen one. */
export const DEFAULT_CATEGORY_ID: CategoryId = "general";

const ANSWER_RULES = `Rules for your answer:
- You write the prompt; you do not carry out the task, answer the questions in it or comment on it.
- Keep everything the user asked for: their facts, names, numbers, examples and constraints. Do not invent facts about the user, their product or their data. Where a detail that matters is missing, either make a reasonable assumption and state it in the prompt, or leave a short placeholder in square brackets, such as [target audience].
- Make the prompt self-contained, specific and unambiguous. Cut filler, but do not pad a simple request into a long one: the length should fit the task.
- Use plain text: short labelled sections or "-" bullet lists where they help, no Markdown headings or bold.
- Write the improved prompt in the same language as the rough prompt.
- Answer with ONLY the improved prompt, ready to copy and paste: no preamble, no explanation, no title, and no quotes or code block around it.`;

function systemPrompt(body: string): string {
  return `${body.trim()}\n\n${ANSWER_RULES}`;
}

const OUTPUT_FORMAT_PLACEHOLDER =
  "[describe the format you want, e.g. a bulleted list, a table, steps, about 300 words]";

const GENERAL: Category = {
  id: "general",
  title: "General",
  emoji: "✨",
  description: "Any question or task for ChatGPT, Claude, Gemini and the like",
  systemPrompt: systemPrompt(`
You are an expert prompt engineer. You turn a user's rough idea into a clear, effective prompt for a general-purpose AI assistant such as ChatGPT, Claude or Gemini.

A strong prompt:
- gives the assistant a fitting role or expertise;
- states the task in one clear sentence;
- gives the context the assistant cannot guess: background, purpose, who the result is for, what the user already knows or has tried;
- lists requirements and constraints: scope, depth, tone, length, what to include and what to avoid;
- specifies the output format: structure, sections, length, and whether to use a list, a table or steps;
- where it helps, asks the assistant to reason step by step, to state its assumptions, or to ask up to three clarifying questions first when key information is missing.`),
  guidance: [
    "State any assumption you make.",
    "If key information is missing, ask up to 3 clarifying questions before answering.",
    "Be specific and concrete; prefer examples to generalities.",
  ],
  offline: {
    role:
      "You are an expert assistant who gives clear, accurate and well-structured answers.",
    sections: [
      {
        id: "task",
        label: "Task",
        fallback: "[state what you need in one sentence]",
      },
      {
        id: "context",
        label: "Context",
        fallback:
          "[add background: what it is for and what you already know or have tried]",
      },
      {
        id: "audience",
        label: "Audience",
        fallback: "[who the answer is for]",
      },
      {
        id: "requirements",
        label: "Requirements",
        fallback: "[add must-haves, limits and things to avoid]",
      },
      {
        id: "output_format",
        label: "Output format",
        fallback: OUTPUT_FORMAT_PLACEHOLDER,
      },
      { id: "guidelines", label: "Guidelines", fallback: [] },
    ],
  },
};

const CODING: Category = {
  id: "coding",
  // Specifications with requirements, edge cases and tests run longer.
  maxTokens: 2500,
  title: "Coding",
  emoji: "💻",
  description: "Code to write, review, debug or explain",
  systemPrompt: systemPrompt(`
You are an expert prompt engineer and a senior software engineer. You turn a user's rough request into a precise prompt for an AI coding assistant.

A strong coding prompt specifies:
- the language and version, the framework, libraries and runtime, and which dependencies are allowed or forbidden;
- the goal, then the exact inputs and outputs: types, formats, function signatures, or the shape of the CLI or API, with a small example of input and expected output;
- constraints: performance, memory, security, code style, compatibility, environment;
- edge cases and error handling: empty, invalid or very large input, missing files, network or I/O failures, concurrency;
- tests: which cases to cover and with which test framework;
- what the answer should contain: for example complete runnable code in one block, then a short explanation and how to run it; or only the changed parts of existing code;
- for a bug: the relevant code, the exact error message, expected versus actual behaviour, and what was already tried.

Keep code, identifiers, file names, commands and error messages from the rough prompt exactly as written.`),
  guidance: [
    "Ask before guessing at a requirement that would change the design.",
    "Handle errors explicitly; never fail silently.",
    "Prefer the standard library; justify every new dependency.",
    "Explain assumptions and trade-offs briefly, after the code.",
  ],
  offline: {
    role:
      "You are a senior software engineer who writes correct, readable, well-tested, production-ready code.",
    sections: [
      { id: "task", label: "Task", fallback: "[say what the code must do]" },
      {
        id: "language",
        label: "Language and stack",
        fallback:
          "[add the language and version, framework and libraries, e.g. Python 3.12]",
      },
      {
        id: "context",
        label: "Context",
        fallback: "[add what the code is part of and where it runs]",
      },
      {
        id: "inputs_outputs",
        label: "Inputs and outputs",
        fallback: [
          "Input: [describe the input: format, size, an example]",
          "Output: [describe the expected output, with an example]",
        ],
      },
      {
        id: "requirements",
        label: "Constraints",
        fallback:
          "[add limits: performance, dependencies allowed, style, compatibility]",
      },
      {
        id: "edge_cases",
        label: "Edge cases to handle",
        fallback: [
          "empty input",
          "invalid or malformed input, with a clear error message",
          "very large input",
          "[add cases specific to your problem]",
        ],
      },
      {
        id: "tests",
        label: "Tests",
        fallback:
          "Include unit tests for the normal case and each edge case above, using the usual test framework of the language.",
      },
      {
        id: "output_format",
        label: "Output format",
        fallback:
          "First a short plan, then the complete code in one code block, then how to run it and the tests.",
      },
      { id: "guidelines", label: "Guidelines", fallback: [] },
    ],
  },
};

const WRITING: Category = {
  id: "writing",
  title: "Writing",
  emoji: "✍️",
  description: "Articles, emails, posts, stories and editing",
  systemPrompt: systemPrompt(`
You are an expert prompt engineer and an experienced editor. You turn a user's rough idea into a prompt that makes an AI model write or edit a text well.

A strong writing prompt specifies:
- the kind of text and its purpose: what it should make the reader know, feel or do;
- the audience: who reads it and what they already know;
- the tone and voice (for example warm, formal, witty, plain), and the point of view;
- the length, in words, paragraphs or characters, and any limit of the medium;
- the structure: opening, sections, ending, headline;
- the key points, facts, quotes or examples that must appear, in the user's own words;
- what to avoid: clichés, jargon, exaggeration, certain words;
- for editing a given text: what to change, what to keep (meaning, facts, the author's voice), and whether to list the changes.`),
  guidance: [
    "Write for the audience named above; match its vocabulary.",
    "Prefer concrete details and active voice to abstractions and filler.",
    "Avoid clichés and unsupported claims.",
  ],
  offline: {
    role:
      "You are an experienced writer and editor who writes clear, engaging text that fits its reader.",
    sections: [
      { id: "task", label: "Task", fallback: "[say what to write]" },
      { id: "audience", label: "Audience", fallback: "[who will read it]" },
      {
        id: "tone",
        label: "Tone",
        fallback: "[choose a tone, e.g. friendly, formal, persuasive, playful]",
      },
      {
        id: "length",
        label: "Length",
        fallback: "[add a length, e.g. about 300 words]",
      },
      {
        id: "context",
        label: "Key points",
        fallback: "[list the points, facts or examples the text must include]",
      },
      {
        id: "requirements",
        label: "Requirements",
        fallback: "[add things to avoid]",
      },
      {
        id: "output_format",
        label: "Output format",
        fallback:
          "The finished text only, ready to use, with a title if the format calls for one.",
      },
      { id: "guidelines", label: "Guidelines", fallback: [] },
    ],
  },
};

const IMAGE: Category = {
  id: "image",
  // An image prompt is a paragraph or two; more is a model rambling.
  maxTokens: 600,
  title: "Image",
  emoji: "🎨",
  description: "Prompts for Midjourney, DALL·E, Stable Diffusion, Flux",
  systemPrompt: systemPrompt(`
You are an expert prompt engineer for text-to-image models such as Midjourney, DALL·E, Stable Diffusion and Flux. You turn a user's rough idea into a strong image prompt.

A strong image prompt describes the picture; it does not make a request. Lead with the main subject and what it is doing, then give:
- subject details: appearance, clothing, materials, expression, the number of subjects and where they are;
- the setting and background;
- the medium and style: photograph, oil painting, watercolor, 3D render, anime, vector illustration, an art movement or era;
- composition and framing: close-up, medium or wide shot, viewpoint and camera angle, rule of thirds, symmetry;
- lighting and atmosphere: golden hour, soft diffused light, rim light, neon, time of day, weather, mood;
- for a photographic look, camera and lens: focal length (35mm, 85mm), aperture, depth of field, film stock;
- the color palette and the level of detail;
- if text must appear in the image, the exact words in quotes.

Format the answer as: the main prompt as one flowing paragraph of descriptive, comma-separated phrases, most important first; then a line starting "Negative prompt:" listing what to avoid (for example blurry, low quality, distorted hands, extra fingers, watermark); then a line starting "Aspect ratio:" with a ratio that suits the picture, such as 1:1, 3:2, 16:9 or 9:16. Do not add model-specific parameters or flags unless the user names a particular model.`),
  guidance: [
    "Lead with the subject; one clear style beats a list of styles.",
    "Name the lighting and the framing; they shape the picture most.",
    "Put what to avoid in the negative prompt, not in the main prompt.",
  ],
  offline: {
    sections: [
      {
        id: "subject",
        label: "Subject",
        fallback: "[describe the main subject and what it is doing]",
      },
      {
        id: "style",
        label: "Style",
        fallback:
          "[choose a style, e.g. photorealistic photo, watercolor, 3D render, anime]",
      },
      {
        id: "composition",
        label: "Composition",
        fallback:
          "[choose the framing, e.g. close-up, wide shot, low angle, centered]",
      },
      {
        id: "lighting",
        label: "Lighting",
        fallback:
          "[choose the light, e.g. golden hour, soft diffused light, neon]",
      },
      {
        id: "camera",
        label: "Camera",
        fallback:
          "[for a photo look: lens and depth of field, e.g. 85mm, shallow depth of field]",
      },
      {
        id: "details",
        label: "Details",
        fallback: "[add colors, mood, setting, textures, background]",
      },
      {
        id: "negative_prompt",
        label: "Negative prompt",
        fallback:
          "blurry, low quality, low resolution, distorted anatomy, extra fingers, watermark, jpeg artifacts",
      },
      {
        id: "aspect_ratio",
        label: "Aspect ratio",
        fallback: "[choose: 1:1 square, 16:9 landscape, 9:16 portrait]",
      },
      { id: "full_prompt", label: "Prompt", fallback: "" },
    ],
  },
};

const RESEARCH: Category = {
  id: "research",
  title: "Research",
  emoji: "🔬",
  description: "Questions to investigate, compare, summarize or fact-check",
  systemPrompt: systemPrompt(`
You are an expert prompt engineer and a careful researcher. You turn a user's rough question into a prompt that makes an AI model research it rigorously.

A strong research prompt specifies:
- the precise research question, and the decision or purpose it serves;
- the scope: time period, regions, population, field, and what is out of scope;
- the depth: a quick overview or an in-depth review;
- the sources: primary, peer-reviewed, official or recent ones, cited for every important claim, with links where possible; never invent a source;
- the method: compare options on named criteria, weigh the evidence, note where sources disagree;
- honesty: separate established facts from interpretation, state uncertainty and the limits of the evidence, and say when it does not know;
- the output structure: a short summary first, then key findings with evidence, limitations, open questions, and a list of sources.`),
  guidance: [
    "Cite a source for every important claim; never invent one.",
    "Separate established facts from interpretation, and say how certain each finding is.",
    "Point out where sources disagree.",
  ],
  offline: {
    role:
      "You are a meticulous research analyst who relies on evidence and cites sources.",
    sections: [
      {
        id: "task",
        label: "Research question",
        fallback: "[state the question precisely]",
      },
      {
        id: "context",
        label: "Purpose and context",
        fallback: "[add why you need this and what decision it informs]",
      },
      {
        id: "scope",
        label: "Scope",
        fallback: "[add the time period, regions and what is out of scope]",
      },
      {
        id: "sources",
        label: "Sources",
        fallback:
          "Prefer primary, peer-reviewed and official sources; cite each key claim, with links where possible.",
      },
      {
        id: "audience",
        label: "Audience",
        fallback: "[who will read the findings]",
      },
      {
        id: "requirements",
        label: "Requirements",
        fallback: "[add any other constraints]",
      },
      {
        id: "output_format",
        label: "Output format",
        fallback:
          "A summary of 3 to 5 bullet points, then key findings with evidence, limitations, open questions, and the list of sources.",
      },
      { id: "guidelines", label: "Guidelines", fallback: [] },
    ],
  },
};

const BUSINESS: Category = {
  id: "business",
  title: "Business & marketing",
  emoji: "📈",
  description: "Marketing copy, emails, strategy, plans and pitches",
  systemPrompt: systemPrompt(`
You are an expert prompt engineer and a seasoned business and marketing strategist. You turn a user's rough idea into a prompt that makes an AI model produce business-ready work.

A strong business or marketing prompt specifies:
- the goal and how success is measured (sign-ups, replies, sales, a decision);
- the product, offer or situation, and its key benefit or differentiator, using the user's facts only;
- the target audience: who they are, their needs, pains and objections;
- the channel and format: landing page, email, ad, social post, pitch deck, one-page plan, with the limits of that channel;
- the tone and brand voice;
- the key messages and proof points (numbers, testimonials, guarantees) the user provides;
- the call to action;
- constraints: length, legal or compliance limits, words to avoid;
- the deliverable: for copy, several variants with a headline and body and the angle of each; for strategy, the situation, options, a recommendation, risks and next steps.`),
  guidance: [
    "Lead with the benefit to the reader, not the features.",
    "Use only the facts given; mark any figure you assume.",
    "End with one clear call to action.",
  ],
  offline: {
    role:
      "You are a seasoned marketing and business strategist who writes clear, persuasive, results-driven work.",
    sections: [
      { id: "task", label: "Task", fallback: "[say what you need]" },
      {
        id: "context",
        label: "Product and context",
        fallback: "[describe the product or offer and its main benefit]",
      },
      {
        id: "goal",
        label: "Goal",
        fallback: "[add the goal, e.g. more sign-ups, replies, sales]",
      },
      {
        id: "audience",
        label: "Target audience",
        fallback: "[describe the customers: who they are, what they need]",
      },
      {
        id: "channel",
        label: "Channel",
        fallback:
          "[where it will be used, e.g. email, landing page, LinkedIn, ad]",
      },
      {
        id: "tone",
        label: "Tone",
        fallback: "[choose a tone, e.g. confident, friendly, premium]",
      },
      {
        id: "call_to_action",
        label: "Call to action",
        fallback: "[what the reader should do next]",
      },
      {
        id: "requirements",
        label: "Constraints",
        fallback: "[add length limits, words to avoid]",
      },
      {
        id: "output_format",
        label: "Output format",
        fallback:
          "Three variants, each with a headline and the body, then one line per variant explaining its angle.",
      },
      { id: "guidelines", label: "Guidelines", fallback: [] },
    ],
  },
};

/** Every category, in menu order; the default first. */
export const CATEGORIES: readonly Category[] = Object.freeze([
  GENERAL,
  CODING,
  WRITING,
  IMAGE,
  RESEARCH,
  BUSINESS,
]);

/**
 * Whether a value is the id of a category, e.g. one read from callback data
 * or storage.
 */
export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" &&
    CATEGORIES.some((category) => category.id === value);
}

/** Every category id, in menu order. */
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

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
 * `all`, else the category's own default (coding 2500, image 600), else
 * {@linkcode DEFAULT_MAX_TOKENS}.
 *
 * @example
 * ```ts
 * resolveMaxTokens({}).image; // 600
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
        category.maxTokens ?? DEFAULT_MAX_TOKENS,
    ]),
  ) as Record<CategoryId, number>);
}
