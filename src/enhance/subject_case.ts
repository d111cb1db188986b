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
  "водян",
  "полев",
  "речн",
  "горн",
  "степн",
  "стенн",
  "ледян",
  "деревянн",
  "стеклянн",
  "оловянн",
  "жестян",
  "серебрян",
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
const UNSURE = /(?:ов|ев|ёв|ей|ых|их|ами|ями|ям|ам|ах|ях)$/u;
const NUMBERS =
  /^(?:двух|трёх|трех|четырёх|четырех|пять|шесть|семь|восемь|девять|десять|несколько|много|пару|обоих|обеих)$/u;

/**
 * The Russian `rest` of a request ("лису в снегу", what followed "нарисуй")
 * with its subject in the nominative ("лиса в снегу"), or undefined when its
 * words could be read two ways and only the request as written is sure.
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
  const words = rest.split(/(\s+|[,.;:!?]+)/u);
  const head: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.trim() === "") continue;
    if (!/^[\p{Script=Cyrillic}-]+$/u.test(word)) break;
    if (STOPS.has(word.toLowerCase()) || word.toLowerCase() === "и") {
      if (word.toLowerCase() !== "и") break;
      continue;
    }
    head.push(i);
  }
  if (head.length === 0) return rest;
  const lower = head.map((i) => words[i].toLowerCase());
  const animate = lower.some((word) =>
    word.split("-").some((part) => part in ANIMATE)
  );
  const out = [...words];
  for (const [n, i] of head.entries()) {
    const parts = lower[n].split("-").map((part) => nominative(part, animate));
    if (parts.some((part) => part === undefined)) return undefined;
    out[i] = keepCase(words[i], parts.join("-"));
  }
  return out.join("");
}

/** One word in the nominative; undefined when its ending could mean two things. */
function nominative(word: string, animate: boolean): string | undefined {
  if (word in ANIMATE) return ANIMATE[word];
  if (INDECLINABLE.has(word) || NUMBERS.test(word)) {
    return NUMBERS.test(word) ? undefined : word;
  }
  if (word.endsWith("ую")) return word.slice(0, -2) + "ая";
  if (word.endsWith("юю")) return word.slice(0, -2) + "яя";
  if (/(?:ого|его)$/u.test(word)) {
    // An adjective before a masculine animate noun: "старого кота".
    if (!animate || word === "его") return undefined;
    const stem = word.slice(0, -3);
    if (word.endsWith("его")) return stem + "ий";
    if (STRESSED.has(stem)) return stem + "ой";
    return /[кгхжшчщ]$/u.test(stem) ? stem + "ий" : stem + "ый";
  }
  if (word.length >= 3 && word.endsWith("у")) return word.slice(0, -1) + "а";
  if (word.length >= 3 && word.endsWith("ю")) return word.slice(0, -1) + "я";
  // -а, -я: a masculine animate not listed, or already a plural: unsure.
  if (/[ая]$/u.test(word)) return undefined;
  if (UNSURE.test(word)) return undefined;
  // A consonant, -о, -е, -ь, -й, -ы, -и: the accusative is the nominative.
  return word;
}

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
  return "ein" + nominativeAdjectives + space + (WEAK_NOUNS[noun] ?? noun) +
    rest.slice(whole.length);
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
};
