/**
 * A picture's subject in the nominative once the request before it is gone.
 *
 * "нарисуй лису в снегу" asks for "лису" (accusative, the object of
 * "нарисуй"); the offline prompt describes "Лиса в снегу". Russian and German
 * mark the case on the words, so dropping the verb leaves a fragment unless
 * the subject is put back in the nominative. Only what can be told from the
 * endings is changed; when a word could be read two ways ("облака" is
 * clouds, "кота" a cat; "двух котов"), {@linkcode russianSubject} answers
 * undefined and the caller keeps the request as it was written.
 *
 * @module
 */

import { lazy } from "../util/lazy.ts";

/**
 * Masculine animate nouns in the accusative (their genitive form), which no
 * ending tells from a plural or an inanimate noun: "кота" is "кот", but
 * "облака" is already clouds.
 */
const ANIMATE: Readonly<Record<string, string>> = {
  кота: "кот",
  котика: "котик",
  котёнка: "котёнок",
  котенка: "котенок",
  пса: "пёс",
  щенка: "щенок",
  волка: "волк",
  льва: "лев",
  тигра: "тигр",
  медведя: "медведь",
  мишку: "мишка",
  зайца: "заяц",
  ежа: "ёж",
  енота: "енот",
  слона: "слон",
  коня: "конь",
  оленя: "олень",
  кролика: "кролик",
  хомяка: "хомяк",
  попугая: "попугай",
  пингвина: "пингвин",
  дельфина: "дельфин",
  кита: "кит",
  орла: "орёл",
  ворона: "ворон",
  воробья: "воробей",
  филина: "филин",
  петуха: "петух",
  динозавра: "динозавр",
  дракона: "дракон",
  единорога: "единорог",
  жирафа: "жираф",
  краба: "краб",
  осьминога: "осьминог",
  человека: "человек",
  мужчину: "мужчина",
  мальчика: "мальчик",
  парня: "парень",
  старика: "старик",
  ребёнка: "ребёнок",
  ребенка: "ребенок",
  малыша: "малыш",
  деда: "дед",
  дедушку: "дедушка",
  папу: "папа",
  рыцаря: "рыцарь",
  воина: "воин",
  самурая: "самурай",
  ниндзя: "ниндзя",
  пирата: "пират",
  викинга: "викинг",
  короля: "король",
  принца: "принц",
  мага: "маг",
  волшебника: "волшебник",
  колдуна: "колдун",
  героя: "герой",
  супергероя: "супергерой",
  злодея: "злодей",
  робота: "робот",
  киборга: "киборг",
  астронавта: "астронавт",
  космонавта: "космонавт",
  инопланетянина: "инопланетянин",
  пришельца: "пришелец",
  монстра: "монстр",
  демона: "демон",
  ангела: "ангел",
  гнома: "гном",
  эльфа: "эльф",
  детектива: "детектив",
  солдата: "солдат",
  ковбоя: "ковбой",
  повара: "повар",
  врача: "врач",
  художника: "художник",
  музыканта: "музыкант",
  гитариста: "гитарист",
  студента: "студент",
  бизнесмена: "бизнесмен",
  снеговика: "снеговик",
  персонажа: "персонаж",
};

/** Nouns ending in -у or -ю that do not decline: "кенгуру", "меню". */
const INDECLINABLE = new Set([
  "кенгуру",
  "какаду",
  "эму",
  "гуру",
  "рагу",
  "иглу",
  "шоу",
  "ток-шоу",
  "кунг-фу",
  "табу",
  "меню",
  "интервью",
  "барбекю",
  "дежавю",
  "авеню",
  "парвеню",
  "фондю",
  "суши",
  "пони",
  "такси",
  "баку",
  "ктулху",
  "тофу",
  "пикачу",
  "шоу-бизнес",
  "ниндзя",
]);

/**
 * Stressed-ending adjectives: "большого" is "большой", not "большый" as
 * "старого" is "старый".
 */
const STRESSED = new Set([
  "больш",
  "молод",
  "зл",
  "сед",
  "золот",
  "голуб",
  "жив",
  "крут",
  "смешн",
  "лесн",
  "стальн",
  "родн",
  "морск",
  "городск",
  "боев",
  "цветн",
  "ночн",
  "земн",
  "озорн",
  "прост",
  "пуст",
  "слеп",
  "худ",
  "густ",
  "дорог",
  "друг",
  "плох",
  "глух",
  "сух",
  "туг",
  "мужск",
  "полев",
  "речн",
  "горн",
  "степн",
  "стенн",
  "ледян",
  "жестян",
  "водян",
  "пожил",
  "небольш",
  "нем",
  "свят",
  "втор",
  "лих",
  "чуж",
  "деловит",
  "делов",
  "ручн",
  "чудн",
  "удал",
  "хмельн",
  "смешн",
  "озорн",
]);

/** Where the subject's words end: a preposition, a conjunction, a clause. */
const STOPS = new Set([
  "в",
  "во",
  "на",
  "под",
  "над",
  "у",
  "с",
  "со",
  "за",
  "перед",
  "из",
  "около",
  "возле",
  "среди",
  "между",
  "или",
  "а",
  "но",
  "который",
  "которая",
  "которое",
  "которые",
  "что",
  "как",
  "где",
  "когда",
  "без",
  "для",
  "по",
  "к",
  "ко",
  "от",
  "до",
  "через",
  "при",
  "о",
  "об",
  "из-за",
  // Times of day and year: "ночью" is no feminine noun in -ю.
  "ночью",
  "днём",
  "днем",
  "утром",
  "вечером",
  "зимой",
  "летом",
  "осенью",
  "весной",
]);

