/**
 * Which language a rough prompt is written in, among the languages the
 * offline enhancer writes labels for (every shipped interface locale).
 * Deterministic: the script first, then distinctive letters and common words.
 *
 * @module
 */

import { lazyGroup } from "../util/lazy.ts";

/** Every value this module builds on first use; see {@linkcode warmUpLanguage}. */
const lazy = lazyGroup();

/** Every language the offline enhancer writes, English first. */
export const PROMPT_LANGUAGES = [
  "en",
  "ru",
  "es",
  "pt",
  "de",
  "fr",
  "it",
  "tr",
  "uk",
  "pl",
  "id",
  "fa",
  "ar",
  "zh",
  "hi",
] as const;

/** A language of {@linkcode PROMPT_LANGUAGES}. */
export type PromptLanguage = typeof PROMPT_LANGUAGES[number];

/** Whether `value` is one of {@linkcode PROMPT_LANGUAGES}. */
export function isPromptLanguage(value: unknown): value is PromptLanguage {
  return typeof value === "string" &&
    (PROMPT_LANGUAGES as readonly string[]).includes(value);
}

/** Options of {@linkcode detectLanguage}. */
export interface DetectLanguageOptions {
  /**
   * The answer when the text gives no clear sign, e.g. a single Latin word:
   * typically the user's interface language. Defaults to "en".
   */
  fallback?: PromptLanguage;
}

type Script = "latin" | "cyrillic" | "arabic" | "han" | "devanagari" | "other";

// These tables are built on first use: Unicode property classes, with the
// i flag above all, cost start-up time to compile. Their regexes are global,
// but only `String.prototype.match` uses them, which leaves lastIndex at 0.
const scripts = lazy((): readonly (readonly [Script, RegExp])[] => [
  ["latin", /\p{Script=Latin}/gu],
  ["cyrillic", /\p{Script=Cyrillic}/gu],
  ["arabic", /\p{Script=Arabic}/gu],
  ["han", /\p{Script=Han}/gu],
  ["devanagari", /\p{Script=Devanagari}/gu],
  ["other", /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu],
]);

/** Letters only one language of a script uses, each worth two common words. */
const distinctLetters = lazy((): Partial<Record<PromptLanguage, RegExp>> => ({
  uk: /[іїєґ]/giu,
  ru: /[ыэъё]/giu,
  fa: /[پچژگکی]/gu,
  ar: /[ةكيىإأ]/gu,
  es: /[ñ¿¡]/giu,
  pt: /[ãõ]|ção|ções/giu,
  de: /[ßä]/giu,
  fr: /[èêëœ]|(?<![\p{L}])(?:à|où)(?![\p{L}])/giu,
  it: /[ìò]|(?<=\p{L})[àè](?!\p{L})/giu,
  tr: /[ışğ]|İ/gu,
  pl: /[ąęłśźżń]/giu,
}));

