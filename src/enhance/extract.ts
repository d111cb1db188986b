/**
 * Reads what a rough prompt already says: audience, length, tone, format,
 * answer language, platform, deadline, and for code the stack. Every value is
 * the user's own words (or the canonical name of a tool they named); nothing
 * is inferred beyond what is written.
 *
 * @module
 */

import { lazyGroup } from "../util/lazy.ts";
import { terms } from "./terms.ts";

/** Every value this module builds on first use; see {@linkcode warmUpExtract}. */
const lazy = lazyGroup();

/** What the rough prompt states about the wanted answer. */
export interface Facts {
  audience?: string;
  length?: string;
  tone?: string[];
  format?: string;
  /** "in Spanish", "на английском": the language asked for, as written. */
  language?: string;
  platform?: string[];
  deadline?: string;
  goal?: string;
  callToAction?: string;
  stack?: string[];
  input?: string;
  output?: string;
  scope?: string[];
  sources?: string[];
  dialect?: string[];
  /**
   * "I know basic grammar", "я уже знаю основы", "ya sé un poco de
   * inglés": what a learner already knows or their level, as written.
   */
  knows?: string;
  /** "budget $500 a month", "бюджет 50 000 ₽", "a small budget": as written. */
  budget?: string;
}

/** A table of patterns, each with the name to report (the match itself when absent). */
type Table = readonly (readonly [RegExp, string?])[];

/** Read every fact `prose` states. `wanted` is the text that names what to use (no constraints). */
export function readFacts(prose: string, wanted: string = prose): Facts {
  const facts: Facts = {
    audience: audienceOf(prose),
    length: lengthOf(prose),
    tone: nonEmpty(tonesOf(prose)),
    format: firstGroup(prose, formats()),
    language: firstMatch(prose, languageRequests()),
    platform: nonEmpty(findAll(prose, platforms())),
    deadline: firstGroup(prose, deadlines()),
    goal: firstGroup(prose, [goalPattern()]),
    callToAction: firstGroup(prose, [callToActionPattern()]),
    stack: nonEmpty(stackOf(wanted)),
    input: firstGroup(prose, [inputPattern()]),
    output: firstGroup(prose, [outputPattern()]),
    scope: nonEmpty(findAll(prose, scopes())),
    sources: nonEmpty(findAll(prose, sourceKinds())),
    dialect: nonEmpty(findAll(wanted, dialects())),
    knows: firstMatch(prose, knowsPatterns()),
    budget: budgetOf(prose),
  };
  return Object.fromEntries(
    Object.entries(facts).filter(([, value]) => value !== undefined),
  ) as Facts;
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** The first capture group (or the whole match) of the first pattern that matches. */
function firstGroup(
  text: string,
  patterns: readonly RegExp[],
): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const group = match.slice(1).find((value) => value !== undefined);
      return tidy(group ?? match[0]);
    }
  }
  return undefined;
}

function firstMatch(
  text: string,
  patterns: readonly RegExp[],
): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return tidy(match[0]);
  }
  return undefined;
}

function tidy(value: string): string {
  return value.trim().replace(/[\s,;:]+$/u, "").replace(/^[\s,;:]+/u, "");
}

/** Builds the patterns of {@linkcode readFacts} now rather than on first use. */
export function warmUpExtract(budgetMs = Infinity): boolean {
  return lazy.buildSome(budgetMs);
}

/** Every phrase of `table` found in `text`, in the order they appear, once each. */
export function findAll(text: string, table: Table): string[] {
  const found: { index: number; name: string }[] = [];
  for (const [pattern, name] of table) {
    const match = pattern.exec(text);
    if (match) found.push({ index: match.index, name: name ?? tidy(match[0]) });
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((item) => item.name))];
}

// ---------------------------------------------------------------- audience

const PEOPLE = [
  "beginners?",
  "kids",
  "children",
  "students?",
  "pupils",
  "developers?",
  "engineers?",
  "programmers?",
  "designers?",
  "managers?",
  "executives?",
  "customers?",
  "clients?",
  "investors?",
  "experts?",
  "teenagers?",
  "teens",
  "team",
  "boss",
  "colleagues?",
  "coworkers?",
  "recruiters?",
  "readers?",
  "users?",
  "parents?",
  "teachers?",
  "professionals?",
  "stakeholders?",
  "newcomers",
  "seniors",
  "employees",
  "followers",
  "subscribers",
  "patients",
  "(?:business |home)?owners",
  "founders",
  "entrepreneurs",
  "freelancers",
  "marketers",
  "shoppers",
  "buyers",
  "travell?ers",
  "tourists",
  "gamers",
  "fans",
  "members",
  "volunteers",
  "donors",
  "retirees",
  "doctors",
  "nurses",
  "lawyers",
  "grandm(?:a|other)",
  "grandpa|grandfather",
  "mom|mum|mother|dad|father|wife|husband|sister|brother|son|daughter|friend|landlord|professor|neighbou?r",
  "non-technical (?:people|users|readers|audience)",
  "general public",
  "famil(?:y|ies)(?!\\s+(?:friend|doctor|member|business|owner|lawyer|therapist|home|house|car|tree|name|reunion|room|photo|recipe|vacation|trip|dinner|law|court)s?\\b)",
  "couples?",
  "toddlers",
  "athletes",
  "runners",
  "vegetarians",
  "vegans",
  "people",
  "audience",
];

// Built on first use, as are the other tables with regexes built from lists:
// compiling them costs start-up time.
/**
 * Not when the people are a thing in the data: "a query for the users
 * table", "an API for customers data".
 */
const DATA_NOUNS =
  "tables?|lists?|database|db|data|dataset|pages?|area|section|portal|panel|dashboard|api|endpoints?|models?|schema|columns?|count|ids?|fields?|collection|array|objects?|class|module|service|screen|form|accounts?|records?|rows?";
const NOT_DATA =
  `(?!(?:'s?)?\\s+(?:${DATA_NOUNS}|role|roles|position|positions|job|jobs|vacancy|opening|interview|interviews|resume|cv)\\b)`;

/** Words that end what a group is of: "fans of jazz | about autumn". */
const OF_STOP =
  "the|our|my|a|an|and|or|of|to|with|about|that|who|which|in|on|for|at|by|from|please|it|them|this|these|those|him|her|us|you|me";
/**
 * What a group is of, kept with it: "fans of jazz", "members of our club",
 * "owners of small dogs": one or two words, none of them a thing in the data
 * ("users of the orders table" is just "users").
 */
const OF_WHOM =
  `(?:\\s+of\\s+(?:(?:the|our|my|a|an)\\s+)?(?!(?:${OF_STOP}|${DATA_NOUNS})\\b)[\\w'-]+(?![\\w'-])(?:\\s+(?!(?:${OF_STOP}|${DATA_NOUNS})\\b)[\\w'-]+(?![\\w'-]))?${NOT_DATA})?`;

/** What code does to people in the data: "a regex for matching users". */
const NOT_A_VERB =
  "(?!(?:targeting|matching|selecting|filtering|finding|querying|parsing|validating|counting|sorting|listing|fetching|deleting|banning|blocking|tracking|grouping|ranking|searching|storing|loading)\\b)";

/** Code that targets things, not people: "a CSS selector targeting members". */
const NOT_CODE =
  "(?<!\\b(?:selectors?|query|queries|rules?|regex(?:es)?|regexps?|functions?|scripts?|filters?|css|sql|xpath|jq|grep|matcher|pattern)\\s+(?:for\\s+|that\\s+is\\s+)?)";

