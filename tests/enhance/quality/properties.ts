/**
 * The properties that must hold for every case of the corpus, on the offline
 * output and on the LLM request. Each check says whether it holds and which
 * way it was tested: "present" (the rule must fire: a label translated, a
 * placeholder shown, an injection quoted) or "absent" (it must not: nothing
 * invented, no placeholder for what was given, no note without a cause).
 *
 * The checks read the implementation's data only where the data is what is
 * checked for (a lexicon's placeholder text, a target's rules); sentences,
 * labels and style words are read independently.
 *
 * @module
 */

import {
  type CategoryId,
  detectCategory,
  getCategory,
} from "../../../src/enhance/categories.ts";
import { examplesFor } from "../../../src/enhance/examples.ts";
import { LEXICONS, type PlaceholderId } from "../../../src/enhance/lexicon.ts";
import { languageName } from "../../../src/enhance/language.ts";
import {
  type OfflineResult,
  writeOfflinePrompt,
} from "../../../src/enhance/offline.ts";
import {
  buildEnhanceRequest,
  ROUGH_PROMPT_TAG,
} from "../../../src/enhance/prompt.ts";
import {
  getTarget,
  resolveTarget,
  type TargetId,
  TARGETS,
} from "../../../src/enhance/targets.ts";
import type { CheckedSlot, QualityCase } from "./corpus.ts";

/** Which way a check tested its rule. */
export type Polarity = "present" | "absent";

/** One property of one case. */
export interface Check {
  readonly property: string;
  readonly holds: boolean;
  readonly polarity: Polarity;
  /** What went wrong, when it does not hold. */
  readonly detail?: string;
}

/** Offline-output properties, in table order. */
export const OFFLINE_PROPERTIES = [
  "category",
  "clarify",
  "labels",
  "punctuation",
  "sentences",
  "injection",
  "audience",
  "placeholders",
  "invented",
  "facts",
  "length",
  "shape",
  "translation",
] as const;

/** LLM-request properties, in table order. */
export const REQUEST_PROPERTIES = [
  "req_target",
  "req_examples",
  "req_language",
  "req_data",
  "req_sampling",
] as const;

function check(
  property: string,
  polarity: Polarity,
  holds: boolean,
  detail: string,
): Check {
  return holds
    ? { property, polarity, holds }
    : { property, polarity, holds, detail };
}

// ---------------------------------------------------------------- offline

/** The offline result for a case, as the bot would make it (auto category). */
export function offlineResult(c: QualityCase): OfflineResult {
  return writeOfflinePrompt(c.rough, {
    category: "auto",
    target: c.choose?.target,
  });
}

/**
 * Every offline property of a case, on the offline enhancer's result (or on
 * `result`, to show that a bad output fails).
 */
export function checkOffline(
  c: QualityCase,
  result: OfflineResult = offlineResult(c),
): Check[] {
  const vague = c.kinds.includes("vague");
  const checks = [categoryCheck(c), clarifyCheck(c, result)];
  if (result.kind !== "prompt" || vague) return checks;
  const text = result.prompt;
  const kind = getCategory(result.category).kind;
  const target = result.target;
  checks.push(...labelChecks(c, text, kind, target));
  checks.push(sentencesCheck(c, text, kind));
  checks.push(injectionCheck(c, text, result));
  checks.push(...audienceChecks(c, text));
  checks.push(...placeholderChecks(c, text));
  checks.push(inventedCheck(c, text));
  checks.push(...factsChecks(c, text));
  checks.push(lengthCheck(c, text, kind));
  checks.push(...shapeChecks(c, text, target));
  checks.push(translationCheck(c, result));
  return checks;
}

function categoryCheck(c: QualityCase): Check {
  const detected = detectCategory(c.rough).category;
  return check(
    "category",
    c.category === "general" ? "absent" : "present",
    detected === c.category,
    `detected ${detected}, expected ${c.category}`,
  );
}

function clarifyCheck(c: QualityCase, result: OfflineResult): Check {
  const vague = c.kinds.includes("vague");
  if (!vague) {
    return check(
      "clarify",
      "absent",
      result.kind === "prompt",
      "asked questions for a clear idea",
    );
  }
  const lexicon = LEXICONS[c.language];
  const localized = result.kind === "questions" &&
    result.questions.every((q) =>
      Object.values(lexicon.questions).some((t) => t.text === q.text)
    );
  return check(
    "clarify",
    "present",
    localized,
    `no questions in ${c.language}`,
  );
}