/** Endings of plural animates and of other cases than the accusative. */
const UNSURE = /(?:ов|ев|ёв|ей|ых|их|ами|ями|ям|ам|ах|ях|ью|ою|ею)$/u;
const NUMBERS =
  /^(?:двух|трёх|трех|четырёх|четырех|пять|шесть|семь|восемь|девять|десять|несколько|много|пару|обоих|обеих)$/u;

/** Pronouns and numerals before the noun, in the accusative: "мою кошку". */
const DETERMINERS: Readonly<Record<string, string>> = {
  мою: "моя",
  твою: "твоя",
  свою: "моя",
  нашу: "наша",
  вашу: "ваша",
  эту: "эта",
  ту: "та",
  одну: "одна",
  всю: "вся",
  такую: "такая",
  какую: "какая",
  моего: "мой",
  твоего: "твой",
  своего: "мой",
  нашего: "наш",
  вашего: "ваш",
  этого: "этот",
  того: "тот",
  одного: "один",
  такого: "такой",
  какого: "какой",
  второго: "второй",
  третьего: "третий",
  другого: "другой",
  его: "его",
  её: "её",
  ее: "ее",
  их: "их",
};

/** Animate plurals whose accusative ends in a consonant: "собак", "кошек". */
const PLURALS: Readonly<Record<string, string>> = {
  собак: "собаки",
  кошек: "кошки",
  людей: "люди",
  детей: "дети",
  лошадей: "лошади",
  гусей: "гуси",
  лебедей: "лебеди",
  друзей: "друзья",
  зверей: "звери",
  птиц: "птицы",
  рыб: "рыбы",
  лис: "лисы",
  уток: "утки",
  белок: "белки",
  пчёл: "пчёлы",
  пчел: "пчелы",
  акул: "акулы",
  обезьян: "обезьяны",
  бабочек: "бабочки",
  девушек: "девушки",
  девочек: "девочки",
  женщин: "женщины",
  принцесс: "принцессы",
  овец: "овцы",
  кукол: "куклы",
};

/** Plurals in -ат whose nominative adds -а, as every plural in -ят does. */
const YOUNG_IN_AT = new Set([
  "медвежат",
  "зайчат",
  "волчат",
  "бельчат",
  "мышат",
  "ежат",
  "галчат",
  "бесенят",
]);

/** The nominatives of {@linkcode ANIMATE}, with "ё" written "е". */
const ANIMATE_NOMINATIVES = lazy(() =>
  new Set(Object.values(ANIMATE).map((word) => word.replaceAll("ё", "е")))
);

/**
 * An animate plural in the accusative ("котов", "героев", "оленей",
 * "котят") in the nominative, when its singular is a listed animate (the
 * ending alone could be an island's: "остров"); undefined otherwise.
 */
function animatePlural(word: string): string | undefined {
  if (word in PLURALS) return PLURALS[word];
  if (word.length >= 5 && word.endsWith("ят") || YOUNG_IN_AT.has(word)) {
    return word + "а";
  }
  const ending = /^(\p{L}{2,}?)(ов|ёв|ев|ей)$/u.exec(word);
  if (ending === null) return undefined;
  const [, stem, suffix] = ending;
  const known = (singular: string) =>
    ANIMATE_NOMINATIVES().has(singular.replaceAll("ё", "е"));
  if (suffix === "ов" || suffix === "ёв") {
    if (!known(stem)) return undefined;
    return stem + (/[кгхжшчщ]$/u.test(stem) ? "и" : "ы");
  }
  if (suffix === "ев") return known(stem + "й") ? stem + "и" : undefined;
  // "оленей", "врачей", "ежей": a soft or hushing stem.
  return known(stem + "ь") || (/[жшчщ]$/u.test(stem) && known(stem))
    ? stem + "и"
    : undefined;
}

/**
 * Words that end a subject where they stand ("кошку внизу" is a cat below,
 * "ночью" no feminine noun in -ю).
 */
const ADVERBS = new Set([
  "внизу",
  "наверху",
  "сверху",
  "снизу",
  "сбоку",
  "сзади",
  "спереди",
  "сразу",
  "вдали",
  "вдалеке",
  "рядом",
  "вместе",
  "вокруг",
  "крупно",
  "красиво",
  "реалистично",
]);

/** Unstressed adjective stems in -к, -г, -х: "маленького" is "маленький". */
const SOFT_K = new Set([
  "маленьк",
  "высок",
  "широк",
  "глубок",
  "далёк",
  "далек",
  "жарк",
  "мягк",
  "лёгк",
  "легк",
  "тих",
  "строг",
  "велик",
  "крепк",
  "ярк",
  "звонк",
  "гибк",
  "узк",
  "близк",
  "низк",
  "редк",
  "сладк",
  "гладк",
  "хрупк",
  "тонк",
  "коротк",
  "долг",
  "жутк",
  "милейш",
]);

/** A participle ("спящую", "читающего"): what follows is its own object. */
const PARTICIPLE = /(?:ущ|ющ|ащ|ящ|вш)(?:ую|его|ий|ая|ее|ие|ой)$/u;
const ADJECTIVE = /(?:ую|юю|ого|его|ый|ий|ой|ое|ее|ые|ие|ая|яя|ых|их)$/u;

