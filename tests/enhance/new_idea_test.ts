import assert from "node:assert/strict";
import {
  type AskedAbout,
  kindChangeOf,
  looksLikeChange,
  looksLikeNewIdea,
  subjectOfText,
} from "../../src/enhance/new_idea.ts";

const EMAIL: AskedAbout = {
  prompt: "an email to my landlord",
  category: "auto",
};
const POSTER: AskedAbout = {
  prompt: "a poster for a jazz night in a small club",
  category: "auto",
};
const CAT: AskedAbout = { prompt: "cat", category: "auto" };

Deno.test("a text that opens with a request verb, in any language, reads like a new idea", () => {
  for (
    const [text, asked] of [
      ["Write a haiku about autumn rain", EMAIL],
      ["please write a SQL query for monthly revenue by region", EMAIL],
      ["help me write a cover letter for a barista job", POSTER],
      ["Напиши стихотворение про осень и дождь", EMAIL],
      ["Escribe un poema sobre el mar y la luna", EMAIL],
      // An article after the verb is no pronoun pointing back.
      ["Escribe la historia de un dragón valiente", EMAIL],
      ["Écris le poème pour le mariage de ma sœur", POSTER],
      ["Schreib eine E-Mail an meinen Chef wegen Urlaub", POSTER],
      ["画一只在太空中飞翔的猫咪", EMAIL],
      // "Can you" and an infinitive.
      ["Можешь написать стихотворение про осень и дождь?", EMAIL],
      ["¿Puedes escribir un poema sobre el mar?", EMAIL],
      ["Peux-tu écrire un poème sur la mer ?", EMAIL],
      ["Puoi scrivere una poesia sul mare?", EMAIL],
    ] as const
  ) {
    assert.equal(looksLikeNewIdea(text, asked), true, text);
  }
});

Deno.test("a text clearly of another kind than the idea asked about reads like a new idea; of the same kind it is an answer", () => {
  const photo = "a cinematic photo of a lighthouse at dawn, 35mm film";
  assert.equal(looksLikeNewIdea(photo, EMAIL), true);
  assert.equal(looksLikeNewIdea(photo, POSTER), false);
  // A category the user chose counts as the idea's kind.
  assert.equal(
    looksLikeNewIdea(photo, { prompt: "something", category: "image" }),
    false,
  );
  assert.equal(
    looksLikeNewIdea(photo, { prompt: "something", category: "coding" }),
    true,
  );
});

Deno.test("answers stay answers: short ones, ones pointing back at the idea, constraints, plain descriptions", () => {
  for (
    const [text, asked] of [
      ["a teenager", CAT],
      ["Write a poem", EMAIL],
      ["my landlord, a retired teacher", EMAIL],
      ["Make it funny and short", EMAIL],
      ["Explain it like I'm five please", EMAIL],
      ["Use bright neon colors and bold type", POSTER],
      ["Polite but firm, he ignored two emails", EMAIL],
      ["adults who love jazz and old vinyl records", POSTER],
      ["For my coworkers, keep it casual", EMAIL],
      ["для моего арендодателя, он пенсионер", EMAIL],
      ["Сделай это короче и смешнее", EMAIL],
      // A request verb with only how to write: no thing of its own to make.
      ["Write in a formal tone please", EMAIL],
      ["Write something funny but not rude", EMAIL],
      ["Create a sense of urgency please", EMAIL],
      ["Tell him the heater has been broken for two weeks", EMAIL],
      ["Help me get my deposit back", EMAIL],
      ["Напиши вежливо, но твёрдо", EMAIL],
      ["Escribe con un tono formal y educado", EMAIL],
      ["Écris sur un ton formel et poli", EMAIL],
      ["Schreib freundlich aber bestimmt bitte", EMAIL],
      ["Tulis dengan nada formal dan sopan", EMAIL],
      ["写得幽默一点，但不要太夸张", EMAIL],
      ["Napisz to uprzejmie, ale stanowczo", EMAIL],
      ["Напиши це ввічливо, але твердо", EMAIL],
      ["Можешь сделать это короче?", EMAIL],
      ["Можешь написать вежливо, но твёрдо?", EMAIL],
    ] as const
  ) {
    assert.equal(looksLikeNewIdea(text, asked), false, text);
  }
});

