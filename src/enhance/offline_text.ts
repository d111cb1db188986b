/**
 * The offline enhancer for text prompts: the user's sentences sorted by role
 * into Task, Context and Constraints (each sentence once, none dropped), the
 * facts they state put in their sections, the category's defaults, and
 * placeholders only for what is missing — laid out for the target: labelled
 * sections, Claude's XML tags, or goals and success criteria for reasoning
 * models. Labels and placeholders are in the rough prompt's language.
 *
 * A revision offline writes a variant of the same prompt (see
 * {@linkcode OfflineVariant}): shorter (only what the user gave), more
 * detailed (a placeholder for every section left out) or laid out another way.
 *
 * @module
 */

import type { PromptNotes } from "./answer.ts";
import {
  type Category,
  type Slot,
  type SlotId,
  STATED_SLOTS,
} from "./categories.ts";
import {
  asksForAStrategy,
  asksForAStudyPlan,
  type Facts,
  impliedForm,
  isEmailMedium,
  isOnlyALength,
  namesAFixedForm,
  onlyATone,
  readFacts,
  withoutPlease,
} from "./extract.ts";
import { fill, type Lexicon, type PlaceholderId } from "./lexicon.ts";
import { endWithStop } from "./offline_visual.ts";
import { leadingConstraint } from "./cues.ts";
import {
  type Parts,
  roleOf,
  type Sentence,
  stripPoliteness,
} from "./sentences.ts";
import type { TargetId } from "./targets.ts";

/**
 * Which version of a prompt to write: the standard one, a shorter one (no role
 * line, no defaults, no placeholders: only what the user gave), a more
 * detailed one (a placeholder for every section the standard one leaves out,
 * and success criteria), or the same content in another layout.
 */
export type OfflineVariant = "standard" | "short" | "detailed" | "alternate";

/** What the text writer needs. */
export interface TextInput {
  readonly parts: Parts;
  readonly facts: Facts;
  readonly lexicon: Lexicon;
  /** Of the notes beside the prompt; defaults to `lexicon`. */
  readonly notesLexicon?: Lexicon;
  /** Sections a typed change dropped ("no tests please"): never written. */
  readonly omit?: ReadonlySet<string>;
  readonly category: Category;
  readonly target: TargetId;
  /** Answers to the offline questions, by slot. */
  readonly answers: Readonly<Partial<Record<string, string>>>;
  /** The rough prompt is too vague to hold a task: it becomes the topic. */
  readonly vague: boolean;
  /** Default "standard". */
  readonly variant?: OfflineVariant;
}

/** A written text prompt. */
export interface TextPrompt {
  readonly prompt: string;
  readonly notes: PromptNotes;
}

/** The content of one section: one line, or items. */
type Content = { line: string } | { items: string[] } | { block: string };

interface Section {
  readonly id: SlotId | "topic" | "input" | "output";
  readonly label: string;
  readonly content: Content;
}

/** A section the rough prompt covers elsewhere (a schema given as code). */
const SKIP = "skip";

/** "Tone: warm" on its own: a sentence that only sets a section. */
const LABELLED: readonly (readonly [RegExp, SlotId])[] = [
  [/^(?:cta|call to action|призыв к действию)\s*[:—-]/iu, "call_to_action"],
  [
    /^(?:audience|аудитория|público|zielgruppe|public|pubblico|读者|受众)\s*[:：—-]/iu,
    "audience",
  ],
  [/^(?:tone|тон|tono|ton|语气)\s*[:：—-]/iu, "tone"],
  [/^(?:goal|цель|objetivo|ziel|objectif|obiettivo|目标)\s*[:：—-]/iu, "goal"],
  [/^(?:(?:output )?format|формат|formato|格式)\s*[:：—-]/iu, "format"],
  [
    /^(?:deadline|дедлайн|срок|plazo|frist|échéance|scadenza|截止)\s*[:：—-]/iu,
    "deadline",
  ],
  [
    /^(?:length|длина|объём|объем|longitud|länge|longueur|lunghezza|长度|字数)\s*[:：—-]/iu,
    "length",
  ],
];

