import assert from "node:assert/strict";
import type { InlineKeyboardMarkup } from "grammy/types";
import { CATEGORIES, getCategory } from "../../src/enhance/categories.ts";
import { offlineEnhance } from "../../src/enhance/offline.ts";
import { findCategory } from "../../src/features/settings.ts";
import type { CompletionRequest, LlmProvider } from "../../src/llm/provider.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  textUpdate,
} from "../fakes/updates.ts";
import { type FeatureHarness, startFeatureBot } from "./harness.ts";
import { en, text } from "../support.ts";
import { categoryData } from "../../src/ui/callback_data.ts";
import { createI18n } from "../../src/ui/i18n.ts";

const USER = 6060;

/** The buttons of the last message the bot shows in `chatId`, as text and data. */
function buttons(h: FeatureHarness, chatId: number) {
  const markup = h.tg.messages(chatId).at(-1)!.reply_markup as
    | InlineKeyboardMarkup
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({
    text: b.text,
    data: "callback_data" in b ? b.callback_data : undefined,
  }));
}

function lastAnswer(h: FeatureHarness): string {
  return String(h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text);
}

async function tap(h: FeatureHarness, data: string, chatId = USER) {
  const messageId = h.tg.messages(chatId).at(-1)!.message_id;
  await h.send(callbackUpdate({ data, userId: USER, chatId, messageId }));
}

/** A provider that answers "OK" and keeps every request. */
function recording(): LlmProvider & { requests: CompletionRequest[] } {
  const requests: CompletionRequest[] = [];
  return {
    requests,
    complete(request) {
      requests.push(request);
      return Promise.resolve({ text: "OK", model: "m", keyHint: "…k" });
    },
  };
}

Deno.test("/category shows the current category and a button for each, the current one marked", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/category", userId: USER }));
  assert.match(h.shown(USER)[0], /Your category: 🪄 Auto/);
  assert.deepEqual(
    buttons(h, USER),
    [
      { text: "✓ 🪄 Auto", data: "category:set:auto" },
      ...CATEGORIES.map((c) => ({
        text: `${c.emoji} ${c.title}`,
        data: `category:set:${c.id}`,
      })),
    ],
  );
});

Deno.test("tapping a category saves it, re-marks the keyboard, and the next prompt uses it", async () => {
  const llm = recording();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "/category", userId: USER }));
  await tap(h, "category:set:coding");

  assert.equal(lastAnswer(h), "Saved: 💻 Coding");
  assert.equal(h.shown(USER).length, 1, "the menu is edited, not resent");
  assert.match(h.shown(USER)[0], /Saved\. Your prompts now use 💻 Coding/);
  const marked = buttons(h, USER).filter((b) => b.text.startsWith("✓"));
  assert.deepEqual(marked.map((b) => b.data), ["category:set:coding"]);
  assert.equal(
    (await h.deps.users.preferences(USER, { fresh: true })).category,
    "coding",
  );

  await h.send(
    textUpdate({ text: "a script that renames photos", userId: USER }),
  );
  const [item] = await h.deps.history.list(USER);
  assert.equal(item.category, "coding");
  assert.equal(llm.requests.length, 1);
  const system = llm.requests[0].messages.find((m) => m.role === "system");
  assert.ok(system?.content.startsWith(getCategory("coding").systemPrompt));
});

Deno.test("the chosen category survives a restart and drives the offline enhancer", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const kvPath = `${dir}/kv.sqlite3`;
    {
      await using h = await startFeatureBot(null, {}, { kvPath });
      await h.send(textUpdate({ text: "/category", userId: USER }));
      await tap(h, "category:set:image");
    }
    await using h = await startFeatureBot(null, {}, { kvPath });
    await h.send(textUpdate({ text: "a cat in a spacesuit", userId: USER }));
    assert.equal((await h.deps.history.list(USER))[0].category, "image");
    const imagePrompt = offlineEnhance("a cat in a spacesuit", {
      category: "image",
    });
    assert.ok(h.shown(USER).join("\n").includes(imagePrompt));
    assert.notEqual(imagePrompt, offlineEnhance("a cat in a spacesuit"));
    await h.send(textUpdate({ text: "/category", userId: USER }));
    const { emoji } = getCategory("image");
    assert.ok(h.shown(USER).at(-1)!.includes(`Your category: ${emoji} Image`));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("tapping the current category again answers without an error", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/category", userId: USER }));
  await tap(h, "category:set:writing");
  await tap(h, "category:set:writing");
  assert.equal(lastAnswer(h), `Saved: ${getCategory("writing").emoji} Writing`);
  assert.equal(h.shown(USER).length, 1, "no error message");
});

