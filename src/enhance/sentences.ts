/**
 * Splits a rough prompt into its code blocks and its sentences, and tells
 * each sentence's role: a request, background, a constraint, an attempt to
 * instruct the model, or a greeting.
 *
 * @module
 */

import {
  constraint,
  greeting,
  isInjection,
  leadingConstraint,
  leadingRequest,
  ownProblem,
  requestPhrase,
} from "./cues.ts";
import { isOnlyALength, onlyATone } from "./extract.ts";

/** What a sentence does in a rough prompt. */
export type SentenceRole =
  | "request"
  | "context"
  | "constraint"
  | "injection"
  | "greeting";

/** One sentence of a rough prompt, in the user's words. */
export interface Sentence {
  readonly text: string;
  readonly role: SentenceRole;
  /** Whether it stood on its own line (a list item, a labelled line). */
  readonly ownLine: boolean;
}

/** A rough prompt taken apart. */
export interface Parts {
  /** Fenced code blocks, verbatim, fences included. */
  readonly code: readonly string[];
  /** The info strings of the fences ("js", "sql"). */
  readonly codeLanguages: readonly string[];
  /** The text outside code blocks. */
  readonly prose: string;
  readonly sentences: readonly Sentence[];
}

const FENCED_CODE = /^(`{3,}|~{3,})([^\n]*)\n[^]*?^\1[ \t]*$/gm;
const LIST_MARKER = /^\s*(?:[-*•·▪–]|\d{1,2}[.)]|[a-z][.)])\s+/iu;
/** Words before a full stop that does not end the sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|dr|mr|mrs|ms|st|no|fig|cf|ca|z\.b|bzw|usw|т\.е|т\.д|т\.п|напр|г|см|p\.ex|ex|\p{Lu})\.$/iu;
const SPACE_AFTER_STOP = /([.!?…؟।]+["'”»)]*)\s+/u;
const CJK_STOP = /(?<=[。！？；])(?=.)/u;

/**
 * Take a rough prompt apart into code blocks and classified sentences.
 *
 * @example
 * ```ts
 * splitPrompt("I run a bakery. Write a slogan. Keep it short.").sentences
 *   .map((s) => s.role); // ["context", "request", "constraint"]
 * ```
 */
export function splitPrompt(rough: string): Parts {
  const text = rough.trim();
  const fences = [...text.matchAll(FENCED_CODE)];
  const prose = text.replace(FENCED_CODE, "\n").trim();
  const sentences: Sentence[] = [];
  for (const line of prose.split(/\n+/)) {
    const item = line.replace(LIST_MARKER, "").trim();
    if (item === "") continue;
    const pieces = splitSentences(item);
    const ownLine = pieces.length === 1;
    for (const piece of pieces) {
      const role = roleOf(piece);
      const about = role === "request" ? aboutMe(piece) : undefined;
      if (about === undefined) {
        sentences.push({ text: piece, role, ownLine });
        continue;
      }
      sentences.push({ text: about.request, role, ownLine: false });
      sentences.push({ text: about.context, role: "context", ownLine: false });
      for (const rule of about.rules) {
        sentences.push({ text: rule, role: "constraint", ownLine: false });
      }
    }
  }
  return {
    code: fences.map((match) => match[0]),
    codeLanguages: fences.map((match) => match[2].trim()).filter(Boolean),
    prose,
    sentences,
  };
}

/**
 * A clause about the user after a request's comma: "Write a cover letter for
 * a data analyst job, I have 2 years of SQL experience", "напиши резюме, у
 * меня 3 года опыта", "escribe mi carta, tengo dos años de experiencia".
 */
const ABOUT_ME =
  /,\s+((?:i|i'm|i've|i'd|i'll|my|я|у\s+меня|мой|моя|мои|tengo|soy|estoy|yo|eu|tenho|sou|estou|ich|mein|meine|j'ai|je|mon|mes|ho|sono|io|il\s+mio|la\s+mia)\s+[^,]+(?:,[^,]+)*)$/iu;
/** "…in which the hero says, I am your father": what is said is the story's. */
const SAYS =
  /(?<![\p{L}])(?:says|said|tells|told|asks|asked|replies|replied|writes|wrote|shouts|whispers|говорит|сказал\p{L}*|пишет|dice|dijo|diz|disse|sagt|sagte|dit|mówi|powiedział\p{L}*)$/iu;
/** A request of fewer words than this is no request of its own. */
const ABOUT_ME_WORDS = 2;
/** "Tell me, I'm curious…", "Скажи мне, я…": the clause is what is asked. */
const ENDS_WITH_ME = /(?<![\p{L}])(?:me|us|мне|нам|mir|uns|moi|nous|mi|ci)$/iu;

function aboutMe(
  sentence: string,
): { request: string; context: string; rules: string[] } | undefined {
  const found = ABOUT_ME.exec(sentence);
  if (found === null) return undefined;
  const request = sentence.slice(0, found.index).trim();
  // "…, I'm a beginner, no equipment": the rule after it is a rule.
  const parts = found[1].trim().split(/,\s+/u);
  const cut = parts.findIndex((part, i) =>
    i > 0 && leadingConstraint().test(part) && roleOf(part) === "constraint"
  );
  const context = (cut === -1 ? parts : parts.slice(0, cut)).join(", ");
  const rules = cut === -1
    ? []
    : parts.slice(cut).map((rule) =>
      rule[0].toLocaleUpperCase() + rule.slice(1)
    );
  const words = (text: string) => text.split(/\s+/u).length;
  if (words(request) < ABOUT_ME_WORDS || words(context) < 3) return undefined;
  if (ENDS_WITH_ME.test(request) || SAYS.test(request)) return undefined;
  // "…, I want it funny", "…, my boss wants it by Friday": still the request.
  if (roleOf(context) !== "context") return undefined;
  return {
    request,
    context: context[0].toLocaleUpperCase() + context.slice(1),
    rules,
  };
}

/** The sentences of one line, each with its final punctuation. */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  for (const chunk of line.split(CJK_STOP)) {
    let rest = chunk;
    let cut = findCut(rest);
    while (cut !== undefined) {
      out.push(rest.slice(0, cut.end).trim());
      rest = rest.slice(cut.next);
      cut = findCut(rest);
    }
    if (rest.trim() !== "") out.push(rest.trim());
  }
  return out.filter((sentence) => sentence !== "");
}

/** Where the first sentence of `text` ends, skipping abbreviations and initials. */
function findCut(text: string): { end: number; next: number } | undefined {
  let offset = 0;
  while (offset < text.length) {
    const match = SPACE_AFTER_STOP.exec(text.slice(offset));
    if (match === null) return undefined;
    const end = offset + match.index + match[1].length;
    const next = offset + match.index + match[0].length;
    const before = text.slice(0, end);
    if (!(match[1] === "." && ABBREVIATION.test(before))) return { end, next };
    offset = next;
  }
  return undefined;
}

/** The role of one sentence; see {@linkcode SentenceRole}. */
export function roleOf(sentence: string): SentenceRole {
  if (isInjection(sentence)) return "injection";
  if (greeting().test(sentence)) return "greeting";
  // "I can't center a div", "No puedo centrar un div": the user's problem,
  // not a rule for the answer ("I can't use any libraries", "No uses
  // emojis", "I don't want emojis" still are).
  const problem = ownProblem().exec(sentence);
  if (problem === null && leadingConstraint().test(sentence)) {
    return "constraint";
  }
  if (isOnlyALength(sentence) || onlyATone(sentence) !== undefined) {
    return "constraint";
  }
  if (leadingRequest().test(stripPoliteness(sentence))) return "request";
  const rest = problem ? sentence.slice(problem[0].length) : sentence;
  if (constraint().test(rest)) return "constraint";
  if (requestPhrase().test(sentence) || /[?？؟]\s*$/u.test(sentence)) {
    return "request";
  }
  return "context";
}

const POLITENESS =
  /^(?:(?:please|pls|ok(?:ay)?|so|hey|hi|hello|now|also|and|then|пожалуйста|плиз|ну|и|también|por favor|bitte|s'il te plaît|per favore|proszę|tolong|lütfen|请)[\s,!]+)+/iu;

/** The sentence without a leading "please", "so", "also"… */
export function stripPoliteness(sentence: string): string {
  return sentence.replace(POLITENESS, "");
}
