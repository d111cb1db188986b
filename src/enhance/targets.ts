/**
 * The models a prompt is written for, as data: which categories each serves,
 * the writing rules the meta-prompt gives the model, and the shape the
 * offline enhancer lays the prompt out in. Few-shot examples per target and
 * category live in `examples.ts`.
 *
 * @module
 */

import type { CategoryId } from "./categories.ts";

/** Every target id, in menu order. */
export const TARGET_IDS = [
  "chat",
  "claude",
  "reasoning",
  "midjourney",
  "stable_diffusion",
  "natural_image",
  "video",
] as const;

/** Identifier of a {@linkcode Target}, as stored in settings and callback data. */
export type TargetId = typeof TARGET_IDS[number];

/** What the user picks: a target, or "auto" for the category's default. */
export type TargetChoice = TargetId | "auto";

/** How a prompt for the target is laid out (used by the offline enhancer). */
export type TargetShape =
  | "sections"
  | "xml"
  | "goals"
  | "midjourney"
  | "weighted_tags"
  | "prose"
  | "shots";

/** A model family a prompt is written for. */
export interface Target {
  readonly id: TargetId;
  /** English name for menus, e.g. "ChatGPT, Gemini, Llama". */
  readonly title: string;
  readonly emoji: string;
  /** The categories it serves. */
  readonly categories: readonly CategoryId[];
  /** Rules for the meta-prompt: how a prompt for this target is written. */
  readonly rules: readonly string[];
  readonly shape: TargetShape;
}

const TEXT: readonly CategoryId[] = [
  "general",
  "coding",
  "writing",
  "research",
  "business",
  "system_prompt",
  "data",
  "email",
  "learning",
];

const CHAT: Target = {
  id: "chat",
  title: "ChatGPT, Gemini, Llama",
  emoji: "💬",
  categories: TEXT,
  shape: "sections",
  rules: [
    "Write for a general chat model (GPT-4o/GPT-5 chat, Gemini, Llama, Mistral).",
    "Structure: a one-line role, the task in one clear sentence, the context the model cannot guess, the requirements and constraints, then the output format.",
    "Use short labelled sections (Task:, Context:, Requirements:, Output format:) or '-' bullets; plain text, no Markdown headings or bold.",
    "Say what to do rather than what not to do; give concrete numbers for length and counts.",
    "Where key facts are missing, use [placeholders] or tell the model to ask up to three clarifying questions before answering.",
  ],
};

const CLAUDE: Target = {
  id: "claude",
  title: "Claude",
  emoji: "🟠",
  categories: TEXT,
  shape: "xml",
  rules: [
    "Write for Anthropic's Claude, which is trained to pay close attention to XML tags.",
    "Open with a one-line role, then put each part in its own XML tag where it helps: <task>, <context>, <requirements>, <examples>, <output_format>; material the user supplies (documents, code, data) goes in its own tag, such as <document> or <code>, before the instructions that refer to it.",
    'Refer to the tags by name in the instructions ("Using the report in <document>…").',
    "Be explicit and direct; explain why a requirement matters when the reason is not obvious.",
    "For a long or multi-step task, ask for the answer in named tags (e.g. <answer>) so it can be extracted.",
  ],
};

const REASONING: Target = {
  id: "reasoning",
  title:
    "Reasoning models (o3, GPT-5 thinking, Claude extended thinking, DeepSeek-R1)",
  emoji: "🧠",
  categories: [
    "general",
    "coding",
    "research",
    "business",
    "data",
    "learning",
    "writing",
  ],
  shape: "goals",
  rules: [
    "Write for a reasoning model (OpenAI o-series, GPT-5 thinking, Claude with extended thinking, DeepSeek-R1, Gemini thinking) that plans on its own.",
    "State the goal, the context, the constraints and the success criteria: what a correct, complete answer must satisfy, so the model can check itself.",
    "Do not tell it to think step by step, do not script its reasoning, and do not ask it to show its chain of thought: it reasons internally and extra scaffolding hurts.",
    "Keep it concise and direct; give all the facts and data it needs up front, delimited clearly.",
    "Specify the final output format exactly (sections, a table, code only), and that only the final answer is wanted.",
  ],
};

const MIDJOURNEY: Target = {
  id: "midjourney",
  title: "Midjourney v7",
  emoji: "⛵",
  categories: ["image"],
  shape: "midjourney",
  rules: [
    "Write for Midjourney v7: one line of descriptive, comma-rich prose, most important first: subject and action, setting, style or medium, composition, lighting, color and mood.",
    "Append parameters at the end of the same line: --ar W:H for the aspect ratio, --s 0–1000 for stylization, --c 0–100 for variety, --no item, item for what to exclude; add --v 7 or --style raw only when useful. Use only the parameters the user's idea calls for.",
    "Never write a 'Negative prompt:' line: exclusions go in --no.",
    'No instructions or requests ("create", "please"): describe the picture. Text to appear in the image goes in double quotes.',
    "About 15–60 words before the parameters; drop filler words such as 'highly detailed, 8k, masterpiece'.",
  ],
};