const LABEL_LINE = /^(?![-•*]\s)([^:：\n<>`]{1,40}?)\s?[:：]/;

/** Labels of the prompt's lines (outside code), e.g. "Task", "Кадр 1". */
function labelsOf(text: string): string[] {
  const labels: string[] = [];
  let inCode = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) inCode = !inCode;
    if (inCode) continue;
    const match = LABEL_LINE.exec(line);
    if (match) labels.push(match[1].trim().replace(/\s+\d+$/, ""));
  }
  return labels;
}

function labelChecks(
  c: QualityCase,
  text: string,
  kind: string,
  target: TargetId,
): Check[] {
  if (!(kind === "text" || kind === "video") || target === "claude") return [];
  const known = new Set(Object.values(LEXICONS[c.language].labels));
  const labels = labelsOf(text);
  const foreign = labels.filter((label) => !known.has(label));
  const polarity = c.language === "en" ? "absent" : "present";
  const checks = [
    check(
      "labels",
      polarity,
      labels.length > 0 && foreign.length === 0,
      `labels not in ${c.language}: ${foreign.join(", ") || "(none found)"}`,
    ),
  ];
  const cjk = c.language === "zh";
  const asciiAfterHan = /\p{Script=Han}[.:]/u.test(text);
  const fullColon = /^[^\n]{1,20}：/mu.test(text);
  checks.push(
    check(
      "punctuation",
      cjk ? "present" : "absent",
      cjk ? !asciiAfterHan && fullColon : !fullColon,
      cjk
        ? "ASCII punctuation after Chinese"
        : "full-width colon outside Chinese",
    ),
  );
  return checks;
}

const FILLER =
  /^(?:(?:so|then|also|and|ok|okay|please|hi|hello|пожалуйста|потом|затем|и|bitte|por favor|s'il te plaît|请|然后)[\s,!]+)+/iu;
const LABEL_PREFIX = /^[\p{L} ]{1,24}[:：]\s*/u;

/** Up to the preposition after "prompt" and the word after it (the assistant). */
const SYSTEM_PROMPT_REQUEST =
  /^.*?(?:prompt|промпт|message|mensaje|messaggio)\S*(?:\s+\S*(?:system|систем|sistema)\S*)?\s+(?:for|для|para|für|pour|per|dla)\s+\S+\s+/u;

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** The sentences of a rough prompt worth tracking (4+ words, or 6+ Chinese characters). */
function sentencesOf(rough: string): string[] {
  const prose = rough.replace(/```[^]*?```/g, "\n");
  return prose.split(/(?<=[.!?。！？।])\s+|(?<=[。！？])|\n+/u)
    .map((s) => s.trim())
    .filter((s) =>
      s.split(/\s+/).length >= 4 ||
      (s.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6
    )
    .filter((s) => !/^(?:thanks|thank you|спасибо)/i.test(s));
}

/**
 * Whether `sentence` is in `out` once as two parts split at one of its
 * commas: a request and the clause about the user after it ("…, I have 2
 * years of SQL experience" goes under Context).
 */
function splitOnce(sentence: string, out: string): boolean {
  const parts = sentence.split(/,\s+/u);
  const once = (part: string) => out.split(part).length - 1 === 1;
  for (let k = 1; k < parts.length; k++) {
    const head = parts.slice(0, k).join(", ");
    const tail = parts.slice(k).join(", ");
    if (once(head) && once(tail)) return true;
  }
  return false;
}

function sentencesCheck(c: QualityCase, text: string, kind: string): Check {
  const sentences = sentencesOf(c.rough);
  const polarity = sentences.length >= 2 ? "present" : "absent";
  const out = normalize(text);
  const wrong: string[] = [];
  for (const sentence of sentences) {
    const core = normalize(
      sentence.replace(FILLER, "").replace(LABEL_PREFIX, "").replace(
        /[.!?。！？।]+$/u,
        "",
      ),
    );
    // A system prompt's purpose drops the request for a prompt ("системный
    // промпт для бота…" is "Бот…"): what follows the assistant's name stays.
    const kept = c.category === "system_prompt"
      ? core.replace(SYSTEM_PROMPT_REQUEST, "")
      : core;
    const times = out.split(kept).length - 1;
    // Image and video prompts drop the request around the description: only
    // "never twice" holds for them.
    const ok = kind === "text"
      ? times === 1 || (times === 0 && splitOnce(kept, out))
      : times <= 1;
    if (!ok) wrong.push(`${times}× “${sentence}”`);
  }
  return check("sentences", polarity, wrong.length === 0, wrong.join("; "));
}

function injectionCheck(
  c: QualityCase,
  text: string,
  result: Extract<OfflineResult, { kind: "prompt" }>,
): Check {
  const lexicon = LEXICONS[c.language];
  if (c.injection === undefined) {
    return check(
      "injection",
      "absent",
      !text.includes(lexicon.notes.injection),
      "an injection note without an injection",
    );
  }
  const at = text.indexOf(c.injection);
  const quoted = at > 0 &&
    /[“«„"]\s?$/.test(text.slice(Math.max(0, at - 2), at));
  const taskLabel = `${lexicon.labels.task}${lexicon.punctuation.colon}`;
  const taskLine =
    text.split("\n").find((line) => line.startsWith(taskLabel)) ?? "";
  const kept = quoted ||
    result.notes.assumptions.some((n) => n.includes(c.injection!));
  return check(
    "injection",
    "present",
    kept && !taskLine.includes(c.injection),
    quoted ? "the injection is in the task" : "the injection is not quoted",
  );
}

const AUDIENCE_PLACEHOLDERS: PlaceholderId[] = [
  "audience",
  "recipient",
  "users",
  "learner",
];

function audienceChecks(c: QualityCase, text: string): Check[] {
  const lexicon = LEXICONS[c.language];
  const taskLabel = `${lexicon.labels.task}${lexicon.punctuation.colon}`;
  if (c.audience !== undefined) {
    const stated = text.split("\n").some((line) =>
      !line.startsWith(taskLabel) && line.includes(c.audience!)
    );
    return [
      check(
        "audience",
        "present",
        stated,
        `audience “${c.audience}” not stated`,
      ),
    ];
  }
  if (c.missing?.includes("audience")) {
    const shown = AUDIENCE_PLACEHOLDERS.some((id) =>
      text.includes(lexicon.placeholders[id])
    );
    return [
      check(
        "audience",
        "absent",
        shown,
        "no placeholder for the missing audience",
      ),
    ];
  }
  return [];
}

const SLOT_PLACEHOLDERS: Record<CheckedSlot, PlaceholderId[]> = {
  audience: AUDIENCE_PLACEHOLDERS,
  tone: ["tone"],
  length: ["length"],
  format: ["format"],
  stack: ["stack"],
  context: ["context", "product"],
  goal: ["goal"],
  platform: ["platform"],
  dialect: ["dialect"],
  scope: ["scope"],
};

function placeholderChecks(c: QualityCase, text: string): Check[] {
  const lexicon = LEXICONS[c.language];
  const shown = (slot: CheckedSlot) =>
    SLOT_PLACEHOLDERS[slot].some((id) =>
      text.includes(lexicon.placeholders[id])
    );
  return [
    ...(c.missing ?? []).map((slot) =>
      check(
        "placeholders",
        "present",
        shown(slot),
        `no placeholder for missing ${slot}`,
      )
    ),
    ...(c.given ?? []).map((slot) =>
      check(
        "placeholders",
        "absent",
        !shown(slot),
        `a placeholder for given ${slot}`,
      )
    ),
  ];
}

/** Style, light and quality words a prompt writer is tempted to add. */
const STYLE_WORDS = [
  "photo",
  "photorealistic",
  "realistic",
  "watercolor",
  "oil painting",
  "3d render",
  "anime",
  "cinematic",
  "golden hour",
  "neon",
  "soft light",
  "dramatic lighting",
  "studio lighting",
  "volumetric",
  "highly detailed",
  "ultra detailed",
  "8k",
  "4k",
  "masterpiece",
  "best quality",
  "bokeh",
  "trending on artstation",
  "sunset",
  "sunrise",
  "moonlight",
  "night sky",
  "фотореал",
  "акварел",
  "кинематограф",
  "水彩",
  "写实",
  "电影感",
];

function inventedCheck(c: QualityCase, text: string): Check {
  const input = c.rough.toLowerCase();
  const output = text.toLowerCase();
  const given = STYLE_WORDS.filter((word) => input.includes(word));
  const added = STYLE_WORDS.filter((word) =>
    output.includes(word) && !input.includes(word)
  );
  return check(
    "invented",
    given.length > 0 ? "present" : "absent",
    added.length === 0 && given.every((word) => output.includes(word)),
    `added: ${added.join(", ")}; given ${given.join(", ")}`,
  );
}

function factsChecks(c: QualityCase, text: string): Check[] {
  const checks: Check[] = [];
  if (c.contains && c.contains.length > 0) {
    const lost = c.contains.filter((fact) => !text.includes(fact));
    checks.push(
      check("facts", "present", lost.length === 0, `lost: ${lost.join(", ")}`),
    );
  }
  if (c.absent && c.absent.length > 0) {
    const found = c.absent.filter((word) =>
      text.toLowerCase().includes(word.toLowerCase())
    );
    checks.push(
      check(
        "facts",
        "absent",
        found.length === 0,
        `invented: ${found.join(", ")}`,
      ),
    );
  }
  return checks;
}

function lengthCheck(c: QualityCase, text: string, kind: string): Check {
  const long = c.kinds.includes("long");
  const limit = kind === "text"
    ? (long ? c.rough.length * 1.3 + 1000 : 1600)
    : c.rough.length * 1.5 + 200;
  const floor = kind === "text" ? c.rough.length * 0.6 : 3;
  return check(
    "length",
    long ? "present" : "absent",
    text.length <= limit && text.length >= floor,
    `${text.length} chars for ${c.rough.length} (limit ${Math.round(limit)})`,
  );
}

function shapeChecks(c: QualityCase, text: string, target: TargetId): Check[] {
  const negative = Object.values(LEXICONS).map((l) => l.labels.negative_prompt);
  const hasNegative = negative.some((label) =>
    text.includes(`${label}:`) || text.includes(`${label} :`)
  );
  switch (target) {
    case "midjourney": {
      const params = [...text.matchAll(/--[a-z]+(?: [^-\s][^-]*?)?(?= --|$)/g)]
        .map((m) => m[0].trim());
      const expected = c.params ?? [];
      const same = params.length === expected.length &&
        expected.every((p) => params.includes(p));
      return [
        check(
          "shape",
          expected.length > 0 ? "present" : "absent",
          same && !hasNegative,
          `parameters ${JSON.stringify(params)}, expected ${
            JSON.stringify(expected)
          }`,
        ),
      ];
    }
    case "stable_diffusion":
      return [
        check(
          "shape",
          "present",
          /\([^()]+:1\.\d\)/.test(text) && hasNegative,
          "no weights or negative prompt",
        ),
      ];
    case "natural_image":
      return [
        check(
          "shape",
          "absent",
          !/--\w|:1\.\d\)/.test(text) && !hasNegative,
          "parameters or a negative prompt in prose",
        ),
      ];
    case "video":
      return [
        check(
          "shape",
          "present",
          text.startsWith(`${LEXICONS[c.language].labels.shot} 1`),
          "not written as shots",
        ),
      ];
    case "claude":
      return [
        check(
          "shape",
          "present",
          /<task>\n[^]+\n<\/task>/.test(text),
          "no XML sections",
        ),
      ];
    case "reasoning":
      return [
        check(
          "shape",
          "present",
          text.includes(LEXICONS[c.language].labels.success) &&
            !/step by step/i.test(text),
          "no success criteria, or scripted reasoning",
        ),
      ];
    default:
      return [
        check(
          "shape",
          "absent",
          !/<task>|--\w|:1\.\d\)/.test(text) && !hasNegative,
          "image or XML syntax in a chat prompt",
        ),
      ];
  }
}

function translationCheck(
  c: QualityCase,
  result: Extract<OfflineResult, { kind: "prompt" }>,
): Check {
  const visual = getCategory(result.category).kind !== "text";
  const needed = visual && c.language !== "en";
  return check(
    "translation",
    needed ? "present" : "absent",
    (result.translationNote !== undefined) === needed,
    needed ? "no translation note" : "a translation note without a cause",
  );
}

// ---------------------------------------------------------------- request

/** The LLM request for a case, with its category resolved as the runner does. */
export function requestFor(c: QualityCase) {
  return buildEnhanceRequest({
    rough: c.rough,
    category: c.category,
    target: c.choose?.target,
    answerLanguage: c.choose?.answerLanguage,
  });
}

/** Every LLM-request property of a case. */
export function checkRequest(c: QualityCase): Check[] {
  const request = requestFor(c);
  const system = request.messages[0].content;
  const user = request.messages[1].content;
  return [
    ...targetChecks(c, system, request.target),
    ...exampleChecks(c.category, request.target, system),
    languageCheck(c, system),
    dataCheck(c, user),
    samplingCheck(c.category, request),
  ];
}

function targetChecks(
  c: QualityCase,
  system: string,
  target: TargetId,
): Check[] {
  const expected = resolveTarget(c.category, c.choose?.target ?? "auto");
  const rules = getTarget(expected).rules;
  const others = TARGETS.filter((t) => t.id !== expected).flatMap((t) =>
    t.rules
  );
  return [
    check(
      "req_target",
      c.choose?.target ? "present" : "absent",
      target === expected && rules.every((rule) => system.includes(rule)) &&
        others.every((rule) => !system.includes(rule)),
      `target ${target}, expected ${expected}, or another target's rules`,
    ),
  ];
}

