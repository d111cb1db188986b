import assert from "node:assert/strict";
import { CATEGORIES, type CategoryId } from "../../src/enhance/categories.ts";
import { offlineEnhance } from "../../src/enhance/offline.ts";

const SAMPLES = [
  "Can you write a python function that takes a list of numbers and returns the median? It must not use numpy. It's for a data pipeline.",
  "a red fox sleeping in a snowy forest, watercolor, golden hour, no people, 16:9. Soft pastel colors.",
  "Hi! Please write a short, friendly email to my landlord about the broken heater. Keep it under 150 words.",
  "x",
  "Напиши пост для телеграм-канала о пользе утренних прогулок",
  "Fix this:\n```js\nconst x = [1,2].map(n => n * 2\n```\nI get SyntaxError: missing ) after argument list",
  "- point one\n- point two\n\n1. step",
];

/** The text of a labelled section: `Label: text` or the lines under `Label:`. */
function section(text: string, label: string): string | undefined {
  const block = text.split("\n\n").find((part) => part.startsWith(`${label}:`));
  return block?.slice(label.length + 1).trim();
}

Deno.test("offlineEnhance() is deterministic", () => {
  for (const rough of SAMPLES) {
    for (const { id } of CATEGORIES) {
      assert.equal(
        offlineEnhance(rough, { category: id }),
        offlineEnhance(rough, { category: id }),
      );
    }
  }
});