/** Write a text prompt from the parts of a rough prompt. */
export function writeTextPrompt(input: TextInput): TextPrompt {
  const shown = new Set(input.category.offline.slots.map((slot) => slot.id));
  const sorted = sortSentences(input.parts.sentences, shown, input.category);
  const placeholders: string[] = [];
  const defaults: string[] = [];
  const sections: Section[] = [];
  const { labels } = input.lexicon;
  const task = taskContent(input, sorted);
  if (task.topic) {
    sections.push({
      id: "topic",
      label: labels.topic,
      content: { line: task.topic },
    });
  }
  for (const slot of input.category.offline.slots) {
    if (input.omit?.has(slot.id)) continue;
    const found = slot.id === "task"
      ? task.content
      : slotContent(slot, input, sorted);
    if (found === SKIP) continue;
    // A request of no category that names what it wants ("10 names…", "a
    // meal plan", "compare…") says its form.
    const form = slot.id === "format" && found === undefined &&
        input.category.id === "general" && input.answers.format === undefined
      ? impliedForm(input.parts.prose)
      : undefined;
    if (form !== undefined) {
      defaults.push(labels[slot.label]);
      const value = input.lexicon.defaults[form];
      sections.push({
        id: slot.id,
        label: labels[slot.label],
        content: typeof value === "string"
          ? { line: value }
          : { items: [...value] },
      });
      continue;
    }
    const content = slot.id === "rules" && sorted.constraints.length > 0
      ? withRules(
        sorted.constraints,
        found ?? missing(slot, input, placeholders, defaults),
        input.lexicon,
      )
      : found ?? missing(slot, input, placeholders, defaults);
    if (content !== undefined) {
      sections.push({ id: slot.id, label: labels[slot.label], content });
    }
  }
  const success = input.variant === "detailed" ||
    (input.target === "reasoning" && input.variant !== "short");
  if (success) {
    sections.push(successSection(input.lexicon, placeholders));
  }
  // In the notes' language, naming the sections as the prompt does.
  const said = input.notesLexicon ?? input.lexicon;
  const { quoteOpen, quoteClose, comma } = said.punctuation;
  const notes = {
    assumptions: defaults.length > 0
      ? [fill(said.notes.defaultUsed, {
        label: defaults.map((label) => `${quoteOpen}${label}${quoteClose}`)
          .join(comma),
      })]
      : [],
    placeholders,
  };
  return { prompt: layout(sections, input), notes };
}

// ---------------------------------------------------------------- sentences

interface Sorted {
  requests: string[];
  context: string[];
  constraints: string[];
  injections: string[];
  /** Sentences that only set a section ("Tone: warm"), by slot. */
  labelled: Map<SlotId, string>;
}

function sortSentences(
  given: readonly Sentence[],
  shown: ReadonlySet<SlotId>,
  category: Category,
): Sorted {
  const sentences = withRulesApart(given, category);
  const sorted: Sorted = {
    requests: [],
    context: [],
    constraints: [],
    injections: [],
    labelled: new Map(),
  };
  const stated: SlotId[] = [];
  for (const sentence of sentences) {
    const label = LABELLED.find(([pattern, id]) =>
      shown.has(id) && pattern.test(sentence.text)
    );
    if (label && !sorted.labelled.has(label[1])) {
      sorted.labelled.set(label[1], sentence.text.replace(label[0], "").trim());
      continue;
    }
    const fact = statedFact(sentence, shown);
    if (fact && !sorted.labelled.has(fact)) {
      // "Make it funny." states the tone "funny", "Under 20 words please."
      // the length "Under 20 words.".
      const only = fact === "tone"
        ? onlyATone(sentence.text)
        : fact === "length" && isOnlyALength(sentence.text)
        ? withoutPlease(sentence.text)
        : undefined;
      sorted.labelled.set(fact, only ?? sentence.text);
      stated.push(fact);
      continue;
    }
    if (sentence.role === "request") sorted.requests.push(sentence.text);
    if (sentence.role === "context") sorted.context.push(sentence.text);
    if (sentence.role === "constraint") sorted.constraints.push(sentence.text);
    if (sentence.role === "injection") sorted.injections.push(sentence.text);
  }
  // A short idea that also states a fact ("im bored, suggest a game for two
  // people") is the request, not only its audience: nothing else holds one.
  // Of several such sentences ("Under 100 words please. A birthday poem for
  // my grandma."), the one that says the most beyond its fact.
  const nothingElse = sorted.requests.length === 0 &&
    sorted.context.length === 0 && sorted.constraints.length === 0;
  if (nothingElse) {
    let best: { slot: SlotId; text: string; more: number } | undefined;
    for (const slot of stated) {
      const text = sorted.labelled.get(slot);
      const more = text === undefined ? 0 : moreThanFact(text, slot);
      if (text !== undefined && more >= 3 && more > (best?.more ?? 0)) {
        best = { slot, text, more };
      }
    }
    if (best) {
      sorted.requests.push(best.text);
      sorted.labelled.delete(best.slot);
    }
  }
  return sorted;
}

