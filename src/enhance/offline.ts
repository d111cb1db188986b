/**
 * The offline enhancer: a deterministic, rule-based rewrite used when no LLM
 * is configured or reachable. It lays the user's own words out in the
 * category's template and marks what the user should add with placeholders.
 *
 * @module
 */

import {
  type Category,
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  getCategory,
  type SectionId,
  type TemplateSection,
} from "./categories.ts";

/** Options of {@linkcode offlineEnhance}. */
export interface OfflineEnhanceOptions {
  /** The template to use; defaults to {@linkcode DEFAULT_CATEGORY_ID}. */
  category?: CategoryId;
}

/** What the rough prompt says, as far as simple rules can tell. */
interface Facts {
  /** The rough prompt without its fenced code blocks. */
  prose: string;
  /** `prose` without what the user asked to leave out ("no text", "without people"). */
  positive: string;
  task: string;
  details: string[];
  constraints: string[];
  code: string[];
  /** Info strings of the code fences, such as "js". */
  codeLanguages: string[];
  nonLatin: boolean;
}

/** Phrases to look for, each with the name to report (the match itself when absent). */
type Table = readonly (readonly [RegExp, string?])[];

type Content = string | readonly string[] | undefined;

type SectionWriter = (
  facts: Facts,
  category: Category,
  section: TemplateSection,
) => Content;

/**
 * Turn a rough prompt into a structured one, without any network or
 * randomness: the same input always gives the same output.
 *
 * @param rough The user's rough prompt, already validated.
 * @param options The category whose template to use.
 * @returns The structured prompt, without the offline label.
 * @throws {TypeError} when `rough` is blank.
 *
 * @example
 * ```ts
 * const text = offlineEnhance("python script to rename photos by date", { category: "coding" });
 * ```
 */
export function offlineEnhance(
  rough: string,
  options: OfflineEnhanceOptions = {},
): string {
  if (rough.trim() === "") {
    throw new TypeError("Cannot enhance prompt: the rough prompt is empty");
  }
  const category = getCategory(options.category ?? DEFAULT_CATEGORY_ID);
  const facts = readFacts(rough);
  const blocks = category.offline.role ? [category.offline.role] : [];
  for (const section of category.offline.sections) {
    const written = SECTION_WRITERS[section.id](facts, category, section);
    const block = formatBlock(section.label, written ?? section.fallback);
    if (block !== "") blocks.push(block);
  }
  return blocks.join("\n\n");
}

