/**
 * Few-shot examples for the meta-prompt: rough prompts and the prompts a
 * strong prompt engineer would write from them, at least two per category and
 * target. Text examples are kept as parts (role, task, context…) and laid out
 * for each text target, so that ChatGPT, Claude and reasoning models each see
 * the shape they should get; image and video examples are written per target.
 *
 * @module
 */

import type { CategoryId } from "./categories.ts";
import type { TargetId } from "./targets.ts";

/** One rough → improved pair, with the notes that go with the improved prompt. */
export interface Example {
  readonly rough: string;
  readonly prompt: string;
  readonly assumptions: readonly string[];
  readonly placeholders: readonly string[];
  /** One line for the user when the rough prompt was not in English (image and video). */
  readonly translationNote?: string;
}

/** A text example as parts, laid out per target by {@linkcode examplesFor}. */
interface TextExample {
  readonly rough: string;
  readonly role: string;
  readonly task: string;
  readonly context: readonly string[];
  readonly requirements: readonly string[];
  readonly format: string;
  /** What a correct, complete answer satisfies (for reasoning models). */
  readonly success: readonly string[];
  readonly assumptions: readonly string[];
  readonly placeholders: readonly string[];
  /** Labels in the rough prompt's language, when it is not English. */
  readonly labels?: Readonly<Record<TextLabel, string>>;
}

type TextLabel =
  | "task"
  | "context"
  | "requirements"
  | "format"
  | "goal"
  | "constraints"
  | "success";

const ENGLISH_LABELS: Record<TextLabel, string> = {
  task: "Task",
  context: "Context",
  requirements: "Requirements",
  format: "Output format",
  goal: "Goal",
  constraints: "Constraints",
  success: "Success criteria",
};

const TEXT_EXAMPLES: Readonly<
  Partial<Record<CategoryId, readonly TextExample[]>>