/**
 * The sentences with the rules said after a request's commas apart, as
 * constraints of their own (also after the first sentence when none is a
 * request: it is the task then); in a system prompt, what is said of the
 * assistant ("It never promises refunds.") is a rule too.
 */
function withRulesApart(
  sentences: readonly Sentence[],
  category: Category,
): Sentence[] {
  const anyRequest = sentences.some((s) => s.role === "request");
  return sentences.flatMap((sentence, i) => {
    if (
      category.id === "system_prompt" && sentence.role === "context" &&
      ITS_SUBJECT.test(sentence.text)
    ) {
      return [{ ...sentence, role: "constraint" as const }];
    }
    // With no request, the first sentence is the task ("system prompt for a
    // bot that…, never gives…" reads as a rule for the "never" in it).
    const task = sentence.role === "request" ||
      (!anyRequest && i === 0 &&
        (sentence.role === "context" ||
          (sentence.role === "constraint" &&
            !leadingConstraint().test(sentence.text))));
    if (!task) return [sentence];
    const { request, rules } = peelRules(sentence.text);
    if (rules.length === 0) return [sentence];
    return [
      { text: request, role: "request" as const, ownLine: false },
      ...rules.map((text) => ({
        text,
        role: "constraint" as const,
        ownLine: false,
      })),
    ];
  });
}

/** "no one believes her", "nobody knows": part of the story, no rule. */
const SOMEONE_OF_THE_STORY =
  /^(?:no\s+one|no-one|nobody|nothing|никто|ничто|nadie|nada|ninguém|niemand|nichts|personne|rien|nessuno|niente|nikt|nic)(?![\p{L}])/iu;

/**
 * A request without the rules said after its commas: "A bot that helps kids
 * with math, never gives the answer directly" asks for the bot, and "never
 * gives the answer directly" is a rule; "Write a story, no dialogue".
 */
function peelRules(
  sentence: string,
): { request: string; rules: string[] } {
  const rules: string[] = [];
  let request = sentence;
  for (;;) {
    const comma = request.lastIndexOf(", ");
    if (comma <= 0) break;
    const clause = request.slice(comma + 2).trim();
    const head = request.slice(0, comma).trim();
    if (
      head.split(/\s+/u).length < 3 || !leadingConstraint().test(clause) ||
      roleOf(clause) !== "constraint" || SOMEONE_OF_THE_STORY.test(clause)
    ) break;
    rules.unshift(capitalizeFirst(clause));
    request = head;
  }
  return { request, rules };
}

/** How many words a sentence says beyond the fact it states ("formal tone": none). */
function moreThanFact(sentence: string, slot: SlotId): number {
  const value = readFacts(sentence)[slot as keyof Facts];
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const stated = Array.isArray(value) ? value.join(" ") : value;
  return typeof stated === "string" ? words(sentence) - words(stated) : 0;
}

const FACT_SLOTS = [
  "length",
  "format",
  "tone",
  "deadline",
  "budget",
  "audience",
  "language",
] as const;

/**
 * The section a short context or constraint sentence is all about ("Keep it
 * under 150 words." is the length): it goes there instead of being repeated.
 */
function statedFact(
  sentence: Sentence,
  shown: ReadonlySet<SlotId>,
): SlotId | undefined {
  if (sentence.role !== "context" && sentence.role !== "constraint") {
    return undefined;
  }
  const words = sentence.text.split(/\s+/).length;
  const han = sentence.text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (words > 8 || han > 16) return undefined;
  const facts = readFacts(sentence.text);
  return FACT_SLOTS.find((slot) =>
    shown.has(slot) && facts[slot] !== undefined
  );
}

/**
 * The task: the request sentences, an answer, or a placeholder with the idea
 * as topic. An answer that adds to the idea's own task follows it, and the
 * requirements typed as answers join the constraints.
 */