/**
 * The Russian `rest` of a request ("лису в снегу", what followed "нарисуй")
 * with its subject in the nominative ("лиса в снегу"), or undefined when its
 * words could be read two ways and only the request as written is sure.
 * The subject is each noun with the words before it, up to the first
 * preposition; several are joined by "и" or commas ("кошку, собаку и лису").
 * What follows a noun in the same group is its own ("портрет короля",
 * "открытку другу", "пейзаж акварелью") and stays as written.
 *
 * @example
 * ```ts
 * russianSubject("рыжую кошку на подоконнике"); // "рыжая кошка на подоконнике"
 * russianSubject("старого кота у камина"); // "старый кот у камина"
 * russianSubject("двух котов"); // undefined
 * russianSubject("дом у моря"); // "дом у моря"
 * ```
 */
export function russianSubject(rest: string): string | undefined {
  return subjectIn(rest, RUSSIAN);
}

/** What a language's subject reading needs: its words, endings and tables. */
interface Grammar {
  /** A word of the language (a token that is not one ends the subject). */
  readonly word: RegExp;
  /** "и", "i": one more subject follows. */
  readonly and: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly numbers: RegExp;
  /** Words passed over where they stand: "пожалуйста", "proszę". */
  readonly skip: ReadonlySet<string>;
  /** Object pronouns ("ją", "mnie", "mi"): no subject to name. */
  readonly pronouns: ReadonlySet<string>;
  /**
   * Whether a word after the subject's noun that still reads as an
   * accusative ("pannę młodą", "kotkę Lunę") makes the reading unsure
   * (Polish puts adjectives after the noun; Russian words there are the
   * noun's own: "кота доброго волшебника").
   */
  readonly strictAfterNoun: boolean;
  /** An accusative a word after the noun still shows: "-ą", "-ę", "-ego". */
  readonly stillAccusative: RegExp;
  readonly determiners: Readonly<Record<string, string>>;
  readonly animate: Readonly<Record<string, string>>;
  /** An adjective's ending, read before the noun. */
  readonly adjective: RegExp;
  /**
   * An accusative ending adjectives and nouns share (Ukrainian "руду кішку"):
   * a word with it is read as an adjective when the next word has it too.
   */
  readonly sharedEnding?: RegExp;
  /**
   * Of the words with {@linkcode sharedEnding}, those shaped like a noun
   * ("тарілку", "склянку", "книгу", "фотографію"), never read as adjectives.
   */
  readonly nounShaped?: RegExp;
  readonly participle: RegExp;
  /** A name in the genitive's ending after a living thing: "кота Барсика". */
  readonly namedInCase: RegExp;
  adjectiveNominative(word: string): string | undefined;
  nounNominative(word: string): string | undefined;
}

/** Where a reading of a subject is, word by word. */
interface Reading {
  /** The words and the spaces between them, as split. */
  readonly words: readonly string[];
  readonly out: string[];
  changed: number;
  /** Whether the current group's noun (or participle) has been read. */
  done: boolean;
  groups: number;
  /**
   * Whether the word follows a comma: "кошку, спящую на диване" is a
   * participle's clause, whose object ("книгу") is its own.
   */
  afterComma: boolean;
  nameBefore: boolean;
  animateBefore: boolean;
  /**
   * Whether the group's noun was changed, and a word before it was not
   * ("mi kota", "ładnie kota": what stays is no agreeing adjective).
   */
  nounChanged: boolean;
  keptBefore: boolean;
}

/** What a word tells the reading: read on, the subject ended, or unsure. */
type Step = "next" | "stop" | "unsure";

function subjectIn(rest: string, grammar: Grammar): string | undefined {
  const words = rest.split(/(\s+|[,.;:!?]+)/u);
  const reading: Reading = {
    words,
    out: [...words],
    changed: 0,
    done: false,
    groups: 0,
    afterComma: false,
    nameBefore: false,
    animateBefore: false,
    nounChanged: false,
    keptBefore: false,
  };
  for (let i = 0; i < words.length; i++) {
    const step = readWord(words[i], i, reading, grammar);
    if (step === "unsure") return undefined;
    if (step === "stop") break;
  }
  // Nothing read as a noun: nothing said for sure (Polish "ludzi", "góry"
  // end like adjectives).
  if (
    reading.groups === 0 && (reading.changed === 0 || grammar.strictAfterNoun)
  ) {
    return undefined;
  }
  return reading.out.join("").replace(/^[\s,]+/u, "").replace(/\s{2,}/gu, " ");
}

function readWord(word: string, i: number, r: Reading, g: Grammar): Step {
  if (word.trim() === "") return "next";
  const lower = word.toLowerCase();
  if (word.trim() === ",") {
    r.done = false;
    r.afterComma = true;
    return "next";
  }
  const clauseStart = r.afterComma;
  r.afterComma = false;
  if (!g.word.test(word)) return "stop";
  if (g.and.has(lower)) {
    r.done = false;
    r.keptBefore = false;
    return "next";
  }
  if (g.skip.has(lower)) {
    r.out[i] = "";
    return "next";
  }
  if (g.stops.has(lower) || g.adverbs.has(lower)) return "stop";
  if (g.pronouns.has(lower)) return "unsure";
  return r.done
    ? afterNoun(word, lower, i, r, g)
    : inSubject(word, lower, i, { clauseStart, name: false }, r, g);
}