> = {
  general: [
    {
      rough:
        "plan a 3 day trip to lisbon in may, we like food and walking, not museums",
      role: "You are an experienced travel planner who knows Lisbon well.",
      task:
        "Plan a 3-day trip to Lisbon in May for travellers who like food and walking, not museums.",
      context: [
        "Travellers: [number of people and ages]; budget: [budget per day].",
        "They enjoy food and walking; they do not want museums.",
      ],
      requirements: [
        "One day at a time: morning, afternoon and evening, with walking routes between neighbourhoods.",
        "At least two food experiences a day (markets, local dishes, a pastelaria); name the dish to try.",
        "Keep walking to about 10–15 km a day and note the hills.",
        "No museums; viewpoints, markets and streets are fine.",
      ],
      format:
        "A day-by-day plan with times, then a short list of practical tips (transport, reservations, May weather).",
      success: [
        "Every day has a feasible route with realistic walking distances.",
        "No museum appears in the plan.",
        "Each day names at least two specific food stops or dishes.",
      ],
      assumptions: ["The trip is in May, as stated; no dates were given."],
      placeholders: [
        "[number of people and ages]: who is travelling",
        "[budget per day]: how much you want to spend",
      ],
    },
    {
      rough:
        "Ты — опытный юрист по трудовому праву РФ. Объясни, какие выплаты мне положены при увольнении по собственному желанию, если у меня остался неиспользованный отпуск 14 дней. Ответь списком, со ссылками на статьи ТК РФ.",
      role: "Ты — опытный юрист по трудовому праву РФ.",
      task:
        "Объясни, какие выплаты мне положены при увольнении по собственному желанию, если у меня остался неиспользованный отпуск 14 дней.",
      context: [
        "Увольнение по собственному желанию; неиспользованный отпуск — 14 дней.",
        "Мой оклад и стаж: [оклад и стаж, если важны для расчёта].",
      ],
      requirements: [
        "Назови каждую выплату и когда её должны перечислить.",
        "Покажи, как считается компенсация за 14 дней отпуска.",
        "Для каждого пункта укажи статью ТК РФ.",
      ],
      format: "Список выплат, затем короткий пример расчёта компенсации.",
      success: [
        "Перечислены все выплаты при увольнении по собственному желанию.",
        "У каждого пункта есть ссылка на статью ТК РФ.",
        "Расчёт компенсации за 14 дней понятен и воспроизводим.",
      ],
      assumptions: [
        "Запрос уже хорошо составлен: сохранены роль, вопрос и формат, добавлены только сроки и пример расчёта.",
      ],
      placeholders: [
        "[оклад и стаж, если важны для расчёта]: для точной суммы",
      ],
      labels: {
        task: "Задача",
        context: "Контекст",
        requirements: "Требования",
        format: "Формат ответа",
        goal: "Цель",
        constraints: "Ограничения",
        success: "Критерии успеха",
      },
    },
  ],
  coding: [
    {
      rough: "python script that renames my photos by the date they were taken",
      role:
        "You are a senior Python developer who writes safe, well-tested file tools.",
      task:
        "Write a Python script that renames photos in a folder by the date they were taken.",
      context: [
        "Photos: [file types, e.g. JPEG and HEIC], in [folder path or passed as an argument].",
        "Operating system: [Windows, macOS or Linux].",
      ],
      requirements: [
        "Read the date taken from EXIF (DateTimeOriginal); fall back to the file's modification time and say so in the log.",
        "New name: YYYY-MM-DD_HH-MM-SS plus the original extension; add _1, _2… on collisions, never overwrite a file.",
        "A --dry-run flag that prints the planned renames without changing anything.",
        "Python 3.10+, standard library plus Pillow only.",
        "Handle: no EXIF data, unreadable files, non-image files, an empty folder.",
      ],
      format:
        "The complete script in one code block, then how to install Pillow and run it, then pytest tests for the date parsing and collision handling.",
      success: [
        "Running it twice does not rename files again or lose any file.",
        "--dry-run changes nothing on disk.",
        "Every edge case listed is handled with a clear message.",
      ],
      assumptions: [
        "Python 3.10+ with Pillow; the date format YYYY-MM-DD_HH-MM-SS was chosen.",
      ],
      placeholders: [
        "[file types, e.g. JPEG and HEIC]: which photos",
        "[folder path or passed as an argument]: where they are",
        "[Windows, macOS or Linux]: where it runs",
      ],
    },
    {
      rough:
        "my react useEffect runs twice and calls the api two times. how to fix\n```jsx\nuseEffect(() => { fetch('/api/items').then(r => r.json()).then(setItems) }, [])\n```",
      role: "You are a senior React engineer.",
      task:
        "Explain why this useEffect runs twice and calls the API two times, and fix it.",
      context: [
        "The code:\n```jsx\nuseEffect(() => { fetch('/api/items').then(r => r.json()).then(setItems) }, [])\n```",
        "React version: [React version]; it happens in [development only, or in production too].",
      ],
      requirements: [
        "Explain the cause (for example React 18 StrictMode double-invoking effects in development) and how to confirm it.",
        "Show the fix with an AbortController cleanup so a second call cannot set state twice.",
        "Say whether a data-fetching library (React Query, SWR) would be the better fix and why.",
      ],
      format:
        "The cause in 2–3 sentences, then the corrected code in one block, then a short note on production behaviour.",
      success: [
        "The explanation matches the React version and environment given.",
        "The fixed code cleans up the request and cannot update state after unmount.",
      ],
      assumptions: ["The component runs under React 18 or later."],
      placeholders: [
        "[React version]: from package.json",
        "[development only, or in production too]: where you see it",
      ],
    },
  ],
  writing: [
    {
      rough:
        "write a poem for my grandma's 80th birthday, she loves her garden",
      role:
        "You are a warm, skilled poet who writes personal verse for family occasions.",
      task: "Write a poem for my grandma's 80th birthday.",
      context: [
        "She loves her garden.",
        "Details to weave in: [her name, favourite flowers, a shared memory].",
      ],
      requirements: [
        "Tone: tender and joyful, not sentimental or about old age.",
        "Use garden imagery (seasons, growing, roots) to celebrate her 80 years.",
        "4 stanzas of 4 lines, gentle rhyme, easy to read aloud at the party.",
      ],
      format: "The poem only, with a short title.",
      success: [
        "It mentions the 80th birthday and her garden.",
        "It can be read aloud in under a minute.",
      ],
      assumptions: ["4 rhyming stanzas, to be read aloud."],
      placeholders: [
        "[her name, favourite flowers, a shared memory]: to make it personal",
      ],
    },
    {
      rough:
        "Edit my LinkedIn post to sound less arrogant but keep my achievements: 'I single-handedly saved the Q3 launch. Nobody else saw the bug. I fixed it in 2 hours.'",
      role: "You are an experienced editor of professional social posts.",
      task:
        "Edit my LinkedIn post so it sounds less arrogant while keeping my achievements.",
      context: [
        'The post: "I single-handedly saved the Q3 launch. Nobody else saw the bug. I fixed it in 2 hours."',
      ],
      requirements: [
        "Keep the facts: the Q3 launch, the bug, fixed in 2 hours.",
        "Credit the team's context without inventing names or events; no false modesty.",
        "LinkedIn style: first line that makes people read on, short paragraphs, at most 120 words, no more than 2 hashtags.",
      ],
      format: "The edited post, then 2 alternative first lines.",
      success: [
        "Every achievement in the original is still there.",
        "No sentence puts others down.",
      ],
      assumptions: ["At most 120 words suits LinkedIn."],
      placeholders: [],
    },
  ],
  research: [
    {
      rough:
        "is intermittent fasting better than calorie counting for weight loss",
      role: "You are a careful research analyst in nutrition science.",
      task:
        "Compare intermittent fasting with daily calorie counting for weight loss in adults, based on the evidence.",
      context: [
        "Purpose: [personal decision, an article, a clinical question].",
        "Population: adults with overweight; [any health conditions to consider].",
      ],
      requirements: [
        "Use randomized controlled trials and meta-analyses, preferably from the last 10 years; cite each key claim with a link.",
        "Compare weight loss at 6 and 12 months, adherence and drop-out, and side effects.",
        "Separate what is well established from what is uncertain; say where studies disagree.",
        "Never invent a study or a number.",
      ],
      format:
        "A 3-sentence answer, then a comparison table, then the limits of the evidence and a list of sources.",
      success: [
        "Every number has a cited source.",
        "The conclusion follows from the studies cited and states its certainty.",
      ],
      assumptions: [
        "Adults with overweight; RCTs and meta-analyses from the last 10 years.",
      ],
      placeholders: [
        "[personal decision, an article, a clinical question]: what it is for",
        "[any health conditions to consider]: e.g. diabetes",
      ],
    },
    {
      rough: "market size of electric bikes in germany",
      role: "You are a market research analyst.",
      task: "Estimate the market size of electric bikes in Germany.",
      context: ["Purpose: [investment, a business plan, a school project]."],
      requirements: [
        "Give units sold and revenue for the latest available year, and the growth over the previous 5 years.",
        "Use industry associations (such as ZIV), official statistics and named market reports; cite each figure with its year.",
        "Where sources differ, show the range and explain why.",
        "Segment by type (city, trekking, e-MTB, cargo) if data exists.",
      ],
      format:
        "A short summary, a table of figures with sources, then drivers, risks and open questions.",
      success: [
        "Each figure states its source and year.",
        "Differences between sources are explained, not averaged away.",
      ],
      assumptions: ["The latest available year and the 5 years before it."],
      placeholders: [
        "[investment, a business plan, a school project]: what it is for",
      ],
    },
  ],
  business: [
    {
      rough: "instagram ad for my vegan bakery opening in Leeds next month",
      role:
        "You are a seasoned social media copywriter for local food businesses.",
      task:
        "Write Instagram ad copy for the opening of my vegan bakery in Leeds next month.",
      context: [
        "A vegan bakery opening in Leeds next month; opening date and address: [date and address].",
        "Signature products or opening offer: [e.g. free coffee with any pastry on opening day].",
      ],
      requirements: [
        "Goal: people visit in the opening week.",
        "Audience: people in Leeds who like good baking, vegan or not.",
        "Tone: warm, playful, confident; taste first, vegan second.",
        "Primary text under 125 characters before the 'more' cut; a headline under 40 characters; 3–5 relevant hashtags.",
        "Call to action: visit on opening day.",
      ],
      format:
        "3 variants, each with primary text, headline and hashtags, and one line on the angle of each.",
      success: [
        "Each variant fits Instagram's limits and names Leeds and the opening.",
        "No claim the user did not give (prices, awards).",
      ],
      assumptions: ["The goal is visits in the opening week."],
      placeholders: [
        "[date and address]: when and where",
        "[e.g. free coffee with any pastry on opening day]: your offer",
      ],
    },
    {
      rough: "one page business plan for a dog walking service",
      role:
        "You are a small-business advisor who writes concise, realistic plans.",
      task: "Write a one-page business plan for a dog walking service.",
      context: [
        "Location: [city or area]; starting as [solo or with staff]; budget: [starting budget].",
      ],
      requirements: [
        "Sections: offer and prices, target customers, competitors, marketing, costs, break-even, first 90 days.",
        "Use clearly marked assumptions for any number you have to estimate.",
        "Keep it to one page (about 400 words).",
      ],
      format: "Headed sections with short bullets; numbers in a small table.",
      success: [
        "Fits on one page.",
        "Every estimated number is marked as an assumption.",
      ],
      assumptions: ["About 400 words counts as one page."],
      placeholders: [
        "[city or area]: where",
        "[solo or with staff]: how you start",
        "[starting budget]: money available",
      ],
    },
  ],
  system_prompt: [
    {
      rough: "a bot for my bike shop that helps customers choose a bike",
      role:
        "You are the friendly bike advisor of [shop name], a bike shop in [city]. You help customers choose the right bike.",
      task:
        "Find out what the customer needs and recommend up to three bikes from the shop's range, explaining why each fits.",
      context: [
        "Our range and prices: [list or link to the catalogue].",
        "Services: [test rides, fitting, repairs, financing].",
      ],
      requirements: [
        "Ask about use (commuting, sport, family, off-road), budget, height and experience before recommending; one question at a time.",
        "Recommend only bikes from our range; never invent models, prices or stock.",
        "If you do not know, say so and offer to connect the customer with the shop ([contact]).",
        "Politely decline topics unrelated to bikes and the shop.",
        "Tone: friendly, plain language, no jargon unless the customer uses it.",
      ],
      format:
        "Short messages (under 80 words); recommendations as a list with the model, price and one reason.",
      success: [
        "The assistant asks about needs before recommending.",
        "It never recommends a bike outside the given range.",
      ],
      assumptions: ["The bot chats with customers on the shop's website."],
      placeholders: [
        "[shop name], [city]: who you are",
        "[list or link to the catalogue]: what you sell",
        "[test rides, fitting, repairs, financing]: your services",
        "[contact]: how to reach a person",
      ],
    },
    {
      rough:
        "GPT that reviews my students' essays and gives feedback but never rewrites them",
      role:
        "You are a supportive writing tutor who gives feedback on students' essays without rewriting them.",
      task:
        "Read the essay a student pastes and give feedback that helps them improve it themselves.",
      context: [
        "Students: [age or level, e.g. 15-year-olds writing in English]; assignment: [essay type and criteria].",
      ],
      requirements: [
        "Never rewrite sentences or paragraphs, even if asked; instead, point to the passage and ask a guiding question.",
        "Cover structure, argument, evidence and language, in that order; at most 3 points each.",
        "Start with one specific strength; be encouraging and concrete.",
        "If the text is not an essay, ask the student to paste their essay.",
      ],
      format:
        "Headings Strengths, Structure, Argument, Evidence, Language, Next step; bullets under each.",
      success: [
        "No rewritten sentence appears in the feedback.",
        "Each point quotes or locates the passage it is about.",
      ],
      assumptions: [
        "Feedback follows structure, argument, evidence, language.",
      ],
      placeholders: [
        "[age or level, e.g. 15-year-olds writing in English]: who the students are",
        "[essay type and criteria]: what they are graded on",
      ],
    },
  ],
  data: [
    {
      rough: "sql to get top 10 customers by revenue last year",
      role: "You are a senior data analyst who writes correct, readable SQL.",
      task:
        "Write a SQL query that returns the top 10 customers by revenue last year.",
      context: [
        "Database: [PostgreSQL, MySQL, BigQuery…].",
        "Tables: [e.g. customers(id, name), orders(id, customer_id, created_at, total)].",
      ],
      requirements: [
        '"Last year" means the previous calendar year; compute the range in SQL rather than hard-coding dates.',
        "Revenue = sum of order totals; [exclude refunded or cancelled orders, if such a status exists].",
        "Return customer id, name and revenue, sorted by revenue descending; handle ties deterministically.",
      ],
      format:
        "The query in one code block, then a short explanation and the assumptions about the schema.",
      success: [
        "The query runs on the named dialect with the given schema.",
        "Exactly 10 rows (fewer if there are fewer customers), correctly ordered.",
      ],
      assumptions: ['"Last year" is the previous calendar year.'],
      placeholders: [
        "[PostgreSQL, MySQL, BigQuery…]: your database",
        "[e.g. customers(id, name), orders(id, customer_id, created_at, total)]: your tables",
        "[exclude refunded or cancelled orders, if such a status exists]: how to treat refunds",
      ],
    },
    {
      rough:
        "excel formula to count how many times each name appears in column A",
      role: "You are an expert in Excel and Google Sheets formulas.",
      task:
        "Give me a formula that counts how many times each name appears in column A.",
      context: [
        "Names are in column A from [A2] down; Excel version: [Microsoft 365 or older].",
      ],
      requirements: [
        "Produce a list of unique names with their counts, updating when data changes.",
        "Ignore empty cells; say whether the count is case-sensitive.",
        "Give a version for older Excel without dynamic arrays if it differs.",
      ],
      format:
        "The formula(s) in a code block, where to put them, then a 3-row example.",
      success: [
        "Counts match a manual count on the example.",
        "Empty cells are not counted as a name.",
      ],
      assumptions: ["Data starts in A2 with a header in A1."],
      placeholders: [
        "[A2]: first data cell",
        "[Microsoft 365 or older]: your version",
      ],
    },
  ],
  email: [
    {
      rough:
        "email to my landlord, heater broken for a week, want it fixed by friday",
      role: "You are a clear, polite communicator who writes effective emails.",
      task:
        "Write an email to my landlord asking for the broken heater to be fixed by Friday.",
      context: [
        "The heater has been broken for a week.",
        "Address and earlier contact: [flat address; whether you reported it before and when].",
      ],
      requirements: [
        "Goal: a repair date confirmed before Friday.",
        "Tone: polite and firm, no blame.",
        "Under 150 words; state the problem, how long it has lasted, the deadline, and ask for a reply with a repair time.",
      ],
      format: "A subject line, then the email, with [your name] at the end.",
      success: [
        "The landlord can tell what is broken, since when, and by when it must be fixed.",
        "It asks for a concrete reply.",
      ],
      assumptions: ["Friday means this Friday."],
      placeholders: [
        "[flat address; whether you reported it before and when]: facts to include",
        "[your name]: signature",
      ],
    },
    {
      rough: "decline a job offer politely but keep the door open",
      role:
        "You are an experienced career coach who writes gracious professional emails.",
      task:
        "Write an email declining a job offer politely while keeping the door open.",
      context: [
        "Company and role: [company, role, recruiter's name].",
        "Reason, if you want to share one: [e.g. accepted another offer].",
      ],
      requirements: [
        "Thank them specifically for their time and the offer.",
        "Decline clearly in the first two sentences; no over-apologising.",
        "Say you would like to stay in touch for future roles.",
        "Under 120 words; warm, professional tone.",
      ],
      format: "A subject line, then the email.",
      success: [
        "The decline is unambiguous.",
        "It leaves a positive impression.",
      ],
      assumptions: [],
      placeholders: [
        "[company, role, recruiter's name]: who it is to",
        "[e.g. accepted another offer]: your reason, or leave it out",
      ],
    },
  ],
  learning: [
    {
      rough: "explain how vaccines work to a 10 year old",
      role:
        "You are a friendly science teacher who explains ideas to children.",
      task: "Explain how vaccines work to a 10-year-old.",
      context: ["The child knows that germs can make people ill."],
      requirements: [
        "Use simple words and short sentences; explain any new word.",
        "Use one everyday analogy (for example a 'wanted' poster that trains the body's guards).",
        "Be accurate: no scary details, no oversimplified claims that are wrong.",
        "About 150–200 words.",
      ],
      format:
        "The explanation, then one question the child can answer to check they understood.",
      success: [
        "A 10-year-old could retell the main idea.",
        "Nothing in it is scientifically wrong.",
      ],
      assumptions: ["The child knows germs can make people ill."],
      placeholders: [],
    },
    {
      rough:
        "help me learn spanish in 3 months, I'm a total beginner, 30 min a day",
      role:
        "You are an experienced language tutor who designs realistic study plans.",
      task:
        "Make a 3-month Spanish study plan for a total beginner with 30 minutes a day.",
      context: [
        "Goal: [travel, work, exams, talking with family]; preferred materials: [apps, books, podcasts].",
      ],
      requirements: [
        "Week-by-week plan in 12 weeks, each day 30 minutes, mixing listening, speaking, vocabulary and grammar.",
        "A weekly milestone (what I can say or understand by then) and a 5-minute self-test.",
        "Spaced repetition for vocabulary; speaking practice from week 1.",
      ],
      format:
        "A table of 12 weeks (focus, daily routine, milestone), then tips to stay motivated.",
      success: [
        "Every day fits in 30 minutes.",
        "Milestones are concrete and testable.",
      ],
      assumptions: [],
      placeholders: [
        "[travel, work, exams, talking with family]: why you learn",
        "[apps, books, podcasts]: what you like to use",
      ],
    },
  ],
};

