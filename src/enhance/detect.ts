/**
 * The "auto" category: which kind of prompt a rough idea is, from multilingual
 * cue words with weights. Deterministic; ties go to the category listed first
 * in `CUES` (the more specific kinds first).
 *
 * @module
 */

import type { CategoryId } from "./categories.ts";
import { lazy } from "../util/lazy.ts";
import { passingSkills } from "./cues.ts";
import { type TermMatcher, termMatcher } from "./terms.ts";

/** The outcome of {@linkcode detectCategory}. */
export interface CategoryGuess {
  category: CategoryId;
  /** 0 (a guess: "general" for want of a cue) to 1 (clear cues for one category only). */
  confidence: number;
  /** The score of every category that had a cue, highest first. */
  scores: readonly { category: CategoryId; score: number }[];
}

/** Cue words of one category, with what each is worth. */
interface Cues {
  /** Cues that decide on their own ("midjourney", "SQL", "system prompt"). */
  readonly strong: readonly string[];
  /** Cues that lean towards the category ("poster", "email"). */
  readonly weak: readonly string[];
}

const STRONG = 3;
const WEAK = 1;
/** A score below this is no evidence: the text is "general". */
const MIN_SCORE = 2;

const CUES: Record<Exclude<CategoryId, "general">, Cues> = {
  coding: {
    strong: [
      "code",
      "पायथन",
      "जावास्क्रिप्ट",
      "فنکشن",
      "پایتون",
      "بايثون",
      "برمجة",
      "function",
      "python script",
      "bash script",
      "shell script",
      "a script that",
      "script that",
      "script to",
      "bug",
      "debug",
      "refactor",
      "compile",
      "stack trace",
      "traceback",
      "exception",
      "api endpoint",
      "unit test*",
      "regex",
      "python",
      "javascript",
      "typescript",
      "java",
      "golang",
      "rust",
      "c++",
      "c#",
      "kotlin",
      "swift",
      "php",
      "ruby",
      "bash script",
      "react",
      "django",
      "node.js",
      "dockerfile",
      "docker",
      "css",
      "html",
      "div",
      "flexbox",
      "api",
      "npm",
      "git",
      "regex",
      "github",
      "код*",
      "функци*",
      "скрипт*",
      "баг*",
      // Not "программа тренировок" (a training programme).
      "программист*",
      "программировани*",
      "программу на",
      "программа на",
      "программку",
      "código",
      "función",
      "programa",
      "funktion",
      "skript",
      "fonction",
      "programme",
      "codice",
      "funzione",
      "kod*",
      "fungsi",
      "代码",
      "函数",
      "程序",
      "脚本",
      "编程",
      "报错",
    ],
    weak: [
      "app",
      "script",
      "कोड",
      "स्क्रिप्ट",
      "کد",
      "كود",
      "betik",
      "error",
      "library",
      "class",
      "algorithm",
      "database",
      "server",
      "frontend",
      "backend",
      "ошибк*",
      "приложени*",
      "error",
      "fehler",
      "erreur",
      "errore",
      "错误",
      "应用",
    ],
  },
  data: {
    strong: [
      "sql",
      "query",
      "queries",
      "postgres*",
      "mysql",
      "sqlite",
      "bigquery",
      "dataset",
      "spreadsheet",
      "excel",
      "google sheets",
      "pandas",
      "pivot table",
      "dashboard",
      "csv",
      "power bi",
      "tableau",
      "sql-запрос*",
      "запрос* к баз*",
      "баз* данных",
      "датасет*",
      "таблиц* excel",
      "эксел*",
      "consulta sql",
      "base de datos",
      "banco de dados",
      "datenbank*",
      "base de données",
      "requête*",
      "database",
      "数据库",
      "查询",
      "数据集",
      "表格数据",
    ],
    weak: [
      "data",
      "table",
      "tables",
      "columns",
      "rows",
      "chart",
      "metrics",
      "analytics",
      "данны*",
      "datos",
      "dados",
      "daten",
      "données",
      "dati",
      "数据",
      "统计",
    ],
  },
  system_prompt: {
    strong: [
      "system prompt",
      "system message",
      "custom gpt",
      "custom instructions",
      "gpts",
      "instructions for an ai",
      "instructions for my bot",
      "persona for",
      "assistant that",
      "assistant who",
      "bot that",
      "bot who",
      "chatbot",
      "ai agent",
      "agent that",
      "gpt that",
      "бот, который",
      "бота, который",
      "бот который",
      "бота который",
      "ассистент, который",
      "asistente que",
      "bot que",
      "assistente que",
      "bot, der",
      "assistent, der",
      "bot qui",
      "assistant qui",
      "机器人，",
      "системный промпт",
      "системн* инструкц*",
      "prompt del sistema",
      "prompt de sistema",
      "prompt do sistema",
      "systemprompt",
      "prompt système",
      "prompt di sistema",
      "prompt systemowy",
      "sistem istemi",
      "系统提示",
      "系统提示词",
    ],
    weak: [
      "support bot",
      // Not "ботинки", "ботаника".
      "бот",
      "бота",
      "боту",
      "ботом",
      "боты",
      "ботов",
      "ассистент*",
      "чат-бот*",
      "asistente",
      "assistente",
      "assistent*",
      "agente",
      "助手",
      "机器人",
      "智能体",
    ],
  },
  video: {
    strong: [
      "video",
      "videos",
      "clip",
      "footage",
      "sora",
      "veo",
      "kling",
      "runway",
      "pika",
      "storyboard",
      "shot list",
      "b-roll",
      "timelapse",
      "time-lapse",
      "видео*",
      "відео*",
      "таймлапс*",
      "ролик*",
      "клип*",
      "vídeo",
      "vidéo",
      "filmato",
      "wideo",
      "videosu*",
      "videoyu",
      "视频",
      "短片",
      "镜头",
      "वीडियो",
      "فيديو",
      "ویدیو",
    ],
    weak: [
      "scene",
      "camera pan",
      "drone shot",
      "slow motion",
      "замедленн* съемк*",
      "замедленн* съёмк*",
      "сповільнен* зйомк*",
      "уповільнен* зйомк*",
      "seconds",
      "animation",
      "animated",
      "сцен*",
      "escena",
      "szene",
      "scène",
      "场景",
      "动画",
    ],
  },
  email: {
    strong: [
      "email",
      "e-mail",
      "emails",
      "cover letter",
      "reply to",
      "follow-up",
      "follow up email",
      "письм*",
      "имейл*",
      "email-сообщени*",
      "correo",
      "carta de presentación",
      "e-mail an",
      "anschreiben",
      "bewerbung*",
      "lettre de motivation",
      "carta de motivación",
      "lettera di presentazione",
      "lettera motivazionale",
      "carta de apresentação",
      "сопроводительн* письм*",
      "list motywacyjny",
      "courriel",
      "lettre",
      "mail à",
      "lettera",
      "wiadomość",
      "list do",
      "surat",
      "邮件",
      "电子邮件",
      "求职信",
      "ईमेल",
      "e-posta",
      "eposta",
      "лист",
      "листа",
      "पत्र",
      "بريد",
      "رسالة",
      "خطاب",
      "ایمیل",
      "نامه",
    ],
    weak: [
      "letter",
      "message to",
      "dm",
      "subject line",
      "landlord",
      "my boss",
      "my manager",
      "recruiter",
      "начальни*",
      "руководител*",
      "арендодател*",
      "рекрутер*",
      "mi jefe",
      "mi casero",
      "meu chefe",
      "meinen chef",
      "meinem chef",
      "vermieter*",
      "mon patron",
      "ma patronne",
      "mon propriétaire",
      "il mio capo",
      "al mio capo",
      "szef*",
      "сообщени*",
      "mensaje",
      "mensagem",
      "nachricht",
      "message",
      "messaggio",
      "消息",
      "信",
    ],
  },
  image: {
    strong: [
      "midjourney",
      "dall-e",
      "dalle",
      "dall·e",
      "stable diffusion",
      "sdxl",
      "flux",
      "imagen",
      "draw",
      "picture of",
      "image of",
      "photo of",
      "illustration",
      "logo",
      "poster",
      "wallpaper",
      "render of",
      "painting of",
      "portrait of",
      "watercolor",
      "watercolour",
      "oil painting",
      "3d render",
      "pixel art",
      "anime style",
      "photorealistic",
      "нарисуй*",
      "картинк*",
      "изображени*",
      "иллюстраци*",
      "логотип*",
      "постер*",
      "обои",
      "акварел*",
      "картина маслом",
      "зображенн*",
      "ілюстраці*",
      "малюн*",
      "сгенерируй фото*",
      "згенеруй фото*",
      "acuarela",
      "aquarela",
      "aquarelle",
      "aquarell*",
      "acquerello",
      "akwarel*",
      "suluboya",
      "pintura al óleo",
      "pintura a óleo",
      "peinture à l'huile",
      "ölgemälde",
      "dipinto a olio",
      "pittura a olio",
      "عکس از",
      "عکسی از",
      "آبرنگ",
      "水彩",
      "油画",
      "插图",
      "イラスト",
      "намалюй*",
      "dibuja*",
      "imagen de",
      "ilustración",
      "desenhe",
      "imagem de",
      "ilustração",
      "zeichne",
      "bild von",
      "illustration",
      "dessine",
      "image de",
      "photo de",
      "photo d'*",
      "foto de",
      "foto von",
      "fotografía de",
      "fotografia de",
      "disegna",
      "immagine di",
      "immagine d'*",
      "foto di",
      "foto d'*",
      "fotografia di",
      "foto del",
      "foto della",
      "foto dei",
      "foto do",
      "foto da",
      "foto vom",
      "photo du",
      "photo des",
      "zeichnung von",
      "gemälde von",
      "dessin d'*",
      "dessin de",
      "dibujo de",
      "desenho de",
      "disegno di",
      "dipinto di",
      "narysuj",
      "obrazek",
      // Polish: "wygeneruj zdjęcie …", "ilustracja do bajki", "obraz olejny".
      "wygeneruj zdjęci*",
      "stwórz zdjęci*",
      "utwórz zdjęci*",
      "wygeneruj obraz",
      "wygeneruj obrazek",
      "stwórz obraz",
      "ilustracj*",
      "obraz olejny",
      "obraz przedstawiający",
      "zdjęcie przedstawiające",
      "gambar",
      "ilustrasi",
      "gambarkan",
      "resim çiz",
      "resmini çiz",
      "resmi çiz",
      "resim yap",
      "resmi yap",
      "resmini yap",
      "görsel* oluştur",
      "fotoğraf* oluştur",
      "logo* tasarla",
      "çiz",
      "çizer misin",
      "بکش",
      "لوگو",
      "तस्वीर बनाओ",
      "इमेज बनाओ",
      "تصویر بکش",
      "نقاشی بکش",
      "عکس بساز",
      "画一",
      "画个",
      "图片",
      "图像",
      "插画",
      "海报",
      "壁纸",
      "रंगीन चित्र",
      "चित्र बनाओ",
      "ارسم",
      "صورة",
      "نقاشی",
      "تصویر",
    ],
    weak: [
      "image",
      "photo",
      "picture",
      "resim*",
      "görsel*",
      "तस्वीर",
      "चित्र",
      "इमेज",
      "عکس",
      "art",
      "artwork",
      "icon",
      "sticker",
      "cinematic",
      "aspect ratio",
      "--ar",
      "картин*",
      "фото",
      // Not "zdjęć" ("edytor zdjęć", an app for photos).
      "zdjęcie",
      "zdjęcia",
      "zdjęciu",
      "obraz",
      "imagen",
      "foto",
      "bild",
      "photo",
      "图",
      "照片",
    ],
  },
  writing: {
    strong: [
      "story",
      "poem",
      "essay",
      "article",
      "blog post",
      "novel",
      "lyrics",
      "song",
      "haiku",
      "limerick",
      "хокку",
      "хайку",
      "лимерик*",
      "сонет*",
      "soneto",
      "sonett",
      "sonnet",
      "sonetto",
      "screenplay",
      "speech",
      "toast",
      "fairy tale",
      "short story",
      "caption",
      "légende",
      "didascalia",
      "pie de foto",
      "bildunterschrift*",
      "video script",
      "youtube script",
      "thank-you note",
      "thank you note",
      "guide",
      "how-to guide",
      "script for",
      "post",
      "rewrite",
      "proofread",
      "рассказ*",
      "стих*",
      "эссе",
      // Not "стать" (to become), "поставщик" (a supplier).
      "статья",
      "статью",
      "статьи",
      "статей",
      "пост",
      "поста",
      "посты",
      "постов",
      "посте",
      "постом",
      "посту",
      "сказк*",
      "напиши историю",
      "придумай историю",
      "сочини историю",
      "историю про",
      "историю о",
      "историю для",
      "песн*",
      "сочинени*",
      "поздравлени*",
      "тост",
      "вірш*",
      "cuento",
      "poema",
      "ensayo",
      "artículo",
      "historia",
      "canción",
      "conto",
      "poesia",
      "redação",
      "artigo",
      "gedicht",
      "geschichte",
      "aufsatz",
      "artikel",
      "poème",
      "histoire",
      "dissertation",
      "poesia",
      "racconto",
      "discorso",
      "brindisi",
      "discurso",
      "brindis",
      "discours",
      "toast de mariage",
      "eine rede",
      "rede für",
      "rede zum",
      "rede zur",
      "hochzeitsrede",
      "trinkspruch",
      "напиши речь",
      "речь на",
      "речь для",
      "промову",
      "lebenslauf",
      "una storia",
      "storie",
      "favola",
      "canzone",
      "articolo",
      "wiersz",
      "opowiadanie",
      "wypracowanie",
      "şiir",
      "hikaye",
      "puisi",
      "cerita",
      "artikel",
      "故事",
      "诗",
      "作文",
      "文章",
      "小说",
      "歌词",
      "कविता",
      "कहानी",
      "निबंध",
      "قصيدة",
      "قصة",
      "مقال",
      "شعر",
      "داستان",
      "مقاله",
      // Not "un essai gratuit" (a free trial), "ensaio fotográfico" (a photo shoot).
      "essai sur",
      "essai argumentatif",
      "essai littéraire",
      "essai philosophique",
      "rédige un essai",
      "écris un essai",
      "ensaio sobre",
      "saggio su*",
      "esej",
      "esai",
      "есе",
      "makale",
      "مقالة",
      "लेख",
    ],
    weak: [
      "write",
      "text",
      "paragraph",
      "tweet",
      "thread",
      "bio",
      "description",
      "напиши*",
      "текст*",
      "escribe",
      "texto",
      "schreibe",
      "écris",
      "scrivi",
      "rédige*",
      "escreva",
      "napisz",
      "yaz",
      "tulis*",
      "اكتب",
      "بنویس",
      "लिखो",
      "लिखें",
      "写",
    ],
  },
  business: {
    strong: [
      "marketing*",
      "landing page",
      "ad copy",
      "ads",
      "campaign",
      "business plan",
      "pitch deck",
      "pitch",
      "go-to-market",
      "seo",
      "sales",
      "startup",
      "brand",
      "branding",
      "slogan",
      "tagline",
      "product description*",
      "product listing*",
      "описани* товар*",
      "карточк* товар*",
      "маркетплейс*",
      "descripción del producto",
      "descripción de producto",
      "descrição do produto",
      "produktbeschreibung*",
      "description produit",
      "description du produit",
      "descrizione del prodotto",
      "opis produktu",
      "value proposition",
      "competitor*",
      "pricing",
      "маркетинг*",
      "реклам*",
      "бизнес*",
      "продаж*",
      "лендинг*",
      "слоган*",
      "стартап*",
      "бренд*",
      "продвижени*",
      "просуванн*",
      "márketing",
      "negocio",
      "ventas",
      "publicidad",
      "negócio",
      "vendas",
      "werbung",
      "vertrieb",
      "geschäft*",
      "entreprise",
      "publicité",
      "ventes",
      "pubblicità",
      "vendite",
      "营销",
      "广告",
      "negocios",
      "negócios",
      "plan d'affaires",
      "businessplan",
      "plan biznesowy",
      "biznesplan",
      "iş planı",
      "pazarlama",
      "rencana bisnis",
      "bisnis",
      "pemasaran",
      "خطة عمل",
      "تسويق",
      "طرح کسب و کار",
      "طرح تجاری",
      "کسب و کار",
      "کسب‌وکار",
      "بازاریابی",
      "बिज़नेस प्लान",
      "व्यापार योजना",
      "व्यवसाय योजना",
      "मार्केटिंग",
      "бізнес*",
      "商业计划",
      "销售",
      "品牌",
      "创业",
    ],
    weak: [
      "customers",
      "clients",
      "product",
      "company",
      "strategy",
      "revenue",
      "launch",
      "shop",
      "store",
      "клиент*",
      "продукт*",
      "компани*",
      "стратеги*",
      "бюджет*",
      "budget",
      "presupuesto",
      "orçamento",
      "clientes",
      "empresa",
      "kunden",
      "produkt",
      "clients",
      "客户",
      "产品",
      "公司",
    ],
  },
  research: {
    strong: [
      "research",
      "literature review",
      "studies",
      "evidence",
      "sources",
      "citations",
      "peer-reviewed",
      "meta-analysis",
      "fact-check",
      "pros and cons",
      "compare",
      "comparison",
      "market research",
      "исследовани*",
      "источник*",
      "сравни*",
      "investigación",
      "fuentes",
      "estudios",
      "pesquisa",
      "fontes",
      "forschung",
      "quellen",
      "studien",
      "recherche",
      "études",
      "ricerca",
      "fonti",
      "badania",
      "araştırma",
      "penelitian",
      "研究",
      "文献",
      "资料",
      "对比",
      "शोध",
      "بحث",
      "پژوهش",
    ],
    weak: [
      "analyze",
      "analysis",
      "trends",
      "statistics",
      "history of",
      "impact of",
      "effects of",
      "анализ*",
      "тренд*",
      "análisis",
      "análise",
      "analyse",
      "analisi",
      "分析",
      "趋势",
    ],
  },
  learning: {
    strong: [
      "explain",
      "teach me",
      "learn",
      "learning",
      "study plan",
      "learning plan",
      "учебн* план*",
      "план* обучения",
      "навчальн* план*",
      "plan de estudio*",
      "plano de estudo*",
      "lernplan*",
      "plan d'études",
      "piano di studio",
      "plan nauki",
      "çalışma planı",
      "rencana belajar",
      "学习计划",
      "lesson",
      "tutor",
      "quiz",
      "flashcards",
      "eli5",
      "like i'm five",
      "year old",
      "for dummies",
      "understand",
      "homework",
      "объясни*",
      "научи*",
      "изучить",
      "выучить",
      "урок*",
      "поясни*",
      "explica*",
      "enséñame",
      "aprender",
      "explique*",
      "ensine",
      "erkläre*",
      "erklär",
      "lernen",
      "beibring*",
      "apprendre",
      "spiega*",
      "imparare",
      "wyjaśnij",
      "naucz",
      "açıkla",
      "jelaskan",
      "ajari",
      "解释",
      "讲解",
      "教我",
      "学习",
      "समझाओ",
      "समझाएं",
      "اشرح",
      "توضیح بده",
    ],
    weak: [
      "how does",
      "how do",
      "what is",
      "why does",
      "beginner",
      "principiante",
      "principiantes",
      "новичок",
      "начинающ*",
      "anfänger",
      "débutant*",
      "iniciante",
      "初学者",
      "零基础",
      "student",
      "course",
      "как работает",
      "что такое",
      "почему",
      "cómo funciona",
      "wie funktioniert",
      "comment fonctionne",
      "是什么",
      "为什么",
      "原理",
    ],
  },
};

