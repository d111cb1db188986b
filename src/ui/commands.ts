/**
 * The command menu: which commands each kind of user sees, in their language.
 *
 * @module
 */
import type { Api, RawApi } from "grammy";
import type { BotCommand } from "grammy/types";
import { atLeast, type Role } from "../storage/role_store.ts";
import type { I18n, Translate } from "./i18n.ts";
import { DEFAULT_LOCALE, type LocaleCode } from "./locales.ts";

/** The commands everyone sees, in menu order. */
export const USER_COMMANDS = [
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
] as const;

/** The commands moderators (and those above) see after the others, in their private chat. */
export const MODERATOR_COMMANDS = ["ban", "unban", "whois"] as const;

/** The commands only admins and owners see, after the moderators'. */
export const ADMIN_COMMANDS = [
  "role",
  "audit",
  "keys",
  "stats",
  "broadcast",
] as const;

/** The commands `role` may use, in menu order. */
export function commandsOf(role: Role = "user"): readonly string[] {
  if (atLeast(role, "admin")) {
    return [...USER_COMMANDS, ...MODERATOR_COMMANDS, ...ADMIN_COMMANDS];
  }
  if (atLeast(role, "moderator")) {
    return [...USER_COMMANDS, ...MODERATOR_COMMANDS];
  }
  return USER_COMMANDS;
}

/** The menu in one language, with the commands of `role` (or of an admin). */
export function commandList(
  t: Translate,
  options: { admin?: boolean; role?: Role } = {},
): BotCommand[] {
  const names = commandsOf(options.admin ? "admin" : options.role);
  return names.map((command) => ({
    command,
    description: t(`command-${command}`),
  }));
}

/** Whose private chat gets a menu of its own: a moderator, an admin or an owner. */
export interface PrivilegedMenu {
  chatId: number;
  role: Role;
  /** Their chosen language; default English. */
  locale?: LocaleCode;
}

/**
 * Set the menu for every shipped language (and the default, English, for the
 * rest), and each privileged user's menu in their own private chat
 * (`BotCommandScopeChat`), so that each command is seen only by those who
 * may use it.
 */
export async function registerCommands(
  api: Api<RawApi>,
  i18n: I18n,
  privileged: readonly PrivilegedMenu[],
): Promise<void> {
  const english = i18n.translator(DEFAULT_LOCALE);
  await api.setMyCommands(commandList(english));
  for (const locale of i18n.locales) {
    if (locale === DEFAULT_LOCALE) continue;
    // Not kept: a language nobody writes in takes no memory for its menu.
    await api.setMyCommands(commandList(i18n.transient(locale)), {
      language_code: locale,
    });
  }
  for (const menu of privileged) await setChatCommands(api, i18n, menu);
}

/**
 * Set one user's menu after their role changed: their role's commands in
 * their private chat, or, below moderator, the menu everyone has.
 */
export async function setChatCommands(
  api: Api<RawApi>,
  i18n: I18n,
  menu: PrivilegedMenu,
): Promise<void> {
  const scope = { type: "chat" as const, chat_id: menu.chatId };
  if (!atLeast(menu.role, "moderator")) {
    await api.deleteMyCommands({ scope });
    return;
  }
  const t = i18n.translator(menu.locale ?? DEFAULT_LOCALE);
  await api.setMyCommands(commandList(t, { role: menu.role }), { scope });
}