const IMAGE_EXAMPLES: Readonly<Partial<Record<TargetId, readonly Example[]>>> =
  {
    midjourney: [
      {
        rough: "poster for a jazz night in a small bar, retro",
        prompt:
          'retro jazz night poster, a saxophone player on a tiny stage in a crowded small bar, bold 1960s screen-print style, limited palette of mustard, teal and cream, halftone texture, strong typographic layout with the words "JAZZ NIGHT" --ar 2:3 --s 250',
        assumptions: [
          'A 1960s screen-print look for "retro"; portrait 2:3 for a poster.',
        ],
        placeholders: [],
      },
      {
        rough: "кот-астронавт на луне, фотореализм, без текста, 16:9",
        prompt:
          "a cat astronaut in a detailed white spacesuit standing on the Moon's grey dusty surface, Earth rising in the black sky behind, photorealistic, harsh direct sunlight with deep shadows, wide shot from a low angle --ar 16:9 --no text, letters, watermark",
        assumptions: [
          "Earth in the sky and a low wide angle were added for the scene.",
        ],
        placeholders: [],
        translationNote:
          "Промпт написан на английском: Midjourney лучше понимает английский.",
      },
    ],
    stable_diffusion: [
      {
        rough: "red fox sleeping in a snowy forest, watercolor, no people",
        prompt:
          "(red fox sleeping:1.3), curled up in soft snow, snowy pine forest, (watercolor painting:1.2), loose wet-on-wet brushstrokes, muted winter palette, soft diffused light, paper texture\nNegative prompt: people, humans, photo, 3d render, blurry, low quality, deformed, extra legs, watermark, text",
        assumptions: [
          "Soft diffused winter light fits a watercolor snow scene.",
        ],
        placeholders: [],
      },
      {
        rough:
          "anime girl with headphones in a rainy tokyo street at night, neon",
        prompt:
          "1girl, (anime style:1.2), wearing large headphones, standing in a rainy Tokyo street, (night:1.1), (neon signs:1.2), reflections on wet asphalt, light rain, cinematic composition, vibrant pink and cyan\nNegative prompt: blurry, low quality, bad anatomy, extra fingers, deformed hands, watermark, text, signature",
        assumptions: [],
        placeholders: [],
      },
    ],
    natural_image: [
      {
        rough: "logo for a coffee shop called Bean There, minimal",
        prompt:
          'A minimal flat vector logo for a coffee shop called "Bean There": a single coffee bean whose center line forms a small map pin, in dark brown on a cream background, with the name "Bean There" in a clean rounded sans-serif below it, centered, lots of empty space.',
        assumptions: [
          "A bean-and-pin mark plays on the name; brown and cream colors.",
        ],
        placeholders: [],
      },
      {
        rough: "un mercado de flores en Ámsterdam al amanecer, estilo acuarela",
        prompt:
          "A watercolor painting of a flower market along an Amsterdam canal at sunrise, stalls overflowing with tulips in red, yellow and pink, narrow gabled houses behind, soft golden early light reflecting on the water, loose flowing brushwork and gentle washes of color.",
        assumptions: [
          "Tulips and a canal setting for an Amsterdam flower market.",
        ],
        placeholders: [],
        translationNote:
          "El prompt está en inglés porque los modelos de imagen lo entienden mejor.",
      },
    ],
    video: [
      {
        rough: "10 second drone video over mountains at sunrise",
        prompt:
          "Shot 1 (0–10 s): an aerial drone shot gliding slowly forward over a range of jagged snow-capped mountains at sunrise, the first golden light spilling over the peaks, low clouds drifting through the valleys below; smooth, steady forward motion, slight upward tilt at the end to reveal the sun.\nStyle: cinematic, natural colors, high dynamic range.\nAspect ratio: 16:9. Duration: 10 seconds.",
        assumptions: [
          "Snow-capped peaks and low clouds; 16:9 for a landscape clip.",
        ],
        placeholders: [],
      },
      {
        rough:
          "a barista making latte art, then the customer smiling, cozy cafe",
        prompt:
          "Shot 1 (0–5 s): close-up of a barista's hands pouring steamed milk into a latte, a heart forming in the foam; static camera, shallow depth of field, warm window light.\nShot 2 (5–8 s): medium shot of the customer at the counter taking the cup and smiling; slow push-in.\nStyle: cozy cafe, warm tones, soft natural light, live action.\nAspect ratio: 9:16. Duration: 8 seconds.",
        assumptions: ["Vertical 9:16 suits a social clip; 8 seconds in total."],
        placeholders: [],
      },
    ],
  };