/**
 * The cues as matchers, built on first use. Not regexes: V8 compiled the 20
 * regexes of these lists (hundreds of alternatives with Unicode classes) on
 * their first use for each kind of text, 47-75 ms for a process's first
 * Latin or Cyrillic prompt, and kept more memory after (docs/PERFORMANCE.md,
 * "Ninth pass").
 */
const patterns = lazy(() =>
  Object.fromEntries(
    Object.entries(CUES).map(([id, cues]) => [id, {
      strong: termMatcher(cues.strong),
      weak: termMatcher(cues.weak),
    }]),
  ) as Record<
    Exclude<CategoryId, "general">,
    { strong: TermMatcher; weak: TermMatcher }
  >
);

/**
 * Cues saying the user wants to learn ("help me learn javascript", "a study
 * plan for python"): the language or field named beside them is what to
 * learn, so they outweigh it by a weak cue. Only the user's own wish or an
 * imperative: a bare "learn" is often about someone else ("email to
 * customers: learn about our features", "a tutor bot that helps kids learn
 * math", "изучить рынок"). "explain" and "learning" are not among them either:
 * "explain this code" is coding, "machine learning" is a field.
 */
const LEARN_INTENT = [
  "teach me",
  "help me learn",
  "want to learn",
  "like to learn",
  "need to learn",
  "study plan",
  "learning plan",
  "учебн* план*",
  "план* обучения",
  "навчальн* план*",
  "научи*",
  "хочу выучить",
  "хочу изучить",
  "plan de estudio*",
  "enséñame",
  "quiero aprender",
  "plano de estudo*",
  "ensine",
  "quero aprender",
  "lernplan*",
  // "bring mir … bei", as read by scoreCategories(): a bare "bring mir" is
  // "bring me" ("Bring mir 10 Ideen…").
  "beibring*",
  "will lernen",
  "möchte lernen",
  "plan d'études",
  "apprends-moi",
  "je veux apprendre",
  "piano di studio",
  "insegnami",
  "voglio imparare",
  "plan nauki",
  "naucz",
  "çalışma planı",
  "rencana belajar",
  "ajari",
  "学习计划",
  "教我",
];