const audienceEn = lazy((): readonly RegExp[] => [
  /\baudience\s*(?::|is|are|-)\s*([^.;\n]+)/i,
  /\b((?:a|an|my|our)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]years?[- ]olds?\b/i,
  /\b(?:kids|children|students) (?:aged|ages|of) \d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\b/i,
  /\blike (?:i'?m|i am) (?:a )?(?:five|5|a child|a kid|a beginner)\b/i,
  new RegExp(
    `\\bfor\\s+((?:(?:my|our|a|an|the|busy|young|new|junior|senior|non-technical|small|local|first-time)\\s+)*(?:${NOT_A_VERB}[\\w-]+\\s+){0,2}?(?:${
      PEOPLE.join("|")
    })\\b${NOT_DATA}${OF_WHOM})`,
    "i",
  ),
  new RegExp(
    `\\b(?:to|at)\\s+((?:my|our|a|an|the)\\s+(?:${NOT_A_VERB}[\\w-]+\\s+){0,2}?(?:${
      PEOPLE.join("|")
    })\\b${NOT_DATA}${OF_WHOM})`,
    "i",
  ),
  // "a bot that helps kids with math", "an assistant that answers customers":
  // who an assistant serves.
  new RegExp(
    `\\b(?:helps|assists|teaches|tutors|supports|guides|coaches|answers|serves|talks\\s+to|chats\\s+with)\\s+((?:(?:my|our|the|young|new|busy|small|local|first-time|non-technical)\\s+)*(?:${NOT_A_VERB}[\\w-]+\\s+){0,2}?(?:${
      PEOPLE.join("|")
    })\\b${NOT_DATA}${OF_WHOM})`,
    "i",
  ),
  // "I'm a beginner": the user is the reader (last: "for my students" wins).
  /\b(?:i'?m|i am)\s+((?:a|an)\s+(?:(?:complete|total|absolute)\s+)?(?:beginner|novice|newbie|noob))\b/i,
  // "target students", "aimed at busy parents", "geared towards beginners"
  // ("target audience: …" is the first pattern's)
  new RegExp(
    `${NOT_CODE}\\b(?:target(?:ing|ed at)?|aimed at|geared (?:towards?|to)|tailored (?:for|to))\\s+((?:(?:busy|young|new|junior|senior|non-technical|small|local|first-time|university|college|high school)\\s+)*(?:${
      PEOPLE.filter((p) => p !== "audience" && p !== "people").join("|")
    })\\b${NOT_DATA}${OF_WHOM})`,
    "i",
  ),
]);

/** "письмо моему арендодателю": named in the nominative by audienceOf(). */
const russianAddressee = lazy(() =>
  /(?<![\p{L}])(?:письм\p{L}*|сообщени\p{L}*|email|имейл\p{L}*|e-mail|ответ|записк\p{L}*|смс|sms)\s+((?:(?:моему|моей|моим|нашему|нашей|нашим|своему|своей|своим)\s+)?(?:начальнику|начальнице|руководителю|руководству|директору|менеджеру|арендодателю|хозяину\s+квартиры|коллеге|коллегам|клиенту|клиентам|заказчику|учителю|учительнице|преподавателю|классному\s+руководителю|рекрутеру|работодателю|соседу|соседям|маме|папе|родителям|другу|подруге|бабушке|дедушке|мужу|жене|парню|девушке))(?![\p{L}])/iu
);
/** "для брата", "для моей сестры": named in the nominative by audienceOf(). */
const russianForFamily = lazy(() =>
  /(?<![\p{L}])для\s+((?:мо(?:его|ей|их)\s+)?(?:папы|дедушки|жены|мужа|подруги|сестры|брата|сына|дочери|учителя|начальника|коллеги|соседей))(?![\p{L}])(?!\s+(?:римского|детства|маминой|папиной))/iu
);

const audienceOther = lazy((): readonly RegExp[] => [
  /аудитори[яи]\s*[:—-]\s*([^.;\n]+)/iu,
  // "письмо начальнику", "сообщение моему арендодателю": who a message is to.
  russianAddressee(),
  // Family, friends and landlords, with "my" and a "for" ("para mi madre",
  // "pour ma grand-mère", "für meine Oma", "per la mia nonna", "для брата"),
  // or after a message ("un correo a mi casero"), never a bare "a"/"à" ("a mi
  // padre le gusta…", "je pense à mon père").
  new RegExp(
    `(?<![\\p{L}])(?:para|pour|per|für)\\s+((?:(?:o|a|os|as|il|la|i|le)\\s+)?(?:mi|mis|meu|minha|meus|minhas|nuestro|nuestra|ma|mon|mes|mio|mia|miei|mie|meine[nm]?|unsere[nm]?)\\s+(?:${FAMILY})(?![\\p{L}]))(?!\\s+\\p{Ll}+\\s+(?:ich|wir|er|sie|du)(?![\\p{L}]))|(?<![\\p{L}])(?:correo|carta|mensaje|nota|email|e-mail|mail|mensagem|lettre|message|courriel|lettera|messaggio)(?![\\p{L}])[^.!?,;\\n]{0,40}?\\s+(?:a|à|al|alla|ao|à)\\s+((?:mi|mis|meu|minha|ma|mon|mes|mio|mia)\\s+(?:${FAMILY})(?![\\p{L}]))`,
    "iu",
  ),
  russianForFamily(),
  // "я новичок", "soy principiante", "ich bin Anfänger": the user is the
  // reader, as "I'm a beginner" in English.
  /(?<![\p{L}])((?:я\s+(?:полный\s+|совсем\s+)?(?:новичок|начинающ\p{L}*|чайник))|(?:я\s+)?(?:новачок|початківець)|soy\s+(?:un\s+|una\s+)?principiante|sou\s+(?:um\s+|uma\s+)?iniciante|ich\s+bin\s+(?:ein\s+|eine\s+|blutige[rn]?\s+)?(?:Anfänger(?:in)?|Einsteiger(?:in)?)|je\s+suis\s+(?:un\s+|une\s+)?débutant(?:e)?|sono\s+(?:un\s+|una\s+)?principiante)(?![\p{L}])/iu,
  /(?<![\p{L}])для\s+((?:[\p{L}-]+\s+){0,2}?(?:детей|ребёнка|ребенка|новичков|начинающих|студентов|школьников|программистов|разработчиков|клиентов|покупателей|инвесторов|подписчиков|родителей|учителей|менеджеров|коллег|команды|руководства|бабушки|мамы|чайников|пенсионеров|подростков|читателей|пользователей|дітей|новачків|студентів|школярів|клієнтів|батьків)(?:\s+\d{1,2}\s*(?:лет|років))?)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:ребёнку|ребенку|дитині|школьнику)(?:\s+\d{1,2}\s*(?:лет|років))?/iu,
  /(?<![\p{L}])(\d{1,2}[- ]?летн(?:ему|его|им)\s+[\p{L}]+)/iu,
  /(?<![\p{L}])(?:para|a)\s+((?:(?:mis|mi|los|las|un|una|meus|minhas|meu|minha|os|as)\s+)?(?:niños?|niñas?|principiantes|estudiantes|alumnos|desarrolladores|programadores|clientes|inversores|jefe|padres|profesores|adolescentes|crianças|criança|iniciantes|estudantes|alunos|desenvolvedores|investidores|chefe|pais|professores|leigos)(?:\s+de\s+\d{1,2}\s+años|\s+de\s+\d{1,2}\s+anos)?)(?![\p{L}])/iu,
  /(?<![\p{L}])für\s+((?:(?:meine?n?|unsere?n?|die|den|ein(?:en)?)\s+)?(?:Kinder|Kind|Anfänger|Einsteiger|Studenten|Studierende|Schüler|Entwickler|Kunden|Investoren|Chef|Team|Eltern|Lehrer|Jugendliche|Laien)(?:\s+von\s+\d{1,2}\s+Jahren)?)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:einem|einer)\s+(\d{1,2}-?[Jj]ährigen)/u,
  // "eine E-Mail an meinen Vermieter": a message "an" someone's (not "ich
  // denke an meine Zukunft").
  /(?<![\p{L}])(?:E-Mail|Mail|Brief|Nachricht|Anschreiben|Anfrage|Bewerbung|Kündigung|Beschwerde|Rede|SMS|Antwort|schreib\p{L}*)(?![\p{L}])[^.!?,;\n]{0,40}?\s+an\s+((?:meine[nm]?|unsere[nm]?|unsre[nm]?)\s+\p{Lu}\p{L}+)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:pour|à)\s+((?:(?:mes|mon|ma|les|des|un|une)\s+)?(?:enfants?|débutants|étudiants|élèves|développeurs|clients|investisseurs|patron|équipe|parents|enseignants|adolescents|collègues)(?:\s+de\s+\d{1,2}\s+ans)?)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:per|a)\s+((?:(?:i|le|gli|mio|mia|miei|un|una)\s+)?(?:bambini|bambino|principianti|studenti|sviluppatori|clienti|investitori|capo|genitori|insegnanti|adolescenti|colleghi)(?:\s+di\s+\d{1,2}\s+anni)?)(?![\p{L}])/iu,
  /(?<![\p{L}])dla\s+((?:mojego|mojej|moich)?\s*(?:dzieci|dziecka|początkujących|studentów|uczniów|programistów|klientów|inwestorów|szefa|rodziców|nauczycieli|nastolatków|\d{1,2}-latka))(?![\p{L}])/iu,
  /((?:küçük )?(?:çocuklar|çocuk|yeni başlayanlar|öğrenciler|geliştiriciler|müşteriler|yatırımcılar)) için/iu,
  /(?<![\p{L}])untuk\s+((?:anak-anak|anak|pemula|mahasiswa|siswa|pelajar|pengembang|pelanggan|investor)(?:\s+usia\s+\d{1,2}\s+tahun)?)(?![\p{L}])/iu,
  /(बच्चों|शुरुआती लोगों|छात्रों|ग्राहकों|निवेशकों) के लिए/u,
  /((?:मेरी|मेरे)\s+(?:माँ|मां|मम्मी|पापा|पिताजी|बॉस|मकान\s+मालिक|पत्नी|पति|दोस्त|शिक्षक|टीचर|भाई|बहन|दादी|नानी))\s+के\s+लिए/u,
  /(?:^|[\s،])(?:ل|إلى\s+)((?:أمي|أبي|مديري|صديقي|صديقتي|زوجتي|زوجي|معلمي|أستاذي|جدتي|أخي|أختي|صاحب\s+(?:المنزل|الشقة)))(?![\p{L}])/u,
  // "برای مادرم"; "به" only for a message ("ایمیل به رئیسم"), not "به دوستم گفتم".
  /(?:برای|(?:نامه|ایمیل|پیام)[^\s]*(?:\s+\S+){0,2}?\s+به)\s+((?:مادرم|پدرم|رئیسم|دوستم|همسرم|معلمم|مادربزرگم|برادرم|خواهرم|صاحب‌?خانه‌?ام|صاحبخانه))(?![\p{L}])/u,
  /(?:لل|إلى )(أطفال|مبتدئين|طلاب|عملاء|مستثمرين)/u,
  /برای ((?:کودکان|بچه‌ها|مبتدیان|دانشجویان|دانش‌آموزان|مشتریان|سرمایه‌گذاران))/u,
  /(?:给|面向|适合)((?:\d{1,2}岁的?)?(?:我的?)?(?:孩子|小孩|儿童|小学生|中学生|初学者|新手|学生|客户|投资人|老板|程序员|开发者|家长|老人|妈妈|爸爸|房东|老师|朋友|老婆|老公|女朋友|男朋友|同事|奶奶|爷爷))(?![圈端证])/u,
  // "anneme" (to my mother), "patronuma", "ev sahibime"
  // (named without the dative: "annem"; not "anneme söyledim ki…").
  /(?<![\p{L}])(annem|babam|patronum|ev\s+sahibim|öğretmenim|arkadaşım|eşim|kardeşim|müdürüm|müşterilerimiz)[ea](?![\p{L}])(?!\s+(?:söyledim|dedim|anlattım|sordum|yazdım|gösterdim))/iu,
  /(?<![\p{L}])(?:ke|kepada|untuk)\s+((?:bos|atasan|ibu|ayah|teman|guru|dosen|pacar|istri|suami|pemilik\s+(?:kos|rumah|kontrakan))\s+saya)(?![\p{L}])/iu,
  /(?:读者|受众|听众)(?:是|为)([^，。；\n]+)/u,
  /(\d{1,2}岁的?(?:孩子|小孩|儿童))/u,
]);

/** Who "like I'm …" is about. */
const LIKE_IM = {
  five: "a five-year-old",
  child: "a child",
  beginner: "a beginner",
} as const;

function likeWhom(said: string): keyof typeof LIKE_IM {
  return /five|5/.test(said)
    ? "five"
    : /child|kid/i.test(said)
    ? "child"
    : "beginner";
}

/** Family, friends, neighbours, landlords: es, pt, fr, it, de. */
const FAMILY =
  "casero|casera|arrendador|propietario|vecinos?|madre|padre|mamá|papá|abuela|abuelo|amigos?|amigas?|esposa|esposo|novia|novio|hermana|hermano|hija|hijo|padres|mãe|pai|avó|avô|marido|namorada|namorado|irmã|irmão|filha|filho|senhorio|vizinhos?|pais|grand-mère|grand-père|mère|père|maman|papa|femme|mari|amie?|sœur|frère|fille|fils|voisins?|propriétaire|nonna|nonno|mamma|papà|moglie|amica|amico|sorella|fratello|figlia|figlio|vicini|genitori|Oma|Opa|Mutter|Vater|Mama|Papa|Frau|Mann|Freundin|Freund|Schwester|Bruder|Tochter|Sohn|Vermieter|Vermieterin|Nachbarn|Eltern";

