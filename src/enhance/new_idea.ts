/**
 * Whether a text typed while clarifying questions wait reads like a new idea
 * rather than an answer: the chat asks the user which it is instead of
 * taking it for the answer (see the workshop).
 *
 * An answer to "Who is it for?" or "What style?" is a short phrase; a new
 * idea opens with a request verb ("Write a haiku about…", "Нарисуй…") or is
 * clearly of another kind than the idea the questions are about (a picture
 * while the questions are about an email). A wrong "yes" costs one tap, a
 * wrong "no" takes the text as the answer, so only clear cases say yes.
 *
 * @module
 */

import { CATEGORIES, type CategoryId, isVisualCategory } from "./categories.ts";
import { QUESTION_SLOTS } from "./clarify.ts";
import { detectCategory } from "./detect.ts";
import {
  isOnlyALength,
  languagesIn,
  onlyTones,
  stackOf,
  withoutPlease,
} from "./extract.ts";
import type { QuestionId } from "./lexicon.ts";
import { leadingConstraint, leadingRequest, QUESTION_WORDS } from "./cues.ts";
import { splitSentences, stripPoliteness } from "./sentences.ts";
import { switchedTo, typedButton } from "./typed_change.ts";
import { lazy } from "../util/lazy.ts";

/** Fewer words than this are an answer, whatever they say. */
const MIN_WORDS = 4;
/** How sure the category guess of the text must be to call it another kind. */
const SURE = 0.5;
/**
 * Fewer words than this are an answer, when only the kind of the text (a
 * picture while the questions are about a text, or the other way round)
 * says it is new: "Instagram and TikTok short videos mostly" answers where
 * it is posted.
 */
const MIN_WORDS_OF_ANOTHER_KIND = 7;
/**
 * "Make it funny", "write it shorter", "draw them smaller": a request verb
 * pointing back at the idea asked about is an answer.
 */
const POINTS_BACK =
  /^\S+\s+(?:it|this|that|them|these|those|one|его|её|ее|это|их|так|це|її|eso|esto|es|ihn|sie|ça|cela|to(?!\s+(?:my|the|a|an|our|your|his|her|their|me|us|him|them)(?=\s|$)))(?=[\s,.;:!?]|$)/iu;
/**
 * "Можешь написать…", "¿Puedes escribir…", "Peux-tu écrire…", "Puoi
 * scrivere…": "can you" and an infinitive, in languages whose request
 * verbs are otherwise imperatives.
 */
const CAN_YOU =
  /^(?:можешь|можете|не\s+мог(?:ли)?\s+бы\s+(?:ты|вы)|могли\s+бы\s+вы|можеш|¿?(?:puedes|podrías|podria|podría)|(?:você\s+)?(?:pode|podes|poderia)|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|puoi|potresti|(?:czy\s+)?(?:możesz|mógłbyś|mogłabyś))\s+(?:(?:мне|нам|мені|me|mi|moi|mnie)\s+)?(?:написать|нарисовать|сделать|придумать|составить|создать|сгенерировать|написати|намалювати|зробити|створити|escribir(?:me)?|dibujar(?:me)?|hacer(?:me)?|crear(?:me)?|generar(?:me)?|escrever|desenhar|fazer|criar|gerar|écrire|dessiner|faire|créer|générer|scrivere|scrivermi|disegnare|fare|creare|generare|napisać|narysować|zrobić|stworzyć)(?![\p{L}])/iu;