const learnIntent = lazy(() => termMatcher(LEARN_INTENT));

/**
 * How a picture is framed, shot or styled ("wide shot", "85mm", "estilo
 * cinematográfico"): a visual, still or moving. Worth {@linkcode VISUAL}
 * points, enough for "a red car, wide shot" to be a picture, not enough to
 * beat one strong cue of another kind. They go to video when its cues
 * already lead, else to image. A bare scene without one ("a cat on a roof at
 * sunset") stays general: it may as well be a story.
 */
const VISUAL_CUES = [
  "wide shot",
  "wide-angle shot",
  "wide angle shot",
  "wide-angle lens",
  "close-up shot",
  "close-up of",
  "closeup of",
  "macro shot",
  "low-angle shot",
  "low angle shot",
  "aerial view",
  "bird's-eye view",
  "24mm",
  "35mm",
  "50mm",
  "85mm",
  "bokeh",
  "depth of field",
  "cinematic lighting",
  "cinematic style",
  "studio lighting",
  "golden hour lighting",
  "hyperrealistic",
  "hyper-realistic",
  "ultra-realistic",
  "ultra realistic",
  "octane render",
  "estilo cinematográfico",
  "estilo cinematografico",
  "plano general",
  "plano aberto",
  "gran angular",
  "grande angular",
  "stile cinematografico",
  "grandangolo",
  "style cinématographique",
  "gros plan",
  "grand angle",
  "weitwinkel*",
  "nahaufnahme",
  "крупный план",
  "крупным планом",
  "широкоугольн*",
  "кинематографичн*",
  "кінематографічн*",
  "великим планом",
  "ширококутн*",
  "zbliżenie",
  "w zbliżeniu",
  "szeroki kadr",
  "szerokim kadrze",
  "szerokokątn*",
  "z lotu ptaka",
  "sinematik",
  "geniş açı*",
  "yakın çekim",
  "广角",
  "特写",
  "电影感",
  "सिनेमैटिक",
];

