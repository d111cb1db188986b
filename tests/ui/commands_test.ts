import assert from "node:assert/strict";
import { Api } from "grammy";
import { registerCommands } from "../../src/ui/commands.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";

Deno.test("registerCommands() sets the menu per shipped language and admins' menu in their own chats", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const i18n = createI18n();
  await registerCommands(api, i18n, [42, 43]);
  const english = await api.getMyCommands();
  assert.deepEqual(english.map((c) => c.command), [
    "start",
    "help",
    "enhance",
    "category",
    "language",
    "history",
    "clearhistory",
  ]);
  assert.equal(english[1].description, i18n.t("en", "command-help"));
  for (const locale of i18n.locales.filter((l) => l !== "en")) {
    const menu = await api.getMyCommands({ language_code: locale });
    assert.equal(menu.length, english.length, locale);
    assert.equal(menu[1].description, i18n.t(locale, "command-help"), locale);
  }
  for (const chat_id of [42, 43]) {
    const admin = await api.getMyCommands({ scope: { type: "chat", chat_id } });
    assert.deepEqual(admin.map((c) => c.command).slice(-3), [
      "keys",
      "stats",
      "broadcast",
    ]);
  }
  const user = await api.getMyCommands({ scope: { type: "chat", chat_id: 7 } });
  assert.deepEqual(user, [], "no admin menu for anyone else");
});
