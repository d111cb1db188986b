import assert from "node:assert/strict";
import {
  type CategoryId,
  detectCategory,
} from "../../src/enhance/categories.ts";

const FIRES: [string, CategoryId][] = [
  ["draw a cat in a spacesuit", "image"],
  ["нарисуй кота в космосе, акварель", "image"],
  ["画一只在月球上的猫", "image"],
  ["logo for my bakery", "image"],
  ["10 second video of waves at sunset for Sora", "video"],
  ["видео для рилс: дрон над горами", "video"],
  ["write a python function that parses dates", "coding"],
  ["how do I center a div with css", "coding"],
  ["Fix this:\n```js\nconst x = [1,2].map(n => n * 2\n```", "coding"],
  ["напиши функцию на питоне для сортировки", "coding"],
  ["SQL query for the top 10 customers by revenue", "data"],
  ["```sql\nselect * from users\n```\nwhy is this slow", "data"],
  ["a poem for my grandma's birthday", "writing"],
  ["escribe un cuento para niños sobre un dragón", "writing"],
  ["写一篇关于秋天的作文", "writing"],
  ["email to my landlord about the broken heater", "email"],
  ["Schreibe eine E-Mail an meinen Chef", "email"],
  // Skills named in passing are who the user is, not what they ask for.
  [
    "I need a cover letter for a junior data analyst job at Spotify, I have 2 years of Excel and SQL experience",
    "email",
  ],
  [
    "I have experience with python, write a script that renames files",
    "coding",
  ],
  [
    "Напиши сопроводительное письмо на позицию аналитика, у меня 2 года опыта в Excel и SQL",
    "email",
  ],
  [
    "Carta de presentación para un puesto de analista, tengo 2 años de experiencia con Excel y SQL",
    "email",
  ],
  [
    "Anschreiben für eine Stelle als Datenanalyst, ich habe 2 Jahre Erfahrung mit Excel und SQL",
    "email",
  ],
  [
    "lettre de motivation pour un poste d'analyste, 2 ans d'expérience en SQL",
    "email",
  ],
  // The request after the skills still counts.
  ["опыт в Excel есть, напиши SQL запрос для выручки по месяцам", "data"],
  [
    "Tengo experiencia con Excel pero necesito una consulta SQL por mes",
    "data",
  ],
  [
    "I have experience with python but need a script that renames files",
    "coding",
  ],
  ["Give me 5 years of monthly sales data as a SQL query", "data"],
  ["Compute many years of compound interest in Python", "coding"],
  // A description for an AI image is the image prompt itself.
  ["Write a description for an AI image of a castle in the clouds", "image"],
  // Text written for a picture is text.
  [
    "create an instagram caption for a photo of my new puppy, funny",
    "writing",
  ],
  ["landing page copy for my bakery's subscription", "business"],
  ["маркетинговая стратегия для кофейни", "business"],
  ["compare the evidence on intermittent fasting, with sources", "research"],
  ["explain photosynthesis to a 10 year old", "learning"],
  ["explique-moi la photosynthèse", "learning"],
  ["Erstelle einen Lernplan für Mathe", "learning"],
  ["system prompt for a customer support bot", "system_prompt"],
  ["I want a bot that helps customers choose a bike", "system_prompt"],
  ["une photo d'un phare à l'aube", "image"],
  ["una foto di un faro all'alba", "image"],
  ["una foto de un faro al amanecer", "image"],
  ["ein Foto von einem Leuchtturm bei Sonnenaufgang", "image"],
  ["un dessin d'un dragon rouge", "image"],
  // Text written for a picture is text, in other languages too.
  ["écris une légende pour ma photo de plage à Nice", "writing"],
  ["una didascalia per la foto del mio cane", "writing"],
  ["escribe un pie de foto para mi foto de la playa", "writing"],
  ["Schreib eine Bildunterschrift für mein Foto vom Strand", "writing"],
  ["escribe un pie de foto divertido", "writing"],
  ["pie de foto", "writing"],
  ["напиши подпись к фото с моря для инстаграма", "writing"],
  ["un titre pour la vidéo YouTube de ma chaîne", "writing"],
  ["Bring mir Englisch bei", "learning"],
  [
    "Escribe un discurso para la boda de mi hermana, divertido y emotivo",
    "writing",
  ],
  ["écris un discours pour le mariage de mon frère", "writing"],
  ["напиши речь на свадьбу сестры", "writing"],
  ["Schreib eine Rede für die Hochzeit meines Bruders", "writing"],
  ["Schreib eine Bewerbung als Krankenpfleger", "email"],
  ["Écris une lettre de motivation pour un poste de développeur", "email"],
  [
    "напиши описание товара для маркетплейса: беспроводные наушники",
    "business",
  ],
  ["escribe una descripción del producto para mi tienda", "business"],
  ["Produktbeschreibung für handgemachte Kerzen", "business"],
  ["पायथन में CSV फ़ाइल पढ़ने का कोड लिखो", "coding"],
  ["اكتب كود بايثون لقراءة ملف", "coding"],
  ["kedimin karda oynadığı bir resim çiz", "image"],
  ["یک روباه در برف بکش", "image"],
  ["Bir kedi çiz", "image"],
  ["plajda köpeğin fotoğrafını oluştur", "image"],
  ["bir kahve dükkanı logosu tasarla", "image"],
  ["kedinin videosunu yap", "video"],
  ["karda koşan bir tilki videosu oluştur", "video"],
  ["یک لوگو برای کافه من بساز", "image"],
  ["एक बर्फ में लोमड़ी की तस्वीर बनाओ", "image"],
  ["Scrivi una storia sul mare, breve e divertente", "writing"],
  ["напиши историю про дракона", "writing"],
  // A message to the boss or the landlord is a message, in other languages too.
  ["Напиши сообщение начальнику, что я заболел и не приду завтра", "email"],
  ["escribe un mensaje a mi jefe, estoy enfermo", "email"],
  ["schreib eine Nachricht an meinen Chef", "email"],
  ["écris un message à mon patron", "email"],
  ["scrivi un messaggio al mio capo", "email"],
  ["bring mir bitte bei, wie man Brot backt", "learning"],
  // A Latin word written against Chinese characters is still a word.
  ["帮我写一个SQL查询，找出上个月销售额最高的10个客户", "data"],
  ["用python写一个爬虫", "coding"],
  ["用Excel做一个表格", "data"],
  // A table as the answer's layout is no data work; a table to build is.
  [
    "Write product descriptions for our handmade ceramic mugs, warm tone, about 80 words each, output as a table with name and description",
    "business",
  ],
  [
    "Write descriptions of our mugs, as a table with columns name and description",
    "writing",
  ],
  ["summarise my spending data in a table", "data"],
  ["create a table in postgres with columns id and name", "data"],
  ["insert rows into a table", "data"],
  ["SQL query that joins two tables", "data"],
  // A scene with how it is painted, framed or shot is a picture...
  ["un gato astronauta flotando en el espacio, estilo acuarela", "image"],
  ["猫が桜の木の下で寝ているイラスト", "image"],
  ["a red fox in the snow, image", "image"],
  ["Photo: an old fisherman mending nets", "image"],
  ["photo of a red car, wide shot", "image"],
  ["a red car, wide shot", "image"],
  // A lens in a scene, a question that asks for a picture, a label before
  // what not to show: pictures still.
  ["Close-up of a hummingbird, 85mm lens, bokeh", "image"],
  ["Could you do a cinematic wide shot of a neon city at night", "image"],
  ["What about a low-angle shot of a skyscraper", "image"],
  ["Image: do not show people, a foggy forest", "image"],
  ["a red car in the rain, 85mm, bokeh", "image"],
  ["um farol numa tempestade, estilo cinematográfico", "image"],
  ["сгенерируй фото старого рыбака", "image"],
  ["фото старого рыбака", "image"],
  ["یک عکس از یک گربه بساز", "image"],
  ["зображення кота в космосі", "image"],
  // Polish: "zdjęcie" before what it shows, framing words, "ilustracja".
  ["zdjęcie starego rybaka w stylu noir, zbliżenie", "image"],
  ["zdjęcie kota na parapecie, złota godzina, szeroki kadr", "image"],
  ["wygeneruj zdjęcie starego rybaka", "image"],
  ["latarnia morska w burzy, szeroki kadr, z lotu ptaka", "image"],
  ["ilustracja do bajki o smoku", "image"],
  // ... or a video when a video cue leads.
  ["10 second video of waves at sunset, wide shot, 35mm", "video"],
  ["відео: кіт стрибає через паркан у сповільненій зйомці", "video"],
  // A photo the text is for, or an app for photos, is no picture to make.
  ["write a caption for my photo", "writing"],
  ["photo editing app in Python", "coding"],
  ["фото редактор на python", "coding"],
  ["напиши пост, фото кота прилагаю", "writing"],
  ["explain depth of field to a beginner", "learning"],
  ["write a story about a cat, cinematic style", "writing"],
  // Essays and business plans in the languages that lacked them.
  ["rédige un essai sur la révolution française en 1000 mots", "writing"],
  ["scrivi un saggio sulla rivoluzione francese", "writing"],
  ["اكتب خطة عمل لمقهى صغير", "business"],
  ["buatkan rencana bisnis untuk kedai kopi", "business"],
  ["plan de negocios para una cafetería", "business"],
  ["напиши бізнес-план для кав'ярні", "business"],
];