Deno.test("at an offline question that asks for the task or the aim, a request is the answer", () => {
  const text = "Write a poem about my cat sleeping in the sun";
  assert.equal(looksLikeNewIdea(text, CAT), true);
  assert.equal(looksLikeNewIdea(text, CAT, { id: "general_goal" }), false);
  assert.equal(looksLikeNewIdea(text, CAT, { id: "writing_task" }), false);
  assert.equal(
    looksLikeNewIdea("Make him fix the heater this week", EMAIL, {
      id: "email_goal",
    }),
    false,
  );
  // Other questions, and the AI's own (no id), still ask.
  assert.equal(looksLikeNewIdea(text, EMAIL, { id: "recipient" }), true);
  assert.equal(looksLikeNewIdea(text, EMAIL, {}), true);
});

Deno.test("a request for something of no category of its own is a new idea when it names a thing to make (an article or a number after the verb)", () => {
  for (
    const text of [
      "Plan a 3-day trip to Rome with two kids",
      "Give me ten names for a small bakery",
      "Write a letter to my bank about a late fee",
      "Can you plan a weekend in Lisbon for two",
      "Could you please give me five ideas for a birthday party",
      "I want you to plan a surprise party for my dad",
    ]
  ) {
    assert.equal(looksLikeNewIdea(text, EMAIL), true, text);
  }
  for (
    const text of [
      "Write to my landlord in a friendly way",
      "Give it a more formal tone please",
      "Make a shorter version for my boss",
      "Create a sense of calm and trust",
      "What a difficult landlord he is",
      "Tell him the heater is still broken",
    ]
  ) {
    assert.equal(looksLikeNewIdea(text, EMAIL), false, text);
  }
});

Deno.test("only a picture against a text (or a text against a picture) counts as another kind, and only when it says enough", () => {
  const LEARN: AskedAbout = {
    prompt: "a study plan to learn SQL in 30 days",
    category: "auto",
  };
  const POST: AskedAbout = {
    prompt: "marketing copy for my new coffee shop",
    category: "auto",
  };
  for (
    const [text, asked] of [
      ["Students preparing for SQL interviews at big tech companies", LEARN],
      ["Instagram and TikTok short videos mostly", POST],
      ["A step-by-step tutorial with code examples and exercises", LEARN],
    ] as const
  ) {
    assert.equal(looksLikeNewIdea(text, asked), false, text);
  }
  // A picture typed while the questions are about a text still asks.
  assert.equal(
    looksLikeNewIdea(
      "a watercolor painting of a fox in a snowy forest at dusk",
      POST,
    ),
    true,
  );
});

Deno.test("at a question about how to write the idea, a request of the idea's own kind, or a layout at 'What format?', is the answer", () => {
  const EMAIL_IDEA: AskedAbout = {
    prompt: "an email to my landlord about the broken heater",
    category: "auto",
  };
  const VIDEO: AskedAbout = { prompt: "an ad for my bakery", category: "auto" };
  const DATA: AskedAbout = {
    prompt: "monthly revenue by region from my orders table",
    category: "auto",
  };
  for (
    const [text, asked, id] of [
      ["Draw a watercolor style with soft pastel colors", CAT, "image_style"],
      ["Нарисуй три варианта в разных стилях", CAT, "image_style"],
      ["Сделай картинку в формате 16:9 пожалуйста", CAT, "image_shape"],
      ["Make a 15 second vertical clip for reels", VIDEO, "video_duration"],
      ["Write a SQL query too, for Postgres", DATA, "data_tool"],
      ["Make a bullet list with five points and a summary", EMAIL, "format"],
      ["Give me a table comparing the three options", CAT, "format"],
      ["Create a step-by-step guide with code examples", CAT, "explain_how"],
      ["Give three examples and a short quiz at the end", CAT, "explain_how"],
    ] as const
  ) {
    assert.equal(looksLikeNewIdea(text, asked, { id }), false, text);
  }
  // An image_style question is about a picture, whatever the idea's words
  // say: a style is no other kind.
  assert.equal(
    looksLikeNewIdea(
      "Photorealistic, shot on a 35mm lens at golden hour",
      CAT,
      { id: "image_style" },
    ),
    false,
  );
  assert.equal(
    looksLikeNewIdea("Write a short formal email of 3 paragraphs", EMAIL_IDEA, {
      id: "tone",
    }),
    false,
  );
  // Of another kind, it still asks; and at a question about who it is for.
  assert.equal(
    looksLikeNewIdea("Write a haiku about autumn rain", CAT, {
      id: "image_style",
    }),
    true,
  );
  assert.equal(
    looksLikeNewIdea(
      "a watercolor painting of a fox in a snowy forest at dusk",
      EMAIL_IDEA,
      { id: "tone" },
    ),
    true,
  );
  assert.equal(
    looksLikeNewIdea("Give me ten names for a small bakery", EMAIL_IDEA, {
      id: "recipient",
    }),
    true,
  );
});

