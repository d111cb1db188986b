import assert from "node:assert/strict";
import {
  asksForAStrategy,
  asksForAStudyPlan,
  audienceOf,
  impliedForm,
  lengthOf,
  readFacts,
  tonesOf,
  withoutPlease,
} from "../../src/enhance/extract.ts";

Deno.test("audienceOf() reads who the answer is for, in the user's words", () => {
  const cases: [string, string | undefined][] = [
    ["explain black holes to a 10 year old", "a 10 year old"],
    ["explain black holes to a 10-year-old", "a 10-year-old"],
    ["a guide for junior developers", "junior developers"],
    ["an email to my landlord", "my landlord"],
    ["Audience: busy parents", "busy parents"],
    // "like I'm five" is no reader's name: the reader is a five-year-old.
    ["explain it like I'm five", "a five-year-old"],
    ["like I am a kid", "a child"],
    ["объясни для детей 7 лет", "детей 7 лет"],
    ["un cuento para niños de 5 años", "niños de 5 años"],
    ["eine Erklärung für Anfänger", "Anfänger"],
    ["Schreib eine E-Mail an meinen Vermieter", "meinen Vermieter"],
    ["eine kurze Mail an meine Chefin", "meine Chefin"],
    ["ich denke an meine Zukunft", undefined],
    ["Schreib eine Rede, ich denke an meine Zukunft", undefined],
    ["une explication pour les débutants", "les débutants"],
    ["给10岁的孩子解释黑洞", "10岁的孩子"],
    ["a marketing plan for a vegan bakery, target students", "students"],
    ["a landing page aimed at busy parents", "busy parents"],
    ["ads targeting small business owners", "small business owners"],
    ["a guide for first-time home buyers", "first-time home buyers"],
    ["a target for archery practice", undefined],
    ["a target audience analysis", undefined],
    ["sql query for the members table", undefined],
    ["a REST API for customers data", undefined],
    ["I want to attract customers", undefined],
    ["plan a trip to Rome", undefined],
    // What a group is of stays with it, up to where the sentence moves on.
    ["a playlist for fans of jazz", "fans of jazz"],
    ["a poem for fans of jazz about autumn", "fans of jazz"],
    [
      "an email to the members of our club about the picnic",
      "the members of our club",
    ],
    ["tips for owners of small dogs in winter", "owners of small dogs"],
    ["a guide for users of the orders table", "users"],
    // Code and data that target or hold people are not an audience.
    ["a CSS selector targeting members", undefined],
    ["a regex targeting users with gmail addresses", undefined],
    ["join orders to the buyers' table", undefined],
    ["a CSS selector for targeting members", undefined],
    ["a regex for matching users", undefined],
    ["an A/B test targeting new customers", "new customers"],
    ["a playlist for fans of jazz of the fifties", "fans of jazz"],
    ["a game for fans of it", "fans"],
    ["a workout plan for me, 3 days a week, Im a beginner", "a beginner"],
    ["I am a teacher, write a quiz for my students", "my students"],
    [
      "a weekly meal plan for a vegetarian family of four",
      "a vegetarian family of four",
    ],
    ["a workout plan for busy couples", "busy couples"],
    ["a birthday message for a family friend", "a family friend"],
    // Family, friends and landlords in other languages.
    ["escribe un correo a mi casero sobre la calefacción", "mi casero"],
    ["écris un poème sur la mer pour ma grand-mère", "ma grand-mère"],
    ["schreib ein Gedicht für meine Oma", "meine Oma"],
    ["scrivi una poesia per mia nonna", "mia nonna"],
    ["scrivi una poesia per la mia nonna", "la mia nonna"],
    ["escreva um poema para minha mãe", "minha mãe"],
    ["escreva um poema para o meu pai", "o meu pai"],
    ["напиши поздравление для брата", "брат"],
    ["给我妈妈写一首关于秋天的诗", "我妈妈"],
    ["帮我写一封给房东的邮件，暖气坏了", "房东"],
    ["anneme doğum günü için bir şiir yaz", "annem"],
    // Someone told or called, a compound word: no reader.
    [
      "anneme söyledim ki yarın geliyorum, bunu kibar bir e-posta olarak yaz",
      undefined,
    ],
    ["درباره پدرم به دوستم گفتم، یک داستان بنویس", undefined],
    ["मेरे दोस्त को मैंने बताया, अब एक ईमेल लिखो", undefined],
    ["给我朋友圈配一句文案", undefined],
    ["给客户端写一个接口", undefined],
    ["tulis email ke bos saya untuk minta cuti besok", "bos saya"],
    ["मेरी माँ के लिए एक कविता लिखो", "मेरी माँ"],
    ["اكتب رسالة إلى مديري أطلب إجازة", "مديري"],
    ["اكتب قصيدة لأمي", "أمي"],
    ["یک شعر برای مادرم بنویس", "مادرم"],
    ["یک ایمیل به رئیسم بنویس", "رئیسم"],
    // Not someone the sentence is about, a title, or the Pope.
    ["a mi padre le gusta el fútbol, escribe un poema", undefined],
    ["je pense à mon père, écris un poème sur la mer", undefined],
    [
      "für meinen Vater arbeite ich seit Jahren, erkläre mir Steuern",
      undefined,
    ],
    ["ein Brief für Frau Schmidt", undefined],
    ["напиши речь для папы римского", undefined],
    // A job's title is no reader.
    ["prepare me for an interview for a product manager role", undefined],
    ["a cover letter for a junior developer position", undefined],
    // The user as the reader, in other languages.
    ["объясни рекурсию, я полный новичок", "я полный новичок"],
    ["Напиши сообщение начальнику, что я заболел", "начальник"],
    ["напиши письмо моему арендодателю про кран", "мой арендодатель"],
    ["письмо хозяину квартиры", "хозяин квартиры"],
    ["Necesito aprender Python, soy principiante", "soy principiante"],
    ["erkläre mir Rekursion, ich bin Anfänger", "ich bin Anfänger"],
    ["explique-moi la récursivité, je suis débutante", "je suis débutante"],
  ];
  for (const [text, expected] of cases) {
    assert.equal(audienceOf(text), expected, text);
  }
});