const VISUAL = 2;

const visualCues = lazy(() => termMatcher(VISUAL_CUES));

/** A lens or film named as a camera to buy ("a 35mm film camera"): no framing. */
const CAMERA_TO_BUY =
  /\b\d+\s?mm\s+(?:film\s+)?(?:cameras?|lens(?:es)?\s+(?:to buy|for))\b/gi;

/**
 * A picture's kind given as a label, before a colon ("Photo: an old
 * fisherman") or after the scene ("a red fox in the snow, image"), as
 * "photo of" would.
 */
const PICTURE_LABEL =
  /^\s*(?:image|picture|photo|illustration|imagen|imagem|bild|foto|immagine|фото|картинка|изображение|зображення|gambar|resim|görsel|عکس|تصویر|صورة|图片|照片|画像)\s*[:：]|[,;:：，–—-]\s*(?:an?\s+)?(?:image|picture|photo|photograph|illustration|drawing|painting|imagen|imagem|bild|foto|immagine|фото|картинка|изображение|зображення|gambar|resim|görsel|عکس|تصویر|صورة|图片|照片|画像)\s*[.!]?\s*$/iu;

/**
 * Whether a picture's kind labels the text ({@linkcode PICTURE_LABEL}), and
 * a scene follows: not "Image: how to upload pictures to my website" or
 * "Photo: tips for a beginner photographer", a question or a request.
 */