const DOES_NOT_FIRE: [string, CategoryId][] = [
  // "draw" inside a story is still a story; "night" is not a video; an email about an image is an email.
  ["write a story about a girl who loves to draw", "image"],
  ["plan a trip to Rome", "image"],
  ["plan a trip to Rome", "coding"],
  ["explain this python code to me:\n```py\nprint(1)\n```", "learning"],
  ["email my team about the new logo", "image"],
  ["a poster for a jazz night", "video"],
  // A supplier is no post, to become no article.
  ["речь идёт о ценах, напиши письмо поставщику", "writing"],
  // A training programme is no program, boots are no bot.
  ["составь программу тренировок на месяц", "coding"],
  ["напиши описание для ботинок в интернет-магазин", "system_prompt"],
  // A network is no speech.
  ["crie uma rede neural em python", "writing"],
  // History is no story.
  ["история продаж за 2024 год в таблице", "writing"],
  ["расскажи историю Рима", "writing"],
  // "Draw" that draws nothing, and words that only mention a picture or code.
  ["Bu metni özetle ve önemli noktaların altını çiz", "image"],
  ["Yol haritası çiz", "image"],
  ["Resim öğretmenime bir teşekkür mektubu yaz", "image"],
  ["Görsel tasarım ajansımız için bir iş teklifi e-postası yaz", "image"],
  ["یک متن مدیتیشن بنویس: نفس عمیق بکش", "image"],
  ["درباره عکس‌العمل مشتریان یک گزارش بنویس", "image"],
  ["برای عکس‌های عروسی‌ام یک کپشن بنویس", "image"],
  ["मेरी पसंदीदा फिल्म के बारे में एक लेख लिखो, इस चित्र ने मुझे रुला दिया", "image"],
  ["कोड ऑफ कंडक्ट पर एक ईमेल लिखो", "coding"],
  ["یک ایمیل درباره کد تخفیف برای مشتریان بنویس", "coding"],
  ["کد پستی تهران چیست", "coding"],
  // "bring mir" without its "bei" is "bring me".
  ["Bring mir 10 Ideen für einen Instagram-Post", "learning"],
  ["Bring mir eine Zusammenfassung dieses Artikels", "learning"],
  [
    "Write product descriptions for our handmade ceramic mugs, warm tone, about 80 words each, output as a table with columns name and description",
    "data",
  ],
  [
    "a list of 10 books to read, as a markdown table with columns title, author, year",
    "data",
  ],
  // A free trial is no essay, a photo shoot no essay either.
  ["un essai gratuit de 30 jours pour notre app", "writing"],
  ["ensaio fotográfico na praia", "writing"],
  // A photo the text is for, a style to write in, a rapprochement.
  ["napisz post na Instagram, zdjęcie kota w załączniku", "image"],
  ["napisz opowiadanie o kocie w stylu Hemingwaya", "image"],
  ["zbliżenie polsko-niemieckie po wojnie, napisz esej", "image"],
];

