import assert from "node:assert/strict";
import { CATEGORIES } from "../../src/enhance/categories.ts";
import {
  givenSlots,
  needsClarification,
  offlineQuestions,
  openQuestions,
  QUESTION_SLOTS,
} from "../../src/enhance/clarify.ts";
import { writeOfflinePrompt } from "../../src/enhance/offline.ts";
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

const CSV = "write me a python function that parses csv files";

Deno.test("openQuestions() leaves out what the idea already gives", () => {
  assert.deepEqual(openQuestions(CSV, "coding", "en"), []);
  assert.deepEqual([...givenSlots(CSV, "coding")].sort(), ["stack", "task"]);
  const ids = (rough: string, category: "coding" | "writing" | "learning") =>
    openQuestions(rough, category, "en").map((q) => q.id);
  assert.deepEqual(ids("write a function that parses csv", "coding"), [
    "stack",
  ]);
  assert.deepEqual(ids("python function", "coding"), ["coding_task"]);
  assert.deepEqual(ids("fix this\n```js\nx(\n```", "coding"), []);
  assert.deepEqual(ids("a haiku about autumn rain", "writing"), [
    "audience",
    "tone",
  ]);
  assert.deepEqual(ids("explain recursion to a 10 year old", "learning"), [
    "explain_how",
  ]);
});

Deno.test("writeOfflinePrompt() with clarify always asks only the open questions, or writes at once", () => {
  const full = writeOfflinePrompt(CSV, { clarify: "always" });
  assert.equal(full.kind, "prompt");
  if (full.kind === "prompt") {
    assert.match(
      full.prompt,
      /^Task: Write a python function that parses csv files\.$/m,
    );
  }
  const open = writeOfflinePrompt("write a function that parses csv", {
    clarify: "always",
  });
  assert.equal(open.kind, "questions");
  if (open.kind === "questions") {
    assert.deepEqual(open.questions.map((q) => q.id), ["stack"]);
  }
});

function answered(rough: string, answers: Record<string, string>): string {
  const result = writeOfflinePrompt(rough, {
    answers: Object.entries(answers).map(([id, answer]) => ({
      id,
      question: id,
      answer,
    })),
  });
  assert.equal(result.kind, "prompt");
  return result.kind === "prompt" ? result.prompt : "";
}

Deno.test("writeOfflinePrompt() keeps the idea's task, and an answer adds to it", () => {
  const prompt = answered(CSV, { coding_task: "Fix a bug", stack: "Python" });
  assert.doesNotMatch(prompt, /Topic:/);
  assert.match(
    prompt,
    /^Task: Write a python function that parses csv files\. Fix a bug\.$/m,
  );
});

Deno.test("writeOfflinePrompt() puts typed requirements with the constraints and keeps the idea's language", () => {
  const prompt = answered(CSV, {
    coding_task: "it must handle quoted fields with commas",
    stack: "use only the standard library",
  });
  assert.match(
    prompt,
    /^Task: Write a python function that parses csv files\.$/m,
  );
  assert.match(prompt, /^Language and stack: Python$/m);
  assert.match(
    prompt,
    /^Constraints:\n- It must handle quoted fields with commas\n- Use only the standard library$/m,
  );
  // Named as a language, the answer is the stack; said otherwise, it adds.
  assert.match(
    answered(CSV, { stack: "TypeScript" }),
    /^Language and stack: TypeScript$/m,
  );
  assert.match(
    answered(CSV, { stack: "version 3.12" }),
    /^Language and stack: Python; version 3\.12$/m,
  );
  // A vague idea's typed requirement is no task either.
  const vague = answered("python function", {
    coding_task: "it must handle quoted fields",
  });
  assert.match(vague, /^Topic: python function$/m);
  assert.match(vague, /^- It must handle quoted fields$/m);
  assert.doesNotMatch(vague, /Task: it must/i);
});