function labelsAPicture(prose: string): boolean {
  const label = PICTURE_LABEL.exec(prose);
  if (label === null) return false;
  if (label.index > 0) return true;
  return !NO_SCENE.test(prose.slice(label[0].length));
}

/** What follows a label when it is no scene: a question, a request, advice. */
const NO_SCENE =
  /^\s*(?:how|what|why|when|where|which|who|tips?|ideas?|advice|guide|summar\p{L}*|write|explain|list|help|the\s+history|как|что|почему|зачем|советы|идеи|cómo|qué|por\s+qué|consejos|wie|was|warum|tipps|comment|pourquoi|conseils|come|perché|consigli)(?![\p{L}])|\?\s*$/iu;

/**
 * A question or a comparison about lenses and cameras ("should I buy a 50mm
 * or 85mm lens?", "compare 50mm vs 85mm for portraits"): the framing words
 * in it frame no picture.
 */
const ABOUT_GEAR =
  /(?<![\p{L}])(?:lens(?:es)?|objektiv\p{L}*|объектив\p{L}*|cameras?)(?![\p{L}])[^.!]*\?\s*$|^\s*(?:should|which|what|is|are|do|does|can|recommend|compare)(?![\p{L}])[^.]*(?<![\p{L}])(?:lens(?:es)?|cameras?|objektiv\p{L}*|объектив\p{L}*)(?![\p{L}])|\d+\s?mm\s+(?:vs\.?|versus|or)\s+\d+\s?mm|^\s*compare\s+\d+\s?mm/iu;

