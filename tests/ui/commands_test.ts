import assert from "node:assert/strict";
import { Api } from "grammy";
import {
  commandsOf,
  registerCommands,
  setChatCommands,
  USER_COMMANDS,
} from "../../src/ui/commands.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { LOCALES } from "../../src/ui/locales.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";

Deno.test("registerCommands() keeps no language's translations but English: a language nobody writes in takes no memory", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const parses: string[] = [];
  // A term given twice: each parse of a language reports one error.
  const i18n = createI18n({
    sources: Object.fromEntries(
      Object.entries(LOCALES).map(([code, locale]) => [
        code,
        `${locale.source}\n-probe = 1\n-probe = 2`,
      ]),
    ),
    onError: (code) => parses.push(code),
  });
  await registerCommands(api, i18n, [{ chatId: 43, role: "owner" }]);
  const others = i18n.locales.filter((l) => l !== "en");
  assert.deepEqual(parses.toSorted(), ["en", ...others].toSorted());
  assert.equal(
    (await api.getMyCommands({ language_code: "de" }))[1].description,
    i18n.t("de", "command-help"),
  );
  assert.deepEqual(
    parses.toSorted(),
    ["de", "en", ...others].toSorted(),
    "German was parsed again for the update: not kept",
  );
  i18n.t("en", "command-start");
  i18n.t("de", "command-start");
  assert.equal(parses.length, others.length + 2, "both kept now");
});

Deno.test("registerCommands() sets the menu per shipped language and each privileged user's menu in their own chat", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const i18n = createI18n();
  await registerCommands(api, i18n, [
    { chatId: 42, role: "admin" },
    { chatId: 43, role: "owner", locale: "de" },
    { chatId: 44, role: "moderator" },
  ]);
  const english = await api.getMyCommands();
  assert.deepEqual(english.map((c) => c.command), [
    "start",
    "help",
    "enhance",
    "settings",
    "category",
    "language",
    "history",
    "clearhistory",
    "privacy",
    "export",
    "forget",
  ]);
  assert.equal(english[1].description, i18n.t("en", "command-help"));
  for (const locale of i18n.locales.filter((l) => l !== "en")) {
    const menu = await api.getMyCommands({ language_code: locale });
    assert.equal(menu.length, english.length, locale);
    assert.equal(menu[1].description, i18n.t(locale, "command-help"), locale);
  }
  const menuOf = async (chat_id: number) =>
    await api.getMyCommands({ scope: { type: "chat", chat_id } });
  for (const chat_id of [42, 43]) {
    const admin = (await menuOf(chat_id)).map((c) => c.command);
    assert.deepEqual(admin.slice(USER_COMMANDS.length), [
      "ban",
      "unban",
      "whois",
      "role",
      "audit",
      "keys",
      "stats",
      "broadcast",
    ]);
  }
  assert.equal((await menuOf(43))[1].description, i18n.t("de", "command-help"));
  const moderator = (await menuOf(44)).map((c) => c.command);
  assert.deepEqual(moderator.slice(USER_COMMANDS.length), [
    "ban",
    "unban",
    "whois",
  ]);
  assert.deepEqual(await menuOf(7), [], "no menu of its own for anyone else");
});

Deno.test("setChatCommands() gives a demoted user the menu everyone has again", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const i18n = createI18n();
  await setChatCommands(api, i18n, { chatId: 42, role: "moderator" });
  const scope = { type: "chat" as const, chat_id: 42 };
  assert.equal((await api.getMyCommands({ scope })).length, 14);
  await setChatCommands(api, i18n, { chatId: 42, role: "trusted" });
  assert.deepEqual(await api.getMyCommands({ scope }), []);
});

Deno.test("commandsOf() lists a role's commands: users' for trusted and banned, moderators' and admins' on top", () => {
  assert.deepEqual(commandsOf("trusted"), USER_COMMANDS);
  assert.deepEqual(commandsOf("banned"), USER_COMMANDS);
  assert.deepEqual(commandsOf("moderator").slice(USER_COMMANDS.length), [
    "ban",
    "unban",
    "whois",
  ]);
  assert.deepEqual(commandsOf("owner"), commandsOf("admin"));
});