Deno.test("a text that says it is a new idea is one, when it says what the idea is", () => {
  for (
    const text of [
      "New idea: a haiku about autumn rain",
      "Forget that. Write a cover letter for a barista job",
      "never mind, write a toast for my brother's wedding",
      "Olvídalo, escribe un poema sobre el mar",
      "Забудь, напиши тост на свадьбу брата",
      "Nueva idea: un poema sobre el mar",
      "Neue Idee: ein Gedicht über den Herbst",
    ]
  ) {
    assert.equal(
      looksLikeNewIdea(text, EMAIL, { id: "recipient" }),
      true,
      text,
    );
  }
  // Not when nothing follows, nor at a question that asks for the task.
  assert.equal(looksLikeNewIdea("Forget that, never mind it", EMAIL), false);
  // A change of mind about the answer is an answer, unless a request follows.
  for (
    const text of [
      "Неважно, пусть будет для всех",
      "Never mind the tone, just keep it short",
      "Never mind, friendly is fine really",
      "Забудь про формальность, пусть будет весело",
    ]
  ) {
    assert.equal(looksLikeNewIdea(text, EMAIL, { id: "tone" }), false, text);
  }
  assert.equal(
    looksLikeNewIdea("New idea: a haiku about autumn rain", CAT, {
      id: "general_goal",
    }),
    false,
  );
});