function exampleChecks(
  category: CategoryId,
  target: TargetId,
  system: string,
): Check[] {
  const own = examplesFor(category, target);
  const other: CategoryId = category === "coding" ? "writing" : "coding";
  const foreign = examplesFor(other, target === "midjourney" ? "chat" : target);
  return [
    check(
      "req_examples",
      "present",
      own.length >= 2 && own.every((e) => system.includes(e.prompt)),
      `${own.length} examples, or missing`,
    ),
    check(
      "req_examples",
      "absent",
      foreign.every((e) => !system.includes(e.prompt)),
      `examples of ${other} included`,
    ),
  ];
}

function languageCheck(c: QualityCase, system: string): Check {
  const visual = getCategory(c.category).kind !== "text";
  const wanted = c.choose?.answerLanguage;
  const name = languageName(c.language);
  let holds: boolean;
  if (visual) {
    const note = system.includes("<translation_note>one short line");
    const notesIn = wanted ? languageName(wanted) : name;
    holds = system.includes("Write the prompt in English") &&
      note ===
        (c.language !== "en" || (wanted !== undefined && wanted !== "en")) &&
      system.includes(`Write the notes in ${notesIn}`);
  } else if (wanted) {
    holds = system.includes(
      `Write the prompt in ${languageName(wanted)} (${wanted})`,
    );
  } else {
    holds = system.includes(
      `in the language of the rough prompt (it looks like ${name})`,
    );
  }
  const english = !visual && !wanted && c.language === "en";
  return check(
    "req_language",
    english ? "absent" : "present",
    holds,
    "wrong language instruction",
  );
}

function dataCheck(c: QualityCase, user: string): Check {
  const open = `<${ROUGH_PROMPT_TAG}>\n`;
  const close = `\n</${ROUGH_PROMPT_TAG}>`;
  const start = user.indexOf(open);
  const end = user.lastIndexOf(close);
  const inside = user.slice(start + open.length, end);
  const tags =
    user.match(/<\s*\/?\s*(?:rough_prompt|prompt|analysis|notes)\b/gi) ?? [];
  return check(
    "req_data",
    c.injection ? "present" : "absent",
    start >= 0 && end > start && inside === c.rough.trim() &&
      tags.length === 2 &&
      (c.injection === undefined || inside.includes(c.injection)),
    "the rough prompt is not wrapped as data, unchanged",
  );
}

function samplingCheck(
  category: CategoryId,
  request: { temperature: number; maxTokens: number },
): Check {
  const data = getCategory(category);
  return check(
    "req_sampling",
    data.temperature >= 0.5 ? "present" : "absent",
    request.temperature === data.temperature &&
      request.maxTokens === data.maxTokens,
    `temperature ${request.temperature}, max tokens ${request.maxTokens}`,
  );
}