/**
 * Russian and Ukrainian "фото" opening the text before what it shows, in the
 * genitive ("фото старого рыбака", "сгенерируй фото кота"): "photo of". Not
 * "фото для паспорта" or "фото редактор".
 */
const PHOTO_OF_SLAVIC =
  /^\s*(?:(?:сгенерируй|создай|сделай|згенеруй|створи|зроби)(?:те)?\s+)?(?:фото|фотографи[юя]|фотку)\s+(?!(?:и|или|а|но|для|к|с|со|на|в|во|по|из|от|та|і|або|з|до|у)(?![\p{L}]))\p{L}*(?:ого|его|ой|ей|ых|их|ов|ев|а|я|и|ы)(?![\p{L}])/iu;

/**
 * Polish "zdjęcie" opening the text before what it shows, in the genitive
 * ("zdjęcie starego rybaka", "wygeneruj zdjęcie kota"): "photo of". Not
 * "zdjęcie do paszportu", "zdjęcie profilowe", nor a taking off: "zdjęcie
 * blokady", "zdjęcie gipsu", "zdjęcie szwów".
 */
const PHOTO_OF_POLISH =
  /^\s*(?:(?:wygeneruj|stwórz|utwórz|zrób|pokaż)\s+(?:mi\s+)?)?(?:zdjęcie|fotografię|fotkę)\s+(?!(?:i|oraz|lub|albo|a|ale|do|dla|z|ze|na|w|we|od|po|przy|o|u|jest|to)(?![\p{L}]))(?!(?:blokad|zakaz|sankcj|embarg|ogranicze|obowiązk|kar|klątw|gips|szw|opatrunk|zabezpiecze|zawieszeni)\p{L}*)\p{L}*(?:ego|iej|ej|ych|ich|ów|a|u|y|i)(?![\p{L}])/iu;