Deno.test("looksLikeChange(): a short change to the last answer, not a new idea", () => {
  for (
    const text of [
      "make it at night, watercolor",
      "Make it funnier",
      "shorter",
      "more formal please",
      "a bit darker",
      "Can you make it shorter?",
      "Сделай это короче",
      "короче",
      "более официально",
      "Можешь сделать короче?",
      "Hazlo más corto",
      "¿Puedes hacerlo más corto?",
      "plus court",
      "Use Python 3.12",
      "No emojis",
      "Keep it under 100 words",
      "Shorter. No emojis.",
      "Remove emojis",
      "Убери эмодзи",
      "Покороче",
      "Too long",
      "rewrite it in Spanish",
      "under 200 words",
      "formal",
      "very funny",
      "официально",
      // A part of the prompt, the language, the reader; several at once.
      "make the tone friendlier",
      "make the intro shorter",
      "in Spanish please",
      "translate it into German",
      "на английском",
      "en español",
      "auf Deutsch",
      "for beginners",
      "for a teenager audience",
      "для новичков",
      "für Anfänger",
      "for a teenager audience, in Spanish",
      "shorter, no emojis",
      "another version",
      "more detail",
      "другой вариант",
      // In other languages, a name to change, a kind.
      "перепиши на TypeScript",
      "перепиши для детей",
      "сделай тон дружелюбнее",
      "дружелюбнее",
      "преврати это в письмо",
      "mach den Ton freundlicher",
      "mach daraus ein Bild im Aquarellstil",
      "usa TypeScript en lugar de Python",
      "haz el tono más amable",
      "conviértelo en un correo",
      "change the name to Anna",
      // Rules on a part of the text.
      "add two examples",
      "avoid clichés in the intro",
      "No emojis and no hashtags",
      // Libraries, code parts, a language alone, a part and how.
      "Use pytest",
      "Use FastAPI instead",
      "Add error handling",
      "No external libraries",
      "in Python",
      "На TypeScript",
      "Rewrite in Rust",
      "Port it to Kotlin",
      "Friendlier tone",
      "Shorter intro",
      "Попроще",
      "Formeller",
      "Include examples",
      "Включи примеры",
      "замени Python на Go",
      "make it sound more professional",
      "make it more formal and add two examples",
      "Shorter and funnier",
      "add a call to action",
      "Add a joke at the end",
      "Добавь шутку в конце",
      "Torne mais formal",
      "No pandas",
      "more examples",
      "less jargon",
      "без емодзі",
      "Додай приклад",
      "daha kısa yap",
      "daha resmi",
      "emoji olmadan",
      "emojisiz",
      "örnek ekle",
      "İngilizce yaz",
      // For where, a form, compound adjectives, intensifiers, "like".
      "rewrite it for LinkedIn",
      "rewrite it for a younger audience",
      "make it for my team",
      "make it a haiku",
      "make it a numbered list",
      "make it a LinkedIn post",
      "turn it into a script for TikTok",
      "make it SEO friendly",
      "make it more beginner friendly",
      "make it way shorter",
      "make it half as long",
      "make it sound less like AI",
      "keep it professional but friendly",
      "make it sound like a 5 year old wrote it",
    ]
  ) {
    assert.equal(looksLikeChange(text), true, text);
  }
  for (
    const text of [
      "Write a haiku about autumn rain",
      "a cat on a roof",
      "water",
      "poster for a jazz night",
      "Tell me a joke",
      "Make a logo for my bakery",
      "можешь написать стих про осень",
      "Use cases for blockchain in healthcare, write a comparison table for my CTO",
      "No idea what to write: a poem about my cat",
      // What reads like a change but names a thing of its own.
      "How to cook rice",
      "Ways to save money",
      "Explain this error",
      "Summarize this article",
      "Что это значит",
      "More ideas for a birthday party",
      "More formal email to my boss asking for a raise",
      "Stronger password generator",
      "Más ideas para una fiesta",
      "Use cases for AI in healthcare",
      "No-code tools for startups",
      "Add authentication to my Express app",
      "Add tests for my function",
      "Keep calm poster",
      "Avoid burnout tips",
      "funny cat video",
      "200 words essay on climate change",
      "for my mom's birthday",
      "in Spanish, a poem about the sea",
      "Make the best pizza dough",
      "a poem, in Spanish",
      "for beginners: a guide to investing",
      // New material, a rule on a thing of its own, a comma's new idea.
      "Rewrite this email: hi boss, I am sick today and cannot come in",
      "Translate this into French: good morning",
      "turn this into a tweet https://example.com/a",
      "Simplify this equation: 2x + 4 = 10",
      "Without sugar, a cake recipe",
      "Ohne Zucker, ein Kuchenrezept",
      "Add two numbers in JavaScript",
      "Avoid burnout at work",
      "Delete my Facebook account steps",
      "No sugar desserts",
      "Only one pan dinner recipes",
      "Без сахара торт рецепт",
      "Sin gluten pan casero",
      "More coffee or less coffee?",
      "перепиши резюме для IT",
      // A sentence that is no change beside one that might be.
      "No thanks. Write a limerick about dogs",
      "Make the perfect omelette",
      "Make the bed properly",
      "Make the most of your 20s",
      "Make her birthday special",
      "Make the intro to my podcast",
      "Never mind. Write a haiku about rain",
      "Без проблем. Напиши стих про осень",
      "Only one. Write a poem about love",
      // How-tos and things of their own, phrased like changes.
      "Поменяй резину на зимнюю",
      "Change the oil to synthetic",
      "Swap the tires for winter ones",
      "Mach den Kuchen saftiger",
      "Haz el pan más esponjoso",
      "Rends le gâteau plus moelleux",
      "Перепиши на английский моё резюме",
      "Перепиши для детей сказку Колобок",
      "Короче, нужен план на неделю",
      // A verb pointing back, then a thing of its own.
      "Make this weekend special for my wife",
      "Write this email to my boss asking for Friday off",
      "Напиши это письмо начальнику об отпуске",
      "Make it snow, a Christmas song",
      "Keep it clean jokes for a kids party",
      "Do it yourself bookshelf plan",
      "Turn it up playlist for the gym",
      "Keep it simple stupid principle explained",
      "Make them pay revenge story",
      "Make this a great day",
      "Can you make it rain in a video game",
      "Перепиши это резюме под вакансию аналитика",
      "Hazlo tú mismo muebles de palets",
      // More of something in life, a rule on a thing of its own.
      "More sleep",
      "Less stress",
      "Más dinero",
      "Mehr Bewegung",
      "Remove stains",
      "Avoid sugar",
      "No regrets",
      "Без паники",
      "Only you",
      "Change my name to Smith",
      "Use React to build a todo app",
      "daha fazla para kazanmak",
      "şekersiz kek tarifi",
      "para olmadan tatil",
      "İngilizce öğrenmek istiyorum",
      "Delete duplicate rows in SQL",
      // How a picture looks changes only a picture.
      "at sunset",
      "close-up",
      "16:9",
      "in anime style instead",
      "with a red scarf",
    ]
  ) {
    assert.equal(looksLikeChange(text), false, text);
  }
});