Deno.test("lengthOf() reads counted and worded lengths, not 'short story'", () => {
  const cases: [string, string | undefined][] = [
    ["keep it under 150 words", "under 150 words"],
    ["3 paragraphs please", "3 paragraphs"],
    ["не более 200 слов", "не более 200 слов"],
    ["máximo 100 palabras", "máximo 100 palabras"],
    ["300字以内", "300字以内"],
    ["लगभग 200 शब्द में लिखो", "लगभग 200 शब्द"],
    ["a short email", "short"],
    ["a short story about a cat", undefined],
    ["a long-term plan", undefined],
  ];
  for (const [text, expected] of cases) {
    assert.equal(lengthOf(text), expected, text);
  }
});

Deno.test("lengthOf() reads an inflected worded length as it reads after the label", () => {
  const cases: [string, string | undefined][] = [
    // "Länge: kurz", never the bare inflected "kurze".
    ["Schreib eine kurze Geschichte über einen Leuchtturmwärter", "kurz"],
    ["einen kurzen Text über Katzen", "kurz"],
    ["ein ausführlicher Bericht", "ausführlich"],
    // "Объём" is masculine: "короткий" whatever the noun.
    ["напиши короткий рассказ о смотрителе маяка", "короткий"],
    ["напиши короткую статью о маяках", "короткий"],
    ["подробное описание", "подробный"],
    ["напиши коротку історію", "короткий"],
    // "Extensión", "Longueur", "Extensão", "Długość" are feminine.
    ["escribe una historia corta sobre un farero", "corta"],
    ["un texto corto", "corta"],
    ["écris une histoire courte sur un gardien de phare", "courte"],
    ["un texte court", "courte"],
    ["escreva um texto curto sobre o mar", "curta"],
    ["napisz krótki wiersz o morzu", "krótka"],
    ["a brief note", "brief"],
    // A kind of work, and "recently", are no length.
    ["un court-métrage sur un phare", undefined],
    ["uma curta-metragem sobre o mar", undefined],
    ["escribe el guion de un corto sobre un farero", undefined],
    ["Ich habe vor kurzem einen Hund bekommen", undefined],
  ];
  for (const [text, expected] of cases) {
    assert.equal(lengthOf(text), expected, text);
  }
});

