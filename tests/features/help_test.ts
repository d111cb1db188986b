/**
 * /help: what it tells about (every kind of input the bot takes now, the
 * workshop's buttons by their real labels, /settings, groups, inline mode),
 * only what this bot can do, within Telegram's 4096 characters in every
 * language and role, and with the very commands the menu registers.
 */
import assert from "node:assert/strict";
import { Api } from "grammy";
import { helpText } from "../../src/features/start.ts";
import type { Role } from "../../src/storage/role_store.ts";
import { TELEGRAM_TEXT_LIMIT } from "../../src/telegram/split.ts";
import { registerCommands } from "../../src/ui/commands.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { DEFAULT_LOCALE } from "../../src/ui/locales.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { textUpdate } from "../fakes/updates.ts";
import { answering, startFeatureBot } from "./harness.ts";

const i18n = createI18n();
const EVERYTHING = {
  historyLimit: 20,
  voice: true,
  pictures: true,
  inlineBot: "promptsmith_test_bot",
};
const ROLES: readonly Role[] = ["user", "moderator", "admin", "owner"];

/** The `/command — description` lines of a help text. */
function commandLines(help: string): string[] {
  return help.split("\n").filter((line) => /^\/[a-z]+ — /.test(line));
}

for (const locale of i18n.locales) {
  const t = i18n.translator(locale);

  Deno.test(`helpText() in ${locale} tells of every input, the workshop and other chats, within one message for every role`, () => {
    for (const role of ROLES) {
      const help = helpText(t, { ...EVERYTHING, role });
      assert.ok(
        help.length <= TELEGRAM_TEXT_LIMIT,
        `${locale} ${role}: ${help.length} characters`,
      );
    }
    const help = helpText(t, EVERYTHING);
    for (
      const id of [
        "help-send-voice",
        "help-send-photo",
        "help-send-file",
        "help-shape-reply",
        "help-shape-settings",
        "help-groups",
      ]
    ) {
      assert.ok(help.includes(t(id)), `${locale}: ${id}`);
    }
    assert.ok(help.includes("@promptsmith_test_bot"), `${locale}: inline`);
    assert.ok(help.includes("/settings"), `${locale}: /settings`);
    // The buttons are named as they are labelled under an answer.
    for (
      const button of [
        "workshop-shorter",
        "workshop-detail",
        "workshop-another",
        "workshop-target",
      ]
    ) {
      assert.ok(help.includes(t(button)), `${locale}: ${button}`);
    }
    if (locale !== DEFAULT_LOCALE) {
      const english = helpText(i18n.translator(DEFAULT_LOCALE), EVERYTHING);
      const shared = english.split("\n").filter((line) =>
        line.length > 12 && help.split("\n").includes(line)
      );
      assert.deepEqual(shared, [], `${locale}: lines left in English`);
    }
  });
}

Deno.test("helpText() leaves out what this bot cannot do: voice without speech, pictures without AI, inline mode when off", () => {
  const t = i18n.translator("en");
  const help = helpText(t, { historyLimit: 20 });
  assert.ok(!help.includes(t("help-send-voice")));
  assert.ok(!help.includes(t("help-send-photo")));
  assert.ok(!help.includes("@"), "no inline line");
  assert.ok(help.includes(t("help-send-file")), "text files need no AI");
  assert.ok(help.includes(t("help-send-text", { max: 6000 })));
});

Deno.test("helpText() lists exactly the commands registerCommands() puts in each language's menu, and each role's own", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  await registerCommands(api, i18n, [
    { chatId: 1, role: "moderator", locale: "ru" },
    { chatId: 2, role: "admin", locale: "es" },
  ]);
  for (const locale of i18n.locales) {
    const menu = await api.getMyCommands(
      locale === DEFAULT_LOCALE ? {} : { language_code: locale },
    );
    const help = helpText(i18n.translator(locale), EVERYTHING);
    assert.deepEqual(
      commandLines(help),
      menu.map((c) => `/${c.command} — ${c.description}`),
      locale,
    );
  }
  for (
    const [chatId, role, locale] of [
      [1, "moderator", "ru"],
      [2, "admin", "es"],
    ] as const
  ) {
    const menu = await api.getMyCommands({
      scope: { type: "chat", chat_id: chatId },
    });
    const help = helpText(i18n.translator(locale), { ...EVERYTHING, role });
    assert.deepEqual(
      commandLines(help),
      menu.map((c) => `/${c.command} — ${c.description}`),
      role,
    );
  }
});

Deno.test("/help of an offline bot without inline mode does not offer voice, pictures or inline; with AI and inline on it does", async () => {
  const en = i18n.translator("en");
  {
    await using h = await startFeatureBot(null);
    await h.send(textUpdate({ text: "/help", userId: 5151 }));
    const [help] = h.texts(5151);
    assert.equal(help, helpText(en, { historyLimit: 20 }));
  }
  {
    await using tg = startFakeTelegram({
      botInfo: { supports_inline_queries: true },
    });
    await using h = await startFeatureBot(answering("unused"), {
      LLM_API_KEYS: "sk-help-test-key-0000",
    }, { tg });
    await h.send(textUpdate({ text: "/help", userId: 5151 }));
    const [help] = h.texts(5151);
    assert.ok(help.includes(en("help-send-photo")), help);
    assert.ok(help.includes(en("help-send-voice")), help);
    assert.ok(
      help.includes(en("help-inline", { bot: tg.botInfo.username })),
      help,
    );
  }
});