Deno.test("detectCategory() picks the category from cue words in many languages", () => {
  for (const [text, expected] of FIRES) {
    const guess = detectCategory(text);
    assert.equal(guess.category, expected, text);
    assert.ok(guess.confidence > 0 && guess.confidence <= 1, text);
    assert.equal(guess.scores[0].category, expected, text);
  }
});

Deno.test("detectCategory() does not fire on a cue word used in another sense", () => {
  for (const [text, wrong] of DOES_NOT_FIRE) {
    assert.notEqual(detectCategory(text).category, wrong, text);
  }
});

Deno.test("detectCategory() answers general with confidence 0 when nothing points anywhere", () => {
  for (
    const text of [
      "plan a trip to Rome",
      "cat",
      "🙂🙂🙂",
      "как дела",
      // A bare scene may as well be a story: no cue says it is a picture.
      "a cat on a roof at sunset",
      "a dragon flying over a medieval castle",
      "фото для паспорта: какие требования",
      // A passport photo, an app for photos, a profile photo, taking off a
      // block or a cast: no picture to make.
      "zdjęcie do paszportu: jakie wymagania",
      "edytor zdjęć",
      "zdjęcie profilowe na LinkedIn",
      "zdjęcie blokady z konta bankowego",
      "zdjęcie gipsu po złamaniu",
      // Framing words in a question, a lens as a camera to buy, a race.
      "what is bokeh",
      "recommend a 35mm film camera for a beginner",
      "a training plan for an 8k run",
      // Lenses to choose, and a label before no scene.
      "should I buy a 50mm or 85mm lens?",
      "85mm vs 135mm for headshots",
      "recommend settings for a 35mm lens at night",
      "Image: how to upload pictures to my website",
      "Photo: tips for a beginner photographer",
    ]
  ) {
    const guess = detectCategory(text);
    assert.equal(guess.category, "general", text);
    assert.equal(guess.confidence, 0, text);
  }
});

