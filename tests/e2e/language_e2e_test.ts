/**
 * The interface in the user's language, through the real process against the
 * fakes over HTTP. A user whose Telegram app speaks Russian, and one whose
 * app speaks Spanish, go through /start, /help, /category (and tap a
 * category), /settings (and open a picker), two prompts (the second queued
 * behind the first), a rate-limit refusal and /history. Every text they see
 * (messages, edits, buttons, alerts) is the one the shipped locale files
 * give for their language, and no sentence of the English texts reaches them.
 * A user whose language is not shipped (`ja`) reads English; one whose app
 * says `pt-BR` reads Portuguese, as the negotiation promises.
 */
import assert from "node:assert/strict";
import { FluentResource } from "@fluent/bundle";
import type { InlineKeyboardMarkup } from "grammy/types";
import { helpText } from "../../src/features/start.ts";
import { categoryData, settingsViewData } from "../../src/ui/callback_data.ts";
import { createI18n, type Translate } from "../../src/ui/i18n.ts";
import { AUTO_EMOJI, categoryLabel } from "../../src/ui/keyboards.ts";
import { LOCALES } from "../../src/ui/locales.ts";
import type { LocaleCode } from "../../src/ui/locales.ts";
import { getCategory } from "../../src/enhance/categories.ts";
import type { ChatBody } from "../fakes/llm_api.ts";
import type { RecordedCall } from "../fakes/telegram_api.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import type { BotProcess } from "./bot_process.ts";
import {
  enhancementsLogged,
  KEY_ONE,
  KEY_TWO,
  type Stack,
  startStack,
} from "./stack.ts";

const i18n = createI18n();
const BOT_USERNAME = "promptsmith_lang_bot";
/** Stands in for a placeholder when a message is matched whatever its value. */
const ANY = "\u0000";

/** A piece of an English text: one line of it, between placeholders. */
interface Fragment {
  /** The message it is part of. */
  id: string;
  text: string;
}

/** The text pieces of each message of a Fluent source, every variant's. */
function fragmentsOf(source: string, minLength: number): Fragment[] {
  const found: Fragment[] = [];
  const visit = (id: string, pattern: unknown): void => {
    if (typeof pattern === "string") {
      for (const line of pattern.split("\n")) {
        const text = line.trim();
        if (text.length >= minLength && /[a-z]{3}/i.test(text)) {
          found.push({ id, text });
        }
      }
    } else if (Array.isArray(pattern)) {
      for (const element of pattern) {
        if (typeof element === "string") visit(id, element);
        else if (element?.type === "select") {
          for (const variant of element.variants) visit(id, variant.value);
        }
      }
    }
  };
  for (const entry of new FluentResource(source).body) {
    if ("value" in entry) visit(entry.id, entry.value);
  }
  return found;
}

/** Whether most translations keep `text` as English has it: a name such as "Stable Diffusion". */
function isName(text: string): boolean {
  const translations = Object.entries(LOCALES)
    .filter(([code]) => code !== "en")
    .map(([, locale]) => locale.source);
  return translations.filter((source) => source.includes(text)).length >=
    translations.length / 2;
}

/**
 * Every line of the English texts, split at placeholders, except names: one
 * of them in a reply means English reached the user.
 */
function englishSentences(): string[] {
  const sentences = new Set(
    fragmentsOf(LOCALES.en.source, 12).map((fragment) => fragment.text),
  );
  return [...sentences].filter((sentence) => !isName(sentence));
}

/**
 * Messages a translation words exactly as English does, because they are
 * words of that language too; every other short English text in a button
 * or an alert is a leak.
 */
const SAME_AS_ENGLISH: Partial<Record<LocaleCode, readonly string[]>> = {
  es: ["category-general-title"],
};

/** The English words of buttons and alerts, as whole words, except names and {@linkcode SAME_AS_ENGLISH}. */
function englishWords(locale: LocaleCode): RegExp[] {
  const kept = new Set(SAME_AS_ENGLISH[locale] ?? []);
  for (const id of kept) {
    assert.equal(i18n.t(locale, id), i18n.t("en", id), `${locale} ${id}`);
  }
  const words = fragmentsOf(LOCALES.en.source, 4)
    .filter((fragment) => !kept.has(fragment.id) && !isName(fragment.text))
    .map((fragment) => fragment.text);
  return [...new Set(words)].map((word) =>
    new RegExp(
      `(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`,
      "u",
    )
  );
}

