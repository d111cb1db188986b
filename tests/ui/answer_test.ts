import assert from "node:assert/strict";
import { renderAnswer } from "../../src/ui/answer.ts";
import { answerKeyboard, questionKeyboard } from "../../src/ui/keyboards.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { parseTelegramHtml } from "../fakes/telegram_api.ts";
import type { JobResult } from "../../src/storage/job_store.ts";
import { CALLBACK_DATA_LIMIT } from "../../src/ui/callback_data.ts";

const i18n = createI18n();
const en = i18n.translator("en");
const JOB = "0b5e7c1a-5d2e-4c1e-9f3a-1a2b3c4d5e6f";

const AI: JobResult = {
  source: "ai",
  body: "Design a minimalist logo for <Crumbs & Co>, a bakery.",
  model: "m",
  answer: {
    kind: "prompt",
    assumptions: ["a small family bakery"],
    placeholders: ["[brand colors]: two or three colors"],
    category: "image",
    target: "midjourney",
  },
};

/** The parsed message: what the user reads and the text of its `pre` blocks. */
function parse(html: string) {
  const parsed = parseTelegramHtml(html);
  const pre = (parsed.entities ?? []).filter((e) => e.type === "pre")
    .map((e) => parsed.text.slice(e.offset, e.offset + e.length));
  return { text: parsed.text, pre };
}

Deno.test("renderAnswer(): header, the prompt alone in a copyable pre block, notes outside it", () => {
  const rendered = renderAnswer(en, AI, { category: "auto", version: 1 });
  assert.equal(rendered.parts.length, 1);
  const { text, pre } = parse(rendered.parts[0].html);
  assert.deepEqual(pre, [AI.body], "the copied text is the prompt, exactly");
  assert.match(text, /^🎨 Image · 🎯 Midjourney · ✨ AI\n/);
  assert.match(text, /✏️ Fill in:\n• \[brand colors\]/);
  assert.match(text, /💭 Assumed:\n• a small family bakery/);
  assert.equal(
    rendered.parts[0].text,
    text,
    "the plain fallback reads the same",
  );
});

Deno.test("renderAnswer(): an offline answer says so outside the copied text; a revision names its version", () => {
  const offline: JobResult = {
    ...AI,
    source: "offline",
    reason: "unavailable",
  };
  const rendered = renderAnswer(en, offline, {
    category: "image",
    version: 3,
    action: "shorter",
  });
  const { text, pre } = parse(rendered.parts[0].html);
  assert.deepEqual(pre, [AI.body]);
  assert.match(text, /⚡ offline · v3 \(✂️ shorter\)/);
  assert.ok(text.includes(en("answer-offline-unavailable")));
  assert.ok(!pre[0].includes(en("answer-offline-unavailable")));
});

Deno.test("renderAnswer(): a long prompt is split into valid parts whose pre blocks rebuild it", () => {
  const body = Array.from(
    { length: 400 },
    (_, i) => `Step ${i}: do <this> & that.`,
  )
    .join("\n");
  const rendered = renderAnswer(en, { ...AI, body }, {
    category: "image",
    version: 1,
  });
  assert.ok(rendered.parts.length >= 3);
  const pieces = rendered.parts.flatMap((part) => {
    const { text, pre } = parse(part.html);
    assert.ok(text.length <= 4096);
    return pre;
  });
  assert.equal(pieces.join("\n"), body);
  assert.equal(rendered.file, body, "a cut answer's file holds the prompt");
});

Deno.test("answerKeyboard(): two rows, a Copy button only when the prompt fits 256 characters, data within 64 bytes", () => {
  const short = answerKeyboard(en, {
    jobId: JOB,
    prompt: "A short prompt",
    category: "image",
  }).inline_keyboard;
  assert.equal(short.length, 2);
  assert.deepEqual(short[0].map((b) => b.text), [
    "✂️ Shorter",
    "➕ More detail",
    "🔁 Another version",
  ]);
  assert.deepEqual(short[1].map((b) => b.text), [
    "📋 Copy",
    "🎯 Target…",
    "More…",
  ]);
  assert.deepEqual((short[1][0] as { copy_text: unknown }).copy_text, {
    text: "A short prompt",
  });
  const long = answerKeyboard(en, {
    jobId: JOB,
    prompt: "x".repeat(257),
    category: "image",
    retry: true,
  }).inline_keyboard;
  assert.deepEqual(long.map((row) => row.map((b) => b.text)), [
    [en("retry-button")],
    ["✂️ Shorter", "➕ More detail", "More…"],
  ], "retry first; no Copy for a prompt past 256 characters");
  for (const menu of ["main", "more", "target", "category"] as const) {
    const rows = answerKeyboard(en, {
      jobId: JOB,
      prompt: "p",
      category: "coding",
      menu,
    }).inline_keyboard;
    for (const button of rows.flat()) {
      if ("callback_data" in button) {
        assert.ok(
          new TextEncoder().encode(button.callback_data).length <=
            CALLBACK_DATA_LIMIT,
        );
      }
    }
  }
});

Deno.test("questionKeyboard(): the options, then skip this one and skip all (on the last question too)", () => {
  const questions = [
    { text: "Style?", options: ["Photo", "Watercolor", "3D"] },
    { text: "Mood?", options: ["Calm", "Bold"] },
  ];
  const first = questionKeyboard(en, JOB, questions, 0).inline_keyboard;
  assert.deepEqual(first.flat().map((b) => b.text), [
    "Photo",
    "Watercolor",
    "3D",
    en("questions-skip-one"),
    en("questions-skip-all"),
  ]);
  const last = questionKeyboard(en, JOB, questions, 1).inline_keyboard;
  assert.deepEqual(last.flat().map((b) => b.text), [
    "Calm",
    "Bold",
    en("questions-skip-one"),
    en("questions-skip-all"),
  ]);
});
