import assert from "node:assert/strict";
import {
  CATEGORIES,
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  DEFAULT_MAX_TOKENS,
  getCategory,
  isCategoryId,
  resolveMaxTokens,
} from "../../src/enhance/categories.ts";

const REQUIRED: CategoryId[] = [
  "general",
  "coding",
  "writing",
  "image",
  "research",
  "business",
];

Deno.test("CATEGORIES lists every required category once, the default first", () => {
  const ids = CATEGORIES.map((category) => category.id);
  assert.deepEqual([...ids].sort(), [...REQUIRED].sort());
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
    assert.ok(category.guidance.length >= 2, category.id);
    for (const hint of category.guidance) assert.match(hint, /^\p{Lu}.*\.$/u);
  }
});

Deno.test("CATEGORIES system prompts demand only the prompt, in the user's language", () => {
  for (const { id, systemPrompt } of CATEGORIES) {
    assert.ok(systemPrompt.length > 600, `${id} system prompt is thin`);
    assert.match(systemPrompt, /Answer with ONLY the improved prompt/, id);
    assert.match(systemPrompt, /no preamble/, id);
    assert.match(systemPrompt, /same language as the rough prompt/, id);
    assert.match(systemPrompt, /do not carry out the task/, id);
    assert.match(systemPrompt, /Do not invent facts/, id);
  }
});

Deno.test("CATEGORIES system prompts carry the craft of their target", () => {
  const expectations: Record<CategoryId, RegExp[]> = {
    general: [/role/, /output format/, /clarifying questions/],
    coding: [
      /inputs and outputs/,
      /edge cases/,
      /tests/,
      /language and version/,
    ],
    writing: [/audience/, /tone and voice/, /length/],
    image: [
      /composition/,
      /lighting/,
      /focal length/,
      /Negative prompt:/,
      /Aspect ratio:/,
      /style/,
    ],
    research: [/scope/, /never invent a source/, /uncertainty/],
    business: [/call to action/, /target audience/, /channel/],
  };
  for (const [id, patterns] of Object.entries(expectations)) {
    const { systemPrompt } = getCategory(id as CategoryId);
    for (const pattern of patterns) assert.match(systemPrompt, pattern, id);
  }
});

Deno.test("CATEGORIES offline templates have unique, labelled sections", () => {
  for (const { id, offline } of CATEGORIES) {
    const sectionIds = offline.sections.map((section) => section.id);
    assert.equal(new Set(sectionIds).size, sectionIds.length, id);
    for (const section of offline.sections) {
      assert.match(section.label, /^\p{Lu}[\p{L} ]+$/u, `${id}.${section.id}`);
    }
    if (id === "image") {
      assert.equal(offline.role, undefined);
      assert.ok(sectionIds.includes("negative_prompt"));
      assert.ok(sectionIds.includes("aspect_ratio"));
    } else {
      assert.match(offline.role ?? "", /^You are /, id);
      assert.ok(sectionIds.includes("task"), id);
      assert.ok(sectionIds.includes("output_format"), id);
    }
  }
});

Deno.test("isCategoryId() accepts exactly the category ids", () => {
  for (const id of REQUIRED) assert.equal(isCategoryId(id), true);
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

Deno.test("resolveMaxTokens() takes a category's entry, else the one limit, else the category's default", () => {
  assert.deepEqual(resolveMaxTokens(), {
    general: DEFAULT_MAX_TOKENS,
    coding: 2500,
    writing: DEFAULT_MAX_TOKENS,
    image: 600,
    research: DEFAULT_MAX_TOKENS,
    business: DEFAULT_MAX_TOKENS,
  });
  assert.equal(DEFAULT_MAX_TOKENS, 1500);
  assert.deepEqual(
    resolveMaxTokens({ all: 4000, byCategory: { image: 800 } }),
    {
      general: 4000,
      coding: 4000,
      writing: 4000,
      image: 800,
      research: 4000,
      business: 4000,
    },
  );
  assert.equal(resolveMaxTokens({ byCategory: { coding: 100 } }).coding, 100);
});
