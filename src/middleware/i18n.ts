import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import type { LocaleCode } from "../ui/locales.ts";

/**
 * Put the user's interface language on the context: the one chosen with
 * /language (kept in KV, read through the profile cache), else the language
 * of their Telegram app, else English.
 */
export function i18nMiddleware(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const locale = await userLocale(ctx);
    ctx.locale = locale;
    ctx.t = ctx.deps.i18n.translator(locale);
    await next();
  };
}

/** The user's interface language, as {@linkcode i18nMiddleware} decides it. */
export async function userLocale(ctx: BotContext): Promise<LocaleCode> {
  const { i18n, users } = ctx.deps;
  const userId = ctx.from?.id;
  const chosen = userId === undefined
    ? undefined
    : (await users.get(userId))?.prefs.language;
  if (chosen !== undefined && i18n.isLocale(chosen)) return chosen;
  return i18n.negotiate(ctx.from?.language_code);
}