Deno.test("tonesOf() reads explicit and named tones in several languages", () => {
  assert.deepEqual(tonesOf("a witty, friendly post"), ["witty", "friendly"]);
  assert.deepEqual(tonesOf("Tone: warm but firm."), ["warm but firm"]);
  assert.deepEqual(tonesOf("дружелюбный пост"), ["дружелюбный"]);
  // Feelings are tones too: "funny but touching" is both.
  assert.deepEqual(
    tonesOf("a wedding toast for my brother, funny but touching"),
    ["funny", "touching"],
  );
  assert.deepEqual(tonesOf("тост на свадьбу, смешной и трогательный"), [
    "смешной",
    "трогательный",
  ]);
  assert.deepEqual(tonesOf("ein rührender Brief an meine Oma"), ["rührender"]);
  assert.deepEqual(tonesOf("eine Mail, höflich aber bestimmt"), ["höflich"]);
  assert.deepEqual(tonesOf("写一封正式的邮件"), ["正式"]);
  assert.deepEqual(tonesOf("a post about cats"), []);
});

Deno.test("readFacts() reads a programming language written in Devanagari, Arabic or Cyrillic letters", () => {
  for (
    const [text, stack] of [
      ["एक पायथन स्क्रिप्ट लिखो जो फ़ाइलों का नाम बदले", "Python"],
      ["जावास्क्रिप्ट में एक फ़ंक्शन लिखो", "JavaScript"],
      ["जावा में एक क्लास लिखो", "Java"],
      ["یک اسکریپت پایتون بنویس", "Python"],
      ["یک تابع جاوا اسکریپت بنویس", "JavaScript"],
      ["اكتب كود بايثون لقراءة ملف", "Python"],
      ["اكتب برنامج جافا سكريبت", "JavaScript"],
      ["اكتب برنامج جافا", "Java"],
      ["напиши скрипт на пайтоне", "Python"],
      ["напиши функцию на джаваскрипте", "JavaScript"],
      ["напиши функцію на пітоні", "Python"],
    ] as const
  ) {
    assert.deepEqual(readFacts(text).stack, [stack], text);
  }
});

Deno.test("readFacts() reads format, language, platform, deadline and stack; only what is written", () => {
  const facts = readFacts(
    "Write a LinkedIn post in Spanish as a bulleted list by Friday, with a Python snippet.",
  );
  assert.equal(facts.format, "a bulleted list");
  assert.equal(facts.language, "in Spanish");
  assert.deepEqual(facts.platform, ["LinkedIn"]);
  // An email is its medium, in the user's word (a "more detail" never asks for it).
  assert.deepEqual(
    readFacts("Schreib eine E-Mail an meinen Vermieter").platform,
    [
      "E-Mail",
    ],
  );
  assert.deepEqual(readFacts("write an email to my boss").platform, ["email"]);
  // Marketplaces by their names.
  assert.deepEqual(
    readFacts("a product description for my candles, for etsy").platform,
    ["Etsy"],
  );
  assert.deepEqual(
    readFacts("карточка товара для Wildberries: детский рюкзак").platform,
    ["Wildberries"],
  );
  assert.equal(
    readFacts("напиши пост про разрушение озонового слоя").platform,
    undefined,
  );
  assert.equal(
    readFacts("an essay about the Amazon rainforest").platform,
    undefined,
  );
  // What the user rules out is not the stack; a site to scrape is no platform.
  const scraper = readFacts(
    "Напиши код на python для парсинга сайта, без selenium",
  );
  assert.deepEqual(scraper.stack, ["Python"]);
  assert.equal(scraper.platform, undefined);
  assert.deepEqual(
    readFacts("a scraper without selenium or requests, use playwright").stack,
    ["Playwright"],
  );
  assert.deepEqual(readFacts("parse JSON in Go, not Python").stack, ["Go"]);
  // A negation rules out only the names right after it, joined by or/and/ni…
  assert.deepEqual(readFacts("no ORM, Python and PostgreSQL").stack, [
    "Python",
    "PostgreSQL",
  ]);
  assert.deepEqual(readFacts("Use React and no Redux, TypeScript").stack, [
    "TypeScript",
    "React",
  ]);
  assert.deepEqual(readFacts("No preference, Python or JavaScript").stack, [
    "Python",
    "JavaScript",
  ]);
  assert.deepEqual(readFacts("Python sin pandas ni numpy").stack, ["Python"]);
  assert.deepEqual(
    readFacts("no React, Vue, or Angular, use plain JavaScript").stack,
    ["JavaScript"],
  );
  assert.deepEqual(
    readFacts("without pandas, numpy or scipy, in python").stack,
    ["Python"],
  );
  assert.deepEqual(readFacts("Python ohne pandas und numpy").stack, ["Python"]);
  assert.equal(
    readFacts("write a python scraper for a website, without selenium")
      .platform,
    undefined,
  );
  assert.deepEqual(readFacts("write a website in react").platform, [
    "website",
  ]);
  assert.equal(facts.deadline, "by Friday");
  assert.deepEqual(facts.stack, ["Python"]);
  assert.deepEqual(readFacts("a jazz night poster"), {});
  assert.equal(
    readFacts("сделай к пятнице, на английском").deadline,
    "к пятнице",
  );
  // A length is no deadline: "до 150 слов" once read as "до 15".
  assert.equal(readFacts("пост до 150 слов").deadline, undefined);
  assert.equal(readFacts("пост до 15 слов").deadline, undefined);
  assert.equal(readFacts("отчёт до 15:00").deadline, "до 15:00");
  assert.equal(readFacts("отчёт до 15 мая").deadline, "до 15 мая");
  assert.equal(
    readFacts("сделай к пятнице, на английском").language,
    "на английском",
  );
});