/** Who the answer is for, as the user put it. */
export function audienceOf(prose: string): string | undefined {
  const english = audienceEn();
  for (const pattern of [...english, ...audienceOther()]) {
    const match = pattern.exec(prose);
    if (match === null) continue;
    const group = pattern === english[1]
      ? undefined
      : match.slice(1).find((part) => part !== undefined);
    // "explain it like I'm five": the reader is a five-year-old.
    if (pattern === english[3]) return LIKE_IM[likeWhom(match[0])];
    const found = tidy(group ?? match[0]);
    if (pattern === russianAddressee()) return inNominative(found, ADDRESSEE);
    if (pattern === russianForFamily()) return inNominative(found, GENITIVE);
    return found;
  }
  return undefined;
}

/** The dative forms the addressee pattern reads, in the nominative. */
const ADDRESSEE: Readonly<Record<string, string>> = {
  моему: "мой",
  моей: "моя",
  моим: "мои",
  нашему: "наш",
  нашей: "наша",
  нашим: "наши",
  своему: "мой",
  своей: "моя",
  своим: "мои",
  начальнику: "начальник",
  начальнице: "начальница",
  руководителю: "руководитель",
  руководству: "руководство",
  директору: "директор",
  менеджеру: "менеджер",
  арендодателю: "арендодатель",
  хозяину: "хозяин",
  коллеге: "коллега",
  коллегам: "коллеги",
  клиенту: "клиент",
  клиентам: "клиенты",
  заказчику: "заказчик",
  учителю: "учитель",
  учительнице: "учительница",
  преподавателю: "преподаватель",
  классному: "классный",
  рекрутеру: "рекрутер",
  работодателю: "работодатель",
  соседу: "сосед",
  соседям: "соседи",
  маме: "мама",
  папе: "папа",
  родителям: "родители",
  другу: "друг",
  подруге: "подруга",
  бабушке: "бабушка",
  дедушке: "дедушка",
  мужу: "муж",
  жене: "жена",
  парню: "парень",
  девушке: "девушка",
};

/** The genitive forms "для …" reads, in the nominative. */
const GENITIVE: Readonly<Record<string, string>> = {
  моего: "мой",
  моей: "моя",
  моих: "мои",
  папы: "папа",
  дедушки: "дедушка",
  жены: "жена",
  мужа: "муж",
  подруги: "подруга",
  сестры: "сестра",
  брата: "брат",
  сына: "сын",
  дочери: "дочь",
  учителя: "учитель",
  начальника: "начальник",
  коллеги: "коллега",
  соседей: "соседи",
};

/** "моему арендодателю" as a recipient on its own: "мой арендодатель". */
function inNominative(
  phrase: string,
  table: Readonly<Record<string, string>>,
): string {
  return phrase.replace(
    /\p{L}+/gu,
    (word) => table[word.toLowerCase()] ?? word,
  );
}

// ---------------------------------------------------------------- length

/** Units of size: a sentence that gives only one of them is a length alone. */
const SIZE_UNITS =
  "words?|sentences?|paragraphs?|pages?|characters?|chars|lines?|verses?|stanzas?|слов[а]?|предложени[йяе]|абзац(?:а|ев)?|символ(?:а|ов)?|знак(?:а|ов)?|строк[и]?|слів|речень|palabras|frases|párrafos|caracteres|líneas|palavras|parágrafos|linhas|Wörter[n]?|Sätze[n]?|Absätze[n]?|Zeichen|Zeilen|mots|phrases|paragraphes|caractères|lignes|parole|frasi|paragrafi|caratteri|righe|kelime|cümle|paragraf|karakter|słów|zdań|akapitów|znaków|kata|kalimat|کلمه|واژه|جمله|پاراگراف|كلمة|كلمات|جمل|فقرات|शब्द|शब्दों|वाक्य|पैराग्राफ";
/** Every unit a length can be counted in: sizes, and things asked for by number. */
const UNITS =
  `${SIZE_UNITS}|bullet points?|bullets|points|tweets?|slides?|minutes?|items?|examples?|ideas?|tips?|steps?|variants?|versions?|options?|headlines?|questions?|пункт(?:а|ов)?|вариант(?:а|ов)?|идей|идеи|ideas|opciones|ideias|opções|Ideen|idées|idee`;
const QUALIFIERS =
  "under|below|at most|up to|no more than|less than|max(?:imum)?|about|around|approximately|roughly|at least|exactly|до|не более|не больше|около|примерно|менее|максимум|не менее|hasta|máximo|menos de|unos|cerca de|até|no máximo|bis zu|maximal|höchstens|etwa|ungefähr|unter|jusqu'à|maximum|environ|moins de|fino a|massimo|circa|meno di|en fazla|yaklaşık|maksymalnie|około|maksimal|sekitar|حداکثر|حدود|بحد أقصى|حوالي|अधिकतम|लगभग";
const countedLength = lazy(() =>
  new RegExp(
    `(?<![\\p{L}])((?:(?:${QUALIFIERS})\\s+)?\\d[\\d,.]*(?:\\s*(?:-|–|to|до|a|à|bis)\\s*\\d[\\d,.]*)?[\\s-]*(?:${UNITS}))(?![\\p{L}])`,
    "iu",
  )
);
const hanLength = lazy(() =>
  /((?:不超过|最多|大约|至少|控制在)?\d+\s*(?:个)?(?:字|句|段|行|条)(?:以内|左右|以上)?)/u
);
/**
 * Worded lengths, each form as it is written, with the value the length line
 * shows: the word as it reads after that language's label. "eine kurze
 * Geschichte" is "Länge: kurz", not "kurze"; "короткую статью" is "Объём:
 * короткий" (Объём is masculine); "una historia corta" is "Extensión: corta"
 * and "un texto corto" too (Extensión is feminine).
 */
const WORDED_LENGTHS: Readonly<Record<string, string>> = {
  short: "short",
  brief: "brief",
  concise: "concise",
  lengthy: "lengthy",
  detailed: "detailed",
  "in-depth": "in-depth",
  "one-page": "one-page",
  "one paragraph": "one paragraph",
  "one-paragraph": "one paragraph",
  "one sentence": "one sentence",
  "one-sentence": "one sentence",
  ...forms("короткий", [
    "короткий",
    "короткая",
    "короткое",
    "короткую",
    "короткие",
    "коротко",
  ]),
  ...forms("краткий", [
    "краткий",
    "краткая",
    "краткое",
    "краткую",
    "краткие",
    "кратко",
  ]),
  ...forms("подробный", [
    "подробный",
    "подробная",
    "подробное",
    "подробную",
    "подробные",
    "подробно",
  ]),
  ...forms("короткий", ["коротка", "коротке", "коротку", "короткі"]),
  ...forms("стислий", [
    "стислий",
    "стисла",
    "стисле",
    "стислу",
    "стислі",
    "стисло",
  ]),
  ...forms("детальний", [
    "детальний",
    "детальна",
    "детальне",
    "детальну",
    "детальні",
    "детально",
  ]),
  ...forms("corta", ["corto", "corta", "cortos", "cortas"]),
  ...forms("detallada", ["detallado", "detallada", "detallados", "detalladas"]),
  ...forms("breve", ["breve", "breves"]),
  ...forms("curta", ["curto", "curta", "curtos", "curtas"]),
  ...forms("detalhada", ["detalhado", "detalhada", "detalhados", "detalhadas"]),
  ...forms("kurz", ["kurz", "kurze", "kurzen", "kurzer", "kurzes"]),
  ...forms("ausführlich", [
    "ausführlich",
    "ausführliche",
    "ausführlichen",
    "ausführlicher",
    "ausführliches",
    "ausführlichem",
  ]),
  ...forms("courte", ["court", "courte", "courts", "courtes"]),
  ...forms("détaillée", ["détaillé", "détaillée", "détaillés", "détaillées"]),
  ...forms("dettagliata", [
    "dettagliato",
    "dettagliata",
    "dettagliati",
    "dettagliate",
  ]),
  ...forms("krótka", [
    "krótki",
    "krótka",
    "krótkie",
    "krótką",
    "krótkiego",
  ]),
  ...forms("szczegółowa", [
    "szczegółowy",
    "szczegółowa",
    "szczegółowe",
    "szczegółową",
    "szczegółowo",
  ]),
  简短: "简短",
  简洁: "简洁",
  详细: "详细",
};

/** Each of `written`, read as `value`. */
function forms(
  value: string,
  written: readonly string[],
): Record<string, string> {
  return Object.fromEntries(written.map((form) => [form, value]));
}

// Global, used only through `matchAll`, which copies it: sharing it keeps no
// state between calls.
const wordedLength = lazy(() => terms(Object.keys(WORDED_LENGTHS), "giu"));
/**
 * "a short story", "a short film", "un court-métrage", "uma curta-metragem":
 * a kind of work, not a length; so is "un corto" in Spanish and Italian (see
 * {@linkcode A_SHORT_FILM}).
 */
const notALength = lazy(() =>
  /^(?:(?:short|long)[- ](?:story|stories|film|films|term|video|form)|courts?[- ]métrages?|curtas?[- ]metragem|curtas?[- ]metragens)/iu
);

/** Before "corto", an article makes it a noun: "un corto", "el corto", "il corto". */
const A_SHORT_FILM = /(?<![\p{L}])(?:un|el|il|del|al|nel)\s+$/iu;

/** How long the answer should be: "under 150 words", "short", "300字以内". */
export function lengthOf(prose: string): string | undefined {
  const counted = countedLength().exec(prose) ?? hanLength().exec(prose);
  if (counted) return tidy(counted[1]);
  for (const match of prose.matchAll(wordedLength())) {
    if (notALength().test(prose.slice(match.index))) continue;
    if (
      /^corto$/i.test(match[0]) &&
      A_SHORT_FILM.test(prose.slice(0, match.index))
    ) continue;
    return WORDED_LENGTHS[match[0].toLowerCase()] ?? match[0];
  }
  return undefined;
}

const PLEASE =
  "please|pls|plz|пожалуйста|будь ласка|por favor|bitte|s'il (?:te|vous) plaît|per favore|proszę|lütfen|tolong|请";
/** Units of size, not of things asked for (ideas, tips, slides). */
const sizeUnit = lazy(() =>
  new RegExp(`(?:${SIZE_UNITS}|字|句|段|行)\\s*(?:以内|左右|以上)?$`, "iu")
);