/** A word after the group's noun: the noun's own, unless a name or a participle. */
function afterNoun(
  word: string,
  lower: string,
  i: number,
  r: Reading,
  g: Grammar,
): Step {
  // "кота Барсика": a living thing's name is in its case too; unsure.
  if (r.animateBefore && g.namedInCase.test(word)) return "unsure";
  // "кошку спящую на диване", "kotkę siedzącą na płocie": a participle
  // after the noun agrees with it.
  if (r.nounChanged && g.participle.test(lower)) {
    const participle = g.adjectiveNominative(lower);
    if (participle === undefined) return "unsure";
    r.out[i] = keepCase(word, participle);
    return "next";
  }
  // "кішку Мурку": a feminine name after its noun shares the ending.
  if (
    g.sharedEnding?.test(lower) && r.nounChanged && /^\p{Lu}/u.test(word) &&
    !r.nameBefore
  ) {
    const named = g.adjectiveNominative(lower);
    if (named === undefined) return "unsure";
    r.out[i] = keepCase(word, named);
    r.nameBefore = true;
    return "next";
  }
  // "Гарри Поттера": a name goes on as long as its words are capitalised.
  if (r.nameBefore && /^\p{Lu}/u.test(word)) {
    return inSubject(word, lower, i, { clauseStart: false, name: true }, r, g);
  }
  return g.strictAfterNoun && g.stillAccusative.test(lower) ? "unsure" : "next";
}

/** A word of the subject itself: a determiner, an adjective or its noun. */
function inSubject(
  word: string,
  lower: string,
  i: number,
  at: { clauseStart: boolean; name: boolean },
  r: Reading,
  g: Grammar,
): Step {
  if (g.numbers.test(lower)) return "unsure";
  if (lower in g.determiners) {
    r.out[i] = keepCase(word, g.determiners[lower]);
    r.changed++;
    return "next";
  }
  // "руду кішку", "чорно-білу кішку": the first agrees with the second;
  // not "тарілку борщу", a noun and the genitive after it.
  if (
    g.sharedEnding?.test(lower) && !(lower in g.animate) &&
    !g.nounShaped?.test(lower) && sharesNext(i, r, g)
  ) {
    const adjective = g.adjectiveNominative(lower);
    if (adjective === undefined) return "unsure";
    r.out[i] = keepCase(word, adjective);
    r.changed++;
    return "next";
  }
  const parts = lower.split("-");
  // "biało-czarną", "Curie-Skłodowską": a compound adjective; unsure.
  const compound = parts.length > 1 &&
    parts.some((part) =>
      g.stillAccusative.test(part) && g.adjective.test(part)
    );
  if (compound) return "unsure";
  if (parts.length === 1 && !(lower in g.animate) && g.adjective.test(lower)) {
    const adjective = g.adjectiveNominative(lower);
    if (adjective === undefined) return "unsure";
    r.out[i] = keepCase(word, adjective);
    if (adjective === lower) r.keptBefore = true;
    if (at.clauseStart && r.groups > 0 && g.participle.test(lower)) {
      r.done = true;
    }
    r.changed++;
    return "next";
  }
  return readNoun(word, parts, i, at.name, r, g);
}

/** Whether the word after the `i`th ends as it does, in the same group. */
function sharesNext(i: number, r: Reading, g: Grammar): boolean {
  const next = r.words.slice(i + 1).find((word) => word.trim() !== "");
  if (next === undefined || !g.word.test(next)) return false;
  const lower = next.toLowerCase();
  return g.sharedEnding!.test(lower) && !g.stops.has(lower) &&
    !g.adverbs.has(lower) && !g.and.has(lower) && !(lower in g.determiners);
}

function readNoun(
  word: string,
  parts: readonly string[],
  i: number,
  name: boolean,
  r: Reading,
  g: Grammar,
): Step {
  const noun = parts.map((part) => g.nounNominative(part));
  if (noun.some((part) => part === undefined)) return "unsure";
  // "роботов-убийц": one part changed, the other in its case as well.
  const changedParts = noun.filter((part, n) => part !== parts[n]).length;
  if (changedParts > 0 && changedParts < parts.length) return "unsure";
  const originals = word.split("-");
  r.out[i] = noun.map((part, n) => keepCase(originals[n], part!)).join("-");
  r.nounChanged = noun.join("-") !== parts.join("-");
  if (r.nounChanged && r.keptBefore && g.strictAfterNoun) return "unsure";
  r.keptBefore = false;
  r.nameBefore = /^\p{Lu}/u.test(word);
  r.animateBefore = parts.some((part) => part in g.animate) ||
    (g.strictAfterNoun && r.nounChanged);
  r.done = true;
  if (!name) r.groups++;
  return "next";
}