/** Frequent short words that tell the languages of one script apart. */
const WORDS: Partial<Record<PromptLanguage, readonly string[]>> = {
  en: [
    "the",
    "and",
    "a",
    "an",
    "of",
    "to",
    "for",
    "with",
    "is",
    "my",
    "me",
    "write",
    "about",
    "that",
    "it",
    "i",
    "you",
    "please",
    "in",
    "on",
    "how",
    "what",
    "make",
    "this",
  ],
  es: [
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "que",
    "y",
    "un",
    "una",
    "para",
    "con",
    "por",
    "es",
    "mi",
    "escribe",
    "sobre",
    "cómo",
    "qué",
    "necesito",
    "quiero",
    "muy",
    "pero",
    "al",
    "más",
    "este",
    "esta",
    "hay",
    "estilo",
  ],
  pt: [
    "o",
    "os",
    "as",
    "de",
    "do",
    "da",
    "dos",
    "que",
    "e",
    "um",
    "uma",
    "para",
    "com",
    "por",
    "meu",
    "minha",
    "escreva",
    "sobre",
    "como",
    "não",
    "preciso",
    "quero",
    "você",
    "em",
    "no",
    "na",
    "num",
    "numa",
    "dum",
    "duma",
    "pelo",
    "pela",
    "ao",
    "aos",
    // Spanish too: neither language's by itself.
    "estilo",
  ],
  de: [
    "der",
    "die",
    "das",
    "und",
    "ein",
    "eine",
    "einen",
    "für",
    "mit",
    "ist",
    "ich",
    "mein",
    "meine",
    "schreibe",
    "schreib",
    "über",
    "wie",
    "nicht",
    "zu",
    "auf",
    "von",
    "bitte",
    "den",
    "einem",
    "einer",
    "meinen",
    "meinem",
    "meiner",
    "zum",
    "zur",
    "beim",
    "wegen",
    "mir",
    "mich",
    "sich",
    "auch",
    "oder",
    "nach",
    "soll",
    "wird",
  ],
  fr: [
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "un",
    "une",
    "pour",
    "avec",
    "est",
    "mon",
    "ma",
    "mes",
    "écris",
    "sur",
    "comment",
    "je",
    "pas",
    "qui",
    "dans",
    "moi",
    "s'il",
  ],
  it: [
    "il",
    "lo",
    "la",
    "gli",
    "le",
    "di",
    "del",
    "della",
    "che",
    "e",
    "un",
    "una",
    "per",
    "con",
    "è",
    "mio",
    "mia",
    "scrivi",
    "sul",
    "come",
    "non",
    "sono",
    "ho",
    "al",
    "nel",
    "nella",
    "alla",
    "dei",
    "delle",
    "degli",
    "dal",
    "dalla",
    "sulla",
    "questo",
    "questa",
    "voglio",
    "vorrei",
    "anche",
    "più",
    "molto",
    "disegna",
    "immagine",
    "stile",
  ],
  tr: [
    "ve",
    "bir",
    "bu",
    "için",
    "ile",
    "de",
    "da",
    "ne",
    "nasıl",
    "yaz",
    "benim",
    "çok",
    "gibi",
    "mi",
    "olan",
    "hakkında",
  ],
  pl: [
    "i",
    "w",
    "z",
    "na",
    "do",
    "się",
    "jest",
    "że",
    "nie",
    "dla",
    "jak",
    "napisz",
    "mój",
    "moja",
    "o",
    "to",
    "czy",
    "proszę",
  ],
  id: [
    "dan",
    "yang",
    "untuk",
    "dengan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "saya",
    "aku",
    "tulis",
    "buat",
    "buatkan",
    "tentang",
    "bagaimana",
    "tolong",
    "apa",
    "tidak",
    "atas",
    "saat",
    "sebuah",
    "seekor",
    "pada",
    "gambar",
    "gambarkan",
    "bisa",
    "akan",
    "juga",
    "seperti",
    "sangat",
    "lebih",
    "ingin",
    "dalam",
    "bawah",
    "jelaskan",
    "cara",
    "kerja",
    "gaya",
    "kucing",
    "anjing",
  ],
  ru: [
    "и",
    "в",
    "на",
    "что",
    "как",
    "для",
    "это",
    "мне",
    "мой",
    "не",
    "про",
    "о",
    "с",
    "по",
    "напиши",
    "мою",
    "ты",
    "вы",
    "когда",
    "очень",
    "который",
    "которая",
    "чтобы",
    "от",
    "или",
    "его",
    "её",
    "письмо",
    "сделай",
  ],
  uk: [
    "і",
    "й",
    "що",
    "як",
    "це",
    "мені",
    "мій",
    "не",
    "про",
    "з",
    "та",
    "для",
    "напиши",
    "або",
    "його",
    "її",
    "ти",
    "ви",
    "він",
    "вона",
    "вони",
    "який",
    "яка",
    "яке",
    "які",
    "дуже",
    "ласка",
    "зроби",
    "моє",
    "мої",
    "від",
    "щоб",
    "тобі",
    "намалюй",
    "згенеруй",
    "створи",
  ],
  fa: ["و", "در", "به", "از", "که", "این", "را", "با", "برای", "است", "یک"],
  ar: ["و", "في", "من", "على", "إلى", "أن", "هذا", "مع", "عن", "لي", "ما"],
};

