/**
 * Clarifying questions: when a rough prompt is too vague to write a good
 * prompt from ("cat", "🙂🙂🙂", "help with my essay"), and the fixed,
 * category-specific questions the offline path asks instead of guessing.
 *
 * The questions' words come from the lexicon of the rough prompt's language
 * (see `lexicon.ts` for why they live in the domain and not in the UI's
 * locale files); the UI shows them with buttons and sends the chosen or typed
 * answers back as {@linkcode ClarifyingAnswer}s.
 *
 * @module
 */

import { lazyGroup } from "../util/lazy.ts";
import type { ClarifyingQuestion } from "./answer.ts";
import { type CategoryId, getCategory } from "./categories.ts";
import { type Facts, readFacts } from "./extract.ts";
import { getLexicon, type QuestionId } from "./lexicon.ts";
import type { PromptLanguage } from "./language.ts";

/** Every value this module builds on first use; see {@linkcode warmUpClarify}. */
const lazy = lazyGroup();

/** Where the answer to an offline question goes in the prompt. */
export type AnswerSlot =
  | "task"
  | "audience"
  | "format"
  | "tone"
  | "stack"
  | "goal"
  | "context"
  | "length"
  | "sources"
  | "platform"
  | "dialect"
  | "style"
  | "mood"
  | "aspect"
  | "camera"
  | "duration"
  /** A requirement typed as an answer ("it must handle quoted fields"): with the constraints. */
  | "requirements"
  /** An answer that adds to the task the idea already states: after it, in the Task. */
  | "refinement";

/** The slot each offline question fills. */
export const QUESTION_SLOTS: Readonly<Record<QuestionId, AnswerSlot>> = {
  general_goal: "task",
  audience: "audience",
  format: "format",
  coding_task: "task",
  stack: "stack",
  writing_task: "task",
  tone: "tone",
  image_style: "style",
  image_mood: "mood",
  image_shape: "aspect",
  video_style: "style",
  video_camera: "camera",
  video_duration: "duration",
  research_goal: "context",
  research_depth: "length",
  research_sources: "sources",
  business_goal: "goal",
  customers: "audience",
  channel: "platform",
  assistant_purpose: "task",
  assistant_users: "audience",
  data_task: "task",
  data_tool: "dialect",
  recipient: "audience",
  email_goal: "goal",
  learner: "audience",
  explain_how: "format",
};

/**
 * The fixed questions the offline path asks for a category, in `language`:
 * audience, goal, format, style… with 2–4 suggested answers each.
 *
 * @example
 * ```ts
 * offlineQuestions("image", "ru")[0].text; // "Какой стиль?"
 * ```
 */
export function offlineQuestions(
  category: CategoryId,
  language: PromptLanguage,
): ClarifyingQuestion[] {
  const lexicon = getLexicon(language);
  return getCategory(category).questions.map((id) => ({
    id,
    text: lexicon.questions[id].text,
    options: [...lexicon.questions[id].options],
  }));
}

/**
 * The slots a rough prompt already fills, so that their questions need not
 * be asked: the task when the idea is a clear request (not vague), and each
 * section whose fact it states ("in Python", "for beginners", "formal").
 * The picture and video slots are not read here: they are always open.
 */
export function givenSlots(
  rough: string,
  category: CategoryId,
): Set<AnswerSlot> {
  const facts = readFacts(rough);
  const given = new Set<AnswerSlot>();
  if (!needsClarification(rough, category)) given.add("task");
  for (const [slot, fact] of FACT_OF_SLOT) {
    if (facts[fact] !== undefined) given.add(slot);
  }
  // A code block labelled with its language names the stack too.
  if (FENCE_LANGUAGE.test(rough)) given.add("stack");
  return given;
}

/** The fact that fills each slot a question may ask about. */
const FACT_OF_SLOT: readonly (readonly [AnswerSlot, keyof Facts])[] = [
  ["audience", "audience"],
  ["format", "format"],
  ["tone", "tone"],
  ["stack", "stack"],
  ["goal", "goal"],
  ["length", "length"],
  ["sources", "sources"],
  ["platform", "platform"],
  ["dialect", "dialect"],
];