/** An adjective in the accusative ("рыжую", "старого"), in the nominative. */
function adjectiveNominative(word: string): string | undefined {
  if (word.endsWith("ую")) return word.slice(0, -2) + "ая";
  if (word.endsWith("юю")) return word.slice(0, -2) + "яя";
  if (word.endsWith("его")) return word.slice(0, -3) + "ий";
  // "рыжих котов": "рыжие коты".
  if (word.endsWith("ых")) return word.slice(0, -2) + "ые";
  if (word.endsWith("их")) return word.slice(0, -2) + "ие";
  if (word.endsWith("ого")) {
    const stem = word.slice(0, -3);
    if (STRESSED.has(stem)) return stem + "ой";
    // After ж, ш, ч, щ an unstressed ending is "-его": "чужого" is "чужой".
    if (/[жшчщ]$/u.test(stem)) return stem + "ой";
    if (stem.endsWith("ческ")) return stem + "ий";
    if (/[кгх]$/u.test(stem)) {
      if (SOFT_K.has(stem) || stem.endsWith("ск")) return stem + "ий";
      return undefined;
    }
    return stem + "ый";
  }
  // -ый, -ий, -ой, -ое, -ее, -ые, -ие, -ая, -яя: the accusative of a thing
  // is its nominative; "-ая" is no accusative at all, so is left alone.
  return word;
}

/** A noun in the accusative, in the nominative; undefined when unsure. */
function nounNominative(word: string): string | undefined {
  if (word in ANIMATE) return ANIMATE[word];
  const plural = animatePlural(word);
  if (plural !== undefined) return plural;
  if (INDECLINABLE.has(word)) return word;
  if (NUMBERS.test(word) || UNSURE.test(word)) return undefined;
  if (word.length >= 3 && word.endsWith("у")) return word.slice(0, -1) + "а";
  if (word.length >= 3 && word.endsWith("ю")) return word.slice(0, -1) + "я";
  // -а, -я: a masculine animate not listed, or already a plural: unsure.
  if (/[ая]$/u.test(word)) return undefined;
  // A consonant, -о, -е, -ь, -й, -ы, -и: the accusative is the nominative.
  return word;
}

const RUSSIAN: Grammar = {
  word: /^[\p{Script=Cyrillic}-]+$/u,
  and: new Set(["и"]),
  stops: STOPS,
  adverbs: ADVERBS,
  numbers: NUMBERS,
  skip: new Set(["пожалуйста"]),
  pronouns: new Set(["меня", "тебя", "нас", "вас", "себя", "мне", "нам"]),
  strictAfterNoun: false,
  stillAccusative: /(?:ую|юю)$/u,
  determiners: DETERMINERS,
  animate: ANIMATE,
  adjective: ADJECTIVE,
  participle: PARTICIPLE,
  namedInCase: /^\p{Lu}\p{L}*[ая]$/u,
  adjectiveNominative,
  nounNominative,
};

function keepCase(original: string, word: string): string {
  return original[0] !== original[0].toLowerCase()
    ? word[0].toUpperCase() + word.slice(1)
    : word;
}

/**
 * The German `rest` of a request without its accusative article ("einen
 * roten Fuchs im Schnee", what followed "zeichne") in the nominative: "ein
 * roter Fuchs im Schnee". Other words are kept.
 */
export function germanSubject(rest: string): string {
  const found = /^einen((?:\s+\p{Ll}+en)*)(\s+)(\p{Lu}\p{L}*)/u.exec(rest);
  if (found === null) return rest;
  const [whole, adjectives, space, noun] = found;
  const nominativeAdjectives = adjectives.replace(
    /(\s+\p{Ll}+)en(?=\s|$)/gu,
    "$1er",
  );
  // "einen Fuchs und einen Hasen": both are the subject.
  const after = rest.slice(whole.length);
  const and = /^(\s+und\s+)(?=einen\s)/u.exec(after);
  const tail = and === null
    ? after
    : and[1] + germanSubject(after.slice(and[0].length));
  return "ein" + nominativeAdjectives + space + weakNominative(noun) + tail;
}

/** "Löwen", "Leoparden", "Präsidenten" after "einen": "Löwe", "Leopard"… */
function weakNominative(noun: string): string {
  if (noun in WEAK_NOUNS) return WEAK_NOUNS[noun];
  const weak = /^(\p{L}+(?:ant|ent|ist|nom|graf|soph|ard|arch))en$/u
    .exec(noun);
  if (weak !== null) return weak[1];
  // "Biologen", "Pädagogen": "Biologe".
  const inE = /^(\p{L}+(?:olog|agog))en$/u.exec(noun);
  return inE === null ? noun : `${inE[1]}e`;
}

/** Masculine nouns whose accusative ends in -(e)n: "einen Löwen", "ein Löwe". */
const WEAK_NOUNS: Readonly<Record<string, string>> = {
  Löwen: "Löwe",
  Bären: "Bär",
  Drachen: "Drache",
  Affen: "Affe",
  Hasen: "Hase",
  Jungen: "Junge",
  Menschen: "Mensch",
  Helden: "Held",
  Prinzen: "Prinz",
  Astronauten: "Astronaut",
  Elefanten: "Elefant",
  Falken: "Falke",
  Raben: "Rabe",
  Riesen: "Riese",
  Soldaten: "Soldat",
  Piraten: "Pirat",
  Planeten: "Planet",
  Nachbarn: "Nachbar",
  Studenten: "Student",
  Fotografen: "Fotograf",
  Polizisten: "Polizist",
  Architekten: "Architekt",
  Greifen: "Greif",
  Kunden: "Kunde",
  Schimpansen: "Schimpanse",
  Bauern: "Bauer",
  Ochsen: "Ochse",
  Herrn: "Herr",
  Spatzen: "Spatz",
  Gorillas: "Gorilla",
  Burschen: "Bursche",
  Kollegen: "Kollege",
  Boten: "Bote",
  Grafen: "Graf",
};

// ---------------------------------------------------------------- Polish