/** A message with any value in place of `ANY`, as a whole-text pattern. */
function shapeOf(text: string): RegExp {
  const escaped = text.split(ANY).map((part) =>
    part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  );
  return new RegExp(`^${escaped.join("[^\\n]+")}$`);
}

function labels(markup: unknown): string[] {
  const rows = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ??
    [];
  return rows.flat().map((button) => button.text);
}

function buttonData(markup: unknown, data: string): string {
  const rows = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ??
    [];
  const found = rows.flat().find((button) =>
    "callback_data" in button && button.callback_data === data
  );
  assert.ok(found, `a button with data ${data}`);
  return data;
}

/**
 * Everything one user was shown: texts sent or edited in (as sent, and as
 * the chat shows them, HTML parsed), and the short ones: button labels and
 * alerts.
 */
function seenBy(
  stack: Stack,
  userId: number,
): { texts: string[]; short: string[] } {
  const inChat = (call: RecordedCall) => call.payload.chat_id === userId;
  const calls = [
    ...stack.tg.callsOf("sendMessage").filter(inChat),
    ...stack.tg.callsOf("editMessageText").filter(inChat),
  ];
  const texts = [
    ...calls.map((call) => String(call.payload.text ?? "")),
    ...stack.tg.messages(userId).map((m) => m.text ?? m.caption ?? ""),
  ];
  const alerts = stack.tg.callsOf("answerCallbackQuery")
    .filter((call) =>
      String(call.payload.callback_query_id).startsWith(`cb-${userId}-`)
    )
    .map((call) => String(call.payload.text ?? ""))
    .filter((text) => text !== "");
  const buttons = calls.flatMap((call) => labels(call.payload.reply_markup));
  return { texts, short: [...buttons, ...alerts] };
}

function sentTo(stack: Stack, userId: number): RecordedCall[] {
  return stack.tg.callsOf("sendMessage").filter((call) =>
    call.payload.chat_id === userId
  );
}

/** A user of one language, talking to the bot process. */
class Speaker {
  #taps = 0;
  constructor(
    readonly stack: Stack,
    readonly bot: BotProcess,
    readonly userId: number,
    readonly languageCode: string,
  ) {}

  /** Send a text and wait until the bot has handled it. */
  async say(text: string): Promise<void> {
    const { update_id } = this.stack.tg.queueUpdate(textUpdate({
      text,
      userId: this.userId,
      firstName: "Sasha",
      languageCode: this.languageCode,
    }));
    await this.#handled(update_id);
  }

  /** Send a text and return the one message the bot sent back. */
  async ask(text: string): Promise<RecordedCall> {
    const before = sentTo(this.stack, this.userId).length;
    await this.say(text);
    const sent = sentTo(this.stack, this.userId);
    assert.equal(sent.length, before + 1, `one answer to ${text}`);
    return sent.at(-1)!;
  }

  /** Tap a button of the bot's message `messageId`. */
  async tap(messageId: number, data: string): Promise<void> {
    const { update_id } = this.stack.tg.queueUpdate(callbackUpdate({
      data,
      userId: this.userId,
      chatId: this.userId,
      messageId,
      callbackQueryId: `cb-${this.userId}-${++this.#taps}`,
      languageCode: this.languageCode,
    }));
    await this.#handled(update_id);
  }

  async #handled(updateId: number): Promise<void> {
    await this.bot.waitForLog((line) =>
      String(line.message ?? "").startsWith("Handled update") &&
      line.properties?.updateId === updateId
    );
  }
}

function lastEdit(stack: Stack, userId: number, messageId: number) {
  const edit = stack.tg.callsOf("editMessageText").findLast((call) =>
    call.payload.chat_id === userId && call.payload.message_id === messageId
  );
  assert.ok(edit, `an edit of message ${messageId}`);
  return edit.payload;
}

function lastAlert(stack: Stack, userId: number): string {
  const alert = stack.tg.callsOf("answerCallbackQuery").findLast((call) =>
    String(call.payload.callback_query_id).startsWith(`cb-${userId}-`)
  );
  return String(alert?.payload.text ?? "");
}

/** The id of the bot's newest message in the chat: the one it just sent. */
function newest(stack: Stack, userId: number): number {
  const message = stack.tg.messages(userId).at(-1);
  assert.ok(message, "a message of the bot");
  return message.message_id;
}