Deno.test("offlineEnhance() lays out every section of the category's template, in order", () => {
  for (const rough of SAMPLES) {
    for (const { id, offline } of CATEGORIES) {
      const text = offlineEnhance(rough, { category: id });
      assert.doesNotMatch(text, /undefined|null|\[object/, `${id}: ${rough}`);
      assert.doesNotMatch(
        text,
        /^\p{Lu}[\p{L} ]*:[ \t]*(?:\n\n|$(?![^]))/mu,
        rough,
      );
      assert.doesNotMatch(text, /\n{3}/, `${id}: ${rough}`);
      let last = -1;
      for (const { label, id: sectionId } of offline.sections) {
        if (sectionId === "full_prompt" && rough === "x") continue;
        const at = `\n${text}`.indexOf(`\n${label}:`);
        assert.ok(at > last, `${id}: ${label} missing or out of order`);
        last = at;
      }
      if (offline.role) assert.ok(text.startsWith(`${offline.role}\n\n`));
    }
  }
});

Deno.test("offlineEnhance() defaults to the general category", () => {
  assert.equal(
    offlineEnhance("plan a trip to Rome"),
    offlineEnhance("plan a trip to Rome", { category: "general" }),
  );
});

Deno.test("offlineEnhance() keeps the user's words as the task", () => {
  const text = offlineEnhance(
    "Could you please explain how vaccines train the immune system? Use an analogy.",
  );
  assert.equal(
    section(text, "Task"),
    "Explain how vaccines train the immune system.",
  );
  assert.match(text, /Use an analogy\./);
});

Deno.test("offlineEnhance() leaves placeholders where the user must add something", () => {
  const text = offlineEnhance("plan a trip to Rome", { category: "general" });
  assert.match(section(text, "Audience") ?? "", /^\[.+\]$/);
  assert.match(section(text, "Context") ?? "", /^\[add .+\]$/);
  assert.match(section(text, "Output format") ?? "", /^\[.+\]$/);
});

Deno.test("offlineEnhance() picks up audience, tone and length", () => {
  const text = offlineEnhance(
    "Write a blog post about remote work for junior developers in a witty, friendly tone, about 800 words",
    { category: "writing" },
  );
  assert.equal(section(text, "Audience"), "junior developers");
  assert.equal(section(text, "Tone"), "witty, friendly");
  assert.equal(section(text, "Length"), "about 800 words");
  const general = offlineEnhance("a short formal letter to the tax office");
  assert.equal(
    section(general, "Requirements"),
    "- Tone: formal\n- Length: short",
  );
});

Deno.test("offlineEnhance() detects the programming language for coding", () => {
  const python = offlineEnhance(
    "write a python function that takes a list of numbers and returns the median",
    { category: "coding" },
  );
  assert.equal(section(python, "Language and stack"), "Python");
  assert.equal(
    section(python, "Inputs and outputs"),
    "- Input: a list of numbers\n- Output: the median",
  );
  assert.match(section(python, "Edge cases to handle") ?? "", /empty input/);
  assert.match(section(python, "Tests") ?? "", /unit tests/);
  const stack = offlineEnhance(
    "REST API in TypeScript with Express app and PostgreSQL. Do not use an ORM.",
    { category: "coding" },
  );
  assert.equal(
    section(stack, "Language and stack"),
    "- Language: TypeScript, SQL\n- Frameworks and tools: Express, PostgreSQL",
  );
  assert.equal(section(stack, "Constraints"), "Do not use an ORM.");
});

Deno.test("offlineEnhance() does not list a library the user rules out", () => {
  const text = offlineEnhance(
    "median of a list in python. It must not use numpy.",
    { category: "coding" },
  );
  assert.equal(section(text, "Language and stack"), "Python");
  assert.equal(section(text, "Constraints"), "It must not use numpy.");
});

Deno.test("offlineEnhance() keeps code verbatim and reads its language", () => {
  const code = "```js\nconst x = [1,2].map(n => n * 2\n```";
  const text = offlineEnhance(`Fix this:\n${code}\nI get SyntaxError`, {
    category: "coding",
  });
  assert.equal(section(text, "Language and stack"), "JavaScript");
  assert.ok(text.includes(code));
  assert.match(text, /- I get SyntaxError/);
  assert.equal(section(text, "Task"), "Fix this.");
});

Deno.test("offlineEnhance() gives an image prompt a negative prompt and aspect ratio", () => {
  const text = offlineEnhance(
    "Draw a picture of a red fox sleeping in a snowy forest, watercolor, golden hour, close-up, no people, 16:9. Soft pastel colors.",
    { category: "image" },
  );
  assert.equal(
    section(text, "Subject"),
    "a red fox sleeping in a snowy forest, watercolor, golden hour, close-up",
  );
  assert.equal(section(text, "Style"), "watercolor");
  assert.equal(section(text, "Lighting"), "golden hour");
  assert.equal(section(text, "Composition"), "close-up");
  assert.equal(section(text, "Details"), "soft pastel colors");
  assert.equal(section(text, "Aspect ratio"), "16:9");
  const negative = section(text, "Negative prompt") ?? "";
  assert.ok(negative.startsWith("people, blurry, low quality"), negative);
  assert.equal(
    section(text, "Prompt"),
    "a red fox sleeping in a snowy forest, watercolor, golden hour, close-up, soft pastel colors, highly detailed",
  );
  assert.doesNotMatch(text, /^(Role|Task|You are)/m);
});

Deno.test("offlineEnhance() fills image defaults when the idea is bare", () => {
  const text = offlineEnhance("lighthouse", { category: "image" });
  assert.equal(section(text, "Subject"), "lighthouse");
  assert.match(section(text, "Style") ?? "", /^\[choose a style/);
  assert.match(section(text, "Negative prompt") ?? "", /^blurry, low quality/);
  assert.match(section(text, "Aspect ratio") ?? "", /^\[choose/);
  assert.equal(section(text, "Prompt"), "lighthouse, highly detailed");
});

Deno.test("offlineEnhance() reads an aspect ratio from words, not a stray 4x4", () => {
  const vertical = offlineEnhance(
    "a 4x4 truck in the desert, phone wallpaper",
    {
      category: "image",
    },
  );
  assert.equal(section(vertical, "Aspect ratio"), "9:16 (vertical)");
  assert.match(section(vertical, "Subject") ?? "", /4x4 truck/);
});

Deno.test("offlineEnhance() fills research scope and sources", () => {
  const text = offlineEnhance(
    "effects of intermittent fasting on longevity, peer-reviewed studies since 2015 in the US",
    { category: "research" },
  );
  assert.equal(section(text, "Scope"), "- since 2015\n- the US");
  assert.match(
    section(text, "Sources") ?? "",
    /^- Use: peer-reviewed studies\n/,
  );
});

Deno.test("offlineEnhance() fills business goal, channel and call to action", () => {
  const text = offlineEnhance(
    "Landing page copy for my bakery's subscription box to increase sign-ups among young parents. CTA: start your free trial",
    { category: "business" },
  );
  assert.equal(section(text, "Goal"), "increase sign-ups among young parents");
  assert.equal(section(text, "Channel"), "landing page");
  assert.equal(section(text, "Call to action"), "start your free trial");
  assert.match(section(text, "Product and context") ?? "", /^\[describe/);
});

Deno.test("offlineEnhance() asks for an answer in the user's language when it is not Latin script", () => {
  const text = offlineEnhance("Напиши пост о пользе утренних прогулок");
  assert.equal(
    section(text, "Task"),
    "Напиши пост о пользе утренних прогулок.",
  );
  assert.match(
    section(text, "Requirements") ?? "",
    /same language as the task/,
  );
  assert.doesNotMatch(offlineEnhance("write a post"), /same language/);
});

Deno.test("offlineEnhance() rejects a blank prompt", () => {
  assert.throws(() => offlineEnhance(" \n "), {
    name: "TypeError",
    message: "Cannot enhance prompt: the rough prompt is empty",
  });
});

Deno.test("offlineEnhance() is fast on the longest accepted prompt", () => {
  const rough = "Write a long guide for beginners about baking bread. ".repeat(
    110,
  );
  const started = performance.now();
  for (const { id } of CATEGORIES) {
    offlineEnhance(rough, { category: id as CategoryId });
  }
  assert.ok(performance.now() - started < 1000);
});