/**
 * The Polish `rest` of a request ("rudą kotkę na dachu", what followed
 * "narysuj") with its subject in the nominative ("ruda kotka na dachu"), or
 * undefined when its words could be read two ways; as
 * {@linkcode russianSubject}.
 *
 * @example
 * ```ts
 * polishSubject("kota na dachu"); // "kot na dachu"
 * polishSubject("rudą krowę na łące"); // "ruda krowa na łące"
 * ```
 */
export function polishSubject(rest: string): string | undefined {
  return subjectIn(rest, POLISH);
}

/** Masculine animate nouns in the accusative, which no ending tells apart. */
const POLISH_ANIMATE: Readonly<Record<string, string>> = {
  panią: "pani",
  kota: "kot",
  psa: "pies",
  pieska: "piesek",
  szczeniaka: "szczeniak",
  lisa: "lis",
  wilka: "wilk",
  lwa: "lew",
  tygrysa: "tygrys",
  niedźwiedzia: "niedźwiedź",
  misia: "miś",
  zająca: "zając",
  jeża: "jeż",
  słonia: "słoń",
  konia: "koń",
  jelenia: "jeleń",
  królika: "królik",
  chomika: "chomik",
  pingwina: "pingwin",
  delfina: "delfin",
  wieloryba: "wieloryb",
  ptaka: "ptak",
  orła: "orzeł",
  kruka: "kruk",
  dinozaura: "dinozaur",
  smoka: "smok",
  jednorożca: "jednorożec",
  kangura: "kangur",
  człowieka: "człowiek",
  chłopca: "chłopiec",
  chłopaka: "chłopak",
  dziadka: "dziadek",
  ojca: "ojciec",
  syna: "syn",
  brata: "brat",
  rycerza: "rycerz",
  wojownika: "wojownik",
  żołnierza: "żołnierz",
  samuraja: "samuraj",
  pirata: "pirat",
  kowboja: "kowboj",
  króla: "król",
  księcia: "książę",
  czarodzieja: "czarodziej",
  maga: "mag",
  robota: "robot",
  astronautę: "astronauta",
  potwora: "potwór",
  anioła: "anioł",
  demona: "demon",
  elfa: "elf",
  krasnoluda: "krasnolud",
  bałwana: "bałwan",
};

/** Nominatives in -ę, neuter and "książę": "imię", "zwierzę". */
const POLISH_IN_E = new Set([
  "imię",
  "ramię",
  "plemię",
  "znamię",
  "brzemię",
  "wymię",
  "zwierzę",
  "kurczę",
  "cielę",
  "źrebię",
  "prosię",
  "kocię",
  "szczenię",
  "niemowlę",
  "jagnię",
  "dziewczę",
  "książę",
]);

const POLISH_DETERMINERS: Readonly<Record<string, string>> = {
  jakąś: "jakaś",
  jakiegoś: "jakiś",
  moją: "moja",
  twoją: "twoja",
  swoją: "moja",
  naszą: "nasza",
  waszą: "wasza",
  tę: "ta",
  tą: "ta",
  jedną: "jedna",
  mojego: "mój",
  twojego: "twój",
  swojego: "mój",
  naszego: "nasz",
  waszego: "wasz",
  tego: "ten",
  jednego: "jeden",
  jego: "jego",
  jej: "jej",
  ich: "ich",
};

const POLISH: Grammar = {
  word: /^[\p{Script=Latin}-]+$/u,
  and: new Set(["i", "oraz"]),
  stops: new Set([
    "w",
    "we",
    "na",
    "pod",
    "nad",
    "przy",
    "z",
    "ze",
    "za",
    "przed",
    "obok",
    "u",
    "do",
    "od",
    "dla",
    "bez",
    "o",
    "po",
    "przez",
    "między",
    "wśród",
    "który",
    "która",
    "które",
    "jak",
    "gdzie",
    "kiedy",
    "że",
    "albo",
    "lub",
    "a",
    "ale",
  ]),
  adverbs: new Set([
    "akwarelą",
    "kredką",
    "kredkami",
    "ołówkiem",
    "farbami",
    "węglem",
    "tuszem",
    "pastelami",
    "nocą",
    "rano",
    "wieczorem",
    "zimą",
    "latem",
    "jesienią",
    "wiosną",
    "razem",
  ]),
  numbers:
    /^(?:dwa|dwie|dwóch|dwoje|trzy|trzech|troje|cztery|czterech|pięć|pięciu|kilka|kilku|wiele|wielu)$/u,
  skip: new Set(["proszę"]),
  pronouns: new Set([
    "ją",
    "nią",
    "mnie",
    "cię",
    "ciebie",
    "go",
    "je",
    "nas",
    "was",
    "siebie",
    "mi",
    "nam",
    "wam",
    "mu",
  ]),
  strictAfterNoun: true,
  stillAccusative: /(?:ą|ę|ego)$/u,
  determiners: POLISH_DETERMINERS,
  animate: POLISH_ANIMATE,
  // "rudą", "rudego", and the nominatives "duży", "mały", "białe".
  adjective: /(?:ą|ego|y|i|e)$/u,
  participle: /ąc(?:ą|ego|y|a)$/u,
  namedInCase: /^\p{Lu}\p{L}*a$/u,
  adjectiveNominative(word) {
    if (word.endsWith("ą")) return word.slice(0, -1) + "a";
    // "wielkiego", "ostatniego": "wielki", "ostatni"; "rudego": "rudy".
    if (word.endsWith("iego")) return word.slice(0, -4) + "i";
    if (word.endsWith("ego")) return word.slice(0, -3) + "y";
    return word;
  },
  nounNominative(word) {
    if (word in POLISH_ANIMATE) return POLISH_ANIMATE[word];
    if (POLISH_IN_E.has(word)) return word;
    // Plural persons ("chłopców", "rycerzy", "ludzi", "braci"), other cases:
    // unsure.
    if (/(?:ów|ami|ych|ich|zy|zi|ci|ół)$/u.test(word)) return undefined;
    // "boginię", "gospodynię": "bogini", "gospodyni".
    if (/(?:yni|ini)ę$/u.test(word)) return word.slice(0, -1);
    // "krowę", "kobietę", "ciocię": a feminine noun's accusative.
    if (word.endsWith("ę") && word.length >= 3) return word.slice(0, -1) + "a";
    // -a: a masculine animate not listed, or a neuter plural: unsure.
    if (word.endsWith("a")) return undefined;
    return word;
  },
};