/** The whole tour of one user, asserting each answer is the locale's text. */
async function tour(
  stack: Stack,
  bot: BotProcess,
  options: {
    userId: number;
    languageCode: string;
    locale: LocaleCode;
    enhancedBefore: number;
  },
): Promise<void> {
  const t: Translate = i18n.translator(options.locale);
  const english = i18n.translator("en");
  const user = new Speaker(stack, bot, options.userId, options.languageCode);

  const start = await user.ask("/start");
  const startText = `${t("start-greeting", { name: "Sasha" })}\n\n${
    t("start-body")
  }`;
  assert.equal(start.payload.text, startText);
  assert.notEqual(
    startText,
    `${english("start-greeting", { name: "Sasha" })}\n\n${
      english("start-body")
    }`,
  );

  const help = await user.ask("/help");
  const helpOptions = {
    historyLimit: 20,
    voice: true,
    pictures: true,
    inlineBot: BOT_USERNAME,
  };
  assert.equal(help.payload.text, helpText(t, helpOptions));
  assert.notEqual(help.payload.text, helpText(english, helpOptions));
  // The commands /help lists are the menu this process registered for the language.
  const menu = stack.tg.callsOf("setMyCommands").find((call) =>
    call.payload.language_code === options.locale && !call.payload.scope
  );
  assert.ok(menu, `a menu for ${options.locale}`);
  const listed = String(help.payload.text).split("\n").filter((line) =>
    /^\/[a-z]+ — /.test(line)
  );
  assert.deepEqual(
    listed,
    (menu.payload.commands as { command: string; description: string }[])
      .map((c) => `/${c.command} — ${c.description}`),
  );

  const auto = {
    emoji: AUTO_EMOJI,
    title: t("category-auto-title"),
    description: t("category-auto-description"),
  };
  const category = await user.ask("/category");
  assert.equal(category.payload.text, t("category-current", auto));
  assert.ok(
    labels(category.payload.reply_markup).includes(categoryLabel(t, "coding")),
  );
  const categoryMessage = newest(stack, options.userId);
  await user.tap(
    categoryMessage,
    buttonData(
      category.payload.reply_markup,
      categoryData.encode({ id: "coding" }),
    ),
  );
  const coding = {
    emoji: getCategory("coding").emoji,
    title: t("category-coding-title"),
    description: t("category-coding-description"),
  };
  assert.equal(
    lastAlert(stack, options.userId),
    t("category-saved-toast", coding),
  );
  assert.equal(
    lastEdit(stack, options.userId, categoryMessage).text,
    t("category-saved", coding),
  );

  const settings = await user.ask("/settings");
  assert.equal(settings.payload.text, t("settings-title"));
  const settingsMessage = newest(stack, options.userId);
  await user.tap(
    settingsMessage,
    buttonData(
      settings.payload.reply_markup,
      settingsViewData.encode({ view: "length" }),
    ),
  );
  const picker = lastEdit(stack, options.userId, settingsMessage);
  assert.equal(picker.text, t("settings-pick-length"));
  assert.ok(labels(picker.reply_markup).includes(t("settings-length-concise")));

  // Busy: a second prompt while the first is being written is queued, and said so.
  stack.llm.setKeyBehavior(KEY_ONE, { slow: { chunkDelayMs: 150 } });
  stack.llm.setKeyBehavior(KEY_TWO, { slow: { chunkDelayMs: 150 } });
  await user.say("a python script that renames photos by date");
  await stack.tg.waitForCall(
    "sendMessageDraft",
    (call) => call.payload.chat_id === options.userId,
    15_000,
  );
  const queued = await user.ask("a haiku about autumn rain");
  assert.equal(queued.payload.text, t("enhance-queued", { ahead: 1 }));
  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  stack.llm.setKeyBehavior(KEY_TWO, "ok");
  await enhancementsLogged(bot, options.enhancedBefore + 2);
  const answers = sentTo(stack, options.userId).slice(-2);
  for (const answer of answers) {
    const buttons = labels(answer.payload.reply_markup);
    assert.ok(buttons.includes(t("workshop-shorter")), buttons.join(" | "));
    assert.ok(buttons.includes(t("workshop-more")), buttons.join(" | "));
  }

  // A limit: RATE_LIMIT_PER_MINUTE is 2, and both prompts counted.
  const limited = await user.ask("a poem about the sea");
  assert.match(
    String(limited.payload.text),
    shapeOf(t("limit-burst", { max: 2, wait: ANY })),
  );
  assert.doesNotMatch(
    String(limited.payload.text),
    shapeOf(english("limit-burst", { max: 2, wait: ANY })),
  );

  const history = await user.ask("/history");
  const lines = String(history.payload.text).split("\n");
  assert.equal(lines[0], t("history-heading", { total: 2, page: 1, pages: 1 }));
  assert.equal(lines.at(-1), t("history-tap-hint"));

  // Nothing they saw, from any step, holds a sentence of the English texts,
  // and no button or alert a word of them.
  const seen = seenBy(stack, options.userId);
  assert.ok(seen.texts.length > 15, `${seen.texts.length} texts seen`);
  assert.ok(seen.short.length > 30, `${seen.short.length} labels seen`);
  const leaks = [
    ...englishIn(
      seen.texts,
      englishSentences().map((sentence) => ({
        test: (text: string) => text.includes(sentence),
        source: sentence,
      })),
    ),
    ...englishIn(seen.short, englishWords(options.locale)),
  ];
  assert.deepEqual(leaks, [], `${options.locale}: English reached the user`);
}

