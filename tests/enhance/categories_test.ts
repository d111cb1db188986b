import assert from "node:assert/strict";
import {
  CATEGORIES,
  CATEGORY_IDS,
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  getCategory,
  isCategoryChoice,
  isCategoryId,
  resolveMaxTokens,
} from "../../src/enhance/categories.ts";
import { LEXICONS } from "../../src/enhance/lexicon.ts";

const REQUIRED: CategoryId[] = [
  "general",
  "coding",
  "writing",
  "image",
  "research",
  "business",
  "system_prompt",
  "video",
  "data",
  "email",
  "learning",
];

Deno.test("CATEGORIES lists every required category once, the default first, in CATEGORY_IDS order", () => {
  const ids = CATEGORIES.map((category) => category.id);
  assert.deepEqual([...ids].sort(), [...REQUIRED].sort());
  assert.deepEqual(ids, [...CATEGORY_IDS]);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(DEFAULT_CATEGORY_ID, "general");
  assert.equal(ids[0], DEFAULT_CATEGORY_ID);
});

Deno.test("CATEGORIES gives every category a complete menu entry", () => {
  for (const category of CATEGORIES) {
    assert.match(category.title, /^\S.{1,30}$/, category.id);
    assert.ok(category.emoji.length > 0 && category.emoji.length <= 4);
    assert.ok(!category.description.includes("\n"), category.id);
    assert.ok(category.description.length >= 10, category.id);
    assert.ok(category.description.length <= 80, category.id);
  }
});

Deno.test("CATEGORIES set sampling per category: low temperature for code and data, high for pictures", () => {
  for (const { id, temperature, maxTokens } of CATEGORIES) {
    assert.ok(temperature >= 0 && temperature <= 1, id);
    assert.ok(Number.isInteger(maxTokens) && maxTokens >= 600, id);
    assert.ok(maxTokens <= 4000, id);
  }
  assert.ok(
    getCategory("coding").temperature < getCategory("writing").temperature,
  );
  assert.ok(getCategory("data").temperature < getCategory("image").temperature);
  assert.ok(getCategory("coding").maxTokens > getCategory("image").maxTokens);
});

Deno.test("CATEGORIES system prompts carry the craft of their kind", () => {
  const expectations: Record<CategoryId, RegExp[]> = {
    general: [/role/, /output format/, /clarifying questions/],
    coding: [
      /inputs and outputs/,
      /edge cases/,
      /tests/,
      /language and version/,
    ],
    writing: [/audience/, /tone and voice/, /length/],
    image: [/composition/, /lighting/, /focal length/, /style/, /"night"/],
    video: [/shot/, /camera/, /duration/, /Sora/],
    research: [/scope/, /never invent a source/, /uncertainty/],
    business: [/call to action/, /target audience/, /channel/],
    system_prompt: [/system prompt/, /behaviour rules/, /tools/],
    data: [/schema/, /dialect/, /never invent columns/],
    email: [/who the message is to/, /subject line/, /goal/],
    learning: [/learner/, /analogy/, /check of understanding/],
  };
  for (const [id, patterns] of Object.entries(expectations)) {
    const { systemPrompt } = getCategory(id as CategoryId);
    assert.match(systemPrompt, /^You are an expert prompt engineer/, id);
    for (const pattern of patterns) assert.match(systemPrompt, pattern, id);
  }
});

Deno.test("CATEGORIES offline layouts: text kinds open with a role and hold a task; image and video have no sections", () => {
  for (const { id, kind, offline } of CATEGORIES) {
    const slots = offline.slots.map((slot) => slot.id);
    assert.equal(new Set(slots).size, slots.length, id);
    if (kind !== "text") {
      assert.equal(offline.role, undefined, id);
      assert.deepEqual(slots, [], id);
      continue;
    }
    assert.ok(offline.role, id);
    assert.equal(slots[0], "task", id);
    assert.ok(slots.includes("format"), id);
    for (const slot of offline.slots) {
      if (slot.missing === "placeholder") {
        assert.ok(slot.placeholder, `${id}.${slot.id}`);
      }
      if (slot.missing === "default") {
        assert.ok(slot.fallback, `${id}.${slot.id}`);
      }
    }
  }
});

Deno.test("CATEGORIES ask at most 3 offline questions, each written in every language with 2–4 answers", () => {
  for (const { id, questions } of CATEGORIES) {
    assert.ok(questions.length >= 2 && questions.length <= 3, id);
    for (const lexicon of Object.values(LEXICONS)) {
      for (const question of questions) {
        const { text, options } = lexicon.questions[question];
        assert.ok(text.length > 1, `${lexicon.language} ${question}`);
        assert.ok(options.length >= 2 && options.length <= 4, question);
        assert.equal(new Set(options).size, options.length, question);
        for (const option of options) assert.ok(option.length <= 40, option);
      }
    }
  }
});

Deno.test("isCategoryId() accepts exactly the category ids; isCategoryChoice() adds auto", () => {
  for (const id of REQUIRED) {
    assert.equal(isCategoryId(id), true);
    assert.equal(isCategoryChoice(id), true);
  }
  assert.equal(isCategoryId("auto"), false);
  assert.equal(isCategoryChoice("auto"), true);
  for (
    const value of [
      "",
      "Image",
      "unknown",
      "toString",
      "__proto__",
      1,
      null,
      undefined,
      {},
    ]
  ) {
    assert.equal(isCategoryId(value), false, String(value));
    assert.equal(isCategoryChoice(value), false, String(value));
  }
});

Deno.test("getCategory() returns the category and rejects an unknown id", () => {
  assert.equal(getCategory("image").id, "image");
  assert.equal(getCategory("coding").title, "Coding");
  assert.throws(() => getCategory("poetry" as CategoryId), {
    name: "RangeError",
    message: 'Cannot get category: unknown id "poetry"',
  });
});

Deno.test("resolveMaxTokens() takes a category's entry, else the one limit, else the category's own", () => {
  const own = resolveMaxTokens();
  for (const id of CATEGORY_IDS) {
    assert.equal(own[id], getCategory(id).maxTokens, id);
  }
  const set = resolveMaxTokens({ all: 4000, byCategory: { image: 800 } });
  for (const id of CATEGORY_IDS) {
    assert.equal(set[id], id === "image" ? 800 : 4000, id);
  }
  assert.equal(resolveMaxTokens({ byCategory: { coding: 100 } }).coding, 100);
});