/** The cue lists of each category, for the tests. */
export function categoryCues(): Readonly<
  Record<string, { strong: readonly string[]; weak: readonly string[] }>
> {
  return CUES;
}

const FENCED_CODE = /^(`{3,}|~{3,})([^\n]*)\n[^]*?^\1[ \t]*$/gm;
const SQL_CODE =
  /\b(?:select\s[^;]*\bfrom|create table|insert into|update\s+\w+\s+set)\b/i;

/**
 * The category a rough prompt belongs to, with a confidence. A code block
 * counts as coding (or data when it is SQL); otherwise cue words in 15
 * languages decide, strong ones worth three weak ones. No cue: "general"
 * with confidence 0.
 *
 * @example
 * ```ts
 * detectCategory("нарисуй кота в космосе").category; // "image"
 * detectCategory("plan a trip to Rome").category; // "general"
 * ```
 */
export function detectCategory(text: string): CategoryGuess {
  const scores = scoreCategories(text);
  const ranked = (Object.keys(CUES) as CategoryId[])
    .map((category) => ({ category, score: scores.get(category) ?? 0 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  const [top, second] = ranked;
  if (top === undefined || top.score < MIN_SCORE) {
    return { category: "general", confidence: 0, scores: ranked };
  }
  const margin = top.score - (second?.score ?? 0);
  const confidence = round(
    Math.min(1, top.score / 6) * (margin / top.score),
  );
  return { category: top.category, confidence, scores: ranked };
}

/**
 * The same in other languages: "une légende pour ma photo de plage", "una
 * didascalia per la foto", "pie de foto", "подпись к фото", "Bildunterschrift
 * für ein Foto" (not "… for an AI image generator").
 */
const TEXT_FOR_A_PICTURE_ELSEWHERE =
  /(?<![\p{L}])(pies? de fotos?|légendes?|texte alternatif|titres?|commentaires?|didascali[ae]|titol[oi]|comment[oi]|testo alternativo|leyendas?|títulos?|comentarios?|descripci[oó]n|legendas?|comentários?|descriç(?:ão|ões)|bildunterschrift(?:en)?|titel|kommentare?|alt-text|подпис[ьи]|заголов(?:ок|ки)|х[еэ]штеги|комментари[йи]|описани[ея]|کپشن|توضیح|عنوان)\s+(?:pour|à|per|para|für|zu|к|для|برای)\s+(?:(?:une?|la|le|les|l'|ma|mon|mes|cette|ce|una?|il|lo|i|gli|mia|mio|mie|miei|questa|questo|el|las|los|mi|mis|esta|este|uma?|o|as|os|minha|meu|minhas|meus|essa|esse|ein(?:e|en|em)?|die|das|den|dem|mein(?:e|en|em)?|dies(?:e|es|en)?|мо(?:ему|ей|им|ё|е)|эт(?:ому|ой|им|о))\s*)?(?:[\p{L}-]+\s+)?(?:photos?|images?|vidéos?|fotos?|fotograf(?:ía|ia)s?|immagin[ei]|imágen(?:es)?|imagen|imagens?|imagem|vídeos?|videos?|reels?|bild(?:er|ern)?|фото(?:графи\p{L}*)?|картинк\p{L}*|изображени\p{L}*|видео|рилс\p{L}*|عکس[\p{L}\u200c]*|تصویر[\p{L}\u200c]*)(?![\p{L}])(?!\s+(?:generator|générateur|generador|gerador|generatore|генератор\p{L}*|IA|AI|KI|ИИ)(?![\p{L}]))|(?<![\p{L}])(pies? de fotos?)(?![\p{L}])/giu;

/** Text written for a picture or a video (English): "a caption for a photo of…". */
const TEXT_FOR_A_PICTURE =
  /\b(captions?|alt text|titles?|hashtags|comments?)\s+(?:for|to)\s+(?:(?:a|an|the|my|our|this|that)\s+)?(?!ai\b)(?:[\w-]+\s+)?(?:photo|picture|image|video|reel|clip|pic)s?\b(?!\s+(?:generator|model|prompt))/gi;

/**
 * "Draw" that draws no picture: "altını çiz" (underline), "plan çiz", "yol
 * haritası çiz" (draw up), "grafik çiz" (a chart); "نفس عمیق بکش" (take a
 * deep breath), "زحمت بکش", "دراز بکش", "سیگار بکش", "طول بکشد".
 */
const DRAW_IDIOMS =
  /(?<![\p{L}])(?:altını|plan(?:ı|ını)?|yol\s+haritası(?:nı)?|grafi(?:k|ği|ğini)|tablo(?:yu)?|şema(?:yı)?|strateji(?:yi)?|sınır(?:ı)?)\s+çiz(?![\p{L}])|(?<![\p{L}])(?:نفس(?:\s+عمیق)?|زحمت|دراز|سیگار|خجالت|انتظار|طول|درد|سختی|رنج|منت|دست|خط)\s+(?:ب|می‌?)?کش\p{L}*/giu;

/** "Bring mir Englisch bei", "bringt uns bitte bei, wie…": "teach me/us". */
const TEACH_ME_GERMAN =
  /(?<![\p{L}])bring(?:e|t)?\s+(?:mir|uns|ihm|ihr|meine[mnr]?\s+\p{L}+)\s+([^.?!\n]{0,80}?)\s*bei(?![\p{L}])/giu;

/**
 * A table as the answer's form ("output as a table with name and
 * description", "in a markdown table with columns for…"): how to lay the
 * answer out, not data work. It counts once, as "table", however many
 * columns and rows the rest of its clause names.
 */
const TABLE_AS_FORMAT =
  /\b(?:(?:as|in|into)\s+(?:an?\s+|the\s+|one\s+)?(?:(?:simple|markdown|html|short|neat|clean|two-column|\d+-column)\s+)?tables?|in\s+(?:a\s+)?(?:table|tabular)\s+(?:form|format|layout|view)|(?:table|tabular)\s+(?:form|format|layout))\b([^.;!?\n]*)/gi;

/** "name and description columns" in a table's clause: its layout. */
const COLUMNS_OR_ROWS = /\b(?:columns?|rows?)\b/gi;

/**
 * Where a Latin word touches a Chinese or Japanese character: "SQL查询",
 * "用python写". Cue words are matched as whole words, and a Han character
 * is a letter, so these get a space first.
 */
const LATIN_BESIDE_HAN =
  /(?<=[a-z0-9+#])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?=[a-z0-9])/giu;

function scoreCategories(rough: string): Map<CategoryId, number> {
  const scores = new Map<CategoryId, number>();
  const text = rough.replace(LATIN_BESIDE_HAN, " ");
  const fences = [...text.matchAll(FENCED_CODE)];
  // "2 years of Excel and SQL experience" in a cover letter request is who
  // the user is, not what they ask for.
  // A caption for a photo is text about a picture: the photo does not count.
  const prose = text.replace(FENCED_CODE, " ").replace(passingSkills(), " ")
    .replace(TEXT_FOR_A_PICTURE, "$1")
    // In other languages, the text's own word ("подпись", "titre") may be no
    // cue for writing: what it is, a caption, is.
    .replace(TEXT_FOR_A_PICTURE_ELSEWHERE, "$1$2 caption;")
    .replace(TEACH_ME_GERMAN, "beibringen $1")
    .replace(
      TABLE_AS_FORMAT,
      (_, rest: string) => ` table${rest.replace(COLUMNS_OR_ROWS, " ")}`,
    )
    .replace(DRAW_IDIOMS, " ")
    .replace(CAMERA_TO_BUY, " camera");
  for (const fence of fences) {
    const sql = /^sql$/i.test(fence[2].trim()) || SQL_CODE.test(fence[0]);
    add(scores, sql ? "data" : "coding", 2 * STRONG);
  }
  for (const [id, pattern] of Object.entries(patterns())) {
    const category = id as CategoryId;
    add(scores, category, STRONG * pattern.strong.distinct(prose));
    add(scores, category, WEAK * pattern.weak.distinct(prose));
  }
  if (learnIntent().distinct(prose) > 0) add(scores, "learning", WEAK);
  if (
    labelsAPicture(prose) || PHOTO_OF_SLAVIC.test(prose) ||
    PHOTO_OF_POLISH.test(prose)
  ) {
    add(scores, "image", STRONG);
  }
  // A question about framing ("what is bokeh", "should I buy a 50mm or
  // 85mm lens?") is a lesson or a purchase, not a picture.
  const visual = scores.has("learning") || ABOUT_GEAR.test(prose)
    ? 0
    : visualCues().distinct(prose);
  const moving = (scores.get("video") ?? 0) > (scores.get("image") ?? 0);
  add(scores, moving ? "video" : "image", VISUAL * visual);
  return scores;
}

function add(scores: Map<CategoryId, number>, id: CategoryId, points: number) {
  if (points > 0) scores.set(id, (scores.get(id) ?? 0) + points);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