const STABLE_DIFFUSION: Target = {
  id: "stable_diffusion",
  title: "Stable Diffusion / SDXL",
  emoji: "🧩",
  categories: ["image"],
  shape: "weighted_tags",
  rules: [
    "Write for Stable Diffusion 1.5 / SDXL (Automatic1111, ComfyUI, Forge): a comma-separated list of tags and short phrases, most important first.",
    "Emphasize the key elements with weights in parentheses, (word:1.2), between 1.1 and 1.4; never above 1.5.",
    "Keep each chunk within about 75 CLIP tokens (roughly 50–60 words); if more is needed, separate chunks with BREAK.",
    "Then a line 'Negative prompt:' with what to avoid, as tags: the user's exclusions first, then common defects (blurry, low quality, deformed hands, extra fingers, watermark, text).",
    "Optionally one last line with settings the user asked for (size such as 1024x1024 for SDXL, steps, CFG).",
  ],
};

const NATURAL_IMAGE: Target = {
  id: "natural_image",
  title: "Flux, DALL·E / GPT-image, Imagen",
  emoji: "🖼️",
  categories: ["image"],
  shape: "prose",
  rules: [
    "Write for models that read natural language (Flux, DALL·E 3, GPT-image, Google Imagen): one to three full descriptive sentences, as a caption of the finished picture.",
    "Cover the subject and action, the setting, the style or medium, the composition, the lighting and the mood, in plain words; quote any text that must appear in the image.",
    "No negative prompt and no weights or parameters: these models do not use them. Express exclusions positively when possible ('an empty street' rather than 'no people').",
    'Mention the aspect ratio in words only if the user gave one ("in a wide 16:9 frame").',
  ],
};

const VIDEO: Target = {
  id: "video",
  title: "Sora, Veo, Kling, Runway",
  emoji: "🎬",
  categories: ["video"],
  shape: "shots",
  rules: [
    "Write for text-to-video models (OpenAI Sora, Google Veo, Kling, Runway Gen-4): describe the clip as numbered shots.",
    "Each shot: 'Shot N (duration):' then the subject and its action from start to end, the setting, the camera framing and one camera motion (static, pan, tilt, dolly-in, tracking, orbit, handheld, drone), and the lighting.",
    "Then one line each for the overall style/look, the aspect ratio and the total duration; keep clips short (5–10 seconds a shot) and physically plausible.",
    "Describe recurring characters and places the same way in every shot; no negative prompt.",
  ],
};

/** Every target, in menu order. */
export const TARGETS: readonly Target[] = Object.freeze([
  CHAT,
  CLAUDE,
  REASONING,
  MIDJOURNEY,
  STABLE_DIFFUSION,
  NATURAL_IMAGE,
  VIDEO,
]);

/** The target a category's prompt is written for when the user chose "auto". */
export const DEFAULT_TARGETS: Readonly<Record<CategoryId, TargetId>> = {
  general: "chat",
  coding: "chat",
  writing: "chat",
  image: "natural_image",
  video: "video",
  research: "chat",
  business: "chat",
  system_prompt: "chat",
  data: "chat",
  email: "chat",
  learning: "chat",
};

/** Whether `value` is a target id. */
export function isTargetId(value: unknown): value is TargetId {
  return typeof value === "string" &&
    (TARGET_IDS as readonly string[]).includes(value);
}

/** Whether `value` is a target id or "auto". */
export function isTargetChoice(value: unknown): value is TargetChoice {
  return value === "auto" || isTargetId(value);
}

/**
 * The target with the given id.
 *
 * @throws {RangeError} when `id` is not a target id.
 */
export function getTarget(id: TargetId): Target {
  const target = TARGETS.find((candidate) => candidate.id === id);
  if (target === undefined) {
    throw new RangeError(`Cannot get target: unknown id "${id}"`);
  }
  return target;
}

/** The targets that serve a category, its default first: what the 🎯 menu offers. */
export function targetsFor(category: CategoryId): Target[] {
  const fitting = TARGETS.filter((target) =>
    target.categories.includes(category)
  );
  const preferred = DEFAULT_TARGETS[category];
  return [
    ...fitting.filter((target) => target.id === preferred),
    ...fitting.filter((target) => target.id !== preferred),
  ];
}

/**
 * The target to write for: the user's choice when it serves the category,
 * otherwise (auto, or e.g. Midjourney chosen for an email) the category's
 * default.
 *
 * @example
 * ```ts
 * resolveTarget("image", "midjourney"); // "midjourney"
 * resolveTarget("email", "midjourney"); // "chat"
 * ```
 */
export function resolveTarget(
  category: CategoryId,
  choice: TargetChoice = "auto",
): TargetId {
  if (choice !== "auto" && getTarget(choice).categories.includes(category)) {
    return choice;
  }
  return DEFAULT_TARGETS[category];
}