Deno.test("/category <id or title> sets it, ignoring case; an unknown name lists the choices", async () => {
  await using h = await startFeatureBot(null);
  const cases = [
    ["/category CODING", "coding"],
    ["/category  business & marketing ", "business"],
    ["/category Image", "image"],
  ] as const;
  for (const [text, id] of cases) {
    await h.send(textUpdate({ text, userId: USER }));
    assert.equal((await h.deps.users.preferences(USER)).category, id, text);
    assert.match(h.shown(USER).at(-1)!, /^✓ Saved\./);
  }
  await h.send(textUpdate({ text: "/category poetry", userId: USER }));
  const error = h.shown(USER).at(-1)!;
  assert.match(error, /I don't know the category “poetry”/);
  for (const c of CATEGORIES) assert.ok(error.includes(`• ${c.id} — `), c.id);
  assert.equal((await h.deps.users.preferences(USER)).category, "image");
});

Deno.test("forged or stale category buttons are refused and change nothing", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/category", userId: USER }));
  for (
    const data of [
      "category:set:admin",
      "category:set:",
      "category:set:CODING",
      "category:set:coding:extra",
      "category:set:constructor",
      "category:bogus",
    ]
  ) {
    await tap(h, data);
    assert.match(lastAnswer(h), /This button has expired/, data);
  }
  assert.equal(await h.deps.users.get(USER), null, "nothing stored");
  assert.equal(h.shown(USER).length, 1);
  assert.match(h.shown(USER)[0], /Your category: 🪄 Auto/);
});

Deno.test("/category in a group points to the private chat; its buttons do nothing there", async () => {
  await using h = await startFeatureBot(null);
  await h.send(
    textUpdate({
      chatType: "group",
      userId: USER,
      text: "/category coding",
      messageId: 77,
    }),
  );
  const reply = h.tg.callsOf("sendMessage").at(-1)!.payload;
  assert.equal(reply.text, en("category-private-only"));
  assert.equal(
    (reply.reply_parameters as { message_id: number }).message_id,
    77,
  );
  await tap(h, "category:set:coding", DEFAULT_GROUP_ID);
  assert.match(lastAnswer(h), /expired/);
  assert.equal(await h.deps.users.get(USER), null);
});

Deno.test("categoryData decodes exactly category:set:<id>", () => {
  assert.deepEqual(categoryData.decode("category:set:research"), {
    id: "research",
  });
  for (
    const data of [
      "category:set:",
      "category:set:Research",
      "category:set:research ",
      "xcategory:set:research",
      "category:research",
      "category:set:poetry",
    ]
  ) {
    assert.equal(categoryData.decode(data), null, data);
  }
});

Deno.test("findCategory() matches an id or a title, ignoring case and outer spaces", () => {
  const i18n = createI18n();
  const t = i18n.translator("en");
  assert.equal(findCategory(i18n, t, " Writing "), "writing");
  assert.equal(findCategory(i18n, t, "BUSINESS & MARKETING"), "business");
  assert.equal(findCategory(i18n, t, "business & marketing"), "business");
  assert.equal(findCategory(i18n, t, "marketing"), undefined);
  assert.equal(findCategory(i18n, t, ""), undefined);
});

