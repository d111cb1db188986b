/**
 * The offline enhancer for image and video prompts: the user's description,
 * without the request around it ("draw me …"), laid out for the target —
 * Midjourney prose with parameters, Stable Diffusion weighted tags with a
 * negative prompt, natural prose, or numbered shots. It adds no style,
 * lighting or detail the user did not give; what is missing becomes a note.
 * A revision offline writes a variant: more detail asks for each missing
 * aspect with a placeholder, another version swaps prose and tags (or shots
 * and one paragraph), and shorter drops the standard negative prompt.
 *
 * @module
 */

import { lazyGroup } from "../util/lazy.ts";
import type { PromptNotes } from "./answer.ts";
import { type AspectId, fill, type Lexicon } from "./lexicon.ts";
import type { Sentence } from "./sentences.ts";
import type { OfflineVariant } from "./offline_text.ts";
import type { TargetId } from "./targets.ts";
import {
  germanSubject,
  polishSubject,
  russianSubject,
  ukrainianSubject,
} from "./subject_case.ts";
import { termMatcher, terms } from "./terms.ts";

/** Every value this module builds on first use; see {@linkcode warmUpVisual}. */
const lazy = lazyGroup();

/** What the visual writers need. */
export interface VisualInput {
  /** The rough prompt, for when no sentence describes anything (e.g. only code). */
  readonly rough: string;
  readonly sentences: readonly Sentence[];
  readonly lexicon: Lexicon;
  /** Of the notes beside the prompt; defaults to `lexicon`. */
  readonly notesLexicon?: Lexicon;
  readonly target: TargetId;
  /** Answers to the offline questions: style, mood, aspect, camera, duration. */
  readonly answers: Readonly<Partial<Record<string, string>>>;
  /** Default "standard". */
  readonly variant?: OfflineVariant;
}

/** A written visual prompt. */
export interface VisualPrompt {
  readonly prompt: string;
  readonly notes: PromptNotes;
}

// ---------------------------------------------------------------- reading

// The patterns built from lists are built on first use: compiling them costs
// start-up time. None of them is global, so sharing one keeps no state.
// Each word of a request ends where a word does: "draw something" keeps
// "something", "нарисуй собаку" keeps "собаку", "zeichne einen" is not "ein".
const W = "(?![\\p{L}\\p{M}\\p{N}])";
const REQUEST_PREFIX_SOURCE =
  "^(?:(?:please|pls|пожалуйста|por favor|bitte|s'il te plaît|per favore|请)[\\s,]+)?(?:" +
  [
    "(?:can|could) you (?:please )?",
    "i (?:want|need|would like) ",
    "",
  ].join("|") + ")(?:" + [
    "(?:draw|generate|create|make|paint|render|design|illustrate|imagine|give me|show me|produce|film|shoot|animate)" +
    W + "(?: me" + W + ")?(?: (?:an?|the|some)" + W +
    ")?(?: (?:image|picture|photo|illustration|painting|drawing|render|artwork|art|wallpaper|video|clip|animation|scene|shot|footage)s?" +
    W + "(?: (?:of|showing|with|where|about)" + W + ")?)?",
    "(?:an? )?(?:image|picture|photo|video|clip|illustration) of" + W,
    // "une photo d'un phare…", "una foto di un faro…", "ein Bild von einem
    // Fuchs…": only before an indefinite article, which the subject keeps
    // ("una foto del mare" is a photo of the sea, kept whole).
    "(?:(?:une?|una?|um|uma|ein(?:e|en)?) |un')?(?:image|photo|illustration|imagen|ilustración|foto|fotografía|imagem|ilustração|fotografia|immagine|illustrazione|Bild|Illustration|Video|vidéo|vídeo) (?:de |di |d'|von )(?=(?:une?|una?|uno|unos|unas|um|uma|des|einem|einer|ein|eine)[\\s'])",
    // "a midjourney prompt for a city at night": the prompt is this answer.
    // Not "prompt with neon lights…" or "Prompt of the day: …": a verb, an
    // article or a model's name comes first.
    "(?:(?:write|give|create|make|generate)(?: me)? (?:an? |the )?(?:(?:midjourney|dall-?e(?: ?3)?|flux|stable diffusion|sdxl|sora|runway|veo|kling|image|video|photo) )?|(?:an? |the )(?:(?:midjourney|dall-?e(?: ?3)?|flux|stable diffusion|sdxl|sora|runway|veo|kling|image|video|photo) )?|(?:midjourney|dall-?e(?: ?3)?|flux|stable diffusion|sdxl|sora|runway|veo|kling) )prompt (?:for|of|showing)" +
    W,
    "(?:нарисуй|сгенерируй|создай|сделай|покажи|сними|придумай)(?:те)?" + W +
    "(?: (?:мне|пожалуйста)" + W +
    ")?(?: (?:картинку|изображение|иллюстрацию|фото|рисунок|видео|ролик|клип)" +
    W + ")?(?: (?:с|про|где|на которой|на котором)" + W + ")?",
    "(?:намалюй|згенеруй|створи|зроби|зніми)(?:те)?" + W +
    "(?: (?:мені|будь ласка)" + W +
    ")?(?: (?:картинку|зображення|ілюстрацію|фото|малюнок|відео|ролик|кліп)" +
    W + ")?(?: (?:з|із|зі|про|де|на якій|на якому)" + W + ")?",
    "(?:dibuja|genera|crea|haz|diseña)(?:me)?" + W + "(?: (?:una|un)" + W +
    ")?(?: (?:imagen|ilustración|foto|dibujo|vídeo|video|clip)" + W +
    ")?(?: (?:de|con|sobre)" + W + ")?",
    "(?:desenhe|gere|crie|faça)" + W + "(?: (?:uma|um)" + W +
    ")?(?: (?:imagem|ilustração|foto|vídeo)" + W + ")?(?: (?:de|com)" + W +
    ")?",
    "(?:zeichne|generiere|erstelle|mache?)" + W + "(?: mir" + W +
    ")?(?: (?:ein|eine|einen)" + W +
    ")?(?: (?:Bild|Illustration|Foto|Video|Clip)" + W + ")?(?: (?:von|mit)" +
    W + ")?",
    "(?:dessine|génère|crée|fais)(?:-moi)?" + W + "(?: (?:une|un)" + W +
    ")?(?: (?:image|illustration|photo|vidéo)" + W + ")?(?: (?:de" + W +
    "|d'|avec" + W + "))?",
    "(?:disegna|genera|crea|fai)(?:mi)?" + W + "(?: (?:una|un)" + W +
    ")?(?: (?:immagine|illustrazione|foto|video)" + W + ")?(?: (?:di|con)" + W +
    ")?",
    "(?:narysuj|wygeneruj|stwórz|zrób)" + W +
    "(?: (?:obrazek|obraz|ilustrację|zdjęcie|wideo|film)" + W + ")?",
    "(?:gambarkan|gambar|buat|buatkan|hasilkan)" + W +
    "(?: (?:gambar|ilustrasi|foto|video)" + W + ")?(?: (?:tentang|dari)" + W +
    ")?",
    // Not "صورة" before an attached "ل" ("صورة لقطة"): which word it
    // joins is not told apart, so the words stay.
    "(?:ارسم|أنشئ|اصنع|صمم)" + W + "(?: لي" + W + ")?(?: (?:صورة|رسمة|لوحة)" +
    W + "(?!\\s+ل))?",
    // "给我画…", "帮我生成…", "请你为我画…": the one it is for goes too.
    "(?:请|麻烦)?(?:你)?(?:给我|帮我|为我|替我)?(?:画|生成|创建|做|制作)(?:一(?:张|幅|个|段|支))?(?:关于)?",
    // "یک تصویر از یک شهر": "an image of" (a photo, "عکس", stays).
    "(?:یک )?تصویر(?:ی)? از" + W,
  ].join("|") + ")[\\s:,]*";
const requestPrefix = lazy(() => new RegExp(REQUEST_PREFIX_SOURCE, "iu"));