/** "Can you…", "Could you please…", "I want you to…": a request's opening. */
const ASKING =
  /^(?:(?:can|could|would|will)\s+(?:you|u)|(?:i\s+(?:want|need)|i'd\s+like|i\s+would\s+like)\s+you\s+to)\s+(?:please\s+)?/iu;
/**
 * What opens the thing a request makes when it is of no category of its
 * own: "Plan a 3-day trip…", "Give me ten names…", "Write a letter to my
 * bank…". Not "the" (it points back as often as not: "Write the intro
 * shorter"), and not "a bit", "a version", "a sense of…": how to change the idea.
 */
const makesAThing: () => RegExp = lazy(() =>
  new RegExp(
    "^\\s+(?:(?:me|us|мне|нам|мені|mir|uns|moi|nous|mi|ci|nos|mnie|nam)\\s+)?" +
      "(?:a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|" +
      "twenty|dozen|\\d+(?:[-–]\\p{L}+)?|un|una|uno|un'|unos|unas|um|uma|" +
      "ein|eine|einen|einem|einer|une|des|dos|tres|cinco|diez|zwei|drei|" +
      "fünf|zehn|deux|trois|cinq|dix|due|tre|cinque|dieci|три|пять|десять|" +
      "несколько)" +
      "(?=[\\s,]|$)(?!\\s+(?:bit|little|lot|version|variant|draft|copy|" +
      "shorter|longer|more|less|sense|feeling|tone|touch|mood|vibe|" +
      "couple\\s+of\\s+changes)(?=[\\s,.;:!?]|$))",
    "iu",
  )
);
/** Request words that ask a question ("How…", "What…"): no thing to make. */
const QUESTIONS = new Set(QUESTION_WORDS);
/** Chinese, Japanese and Korean characters: two of them are about a word. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Offline questions whose answer is itself a request or an aim ("What should
 * the prompt do?", "What should it achieve?"): "Write a poem about my cat"
 * and "Make him fix the heater" answer them.
 */
const ASKS_FOR_A_REQUEST = new Set(["task", "goal", "context"]);

/**
 * Offline questions about how to write the idea (its style, format, tone,
 * length…): "Draw it in watercolor with soft pastel colours", "Write a short
 * formal email of 3 paragraphs" answer them when they are of the idea's own
 * category or kind.
 */
const ASKS_HOW = new Set([
  "format",
  "tone",
  "style",
  "mood",
  "aspect",
  "camera",
  "duration",
  "length",
  "sources",
  "platform",
  "dialect",
  "stack",
]);

/**
 * How a format is laid out: "Make a bullet list with five points", "Give me
 * a table comparing…", "Create a step-by-step guide" answer "What format?".
 */
const LAYOUT =
  /^\s+(?:(?:me|us|мне|mir|moi|mi)\s+)?(?:\p{L}+\s+){0,3}?(?:lists?|tables?|bullet(?:s|ed)?|summary|summaries|paragraphs?|step-by-step|steps|guides?|examples?|quiz(?:zes)?|diagrams?|outlines?|charts?|checklists?|cheat\s*sheets?|flashcards?|списк\p{L}*|список|таблиц\p{L}*|пункт\p{L}*|пример\p{L}*|шаг\p{L}*)(?![\p{L}])/iu;

/** The one category whose offline questions include `id`, if only one does. */
const categoryOfQuestion = lazy(() => {
  const owners = new Map<string, CategoryId[]>();
  for (const category of CATEGORIES) {
    for (const id of category.questions) {
      owners.set(id, [...(owners.get(id) ?? []), category.id]);
    }
  }
  return new Map(
    [...owners].filter(([, ids]) => ids.length === 1).map((
      [id, ids],
    ) => [id, ids[0]]),
  );
});

/**
 * The user saying so: "New idea: a haiku about rain", "Forget that. Write a
 * cover letter…", "Забудь, напиши тост на свадьбу".
 */
const SAYS_NEW =
  /^(?:(?:a\s+)?(?:new|another|different)\s+idea|forget\s+(?:that|it|this|about\s+(?:it|that))|never\s*mind|scratch\s+that|(?:новая|другая)\s+идея|забудь(?:те)?(?:\s+(?:это|про\s+это|об\s+этом))?|неважно|(?:нова|інша)\s+ідея|забудь|(?:nueva|otra)\s+idea|olv[ií]da(?:lo|\s+eso)?|(?:nova|outra)\s+ideia|esquece(?:\s+isso)?|(?:neue|andere)\s+idee|vergiss\s+(?:das|es)|(?:nouvelle|autre)\s+idée|oublie(?:\s+ça)?|(?:nuova|altra)\s+idea|lascia\s+perdere|(?:nowy|inny)\s+pomysł|zapomnij)(?![\p{L}])[\s,.:;!—–-]*/iu;

/** Of {@linkcode SAYS_NEW}, the words that name a new idea, not only a change of mind. */
const NAMES_A_NEW_IDEA =
  /(?:idea|идея|ідея|ideia|idee|idée|pomysł)(?![\p{L}])/iu;

/** What the waiting questions are about: the idea that asked them. */
export interface AskedAbout {
  /** The rough idea. */
  prompt: string;
  /** Its category id, or "auto". */
  category: string;
}

/**
 * Whether `text`, typed at `question` while questions about `asked` wait,
 * looks like a new idea. Never for an offline question that asks for a task
 * or an aim; otherwise at least four words that do not point back at the idea
 * ("Make it funny", "Keep it short"), of some category of their own (a
 * "haiku", a "python script": not only how to write), and either opening with
 * a request verb ("Write a limerick about my cat") or clearly of another
 * category than the idea's.
 *
 * @example
 * ```ts
 * const asked = { prompt: "an email to my landlord", category: "auto" };
 * looksLikeNewIdea("my landlord, a retired teacher", asked); // false
 * looksLikeNewIdea("Write a haiku about autumn rain", asked); // true
 * ```
 */
export function looksLikeNewIdea(
  text: string,
  asked: AskedAbout,
  question?: { id?: string },
): boolean {
  const slot = question?.id === undefined
    ? undefined
    : QUESTION_SLOTS[question.id as QuestionId];
  if (slot !== undefined && ASKS_FOR_A_REQUEST.has(slot)) return false;
  const trimmed = text.trim();
  if (wordCount(trimmed) < MIN_WORDS) return false;
  if (SAYS_NEW.test(trimmed)) {
    let idea = trimmed;
    let named = false;
    for (let said = SAYS_NEW.exec(idea); said; said = SAYS_NEW.exec(idea)) {
      named ||= NAMES_A_NEW_IDEA.test(said[0]);
      idea = idea.slice(said[0].length);
    }
    // "New idea: a haiku…" says so; "never mind, friendly is fine" and
    // "Неважно, пусть будет для всех" answer, unless a request follows
    // ("Forget that. Write a cover letter…").
    if (wordCount(idea) < 2) return false;
    if (named || leadingRequest().test(stripPoliteness(idea))) return true;
  }
  const first = stripPoliteness(
    stripPoliteness(splitSentences(trimmed)[0] ?? trimmed).replace(ASKING, ""),
  );
  // "Make it funny", "Keep it short", "Use bright colours": about the idea asked about.
  if (POINTS_BACK.test(first) || leadingConstraint().test(first)) return false;
  const guess = detectCategory(trimmed);
  const about = () => askedCategory(asked, question?.id);
  const request = leadingRequest().exec(first) ?? CAN_YOU.exec(first);
  if (request !== null) {
    const rest = first.slice(request[0].length);
    // "Draw a watercolor style with soft pastel colours" answers "What
    // style?" about a picture; "Make a bullet list with five points" answers
    // "What format?".
    if (slot !== undefined && ASKS_HOW.has(slot)) {
      if (slot === "format" && LAYOUT.test(rest)) return false;
      const category = about();
      if (guess.category === category) return false;
      if (isVisualCategory(category) && isVisualCategory(guess.category)) {
        return false;
      }
    }
    // The request must name something to make: "a haiku", "a python
    // script", or of no category "a trip", "ten names"; "Write in a formal
    // tone", "Tell him it broke" are how to write the idea.
    if (guess.category !== "general") return true;
    const verb = request[0].trim().toLowerCase();
    return !QUESTIONS.has(verb) && makesAThing().test(rest);
  }
  // Otherwise only a text clearly of another kind: a picture while the
  // questions are about a text, or a text while they are about a picture.
  if (guess.category === "general" || guess.confidence < SURE) return false;
  if (wordCount(trimmed) < MIN_WORDS_OF_ANOTHER_KIND) return false;
  return isVisualCategory(guess.category) !== isVisualCategory(about());
}

/**
 * The category the questions are about: the one an offline question belongs
 * to ("image_style" is asked about a picture, whatever the idea's words
 * say), else the idea's chosen category, else the one its words suggest.
 */
function askedCategory(asked: AskedAbout, id: string | undefined): string {
  const owner = id === undefined ? undefined : categoryOfQuestion().get(id);
  if (owner !== undefined) return owner;
  return asked.category === "auto" || asked.category === ""
    ? detectCategory(asked.prompt).category
    : asked.category;
}

function wordCount(text: string): number {
  const spaced = text.split(/\s+/u).filter((word) => word !== "").length;
  const cjk = text.match(CJK)?.length ?? 0;
  return Math.max(spaced, Math.floor(cjk / 2));
}

/** "Можешь…", "¿Puedes…", "Peux-tu…": "can you", before what to change. */
const CAN_YOU_ALONE =
  /^(?:можешь|можете|¿?(?:puedes|podrías)|(?:você\s+)?pode|peux-tu|pouvez-vous|puoi|potresti|(?:czy\s+)?możesz|kannst\s+du|können\s+sie)\s+/iu;
/** Longer than this, a text says more than how to change a prompt. */
const MAX_CHANGE_WORDS = 16;
/** Longer than this, a text opening with "use", "no"… may be a new idea. */
const MAX_RULE_WORDS = 7;
/**
 * A change verb, then what it points back at: "make it funnier", "rewrite
 * it", "сделай его короче", "hazlo", "mach es", "rends-le". Not "How to…",
 * "Ways to…", "Explain this error": the verb must be one that changes.
 */
const CHANGES_IT =
  /^(?:(?:make|keep|write|rewrite|redo|turn|change|translate|put|reword|rephrase|shorten|simplify|sharpen|tone\s+down|cut|do)\s+(?:it|this|that|them|these|those)|(?:сделай|сделайте|сделать|перепиши|перепишите|переделай|напиши|оставь|переведи)\s+(?:его|её|ее|это|их|так)|hazlo|hazla|hacerlo|reescríbelo|escríbelo|tradúcelo|faça-o|deixe-o|reescreva-o|mach(?:e)?\s+(?:es|ihn|sie|das)|schreib(?:e)?\s+(?:es|ihn|sie|das)|rends-le|rends-la|réécris-le|réécris-la|fais-le|rendilo|rendila|riscrivilo|riscrivila|fallo|falla|zrób\s+(?:to|go|ją)|napisz\s+(?:to|go|ją))(?![\p{L}])/iu;
/**
 * "Shorter", "more formal", "a bit funnier", "короче", "более официально",
 * "más corto", "kürzer", "plus court", "più breve": how to change it, alone
 * ("More formal email to my boss…" is a new idea).
 */
const COMPARATIVE =
  /^(?:(?:make\s+it|сделай(?:те)?|сделать(?:\s+(?:его|её|ее|это))?|hacerlo|hazlo|faça|torne|deixe|mach(?:e)?\s+(?:es|ihn|sie)|rends-le|rendila|rendilo|zrób\s+to)\s+)?(?:(?:a\s+(?:bit|little)|much|even|slightly|немного|чуть|ещё|еще|гораздо|un\s+poco|um\s+pouco|etwas|viel|noch|un\s+peu|beaucoup|encore|un\s+po'|molto|trochę)\s+)?(?:shorter|longer|simpler|funnier|warmer|friendlier|clearer|punchier|bigger|smaller|darker|brighter|lighter|bolder|cleaner|calmer|happier|sadder|scarier|cuter|older|younger|faster|slower|wider|softer|stronger|nicer|crisper|tighter|deeper|richer|sharper|more\s+\p{L}+|less\s+\p{L}+|покороче|короче|длиннее|проще|смешнее|теплее|понятнее|жёстче|мягче|более\s+\p{L}+|менее\s+\p{L}+|más\s+\p{L}+|menos\s+\p{L}+|mais\s+\p{L}+|kürzer|länger|einfacher|lustiger|förmlicher|mehr\s+\p{L}+|weniger\s+\p{L}+|plus\s+\p{L}+|moins\s+\p{L}+|più\s+\p{L}+|meno\s+\p{L}+|krócej|dłużej|prościej|bardziej\s+\p{L}+|mniej\s+\p{L}+|too\s+(?:long|short|formal|casual|dry)|daha\s+\p{L}+(?:\s+(?:yap|yaz|olsun))?|not\s+so\s+\p{L}+)(?=\s*(?:$|[,.;!?])|\s+(?:and|please|и|пожалуйста|y|por\s+favor|und|bitte|et|e|per\s+favore)(?![\p{L}]))/iu;
/**
 * Short rules that change what is there: "No emojis", "Use Python 3.12",
 * "Remove the intro", "Убери эмодзи". Not "Use cases for…", "No-code
 * tools…", "Add authentication to my app", "Avoid burnout tips".
 */
const RULE =
  /^(?:no|without|with|also|plus|use|keep|remove|delete|drop|cut|add|include|only|включи|включите|додай|прибери|видали|використай|залиш|тільки|avoid|don't|do\s+not|never|always|ещё|еще|также|тоже|и\s+ещё|с|без|дорисуй|убери|уберите|удали|добавь|используй|оставь|только|не\s+(?:надо|нужно|используй|пиши)|sin|quita|elimina|añade|usa|sem|tire|remova|adicione|ohne|entferne|nimm|füge|sans|enlève|supprime|ajoute|utilise|senza|togli|rimuovi|aggiungi|usa|bez|usuń|dodaj|użyj)(?![\p{L}-])/iu;
/** What a new idea names: "for my…", "to my app", "about…", "tips", "ideas". */
const NAMES_A_THING =
  /(?<![\p{L}])(?:for|to\s+my|about|in\s+my|tips|ideas|cases?|poster|plan|для|про|идеи|советы|para|ideas|consejos|für|ideen|tipps|pour|idées|conseils|per|idee|consigli|dla|pomysły|porady)(?![\p{L}])/iu;

/**
 * Whether `text`, typed on its own soon after an answer, reads like a change
 * to that answer rather than a new idea: "Make it funnier", "Сделай это
 * короче", "shorter", "more formal", "Use Python 3.12", "No emojis", "in
 * Spanish", "for beginners", "turn it into an email". Only short texts, and
 * only clear cases: a change verb pointing back at it ("make it…", "rewrite
 * it", "перепиши на…"), a comparative on its own, a tone, a length, a
 * language, a reader, a kind, or a rule of five words at most on one word or
 * a part of a text ("No emojis", "avoid clichés in the intro"; not "Add tests
 * for my function", "Avoid burnout at work"). New material ("Rewrite this
 * email: …", a link) is a new idea. With `visual`, for a picture's answer,
 * how it looks is a change too ("at sunset", "close-up", "16:9"). A missed
 * change costs a new prompt; a wrong one would revise what the user did not
 * mean, so only clear cases count.
 *
 * @example
 * ```ts
 * looksLikeChange("make it at night, watercolor"); // true
 * looksLikeChange("at sunset", { visual: true }); // true
 * looksLikeChange("Write a haiku about autumn rain"); // false
 * ```
 */
export function looksLikeChange(
  text: string,
  about: { visual?: boolean } = {},
): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words === 0 || words > MAX_CHANGE_WORDS) return false;
  // New material to work on ("Rewrite this email: hi boss…", a link, code)
  // is a new idea, however it opens.
  if (NEW_MATERIAL.test(trimmed)) return false;
  // One sentence, maybe two short ones ("Shorter. No emojis."), no more.
  const sentences = splitSentences(trimmed);
  if (sentences.length > 2) return false;
  // "Shorter. No emojis.": each sentence a change ("No thanks. Write a
  // limerick about dogs" is a new idea).
  const visual = about.visual === true;
  return sentences.every((sentence) =>
    isAChangeSentence(
      stripPoliteness(
        stripPoliteness(sentence).replace(ASKING, "").replace(
          CAN_YOU_ALONE,
          "",
        ),
      ).replace(/^(?:and|also|и|ещё|еще|und|y|et|e)\s+/iu, ""),
      visual,
    )
  );
}

/** Whether one sentence is a change: see {@linkcode looksLikeChange}. */
function isAChangeSentence(sentence: string, visual: boolean): boolean {
  if (isAClearChange(sentence)) return true;
  // "black and white" before its "and" is read as a joint.
  if (visual && isAPictureDetail(sentence)) return true;
  // "for a teenager audience, in Spanish", "Without sugar, a cake recipe",
  // "Короче, нужен план…": each part must be a change of its own.
  const parts = sentence.split(/\s*[,;]\s*|\s+(?:and|и|und|y|et)\s+/u)
    .filter((part) => part !== "");
  if (parts.length > 1) {
    return parts.every((part) =>
      isAClearChange(part) || isARule(part, visual) ||
      (visual && isAPictureDetail(part))
    );
  }
  return isARule(sentence, visual) || (visual && isAPictureDetail(sentence));
}

/** "Rewrite this email: hi boss…", a link, code: material of its own. */
const NEW_MATERIAL =
  /[:：]\s*\S+\s+\S+|https?:\/\/|\bwww\.|`|(?:^|\s)\S+\.(?:com|org|net|io|dev)\b/iu;

/**
 * Whether a clause on its own is clearly a change, whatever it changes: a
 * verb pointing back at the answer, a comparative, a button's words, a
 * tone, a length, a language, a reader, a kind, a name to change.
 */
function isAClearChange(clause: string): boolean {
  if (pointsBack(clause) || isAComparative(clause)) return true;
  // "Friendlier tone", "Shorter intro", "brighter colors", "попроще".
  if (COMPARED_PART.test(clause)) return true;
  // "in Python", "на TypeScript", "Rewrite in Rust", "Port it to Kotlin".
  if (switchedTo(clause) !== undefined) return true;
  // "another version", "more detail": what a button does, in words.
  if (typedButton(clause) !== undefined) return true;
  // "make the tone friendlier", "make the intro shorter".
  const part = clause.replace(MAKE_THE_PART, "");
  if (part !== clause && isAComparative(part)) return true;
  // "сделай тон дружелюбнее", "mach den Ton freundlicher", "haz el tono más
  // amable", "rends le ton plus chaleureux".
  if (COMPARED.test(clause)) return true;
  // "under 200 words", "formal", "very funny": a length or a tone alone.
  if (isOnlyALength(clause) || onlyTones(clause)) return true;
  // "in Spanish", "for beginners": the language or the reader alone.
  if (IN_A_LANGUAGE.test(clause) || FOR_A_READER.test(clause)) return true;
  // Turkish puts the rule after what it rules on: "emoji olmadan",
  // "emojisiz", "örnek ekle", "İngilizce yaz".
  const turkish = TURKISH_RULE.exec(clause);
  if (turkish !== null && TEXT_PART.test(turkish[1].toLowerCase())) {
    return true;
  }
  if (TURKISH_LANGUAGE.test(clause)) return true;
  // "перепиши на TypeScript", "change the name to Anna", "turn it into an
  // email".
  return REDO.test(clause) || renames(clause) ||
    kindChangeOf(clause) !== undefined;
}

/**
 * A change verb pointing back at the answer ({@linkcode CHANGES_IT}), then
 * nothing more than how: "make it shorter", "rewrite it in Spanish", "make
 * it at night, watercolor", "keep it under 100 words". Not "Make this
 * weekend special for my wife", "Write this email to my boss…", "Do it
 * yourself bookshelf plan": those name things of their own.
 */
function pointsBack(clause: string): boolean {
  const found = CHANGES_IT.exec(clause);
  if (found === null) return false;
  const how = clause.slice(found[0].length).trim()
    .replace(/^(?:sound|look|feel|read|seem)\s+/iu, "");
  if (how === "" || /^[.!?]+$/u.test(how)) return true;
  return how.split(
    /\s*[,;]\s*|\s+(?:and|but|yet|и|но|und|aber|y|pero|et|mais|e|ma)\s+/u,
  )
    .filter((part) => part !== "").every((part, i) => isAHow(part, i === 0));
}

/** How to change it, after "make it": see {@linkcode pointsBack}. */
function isAHow(text: string, first: boolean): boolean {
  // "way shorter", "super short", "really funny".
  const part = text.replace(
    /^(?:way|super|really|very|much|even|extra|slightly|a\s+(?:lot|bit|little))\s+/iu,
    "",
  );
  // "Make this weekend special for my wife" names a thing; "for LinkedIn",
  // "into a script for TikTok" say for where.
  if (NAMES_A_THING.test(part.replace(/(?<![\p{L}])for(?![\p{L}])/giu, ""))) {
    return false;
  }
  if (contentWords(part).length <= 1 && !/^(?:a|an|the)\s/iu.test(part)) {
    return true;
  }
  // "a haiku", "a numbered list", "a LinkedIn post": a form to take.
  if (
    first && /^(?:a|an)\s+(?:\S+\s+)?\S+$/iu.test(part) && FORM.test(part)
  ) {
    return true;
  }
  // "SEO friendly", "gender neutral", "half as long", "less like AI".
  if (HOW_PHRASE.test(part)) return true;
  if (isAComparative(part) || isOnlyALength(part) || onlyTones(part)) {
    return true;
  }
  if (IN_A_LANGUAGE.test(part) || FOR_A_READER.test(part)) return true;
  if (isARule(part)) return true;
  // "at night", "in watercolor", "for LinkedIn", "into a script for TikTok",
  // "like a 5 year old wrote it".
  const place =
    /^(?:(?:more|less)\s+)?(?:in|at|with|without|like|into|on|under|from|for|to|в|во|на|с|без|как|для)\s/iu
      .exec(part);
  if (place === null || stackOf(part).length > 0) return false;
  const named = contentWords(part.slice(place[0].length)).length;
  return named <= (/like\s$/iu.test(place[0]) ? 4 : 2);
}

/** Forms an answer may take: "make it a haiku", "a numbered list". */
const FORM =
  /(?:haiku|tweet|thread|list|bullets?|table|post|script|poem|story|e-?mail|letter|song|rap|limerick|sonnet|speech|essay|summary|outline|checklist|slogan|tagline|headline|caption|ad|advert|joke|riddle|dialogue|play|screenplay|faq|guide|tutorial|one-liner|paragraph|memo|report|press\s+release|newsletter|toast)$/iu;

/** How to change it, in a phrase: see {@linkcode isAHow}. */
const HOW_PHRASE =
  /^(?:more\s+|less\s+)?\p{L}+[\s-](?:friendly|neutral|proof|ready|safe|free|focused|oriented|appropriate|inclusive|optimi[sz]ed)$|^(?:half|twice|three\s+times)\s+as\s+\p{L}+$|^as\s+\p{L}+\s+as\s+possible$/iu;

/**
 * Whether `clause` is a comparative ({@linkcode COMPARATIVE}) that says how
 * to write and nothing more but "please": "shorter, please", not "Короче,
 * нужен план на неделю" or "More sleep".
 */
function isAComparative(clause: string): boolean {
  const found = COMPARATIVE.exec(clause);
  return found !== null && comparesHow(found[0]) &&
    /^[\s,.;!?]*$/u.test(
      withoutPlease(clause.slice(found.index + found[0].length)),
    );
}

/**
 * Whether a "more …" or "less …" says how to write ("more formal", "more
 * examples", "less jargon", "más divertido"), not what to have more of in
 * life ("More sleep", "Less stress", "Más dinero").
 */
function comparesHow(comparative: string): boolean {
  const quantity =
    /(?:^|\s)(?:more|less|mehr|weniger|más|menos|mais|plus|moins|più|meno|not\s+so)\s+(\p{L}+)$/iu
      .exec(comparative);
  if (quantity === null) return true;
  const word = quantity[1].toLowerCase();
  return TEXT_PART.test(word) || onlyTones(word) || HOW_WORD.test(word);
}

/** Words that say how, after "more": adjectives and adverbs by their endings. */
const HOW_WORD =
  /^(?:short|long|brief|simple|clear|serious|corto|largo|breve|claro|serio|curto|longo|court|bref|clair|lungo|chiaro|kurz|lang|einfach|klar|locker|ernst)$|(?:al|ive|ful|ous|ic|ant|ent|ible|able|ly|ish|ed|ing|ise|ize|ct|ple|ose|wordy|salesy|fluffy|techy|chatty|witty|snappy|catchy|punchy|spicy|edgy|quirky|cheesy|flowery|ado|ada|ido|ida|oso|osa|ivo|iva|ico|ica|ble|ente|ante|il|ario|el|eux|euse|if|ique|é|ig|lich|isch|bar|sam|haft|iv|ell)$/u;

/** "Friendlier tone", "shorter intro", "brighter colors", "попроще", "formeller". */
const COMPARED_PART =
  /^(?:(?:a\s+)?(?:shorter|longer|simpler|funnier|warmer|friendlier|clearer|punchier|bolder|calmer|softer|stronger|brighter|darker|lighter|cooler|richer|crisper|tighter|more\s+\p{L}+|less\s+\p{L}+)\s+(?:tone|intro|introduction|ending|conclusion|title|text|version|sentences|paragraphs|colou?rs|lighting|light|background|words|language|style)|по\p{L}{3,}(?:ее|че|ще|ше|же)|(?:formeller|lockerer|freundlicher|ernster|klarer|knapper|präziser|detaillierter|ausführlicher|lustiger|förmlicher|einfacher))(?=\s*(?:$|[,.;!]))/iu;

/**
 * A short rule that changes what is there ("No emojis", "Use Python 3.12",
 * "add two examples", "avoid clichés in the intro"): five words at most,
 * naming no thing of its own, and what it rules on is one word or a part of
 * a text ("Avoid burnout at work", "No sugar desserts", "Add two numbers in
 * JavaScript" are new ideas).
 */
function isARule(clause: string, visual = false): boolean {
  if (!RULE.test(clause)) return false;
  // "usa TypeScript en lugar de Python": the language to use.
  if (switchedTo(clause) !== undefined) return true;
  if (wordCount(clause) > MAX_RULE_WORDS) return false;
  // "No idea what to write: a poem about…" is no rule; nor is "for my…".
  if (NAMES_A_THING.test(clause) || /[:?？]/u.test(clause)) return false;
  const ruledOn = contentWords(clause.replace(RULE, ""));
  // "Add two numbers in JavaScript": a task of its own ("Use pytest", "No
  // pandas" are rules).
  if (ADDS.test(clause) && ruledOn.length > 1 && stackOf(clause).length > 0) {
    return false;
  }
  // After a picture: "add a dog", "with a red scarf", "no trees" (not
  // "Без сахара торт", "Avoid burnout at work").
  if (visual) return ruledOn.length <= (LEAVES_OUT.test(clause) ? 1 : 2);
  // After a text, a part of a text or what code uses ("No emojis", "use
  // pytest", "add two examples"); not "Remove stains", "No regrets".
  // "Use React to build a todo app", "Delete duplicate rows in SQL" say
  // more: tasks of their own.
  if (ruledOn.length > 3) return false;
  return ruledOn.some((word) => TEXT_PART.test(word)) ||
    // "No pandas" names a library too, not read as ruled out here.
    ruledOn.length <= 2 && stackOf(clause.replace(RULE, "use")).length > 0 ||
    ruledOn.length === 1 && onlyTones(ruledOn[0]);
}

/** The words of `text` that name something: no articles, numbers, "please". */
function contentWords(text: string): string[] {
  return text.split(/[\s,.;!]+/u).map((word) => word.toLowerCase())
    .filter((word) => word !== "" && !FILLER.test(word));
}

/**
 * Words a rule's object may hold besides what it rules on: articles,
 * determiners, prepositions, numbers, "please".
 */
const FILLER =
  /^(?:\d+(?:[.,]\d+)*|the|a|an|any|all|some|more|less|extra|instead|of|in|on|at|to|for|with|from|and|or|it|its|this|that|these|those|my|your|our|their|his|her|please|every|each|one|two|three|four|five|ten|и|в|во|на|с|со|из|все|всё|эти|этот|эту|это|мои|мой|моё|мою|любые|никаких|лишние|лишних|пожалуйста|der|die|das|den|dem|des|ein|eine|einen|alle|keine|kein|keinen|und|mit|von|bitte|el|la|los|las|un|una|unos|unas|todos|todas|de|del|y|con|le|les|une|des|du|tous|toutes|et|avec|il|lo|gli|di|e|o|os|as|um|uma|do|da|z|w|na|wszystkie)$/iu;

/** A Turkish rule after what it rules on: "emoji olmadan", "emojisiz", "örnek ekle". */
const TURKISH_RULE =
  /^(\p{L}+?)(?:(?:\s+(?:olmadan|olmasın|kullanma|ekle|ekleyin|çıkar|kaldır|yok))|(?:s[ıiuü]z))$/u;

/** "İngilizce yaz", "Almanca olsun": the language to write in, in Turkish. */
const TURKISH_LANGUAGE =
  /^(?:[İIi]ngilizce|Türkçe|türkçe|Almanca|almanca|Fransızca|fransızca|İspanyolca|ispanyolca|Rusça|rusça|İtalyanca|italyanca|Arapça|arapça|Çince|çince)(?:\s+(?:yaz|yazın|olsun))?$/u;

/** A rule that leaves something out. */
const LEAVES_OUT =
  /^(?:no|without|avoid|remove|delete|drop|cut|don't|do\s+not|never|без|убери|уберите|удали|не|sin|quita|elimina|sem|tire|remova|ohne|entferne|keine?n?|sans|enlève|supprime|senza|togli|rimuovi|bez|usuń)(?![\p{L}])/iu;

/** A rule that adds: what it adds may be a task of its own. */
const ADDS =
  /^(?:add|include|добавь|включи|füge|añade|incluye|ajoute|inclus|aggiungi|adicione|inclua|dodaj)(?![\p{L}])/iu;

/** Parts of a text a rule may rule on: "emojis", "the intro", "примеры". */
const TEXT_PART =
  /^(?:örnek|tablo|başlık|yorum|madde|giriş|sonuç|imza|kaynak|alıntı|espri|şaka|емодз|смайл|call|joke|pun|humou?r|metaphor|statistic|anecdote|hook|шутк|анекдот|метафор|факт|цифр|приклад|жарт|error|handling|logging|validation|retr|docs|documentation|typing|librar|dependenc|package|import|emoj|emotic|smile|smiley|hashtag|jargon|clich|bullet|point|list|table|heading|header|title|subtitle|markdown|format|example|test|comment|docstring|type|hint|intro|conclusion|outro|summary|greeting|sign-?off|signature|exclamation|question|link|reference|source|citation|quote|dialog|rhyme|adjective|adverb|passive|filler|fluff|repetition|detail|caveat|disclaimer|apolog|code|section|paragraph|sentence|line|word|cta|slang|abbreviation|acronym|caps|punctuation|dash|bold|italic|эмодзи|смайл|хэштег|хештег|жаргон|штамп|клише|списк|список|таблиц|заголов|пример|тест|коммент|вступлен|заключен|вывод|подпис|приветств|ссылк|источник|цитат|диалог|рифм|вод|повтор|детал|оговор|код|раздел|абзац|предложен|строк|слов|сленг|жирн|курсив|beispiel|tabelle|überschrift|kommentar|einleitung|schluss|fazit|gruß|anrede|quelle|zitat|reim|abschnitt|absatz|satz|zeile|wort|wörter|fett|kursiv|jerga|tabla|título|encabezado|ejemplo|prueba|comentario|introducción|conclusión|saludo|firma|enlace|fuente|cita|diálogo|rima|código|sección|párrafo|frase|línea|palabra|negrita|tableau|titre|exemple|commentaire|salutation|lien|citation|rime|paragraphe|ligne|mot|gras|esempi|tabell|titol|codic|exempl|tabel|przykład|tytuł|wstęp|kod)/u;

/**
 * How a picture looks, alone: where or when ("at sunset", "in anime style
 * instead", "в стиле аниме", "with a dog"), its framing or look ("close-up",
 * "wider shot", "black and white", "photorealistic", "крупный план"), its
 * ratio ("16:9"). Only a change to a picture's answer: after a text these are
 * new ideas, or nothing.
 */
function isAPictureDetail(clause: string): boolean {
  if (wordCount(clause) > MAX_DETAIL_WORDS || /[?？]/u.test(clause)) {
    return false;
  }
  // "Make the sky purple", "make him smile", "сделай небо фиолетовым": a
  // part of the picture, and how it looks ("Make the perfect omelette" is
  // no picture's part).
  if (MAKE_THE_PICTURE.test(clause)) return true;
  if (leadingRequest().test(clause)) return false;
  if (
    PICTURE_LOOK.test(clause) || /^\d{1,2}\s*[:x×]\s*\d{1,2}$/u.test(clause) ||
    // Turkish "insansız", "ağaçsız": without people, without trees.
    /^\p{L}{3,}s[ıiuü]z$/u.test(clause)
  ) {
    return true;
  }
  // "at sunset", "in anime style instead", "without people"; not "By Friday
  // project update", "With Python read a CSV", "Без сахара торт", things of
  // their own.
  const place = PICTURE_PLACE.exec(clause);
  if (place === null) return false;
  if (NAMES_A_THING.test(clause) || stackOf(clause).length > 0) return false;
  const named = contentWords(clause.slice(place[1].length)).length;
  return named <= (NEGATION.test(place[1]) ? 1 : 2);
}

const MAKE_THE_PICTURE =
  /^(?:make\s+(?:the|him|her|them|its)\s+(?:\p{L}+\s+)?(?:purple|blue|red|green|yellow|orange|pink|black|white|gr[ae]y|gold(?:en)?|silver|brown|violet|turquoise|smile|smiling|laugh|glow|glowing|shine|shiny|bigger|smaller|larger|taller|older|younger|darker|brighter|happier|sadder|closer|wider|\p{L}+ier)|сделай(?:те)?\s+\p{L}+\s+\p{L}+(?:ым|ой|ими|им))$/iu;

/** The prepositions of {@linkcode PICTURE_PLACE} that leave something out. */
const NEGATION = /^(?:without|без|ohne|sin|sans|senza|sem|bez)$/iu;

/** Longer than this, a picture's detail describes a picture of its own. */
const MAX_DETAIL_WORDS = 6;

const PICTURE_PLACE =
  /^(in|at|al|ao|aos|à|em|na|nos|nas|with|without|from|during|under|on|by|as|near|inside|outside|against|through|в|во|на|с|со|без|при|под|над|у|из|im|am|mit|ohne|bei|unter|vor|en|con|sin|bajo|au|aux|dans|avec|sans|sous|di|da|senza|sotto|com|sem|z|ze|w|we|bez|pod|przy)(?=\s+\S)/iu;

const PICTURE_LOOK =
  /^(?:(?:much\s+|a\s+bit\s+|even\s+)?(?:wider|closer|tighter)(?:\s+(?:shot|angle|view))?|zoom(?:ed)?\s+(?:in|out)|ночью|днём|днем|вечером|утром|зимой|летом|осенью|весной|на\s+закате|на\s+рассвете|вночі|уночі|вдень|ввечері|вранці|взимку|влітку|восени|навесні|(?:low|high)[\s-]angle(?:\s+shot)?|(?:golden|blue)\s+hour|night(?:\s+scene|\s+time)?|daytime|sunset|sunrise|(?:extreme\s+)?close-?up|wide(?:[\s-]angle)?(?:\s+shot)?|full[\s-]body(?:\s+shot)?|bird'?s[\s-]eye(?:\s+view)?|top[\s-]down(?:\s+view)?|black\s+and\s+white|b&w|monochrome|sepia|photo-?realistic|hyper-?realistic|realistic|cinematic|minimalist|vintage|retro|noir|pastel(?:\s+colou?rs)?|vibrant(?:\s+colou?rs)?|vertical|horizontal|square|portrait|landscape|\d+k|hd|(?:крупн|общ|велик|загальн|середн|средн)\p{L}*\s+план\p{L}*|gün\s+batımında|gün\s+doğumunda|yakın\s+çekim|geniş\s+açı(?:dan)?|gece(?:leyin)?|siyah[\s-]beyaz|日落(?:时分)?|日出|黄昏|夜晚|夜景|晚上|特写|近景|远景|全景|广角|俯视|黑白|вид\s+сверху|чёрно-бел\p{L}*|черно-бел\p{L}*|реалистичн\p{L}*|фотореалистичн\p{L}*|кинематографичн\p{L}*|вертикальн\p{L}*|горизонтальн\p{L}*|квадратн\p{L}*|великий\s+план|nahaufnahme|weitwinkel|schwarz-?weiß|fotorealistisch|primer\s+plano|plano\s+general|blanco\s+y\s+negro|fotorrealista|gros\s+plan|plan\s+large|noir\s+et\s+blanc|photoréaliste|zbliżenie|czarno-biał\p{L}*)(?:\s+(?:instead|please|пожалуйста|bitte|por\s+favor))?$/iu;

/**
 * A comparative after what to change, in Russian, German, Spanish and
 * French: "сделай тон дружелюбнее", "дружелюбнее", "mach den Ton
 * freundlicher", "haz el tono más amable", "rends le ton plus chaleureux".
 */
const COMPARED =
  /^(?:(?:сделай(?:те)?\s+(?:(?:тон|текст|стиль|язык|вступление|начало|концовку|финал|заголовок|его|её|ее|это)\s+)?(?:(?:ещё|еще|чуть|немного|гораздо|намного)\s+)?\p{L}{3,}(?:ее|че|ше|же|ще))|\p{L}{4,}ее|mach(?:e)?\s+(?:es|ihn|sie|das|(?:den|die|das)\s+(?:ton|text|stil|sprache|einleitung|schluss|titel|ende|anfang|betreff))\s+(?:(?:etwas|viel|noch|ein\s+bisschen)\s+)?\p{L}{3,}er|(?:haz|hazlo|hazla)\s+(?:(?:el|la|los|las)\s+(?:tono|texto|estilo|lenguaje|título|final|inicio|introducción|asunto)\s+)?(?:(?:un\s+poco|mucho)\s+)?(?:más|menos)\s+\p{L}+|rends(?:-le|-la)?\s+(?:(?:le|la|les)\s+(?:ton|texte|style|titre|fin|début|introduction|langage|objet)\s+)?(?:un\s+peu\s+)?(?:plus|moins)\s+\p{L}+)(?=\s*(?:$|[.!]))/iu;

/**
 * "перепиши на TypeScript", "переделай для детей": a verb that redoes what
 * is there, then how (not "перепиши резюме…", which names its own text).
 */
const REDO =
  /^(?:перепиши(?:те)?|переделай(?:те)?|перероби)(?:\s+(?:(?:на|в|во|для|без|с|со)\s+\S+(?:\s+\S+)?|по-\p{L}+|так|иначе|заново|короче|проще|покороче|понятнее|его|её|ее|это))?[\s.!]*$/iu;

/**
 * "change the name to Anna", "replace the dog with a cat", "замени Python
 * на Go": a part of the answer to change, named ("Change the oil to
 * synthetic", "Поменяй резину на зимнюю" are how-tos).
 */
function renames(clause: string): boolean {
  const found = RENAME.exec(clause);
  if (found === null) return false;
  const part = (found[1] ?? found[2]).toLowerCase();
  return RENAMED_PART.test(part) || languagesIn(`in ${part}`).length > 0;
}

const RENAME =
  /^(?:(?:change|rename|replace|swap)\s+(?:the|his|her|its|their)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:to|with|into|for)\s+\S+(?:\s+\S+)?|(?:поменяй|замени|измени)(?:те)?\s+(\S+(?:\s+\S+)?)\s+на\s+\S+(?:\s+\S+)?)$/iu;

/** What a rename may change: names and parts of a text or a picture. */
const RENAMED_PART =
  /^(?:(?:main\s+|hero'?s\s+|character'?s\s+|dog'?s\s+|cat'?s\s+)?name|title|heading|subject(?:\s+line)?|hero|heroine|character|protagonist|villain|narrator|tone|style|language|city|town|country|setting|place|location|ending|beginning|intro|colou?r|background|animal|dog|cat|season|time|date|company|brand|product|greeting|sign-?off|имя|название|заголовок|тему|героя|героиню|персонажа|тон|стиль|язык|город|страну|концовку|начало|цвет|фон|животное|собаку|кошку|кота|время|дату|компанию|бренд|приветствие|подпись)$/iu;

/** "make the tone ", "keep the intro ": before how to change that part. */
const MAKE_THE_PART =
  /^(?:make|keep)\s+(?:the|its)\s+\p{L}+(?:\s+\p{L}+)?\s+(?=\S)/iu;

/**
 * "in Spanish", "translate it into German", "на английском", "en español",
 * "auf Deutsch", "po polsku": the language to write in, alone.
 */
const IN_A_LANGUAGE =
  /^(?:(?:(?:write|rewrite|translate|put|do|make)(?:\s+(?:it|this|that))?\s+)?(?:in|into)\s+(?:english|spanish|french|german|italian|portuguese|russian|ukrainian|polish|turkish|indonesian|persian|farsi|arabic|chinese|mandarin|hindi|japanese|korean|dutch|swedish|greek|hebrew|vietnamese|thai)(?:\s+instead)?|(?:(?:напиши|перепиши|переведи|сделай)(?:\s+(?:это|его|её|ее))?\s+)?(?:на\s+\p{L}+[сц]ком(?:\s+языке)?|по-\p{L}+ски)|(?:(?:escríbelo|tradúcelo|hazlo)\s+)?(?:en|al)\s+(?:inglés|español|francés|alemán|italiano|portugués|ruso|chino|árabe)|(?:(?:schreib(?:e)?\s+es|übersetze\s+es)\s+)?auf\s+(?:englisch|deutsch|spanisch|französisch|italienisch|russisch|polnisch|türkisch)|(?:(?:écris-le|traduis-le)\s+)?en\s+(?:anglais|français|espagnol|allemand|italien|russe|portugais|chinois|arabe)|in\s+(?:inglese|italiano|spagnolo|francese|tedesco|russo|portoghese)|em\s+(?:inglês|português|espanhol|francês|alemão|italiano|russo)|po\s+\p{L}+[sc]ku|\p{L}+[сц]ькою(?:\s+мовою)?)(?:\s*,?\s*(?:please|pls|пожалуйста|por\s+favor|bitte|s'il\s+(?:te|vous)\s+plaît|per\s+favore|proszę|будь\s+ласка))?(?=\s*(?:$|[.!]))/iu;

/**
 * "for beginners", "for a teenager audience", "для новичков", "para
 * niños", "für Anfänger": whom to write for, alone.
 */
const FOR_A_READER =
  /^(?:(?:make|write|rewrite|explain)\s+it\s+)?(?:(?:for|to)\s+(?:an?\s+|the\s+)?(?:(?:complete|total|absolute)\s+)?(?:beginners?|newbies|novices|dummies|kids|children|a\s+child|teens?|teenagers?|students|experts?|professionals|developers|engineers|managers|executives|seniors|adults|non-?technical\s+(?:people|readers|users)|(?:a\s+)?general\s+audience|(?:a\s+)?(?:\d+|five|ten)[\s-]year[\s-]old)(?:\s+(?:audience|readers|level))?|для\s+(?:новичков|начинающих|детей|ребёнка|ребенка|подростков|школьников|студентов|экспертов|профессионалов|разработчиков|чайников)|para\s+(?:principiantes|niños|adolescentes|estudiantes|expertos|iniciantes|crianças|especialistas)|für\s+(?:anfänger|kinder|jugendliche|schüler|studenten|experten|profis|laien)|pour\s+(?:les\s+|des\s+)?(?:débutants|enfants|ados|adolescents|étudiants|experts)|per\s+(?:principianti|bambini|ragazzi|studenti|esperti)|dla\s+(?:początkujących|dzieci|nastolatków|studentów|ekspertów))(?:\s*,?\s*(?:please|pls|пожалуйста|por\s+favor|bitte|s'il\s+(?:te|vous)\s+plaît|per\s+favore|proszę|будь\s+ласка))?(?=\s*(?:$|[.!]))/iu;

/** What {@linkcode kindChangeOf} finds: the kind asked for, and what else was said. */
export interface KindChange {
  category: CategoryId;
  /** The rest of the change ("in watercolor style"), or "". */
  words: string;
}

/**
 * The kind of prompt a typed change asks the last answer to become: "make it
 * an image in watercolor style" is an image prompt with "in watercolor
 * style" added, "turn it into an email" an email, "преврати это в
 * картинку" an image; undefined for any other text. Only with a word that
 * points back at the answer ("it", "это"), so "Make an image of a cat" stays
 * a new idea.
 *
 * @example
 * ```ts
 * kindChangeOf("make it an image in watercolor style");
 * // { category: "image", words: "in watercolor style" }
 * kindChangeOf("Make an image of a cat"); // undefined
 * ```
 */
export function kindChangeOf(text: string): KindChange | undefined {
  const found = KIND_CHANGE.exec(stripPoliteness(text.trim()));
  if (found === null) return undefined;
  const { en, ru, de, es, fr, rest, after } = found.groups!;
  const kind = (en ?? ru ?? de ?? es ?? fr).toLowerCase();
  const category = Object.entries(KINDS).find(([, pattern]) =>
    pattern.test(kind)
  )?.[0] as CategoryId | undefined;
  if (category === undefined) return undefined;
  const words = (rest ?? after ?? "").replace(/[.!]+$/u, "").trim();
  return { category, words };
}

const KIND_CHANGE =
  /^(?:(?:make|turn|change|convert|rewrite|redo)\s+(?:it|this|that)\s+(?:(?:in)?to\s+|as\s+)?(?:an?\s+)?(?<en>image|picture|photo|illustration|drawing|painting|video|clip|animation|e-?mail|letter|story|poem|essay|blog\s+post|article|system\s+prompt)(?:\s+prompt)?|(?:(?:сделай|перепиши)\s+(?:это|его|её|ее)\s+(?:в\s+)?|(?:переделай|преврати)(?:\s+(?:это|его|её|ее))?\s+в\s+)(?<ru>картинк\p{L}*|изображени\p{L}*|рисун\p{L}*|видео|ролик\p{L}*|письм\p{L}*|рассказ\p{L}*|стих\p{L}*|стать\p{L}*)|(?:mach(?:e)?\s+daraus|verwandle\s+(?:es|das)\s+in|mach(?:e)?\s+(?:es|das)\s+zu)\s+(?:ein(?:e|en|em|er)?\s+)?(?<de>bild|foto|illustration|zeichnung|gemälde|video|clip|e-?mail|mail|brief|nachricht|geschichte|gedicht|essay|artikel)|(?:conviértelo|conviértela|transfórmalo|transfórmala|hazlo|hazla)\s+(?:en\s+)?(?:un|una)\s+(?<es>imagen|foto|ilustración|dibujo|pintura|vídeo|video|correo|email|carta|mensaje|historia|cuento|poema|ensayo|artículo)|(?:transforme-le|transforme-la|transforme\s+(?:ça|cela)|fais-en)\s+(?:en\s+)?(?:une?\s+)?(?<fr>image|photo|illustration|dessin|peinture|vidéo|e-?mail|mail|lettre|message|histoire|poème|essai|article))(?:\s*[,:;—]\s*(?<rest>.+)|\s+(?<after>(?:in|with|for|about|of|showing|where|that|at|on|в|с|со|для|про|на|без|im|mit|für|im|en|con|para|avec|pour|dans|di|per|z|w|dla)\s.+))?$/isu;

/** The kinds {@linkcode kindChangeOf} knows, by the words that name them. */
const KINDS: Readonly<Partial<Record<CategoryId, RegExp>>> = {
  image:
    /^(?:image|picture|photo|illustration|drawing|painting|картинк|изображени|рисун|bild|foto|zeichnung|gemälde|imagen|ilustración|dibujo|pintura|dessin|peinture)/u,
  video: /^(?:video|vídeo|vidéo|clip|animation|видео|ролик)/u,
  email:
    /^(?:e-?mail|mail|letter|письм|brief|nachricht|correo|carta|mensaje|lettre|message)/u,
  system_prompt: /^system/u,
  writing:
    /^(?:story|poem|essay|blog|article|рассказ|стих|стать|geschichte|gedicht|artikel|historia|cuento|poema|ensayo|artículo|histoire|poème|essai)/u,
};

/**
 * A text's idea as what a picture or a video shows, when an answer becomes
 * one ({@linkcode kindChangeOf}): the request for the text goes, its subject
 * stays. "Write a poem about an autumn forest" is "an autumn forest",
 * "напиши стихотворение про осенний лес" is "осенний лес"; an idea without
 * such a request is kept as it is.
 *
 * @example
 * ```ts
 * subjectOfText("Write a short story about a lighthouse keeper"); // "a lighthouse keeper"
 * ```
 */
export function subjectOfText(idea: string): string {
  const subject = idea.trim().replace(TEXT_REQUEST, "").trim();
  return subject === "" ? idea : subject;
}

const TEXT_REQUEST =
  /^(?:(?:please|can you|could you)\s+)?(?:write|compose|create|make|draft|give me|generate)\s+(?:me\s+)?(?:an?\s+|the\s+|some\s+)?(?:(?:short|long|little|funny|sad|beautiful|nice)\s+)*(?:poem|story|tale|essay|post|blog\s+post|article|haiku|song|lyrics|tweet|caption|description|text|email|letter|message|speech|toast)s?\s+(?:about|on|of|for|describing)\s+|^(?:напиши|сочини|составь|придумай)(?:те)?\s+(?:мне\s+)?(?:\p{L}+\s+)?(?:стих\p{L}*|рассказ\p{L}*|истори\p{L}*|сказк\p{L}*|эссе|пост|стать\p{L}*|песн\p{L}*|текст|письмо|сообщение|тост)\s+(?:про|о|об|на\s+тему)\s+|^(?:schreib\p{L}*|verfasse)\s+(?:mir\s+)?(?:ein(?:e|en)?\s+)?(?:\p{L}+\s+)?(?:gedicht|geschichte|essay|artikel|text|lied|post|brief|e-mail)\s+(?:über|von)\s+|^(?:escribe|escríbeme|redacta)\s+(?:un|una)\s+(?:\p{L}+\s+)?(?:poema|historia|cuento|ensayo|artículo|texto|canción|post|carta|correo)\s+(?:sobre|de|acerca\s+de)\s+|^(?:écris|écrivez|rédige)(?:-moi)?\s+(?:un|une)\s+(?:\p{L}+\s+)?(?:poème|histoire|essai|article|texte|chanson|lettre|e-mail)\s+(?:sur|de|à\s+propos\s+de)\s+/iu;

/**
 * Whom a typed change says to write for, alone ("for beginners", "для
 * новичков", "für Anfänger"), as the reader to name: "beginners",
 * "новички"; undefined for any other text.
 *
 * @example
 * ```ts
 * readerIn("for a teenager audience"); // "a teenager audience"
 * readerIn("для детей"); // "дети"
 * ```
 */
export function readerIn(words: string): string | undefined {
  const found = FOR_A_READER.exec(stripPoliteness(words.trim()));
  if (
    found === null || found[0].trim() !== words.trim().replace(/[.!]+$/u, "")
  ) {
    return undefined;
  }
  const reader = withoutPlease(found[0])
    .replace(/^(?:(?:make|write|rewrite|explain)\s+it\s+)?/iu, "")
    .replace(/^(?:for|to|для|para|für|pour|per|dla)\s+(?:les\s+|des\s+)?/iu, "")
    .trim();
  return RUSSIAN_READERS[reader.toLowerCase()] ?? reader;
}

/** The Russian readers of {@linkcode FOR_A_READER}, from "для …" to who they are. */
const RUSSIAN_READERS: Readonly<Record<string, string>> = {
  новичков: "новички",
  начинающих: "начинающие",
  детей: "дети",
  ребёнка: "ребёнок",
  ребенка: "ребенок",
  подростков: "подростки",
  школьников: "школьники",
  студентов: "студенты",
  экспертов: "эксперты",
  профессионалов: "профессионалы",
  разработчиков: "разработчики",
  чайников: "новички",
};

/** Whether a typed change says only which language to write in: "in Spanish", "auf Deutsch". */
export function saysLanguage(words: string): boolean {
  return IN_A_LANGUAGE.test(stripPoliteness(words.trim()));
}