Deno.test("withoutPlease() drops each 'please' with the spaces and commas around it", () => {
  const cases: [string, string][] = [
    ["Under 100 words please.", "Under 100 words."],
    ["Máximo 100 palabras, por favor.", "Máximo 100 palabras."],
    ["Please, 3 paragraphs.", "3 paragraphs."],
    ["Make it funny please!", "Make it funny!"],
    ["a, please, b", "a b"],
    ["Explain pleasure", "Explain pleasure"],
  ];
  for (const [text, expected] of cases) {
    assert.equal(withoutPlease(text), expected, text);
  }
});

Deno.test("asksForAStudyPlan(): learning something over a span of time is a plan; studying a market or a field's name is not", () => {
  for (
    const text of [
      "a study plan for python",
      "learn Spanish in five months",
      "learn SQL in 30 days",
      "выучить английский за 3 месяца",
      "aprender alemán en 8 semanas",
    ]
  ) {
    assert.equal(asksForAStudyPlan(text), true, text);
  }
  for (
    const text of [
      "изучить рынок кофеен за 2 недели",
      "machine learning models in 3 days",
      "studying abroad for a month",
    ]
  ) {
    assert.equal(asksForAStudyPlan(text), false, text);
  }
});

Deno.test("readFacts() reads what a learner already knows, or their level, in their words", () => {
  const cases: [string, string | undefined][] = [
    [
      "help me learn Spanish, I know basic grammar and want to speak with locals",
      "I know basic grammar",
    ],
    ["I'm at B1 level, help me learn German for work", "I'm at B1 level"],
    [
      "explain fractions to a 10 year old, she already knows how to divide",
      "she already knows how to divide",
    ],
    [
      "научи меня английскому, я уже знаю алфавит и базовые слова",
      "я уже знаю алфавит и базовые слова",
    ],
    [
      "enséñame inglés, ya sé un poco de gramática pero quiero hablar mejor",
      "ya sé un poco de gramática",
    ],
    [
      "bring mir Französisch bei, ich kann schon ein bisschen lesen",
      "ich kann schon ein bisschen lesen",
    ],
    ["teach me python", undefined],
    // Up to the request that follows it.
    ["я уже знаю алфавит, научи меня читать", "я уже знаю алфавит"],
    [
      "I already know basic JavaScript, teach me Python",
      "I already know basic JavaScript",
    ],
    // Not what they do not know, nor what they want to be able to do.
    ["Хочу выучить Python, но не знаю с чего начать", undefined],
    ["Quiero aprender inglés pero no sé por dónde empezar", undefined],
    ["Quero aprender inglês mas não sei por onde começar", undefined],
    ["non conosco la grammatica, insegnami", undefined],
    ["ich kann noch nicht lesen, bring mir Lesen bei", undefined],
    ["Help me learn Python so I can write scripts for work", undefined],
    ["Teach me Spanish so that I can speak with my in-laws", undefined],
  ];
  for (const [text, knows] of cases) {
    assert.equal(readFacts(text).knows, knows, text);
  }
});