// ------------------------------------------------------------- Ukrainian

/**
 * The Ukrainian `rest` of a request ("руду кішку на даху", what followed
 * "намалюй") with its subject in the nominative ("руда кішка на даху"), or
 * undefined when its words could be read two ways; as
 * {@linkcode russianSubject}. A feminine adjective and its noun share their
 * ending ("руду кішку"), so a word in -у or -ю is the noun's adjective when
 * the word after it ends so too.
 *
 * @example
 * ```ts
 * ukrainianSubject("лисицю в снігу"); // "лисиця в снігу"
 * ukrainianSubject("старого кота біля каміна"); // "старий кіт біля каміна"
 * ukrainianSubject("двох котів"); // undefined
 * ```
 */
export function ukrainianSubject(rest: string): string | undefined {
  return subjectIn(rest, UKRAINIAN);
}

/** Masculine animate nouns in the accusative (their genitive form). */
const UKRAINIAN_ANIMATE: Readonly<Record<string, string>> = {
  кота: "кіт",
  котика: "котик",
  пса: "пес",
  песика: "песик",
  вовка: "вовк",
  лева: "лев",
  тигра: "тигр",
  ведмедя: "ведмідь",
  ведмедика: "ведмедик",
  зайця: "заєць",
  зайчика: "зайчик",
  їжака: "їжак",
  єнота: "єнот",
  слона: "слон",
  коня: "кінь",
  кролика: "кролик",
  "хом'яка": "хом'як",
  пінгвіна: "пінгвін",
  дельфіна: "дельфін",
  кита: "кит",
  орла: "орел",
  ворона: "ворон",
  горобця: "горобець",
  півня: "півень",
  динозавра: "динозавр",
  дракона: "дракон",
  єдинорога: "єдиноріг",
  жирафа: "жираф",
  краба: "краб",
  восьминога: "восьминіг",
  чоловіка: "чоловік",
  хлопчика: "хлопчик",
  хлопця: "хлопець",
  діда: "дід",
  дідуся: "дідусь",
  тата: "тато",
  батька: "батько",
  сина: "син",
  брата: "брат",
  лицаря: "лицар",
  воїна: "воїн",
  козака: "козак",
  самурая: "самурай",
  пірата: "пірат",
  вікінга: "вікінг",
  короля: "король",
  принца: "принц",
  мага: "маг",
  чарівника: "чарівник",
  героя: "герой",
  супергероя: "супергерой",
  робота: "робот",
  кіборга: "кіборг",
  астронавта: "астронавт",
  космонавта: "космонавт",
  прибульця: "прибулець",
  інопланетянина: "інопланетянин",
  монстра: "монстр",
  демона: "демон",
  ангела: "ангел",
  гнома: "гном",
  ельфа: "ельф",
  детектива: "детектив",
  солдата: "солдат",
  ковбоя: "ковбой",
  кухаря: "кухар",
  лікаря: "лікар",
  художника: "художник",
  музиканта: "музикант",
  гітариста: "гітарист",
  студента: "студент",
  сніговика: "сніговик",
  персонажа: "персонаж",
  миколая: "миколай",
};

/** Animate plurals whose accusative ends in a consonant: "собак", "кішок". */
const UKRAINIAN_PLURALS: Readonly<Record<string, string>> = {
  собак: "собаки",
  кішок: "кішки",
  риб: "риби",
  лисиць: "лисиці",
  качок: "качки",
  білок: "білки",
  бджіл: "бджоли",
  акул: "акули",
  мавп: "мавпи",
  дівчат: "дівчата",
  дівчаток: "дівчатка",
  жінок: "жінки",
  принцес: "принцеси",
  овець: "вівці",
  ляльок: "ляльки",
  кошенят: "кошенята",
  цуценят: "цуценята",
};

/**
 * Nouns that stay as written: in -у, -ю or -я that do not decline, or whose
 * -я is a neuter's, and cities in -ів.
 */
const UKRAINIAN_INDECLINABLE = new Set([
  "кенгуру",
  "какаду",
  "ему",
  "гуру",
  "рагу",
  "шоу",
  "ток-шоу",
  "кунг-фу",
  "табу",
  "меню",
  "інтерв'ю",
  "барбекю",
  "дежавю",
  "фондю",
  "баку",
  "ктулху",
  "тофу",
  "пікачу",
  "ніндзя",
  "дитя",
  "ягня",
  "теля",
  "ім'я",
  "оленя",
  // Cities in -ів, whose ending is no plural's: "Київ вночі".
  "київ",
  "харків",
  "львів",
  "чернігів",
  "миколаїв",
]);

