import assert from "node:assert/strict";
import { CATEGORIES } from "../../src/enhance/categories.ts";
import {
  needsClarification,
  offlineQuestions,
  QUESTION_SLOTS,
} from "../../src/enhance/clarify.ts";
import { LEXICONS } from "../../src/enhance/lexicon.ts";
import { PROMPT_LANGUAGES } from "../../src/enhance/language.ts";

const VAGUE = [
  "cat",
  "Cat.",
  "🙂🙂🙂",
  "???",
  "help with my essay",
  "write a poem",
  "a cat",
  "marketing",
  "python function",
  "помоги с эссе",
  "напиши текст",
  "кот",
  "ayúdame con mi ensayo",
  "hilf mir mit meinem Aufsatz",
  "aide-moi avec ma dissertation",
  "猫",
  "帮我写作文",
];

const CLEAR = [
  "a haiku about autumn rain",
  "explain recursion",
  "draw a fox sleeping in the snow",
  "help me with my essay about climate change",
  "напиши стихотворение про осенний дождь",
  "escribe un poema sobre el mar",
  "写一首关于秋天的诗",
  "fix this\n```js\nx(\n```",
  "write a python function that returns the median of a list",
];

Deno.test("needsClarification() fires on vague ideas in many languages", () => {
  for (const text of VAGUE) assert.equal(needsClarification(text), true, text);
});

Deno.test("needsClarification() does not fire on an idea with a subject", () => {
  for (const text of CLEAR) assert.equal(needsClarification(text), false, text);
});

Deno.test("needsClarification() counts the category's own name as generic", () => {
  assert.equal(needsClarification("data analysis", "data"), true);
  assert.equal(needsClarification("data analysis", "general"), false);
});

Deno.test("offlineQuestions() gives each category its fixed set in every language, with slots", () => {
  for (const category of CATEGORIES) {
    for (const language of PROMPT_LANGUAGES) {
      const questions = offlineQuestions(category.id, language);
      assert.ok(questions.length >= 2 && questions.length <= 3);
      for (const question of questions) {
        assert.ok(question.id && question.id in QUESTION_SLOTS);
        assert.ok(question.options.length >= 2 && question.options.length <= 4);
        assert.equal(
          question.text,
          LEXICONS[language]
            .questions[question.id as keyof typeof QUESTION_SLOTS].text,
        );
      }
    }
  }
  const english = offlineQuestions("image", "en").map((q) => q.id);
  assert.deepEqual(english, ["image_style", "image_mood", "image_shape"]);
});