Deno.test("readFacts() reads a budget as written, without the word the label says", () => {
  const cases: [string, string | undefined][] = [
    ["marketing plan for my coffee shop, budget $500 a month", "$500 a month"],
    ["ads for my gym, a $2k/month budget", "$2k/month"],
    [
      "стратегия продвижения кофейни, бюджет 30 000 руб в месяц",
      "30 000 руб в месяц",
    ],
    ["plan de marketing con un presupuesto de 500 € al mes", "500 € al mes"],
    [
      "Marketingplan mit einem Budget von 1.000 € pro Monat",
      "1.000 € pro Monat",
    ],
    ["landing page copy, small budget", "small budget"],
    ["we have no budget for ads", "no budget"],
    ["I have 500 dollars and a budget spreadsheet", undefined],
    ["plan a trip to Rome", undefined],
  ];
  for (const [text, budget] of cases) {
    assert.equal(readFacts(text).budget, budget, text);
  }
});

Deno.test("asksForAStudyPlan(): a plan over time, or a skill to learn, not one concept", () => {
  for (
    const text of [
      "a study plan to learn SQL in 30 days",
      "I want to learn guitar",
      "teach me Spanish, I'm a beginner",
      "I want to learn python from scratch",
      "teach me how to code",
      "хочу научиться играть на гитаре",
      "quiero aprender inglés para viajar",
      "ich möchte Gitarre lernen",
      "je veux apprendre à jouer de la guitare",
    ]
  ) {
    assert.equal(asksForAStudyPlan(text), true, text);
  }
  for (
    const text of [
      "I want to learn how photosynthesis works",
      "teach me recursion",
      "teach me python decorators",
      "explain python decorators",
      "teach me python, especially decorators",
      "I want to learn java. What are closures?",
    ]
  ) {
    assert.equal(asksForAStudyPlan(text), false, text);
  }
});

Deno.test("impliedForm(): the form a request names: a list, a plan, a comparison", () => {
  const cases: [string, ReturnType<typeof impliedForm>][] = [
    ["Give me 10 names for my bakery", "list_format"],
    ["ideas for a birthday party", "list_format"],
    ["придумай 10 названий для кофейни", "list_format"],
    ["create a weekly meal plan for a vegetarian family", "plan_format"],
    ["Plan a 5-day trip to Japan", "plan_format"],
    ["составь план тренировок на неделю", "plan_format"],
    ["составь программу тренировок на месяц", "plan_format"],
    ["compare Notion and Obsidian for note-taking", "comparison_format"],
    ["pros and cons of remote work", "comparison_format"],
    ["сравни два тарифа", "comparison_format"],
    ["what is the capital of France", undefined],
    ["help me with my essay", undefined],
    ["make me a daily study schedule", "plan_format"],
    ["suggest some names for my cat", "list_format"],
    // Words that only mention a schedule, a name, ideas or a likeness.
    ["what time does the schedule change", undefined],
    ["I'm planning to quit my job, how do I tell my boss", undefined],
    ["как изменилось расписание поездов", undefined],
    ["how do I confront my roommate about the dishes", undefined],
    ["what is a comparable salary for a nurse in Ohio", undefined],
    ["我比较喜欢猫，帮我写一段话", undefined],
    ["I have no ideas what to cook tonight", undefined],
    ["у меня нет идей, что подарить маме", undefined],
    ["मेरा नाम राहुल है, मेरी मदद करो", undefined],
  ];
  for (const [text, form] of cases) {
    assert.equal(impliedForm(text), form, text);
  }
});

Deno.test("asksForAStrategy(): a plan or a strategy, not copy", () => {
  for (
    const text of [
      "marketing plan for my coffee shop",
      "стратегия продвижения кофейни в инстаграме",
      "Marketingplan für mein Café",
      "análisis de la competencia para mi tienda",
      "составь план продвижения для кофейни",
      "I plan to open a bakery, make a plan for the first year",
      "an email marketing strategy for a bakery",
      "стратегия работы с поставщиками",
    ]
  ) {
    assert.equal(asksForAStrategy(text), true, text);
  }
  for (
    const text of [
      "landing page copy for my bakery",
      "three ad headlines for my marketing plan",
      "рекламный текст для кофейни",
      // "plan" as a verb is no plan asked for.
      "We plan to launch a new coffee blend; write three product descriptions",
      "Я планирую открыть кофейню, напиши приветственное сообщение",
      "рекламный пост для кофейни",
    ]
  ) {
    assert.equal(asksForAStrategy(text), false, text);
  }
});