const FENCE_LANGUAGE = /^(`{3,}|~{3,})[ \t]*[\p{L}+#]/mu;

/**
 * The category's offline questions that `rough` leaves open: none whose
 * answer the idea already gives (see {@linkcode givenSlots}). Empty when the
 * idea says everything they would ask.
 *
 * @example
 * ```ts
 * openQuestions("write a python function that parses csv files", "coding", "en");
 * // []: the task and the language are given
 * ```
 */
export function openQuestions(
  rough: string,
  category: CategoryId,
  language: PromptLanguage,
): ClarifyingQuestion[] {
  const given = givenSlots(rough, category);
  return offlineQuestions(category, language).filter((question) =>
    !given.has(QUESTION_SLOTS[question.id as QuestionId])
  );
}

/** Words that carry no subject: articles, pronouns, "help", "write", "essay"… */
const genericWords = lazy(() =>
  new Set(
    `
a an the my our your his her their me i you we it this that these those some any with for to of in on at about and or but
please pls help write make create do give get need want something anything stuff thing things essay text post story poem
article email letter code script program app image picture photo drawing prompt idea ideas question questions answer can
could would will should is are be am just really very good nice better best new quick simple short long one query function
formula plan
а и в на с по о об про для мне мой моя моё мои меня я ты мы это этот эта то что помоги помогите напиши напишите сделай
сделайте создай дай нужно нужен нужна хочу пожалуйста текст пост статья статью эссе сочинение рассказ стих стихи письмо
код программа картинка картинку фото изображение промпт идея идеи что-нибудь что-то вопрос хороший мою моё моей
і й з у до мені мій моя допоможи напиши зроби створи хочу треба текст пост есе лист код картинку
un una el la los las mi mis tu de del para con por en sobre y o me ayuda ayúdame escribe escríbeme haz hazme crea dame
necesito quiero favor algo texto ensayo redacción historia poema artículo correo carta código programa imagen foto idea
um uma o os as meu minha seu sua do da dos das em com ajuda ajude escreva escreve faça crie preciso quero algo redação
hilfe hilf mir mich mein meine meinen meinem meiner ein eine einen der die das den dem und oder mit für zu über von bitte schreib schreibe
mach mache erstelle ich brauche will möchte etwas text aufsatz geschichte gedicht artikel bild code
aide aidez moi mon ma mes un une le la les de des du et ou avec pour sur écris écrire fais crée je veux besoin quelque
chose texte dissertation histoire poème article image code
aiuto aiutami mio mia il lo gli di del della e o con per su scrivi fai crea voglio bisogno qualcosa testo tema storia
pomóż pomoc mój moja mi się i w z na do dla napisz zrób stwórz chcę potrzebuję coś tekst wypracowanie
bantu saya aku ini itu yang dan untuk dengan tentang tulis buat buatkan tolong ingin butuh sesuatu teks esai
bir bu ve için ile yaz yap yardım et lütfen metin ödev
帮 我 帮我 写 写作 文 作 帮助 一些 内容 一段 段 主题 一 一篇 一个 个 篇 的 作文 文章 文字 东西 代码 图片 图 请 给 关于 做 一下 帮忙 我的 诗 故事 邮件 一首 首
`.trim().split(/\s+/),
  )
);

const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[^]*?^\1[ \t]*$/m;
// Built on first use: the first Intl object of a process that loads locale
// data costs ~20 ms, which start-up need not pay.
const segmenter = lazy(() =>
  new Intl.Segmenter(undefined, { granularity: "word" })
);

/**
 * Builds what {@linkcode needsClarification} needs (its word list, and the
 * word segmenter, which loads ICU data) now rather than on first use.
 */
export function warmUpClarify(budgetMs = Infinity): boolean {
  return lazy.buildSome(budgetMs);
}

/**
 * Whether a rough prompt is too vague to write a good prompt from: no words
 * at all (emoji, punctuation), a single word, or only words that carry no
 * subject ("help with my essay", "write a poem"). A code block is never
 * vague. The category's own name counts as generic ("image", "email").
 *
 * @example
 * ```ts
 * needsClarification("cat", "general"); // true
 * needsClarification("a haiku about autumn rain", "writing"); // false
 * ```
 */
export function needsClarification(
  text: string,
  category: CategoryId = "general",
): boolean {
  if (FENCED_CODE.test(text)) return false;
  const words = [...segmenter().segment(text.toLowerCase())]
    .filter((segment) => segment.isWordLike && /\p{L}/u.test(segment.segment))
    .map((segment) => segment.segment);
  if (words.length <= 1) return true;
  const generic = new Set([...genericWords(), ...category.split("_")]);
  const content = words.filter((word) => !generic.has(word));
  return content.length === 0 || (content.length === 1 && words.length <= 2);
}