/** Words that may stand around a counted length: "Under 100 words please." */
const aroundLength = lazy(() =>
  new RegExp(
    `(?<![\\p{L}])(?:${PLEASE}|max|tops|total|only|long|or (?:less|fewer|so)|in|keep it)(?![\\p{L}])`,
    "giu",
  )
);
const pleaseWord = lazy(() =>
  new RegExp(`(?<![\\p{L}])(?:${PLEASE})(?![\\p{L}])`, "giu")
);
const SEPARATOR = /[\s,]/u;
/** Longer than this, a sentence says more than a length or a tone. */
const SHORT_SENTENCE = 100;

/**
 * A sentence without its "please": "Under 100 words please." is "Under 100
 * words.", "Máximo 100 palabras, por favor." is "Máximo 100 palabras." The
 * spaces and commas around each "please" go with it, in one pass (a regex
 * for them would go back over a long run of spaces once per space).
 */
export function withoutPlease(sentence: string): string {
  let out = "";
  let at = 0;
  for (const match of sentence.matchAll(pleaseWord())) {
    let end = match.index;
    while (end > at && SEPARATOR.test(sentence[end - 1])) end--;
    out += sentence.slice(at, end);
    at = match.index + match[0].length;
    while (at < sentence.length && SEPARATOR.test(sentence[at])) at++;
    if (out !== "" && at < sentence.length && !/[.!?]/u.test(sentence[at])) {
      out += " ";
    }
  }
  return (out + sentence.slice(at)).trim();
}

/**
 * Whether a sentence says nothing but a counted length ("Under 100 words
 * please.", "3 paragraphs max!"): a constraint, though "please" reads as a
 * request.
 */
export function isOnlyALength(sentence: string): boolean {
  if (sentence.length > SHORT_SENTENCE) return false;
  const counted = countedLength().exec(sentence) ?? hanLength().exec(sentence);
  // "10 ideas please." asks for ideas: only a size is a length alone.
  if (counted === null || !sizeUnit().test(counted[1])) return false;
  const rest = (sentence.slice(0, counted.index) +
    sentence.slice(counted.index + counted[0].length))
    .replace(aroundLength(), "");
  return !/[\p{L}\p{N}]/u.test(rest);
}

// ---------------------------------------------------------------- tone

const explicitTone = lazy(() =>
  /\btone\s*(?::|is|should be|-)\s*([^.;\n]+)|тон\s*[:—-]\s*([^.;\n]+)|tono\s*:\s*([^.;\n]+)|Ton\s*:\s*([^.;\n]+)|语气[:：]\s*([^，。；\n]+)/iu
);
const TONE_WORDS = [
  "formal",
  "informal",
  "casual",
  "friendly",
  "professional",
  "polite",
  "playful",
  "humorous",
  "funny",
  "witty",
  "serious",
  "persuasive",
  "academic",
  "neutral",
  "warm",
  "enthusiastic",
  "empathetic",
  "confident",
  "inspiring",
  "motivational",
  "sarcastic",
  "conversational",
  "authoritative",
  "optimistic",
  "respectful",
  "lighthearted",
  "light-hearted",
  "upbeat",
  "heartfelt",
  "encouraging",
  "diplomatic",
  "assertive",
  "energetic",
  "calm",
  "gentle",
  "firm",
  "apologetic",
  "touching",
  "sentimental",
  "nostalgic",
  "romantic",
  "sincere",
  "uplifting",
  "cheerful",
  "ironic",
  "трогательн*",
  "душевн*",
  "искренн*",
  "романтичн*",
  "ностальгическ*",
  "вдохновляющ*",
  "ироничн*",
  "conmovedor*",
  "emotiv*",
  "emocionante",
  "romántic*",
  "comovente",
  "romântic*",
  "rührend*",
  "berührend*",
  "romantisch*",
  "émouvant*",
  "touchant*",
  "romantique",
  "commovente",
  "romantic*",
  "дружелюбн*",
  "официальн*",
  "формальн*",
  "неформальн*",
  "юмористическ*",
  "смешн*",
  "весёл*",
  "весел*",
  "серьёзн*",
  "серьезн*",
  "тёпл*",
  "тепл*",
  "вежлив*",
  "деловом",
  "деловой",
  "мотивирующ*",
  "amigable",
  "divertido",
  "divertida",
  "cercano",
  "profesional",
  "amigável",
  "engraçado",
  "profissional",
  "freundlich*",
  "locker*",
  "förmlich*",
  "witzig*",
  "professionell*",
  "höflich*",
  "sachlich*",
  "verbindlich*",
  "entschieden*",
  "amical",
  "amicale",
  "formel",
  "formelle",
  "informel",
  "informelle",
  "décontracté",
  "sérieux",
  "formale",
  "informale",
  "serio",
  "drôle",
  "professionnel*",
  "chaleureux",
  "amichevole",
  "divertente",
  "professionale",
  "samimi",
  "duygusal",
  "resmî",
  "eğlenceli",
  "resmi",
  "komik",
  "przyjazn*",
  "formaln*",
  "zabawn*",
  "ramah",
  "santai",
  "lucu",
  "正式",
  "幽默",
  "友好",
  "专业",
  "轻松",
  "严肃",
  "温暖",
  "亲切",
];
/** Global, used only through `matchAll` (see `wordedLength`). */
const tones = lazy(() => terms(TONE_WORDS, "giu"));

/** The tones the user asked for, in their words. */
export function tonesOf(prose: string): string[] {
  const explicit = explicitTone().exec(prose);
  if (explicit) {
    return [tidy(explicit.slice(1).find((group) => group !== undefined)!)];
  }
  const found = [...prose.matchAll(tones())]
    .map((match) => match[0]);
  return [...new Set(found.map((word) => word.toLowerCase()))];
}

/** Words that only say how much of a tone: "more formal", "очень смешно". */
const INTENSIFIERS = new Set([
  "more",
  "less",
  "very",
  "bit",
  "a",
  "much",
  "более",
  "менее",
  "очень",
  "чуть",
  "más",
  "menos",
  "muy",
  "mais",
  "muito",
  "mehr",
  "weniger",
  "sehr",
  "plus",
  "moins",
  "très",
  "più",
  "meno",
  "molto",
  "bardziej",
  "mniej",
  "bardzo",
]);

/** Whether `text` is only tones, maybe with how much: "formal", "very funny". */
export function onlyTones(text: string): boolean {
  const words = text.toLowerCase().replace(/[.!,;]+/gu, " ").split(/\s+/u)
    .filter((word) => word !== "" && word !== "please");
  return words.length > 0 && words.length <= 4 &&
    words.some((word) => tonesOf(word).length > 0) &&
    words.every((word) => tonesOf(word).length > 0 || INTENSIFIERS.has(word));
}

/** One word, maybe hyphenated: matched one way only, so nothing backtracks. */
const WORD = "[\\p{L}]+(?:-[\\p{L}]+)*";
const styleOnly = lazy(() =>
  new RegExp(
    `^(?:(?:make it|keep it|be|sound|make it sound)\\s+(${WORD}(?:[\\s,]+${WORD}){0,4})|(${WORD}(?:[\\s,]+${WORD}){0,3})\\s+(?:tone|style|vibe))[\\s,]*[.!]*$`,
    "iu",
  )
);
const STYLE_FILLER =
  /^(?:and|but|yet|very|quite|really|more|a|bit|little|slightly|super|extra|too)$/i;

/**
 * The tone of an English sentence that only sets the tone, without its lead:
 * "Make it funny." is "funny", "Keep it warm but firm!" is "warm but firm",
 * "Casual tone please." is "Casual". Such a sentence is a constraint, though
 * it opens like a request.
 */
export function onlyATone(sentence: string): string | undefined {
  if (sentence.length > SHORT_SENTENCE) return undefined;
  const match = styleOnly().exec(withoutPlease(sentence));
  if (match === null) return undefined;
  const said = match[1] ?? match[2];
  const words = said.split(/[\s,]+/).filter(Boolean);
  const tone = new Set(tonesOf(said));
  const only = tone.size > 0 &&
    words.every((word) =>
      STYLE_FILLER.test(word) || tone.has(word.toLowerCase())
    );
  return only ? said : undefined;
}