function formatBlock(label: string, content: string | readonly string[]) {
  if (typeof content === "string") {
    if (content === "") return "";
    return content.includes("\n")
      ? `${label}:\n${content}`
      : `${label}: ${content}`;
  }
  if (content.length === 0) return "";
  return `${label}:\n${bullets(content)}`;
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/** One list item alone reads better inline. */
function listed(items: readonly string[]): Content {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : items;
}

function joined(items: readonly string[]): string | undefined {
  return items.length > 0 ? items.join(", ") : undefined;
}

/** What each section says when the rough prompt gives something for it. */
const SECTION_WRITERS: Record<SectionId, SectionWriter> = {
  role: (_, category) => category.offline.role,
  task: (facts) => facts.task,
  subject: imageSubject,
  context: (facts, category) => contextContent(facts, category),
  details: (facts) => listed(imageDetails(facts)),
  language: stack,
  inputs_outputs: inputsOutputs,
  audience: (facts) => first(facts.prose, AUDIENCE),
  goal: (facts) => first(facts.prose, GOAL),
  channel: (facts) => joined(findAll(facts.prose, CHANNELS)),
  tone: tone,
  length: length,
  scope: (facts) => listed(findAll(facts.prose, SCOPE)),
  sources: sources,
  requirements: requirements,
  edge_cases: () => undefined,
  tests: () => undefined,
  call_to_action: (facts) => first(facts.prose, CALL_TO_ACTION),
  style: (facts) => joined(findAll(facts.positive, STYLES)),
  composition: (facts) => joined(findAll(facts.positive, COMPOSITION)),
  lighting: (facts) => joined(findAll(facts.positive, LIGHTING)),
  camera: (facts) => joined(findAll(facts.positive, CAMERA)),
  negative_prompt: negativePrompt,
  aspect_ratio: aspectRatio,
  output_format: (facts) => first(facts.prose, OUTPUT_FORMAT),
  guidelines: (_, category) => category.guidance,
  full_prompt: fullImagePrompt,
};

// ---------------------------------------------------------------- reading

const GREETING =
  /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b[\s!.,]*$/i;
const POLITE_REQUEST =
  /^(?:(?:please|pls|hey|hi)[\s,]+)*(?:(?:can|could|would|will) you (?:please |kindly )?|i (?:want|need|would like) you to |help me (?:to )?)?/i;
const CONSTRAINT =
  /\b(?:must|should|shouldn't|should not|don't|do not|never|avoid|without|only|no more than|at most|at least|make sure|ensure|keep it|required?|limit(?:ed)? to)\b/i;
const SENTENCE_SPLIT = /\n+|(?<=[.!?。！？])\s+(?=\S)/u;
const LIST_MARKER = /^\s*(?:[-*•]|\d{1,2}[.)])\s+/;
const FENCED_CODE = /^(`{3,}|~{3,})([^\n]*)\n[^]*?^\1[ \t]*$/gm;
/** "no people", "without text": at most four words, ending the clause. */
const NEGATIVE =
  /(?:,\s*|\s+|^)(?:no|without|avoid(?:ing)?|exclud(?:e|ing)|(?:do not|don't) (?:include|show|add))\s+(?:any\s+)?([^\s,.;!?]+(?:\s+[^\s,.;!?]+){0,3})(?=\s*(?:[,.;!?\n]|$))/gim;

function readFacts(rough: string): Facts {
  const text = rough.trim();
  const fences = [...text.matchAll(FENCED_CODE)];
  const prose = text.replace(FENCED_CODE, "\n");
  const sentences = prose.split(SENTENCE_SPLIT)
    .map((sentence) => sentence.replace(LIST_MARKER, "").trim())
    .filter((sentence) => sentence !== "" && !GREETING.test(sentence));
  const [head = "", ...rest] = sentences;
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  const latin = prose.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return {
    prose,
    positive: prose.replace(NEGATIVE, ""),
    task: asTask(head || (fences.length > 0 ? "Work on the code below" : text)),
    details: rest.filter((sentence) => !CONSTRAINT.test(sentence)),
    constraints: rest.filter((sentence) => CONSTRAINT.test(sentence)),
    code: fences.map((match) => match[0]),
    codeLanguages: fences.map((match) => match[2].trim()).filter(Boolean),
    nonLatin: letters > 2 * latin,
  };
}

/** The first sentence as an instruction, in the user's own words. */
function asTask(sentence: string): string {
  const stripped = sentence.replace(POLITE_REQUEST, "");
  if (stripped === sentence || stripped === "") {
    return withFinalStop(capitalize(sentence));
  }
  return withFinalStop(capitalize(stripped).replace(/\s*\?+$/, ""));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case a capital that only starts a sentence, keeping acronyms ("USB"). */
function uncapitalize(text: string): string {
  return /^\p{Lu}(?!\p{Lu})/u.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** End with a full stop; "Fix this:" points at code now placed under Context. */
function withFinalStop(sentence: string): string {
  const open = sentence.replace(/\s*:$/, "");
  return /[.!?。！？…)"”»]$/.test(open) ? open : `${open}.`;
}

/** The first capture group that matched, trimmed. */
function first(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  return match?.slice(1).find((group) => group !== undefined)?.trim();
}

/** Every phrase of `table` found in `text`, in the order they appear, once each. */
function findAll(text: string, table: Table): string[] {
  const found: { index: number; name: string }[] = [];
  for (const [pattern, name] of table) {
    const match = pattern.exec(text);
    if (match) {
      const atStart = /(?:^|[.!?\n]\s*)$/.test(text.slice(0, match.index));
      const phrase = atStart ? uncapitalize(match[0]) : match[0];
      found.push({ index: match.index, name: name ?? phrase });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((item) => item.name))];
}

// ---------------------------------------------------------------- text sections

/** "Tone: warm": a sentence that only sets a field, and the sections showing it. */
const LABELLED: readonly (readonly [RegExp, readonly SectionId[]])[] = [
  [/^(?:cta|call to action)\s*:/i, ["call_to_action"]],
  [/^audience\s*:/i, ["audience"]],
  [/^tone\s*:/i, ["tone", "requirements"]],
  [/^goal\s*:/i, ["goal"]],
  [/^(?:output )?format\s*:/i, ["output_format"]],
];

function contextContent(facts: Facts, category: Category): Content {
  const shown = new Set(category.offline.sections.map((section) => section.id));
  const details = facts.details.filter((sentence) =>
    !LABELLED.some(([pattern, ids]) =>
      pattern.test(sentence) && ids.some((id) => shown.has(id))
    )
  );
  if (facts.code.length === 0) return listed(details);
  return [bullets(details), ...facts.code].filter((part) => part !== "")
    .join("\n\n");
}

function requirements(facts: Facts, category: Category): Content {
  const has = (id: SectionId) =>
    category.offline.sections.some((section) => section.id === id);
  const items: string[] = [];
  const stated = facts.constraints.join("\n").toLowerCase();
  const toneWords = tone(facts);
  const size = length(facts);
  if (!has("tone") && toneWords && !stated.includes(toneWords.toLowerCase())) {
    items.push(`Tone: ${toneWords}`);
  }
  if (!has("length") && size && !stated.includes(size.toLowerCase())) {
    items.push(`Length: ${size}`);
  }
  items.push(...facts.constraints);
  if (facts.nonLatin) {
    items.push("Write the answer in the same language as the task above.");
  }
  return listed(items);
}

const EXPLICIT_TONE = /\btone\s*(?::|is|should be)\s*([^.;\n]+)/i;
const TONES =
  /\b(?:formal|informal|casual|friendly|professional|polite|playful|humorous|funny|witty|serious|persuasive|academic|neutral|warm|enthusiastic|empathetic|confident|inspiring|motivational|sarcastic|conversational|authoritative|optimistic|respectful|light-?hearted|upbeat|heartfelt|encouraging|diplomatic|assertive|energetic|luxurious|bold|calm|gentle|urgent)\b/gi;

function tone(facts: Facts): string | undefined {
  const explicit = first(facts.prose, EXPLICIT_TONE);
  if (explicit) return explicit;
  const words = [...facts.prose.matchAll(TONES)]
    .map((match) => match[0].toLowerCase());
  return joined([...new Set(words)]);
}

const COUNTED_LENGTH =
  /\b((?:(?:under|below|at most|up to|no more than|less than|max(?:imum)?|about|around|approximately|roughly|at least|exactly)\s+)?\d[\d,]*(?:\s*(?:-|–|to)\s*\d[\d,]*)?[\s-]*(?:words?|sentences?|paragraphs?|pages?|characters?|chars|lines?|bullet points?|bullets|points|tweets?|slides?|minutes?|verses?|stanzas?|items?|examples?|ideas?|tips?|steps?|variants?|versions?|options?|headlines?|questions?))\b/i;
const WORDED_LENGTH =
  /\b(short|brief|concise|long|lengthy|detailed|in-depth|one-page|one[- ]paragraph|one[- ]sentence)\b/i;

function length(facts: Facts): string | undefined {
  return first(facts.prose, COUNTED_LENGTH) ??
    first(facts.prose, WORDED_LENGTH)?.toLowerCase();
}

const AUDIENCE =
  /\b(?:audience\s*(?::|is|are)\s*([^.;\n]+)|for\s+((?:(?:my|our|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:beginners?|kids|children|students?|developers?|engineers?|programmers?|designers?|managers?|executives?|customers?|clients?|investors?|experts?|teenagers?|teens|team|boss|colleagues?|coworkers?|recruiters?|readers?|users?|parents?|teachers?|professionals?|stakeholders?|newcomers|seniors|employees|followers|subscribers|patients|doctors|lawyers|general public|people))\b)/i;
const OUTPUT_FORMAT =
  /\b(?:as|in|into|in the form of|formatted as|format:)\s+((?:a |an )?(?:bullet(?:ed)? (?:list|points)|numbered list|list|table|json|yaml|csv|markdown|outline|checklist|step-by-step guide|steps|essay|email|tweet|thread|poem|haiku|script|faq|q&a|summary|report|slides?|mind map))\b/i;
const INPUT =
  /\b(?:takes?|accepts?|receives?|reads?|given|input(?: is|:))\s+(.+?)(?=\s+and\s+(?:returns?|outputs?|prints?|writes?|produces?)\b|[,.;!?\n]|$)/i;
const OUTPUT =
  /\b(?:returns?|outputs?|prints?|produces?|output(?: is|:))\s+([^,.;!?\n]+)/i;

function stack(facts: Facts): Content {
  // Constraints name what to avoid as often as what to use: "no numpy".
  const wanted = [facts.task, ...facts.details, ...facts.codeLanguages]
    .join("\n");
  const languages = findAll(wanted, LANGUAGES);
  const tools = findAll(wanted, TOOLS);
  if (tools.length === 0) return joined(languages);
  return [
    `Language: ${joined(languages) ?? "[add the language and version]"}`,
    `Frameworks and tools: ${tools.join(", ")}`,
  ];
}

function inputsOutputs(facts: Facts): Content {
  const input = first(facts.prose, INPUT);
  const output = first(facts.prose, OUTPUT);
  if (!input && !output) return undefined;
  return [
    `Input: ${input ?? "[describe the input: format, size, an example]"}`,
    `Output: ${output ?? "[describe the expected output, with an example]"}`,
  ];
}

function sources(facts: Facts): Content {
  const kinds = findAll(facts.prose, SOURCE_KINDS);
  if (kinds.length === 0) return undefined;
  return [
    `Use: ${kinds.join(", ")}`,
    "Cite each key claim, with links where possible; never invent a source.",
  ];
}

const GOAL =
  /\b(?:goal\s*(?::|is)\s*(?:to\s+)?|aim is to\s+|in order to\s+|to\s+)((?:increase|boost|grow|drive|get more|generate|improve|raise|attract|convert|sell|promote|launch|announce|reduce|win|retain|re-engage|reactivate)\b[^,.;\n]*)/i;
const CALL_TO_ACTION =
  /\b(?:(?:call to action|cta)\s*(?::|is|-)?\s*([^.;\n]+)|(sign up|book a (?:call|demo)|buy now|subscribe|register|download|start (?:a|your) free trial|contact us|request a demo|learn more|shop now|join us|join now|order now)\b)/i;

// ---------------------------------------------------------------- image

const IMAGE_REQUEST =
  /^(?:draw|generate|create|make|paint|render|design|illustrate|show|imagine|give me)(?:\s+me)?\s+(?:(?:an?|the|some)\s+)?(?:(?:image|picture|photo|illustration|painting|drawing|render|artwork|art|wallpaper)\s+(?:of|showing|with|where)\s+)?/i;
const ASPECT =
  /(?:,?\s*(?:in\s+)?(?:--ar\s+|aspect ratio\s*:?\s*)?)\b(\d{1,2})\s*[:×x]\s*(\d{1,2})\b(?:\s+aspect ratio)?/gi;
const RATIOS = new Set([
  "1:1",
  "2:1",
  "1:2",
  "3:2",
  "2:3",
  "4:3",
  "3:4",
  "5:4",
  "4:5",
  "16:9",
  "9:16",
  "21:9",
  "9:21",
]);

function imageSubject(facts: Facts): string | undefined {
  const subject = withoutNegatives(
    uncapitalize(facts.task).replace(IMAGE_REQUEST, ""),
  )
    .replace(ASPECT, (match, a, b) => RATIOS.has(`${a}:${b}`) ? "" : match)
    .replace(/[\s.,;!?]+$/, "");
  return subject === "" ? undefined : subject;
}

function imageDetails(facts: Facts): string[] {
  return facts.details.map((detail) => uncapitalize(withoutNegatives(detail)))
    .filter((detail) => detail !== "");
}

function withoutNegatives(sentence: string): string {
  return sentence.replace(NEGATIVE, "").replace(/^[\s,;]+|[\s,;.]+$/g, "");
}

function negativePrompt(
  facts: Facts,
  _category: Category,
  section: TemplateSection,
): Content {
  const asked = [...facts.prose.matchAll(NEGATIVE)]
    .map((match) => match[1].trim().toLowerCase());
  if (asked.length === 0) return undefined;
  const defaults = typeof section.fallback === "string"
    ? section.fallback.split(", ")
    : section.fallback;
  return [...new Set([...asked, ...defaults])].join(", ");
}

const RATIO_WORDS: Table = [
  [/\b(?:square|instagram post|avatar|profile picture)\b/i, "1:1 (square)"],
  [
    /\b(?:vertical|portrait orientation|phone wallpaper|instagram story|stories|reels?|tiktok)\b/i,
    "9:16 (vertical)",
  ],
  [
    /\b(?:horizontal|landscape orientation|widescreen|desktop wallpaper|youtube thumbnail|banner)\b/i,
    "16:9 (landscape)",
  ],
];

function aspectRatio(facts: Facts): string | undefined {
  for (const match of facts.prose.matchAll(ASPECT)) {
    const ratio = `${match[1]}:${match[2]}`;
    if (RATIOS.has(ratio)) return ratio;
  }
  return findAll(facts.positive, RATIO_WORDS)[0];
}

/** The image prompt in one line, from what the user gave, without placeholders. */
function fullImagePrompt(facts: Facts): string | undefined {
  const subject = imageSubject(facts);
  if (subject === undefined) return undefined;
  const lower = subject.toLowerCase();
  const extras = [STYLES, COMPOSITION, LIGHTING, CAMERA]
    .flatMap((table) => findAll(facts.positive, table))
    .filter((phrase) => !lower.includes(phrase.toLowerCase()));
  return [subject, ...extras, ...imageDetails(facts), "highly detailed"]
    .join(", ");
}

// ---------------------------------------------------------------- tables

const LANGUAGES: Table = [
  [/\bpython\s*3?\b|\bpy\b/i, "Python"],
  [/\btypescript\b/i, "TypeScript"],
  [/\bjavascript\b|\bnode\.?js\b|\bjs\b/i, "JavaScript"],
  [/\bjava\b(?!\s*script)/i, "Java"],
  [/\bkotlin\b/i, "Kotlin"],
  [/\bswift\b/i, "Swift"],
  [/(?<![\w#])c#|\bc-?sharp\b/i, "C#"],
  [/(?<!\w)c\+\+|\bcpp\b/i, "C++"],
  [/\b(?:in|using|with|written in)\s+C(?![\w#+])/, "C"],
  [/\bgolang\b|\b(?:in|using|with|written in)\s+Go\b/, "Go"],
  [/\brust\b/i, "Rust"],
  [/\bruby\b/i, "Ruby"],
  [/\bphp\b/i, "PHP"],
  [/\bscala\b/i, "Scala"],
  [/\bsql\b|\bpostgres(?:ql)?\b|\bmysql\b|\bsqlite\b/i, "SQL"],
  [/\bbash\b|\bshell script\b|\bzsh\b/i, "Bash"],
  [/\bpowershell\b/i, "PowerShell"],
  [/\b(?:in|using|with)\s+R\b/, "R"],
  [/\bdart\b/i, "Dart"],
  [/\blua\b/i, "Lua"],
  [/\bhaskell\b/i, "Haskell"],
  [/\belixir\b/i, "Elixir"],
  [/\bperl\b/i, "Perl"],
  [/\bjulia\b/i, "Julia"],
  [/\bmatlab\b/i, "MATLAB"],
  [/\bsolidity\b/i, "Solidity"],
  [/\bhtml\b/i, "HTML"],
  [/\bcss\b/i, "CSS"],
];

const TOOLS: Table = [
  [/\breact\b/i, "React"],
  [/\bvue\b/i, "Vue"],
  [/\bangular\b/i, "Angular"],
  [/\bsvelte\b/i, "Svelte"],
  [/\bnext\.?js\b/i, "Next.js"],
  [/\bexpress(?:\.?js| server| app)\b/i, "Express"],
  [/\bnest\.?js\b/i, "NestJS"],
  [/\bdjango\b/i, "Django"],
  [/\bflask\b/i, "Flask"],
  [/\bfastapi\b/i, "FastAPI"],
  [/\bspring (?:boot|framework)\b/i, "Spring"],
  [/\brails\b/i, "Rails"],
  [/\blaravel\b/i, "Laravel"],
  [/\.net\b/i, ".NET"],
  [/\bpandas\b/i, "pandas"],
  [/\bnumpy\b/i, "NumPy"],
  [/\bpytorch\b/i, "PyTorch"],
  [/\btensorflow\b/i, "TensorFlow"],
  [/\bscikit-learn\b|\bsklearn\b/i, "scikit-learn"],
  [/\bdocker\b/i, "Docker"],
  [/\bkubernetes\b|\bk8s\b/i, "Kubernetes"],
  [/\bpostgres(?:ql)?\b/i, "PostgreSQL"],
  [/\bmysql\b/i, "MySQL"],
  [/\bmongo(?:db)?\b/i, "MongoDB"],
  [/\bredis\b/i, "Redis"],
  [/\bgraphql\b/i, "GraphQL"],
  [/\bdeno\b/i, "Deno"],
  [/\btailwind\b/i, "Tailwind CSS"],
  [/\bflutter\b/i, "Flutter"],
  [/\bselenium\b/i, "Selenium"],
  [/\bplaywright\b/i, "Playwright"],
  [/\bpytest\b/i, "pytest"],
  [/\bjest\b/i, "Jest"],
  [/\bgit\b/i, "Git"],
];

const SCOPE: Table = [
  [
    /\b(?:since|from|after|before|between|during|in)\s+(?:the\s+)?(?:\d{4}s?)(?:\s*(?:-|–|to|and)\s*\d{4})?\b|\b(?:over|in) the (?:last|past) (?:\d+\s+)?(?:years?|decades?|months?)\b|\b(?:recent|latest|current)\b/i,
  ],
  [
    /\b(?:the\s+)?(?:US|USA|U\.S\.|United States|North America|Latin America|Europe|EU|European Union|UK|United Kingdom|Canada|Australia|Germany|France|Spain|Italy|China|Japan|India|Brazil|Ukraine|Africa|Asia|Middle East)\b|\b(?:worldwide|globally|global)\b/,
  ],
];

const SOURCE_KINDS: Table = [
  [/\bpeer[- ]reviewed(?: (?:studies|papers|articles|research|journals|sources))?/i],
  [/\bacademic (?:papers?|sources|research|studies)\b/i],
  [/\bscientific (?:papers?|studies|literature)\b/i],
  [/\bmeta-analys[ie]s\b/i],
  [/\bprimary sources?\b/i],
  [/\bofficial (?:statistics|data|sources?)\b/i],
  [/\bgovernment (?:data|reports?|sources?)\b/i],
  [/\bnews (?:articles?|sources?)\b/i],
];

const CHANNELS: Table = [
  [/\blanding page\b/i],
  [/\bcold emails?\b/i, "cold email"],
  [/\bnewsletter\b/i],
  [/\be-?mails?\b/i, "email"],
  [/\blinkedin\b/i, "LinkedIn"],
  [/\btwitter\b|\btweets?\b|\bx post\b/i, "X (Twitter)"],
  [/\binstagram\b/i, "Instagram"],
  [/\bfacebook\b/i, "Facebook"],
  [/\btiktok\b/i, "TikTok"],
  [/\byoutube\b/i, "YouTube"],
  [/\bgoogle ads\b/i, "Google Ads"],
  [/\bads?\b|\bad copy\b|\badvert(?:isement)?s?\b/i, "ad"],
  [/\bblog posts?\b/i, "blog post"],
  [/\bpress release\b/i],
  [/\bpitch deck\b/i],
  [/\bsales page\b/i],
  [/\bproduct descriptions?\b/i, "product description"],
  [/\bwebsite\b|\bhomepage\b/i, "website"],
  [/\bsms\b/i, "SMS"],
  [/\bpush notifications?\b/i, "push notification"],
  [/\bflyer\b|\bbrochure\b|\bposter\b/i],
  [/\bwebinar\b/i],
];

const STYLES: Table = [
  [/\b(?:hyper-?)?photo-?realistic\b|\bphotograph(?:y|ic)?\b|\bphoto\b/i],
  [/\bcinematic\b/i],
  [/\bwatercolou?r\b/i],
  [/\boil painting\b|\bacrylic\b/i],
  [/\b(?:pencil |charcoal )?sketch\b|\bcharcoal\b|\bline art\b|\bink drawing\b/i],
  [/\bpixel art\b/i],
  [/\b3d render\b|\b3d\b|\bblender\b|\boctane render\b/i],
  [/\blow[- ]poly\b/i],
  [/\bisometric\b/i],
  [/\bvector\b|\bflat illustration\b|\bflat design\b/i],
  [/\banime\b|\bmanga\b/i],
  [/\bcartoon\b|\bcomic(?: book)?\b/i],
  [/\bstudio ghibli\b|\bpixar\b|\bdisney\b/i],
  [/\bcyberpunk\b|\bsteampunk\b|\bvaporwave\b|\bsynthwave\b/i],
  [/\bart deco\b|\bart nouveau\b|\bimpressionis[tm]\b|\bsurreal(?:ist|ism)?\b/i],
  [/\bminimalis[tm]\b|\bminimal\b/i],
  [/\bbaroque\b|\brenaissance\b|\bukiyo-e\b|\bpop art\b|\bgraffiti\b/i],
  [/\bconcept art\b|\bdigital (?:art|painting)\b|\bmatte painting\b/i],
  [/\bvintage\b|\bretro\b|\bpolaroid\b|\bnoir\b/i],
  [/\bclaymation\b|\borigami\b|\bstained glass\b/i],
  [/\blogo\b|\bicon\b|\bsticker\b/i],
];

const COMPOSITION: Table = [
  [/\bextreme close-?up\b|\bclose-?up\b/i],
  [/\bheadshot\b|\bfull[- ]body\b|\bmedium shot\b|\bwide shot\b|\bestablishing shot\b/i],
  [/\bbird'?s[- ]eye view\b|\btop[- ]down\b|\bflat lay\b|\boverhead\b/i],
  [/\blow[- ]angle\b|\bhigh[- ]angle\b|\beye[- ]level\b|\bdutch angle\b/i],
  [/\bside view\b|\bfront view\b|\bprofile view\b/i],
  [/\bsymmetric(?:al)?\b|\bsymmetry\b|\bcentered\b|\brule of thirds\b/i],
  [/\bsilhouette\b|\bpanoram(?:a|ic)\b|\baerial(?: view| shot)?\b|\bdrone shot\b/i],
];

const LIGHTING: Table = [
  [/\bgolden hour\b|\bblue hour\b/i],
  [/\bsunset\b|\bsunrise\b|\bdawn\b|\bdusk\b|\btwilight\b/i],
  [/\bnight(?:time)?\b|\bmoonlit\b|\bmoonlight\b|\bcandlelight\b/i],
  [/\bneon(?: lights?| lighting)?\b/i],
  [/\bstudio lighting\b|\bsoft (?:light|lighting)\b|\bnatural light(?:ing)?\b/i],
  [/\bbacklit\b|\bbacklighting\b|\brim light(?:ing)?\b/i],
  [/\bdramatic (?:light|lighting)\b|\bcinematic lighting\b|\bchiaroscuro\b/i],
  [/\bvolumetric (?:light|lighting)\b|\bgod rays\b/i],
  [/\bovercast\b|\bfoggy\b|\bmisty\b|\bfog\b|\bmist\b/i],
  [/\blow[- ]key\b|\bhigh[- ]key\b|\bbioluminescent\b/i],
];

const CAMERA: Table = [
  [/\b\d{2,3}\s?mm\b/i],
  [/\bf\/\d+(?:\.\d+)?/i],
  [/\bwide[- ]angle\b|\btelephoto\b|\bmacro\b|\bfisheye\b/i],
  [/\bbokeh\b|\bshallow depth of field\b|\bdeep depth of field\b/i],
  [/\btilt[- ]shift\b|\blong exposure\b|\bmotion blur\b/i],
  [/\bdslr\b|\bfilm grain\b|\bkodak\s+\w+(?:\s+\d+)?\b|\bfujifilm\b/i],
];