/**
 * The examples to show the model for a category and target: at least two for
 * every pair the target serves, laid out in the target's shape.
 *
 * @example
 * ```ts
 * examplesFor("coding", "claude")[0].prompt; // "You are … <task>…</task> …"
 * ```
 */
export function examplesFor(category: CategoryId, target: TargetId): Example[] {
  if (category === "image" || category === "video") {
    return [...(IMAGE_EXAMPLES[target] ?? [])];
  }
  const layout = LAYOUTS[target];
  if (layout === undefined) return [];
  return (TEXT_EXAMPLES[category] ?? []).map((example) => ({
    rough: example.rough,
    prompt: layout(example),
    assumptions: example.assumptions,
    placeholders: example.placeholders,
  }));
}

type Layout = (example: TextExample) => string;

const LAYOUTS: Partial<Record<TargetId, Layout>> = {
  chat: sectionsLayout,
  claude: xmlLayout,
  reasoning: goalsLayout,
};

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

function sectionsLayout(example: TextExample): string {
  const labels = example.labels ?? ENGLISH_LABELS;
  return [
    example.role,
    `${labels.task}: ${example.task}`,
    `${labels.context}:\n${bullets(example.context)}`,
    `${labels.requirements}:\n${bullets(example.requirements)}`,
    `${labels.format}: ${example.format}`,
  ].join("\n\n");
}

function xmlLayout(example: TextExample): string {
  return [
    example.role,
    `<task>\n${example.task}\n</task>`,
    `<context>\n${bullets(example.context)}\n</context>`,
    `<requirements>\n${bullets(example.requirements)}\n</requirements>`,
    `<output_format>\n${example.format}\n</output_format>`,
  ].join("\n\n");
}

function goalsLayout(example: TextExample): string {
  const labels = example.labels ?? ENGLISH_LABELS;
  return [
    `${labels.goal}: ${example.task}`,
    `${labels.context}:\n${bullets(example.context)}`,
    `${labels.constraints}:\n${bullets(example.requirements)}`,
    `${labels.success}:\n${bullets(example.success)}`,
    `${labels.format}: ${example.format}`,
  ].join("\n\n");
}