function englishIn(
  texts: string[],
  english: { test(text: string): boolean; source: string }[],
): string[] {
  assert.ok(english.length > 100, "the check has English to look for");
  return texts.flatMap((text) =>
    english.filter((found) => found.test(text)).map((found) =>
      `${JSON.stringify(found.source)} in ${JSON.stringify(text.slice(0, 120))}`
    )
  );
}

function lastUser(body: ChatBody): string {
  const last = body.messages?.findLast((m) => m.role === "user")?.content;
  return typeof last === "string" ? last : "";
}

Deno.test("e2e language: Russian and Spanish users read every reply in their language; ja gets English, pt-BR Portuguese", async () => {
  await using stack = await startStack({
    telegram: {
      botInfo: { username: BOT_USERNAME, supports_inline_queries: true },
    },
  });
  // Long enough to stream for a few seconds when the keys are slowed down.
  stack.llm.setReply((body) =>
    `<prompt>${
      lastUser(body).includes("haiku")
        ? "Напиши хайку об осенних дождях. Escribe un haiku sobre la lluvia."
        : "Ты — опытный разработчик на Python. Eres un desarrollador experto. " +
          "Напиши скрипт, который переименовывает фотографии по дате съёмки из EXIF; " +
          "escribe un script que renombre las fotos por la fecha de la captura."
    }</prompt>`
  );
  const bot = await stack.start({
    RATE_LIMIT_PER_MINUTE: "2",
    LLM_TIMEOUT_MS: "60000",
  });

  await tour(stack, bot, {
    userId: 610_001,
    languageCode: "ru",
    locale: "ru",
    enhancedBefore: 0,
  });
  await tour(stack, bot, {
    userId: 610_002,
    languageCode: "es",
    locale: "es",
    enhancedBefore: 2,
  });

  const en = i18n.translator("en");
  const japanese = new Speaker(stack, bot, 610_003, "ja");
  assert.equal(
    (await japanese.ask("/start")).payload.text,
    `${en("start-greeting", { name: "Sasha" })}\n\n${en("start-body")}`,
  );
  const helpOptions = {
    historyLimit: 20,
    voice: true,
    pictures: true,
    inlineBot: BOT_USERNAME,
  };
  assert.equal(
    (await japanese.ask("/help")).payload.text,
    helpText(en, helpOptions),
  );
  assert.equal(
    (await japanese.ask("/settings")).payload.text,
    en("settings-title"),
  );

  const pt = i18n.translator("pt");
  const brazilian = new Speaker(stack, bot, 610_004, "pt-BR");
  assert.equal(
    (await brazilian.ask("/start")).payload.text,
    `${pt("start-greeting", { name: "Sasha" })}\n\n${pt("start-body")}`,
  );
  assert.equal(
    (await brazilian.ask("/help")).payload.text,
    helpText(pt, helpOptions),
  );
  assert.notEqual(helpText(pt, helpOptions), helpText(en, helpOptions));
  assert.equal(
    (await brazilian.ask("/settings")).payload.text,
    pt("settings-title"),
  );

  assert.equal((await bot.stop("SIGTERM")).code, 0);
});