const UKRAINIAN_DETERMINERS: Readonly<Record<string, string>> = {
  мою: "моя",
  твою: "твоя",
  свою: "моя",
  нашу: "наша",
  вашу: "ваша",
  цю: "ця",
  ту: "та",
  одну: "одна",
  всю: "вся",
  усю: "уся",
  кожну: "кожна",
  таку: "така",
  якусь: "якась",
  мого: "мій",
  твого: "твій",
  свого: "мій",
  нашого: "наш",
  вашого: "ваш",
  цього: "цей",
  того: "той",
  одного: "один",
  такого: "такий",
  якогось: "якийсь",
  кожного: "кожен",
  його: "його",
  її: "її",
  їх: "їх",
  їхню: "їхня",
  їхнього: "їхній",
};

const UKRAINIAN: Grammar = {
  word: /^[\p{Script=Cyrillic}'’ʼ-]+$/u,
  and: new Set(["і", "й", "та"]),
  stops: new Set([
    "в",
    "у",
    "ув",
    "на",
    "під",
    "над",
    "з",
    "із",
    "зі",
    "за",
    "перед",
    "біля",
    "поблизу",
    "коло",
    "серед",
    "між",
    "поміж",
    "або",
    "чи",
    "а",
    "але",
    "який",
    "яка",
    "яке",
    "які",
    "що",
    "як",
    "де",
    "коли",
    "без",
    "для",
    "по",
    "до",
    "від",
    "через",
    "при",
    "о",
    "об",
    "про",
    "проти",
    "навколо",
    "вздовж",
    "всередині",
    "усередині",
  ]),
  adverbs: new Set([
    "вночі",
    "уночі",
    "вдень",
    "ввечері",
    "увечері",
    "вранці",
    "уранці",
    "зранку",
    "взимку",
    "узимку",
    "влітку",
    "улітку",
    "восени",
    "навесні",
    "внизу",
    "унизу",
    "нагорі",
    "вгорі",
    "угорі",
    "зверху",
    "знизу",
    "збоку",
    "ззаду",
    "спереду",
    "поруч",
    "поряд",
    "разом",
    "вдалині",
    "здалеку",
    "аквареллю",
    "олівцем",
    "фарбами",
    "вугіллям",
    "реалістично",
    "красиво",
  ]),
  numbers:
    /^(?:два|дві|три|чотири|двох|трьох|чотирьох|двоє|троє|п['’ʼ]ять|шість|сім|вісім|дев['’ʼ]ять|десять|кілька|декілька|багато|пару|обох)$/u,
  skip: new Set(["будь", "ласка"]),
  pronouns: new Set([
    "мене",
    "тебе",
    "нас",
    "вас",
    "себе",
    "мені",
    "нам",
    "їй",
    "йому",
  ]),
  strictAfterNoun: false,
  stillAccusative: /[ую]$/u,
  determiners: UKRAINIAN_DETERMINERS,
  animate: UKRAINIAN_ANIMATE,
  // "рудого", "синього", and the nominatives "рудий", "синій", "руде", "сині".
  adjective: /(?:ого|ий|ій|е|є|і)$/u,
  sharedEnding: /\p{L}{2}[ую]$/u,
  nounShaped: /(?:[бвгґджзлмнпрстфхцчшщ]ку|[аеиіоуяюєї]гу|пу|ію|цю|лю)$/u,
  participle: /(?:уч|юч|ач|яч)(?:у|ого)$/u,
  namedInCase: /^\p{Lu}\p{L}*[ая]$/u,
  adjectiveNominative(word) {
    if (word.endsWith("у")) return word.slice(0, -1) + "а";
    if (word.endsWith("ю")) return word.slice(0, -1) + "я";
    if (word.endsWith("ього")) return word.slice(0, -4) + "ій";
    if (word.endsWith("ого")) return word.slice(0, -3) + "ий";
    return word;
  },
  nounNominative(word) {
    if (word in UKRAINIAN_ANIMATE) return UKRAINIAN_ANIMATE[word];
    if (word in UKRAINIAN_PLURALS) return UKRAINIAN_PLURALS[word];
    if (UKRAINIAN_INDECLINABLE.has(word.replace(/[’ʼ]/gu, "'"))) return word;
    // Plural animates ("котів", "людей"), other cases ("кішкою",
    // "аквареллю"): unsure.
    if (
      /(?:ів|їв|ей|их|іх|ими|іми|ами|ями|ям|ам|ах|ях|ою|ею|єю|ові|еві|єві)$/u
        .test(word) || /(\p{L})\1ю$/u.test(word)
    ) {
      return undefined;
    }
    // "кошеня", "весілля", "обличчя": a neuter's -я is its nominative.
    if (/(?:еня|ятко|(\p{L})\1я)$/u.test(word)) return word;
    if (word.length >= 3 && word.endsWith("у")) return word.slice(0, -1) + "а";
    if (word.length >= 3 && word.endsWith("ю")) return word.slice(0, -1) + "я";
    // -а, -я: a masculine animate not listed, or a plural: unsure.
    if (/[ая]$/u.test(word)) return undefined;
    // A consonant, -о, -е, -ь, -й, -и, -і: the accusative is the nominative.
    return word;
  },
};