const studyPlan = lazy(() =>
  /(?<![\p{L}])(?:(?:study|learning|training|revision|practice)\s+(?:plan|schedule|roadmap)|(?:an?|the|my)\s+(?:plan|roadmap|schedule)\s+(?:to|for)\s+(?:learn|study)\p{L}*|учебн\p{L}* план|план\p{L}* (?:обучения|изучения|занятий|подготовки)|навчальн\p{L}* план|план (?:навчання|вивчення)|plan de (?:estudio|estudios|aprendizaje)|plano de (?:estudos?|aprendizagem)|(?:Lern|Trainings)plan\p{L}*|plan (?:d'études|d'apprentissage|de révision)|programme d'apprentissage|piano di studio|plan (?:nauki|nauczania)|çalışma planı|rencana belajar|अध्ययन योजना|خطة (?:دراسية|تعلم)|برنامه(?:‌| )?(?:مطالعه|یادگیری)|学习计划|复习计划|(?:learn|study)\s+(?:[\p{L}\p{N}+#.'-]+\s+){1,4}(?:in|within|over)\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?)|(?:выучить|освоить)\s+(?:[\p{L}\p{N}+#.'-]+\s+){1,4}за\s+(?:\d+\s+)?(?:дн|недел|месяц)\p{L}*|aprender\s+(?:[\p{L}\p{N}+#.'-]+\s+){1,4}en\s+\d+\s+(?:días|semanas|meses))(?![\p{L}])/iu
);

// ---------------------------------------------------------------- budget

const CURRENCY =
  "[$€£₽¥₺₹]|usd|eur|gbp|rub|руб\\.?\\p{L}*|долл\\p{L}*|евро|гривен\\p{L}*|грн|dollars?|euros?|reais|zł|złotych|tl|lira|rupiah|rp";
const AMOUNT =
  `(?:(?:${CURRENCY})\\s?)?\\d[\\d\\s.,]*(?:\\s?(?:k|тыс\\.?|млн|mln|mil|million|millones|milhões|mio\\.?|millionen))?(?:\\s?(?:${CURRENCY}))?`;
const PERIOD =
  "(?:\\s?(?:a|per|/|в|al|por|pro|par|na|за)\\s?(?:month|year|week|quarter|day|mo|yr|месяц|год|неделю|квартал|mes|año|semana|mês|ano|monat|jahr|woche|mois|an|semaine|mese|anno|settimana|miesiąc|rok))?";
const BUDGET_WORD =
  "budget|бюджет\\p{L}*|presupuesto|orçamento|budżet\\p{L}*|bütçe\\p{L}*|anggaran";
const budgetPatterns = lazy((): readonly RegExp[] => [
  new RegExp(
    `(?<![\\p{L}])(?:${BUDGET_WORD})(?:\\s+(?:is|of|около|примерно|в|на|de|von|di|da|do|around|about|under|up\\s+to|до|hasta|até|bis|jusqu'à|fino\\s+a|circa|w\\s+wysokości))*\\s*[:—-]?\\s*~?${AMOUNT}${PERIOD}(?![\\p{L}\\p{N}])`,
    "iu",
  ),
  new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:(?:${CURRENCY})\\s?\\d[\\d.,]*(?:\\s?k)?|\\d[\\d.,]*(?:\\s?k)?\\s?(?:${CURRENCY}))${PERIOD}\\s+(?:${BUDGET_WORD})(?![\\p{L}])`,
    "iu",
  ),
  /(?<![\p{L}])(?:(?:(?:very\s+)?(?:tight|small|limited|low|no|zero|minimal|shoestring|modest)\s+budget)|(?:небольш\p{L}*|маленьк\p{L}*|ограниченн\p{L}*|скромн\p{L}*|нулев\p{L}*|без)\s+бюджет\p{L}*|(?:sin|poco|bajo)\s+presupuesto|presupuesto\s+(?:limitado|bajo|pequeño|ajustado)|(?:sem|pouco|baixo)\s+orçamento|orçamento\s+(?:limitado|baixo|pequeno|apertado)|(?:kleine[sm]?|knappe[sm]?|geringe[sm]?|begrenzte[sm]?|ohne)\s+budget|(?:petit|faible|sans)\s+budget|budget\s+(?:limité|serré|réduit|limitato|ridotto)|(?:senza|basso|piccolo)\s+budget)(?![\p{L}])/iu,
]);

/**
 * The budget as written, without the word "budget" the label says already:
 * "budget $500 a month" is "$500 a month", "a small budget" is "small".
 */
function budgetOf(prose: string): string | undefined {
  const found = firstMatch(prose, budgetPatterns());
  if (found === undefined) return undefined;
  const amount = found.replace(budgetWords(), " ").replace(/\s+/gu, " ")
    .replace(/^(?:an?|a|un|una|um|uma|ein|eine|einen|le|il)\s+/iu, "").trim();
  // "no budget", "a small budget": the words say it only together.
  return /\p{N}/u.test(amount) ? amount : found;
}
const budgetWords = lazy(() =>
  new RegExp(
    `^(?:${BUDGET_WORD})(?:\\s+(?:is|of|de|von|di|da|do|в\\s+размере|w\\s+wysokości))?\\s*[:—-]?\\s*|\\s+(?:${BUDGET_WORD})$`,
    "iu",
  )
);

// ---------------------------------------------------------------- plans

const strategyWords = lazy(() =>
  /(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:i|we|they|you|to)\s+)plans?(?!\s+to(?![\p{L}]))|\p{L}+plan(?:s|en)?|\p{L}*strategie\p{L}*|strateg(?:y|ies)|roadmap|swot|analysis|go-to-market|gtm|business\s+model|pricing|forecast|pitch\s+deck|market\s+research|план(?:а|у|ом|е|ы|ов|ам|ами|ах)?|планировани\p{L}*|бизнес-план\p{L}*|стратеги\p{L}*|стратегі\p{L}*|анализ\p{L}*|аналіз\p{L}*|дорожн\p{L}*\s+карт\p{L}*|estrategia|análisis|plano|estratégia|análise|planes|strategie\p{L}*|businessplan|analyse|stratégie|piano|strategia|analisi|strategi\p{L}*|analiz\p{L}*|strateji\p{L}*|rencana|analisis|计划|策略|战略|分析)(?![\p{L}])/iu
);
const copyWords = lazy(() =>
  /(?<![\p{L}])(?:ads?|advert\p{L}*|copy|copywriting|landing\s+page|headlines?|slogans?|taglines?|posts?|captions?|banner|flyer|newsletter|descriptions?|messages?|сообщени\p{L}*|объявлени\p{L}*|описани\p{L}*|реклам\p{L}*|текст\p{L}*|слоган\p{L}*|пост(?:а|ы|ов|е|ом|у)?|заголов\p{L}*|anuncios?|texto|eslogan|publicación|anúncios?|werbe\p{L}*|anzeige\p{L}*|annonces?|publicité|accroche|annunci\p{L}*|reklam\p{L}*|广告|文案|标语)(?![\p{L}])/iu
);

/**
 * Whether a business request asks for a plan or a strategy ("a marketing
 * plan", "стратегия продвижения", "análisis de la competencia") rather than
 * copy ("landing page copy", "три рекламных текста"): its deliverable is
 * the situation, options and a recommendation, with no call to action.
 */
export function asksForAStrategy(prose: string): boolean {
  return strategyWords().test(prose) && !copyWords().test(prose);
}

/**
 * The form a request of no category asks for by what it names, when it
 * names no format: a list ("10 names for my bakery", "ideas for…"), a plan
 * ("a weekly meal plan", "an itinerary"), a comparison ("compare X and Y",
 * "pros and cons").
 */
export function impliedForm(
  prose: string,
): "list_format" | "plan_format" | "comparison_format" | undefined {
  if (comparisonWords().test(prose)) return "comparison_format";
  if (planWords().test(prose)) return "plan_format";
  if (listWords().test(prose)) return "list_format";
  return undefined;
}

const comparisonWords = lazy(() =>
  /(?<![\p{L}])(?:compare|comparing|comparison|versus|vs\.?|pros\s+and\s+cons|сравни(?:ть|те)?|сравнени\p{L}*|плюсы\s+и\s+минусы|порівняй(?:те)?|порівняння|compara|comparar|comparación|ventajas\s+y\s+desventajas|comparação|prós\s+e\s+contras|vergleiche|vergleich|vor-\s+und\s+nachteile|comparez|comparaison|avantages\s+et\s+inconvénients|confronta(?:re)?|confronto\s+(?:tra|fra)|pro\s+e\s+contro|porównaj|porównanie|wady\s+i\s+zalety|karşılaştır\p{L}*|bandingkan|perbandingan|तुलना|قارن|مقارنة|مقایسه)(?![\p{L}])|对比|比较一下|(?:和|与|跟)[^，。！？\n]{1,20}比较/iu
);
const planWords = lazy(() =>
  /(?<![\p{L}])(?:(?:meal|workout|training|travel|trip|diet|weekly|daily|study|reading|cleaning|fitness|savings?|exercise)\s+plan|(?:weekly|daily|morning|evening|study|workout|training|cleaning|sleep|skincare|exercise|meal)\s+(?:schedule|routine|timetable)|(?:make|create|build|draw\s+up|give|write|plan)\s+(?:me\s+)?(?:an?|my|the)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:schedule|routine|timetable|itinerary)|(?:plan|organi[sz]e)\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}(?:trip|vacation|holiday|weekend|party|wedding|event|day|week|month)|itinerary|(?:plan|план|программ\p{L}*)\s+(?:тренировок|питания|занятий|поездки|путешестви\p{L}*|на\s+(?:неделю|месяц|день))|(?:составь|сделай|распиши|придумай)(?:те)?\s+(?:мне\s+)?(?:расписание|распорядок\s+дня|маршрут)|itinerario|plan\s+de\s+(?:comidas|entrenamiento|viaje)|rutina\s+de\s+(?:ejercicios|entrenamiento|estudio)|plano\s+de\s+(?:treino|refeições|viagem)|roteiro\s+de\s+viagem|rotina\s+de\s+(?:treino|estudos|exercícios)|(?:Trainings|Ernährungs|Essens|Reise|Wochen)plan\p{L}*|programme\s+(?:d'entraînement|de\s+repas)|programma\s+(?:di\s+allenamento|dei\s+pasti)|plan\s+(?:treningowy|posiłków|podróży)|旅行计划|计划表)(?![\p{L}])/iu
);
/** Things asked for by the dozen: "10 names", "ideas for…", "придумай идеи". */
const LIST_NOUNS =
  "ideas|names|tips|options|titles|slogans|taglines|ways|reasons|suggestions|идеи|идей|названи[яй]|советы|советов|варианты|вариантов|способы|способов|причины|ідеї|назви|поради|nombres|consejos|opciones|títulos|maneras|formas|razones|ideias|nomes|dicas|opções|maneiras|razões|Ideen|Namen|Tipps|Vorschläge|Gründe|idées|noms|conseils|suggestions|raisons|idee|nomi|consigli|suggerimenti|motivi|pomysły|pomysłów|nazwy|nazw|porady|sposoby|fikir|fikirler|isim|isimler|öneriler|ide|nama|saran|विचार|नाम|सुझाव|أفكار|أسماء|نصائح|ایده|ایده‌ها|اسم|نکته";
const listWords = lazy(() =>
  new RegExp(
    // A number or a request before them, or what they are for after them;
    // not "I have no ideas", "my name is…".
    "(?<![\\p{L}])(?:(?:\\d+|three|five|ten|twenty|some|a\\s+few|a\\s+list\\s+of|list|give\\s+me|suggest|come\\s+up\\s+with|brainstorm|придумай(?:те)?|предложи(?:те)?|подбери(?:те)?|dame|sugiere|gib\\s+mir|donne-moi|dammi|suggerisci|podaj|zaproponuj|öner|berikan)\\s+(?:(?:me|мне|mir|moi|mi)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:" +
      LIST_NOUNS +
      ")|(?<!(?:no|нет|non\\s+ho|keine|sin|sem|pas\\s+d')\\s+)(?:ideas|names|tips|suggestions|идеи|идей|названия|советы|ideas|nombres|consejos|ideias|nomes|dicas|Ideen|Namen|Tipps|idées|noms|conseils|idee|nomi|consigli|pomysły|nazwy|porady)\\s+(?:for|to|on|about|для|на|про|para|sobre|für|zu|pour|sur|per|su|dla|o)(?![\\p{L}]))(?![\\p{L}])|(?:\\d+|几|一些)(?:个|条)(?:名字|想法|建议|点子)",
    "iu",
  )
);

/** Texts whose form sets their length. */
const fixedForm = lazy(() =>
  new RegExp(
    // What is written is the form itself: "a haiku about…", "write a
    // limerick", "напиши хокку"; not "a blog post about why haiku are
    // popular", "a tweet thread".
    "(?:^|(?<![\\p{L}])(?:write|compose|create|make|give\\s+me|напиши(?:те)?|сочини(?:те)?|придумай(?:те)?|escribe|escreva|schreib(?:e)?|écris|scrivi|napisz)\\s+(?:me\\s+|мне\\s+)?)(?:(?:a|an|one|a\\s+short|un|una|uma|ein(?:en)?|eine|un|une)\\s+)?(?:haikus?|limericks?|sonnets?|tankas?|tweet(?!\\s+thread)|хокку|хайку|лимерик\\p{L}*|сонет\\p{L}*|твит(?!\\s+тред)\\p{L}*|soneto|sonett|sonetto)(?![\\p{L}])|写(?:一首|一条)?俳句",
    "iu",
  )
);

/**
 * Whether the text asks for a text whose form sets its length: "a haiku
 * about…", "write a limerick", "напиши хокку".
 */
export function namesAFixedForm(prose: string): boolean {
  return fixedForm().test(prose);
}

/**
 * Whether a learning request asks for a plan over time ("a study plan",
 * "учебный план", "learn Spanish in 3 months").
 */
export function asksForAStudyPlan(prose: string): boolean {
  return studyPlan().test(prose) || learnsASkill().test(prose);
}

/**
 * "I want to learn guitar", "teach me Spanish", "хочу научиться плавать",
 * "quiero aprender inglés": a skill is learnt over weeks, by a plan; "teach
 * me recursion" is one explanation.
 */
const learnsASkill = lazy(() =>
  new RegExp(
    "(?<![\\p{L}])(?:(?:i\\s+(?:want|need|would\\s+like|'d\\s+like)\\s+to\\s+learn|teach\\s+me|help\\s+me\\s+learn|хочу\\s+(?:выучить|научиться|изучить|освоить)|научи(?:те)?\\s+меня|quiero\\s+aprender|enséñame|quero\\s+aprender|je\\s+veux\\s+apprendre|apprends-moi|voglio\\s+imparare|insegnami)\\s+(?:(?:how\\s+)?to\\s+(?:play\\s+|speak\\s+)?|играть\\s+на\\s+|говорить\\s+на\\s+|a\\s+(?:tocar\\s+)?|à\\s+(?:jouer\\s+(?:de\\s+|du\\s+)?)?|a\\s+suonare\\s+)?(?:(?:the|la|el|le|il|lo|l'|o|a)\\s*)?(?:" +
      SKILLS +
      // "teach me Spanish", "… guitar in 3 months", not "teach me python
      // decorators": a concept of it is one explanation.
      ")(?=\\s*(?:[.!?]*\\s*$|,\\s*(?:i|i'm|i've|i\\s+am|я|у\\s+меня|soy|tengo|ich|je|j'ai|sono|ho)(?![\\p{L}])|(?:from|in|within|over|for|and|so|because|with|с|за|для|и|чтобы|en|para|y|con|für|und|mit|pour|et|avec|per|e)(?![\\p{L}])))|ich\\s+(?:will|möchte)\\s+(?:" +
      SKILLS +
      ")\\s+(?:spielen\\s+|sprechen\\s+)?lernen)(?![\\p{L}])",
    "iu",
  )
);
const SKILLS = [
  "guitar",
  "piano",
  "violin",
  "drums",
  "ukulele",
  "singing",
  "sing",
  "swimming",
  "swim",
  "chess",
  "drawing",
  "draw",
  "painting",
  "photography",
  "cooking",
  "cook",
  "dancing",
  "dance",
  "coding",
  "code",
  "programming",
  "english",
  "spanish",
  "french",
  "german",
  "italian",
  "portuguese",
  "chinese",
  "mandarin",
  "japanese",
  "korean",
  "russian",
  "arabic",
  "turkish",
  "polish",
  "hindi",
  "python",
  "javascript",
  "typescript",
  "java",
  "sql",
  "excel",
  "гитар\\p{L}*",
  "пианино",
  "фортепиано",
  "скрипк\\p{L}*",
  "барабан\\p{L}*",
  "плавать",
  "рисовать",
  "готовить",
  "танцевать",
  "петь",
  "программировать",
  "шахмат\\p{L}*",
  "английск\\p{L}*",
  "испанск\\p{L}*",
  "французск\\p{L}*",
  "немецк\\p{L}*",
  "итальянск\\p{L}*",
  "китайск\\p{L}*",
  "японск\\p{L}*",
  "корейск\\p{L}*",
  "python",
  "guitarra",
  "violín",
  "violino",
  "inglés",
  "inglês",
  "francés",
  "francês",
  "alemán",
  "alemão",
  "italiano",
  "japonés",
  "japonês",
  "chino",
  "chinês",
  "programar",
  "nadar",
  "dibujar",
  "desenhar",
  "cocinar",
  "cozinhar",
  "Gitarre",
  "Klavier",
  "Geige",
  "Englisch",
  "Spanisch",
  "Französisch",
  "Italienisch",
  "Japanisch",
  "Chinesisch",
  "Schwimmen",
  "Programmieren",
  "Schach",
  "guitare",
  "anglais",
  "espagnol",
  "allemand",
  "italien",
  "japonais",
  "chinois",
  "nager",
  "dessiner",
  "cuisiner",
  "programmer",
  "chitarra",
  "inglese",
  "spagnolo",
  "francese",
  "tedesco",
  "giapponese",
  "cinese",
  "nuotare",
  "disegnare",
  "cucinare",
  "programmare",
].join("|");

// ---------------------------------------------------------------- format

const formats = lazy((): readonly RegExp[] => [
  /\b(?:output )?format\s*:\s*([^.;\n]+)/i,
  /\b(?:as|in|into|in the form of|formatted as)\s+((?:a |an )?(?:bullet(?:ed)? (?:list|points)|numbered list|list|table|json|yaml|csv|markdown|outline|checklist|step-by-step guide|steps|faq|q&a|mind map|slides?|thread))\b/i,
  /(?<![\p{L}])(?:в виде|в формате|форматом)\s+([\p{L}]+(?:\s+[\p{L}]+)?)/iu,
  /(?<![\p{L}])(таблиц(?:ей|у)|списком|по пунктам|пошагово)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:en forma de|en formato|como una?|em forma de|no formato|em formato)\s+((?:tabla|lista|viñetas|pasos|tabela|tópicos|passos|json)(?:\s+[\p{L}]+)?)/iu,
  /(?<![\p{L}])(?:en|em)\s+(una tabla|una lista|uma tabela|uma lista|viñetas|tópicos|json)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:als|in)\s+((?:eine )?(?:Tabelle|Liste|Stichpunkte[n]?|Aufzählung|JSON))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:sous forme de|en|au format)\s+((?:un )?(?:tableau|liste|puces|étapes|json))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:in|come|sotto forma di)\s+((?:una |un )?(?:tabella|elenco|lista|punti elenco|json))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:w formie|jako|w)\s+((?:tabeli|tabela|listy|lista|punktów))(?![\p{L}])/iu,
  /((?:tablo|liste|madde) (?:halinde|şeklinde))/iu,
  /(?<![\p{L}])dalam (?:bentuk )?((?:tabel|daftar|poin))(?![\p{L}])/iu,
  /((?:तालिका|सूची) (?:में|के रूप में))/u,
  /((?:في|على شكل) (?:جدول|قائمة))/u,
  /(به (?:صورت|شکل) (?:جدول|فهرست|لیست))/u,
  /((?:以|用)?(?:表格|列表|清单|要点)(?:形式)?)/u,
]);

// ---------------------------------------------------------------- language asked for

const languageRequests = lazy((): readonly RegExp[] => [
  /\bin (?:English|Spanish|French|German|Italian|Portuguese|Russian|Ukrainian|Polish|Turkish|Chinese|Mandarin|Japanese|Korean|Arabic|Hindi|Persian|Farsi|Indonesian|Dutch|Swedish|Greek|Hebrew|Vietnamese|Thai)\b/,
  /(?<![\p{L}])на (?:английском|русском|испанском|немецком|французском|итальянском|португальском|украинском|польском|турецком|китайском|японском|арабском|английский|русский)(?: языке)?(?![\p{L}])/iu,
  /(?<![\p{L}])(?:англійською|українською|російською|німецькою)(?![\p{L}])/iu,
  /(?<![\p{L}])en (?:inglés|español|francés|alemán|italiano|portugués|ruso|chino|anglais|français|espagnol|allemand|italien|portugais|russe|chinois)(?![\p{L}])/iu,
  /(?<![\p{L}])em (?:inglês|português|espanhol|francês|alemão|italiano)(?![\p{L}])/iu,
  /(?<![\p{L}])auf (?:Englisch|Deutsch|Spanisch|Französisch|Italienisch|Russisch|Chinesisch)(?![\p{L}])/iu,
  /(?<![\p{L}])in (?:inglese|italiano|spagnolo|francese|tedesco)(?![\p{L}])/iu,
  /(?<![\p{L}])po (?:angielsku|polsku|niemiecku|hiszpańsku|francusku|rosyjsku)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:İngilizce|Türkçe|Almanca|Fransızca)(?![\p{L}])/u,
  /(?<![\p{L}])dalam bahasa (?:Inggris|Indonesia|Jepang|Arab)(?![\p{L}])/iu,
  /(?:अंग्रेज़ी|अंग्रेजी|हिंदी|हिन्दी) में/u,
  /باللغة (?:الإنجليزية|العربية|الفرنسية)/u,
  /به (?:انگلیسی|فارسی|عربی)/u,
  /用(?:英文|英语|中文|日语|日文|法语|西班牙语)|(?:英文|英语)(?:写|回答|版)/u,
]);

// ---------------------------------------------------------------- platform

const emailMedium = lazy(() =>
  /(?<![\p{L}])(?:e-?mails?|имейл\p{L}*|емейл\p{L}*|и-мейл\p{L}*|электронн\p{L}* письм\p{L}*|correo electrónico|courriel|邮件)(?![\p{L}])/iu
);

/** Whether a platform found is the email medium itself ("email", "E-Mail"). */
export function isEmailMedium(platform: string): boolean {
  return emailMedium().test(platform);
}

const platforms = lazy((): Table => [
  [/(?<![\p{L}])(?:linkedin|линкедин)(?![\p{L}])/iu, "LinkedIn"],
  [/(?<![\p{L}])(?:instagram|инстаграм\p{L}*|инсту)(?![\p{L}])/iu, "Instagram"],
  [
    /(?<![\p{L}])(?:telegram|телеграм\p{L}*|телеграм-канал\p{L}*)(?![\p{L}])/iu,
    "Telegram",
  ],
  [/(?<![\p{L}])(?:tiktok|тикток\p{L}*|抖音)(?![\p{L}])/iu, "TikTok"],
  [/(?<![\p{L}])(?:youtube|ютуб\p{L}*)(?![\p{L}])/iu, "YouTube"],
  [
    /(?<![\p{L}])(?:twitter|tweets?|x post|твиттер\p{L}*)(?![\p{L}])/iu,
    "X (Twitter)",
  ],
  [/(?<![\p{L}])(?:facebook|фейсбук\p{L}*)(?![\p{L}])/iu, "Facebook"],
  [/(?<![\p{L}])reddit(?![\p{L}])/iu, "Reddit"],
  [/(?<![\p{L}])medium(?=\s+(?:post|article))/iu, "Medium"],
  [/(?<![\p{L}])substack(?![\p{L}])/iu, "Substack"],
  [/(?<![\p{L}])slack(?![\p{L}])/iu, "Slack"],
  [/(?<![\p{L}])(?:whatsapp|ватсап\p{L}*)(?![\p{L}])/iu, "WhatsApp"],
  [/(?<![\p{L}])discord(?![\p{L}])/iu, "Discord"],
  // The medium in the user's word: "E-Mail", "email".
  [emailMedium()],
  [/(?<![\p{L}])pinterest(?![\p{L}])/iu, "Pinterest"],
  [/(?<![\p{L}])(?:vk|вконтакте|вк)(?![\p{L}])/iu, "VK"],
  [/微信|wechat/iu, "WeChat"],
  [/小红书/u, "Xiaohongshu"],
  [/(?<![\p{L}])etsy(?![\p{L}])/iu, "Etsy"],
  [
    /(?<![\p{L}])amazon(?![\p{L}])(?!\s+(?:rainforest|river|basin|jungle|forest))/iu,
    "Amazon",
  ],
  [/(?<![\p{L}])shopify(?![\p{L}])/iu, "Shopify"],
  [/(?<![\p{L}])(?:wildberries|вайлдберриз)(?![\p{L}])/iu, "Wildberries"],
  [/(?<![\p{L}])(?:ozon|озон(?:е|а|у|ом)?)(?![\p{L}])/iu, "Ozon"],
  [/(?<![\p{L}])(?:avito|авито)(?![\p{L}])/iu, "Avito"],
  [/(?<![\p{L}])(?:app store|google play)(?![\p{L}])/iu],
  [/\blanding page\b|(?<![\p{L}])лендинг\p{L}*/iu],
  [/\bnewsletter\b|(?<![\p{L}])рассылк\p{L}*/iu],
  [/\bpodcast\b|(?<![\p{L}])подкаст\p{L}*/iu],
  [/\bblog(?: post)?\b|(?<![\p{L}])блог\p{L}*|博客/iu],
  // Not a site to scrape: "parse data from a website", "для парсинга сайта"
  // (up to three words between).
  [
    /(?<!(?:scrap|pars|crawl|парсинг|спарс|парс)\p{L}*\s+(?:\p{L}+\s+){0,3})(?:\bwebsite\b|\bhomepage\b|(?<![\p{L}])сайт\p{L}*|sitio web|página web|Webseite|Website|site web|sito web|网站)/iu,
  ],
]);

// ---------------------------------------------------------------- deadline

const DAYS =
  "today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of (?:the )?(?:day|week|month|year)|next week|noon|midnight|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const deadlines = lazy((): readonly RegExp[] => [
  /\bdeadline\s*(?::|is)\s*([^.;\n]+)/i,
  new RegExp(
    `\\b((?:by|before|due|until|no later than)\\s+(?:(?:this|next|the)\\s+)?(?:${DAYS})(?:\\s+(?:morning|afternoon|evening|noon))?)\\b`,
    "i",
  ),
  /\b(within (?:\d+|a|an|one|two|three) (?:hours?|days?|weeks?|months?))\b/i,
  /(?<![\p{L}])((?:к|до)\s+(?:завтра|понедельник[ау]|вторник[ау]|сред[ыеу]|четверг[ау]|пятниц[ыеу]|суббот[ыеу]|воскресень[яю]|утр[ау]|вечер[ау]|концу (?:дня|недели|месяца)|конца (?:дня|недели|месяца)|\d{1,2}(?::\d{2}(?!\d)|\s+(?:час(?:а|ов)?|утра|вечера|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))))(?![\p{L}])/iu,
  /(?:дедлайн|срок)\s*[:—-]\s*([^.;\n]+)/iu,
  /(?<![\p{L}])((?:para|antes del?|hasta el)\s+(?:mañana|el lunes|el martes|el miércoles|el jueves|el viernes|lunes|martes|miércoles|jueves|viernes|fin de mes|\d{1,2} de [\p{L}]+))(?![\p{L}])/iu,
  /(?<![\p{L}])(até (?:amanhã|segunda|terça|quarta|quinta|sexta|o fim do mês|\d{1,2} de [\p{L}]+))(?![\p{L}])/iu,
  /(?<![\p{L}])(bis (?:morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Ende der Woche|zum \d{1,2}\.\s*[\p{L}]+))(?![\p{L}])/iu,
  /(?<![\p{L}])((?:avant|pour|d'ici) (?:demain|lundi|mardi|mercredi|jeudi|vendredi|la fin de la semaine|le \d{1,2} [\p{L}]+))(?![\p{L}])/iu,
  /(?<![\p{L}])(entro (?:domani|lunedì|martedì|mercoledì|giovedì|venerdì|fine settimana|il \d{1,2} [\p{L}]+))(?![\p{L}])/iu,
  /(?<![\p{L}])(do (?:jutra|poniedziałku|wtorku|środy|czwartku|piątku|końca tygodnia|п'ятниці|понеділка))(?![\p{L}])/iu,
  /((?:yarına|pazartesiye|cumaya|hafta sonuna) kadar)/iu,
  /(?<![\p{L}])((?:sebelum|paling lambat) (?:besok|senin|selasa|rabu|kamis|jumat|akhir minggu))(?![\p{L}])/iu,
  /((?:कल|सोमवार|शुक्रवार|शाम) तक)/u,
  /((?:قبل|بحلول) (?:الغد|يوم [\p{L}]+|نهاية الأسبوع))/u,
  /(تا (?:فردا|دوشنبه|جمعه|آخر هفته))/u,
  /((?:明天|今天|周[一二三四五六日]|星期[一二三四五六日天]|下周|月底|本周)(?:之前|以前|前))/u,
]);

// ---------------------------------------------------------------- business

/** Where a clause about what the learner knows ends: "… and want to…", punctuation. */
const KNOWS_END =
  "(?=\\s*,?\\s+(?:and|but|so|и|но|а|y|pero|e|mas|und|aber|et|mais|ma)\\s+(?:i\\s+|я\\s+|ich\\s+|je\\s+|eu\\s+|yo\\s+)?(?:want|need|would|'d|hope|wish|хочу|хотел\\p{L}*|нужно|надо|quiero|necesito|quero|preciso|will|möchte|brauche|veux|voudrais|voglio|vorrei)(?!\\p{L})|\\s*,\\s*(?:please\\s+|пожалуйста\\s+)?(?:teach|help|explain|show|make|give|научи|объясни|помоги|расскажи|покажи|составь|enséñame|ayúdame|explícame|ensina|ensine|ajude|explique|bring|erkläre|hilf|zeig|apprends|aide|montre|insegnami|aiutami|spiegami|mostrami)(?!\\p{L})|\\s*[.;!?\\n]|$)";
/**
 * Not what the learner does not know ("не знаю, с чего начать", "no sé por
 * dónde empezar") nor what they want to be able to do ("so I can write
 * scripts"), and not "ich kann noch nicht lesen".
 */
const KNOWS_START =
  "(?<!(?<![\\p{L}])(?:не|ни|no|não|nao|nicht|non|ne|nie|so|that|until|till|once|when|if|чтобы)\\s+)(?!(?:ich\\s+\\p{L}+|i\\s+can)\\s+(?:noch\\s+|still\\s+)?(?:nicht|kein\\p{L}*|not|nothing)(?![\\p{L}]))";
const knowsPatterns = lazy((): readonly RegExp[] =>
  [
    "(?<![\\p{L}])i\\s+(?:already\\s+)?(?:know|understand|speak|can\\s+(?:already\\s+)?(?:read|write|speak|code|program))\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])i(?:'ve|\\s+have)\\s+(?:already\\s+)?(?:learned|learnt|studied|done|taken|used|been\\s+(?:learning|studying|using))\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:she|he|they)\\s+(?:already\\s+)?(?:knows?|understands?|can\\s+(?:already\\s+)?(?:read|write|count|speak|code|program))\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:он|она|они)\\s+(?:уже\\s+)?(?:знает|знают|понимает|понимают|умеет|умеют)\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])my\\s+level\\s+is\\s+[^.;!?,\\n]+?",
    "(?<![\\p{L}])(?:я\\s+)?(?:уже\\s+)?(?:знаю|изучал[аи]?|учил[аи]?|владею|понимаю)\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:мой|у\\s+меня)\\s+уровень\\s+[^.;!?,\\n]+?",
    "(?<![\\p{L}])(?:yo\\s+)?(?:ya\\s+)?(?:sé|conozco|hablo|entiendo)\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:tengo|mi)\\s+(?:un\\s+)?nivel\\s+[^.;!?,\\n]+?",
    "(?<![\\p{L}])(?:eu\\s+)?(?:já\\s+)?(?:sei|conheço|falo|entendo)\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:tenho|meu)\\s+(?:um\\s+)?nível\\s+[^.;!?,\\n]+?",
    "(?<![\\p{L}])ich\\s+(?:kann|kenne|spreche|verstehe)\\s+(?:schon\\s+|bereits\\s+)?[^.;!?\\n]+?",
    "(?<![\\p{L}])mein\\s+niveau\\s+ist\\s+[^.;!?,\\n]+?",
    "(?<![\\p{L}])je\\s+(?:connais|sais|parle|comprends)\\s+(?:déjà\\s+)?[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:j'ai|mon)\\s+(?:un\\s+)?niveau\\s+[^.;!?,\\n]+?",
    "(?<![\\p{L}])(?:io\\s+)?(?:conosco|parlo|capisco|so\\s+già)\\s+[^.;!?\\n]+?",
    "(?<![\\p{L}])(?:ho|il\\s+mio)\\s+(?:un\\s+)?livello\\s+[^.;!?,\\n]+?",
  ].map((source) => new RegExp(KNOWS_START + source + KNOWS_END, "iu")).concat(
    // A level says all on its own: "I'm at B1 level, help me…".
    /(?<![\p{L}])i(?:'m|\s+am)\s+(?:at\s+)?(?:an?\s+)?(?:intermediate|advanced|upper[- ]intermediate|pre[- ]intermediate|[abc][12])(?:\s+(?:level|learner|student|speaker))?(?![\p{L}\p{N}])/iu,
  )
);

const goalPattern = lazy(() =>
  /\b(?:goal\s*(?::|is)\s*(?:to\s+)?|aim is to\s+|in order to\s+|to\s+)((?:increase|boost|grow|drive|get more|generate|improve|raise|attract|convert|sell|promote|launch|announce|reduce|win|retain|re-engage|reactivate)\b[^,.;\n]*)|(?:цель\s*[:—-]\s*|чтобы\s+)((?:увеличить|привлечь|повысить|продать|получить)[^,.;\n]*)/iu
);
const callToActionPattern = lazy(() =>
  /\b(?:(?:call to action|cta)\s*(?::|is|-)?\s*([^.;\n]+)|(sign up|book a (?:call|demo)|buy now|subscribe|register|download|start (?:a|your) free trial|contact us|request a demo|learn more|shop now|join us|join now|order now)\b)/i
);

// ---------------------------------------------------------------- coding

const inputPattern = lazy(() =>
  /\b(?:takes?|accepts?|receives?|reads?|given|input(?: is|:))\s+(.+?)(?=\s+and\s+(?:returns?|outputs?|prints?|writes?|produces?)\b|[,.;!?\n]|$)/i
);
const outputPattern = lazy(() =>
  /\b(?:returns?|outputs?|prints?|produces?|output(?: is|:))\s+([^,.;!?\n]+)/i
);

const languages = lazy((): Table => [
  // The names as Hindi, Persian, Arabic, Russian and Ukrainian write them too.
  [
    /\bpython\s*3?\b|\bpy\b|(?<![\p{L}])(?:питон|пайтон|пітон)\p{L}*|(?<![\p{L}\p{M}])(?:पायथन|پایتون|بايثون|بايتون)/iu,
    "Python",
  ],
  [/\btypescript\b|\bts\b(?=\s)/i, "TypeScript"],
  [
    /\bjavascript\b|\bnode\.?js\b|\bjs\b|(?<![\p{L}])джаваскрипт\p{L}*|(?<![\p{L}\p{M}])(?:जावास्क्रिप्ट|جاوا\s*اسکریپت|جافا\s*سكريبت)/iu,
    "JavaScript",
  ],
  [
    /\bjava\b(?!\s*script)|(?<![\p{L}])джав(?:а|ы|е|у|ой)(?![\p{L}])|(?<![\p{L}\p{M}])(?:जावा(?!स्क्रिप्ट)|جاوا(?!\s*اسکریپت)|جافا(?!\s*سكريبت))(?![\p{L}\p{M}])/iu,
    "Java",
  ],
  [/\bkotlin\b/i, "Kotlin"],
  [/\bswift\b/i, "Swift"],
  [/(?<![\w#])c#|\bc-?sharp\b/i, "C#"],
  [/(?<!\w)c\+\+|\bcpp\b/i, "C++"],
  [/\b(?:in|using|with|written in|на)\s+C(?![\w#+])/u, "C"],
  [/\bgolang\b|\b(?:in|using|with|written in|на)\s+Go\b/u, "Go"],
  [/\brust\b/i, "Rust"],
  [/\bruby\b/i, "Ruby"],
  [/\bphp\b/i, "PHP"],
  [/\bscala\b/i, "Scala"],
  [/\bsql\b/i, "SQL"],
  [/\bbash\b|\bshell script\b|\bzsh\b/i, "Bash"],
  [/\bpowershell\b/i, "PowerShell"],
  [/\b(?:in|using|with)\s+R\b/, "R"],
  [/\bdart\b/i, "Dart"],
  [/\blua\b/i, "Lua"],
  [/\bhaskell\b/i, "Haskell"],
  [/\belixir\b/i, "Elixir"],
  [/\bjulia\b/i, "Julia"],
  [/\bmatlab\b/i, "MATLAB"],
  [/\bsolidity\b/i, "Solidity"],
  [/\bhtml\b/i, "HTML"],
  [/\bcss\b/i, "CSS"],
]);

const tools = lazy((): Table => [
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
  [/\bsqlite\b/i, "SQLite"],
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
  [/\baiogram\b/i, "aiogram"],
  [/\bgrammy\b/i, "grammY"],
]);

/** The programming languages (no tools) `text` names, canonically named. */
export function languagesIn(text: string): string[] {
  return findAll(text.replace(notUsed(), ruledOut), languages());
}

/** The languages and tools the user wants used, canonically named. */
export function stackOf(wanted: string): string[] {
  const used = wanted.replace(notUsed(), ruledOut);
  return [...findAll(used, languages()), ...findAll(used, tools())];
}

/** Words that join a list: "pandas or numpy", "pandas ni numpy", "pandas und numpy". */
const JOINERS = "or|nor|and|или|и|ни|ni|y|o|oder|und|ou|et|né|e|lub|i";
/** Of those, the ones that offer a choice: with one, a comma goes on with the list. */
const EITHER_JOINERS = "or|nor|или|ни|ni|o|oder|ou|né|lub";
const NAME = "[\\p{L}\\p{N}.+#-]+";
/**
 * "without selenium", "no pandas or numpy", "без selenium", "sin pandas ni
 * numpy": a negation, then names joined by "or", "and", "ni"…, or by commas
 * when an "or" is among them.
 */
const notUsed = lazy(() =>
  new RegExp(
    `(?<![\\p{L}])(?:without(?: using)?|no|not|avoid(?:ing)?|(?:do not|don'?t|dont|never) use|без|не используя|sin|ohne|sans|senza|bez|tanpa|不要用|不用)\\s+(?:any\\s+)?(${NAME}(?:(?:\\s*,\\s*(?:(?:${EITHER_JOINERS})\\s+)?|\\s+(?:${JOINERS})\\s+)${NAME}){0,5})`,
    "giu",
  )
);
const either = lazy(() =>
  new RegExp(`(?<![\\p{L}])(?:${EITHER_JOINERS})(?![\\p{L}])`, "iu")
);
const joinerWord = lazy(() => new RegExp(`^(?:${JOINERS})$`, "iu"));

/**
 * The negation match without the names it rules out: each item of its list
 * that names a language or tool goes, up to the first that does not ("not
 * sure", "no preference" rule out nothing).
 */
function ruledOut(match: string, list: string): string {
  // A comma goes on with the list only when an "or" is in it ("no React,
  // Vue, or Angular"); else it starts something else ("no ORM, Python").
  const commas = either().test(list);
  let end = 0;
  for (const word of list.matchAll(new RegExp(NAME, "gu"))) {
    if (!commas && list.slice(end, word.index).includes(",")) break;
    if (end > 0 && joinerWord().test(word[0])) continue;
    if (!stackNamed(word[0])) break;
    end = word.index + word[0].length;
  }
  return end === 0 ? match : " " + list.slice(end);
}

function stackNamed(word: string): boolean {
  return findAll(word, languages()).length > 0 ||
    findAll(word, tools()).length > 0;
}

/** Whether `name` (from {@linkcode stackOf}) is a programming language rather than a tool. */
export function isProgrammingLanguage(name: string): boolean {
  return languages().some(([, canonical]) => canonical === name);
}

// ---------------------------------------------------------------- data

const dialects = lazy((): Table => [
  [/\bpostgres(?:ql)?\b/i, "PostgreSQL"],
  [/\bmysql\b|\bmariadb\b/i, "MySQL"],
  [/\bsqlite\b/i, "SQLite"],
  [/\bbigquery\b/i, "BigQuery"],
  [/\bsnowflake\b/i, "Snowflake"],
  [/\bsql server\b|\bt-sql\b|\bmssql\b/i, "SQL Server"],
  [/\boracle\b/i, "Oracle"],
  [/\bredshift\b/i, "Redshift"],
  [/\bclickhouse\b/i, "ClickHouse"],
  [/\bduckdb\b/i, "DuckDB"],
  [/\bpandas\b/i, "pandas"],
  [/\bexcel\b|\bэксел\p{L}*|\bексел\p{L}*/iu, "Excel"],
  [/\bgoogle sheets\b|\bгугл.таблиц\p{L}*/iu, "Google Sheets"],
  [/\bpower ?bi\b/i, "Power BI"],
  [/\btableau\b/i, "Tableau"],
]);

// ---------------------------------------------------------------- research

const scopes = lazy((): Table => [
  [
    /\b(?:since|from|after|before|between|during|in)\s+(?:the\s+)?(?:\d{4}s?)(?:\s*(?:-|–|to|and)\s*\d{4})?\b|\b(?:over|in) the (?:last|past) (?:\d+\s+)?(?:years?|decades?|months?)\b|(?<![\p{L}])(?:с|после|до|за)\s+\d{4}(?:\s*(?:-|–|по)\s*\d{4})?(?:\s*(?:год\p{L}*|г\.))?|(?<![\p{L}])(?:desde|entre|depuis|seit|dal)\s+\d{4}|\d{4}年(?:以来|至今|之后)/iu,
  ],
  [
    /\b(?:the\s+)?(?:US|USA|U\.S\.|United States|North America|Latin America|Europe|EU|European Union|UK|United Kingdom|Canada|Australia|Germany|France|Spain|Italy|China|Japan|India|Brazil|Ukraine|Africa|Asia|Middle East)\b|\b(?:worldwide|globally)\b|(?<![\p{L}])(?:в России|в Европе|в США|в мире|в Украине|en España|en Europa|en Alemania|in Deutschland|en France|in Europa|no Brasil|在中国|全球)/u,
  ],
]);

const sourceKinds = lazy((): Table => [
  [/\bpeer[- ]reviewed(?: (?:studies|papers|articles|research|journals|sources))?/i],
  [/\bacademic (?:papers?|sources|research|studies)\b/i],
  [/\bscientific (?:papers?|studies|literature)\b/i],
  [/\bmeta-analys[ie]s\b/i],
  [/\bprimary sources?\b/i],
  [/\bofficial (?:statistics|data|sources?)\b/i],
  [/\bgovernment (?:data|reports?|sources?)\b/i],
  [/(?<![\p{L}])научн\p{L}+ (?:стать\p{L}+|исследовани\p{L}+|источник\p{L}+)/iu],
  [/(?<![\p{L}])(?:estudios científicos|fuentes oficiales|wissenschaftliche Studien|études scientifiques|studi scientifici|estudos científicos)/iu],
  [/(?:学术论文|同行评审|官方数据)/u],
]);
