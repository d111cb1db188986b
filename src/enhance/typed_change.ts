/**
 * What a change typed to an answer asks, where the offline enhancer can do
 * it without a model: a button's version in words ("shorter", "another
 * version"), a section to drop ("no tests please"), or another programming
 * language ("use TypeScript instead").
 *
 * @module
 */
import { languagesIn, withoutPlease } from "./extract.ts";
import { escapeRegExp } from "./terms.ts";

/** The buttons a typed change can stand for. */
export type TypedButton = "shorter" | "detail" | "another";

/** `words` without "please" ({@linkcode withoutPlease}) or closing punctuation. */
function withoutAsking(words: string): string {
  return withoutPlease(words.trim()).replace(/[\s.!]+$/u, "").trim();
}

function bare(words: string): string {
  return withoutAsking(words).toLowerCase();
}

const BUTTONS: readonly (readonly [TypedButton, RegExp])[] = [
  [
    "shorter",
    /^(?:(?:(?:can\s+you\s+)?make\s+it|keep\s+it)\s+)?(?:(?:a\s+(?:bit|little)|much|even)\s+)?(?:shorter|more\s+concise|briefer|tighter)$|^(?:shorten\s+it|too\s+long|cut\s+it\s+down)$|^(?:сделай(?:те)?\s+)?(?:(?:ещё|еще|чуть|немного)\s+)?(?:покороче|короче)$|^сократи(?:те)?(?:\s+(?:его|это))?$|^(?:зроби\s+)?коротше$|^(?:mach(?:e)?\s+es\s+)?kürzer$|^(?:hazlo\s+)?más\s+corto$|^(?:rends-le\s+)?plus\s+court$|^(?:rendilo\s+)?più\s+(?:breve|corto)$|^(?:deixe-o\s+)?mais\s+curto$|^krócej$|^daha\s+kısa(?:\s+(?:yap|yaz|olsun))?$|^lebih\s+pendek$|^(?:更短|短一点|再短一点)$/u,
  ],
  [
    "detail",
    /^(?:(?:make\s+it|add)\s+)?(?:more\s+(?:detail(?:ed)?|details|specific)|longer)$|^(?:expand|elaborate)(?:\s+(?:it|on\s+it))?$|^(?:сделай(?:те)?\s+)?(?:подробнее|детальнее|длиннее|более\s+подробно)$|^(?:зроби\s+)?(?:детальніше|докладніше|довше)$|^(?:mach(?:e)?\s+es\s+)?(?:ausführlicher|detaillierter|länger)$|^(?:hazlo\s+)?más\s+(?:detallado|largo)$|^(?:rends-le\s+)?plus\s+(?:détaillé|long)$|^(?:rendilo\s+)?più\s+(?:dettagliato|lungo)$|^mais\s+(?:detalhado|longo)$|^(?:bardziej\s+szczegółowo|dłużej)$|^(?:更详细|详细一点)$/u,
  ],
  [
    "another",
    /^(?:(?:give\s+me|try|write)\s+)?(?:another|a\s+different|different)\s+(?:version|one|take|variant)$|^(?:try\s+again|something\s+different)$|^(?:(?:дай|напиши)\s+)?(?:другой|ещё\s+один|еще\s+один)\s+вариант$|^(?:по-другому|иначе)$|^інший\s+варіант$|^(?:eine\s+)?andere\s+version$|^noch\s+eine\s+version$|^otra\s+versión$|^(?:une\s+)?autre\s+version$|^(?:un'altra|altra)\s+versione$|^outra\s+versão$|^inna\s+wersja$|^(?:换一个|另一个版本)$/u,
  ],
];

/**
 * The button a typed change asks for in words, or undefined: "make it
 * shorter", "короче", "more detail", "another version".
 *
 * @example
 * ```ts
 * typedButton("make it shorter, please"); // "shorter"
 * typedButton("shorter and funnier"); // undefined
 * ```
 */
export function typedButton(words: string): TypedButton | undefined {
  const text = bare(words);
  return BUTTONS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** "no tests", "без тестов", "remove the edge cases": what to drop. */
const DROP =
  /^(?:no|without|skip|remove|drop|delete|omit|(?:i\s+)?(?:don't|do\s+not)\s+(?:need|want|include)|без|убери(?:те)?|удали(?:те)?|не\s+нужн[оаы]|sin|quita|elimina|ohne|keine?n?|entferne|sans|pas\s+de|enlève|supprime|senza|togli|rimuovi|sem|tire|remova|bez|usuń)\s+(?:(?:the|any|los|las|el|la|die|den|das|les|le|la|i|gli|il|os|as|o|a)\s+)?(.+?)(?:\s+(?:section|part|раздел|секцию))?$/iu;

const ARTICLE =
  /^(?:the|any|los|las|el|la|die|den|das|les|le|i|gli|il|os|as|o|a)\s+/iu;

/** A section a prompt shows, as its label. */
export interface Section {
  id: string;
  label: string;
}

/**
 * The sections `words` ask to drop, of `sections`: "no tests please" names
 * "Tests", "без тестов" "Тесты"; none when it names no section ("no emojis").
 */
export function droppedSections(
  words: string,
  sections: readonly Section[],
): Section[] {
  const found = DROP.exec(bare(words));
  if (found === null) return [];
  const named = found[1].split(
    /\s*(?:,|\band\b|\bor\b|\bи\b|\by\b|\bund\b|\bet\b|\be\b|\bi\b)\s*/u,
  )
    .map((part) => part.replace(ARTICLE, "")).filter((part) => part !== "");
  return sections.filter((section) =>
    named.some((name) => sameStem(name, section.label.toLowerCase()))
  );
}

/**
 * Whether a word or two name a label: the label itself in another form
 * ("test" and "tests", "тестов" and "тесты"), or its first words ("edge
 * cases" of "edge cases to handle"); not a longer word that starts the same
 * ("testing", "testimonials", "TestNG").
 */
function sameStem(name: string, label: string): boolean {
  const named = name.split(/\s+/u);
  const labelled = label.split(/\s+/u);
  if (named.length > labelled.length) return false;
  return named.every((word, i) => sameWord(word, labelled[i]));
}

/** Endings a noun takes in the lexicons' languages: "tests", "тестов". */
const ENDINGS = new Set([
  "",
  "s",
  "es",
  "e",
  "en",
  "n",
  "i",
  "y",
  "ы",
  "и",
  "а",
  "у",
  "ов",
  "ев",
  "ей",
  "ом",
  "ів",
  "ów",
]);

function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 3 && ENDINGS.has(a.slice(common)) &&
    ENDINGS.has(b.slice(common));
}

/**
 * `prompt` without the `section` (its label's line, the list under it, or
 * its `<id>` block), or as it was when the section is not there.
 */
export function withoutSection(
  prompt: string,
  section: Section,
  colon: string,
): string {
  const block = new RegExp(
    `(?:^|\\n)<${escapeRegExp(section.id)}>\\n[\\s\\S]*?\\n</${
      escapeRegExp(section.id)
    }>(?=\\n|$)`,
    "u",
  );
  if (block.test(prompt)) return tidy(prompt.replace(block, ""));
  const lines = prompt.split("\n");
  // "Tests: …", and "Edge cases to handle:" over its list.
  const lead = `${section.label}${colon.trimEnd()}`;
  const start = lines.findIndex((line) => line.startsWith(lead));
  if (start === -1) return prompt;
  let end = start + 1;
  while (end < lines.length && /^\s*(?:[-•*]|\d+[.)])\s/u.test(lines[end])) {
    end++;
  }
  lines.splice(start, end - start);
  return tidy(lines.join("\n"));
}

function tidy(prompt: string): string {
  return prompt.replace(/\n{3,}/gu, "\n\n").trim();
}

/** "use TypeScript instead", "switch to Rust", "на Go": the language to use. */
const SWITCH =
  /^(?:(?:use|switch\s+to|(?:re)?write(?:\s+it)?\s+in|do\s+it\s+in|port(?:\s+it)?\s+to|convert(?:\s+it)?\s+to|translate(?:\s+it)?\s+to|in|используй(?:те)?|перепиши\s+на|на|verwende|nimm|usa|utilise|en|użyj)\s+)?(.+?)(?:\s+(?:instead(?:\s+of\s+.+)?|вместо(?:\s+.+)?|замість(?:\s+.+)?|statt(?:dessen)?(?:\s+.+)?|en\s+(?:su\s+)?lugar(?:\s+de\s+.+)?|à\s+la\s+place(?:\s+de\s+.+)?|invece(?:\s+di\s+.+)?))?$/iu;

/**
 * The programming language a typed change switches to, as written ("use
 * TypeScript instead": "TypeScript", "use Python 3.12": "Python 3.12"), or
 * undefined when it names none, or more than a language.
 */
export function switchedTo(words: string): string | undefined {
  const text = withoutAsking(words);
  const found = SWITCH.exec(text);
  if (found === null || found[0] === found[1]) return undefined;
  const named = found[1].trim();
  if (named.split(/\s+/u).length > 3) return undefined;
  // "Go", "C", "R" are languages after "in"; a library ("pytest", "React")
  // is no language to switch to.
  const languages = languagesIn(`in ${named}`);
  if (languages.length !== 1) return undefined;
  // "Python 3.12" as written; "питоне", "джаваскрипте" by their names.
  const version = /\s+(v?\d+(?:\.\d+)*)$/u.exec(named)?.[1];
  return version === undefined ? languages[0] : `${languages[0]} ${version}`;
}

/**
 * `prompt` with the stack section showing `to`, and every other mention of
 * the language it showed before ("python" in "Write a python function")
 * naming the new one; as it was when no stack section is there.
 */
export function withLanguage(
  prompt: string,
  stack: Section,
  colon: string,
  to: string,
): string {
  const lead = `${stack.label}${colon}`;
  const lines = prompt.split("\n");
  const at = lines.findIndex((line) => line.startsWith(lead));
  const xml = new RegExp(
    `(<${escapeRegExp(stack.id)}>\\n)([^\\n]*)(\\n</)`,
    "u",
  );
  const shown = at !== -1
    ? lines[at].slice(lead.length)
    : xml.exec(prompt)?.[2];
  if (shown === undefined) return prompt;
  const [before] = languagesIn(`in ${shown}`);
  const [after] = languagesIn(`in ${to}`);
  let text = at !== -1
    ? (lines[at] = `${lead}${to}`, lines.join("\n"))
    : prompt.replace(xml, (_, open, _body, close) => `${open}${to}${close}`);
  if (before !== undefined && after !== undefined && before !== after) {
    text = text.split("\n").map((line) =>
      line.startsWith(lead) ? line : line.replace(mentionOf(before), after)
    ).join("\n");
  }
  return text;
}

/**
 * Where a prompt names a language as a word of its own: not in "python-dotenv",
 * "my_python_utils" or "docs.python.org". "Go", "C" and "R", which are words
 * too, only where they name a language: "in Go", "a go function".
 */
function mentionOf(language: string): RegExp {
  const name = escapeRegExp(language);
  const alone = String.raw`(?<![\p{L}\p{N}+#_\-./@])`;
  const after = String.raw`(?![\p{L}\p{N}+#_\-/@]|\.[\p{L}\p{N}])`;
  if (language.length > 2) return new RegExp(`${alone}${name}${after}`, "giu");
  return new RegExp(
    `${alone}(?:(?<=(?:in|using|with|written in|на)\\s+)${name}|${name}(?=\\s+(?:function|script|program|code|app|service|library|module|package|project|server|cli|tool|file|class)))${after}`,
    "giu",
  );
}