const NEGATIVE_PHRASE =
  /(?:^|,\s*|\s+)(?:no|without|avoid(?:ing)?|exclud(?:e|ing)|(?:do not|don't) (?:include|show|add)|без|sin|sem|ohne|keine?n?|sans|pas de|senza|bez|tanpa|не показывай)\s+(?:any\s+)?([^\s,.;!?，。]+(?:\s+[^\s,.;!?，。]+){0,3}?)(?=\s*(?:[,.;!?，。\n]|$))/giu;
const HAN_NEGATIVE =
  /(?:不要|没有|无)([\p{Script=Han}]{1,6}?)(?=[，。、；]|$)/gu;

const RATIO =
  /(?:,?\s*(?:--ar\s+|aspect ratio\s*:?\s*|соотношение(?: сторон)?\s*:?\s*))?(?<!\d|\d\.)(\d{1,2})\s*[:×]\s*(\d{1,2})(?!\d|\.\d)(?:\s+aspect ratio)?/giu;
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
const ORIENTATION_TERMS: readonly (readonly [readonly string[], string])[] = [
  [
    [
      "square",
      "квадрат*",
      "cuadrad*",
      "quadrad*",
      "quadratisch*",
      "carré*",
      "quadrat*",
      "kwadrat*",
      "方形",
      "正方形",
      "instagram post",
      "avatar",
      "profile picture",
    ],
    "1:1",
  ],
  [
    [
      "vertical",
      "portrait orientation",
      "phone wallpaper",
      "instagram story",
      "stories",
      "reels",
      "tiktok",
      "вертикальн*",
      "hochformat",
      "verticale",
      "pionow*",
      "竖屏",
      "竖版",
      "手机壁纸",
    ],
    "9:16",
  ],
  [
    [
      "horizontal",
      "landscape orientation",
      "widescreen",
      "desktop wallpaper",
      "youtube thumbnail",
      "banner",
      "горизонтальн*",
      "querformat",
      "orizzontale",
      "poziom*",
      "横屏",
      "横版",
      "电脑壁纸",
    ],
    "16:9",
  ],
];
/**
 * "a vertical garden", "vertical stripes", "a town square at night", "Red
 * Square in Moscow": the shape of a thing in the picture, not of the picture
 * ("vertical", "a square logo", "вертикальное фото" are).
 */
const SHAPE_OF_A_THING =
  /(?<![\p{L}])(?:vertical|horizontal|square|вертикальн\p{L}*|горизонтальн\p{L}*|квадратн\p{L}*)(?=\s+(?!(?:format|orientation|aspect|ratio|image|picture|photo|poster|video|clip|shot|frame|composition|crop|wallpaper|banner|version|layout|canvas|print|thumbnail|avatar|icon|logo|post|story|формат\p{L}*|фото\p{L}*|картинк\p{L}*|изображени\p{L}*|видео|ролик\p{L}*|постер\p{L}*|обо[ия]|кадр\p{L}*|ориентаци\p{L}*|аватар\p{L}*|логотип\p{L}*)(?![\p{L}]))\p{L})/giu;

const orientations = lazy(() =>
  ORIENTATION_TERMS.map(([list, value]) => [terms(list), value] as const)
);

const MJ_PARAM =
  /(?:^|\s)--([a-z]+)(?:\s+([^\s-][^\s]*(?:,\s*[^\s-][^\s]*)*))?/gi;
const WORDED_PARAM = /\b(stylize|chaos)\s+(\d{1,4})\b/gi;

const durationPattern = lazy(() =>
  new RegExp(
    "(?<![\\p{L}\\d])(\\d{1,3})[\\s-]*(?:seconds?|secs?|s|сек(?:унд[аы]?)?|segundos?|Sekunden|secondes?|secondi|sekund[y]?|saniye|detik|ثانية|ثانیه|सेकंड|秒(?:钟)?)(?![\\p{L}])",
    "iu",
  )
);

/** Style words by family, to tell the user when two of them clash. */
const STYLE_FAMILY_TERMS: readonly (readonly [string, readonly string[]])[] = [
  [
    "photo",
    [
      "photo",
      "photograph",
      "photography",
      "photorealistic",
      "hyperrealistic",
      "realistic photo",
      "photographi*",
      "фото",
      "фотореал*",
      "фотографи*",
      "фотографі*",
      "світлин*",
      "foto",
      // fotografía, fotografia, Fotografie, fotografi; fotoğraf, fotoğrafı.
      "fotografi*",
      // Not "fotoğrafçı", a photographer.
      "fotoğraf",
      "fotoğrafı",
      "fotoğrafını",
      "fotoğrafın",
      "fotoğrafta",
      "fotoğraflar*",
      "fotoğrafik",
      "zdjęci*",
      "عکس",
      "فوتوغرافي*",
      "फ़ोटो",
      "फोटो",
      "fotorrealista",
      "fotorealista",
      "fotorealistisch",
      "photoréaliste",
      "照片",
      "写实",
      "摄影",
    ],
  ],
  [
    "painting",
    [
      "watercolor",
      "watercolour",
      "oil painting",
      "acrylic",
      "gouache",
      "impressionist",
      "акварел*",
      "маслом",
      "маслян*",
      "acuarela",
      "aquarela",
      "óleo",
      "aquarell*",
      "ölgemälde",
      "aquarelle",
      "peinture à l'huile",
      "acquerello",
      "pittura a olio",
      "akwarel*",
      "olejn*",
      "ölgemälde*",
      "ölfarbe*",
      "à l'huile",
      "a olio",
      "ad olio",
      "a óleo",
      "олійн*",
      "олією",
      "yağlı boya",
      "yağlıboya",
      "suluboya",
      "sulu boya",
      "cat air",
      "cat minyak",
      "آبرنگ",
      "رنگ روغن",
      "ألوان مائية",
      "بالألوان المائية",
      "ألوان زيتية",
      "لوحة زيتية",
      "जलरंग",
      "वॉटरकलर",
      "ऑयल पेंटिंग",
      "水彩",
      "油画",
      "水墨",
    ],
  ],
  [
    "drawing",
    [
      "sketch",
      "pencil drawing",
      "charcoal",
      "line art",
      "ink drawing",
      "скетч",
      "карандаш*",
      "эскиз*",
      "ескіз*",
      "олівц*",
      "олівець",
      "boceto",
      "a lápiz",
      "carboncillo",
      "esboço",
      "a lápis",
      "skizze",
      "bleistift*",
      "kohlezeichnung*",
      "croquis",
      "au crayon",
      "fusain",
      "schizzo",
      "a matita",
      "carboncino",
      "szkic*",
      "ołówk*",
      "karakalem",
      "kara kalem",
      "eskiz",
      "sketsa",
      "سیاه‌قلم",
      "طراحی با مداد",
      "رسم بالقلم",
      "بقلم الرصاص",
      "स्केच",
      "素描",
      "线稿",
    ],
  ],
  [
    "3d",
    [
      "3d render",
      "3d",
      "blender",
      "octane render",
      "cgi",
      "unreal engine",
      "3д",
    ],
  ],
  [
    "anime",
    [
      "anime",
      "manga",
      "аниме",
      "аніме",
      "манга",
      "انیمه",
      "أنمي",
      "انمي",
      "एनीमे",
      "动漫",
      "二次元",
      "日漫",
    ],
  ],
  [
    "cartoon",
    [
      "cartoon",
      "comic",
      "pixar",
      "disney",
      "мультяшн*",
      "мультфильм*",
      "мультфільм*",
      "dibujos animados",
      "caricatura",
      "desenho animado",
      "cartone animato",
      "dessin animé",
      "zeichentrick*",
      "kreskówk*",
      "çizgi film*",
      "kartun",
      "كرتوني*",
      "رسوم متحركة",
      "कार्टून",
      "卡通",
    ],
  ],
  ["pixel", ["pixel art", "пиксель-арт", "пиксельн*", "像素"]],
  [
    "vector",
    [
      "vector",
      "flat illustration",
      "flat design",
      "вектор*",
      "vectorial",
      "vetorial",
      "vectoriel*",
      "vettorial*",
      "vektor*",
      "wektor*",
      "vektör*",
      "矢量",
      "扁平",
    ],
  ],
];
const styleFamilies = lazy(() =>
  STYLE_FAMILY_TERMS.map(([family, list]) =>
    [family, termMatcher(list)] as const
  )
);
const CLASHES = new Set([
  "photo:painting",
  "photo:drawing",
  "photo:3d",
  "photo:anime",
  "photo:cartoon",
  "photo:pixel",
  "photo:vector",
  "3d:painting",
  "3d:drawing",
  "3d:pixel",
  "3d:vector",
  "painting:pixel",
  "drawing:pixel",
  "pixel:vector",
]);

/**
 * Light and time of day in the 15 languages. Not "night" alone ("a poster
 * for a jazz night", "ночной клуб", "gece kulübü", "boîte de nuit"), nor a
 * light-coloured thing ("светлый", "світлий"): the light itself, a time of
 * day, or the word for lighting.
 */
const LIGHTING_TERMS = [
  "golden hour",
  "blue hour",
  "magic hour",
  "sunset",
  "sunrise",
  "dawn",
  "dusk",
  "twilight",
  "at night",
  "night sky",
  "nighttime",
  "night-time",
  "moonlit",
  "moonlight",
  "candlelight",
  "candlelit",
  "candle light",
  "neon",
  "neon-lit",
  "lighting",
  "studio light*",
  "soft light*",
  "natural light*",
  "warm light*",
  "morning light",
  "evening light",
  "sunlight",
  "sunlit",
  "backlit",
  "backlight*",
  "rim light*",
  "dramatic light*",
  "cinematic lighting",
  "volumetric light*",
  "god rays",
  "chiaroscuro",
  "overcast",
  // ru
  "закат*",
  "рассвет*",
  "восход* солнц*",
  "сумерк*",
  "на заре",
  "ночью",
  "в ночи",
  "ночн* неб*",
  "неон*",
  "освещени*",
  "подсветк*",
  "контражур*",
  "золот* час",
  "золот* часа",
  "золот* часе",
  "золот* часу",
  "син* час",
  "при свечах",
  "свет* свеч*",
  "при луне",
  ...nounAfter(
    [
      "мягк*",
      "естественн*",
      "студийн*",
      "контров*",
      "драматичн*",
      "тёпл*",
      "тепл*",
      "холодн*",
      "лунн*",
      "рассеянн*",
      "солнечн*",
      "утренн*",
      "вечерн*",
      "заднем",
      "задний",
      "неонов*",
    ],
    ["свет", "света", "свете", "светом"],
  ),
  // uk
  "захід сонц*",
  "заход* сонц*",
  "схід сонц*",
  "сход* сонц*",
  "світан*",
  "сутінк*",
  "на зорі",
  "вночі",
  "уночі",
  "нічн* неб*",
  "освітленн*",
  "підсвітк*",
  "золот* година",
  "золот* години",
  "золот* годину",
  "золот* годині",
  "при свічках",
  "світл* свіч*",
  ...nounAfter(
    [
      "м'як*",
      "мʼяк*",
      "м’як*",
      "природн*",
      "студійн*",
      "контров*",
      "драматичн*",
      "тепл*",
      "холодн*",
      "місячн*",
      "розсіян*",
      "сонячн*",
      "ранков*",
      "вечірн*",
      "неонов*",
    ],
    ["світло", "світла", "світлі", "світлом"],
  ),
  // es, pt
  "atardecer",
  "amanecer",
  "anochecer",
  "puesta de sol",
  "puesta del sol",
  "ocaso",
  "crepúsculo",
  "de noche",
  "por la noche",
  "cielo nocturno",
  "hora dorada",
  "hora mágica",
  "hora azul",
  "contraluz",
  "iluminación",
  "iluminad*",
  "neón",
  "luz de velas",
  "luz de las velas",
  "luz de vela",
  "luz de luna",
  "luz de la luna",
  "pôr do sol",
  "pôr-do-sol",
  "por do sol",
  "nascer do sol",
  "amanhecer",
  "entardecer",
  "anoitecer",
  "alvorada",
  "à noite",
  "de noite",
  "céu noturno",
  "hora dourada",
  "iluminação",
  "luar",
  "luz da lua",
  ...nounBefore(["luz"], [
    "suave",
    "natural",
    "dramática",
    "cálida",
    "quente",
    "fría",
    "fria",
    "difusa",
    "tenue",
    "dorada",
    "dourada",
    "solar",
    "del sol",
    "do sol",
    "de estudio",
    "de estúdio",
    "de neón",
    "neón",
    "de la mañana",
    "da manhã",
  ]),
  // de
  "sonnenuntergang*",
  "sonnenaufgang*",
  "dämmerung",
  "abenddämmerung",
  "morgendämmerung",
  "morgengrauen",
  "abendrot",
  "morgenrot",
  "nachts",
  "bei nacht",
  "in der nacht",
  "nachthimmel",
  "golden* stunde",
  "blau* stunde",
  "beleuchtung*",
  "beleuchtet*",
  "gegenlicht*",
  "kerzenlicht*",
  "kerzenschein*",
  "mondlicht*",
  "mondschein*",
  "neonlicht*",
  "studiolicht*",
  "tageslicht*",
  "sonnenlicht*",
  "abendlicht*",
  "morgenlicht*",
  "streiflicht*",
  ...nounAfter(
    ["weich*", "natürlich*", "warm*", "dramatisch*", "diffus*", "gedämpft*"],
    ["licht", "lichts"],
  ),
  // fr
  "coucher de soleil",
  "coucher du soleil",
  "lever du soleil",
  "lever de soleil",
  "soleil couchant",
  "soleil levant",
  "aube",
  "crépuscule",
  "tombée de la nuit",
  "la nuit",
  "ciel nocturne",
  "heure dorée",
  "heure bleue",
  "heure magique",
  "éclairage*",
  "éclairé*",
  "contre-jour",
  "à la bougie",
  "lueur des bougies",
  "lueur de bougie*",
  "clair de lune",
  "néon*",
  ...nounBefore(["lumière*"], [
    "douce*",
    "naturelle*",
    "tamisée*",
    "chaude*",
    "froide*",
    "dramatique*",
    "diffuse*",
    "dorée*",
    "rasante*",
    "du jour",
    "du soleil",
    "de studio",
    "du matin",
    "du soir",
    "des bougies",
    "de la lune",
    "néon*",
  ]),
  // it
  "tramonto",
  "al tramonto",
  "alba",
  "crepuscolo",
  "imbrunire",
  "di notte",
  "cielo notturno",
  "ora dorata",
  "ora d'oro",
  "ora blu",
  "controluce",
  "illuminazione",
  "lume di candela",
  "chiaro di luna",
  ...nounBefore(["luce", "luci"], [
    "soffusa",
    "soffuse",
    "morbida",
    "naturale",
    "calda",
    "fredda",
    "drammatica",
    "diffusa",
    "dorata",
    "del sole",
    "solare",
    "da studio",
    "del mattino",
    "della sera",
    "della luna",
    "lunare",
    "delle candele",
    "di candela",
    "al neon",
  ]),
  // pl
  "zachód słońca",
  "zachod* słońca",
  "wschód słońca",
  "wschod* słońca",
  "świt",
  "o świcie",
  "zmierzch*",
  "zmrok*",
  "o zmroku",
  "nocą",
  "w nocy",
  "nocn* nieb*",
  "złot* godzin*",
  "niebiesk* godzin*",
  "oświetleni*",
  "oświetlon*",
  "pod światło",
  "przy świecach",
  "blask* świec*",
  "blask* księżyca",
  "neonow*",
  ...nounAfter(
    [
      "miękk*",
      "łagodn*",
      "naturaln*",
      "studyjn*",
      "dramatyczn*",
      "ciepł*",
      "rozproszon*",
      "księżycow*",
      "słoneczn*",
      "porann*",
      "wieczorn*",
    ],
    ["światło", "światła", "światłem", "świetle"],
  ),
  "światł* księżyca",
  "światł* świec*",
  // tr
  "altın saat*",
  "mavi saat*",
  "gün batım*",
  "günbatım*",
  "gün doğum*",
  "gündoğum*",
  "şafak*",
  "alacakaranlık*",
  "geceleyin",
  "gece vakti",
  "gece gökyüzü*",
  "aydınlatma*",
  "ışıklandırma*",
  "arka ışık*",
  "ters ışık*",
  "mehtap*",
  ...nounAfter(
    [
      "yumuşak",
      "doğal",
      "stüdyo",
      "dramatik",
      "sıcak",
      "soğuk",
      "loş",
      "gün",
      "güneş",
      "sabah",
      "akşam",
      "mum",
      "ay",
      "neon",
    ],
    ["ışı*"],
  ),
  // id
  "matahari terbenam",
  "matahari terbit",
  "senja",
  "saat fajar",
  "waktu fajar",
  "malam hari",
  "langit malam",
  "jam emas",
  "pencahayaan",
  ...nounBefore(["cahaya", "sinar"], [
    "lembut",
    "alami",
    "studio",
    "dramatis",
    "hangat",
    "redup",
    "matahari",
    "pagi",
    "sore",
    "lilin",
    "bulan",
    "neon",
    "belakang",
  ]),
  // fa
  "غروب",
  "طلوع",
  "سپیده‌دم",
  "سپیده دم",
  "گرگ‌ومیش",
  "گرگ و میش",
  "در شب",
  "آسمان شب",
  "ساعت طلایی",
  "مهتاب",
  "نئون",
  "نورپردازی",
  "ضدنور",
  ...nounBefore(["نور"], [
    "ملایم",
    "نرم",
    "طبیعی",
    "استودیو",
    "دراماتیک",
    "گرم",
    "سرد",
    "خورشید",
    "آفتاب",
    "شمع",
    "ماه",
    "نئون",
    "پشت",
  ]),
  // ar
  "الغروب",
  "شروق",
  "الشروق",
  "فجر",
  "الفجر",
  "شفق",
  "الشفق",
  "ليلا",
  "ليلاً",
  "في الليل",
  "الساعة الذهبية",
  "نيون",
  "إضاءة",
  "الإضاءة",
  "بإضاءة",
  ...nounBefore(["ضوء"], [
    "ناعم",
    "خافت",
    "طبيعي",
    "دافئ",
    "الشمس",
    "الشموع",
    "الشمعة",
    "القمر",
    "النيون",
    "الاستوديو",
  ]),
  // zh
  "日落",
  "日出",
  "黄昏",
  "傍晚",
  "夕阳",
  "晨光",
  "朝阳",
  "夜晚",
  "夜里",
  "夜间",
  "夜景",
  "霓虹",
  "灯光",
  "光线",
  "光影",
  "打光",
  "柔光",
  "自然光",
  "暖光",
  "冷光",
  "逆光",
  "侧光",
  "阳光",
  "烛光",
  "月光",
  "黄金时刻",
  "黄金时段",
  "蓝调时刻",
  // hi
  "गोल्डन आवर",
  "सूर्यास्त",
  "सूर्योदय",
  "गोधूलि",
  "भोर",
  "शाम",
  "रात में",
  "रात को",
  "चांदनी",
  "चाँदनी",
  "की रोशनी",
  "रोशनी में",
  "प्रकाश व्यवस्था",
  "मोमबत्ती",
  "नियॉन",
  "धूप",
];
// Matched without a regex: one of hundreds of terms costs V8 a compile of
// hundreds of milliseconds for each script it first meets (see termMatcher).
const lighting = lazy(() => termMatcher(LIGHTING_TERMS));

/** Each of `before` followed by each of `nouns`: "мягкий свет", "weiches Licht". */
function nounAfter(
  before: readonly string[],
  nouns: readonly string[],
): string[] {
  return before.flatMap((word) => nouns.map((noun) => `${word} ${noun}`));
}

/** Each of `nouns` followed by each of `after`: "luz suave", "lumière douce". */
function nounBefore(
  nouns: readonly string[],
  after: readonly string[],
): string[] {
  return nounAfter(nouns, after);
}
/**
 * Style words that belong to no family of {@linkcode STYLE_FAMILY_TERMS}
 * (so they clash with nothing): "cinematic", "in the style of Monet", "в
 * стиле Моне", "estilo cinematográfico", a painting or a drawing.
 */
const STYLE_TERMS = [
  "cinematic",
  "style",
  "styled",
  "-style",
  "painting",
  "drawing",
  "стил*",
  "кинематографичн*",
  "кінематографічн*",
  "estilo",
  "cinematográfic*",
  "cinematografic*",
  "pintura",
  "dibujo",
  "desenho",
  "stil",
  "-stil",
  "filmisch*",
  "gemälde",
  "zeichnung",
  "cinématographique",
  "peinture",
  "dessin",
  "stile",
  "dipinto",
  "disegno",
  "styl*",
  "filmow*",
  "rysunek",
  "obraz olejny",
  "tarz*",
  "sinematik",
  "çizim*",
  "gaya",
  "lukisan",
  "картина",
  "живопис*",
  "سبک",
  "سینمایی",
  "نقاشی",
  "بأسلوب",
  "أسلوب",
  "على طراز",
  "سينمائي*",
  "风格",
  "画风",
  "电影感",
  "插画",
  "शैली",
  "स्टाइल",
  "सिनेमैटिक",
  "पेंटिंग",
];
const styleWords = lazy(() => termMatcher(STYLE_TERMS));
/**
 * How the picture is framed, in the 15 languages: how near, from where, how
 * much of the subject. Not "from above" alone where it says where a thing
 * is ("z góry" is also "in advance"): a view from above.
 */
const FRAMING_TERMS = [
  "close-up",
  "closeup",
  "close up",
  "extreme close-up",
  "wide shot",
  "medium shot",
  "long shot",
  "full shot",
  "establishing shot",
  "over-the-shoulder",
  "full body",
  "full-body",
  "full-length",
  "headshot",
  "portrait",
  "aerial",
  "bird's eye",
  "bird's-eye",
  "birds-eye",
  "birds eye",
  "worm's-eye",
  "from above",
  "from below",
  "overhead",
  "top view",
  "top-down",
  "top down",
  "flat lay",
  "low angle",
  "low-angle",
  "high angle",
  "eye level",
  "side view",
  "front view",
  "profile view",
  "panorama",
  "panoramic",
  "macro",
  "wide angle",
  "wide-angle",
  // ru, uk
  "крупн* план*",
  "средн* план*",
  "дальн* план*",
  "широк* план*",
  "общ* план*",
  "широк* кадр*",
  "крупн* кадр*",
  "широкоугольн*",
  "ширококутн*",
  "портрет*",
  "сверху",
  "вид снизу",
  "ракурс*",
  "в полный рост",
  "птичьего полёт*",
  "птичьего полет*",
  "макросъёмк*",
  "макросъемк*",
  "панорамн*",
  "великий план",
  "великим планом",
  "загальн* план*",
  "середн* план*",
  "далек* план*",
  "вид зверху",
  "вид знизу",
  "пташин* польот*",
  "повний зріст",
  "повен зріст",
  "макрозйомк*",
  // es, pt
  "primer plano",
  "primeiro plano",
  "plano detalle",
  "plano general",
  "plano amplio",
  "plano abierto",
  "plano medio",
  "plano americano",
  "plano aberto",
  "plano geral",
  "plano fechado",
  "plano médio",
  "gran angular",
  "grande angular",
  "vista aérea",
  "vista de pájaro",
  "vista cenital",
  "desde arriba",
  "desde abajo",
  "contrapicado",
  "cuerpo entero",
  "cuerpo completo",
  "vista de cima",
  "visto de cima",
  "visão aérea",
  "corpo inteiro",
  "contra-plongée",
  "retrato",
  // de
  "nahaufnahme",
  "großaufnahme",
  "detailaufnahme",
  "makroaufnahme",
  "luftaufnahme",
  "halbtotale",
  "halbnah*",
  "weitwinkel*",
  "vogelperspektive",
  "froschperspektive",
  "von oben",
  "draufsicht",
  "ganzkörper*",
  "seitenansicht",
  "porträt*",
  // fr
  "gros plan",
  "très gros plan",
  "plan large",
  "plan d'ensemble",
  "plan général",
  "plan moyen",
  "plan rapproché",
  "plan américain",
  "grand angle",
  "vue aérienne",
  "vue de dessus",
  "vue du dessus",
  "vue d'en haut",
  "vu d'en haut",
  "vue plongeante",
  "en plongée",
  "en pied",
  "corps entier",
  // it
  "primo piano",
  "primissimo piano",
  "campo lungo",
  "campo largo",
  "campo medio",
  "piano americano",
  "mezzo busto",
  "figura intera",
  "corpo intero",
  "grandangolo",
  "grandangolar*",
  "vista aerea",
  "vista dall'alto",
  "dall'alto",
  "a volo d'uccello",
  "dal basso",
  "ritratto",
  // pl
  "zbliżeni*",
  "plan ogólny",
  "plan średni",
  "szerok* kadr*",
  "szerok* ujęci*",
  "szerokokątn*",
  "z lotu ptaka",
  "widok z góry",
  "ujęcie z góry",
  "widok z dołu",
  "żabi* perspektyw*",
  "cał* postaci",
  "cał* postać",
  "pełn* postaci",
  "cał* sylwetk*",
  "portret*",
  // tr
  "yakın çekim",
  "yakın plan",
  "geniş açı*",
  "geniş plan",
  "geniş çekim",
  "genel plan",
  "orta plan",
  "uzak çekim",
  "kuş bakışı",
  "yukarıdan",
  "alt açı*",
  "tam boy",
  "tepeden çekim",
  "portre*",
  "makro",
  // id
  "jarak dekat",
  "bidikan dekat",
  "sudut lebar",
  "sudut rendah",
  "dari atas",
  "tampak atas",
  "mata burung",
  "seluruh tubuh",
  "potret",
  // fa
  "نمای نزدیک",
  "نمای باز",
  "نمای کلی",
  "نمای بالا",
  "نمای هوایی",
  "از بالا",
  "تمام‌قد",
  "تمام قد",
  "پرتره",
  "زاویه باز",
  "کلوزآپ",
  // ar
  "لقطة قريبة",
  "لقطة مقربة",
  "لقطة واسعة",
  "لقطة عريضة",
  "من الأعلى",
  "منظر علوي",
  "منظر جوي",
  "عين الطائر",
  "كامل الجسم",
  "بورتريه",
  "زاوية واسعة",
  "زاوية منخفضة",
  // zh
  "特写",
  "全景",
  "俯视",
  "俯拍",
  "鸟瞰",
  "近景",
  "远景",
  "中景",
  "广角",
  "全身",
  "半身",
  "肖像",
  "仰视",
  "仰拍",
  "微距",
  // hi
  "क्लोज़-अप",
  "क्लोज-अप",
  "क्लोज़अप",
  "क्लोजअप",
  "वाइड शॉट",
  "वाइड एंगल",
  "ऊपर से",
  "पोर्ट्रेट",
  "पूरे शरीर",
];
const framing = lazy(() => termMatcher(FRAMING_TERMS));
const CAMERA_TERMS = [
  "pan",
  "panning",
  "tilt",
  "dolly",
  "dolly-in",
  "zoom",
  "zooms",
  "tracking",
  "tracking shot",
  "orbit",
  "orbiting",
  "handheld",
  "drone",
  "aerial",
  "flyover",
  "fly-through",
  "static camera",
  "crane shot",
  "push-in",
  "pull back",
  "slow motion",
  "time-lapse",
  "timelapse",
  "панорам*",
  "наезд*",
  "дрон*",
  "облёт*",
  "облет*",
  "замедленн*",
  "paneo",
  "travelling",
  "dron",
  "kamerafahrt",
  "drohne",
  "panoramique",
  "carrellata",
  "运镜",
  "推镜",
  "航拍",
  "无人机",
  "慢动作",
];
const camera = lazy(() => terms(CAMERA_TERMS));
const SEQUENCE =
  /(?:^|[\s,;.，。])(?:and then|then|after that|afterwards|next|finally|followed by|затем|потом|после этого|в конце|luego|después|entonces|al final|depois|em seguida|dann|danach|anschließend|zum schluss|puis|ensuite|enfin|poi|dopo|infine|następnie|potem|lalu|kemudian|sonra|ardından|然后|接着|之后|最后)(?=[\s,，:：]|$)/giu;

const SD_NEGATIVE_DEFAULTS = [
  "blurry",
  "low quality",
  "deformed",
  "bad anatomy",
  "extra fingers",
  "watermark",
  "text",
];

/** Builds the patterns of the visual writers now rather than on first use. */
export function warmUpVisual(budgetMs = Infinity): boolean {
  return lazy.buildSome(budgetMs);
}

/** The description, exclusions, ratio and parameters of a visual rough prompt. */
interface Picture {
  /** Description sentences, the request and the ratio removed. */
  description: string[];
  /** The description with exclusions removed (for targets with --no or a negative prompt). */
  positive: string[];
  negatives: string[];
  ratio?: { value: string; from: "explicit" | "words" };
  params: string[];
  duration?: string;
  /** Sentences that tried to instruct the model: kept out of the picture. */
  injections: string[];
}

function readPicture(input: VisualInput): Picture {
  const description: string[] = [];
  const injections: string[] = [];
  for (const sentence of input.sentences) {
    if (sentence.role === "greeting") continue;
    if (sentence.role === "injection") injections.push(sentence.text);
    else description.push(sentence.text);
  }
  const all = description.join("\n");
  const params = mjParams(all);
  const duration = durationPattern().exec(all);
  // The request is stripped after the duration: "a 10 second video of waves".
  const stripped = description.map((sentence, i) => {
    const cleaned = clean(sentence, duration?.[0]);
    return i === 0 ? stripRequest(withoutLeadIn(cleaned)) : cleaned;
  }).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  // Nothing left to describe ("...", only code): the user's text as it is.
  const cleaned = stripped.length > 0 ? stripped : [input.rough.trim()];
  return {
    description: cleaned,
    positive: cleaned.map(withoutNegatives).filter((s) => s !== ""),
    negatives: negativesOf(all),
    ratio: ratioOf(all, input.answers.aspect),
    params,
    duration: input.answers.duration ?? englishPlural(duration?.[0]),
    injections,
  };
}

/** "10 second" (as in "a 10 second video") as a duration on its own: "10 seconds". */
function englishPlural(duration: string | undefined): string | undefined {
  return duration?.replace(
    /^(\d+)[\s-]*second$/i,
    (_, n) => n === "1" ? "1 second" : `${n} seconds`,
  );
}

/**
 * Words that only announce a new topic before a colon ("And now a completely
 * different thing:", "Next one:", "А теперь совсем другое:", "Y ahora algo
 * distinto:", "Und jetzt etwas ganz anderes:", "Autre chose :"); at least one
 * of {@linkcode TOPIC_MARKERS} must be among them. "Logo: a bakery" or
 * "Style: watercolor" name something, so they stay.
 */
const TOPIC_WORDS = new Set([
  // en
  ..."and now so ok okay well right next a an the one something completely totally entirely quite very different new another other else thing topic idea request task subject here is here's up"
    .split(" "),
  // ru, uk
  ..."а и ну так теперь сейчас совсем совершенно абсолютно другое другая другой новое новая новый следующее следующая задача тема идея вещь кое-что что-то ещё еще одно одна дальше і тепер зараз зовсім щось інше інша нове нова наступне завдання ідея ще одне далі"
    .split(" "),
  // es, pt, it
  ..."y ahora algo completamente totalmente diferente distinto distinta otra otro cosa nueva nuevo idea tema tarea siguiente una un e agora outra outro coisa nova novo ideia tarefa próxima próximo uma um ora adesso qualcosa di diverso diversa altro altra compito prossimo prossima"
    .split(" "),
  // de, fr
  ..."und jetzt nun etwas ganz völlig komplett anderes andere neue neues neuer idee thema aufgabe sache nächste nächstes et maintenant quelque chose de complètement totalement différent différente autre nouvelle nouveau idée sujet tâche suivant suivante une tout à fait"
    .split(" "),
  // pl, tr, id
  ..."teraz coś zupełnie całkiem innego inne inna nowy nowa nowe pomysł temat zadanie następne następny rzecz ve şimdi tamamen bambaşka başka farklı bir şey yeni fikir konu görev sıradaki dan sekarang sesuatu yang benar-benar berbeda lain hal baru ide topik tugas berikutnya"
    .split(" "),
]);
/** What makes a lead-in a new topic rather than a label. */
const TOPIC_MARKERS =
  /^(?:different|new|another|other|else|next|другое|другая|другой|новое|новая|новый|следующее|следующая|кое-что|что-то|щось|інше|інша|нове|нова|наступне|diferente|distint[oa]|otr[oa]|outr[oa]|nov[oa]|nuev[oa]|siguiente|próxim[oa]|diverso|diversa|altr[oa]|nuovo|nuova|prossim[oa]|anderes|andere|neue[sr]?|nächste[s]?|différente?|autre|nouvelle|nouveau|suivante?|innego|inne|inna|now[yae]|następn[ey]|bambaşka|başka|farklı|yeni|sıradaki|berbeda|lain|baru|berikutnya)$/iu;
/** A Chinese lead-in: "现在换个完全不同的事情：", "接下来：", "新任务：". */
const CHINESE_LEAD_IN =
  /^(?:好的?[，,]?)?(?:现在|那么)?(?:接下来|换个|换一个|再来一个)?(?:完全)?(?:不同的|新的|另一个|下一个)?(?:事情|话题|任务|想法|东西|需求)?[:：]\s*/u;

/** `sentence` without a lead-in that only announces a new topic. */
function withoutLeadIn(sentence: string): string {
  const colon = /^([^:：]{1,80}?)\s*[:：]\s*(?=\S)/u.exec(sentence);
  if (colon === null) return sentence;
  const rest = sentence.slice(colon[0].length);
  if (!/[\p{L}\p{N}]/u.test(rest)) return sentence;
  const chinese = CHINESE_LEAD_IN.exec(sentence);
  if (chinese !== null && chinese[0].replace(/[:：\s]/gu, "").length >= 2) {
    return sentence.slice(chinese[0].length);
  }
  const words = colon[1].toLowerCase().split(/[\s,]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 10) return sentence;
  if (!words.every((word) => TOPIC_WORDS.has(word.replace(/[.!…]+$/u, "")))) {
    return sentence;
  }
  return words.some((word) => TOPIC_MARKERS.test(word)) ? rest : sentence;
}

function stripRequest(sentence: string): string {
  // "… bir resim çiz", "… की तस्वीर बनाओ", "… بکش": the verb comes last.
  const last = sentence.replace(REQUEST_SUFFIX, "");
  if (last !== sentence && /[\p{L}\p{N}]/u.test(last)) {
    // "یک تصویر از یک شهر … بساز": "an image of" goes with the verb.
    const picture = last.replace(requestPrefix(), "");
    if (picture !== last && /[\p{L}\p{N}]/u.test(picture)) return picture;
    // "bir kedinin resmini çiz": the picture was the verb's object; on its
    // own it is "bir kedinin resmi".
    return last.replace(TURKISH_PICTURE_OBJECT, "$1");
  }
  const stripped = sentence.replace(requestPrefix(), "");
  if (stripped.trim() === "" || stripped === sentence) return sentence;
  // "ارسم ثعلبًا": the subject on its own is "ثعلب", without the accusative.
  if (/^(?:ارسم|أنشئ|اصنع|صمم)/u.test(sentence)) {
    return stripped.replace(/^(\p{L}+?)(?:ًا|اً|ً)(?=\s|$)/u, "$1");
  }
  const request = sentence.slice(0, sentence.length - stripped.length);
  // "photo of an old fisherman", "generate a photo of…", "une photo
  // d'un phare": a photo is the picture's style, so it stays with its
  // article ("a picture of", "an image of" go).
  const medium = PHOTO_IN_REQUEST.exec(request);
  if (medium !== null) {
    return request.slice(medium.index).trimStart() + stripped;
  }
  if (RUSSIAN_REQUEST.test(request)) {
    return eastSlavicRest(request, stripped, RUSSIAN) ?? sentence;
  }
  if (POLISH_REQUEST.test(request)) {
    return polishRest(request, stripped) ?? sentence;
  }
  if (UKRAINIAN_REQUEST.test(request)) {
    return eastSlavicRest(request, stripped, UKRAINIAN) ?? sentence;
  }
  // "zeichne einen roten Fuchs": the subject on its own is "ein roter Fuchs".
  if (GERMAN_REQUEST.test(request) && /einen[\s:,]*$/iu.test(request)) {
    return germanSubject(`einen ${stripped}`);
  }
  // "ein Bild von einem Fuchs": the subject on its own is "ein Fuchs".
  return stripped.replace(
    /^ein(em|er)(?=\s)/iu,
    (_, ending) => ending.toLowerCase() === "em" ? "ein" : "eine",
  );
}

/** A photo asked for in a request, with its article: "a photo of ", "une photo d'". */
const PHOTO_IN_REQUEST =
  /(?<![\p{L}\p{M}])(?:(?:an?|the|une?|una?|um|uma|ein(?:e|en)?|el|la|il|le|o|a)\s+|un')?(?:photo(?:graph)?|foto(?:grafía|grafia)?|photographie|fotografie)s?(?![\p{L}\p{M}])/iu;

/** A picture's noun in the accusative at the end: "resmini" is "resmi". */
const TURKISH_PICTURE_OBJECT =
  /(?<=\s|^)((?:resm|fotoğraf|görsel|çizim|illüstrasyon|video|poster|logo|tablo|portre|afiş|karikatür|animasyon)(?:s|)[ıiuü])n[ıiuü]$/iu;

/** A request's verb at the end, in Turkish, Hindi and Persian. */
const REQUEST_SUFFIX =
  /\s+(?:(?:çiz|çizin|oluştur|üret|yap|tasarla|tasarlayın)(?:\s+(?:misin|mısın|lütfen))?|(?:çizer|tasarlar)\s+m[iı]s[iı]n|çizebilir\s+misin|(?:बनाओ|बनाइए|बनाएँ|बनाएं|बना\s+दो|बना\s+दीजिए)|(?:بکش|بکشید|نقاشی\s+کن|بساز|بسازید))\s*[.!?।]*$/u;

const RUSSIAN_REQUEST =
  /^(?:пожалуйста[\s,]+)?(?:нарисуй|сгенерируй|создай|сделай|покажи|сними|придумай)/iu;
const POLISH_REQUEST = /^(?:proszę[\s,]+)?(?:narysuj|wygeneruj|stwórz|zrób)/iu;
/** What "narysuj obrazek…" names, in the nominative. */
const POLISH_PICTURE: Readonly<Record<string, string>> = {
  obrazek: "obrazek",
  obraz: "obraz",
  ilustrację: "ilustracja",
  zdjęcie: "zdjęcie",
  film: "film",
  wideo: "wideo",
};

/**
 * What is left of a Polish request, as a description: "kota na dachu"
 * (after "narysuj") is "kot na dachu", "z kotem" (after "obrazek") is
 * "obrazek z kotem"; as {@linkcode eastSlavicRest}.
 */
function polishRest(request: string, rest: string): string | undefined {
  const words = request.toLowerCase().match(/\p{L}+/gu) ?? [];
  const picture = words.find((word) => word in POLISH_PICTURE);
  if (picture !== undefined) {
    // "obrazek: kota" names it, in its case.
    if (/:\s*$/u.test(request)) return polishSubject(rest);
    // "ilustrację przedstawiającą kota": "ilustracja przedstawiająca kota".
    const shows = /^(\p{L}+ąc)ą(?=\s)/u.exec(rest);
    if (shows !== null && POLISH_PICTURE[picture].endsWith("a")) {
      return `${POLISH_PICTURE[picture]} ${shows[1]}a${
        rest.slice(shows[0].length)
      }`;
    }
    if (polishSubject(rest) === rest) return rest;
    return `${POLISH_PICTURE[picture]} ${rest}`;
  }
  return polishSubject(rest);
}

const GERMAN_REQUEST =
  /^(?:bitte[\s,]+)?(?:zeichne|generiere|erstelle|mache?)/iu;
/** What "нарисуй картинку…" names, in the nominative. */
const RUSSIAN_PICTURE: Readonly<Record<string, string>> = {
  картинку: "картинка",
  иллюстрацию: "иллюстрация",
  изображение: "изображение",
  фото: "фото",
  рисунок: "рисунок",
  видео: "видео",
  ролик: "ролик",
  клип: "клип",
};

const UKRAINIAN_REQUEST =
  /^(?:будь ласка[\s,]+)?(?:намалюй|згенеруй|створи|зроби|зніми)/iu;
/** What "намалюй картинку…" names, in the nominative. */
const UKRAINIAN_PICTURE: Readonly<Record<string, string>> = {
  картинку: "картинка",
  зображення: "зображення",
  ілюстрацію: "ілюстрація",
  фото: "фото",
  малюнок: "малюнок",
  відео: "відео",
  ролик: "ролик",
  кліп: "кліп",
};

/** What {@linkcode eastSlavicRest} reads in a Russian or a Ukrainian request. */
interface EastSlavic {
  /** The picture words a request may name, with their nominatives. */
  readonly pictures: Readonly<Record<string, string>>;
  /** Words before a clause of its own: "где", "на которой", "де". */
  readonly clause: ReadonlySet<string>;
  /** "с", "з": a picture with what follows. */
  readonly with: ReadonlySet<string>;
  readonly subject: (rest: string) => string | undefined;
}

const RUSSIAN: EastSlavic = {
  pictures: RUSSIAN_PICTURE,
  clause: new Set(["где", "которой", "котором"]),
  with: new Set(["с"]),
  subject: russianSubject,
};

const UKRAINIAN: EastSlavic = {
  pictures: UKRAINIAN_PICTURE,
  clause: new Set(["де", "якій", "якому"]),
  with: new Set(["з", "із", "зі"]),
  subject: ukrainianSubject,
};

/**
 * What is left of a Russian or Ukrainian request, as a description: "лису в
 * снегу" (after "нарисуй") is "лиса в снегу", "с лисой" (after "картинку")
 * is "картинка с лисой", "лисицю в снігу" (after "намалюй") "лисиця в
 * снігу"; undefined when the subject's case cannot be told.
 */
function eastSlavicRest(
  request: string,
  rest: string,
  language: EastSlavic,
): string | undefined {
  const words = request.toLowerCase().match(/\p{L}+/gu) ?? [];
  const last = words.at(-1) ?? "";
  // "…, где лиса бежит", "на которой лиса спит": a clause of its own.
  if (language.clause.has(last)) return rest;
  const clause = /^(?:где|на котор(?:ой|ом)|де|на як(?:ій|ому))\s+/iu.exec(
    rest,
  );
  if (clause !== null) return rest.slice(clause[0].length);
  const picture = words.find((word) => word in language.pictures);
  if (language.with.has(last)) {
    return picture === undefined
      ? undefined
      : `${language.pictures[picture]} ${last} ${rest}`;
  }
  if (last !== "про" && picture !== undefined) {
    // "картинку: старый маяк" names it, as does "картинку старый маяк";
    // "картинку кота" is of it: "картинка кота".
    if (/:\s*$/u.test(request) || language.subject(rest) === rest) return rest;
    return `${language.pictures[picture]} ${rest}`;
  }
  return language.subject(rest);
}

// Not "portrait" or "landscape": a portrait is framed on a face and a
// landscape is a subject; the words stay.
const ORIENTATION_ITEM =
  /(?:^|,)\s*(?:vertical|horizontal|square|вертикальн\p{L}*|горизонтальн\p{L}*|квадратн\p{L}*|vertical(?:e|es)?|horizontal(?:e|es)?|hochformat|querformat|quadratisch|verticale|orizzontale|pionow\p{L}*|poziom\p{L}*)(?=\s*(?:[,.;!?]|$))/giu;

/**
 * ", video", ", an image", ", 4k video", "，视频": an item that only names the
 * medium, which the category says already, as does a label "Video:"; a
 * resolution with it stays (", 4k"). Not a photo, an animation or a painting: those are its style.
 */
const MEDIUM_ITEM =
  /(^|[,，、])\s*(?:(?:an?|the)\s+)?((?:\d{1,2}k|hd|full hd|uhd|\d{3,4}p)\s+)?(?:video|clip|footage|image|picture|видео|ролик|картинка|изображение|відео|картинка|зображення|vídeo|imagen|imagem|bild|vidéo|immagine|wideo|obrazek|görsel|resim|gambar|ویدیو|ویدئو|تصویر|فيديو|صورة|वीडियो|तस्वीर|视频|图片|图像)(?=\s*(?:[,.;!?，。、；！？]|$)|(?<=^\s*\p{L}+)\s*[:：])/giu;

/** A sentence without ratio tokens, parameters, the moved duration and dangling punctuation. */
function clean(sentence: string, duration: string | undefined): string {
  let text = sentence
    .replace(RATIO, (match, a, b) => RATIOS.has(`${a}:${b}`) ? "" : match)
    .replace(MJ_PARAM, "")
    .replace(WORDED_PARAM, "")
    // ", vertical," on its own says the aspect ratio, which has its line.
    .replace(ORIENTATION_ITEM, "")
    .replace(
      MEDIUM_ITEM,
      (_, lead: string, resolution: string | undefined) =>
        resolution ? `${lead} ${resolution.trim()}` : "",
    );
  // "un video de 10 segundos de un gato": the duration goes with its "de".
  if (duration) {
    const at = text.indexOf(duration);
    if (at !== -1) {
      const before =
        /(?:^|\s)(?:de|di|du|da|von|of|на|длиной|длительностью)\s+$/iu
          .exec(text.slice(0, at));
      const start = before === null ? at : at - before[0].trimStart().length;
      text = text.slice(0, start) + text.slice(at + duration.length);
    }
  }
  // "a video ad for my shop, 15 seconds, vertical": one comma is left.
  return text.replace(/\s{2,}/g, " ").replace(/\s+([,.;!?])/g, "$1")
    .replace(/([,;])[,;]+/g, "$1")
    .replace(/^[\s,;:-]+|[\s,;:-]+$/g, "").replace(/,(?=[.!?]?$)/, "");
}

function withoutNegatives(sentence: string): string {
  return sentence.replace(NEGATIVE_PHRASE, "").replace(HAN_NEGATIVE, "")
    .replace(/^[\s,;]+|[\s,;]+$/g, "");
}

function negativesOf(text: string): string[] {
  const found = [
    ...[...text.matchAll(NEGATIVE_PHRASE)].map((m) => m[1]),
    ...[...text.matchAll(HAN_NEGATIVE)].map((m) => m[1]),
  ].map((phrase) => phrase.trim()).filter(Boolean);
  return [...new Set(found)];
}

function ratioOf(
  text: string,
  answer: string | undefined,
): Picture["ratio"] {
  for (const source of [answer ?? "", text]) {
    for (const match of source.matchAll(RATIO)) {
      const value = `${match[1]}:${match[2]}`;
      if (RATIOS.has(value)) return { value, from: "explicit" };
    }
  }
  const oriented = text.replace(SHAPE_OF_A_THING, " ");
  for (const [pattern, value] of orientations()) {
    if (pattern.test(oriented)) return { value, from: "words" };
  }
  return undefined;
}

/** Midjourney parameters the user already wrote, and "stylize 250" / "chaos 20". */
function mjParams(text: string): string[] {
  const params = [...text.matchAll(MJ_PARAM)]
    .filter((m) => !["ar", "no"].includes(m[1].toLowerCase()))
    .map((m) => `--${m[1].toLowerCase()}${m[2] ? ` ${m[2]}` : ""}`);
  for (const m of text.matchAll(WORDED_PARAM)) {
    params.push(`--${m[1].toLowerCase() === "stylize" ? "s" : "c"} ${m[2]}`);
  }
  const mjNo = /--no\s+([^-\n]+)/i.exec(text);
  if (mjNo) params.push(`--no ${mjNo[1].trim()}`);
  return [...new Set(params)];
}

// ---------------------------------------------------------------- notes

function visualNotes(
  picture: Picture,
  input: VisualInput,
  aspects: readonly AspectId[],
): PromptNotes {
  const { notes, punctuation } = input.notesLexicon ?? input.lexicon;
  const text = picture.description.join(" ");
  const assumptions: string[] = [];
  const families = styleFamilies().flatMap(([family, matcher]) => {
    // The first of the family's words in the text, lowercased.
    const [word] = matcher.found(text);
    return word === undefined ? [] : [{ family, word }];
  });
  const clash = findClash(families);
  if (clash) assumptions.push(fill(notes.conflict, clash));
  const mentioned: Record<AspectId, boolean> = {
    style: families.length > 0 || styleWords().distinct(text) > 0 ||
      input.answers.style !== undefined,
    lighting: lighting().distinct(text) > 0 ||
      input.answers.mood !== undefined,
    // "85mm", "a 24 mm lens": the lens frames the picture.
    framing: framing().distinct(text) > 0 ||
      /(?<![\p{L}\d])\d{2,3}\s?mm(?![\p{L}])/iu.test(text),
    camera: camera().test(text) || input.answers.camera !== undefined,
    duration: picture.duration !== undefined,
  };
  const placeholders: string[] = [];
  for (const aspect of aspects) {
    if (mentioned[aspect]) continue;
    // More detail: a placeholder to fill in instead of leaving it to the model.
    if (input.variant === "detailed") {
      placeholders.push(aspectPlaceholder(input.lexicon, aspect));
    } else {
      assumptions.push(fill(notes.notGiven, { aspect: notes.aspects[aspect] }));
    }
  }
  for (const injection of picture.injections) {
    assumptions.push(
      `${notes.injection} ${punctuation.quoteOpen}${injection}${punctuation.quoteClose}`,
    );
  }
  return { assumptions, placeholders };
}

/** What the user fills in for an aspect they did not give: "[lighting, e.g. golden hour…]". */
function aspectPlaceholder(lexicon: Lexicon, aspect: AspectId): string {
  return lexicon.notes.aspectHints[aspect];
}

function findClash(
  families: readonly { family: string; word: string }[],
): { first: string; second: string } | undefined {
  for (const a of families) {
    for (const b of families) {
      if (CLASHES.has(`${a.family}:${b.family}`)) {
        return { first: a.word, second: b.word };
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- writers

/**
 * An image prompt for `input.target` (Midjourney, Stable Diffusion, or
 * natural prose), from the user's description only.
 */
export function writeImagePrompt(input: VisualInput): VisualPrompt {
  const picture = readPicture(input);
  withAnswers(picture, input);
  const notes = visualNotes(picture, input, ["style", "lighting", "framing"]);
  // More detail: the placeholders join the picture as words to replace.
  picture.description.push(...notes.placeholders);
  picture.positive.push(...notes.placeholders);
  const alternate = input.variant === "alternate";
  const standardNegatives = input.variant !== "short";
  switch (input.target) {
    case "midjourney":
      return { prompt: midjourney(picture, alternate), notes };
    case "stable_diffusion":
      return {
        prompt: alternate
          ? withNegatives(prose(picture, input.lexicon), picture, input, true)
          : weightedTags(picture, input.lexicon, standardNegatives),
        notes,
      };
    default:
      return {
        prompt: alternate
          ? plainTags(picture, input.lexicon)
          : prose(picture, input.lexicon),
        notes,
      };
  }
}

/** A video prompt: the description as numbered shots, then duration and ratio. */
export function writeVideoPrompt(input: VisualInput): VisualPrompt {
  const picture = readPicture(input);
  withAnswers(picture, input);
  const notes = visualNotes(picture, input, ["camera", "duration"]);
  const { labels, punctuation } = input.lexicon;
  const split = splitShots(picture.description);
  const shots = split.length > 0 ? split : [picture.description.join(" ")];
  // Another version: the shots as one paragraph instead of numbered.
  const lines = input.variant === "alternate"
    ? [
      shots.map((shot) => endWithStop(sentenceCase(shot), input.lexicon))
        .join(" "),
    ]
    : shots.map((shot, i) =>
      `${labels.shot} ${i + 1}${punctuation.colon}${shot}`
    );
  const asked = new Set(notes.placeholders);
  const camera = aspectPlaceholder(input.lexicon, "camera");
  if (asked.has(camera)) {
    lines.push(`${labels.camera}${punctuation.colon}${camera}`);
  }
  const duration = picture.duration ??
    (asked.has(aspectPlaceholder(input.lexicon, "duration"))
      ? aspectPlaceholder(input.lexicon, "duration")
      : undefined);
  if (duration) {
    lines.push(`${labels.duration}${punctuation.colon}${duration}`);
  }
  if (picture.ratio) {
    lines.push(
      `${labels.aspect_ratio}${punctuation.colon}${picture.ratio.value}`,
    );
  }
  return { prompt: lines.join("\n"), notes };
}

/** Answers to the offline questions join the description as the user's words. */
function withAnswers(picture: Picture, input: VisualInput) {
  const extra = ["style", "mood", "camera"]
    .map((slot) => input.answers[slot])
    .filter((answer): answer is string => Boolean(answer));
  picture.description.push(...extra);
  picture.positive.push(...extra);
}

function splitShots(description: readonly string[]): string[] {
  const text = description.join(" ");
  return text.split(SEQUENCE).map((shot) =>
    shot.replace(/^[\s,;.，。:：]+|[\s,;，:：]+$/gu, "")
  ).filter((shot) => /[\p{L}\p{N}]/u.test(shot));
}

function midjourney(picture: Picture, tags = false): string {
  const body = tags
    ? tagsOf(picture).join(", ")
    : picture.positive.join(" ").replace(/[.。]+$/u, "") ||
      picture.description.join(" ");
  const params = [...picture.params.filter((p) => !p.startsWith("--no"))];
  if (picture.ratio) params.unshift(`--ar ${picture.ratio.value}`);
  const excluded = [
    ...picture.negatives,
    ...picture.params.filter((p) => p.startsWith("--no"))
      .map((p) => p.slice(5)),
  ];
  if (excluded.length > 0) {
    params.push(`--no ${[...new Set(excluded)].join(", ")}`);
  }
  return [body, ...params].join(" ");
}

function prose(picture: Picture, lexicon: Lexicon): string {
  const sentences = picture.description.map(sentenceCase);
  const text = sentences.map((s) => endWithStop(s, lexicon)).join(" ");
  if (!picture.ratio) return text;
  const { labels, punctuation } = lexicon;
  return `${text} ${labels.aspect_ratio}${punctuation.colon}${picture.ratio.value}${punctuation.stop}`;
}

const CLIP_LIMIT = 75;

/** The picture's words as tags: split at punctuation, without leading articles. */
function tagsOf(picture: Picture): string[] {
  return [
    ...new Set(
      picture.positive.flatMap((sentence) =>
        sentence.split(/\s*[,.;!?，。；]\s*/u)
      )
        .map((tag) => tag.replace(/^(?:an?|the)\s+/i, "").trim())
        .filter((tag) => tag !== ""),
    ),
  ];
}

function weightedTags(
  picture: Picture,
  lexicon: Lexicon,
  standardNegatives: boolean,
): string {
  const tags = tagsOf(picture);
  if (tags.length > 0 && !/:\d/.test(tags[0])) tags[0] = `(${tags[0]}:1.2)`;
  return withNegatives(chunked(tags), picture, { lexicon }, standardNegatives);
}

/** Stable Diffusion's lines after the picture: the negative prompt, then the ratio. */
function withNegatives(
  body: string,
  picture: Picture,
  { lexicon }: Pick<VisualInput, "lexicon">,
  standardNegatives: boolean,
): string {
  const negatives = [
    ...new Set([
      ...picture.negatives,
      ...(standardNegatives ? SD_NEGATIVE_DEFAULTS : []),
    ]),
  ];
  const { labels, punctuation } = lexicon;
  const lines = [body];
  if (negatives.length > 0) {
    lines.push(
      `${labels.negative_prompt}${punctuation.colon}${negatives.join(", ")}`,
    );
  }
  // Prose already ends with its ratio.
  if (picture.ratio && !body.includes(picture.ratio.value)) {
    lines.push(
      `${labels.aspect_ratio}${punctuation.colon}${picture.ratio.value}`,
    );
  }
  return lines.join("\n");
}

/** Another version of a prose prompt: its words as plain tags, then the ratio. */
function plainTags(picture: Picture, lexicon: Lexicon): string {
  const text = tagsOf(picture).join(", ");
  if (!picture.ratio) return text;
  const { labels, punctuation } = lexicon;
  return `${text}\n${labels.aspect_ratio}${punctuation.colon}${picture.ratio.value}`;
}

/** Tags joined by commas, with BREAK wherever a chunk would pass ~75 CLIP tokens. */
function chunked(tags: readonly string[]): string {
  const chunks: string[][] = [[]];
  let used = 0;
  for (const tag of tags) {
    const cost = clipTokens(tag) + 1;
    if (used + cost > CLIP_LIMIT && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      used = 0;
    }
    chunks.at(-1)!.push(tag);
    used += cost;
  }
  return chunks.map((chunk) => chunk.join(", ")).join(" BREAK ");
}

/**
 * A rough count of CLIP tokens: one per short Latin word, more for long words,
 * one per character in other scripts, one per bracket or digit group.
 */
export function clipTokens(text: string): number {
  let count = 0;
  for (
    const word
      of text.match(/[\p{Script=Latin}']+|\d+|[^\s\p{Script=Latin}\d]/gu) ?? []
  ) {
    count += /^[\p{Script=Latin}']+$/u.test(word)
      ? 1 + Math.floor(word.length / 8)
      : 1;
  }
  return count;
}

function sentenceCase(sentence: string): string {
  return /^\p{Ll}[\p{Ll}'’-]*(?:\s|$|,)/u.test(sentence)
    ? sentence.charAt(0).toUpperCase() + sentence.slice(1)
    : sentence;
}

/** `sentence` ending in the script's full stop, unless it ends in punctuation already. */
export function endWithStop(sentence: string, lexicon: Lexicon): string {
  const trimmed = sentence.trim();
  if (/[.!?。！？…।؟)"”»]$/u.test(trimmed)) return trimmed;
  // A stop after a link would be copied into it.
  if (/(?:https?:\/\/|www\.)\S+$/iu.test(trimmed)) return trimmed;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(
    trimmed,
  );
  return `${trimmed}${cjk ? "。" : lexicon.punctuation.stop}`;
}
