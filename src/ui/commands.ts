/**
 * The command menu: which commands each kind of user sees, in their language.
 *
 * @module
 */
import type { Api, RawApi } from "grammy";
import type { BotCommand } from "grammy/types";
import type { I18n, Translate } from "./i18n.ts";
import { DEFAULT_LOCALE } from "./locales.ts";

/** The commands everyone sees, in menu order. */
export const USER_COMMANDS = [
  "start",
  "help",
  "enhance",
  "category",
  "language",
  "history",
  "clearhistory",
] as const;

/** The commands only admins see, after the others, in their private chat. */
export const ADMIN_COMMANDS = ["keys", "stats", "broadcast"] as const;

/** The menu in one language; admins' has their extra commands too. */
export function commandList(
  t: Translate,
  options: { admin?: boolean } = {},
): BotCommand[] {
  const names = options.admin
    ? [...USER_COMMANDS, ...ADMIN_COMMANDS]
    : USER_COMMANDS;
  return names.map((command) => ({
    command,
    description: t(`command-${command}`),
  }));
}

/**
 * Set the menu for every shipped language (and the default, English, for the
 * rest), and admins' menu in each admin's private chat
 * (`BotCommandScopeChat`), in the language of the locale list's default.
 */
export async function registerCommands(
  api: Api<RawApi>,
  i18n: I18n,
  adminIds: readonly number[],
): Promise<void> {
  const english = i18n.translator(DEFAULT_LOCALE);
  await api.setMyCommands(commandList(english));
  for (const locale of i18n.locales) {
    if (locale === DEFAULT_LOCALE) continue;
    await api.setMyCommands(commandList(i18n.translator(locale)), {
      language_code: locale,
    });
  }
  for (const chat_id of adminIds) {
    await api.setMyCommands(commandList(english, { admin: true }), {
      scope: { type: "chat", chat_id },
    });
  }
}