const CANDIDATES: Record<Script, readonly PromptLanguage[]> = {
  latin: ["en", "es", "pt", "de", "fr", "it", "tr", "pl", "id"],
  cyrillic: ["ru", "uk"],
  arabic: ["ar", "fa"],
  han: ["zh"],
  devanagari: ["hi"],
  other: [],
};

const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[^]*?^\1[ \t]*$/gm;
/** Links, domains ("example.com", "www.site.de"), addresses and inline code. */
const URL_OR_CODE =
  /https?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|ai|co|de|fr|es|it|pt|br|ru|ua|pl|tr|id|ir|in|cn|uk|eu)\b(?:\/\S*)?|`[^`\n]*`/g;

/**
 * The language of `text`, among {@linkcode PROMPT_LANGUAGES}. Code blocks,
 * inline code and links do not count. Without a clear sign (a single Latin
 * word, or a script of no shipped language) it answers `options.fallback`.
 *
 * @example
 * ```ts
 * detectLanguage("Напиши пост о пользе прогулок"); // "ru"
 * detectLanguage("gato", { fallback: "es" }); // "es"
 * ```
 */
export function detectLanguage(
  text: string,
  options: DetectLanguageOptions = {},
): PromptLanguage {
  const fallback = options.fallback ?? "en";
  const prose = text.replace(FENCED_CODE, " ").replace(URL_OR_CODE, " ");
  const script = dominantScript(prose);
  const candidates = script === undefined ? [] : CANDIDATES[script];
  if (candidates.length === 0) return fallback;
  if (candidates.length === 1) return candidates[0];
  return bestScored(prose, candidates, fallback) ??
    (candidates.includes(fallback) ? fallback : candidates[0]);
}

/** The script most letters are in; undefined when there are no letters. */
function dominantScript(text: string): Script | undefined {
  let best: Script | undefined;
  let most = 0;
  for (const [script, pattern] of scripts()) {
    // Han and kana characters carry a syllable or a word each: weigh them
    // like three Latin letters.
    const weight = script === "han" || script === "other" ? 3 : 1;
    const count = (text.match(pattern)?.length ?? 0) * weight;
    if (count > most) {
      best = script;
      most = count;
    }
  }
  return best;
}

/** The candidate with the most signs, or undefined when there is no sign. */
function bestScored(
  text: string,
  candidates: readonly PromptLanguage[],
  preferred: PromptLanguage,
): PromptLanguage | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
  const scores = candidates.map((language) => {
    const letters = text.match(distinctLetters()[language] ?? /$^/g)?.length ??
      0;
    const common = new Set(WORDS[language] ?? []);
    const hits = words.filter((word) => common.has(word)).length;
    return { language, score: hits + 2 * letters };
  });
  scores.sort((a, b) => b.score - a.score);
  const [top] = scores;
  if (top.score === 0) return undefined;
  const tied = scores.filter((entry) => entry.score === top.score);
  if (tied.length === 1) return top.language;
  // A tie: the fallback when it is one of them, else the first in list order.
  const fallback = tied.find((entry) => entry.language === preferred);
  return (fallback ?? tied[0]).language;
}

// Built on first use: the first Intl object of a process that loads locale
// data costs ~20 ms, which start-up need not pay.
const names = lazy(() => new Intl.DisplayNames(["en"], { type: "language" }));

/**
 * Builds what {@linkcode detectLanguage} and {@linkcode languageName} need now
 * rather than on first use.
 */
export function warmUpLanguage(budgetMs = Infinity): boolean {
  return lazy.buildSome(budgetMs);
}

/**
 * The English name of a BCP-47 language code, e.g. "pt-BR" → "Brazilian
 * Portuguese", for instructions to the model.
 *
 * @throws {RangeError} when `code` is not a well-formed language tag.
 */
export function languageName(code: string): string {
  const [canonical] = Intl.getCanonicalLocales(code);
  return names().of(canonical) ?? canonical;
}