Deno.test("/settings: one screen edited in place; a picker per setting; choices persist and shape the next prompt", async () => {
  const llm = recording();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "/settings", userId: USER }));
  assert.equal(h.shown(USER)[0], en("settings-title"));
  assert.deepEqual(buttons(h, USER).map((b) => b.text), [
    "🗂 Category: 🪄 Auto",
    "🎯 Model: Auto",
    "📏 Length: Standard",
    "❓ Questions first: When vague",
    "🌐 Prompt language: Auto",
    "🗣 My language: Automatic",
  ]);
  await tap(h, "s:v:length");
  assert.equal(h.shown(USER)[0], en("settings-pick-length"));
  assert.deepEqual(buttons(h, USER).map((b) => b.text), [
    "Concise",
    "✓ Standard",
    "Detailed",
    "« Back",
  ]);
  await tap(h, "s:s:length:concise");
  assert.equal(lastAnswer(h), en("settings-saved"));
  await tap(h, "s:v:target");
  await tap(h, "s:s:target:claude");
  await tap(h, "s:v:clarify");
  await tap(h, "s:s:clarify:never");
  assert.equal(h.shown(USER).length, 1, "one message, edited");
  assert.deepEqual(buttons(h, USER).map((b) => b.text).slice(1, 4), [
    "🎯 Model: 🟠 Claude",
    "📏 Length: Concise",
    "❓ Questions first: Never",
  ]);
  await h.send(textUpdate({ text: "cat", userId: USER }));
  const request = llm.requests.at(-1)!;
  const system = String(request.messages[0].content);
  assert.match(system, /Length: concise/);
  assert.match(system, /Claude/);
  assert.match(
    String(request.messages.at(-1)!.content),
    /^Write the improved prompt now/,
    "never asks first",
  );
});

Deno.test("/settings: the bot's language changes at once; forged values are refused", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/settings", userId: USER }));
  await tap(h, "s:v:language");
  await tap(h, "s:s:language:de");
  assert.equal(h.shown(USER)[0], text("de", "settings-title"));
  assert.equal(
    (await h.deps.users.get(USER, { fresh: true }))?.prefs.language,
    "de",
  );
  for (
    const data of [
      "s:s:length:huge",
      "s:s:language:xx",
      "s:s:target:gpt9",
      "s:v:nope",
    ]
  ) {
    await tap(h, data);
    assert.equal(lastAnswer(h), text("de", "settings-expired"), data);
  }
  assert.equal(
    (await h.deps.users.get(USER, { fresh: true }))?.prefs.length,
    undefined,
  );
});

Deno.test("/settings in a group points to the private chat", async () => {
  await using h = await startFeatureBot(null);
  await h.send(
    textUpdate({ chatType: "group", userId: USER, text: "/settings" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), [en("settings-private-only")]);
});

Deno.test("LLM_TEMPERATURE_BY_CATEGORY reaches the AI request of that category, and the others keep their own", async () => {
  const seen: { system: string; temperature?: number }[] = [];
  const llm: LlmProvider = {
    complete(request: CompletionRequest) {
      seen.push({
        system: String(request.messages[0].content),
        temperature: request.temperature,
      });
      const text = "<prompt>A strong prompt.</prompt>";
      request.onDelta?.(text);
      return Promise.resolve({ text, model: "m", keyHint: "…k" });
    },
  };
  await using h = await startFeatureBot(llm, {
    LLM_TEMPERATURE_BY_CATEGORY: "coding:0.05",
  });
  const user = 6161;
  await h.send(textUpdate({ text: "/category", userId: user }));
  const choose = async (id: string) => {
    await h.send(callbackUpdate({
      data: categoryData.encode({ id: id as "coding" }),
      userId: user,
      chatId: user,
      messageId: h.tg.messages(user).at(-1)!.message_id,
    }));
  };
  await choose("coding");
  await h.send(
    textUpdate({ text: "parse a CSV file of orders", userId: user }),
  );
  await choose("writing");
  await h.send(
    textUpdate({ text: "a short story about a lighthouse", userId: user }),
  );
  assert.equal(seen.length, 2);
  assert.equal(seen[0].temperature, 0.05);
  assert.equal(seen[1].temperature, getCategory("writing").temperature);
});