function taskContent(
  input: TextInput,
  sorted: Sorted,
): { content?: Content; topic?: string } {
  const answer = input.answers.task;
  const task = answer !== undefined || input.vague
    ? answeredTask(input, sorted, answer)
    : ideaTask(input, sorted);
  addRequirements(input, sorted);
  return task;
}

/** A vague idea's task: the answer, or none, with the idea as the topic. */
function answeredTask(
  input: TextInput,
  sorted: Sorted,
  answer: string | undefined,
): { content?: Content; topic?: string } {
  const topic = [...sorted.requests, ...sorted.context, ...sorted.constraints]
    .join(" ");
  sorted.requests.length = 0;
  sorted.context.length = 0;
  sorted.constraints.length = 0;
  const content = answer === undefined
    ? undefined
    : { line: endWithStop(capitalizeFirst(answer), input.lexicon) };
  return { content, topic: topic || undefined };
}

/** The task the idea states, in its words, then what an answer adds to it. */
function ideaTask(
  input: TextInput,
  sorted: Sorted,
): { content?: Content } {
  if (sorted.requests.length === 0) {
    const first = sorted.context.shift() ?? sorted.constraints.shift();
    if (first !== undefined) sorted.requests.push(first);
  }
  const refinement = input.answers.refinement;
  const more = refinement === undefined
    ? []
    : [endWithStop(capitalizeFirst(refinement), input.lexicon)];
  if (sorted.requests.length === 0) {
    return more.length > 0 ? { content: { line: more[0] } } : {};
  }
  const [head, ...rest] = sorted.requests;
  const task = input.category.id === "system_prompt"
    ? withoutPromptRequest(head)
    : head;
  const line = [asTask(task, input.lexicon), ...rest, ...more].join(" ");
  return { content: { line } };
}

/**
 * The requirements typed as answers, with the constraints (an assistant's
 * rules in a system prompt), or the context where a prompt has neither.
 */
function addRequirements(input: TextInput, sorted: Sorted): void {
  const typed = input.answers.requirements;
  if (typed === undefined) return;
  const items = typed.split("; ").map((item) => capitalizeFirst(item.trim()))
    .filter(Boolean);
  const ids = new Set(input.category.offline.slots.map((slot) => slot.id));
  const into = ids.has("constraints") || ids.has("rules")
    ? sorted.constraints
    : sorted.context;
  into.push(...items);
}

/**
 * The first request sentence as the task, in the user's words: only a
 * leading "please", "so", "then"… goes, and a colon that pointed at code
 * now placed under Context.
 */
function asTask(sentence: string, lexicon: Lexicon): string {
  const text = (stripPoliteness(sentence) || sentence)
    // "Write me a function": the model writes it for the user anyway.
    .replace(FOR_ME, "$1 ");
  return endWithStop(capitalizeFirst(text.replace(/\s*:$/, "")), lexicon);
}

const FOR_ME =
  /^(write|create|make|generate|draft|build|design|compose)\s+me\s+(?=\S)/iu;

/**
 * "write me a system prompt for …", "напиши системный промпт для …",
 * "escribe un prompt de sistema para …", "schreib einen Systemprompt für …",
 * "écris un prompt système pour …", "scrivi un prompt di sistema per …",
 * "napisz prompt systemowy dla …": what opens a request for a system prompt.
 */