Deno.test("detectCategory() is deterministic and more confident with more cues", () => {
  const one = detectCategory("a logo");
  const many = detectCategory(
    "a watercolor illustration, a poster for Midjourney",
  );
  assert.deepEqual(detectCategory("a logo"), one);
  assert.ok(many.confidence > one.confidence);
});

Deno.test("detectCategory(): wanting to learn a language or field is learning, not that field; explaining code or machine learning is not", () => {
  for (
    const text of [
      "составь учебный план по python",
      "a study plan for python",
      "teach me python basics",
      "help me learn javascript",
      "научи меня SQL",
      "quiero aprender python",
    ]
  ) {
    assert.equal(detectCategory(text).category, "learning", text);
  }
  for (
    const text of [
      "explain this python code",
      "train a machine learning model in python",
    ]
  ) {
    assert.equal(detectCategory(text).category, "coding", text);
  }
});

Deno.test("detectCategory(): only the user's own wish to learn counts, not a learner named in the task", () => {
  for (
    const [text, category] of [
      ["email to customers: learn about our new features", "email"],
      ["изучить рынок кофеен и написать бизнес-план", "business"],
      [
        "system prompt for a tutor bot that helps kids learn math",
        "system_prompt",
      ],
    ] as const
  ) {
    assert.equal(detectCategory(text).category, category, text);
  }
  for (
    const text of [
      "I want to learn SQL in 30 days",
      "хочу выучить английский за 3 месяца",
      "je veux apprendre le piano",
      "voglio imparare il tedesco",
    ]
  ) {
    assert.equal(detectCategory(text).category, "learning", text);
  }
});