Deno.test("kindChangeOf(): the kind a typed change asks the answer to become, only when it points back at the answer", () => {
  for (
    const [text, category, words] of [
      ["make it an image in watercolor style", "image", "in watercolor style"],
      ["Turn it into an email", "email", ""],
      ["turn this into a video prompt: slow pan", "video", "slow pan"],
      ["please rewrite it as a system prompt", "system_prompt", ""],
      ["преврати это в картинку", "image", ""],
      ["сделай это письмом для начальника", "email", "для начальника"],
      ["mach daraus ein Bild im Aquarellstil", "image", "im Aquarellstil"],
      ["conviértelo en un correo", "email", ""],
      ["transforme-le en e-mail", "email", ""],
    ] as const
  ) {
    assert.deepEqual(kindChangeOf(text), { category, words }, text);
  }
  for (
    const text of [
      "Make an image of a cat",
      "make it a video game",
      "make it a picture book",
      "make it photo-realistic",
      "make this video shorter",
      "make it shorter",
      "сделай картинку кота",
      "turn it up",
      "image of a cat",
    ]
  ) {
    assert.equal(kindChangeOf(text), undefined, text);
  }
});

Deno.test("looksLikeChange() after a picture: how it looks, where and when are changes too; a thing of its own is not", () => {
  for (
    const text of [
      "in anime style instead",
      "wider shot",
      "16:9",
      "photorealistic",
      "close-up",
      "from above",
      "at sunset",
      "black and white",
      "as a photo",
      "with a red scarf",
      "without people",
      "also add a moon",
      "без людей, ночью",
      "крупным планом",
      "insansız",
      "крупним планом",
      "gün batımında",
      "yakın çekim",
      "日落时分",
      "特写",
      "вночі",
      "ao pôr do sol",
      "сделай небо фиолетовым",
      "Al atardecer",
      "Make the sky purple",
      "Brighter colors",
      "Zoom out",
      "Low angle",
      "Golden hour",
      "в стиле аниме",
      "крупный план",
      "добавь собаку",
    ]
  ) {
    assert.equal(looksLikeChange(text, { visual: true }), true, text);
  }
  for (
    const text of [
      "a cat on a roof",
      "Без сахара торт рецепт",
      "Sin gluten pan casero",
      "In Spanish, how do you say hello?",
      "on a beach, a girl reading a book under a tree",
      "By Friday project update",
      "On Monday meeting agenda",
      "Near me best restaurants",
      "With Python read a CSV",
      "Mit Python CSV lesen",
      "Au bureau conseils productivité",
      "При простуде чай рецепт",
      "Sin experiencia currículum",
      "With love from Paris postcard",
      "No thanks. Write a limerick about dogs",
      "draw a dragon at night",
      "Write a haiku about autumn rain",
    ]
  ) {
    assert.equal(looksLikeChange(text, { visual: true }), false, text);
  }
});

Deno.test("subjectOfText() drops a text's request, keeping what it is about", () => {
  for (
    const [idea, subject] of [
      ["Write a poem about an autumn forest", "an autumn forest"],
      ["write me a short funny story about a lost robot", "a lost robot"],
      ["напиши стихотворение про осенний лес", "осенний лес"],
      ["Schreib ein Gedicht über den Herbst", "den Herbst"],
      ["Escribe un poema sobre el mar", "el mar"],
      ["Écris un poème sur la mer", "la mer"],
      // No text's request: as it is.
      ["a lighthouse in a storm", "a lighthouse in a storm"],
      ["Write about", "Write about"],
    ] as const
  ) {
    assert.equal(subjectOfText(idea), subject, idea);
  }
});