const PROMPT_REQUESTS: readonly RegExp[] = [
  /^(?:(?:please|pls|can you|could you|i (?:need|want|would like)|i'd like)\s+)?(?:(?:write|create|make|generate|draft|give|build|need)\s+(?:me\s+)?)?(?:an?\s+|the\s+)?(?:system\s+prompt|system\s+message|prompt)\s+(?:for|of)\s+/iu,
  /^(?:(?:напиши|составь|создай|сделай|сгенерируй|придумай|подготовь)(?:те)?\s+(?:мне\s+)?)?(?:системн\p{L}*\s+)?(?:промпт|prompt|инструкци\p{L}*)(?:\s+системн\p{L}*)?\s+для\s+/iu,
  /^(?:(?:напиши|склади|створи|зроби|згенеруй|підготуй)(?:те)?\s+(?:мені\s+)?)?(?:системн\p{L}*\s+)?(?:промпт|prompt|інструкці\p{L}*)(?:\s+системн\p{L}*)?\s+для\s+/iu,
  /^(?:(?:escribe|escríbeme|escribir|crea|créame|crear|haz|hazme|genera|generar|redacta|dame|prepara)\s+)?(?:un\s+|el\s+)?(?:prompt|mensaje|instrucciones)(?:\s+(?:de|del)\s+sistema)?\s+para\s+/iu,
  /^(?:(?:escreva|escreve|escrever|crie|cria|criar|faça|faz|gere|gerar|redija|prepare)\s+)?(?:um\s+|o\s+)?(?:prompt|mensagem|instruções)(?:\s+(?:de|do)\s+sistema)?\s+para\s+/iu,
  /^(?:(?:schreib\p{L}*|erstell\p{L}*|mach\p{L}*|generiere|entwirf|gib)\s+(?:mir\s+)?)?(?:einen\s+|ein\s+|den\s+)?(?:system-?prompt|systemnachricht|prompt)\s+für\s+/iu,
  /^(?:(?:écris|écrivez|écrire|rédige\p{L}*|crée|créez|créer|fais|faites|génère|générer|prépare|préparer)(?:-moi)?\s+|donne-moi\s+)?(?:un\s+|le\s+)?(?:prompt|message)(?:\s+(?:système|systeme|de système|de systeme))?\s+pour\s+/iu,
  /^(?:(?:scrivi\p{L}*|scrivere|crea|creare|fai|fammi|genera|generare|dammi|redigi|prepara)\s+)?(?:un\s+|il\s+)?(?:prompt|messaggio)(?:\s+di\s+sistema)?\s+per\s+/iu,
  /^(?:(?:napisz|stwórz|utwórz|zrób|przygotuj|wygeneruj)\s+(?:mi\s+)?)?(?:prompt|wiadomość)(?:\s+systemow\p{L}*)?\s+dla\s+/iu,
];

/**
 * After "для", "dla" or "für", the assistant's name as a subject: "бота" is
 * "бот", "asystenta" is "asystent", "einen Bot" is "ein Bot".
 */
const AS_SUBJECT: readonly [RegExp, string][] = [
  [
    /^([\p{L}-]*(?:бот|ассистент|помощник|агент|консультант|репетитор|тренер|менеджер|асистент|помічник|bot|asystent|agent|konsultant))[аa](?=[\s,.;:!?]|$)/iu,
    "$1",
  ],
  [/^einen(?=\s)/iu, "ein"],
];

/**
 * A system prompt's purpose is what the assistant does: "write me a system
 * prompt for a bot that answers questions" is "a bot that answers
 * questions", in any of the languages above (the sentence is kept when
 * nothing would be left).
 */
function withoutPromptRequest(sentence: string): string {
  for (const request of PROMPT_REQUESTS) {
    const rest = sentence.replace(request, "");
    if (rest === sentence) continue;
    if (rest.trim() === "") return sentence;
    return AS_SUBJECT.reduce(
      (text, [pattern, replacement]) => text.replace(pattern, replacement),
      rest,
    );
  }
  return sentence;
}

/** Lower-case words that are names or acronyms, not the start of a sentence. */
const KEEP_CASE = new Set(
  "sql css html api json csv xml yaml ios url seo ui ux npm aws gcp php js ts sdk cli ai gpt llm pdf svg"
    .split(" "),
);

/** Capitalise a first word written all in lower case; "iPhone", "eBay", "sql" stay. */
function capitalizeFirst(text: string): string {
  // Not "https://…", "example.com" or "user@host": those keep their case.
  const first = /^\p{Ll}+(?:-\p{Ll}+)*(?=[\s,;!?]|[.:](?!\S)|$)/u.exec(text);
  if (first === null || KEEP_CASE.has(first[0])) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------- slots

function slotContent(
  slot: Slot,
  input: TextInput,
  sorted: Sorted,
): Content | typeof SKIP | undefined {
  const { facts, answers, lexicon } = input;
  const answer = answers[slot.id];
  if (answer !== undefined) return { line: answer };
  const labelled = sorted.labelled.get(slot.id);
  if (labelled !== undefined) return { line: labelled };
  const joined = (items: string[] | undefined) =>
    items && items.length > 0
      ? { line: items.join(lexicon.punctuation.comma) }
      : undefined;
  switch (slot.id) {
    case "context":
      return contextContent(input, sorted);
    case "constraints":
      // An assistant's rules are its rules: the user's come first there.
      if (input.category.id === "system_prompt") return SKIP;
      return sorted.constraints.length > 0
        ? { items: sorted.constraints }
        : undefined;

    case "audience": {
      // A learner is also what they already know: "Learner: a 10 year
      // old, I know basic fractions".
      const learner = input.category.id === "learning"
        ? [facts.audience, facts.knows].filter((part) => part !== undefined)
        : [facts.audience].filter((part) => part !== undefined);
      return joined(learner);
    }
    case "goal":
      return facts.goal ? { line: facts.goal } : undefined;
    case "tone":
      return joined(facts.tone);
    case "length":
      if (facts.length) return { line: facts.length };
      // A haiku, a limerick, a sonnet, a tweet: the form is the length.
      return namesAFixedForm(input.parts.prose) ? SKIP : undefined;
    case "format":
      return facts.format ? { line: facts.format } : undefined;
    case "language":
      return facts.language ? { line: facts.language } : undefined;
    case "platform": {
      // An email prompt says it is an email: "Platform: email" adds nothing;
      // in a query or code, "emails" are data ("find duplicate emails").
      const named = ["email", "data", "coding"].includes(input.category.id)
        ? facts.platform?.filter((platform) => !isEmailMedium(platform))
        : facts.platform;
      if (facts.platform?.length && !named?.length) return SKIP;
      // A plan or a strategy is not posted anywhere, unless it says where
      // it is for ("a marketing plan for Instagram").
      if (
        !named?.length && input.category.id === "business" &&
        asksForAStrategy(input.parts.prose)
      ) {
        return SKIP;
      }
      return joined(named);
    }
    case "deadline":
      return facts.deadline ? { line: facts.deadline } : undefined;
    case "call_to_action":
      if (facts.callToAction) return { line: facts.callToAction };
      // A plan or a strategy asks the reader for no action.
      return input.category.id === "business" &&
          asksForAStrategy(input.parts.prose)
        ? SKIP
        : undefined;
    case "budget":
      return facts.budget ? { line: facts.budget } : undefined;
    case "stack":
      return joined(stackNames(input));
    case "dialect":
      return joined(facts.dialect);
    case "scope":
      return joined(facts.scope);
    case "sources":
      return sourcesContent(input);
    case "schema":
      return schemaGiven(input) ? SKIP : undefined;
    case "io":
      return facts.input || facts.output
        ? ioContent(facts, lexicon)
        : undefined;
    default:
      return undefined;
  }
}

function stackNames(input: TextInput): string[] | undefined {
  const names = [...(input.facts.stack ?? [])];
  for (const fence of input.parts.codeLanguages) {
    const name = FENCE_NAMES[fence.toLowerCase()];
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names : undefined;
}

const FENCE_NAMES: Readonly<Record<string, string>> = {
  js: "JavaScript",
  jsx: "JavaScript",
  javascript: "JavaScript",
  ts: "TypeScript",
  tsx: "TypeScript",
  typescript: "TypeScript",
  py: "Python",
  python: "Python",
  go: "Go",
  rs: "Rust",
  rust: "Rust",
  java: "Java",
  kt: "Kotlin",
  rb: "Ruby",
  php: "PHP",
  cs: "C#",
  cpp: "C++",
  c: "C",
  sh: "Bash",
  bash: "Bash",
  sql: "SQL",
  html: "HTML",
  css: "CSS",
};

function contextContent(input: TextInput, sorted: Sorted): Content | undefined {
  const { punctuation, notes } = input.lexicon;
  const items = [
    ...sorted.context,
    ...sorted.injections.map((sentence) =>
      `${notes.injection} ${punctuation.quoteOpen}${sentence}${punctuation.quoteClose}`
    ),
  ];
  if (input.answers.context !== undefined) items.unshift(input.answers.context);
  const code = input.parts.code;
  if (code.length > 0) {
    const list = items.map((item) => `- ${item}`).join("\n");
    return {
      block: [list, ...code].filter((part) => part !== "").join("\n\n"),
    };
  }
  if (items.length === 0) return undefined;
  return items.length === 1 ? { line: items[0] } : { items };
}

function sourcesContent(input: TextInput): Content | undefined {
  const kinds = input.facts.sources;
  if (kinds === undefined) return undefined;
  const advice = input.lexicon.defaults.research_sources;
  return {
    items: [kinds.join(input.lexicon.punctuation.comma), String(advice)],
  };
}

const SCHEMA_WORDS =
  /\b(?:tables?|columns?|schema|fields?)\b|(?<![\p{L}])(?:таблиц\p{L}*|столб\p{L}*|колонк\p{L}*|tablas?|columnas?|tabelas?|colunas?|Tabellen?|Spalten?|colonnes?|tabelle|colonne)(?![\p{L}])|表|字段|列/iu;

function schemaGiven(input: TextInput): boolean {
  return input.parts.code.length > 0 || SCHEMA_WORDS.test(input.parts.prose);
}

function ioContent(facts: Facts, lexicon: Lexicon): Content {
  const { labels, punctuation } = lexicon;
  const lines = [
    facts.input && `${labels.input}${punctuation.colon}${facts.input}`,
    facts.output && `${labels.output}${punctuation.colon}${facts.output}`,
  ].filter((line): line is string => Boolean(line));
  return { block: lines.join("\n") };
}

/**
 * An assistant's rules: the user's first ("Never give the answer
 * directly."; "never gives the answer directly", said of the bot, is
 * addressed to it), then the standard ones unless the prompt is the short one.
 */
function withRules(
  rules: readonly string[],
  standard: Content | undefined,
  lexicon: Lexicon,
): Content {
  const theirs = rules.map((rule) => endWithStop(addressed(rule), lexicon));
  if (standard === undefined) return { items: theirs };
  const more = "items" in standard
    ? standard.items
    : "line" in standard
    ? [standard.line]
    : [];
  return { items: [...theirs, ...more] };
}

/** The English third person of a rule said of the bot, addressed to it. */
// A verb has words after it ("never gives the answer"); "only facts",
// "never emojis" are things.
const SAID_OF_IT =
  /^(never|always|only)\s+(?!(?:is|has|does|was)\b)([a-z]+?)(ies|ches|shes|sses|xes|zes|oes|s)\b(?=\s+\S)/i;

/** "It never…", "The bot should…": the bot named as the rule's subject. */
const ITS_SUBJECT =
  /^(?:it|he|she|they|the\s+(?:bot|assistant|agent|model|ai))\s+(?=(?:never|always|only|should|must|will|doesn't|does\s+not|won't|will\s+not|can't|cannot|shouldn't|should\s+not|mustn't|must\s+not)\b)/i;

function addressed(rule: string): string {
  const text = rule.replace(ITS_SUBJECT, "").replace(
    /^(?:doesn't|does\s+not|won't|will\s+not|can't|cannot|shouldn't|should\s+not|mustn't|must\s+not)\s+/i,
    "do not ",
  ).replace(/^(?:should|must|will)\s+/i, "").replace(
    /^(never|always|only)\s+(is|has|does)\b/i,
    (_, adverb: string, verb: string) =>
      `${adverb} ${{ is: "be", has: "have", does: "do" }[verb.toLowerCase()]}`,
  ).replace(
    SAID_OF_IT,
    (said, adverb: string, stem: string, ending: string) => {
      // "always focus", "never discuss": no third person to undo.
      if (ending === "s" && /[su]$/i.test(stem)) return said;
      const base = ending === "ies"
        // "lies", "dies", "ties": "lie"; "replies": "reply".
        ? stem.length === 1 ? `${stem}ie` : `${stem}y`
        : ending === "s"
        // "focuses" is "focus", "uses" "use".
        ? /[^aeiou]use$/i.test(stem) ? stem.slice(0, -1) : stem
        // "buzzes" is "buzz", but "apologizes" "apologize".
        : ending === "zes" && !stem.endsWith("z")
        ? `${stem}ze`
        : `${stem}${ending.slice(0, -2)}`;
      return `${adverb} ${base}`;
    },
  );
  return capitalizeFirst(text);
}

/** What a section says when the user gave nothing for it. */
function missing(
  slot: Slot,
  input: TextInput,
  placeholders: string[],
  defaults: string[],
): Content | undefined {
  const { lexicon } = input;
  // Shorter: only what the user gave; a task they did not give stays a placeholder.
  if (input.variant === "short" && slot.id !== "task") return undefined;
  // More detail: every section left out asks for its content.
  const omitted = input.variant === "detailed" && slot.missing === "omit" &&
      !STATED_SLOTS.has(slot) && slot.id in lexicon.placeholders
    ? slot.id as PlaceholderId
    : undefined;
  if (omitted) {
    placeholders.push(lexicon.placeholders[omitted]);
    return { line: lexicon.placeholders[omitted] };
  }
  if (slot.missing === "placeholder" && slot.placeholder) {
    const text = lexicon.placeholders[slot.placeholder];
    placeholders.push(text);
    return { line: text };
  }
  if (slot.missing === "default" && slot.fallback) {
    defaults.push(lexicon.labels[slot.label]);
    // A study plan is laid out by week, not as one explanation.
    // A business plan or strategy is options and a recommendation, not
    // copy variants.
    const fallback = slot.fallback === "learning_format" &&
        asksForAStudyPlan(input.parts.prose)
      ? "study_plan_format"
      : slot.fallback === "business_format" &&
          asksForAStrategy(input.parts.prose)
      ? "business_plan_format"
      : slot.fallback;
    const value = lexicon.defaults[fallback];
    return typeof value === "string" ? { line: value } : { items: [...value] };
  }
  return undefined;
}

function successSection(lexicon: Lexicon, placeholders: string[]): Section {
  placeholders.push(lexicon.placeholders.success);
  return {
    id: "success",
    label: lexicon.labels.success,
    content: { line: lexicon.placeholders.success },
  };
}

// ---------------------------------------------------------------- layout

function layout(sections: readonly Section[], input: TextInput): string {
  const role = input.variant === "short"
    ? undefined
    : input.category.offline.role;
  // "no tests please": the coder writes no "well-tested" code either.
  const untested = role === "coding" && input.omit?.has("tests");
  const roleLine = role
    ? input.lexicon.roles[untested ? "coding_untested" : role]
    : undefined;
  // Another version: Claude's tags become labelled sections, labels become tags.
  const tags = (input.target === "claude") !== (input.variant === "alternate");
  if (input.target === "reasoning") {
    const goals = goalSections(sections, input.lexicon);
    return tags
      ? xmlLayout(goals, undefined)
      : labelledLayout(goals, input.lexicon);
  }
  if (tags) return xmlLayout(sections, roleLine);
  return [roleLine, labelledLayout(sections, input.lexicon)]
    .filter(Boolean).join("\n\n");
}

/** Reasoning models: the task is the goal, and no role line. */
function goalSections(sections: readonly Section[], lexicon: Lexicon) {
  return sections.map((section) =>
    section.id === "task" ? { ...section, label: lexicon.labels.goal } : section
  );
}

/** Labelled sections: one-line ones grouped, lists and blocks apart. */
function labelledLayout(
  sections: readonly Section[],
  lexicon: Lexicon,
): string {
  const colon = lexicon.punctuation.colon;
  const bare = colon.trimEnd();
  const blocks: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length > 0) blocks.push(group.join("\n"));
    group = [];
  };
  for (const { id, label, content } of sections) {
    if (id === "io" && "block" in content) {
      group.push(content.block);
      continue;
    }
    if ("line" in content) {
      if (id === "task" || id === "topic") {
        flush();
        blocks.push(`${label}${colon}${content.line}`);
      } else group.push(`${label}${colon}${content.line}`);
      continue;
    }
    flush();
    blocks.push(
      "items" in content
        ? `${label}${bare}\n${
          content.items.map((item) => `- ${item}`).join("\n")
        }`
        : `${label}${bare}\n${content.block}`,
    );
  }
  flush();
  return blocks.join("\n\n");
}

/** Claude: each section in an XML tag named after it. */
function xmlLayout(sections: readonly Section[], roleLine: string | undefined) {
  const parts = sections.map(({ id, content }) => {
    const body = "line" in content
      ? content.line
      : "items" in content
      ? content.items.map((item) => `- ${item}`).join("\n")
      : content.block;
    const tag = id === "io" ? "inputs_and_outputs" : id;
    return `<${tag}>\n${body}\n</${tag}>`;
  });
  return [roleLine, ...parts].filter(Boolean).join("\n\n");
}
