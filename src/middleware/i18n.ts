import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { userKey } from "../storage/keys.ts";
import type { UserRecord } from "../storage/user_store.ts";
import type { I18n } from "../ui/i18n.ts";
import type { LocaleCode } from "../ui/locales.ts";

/**
 * Put the user's interface language on the context: the one chosen with
 * /language (kept in their profile in KV, read through the profile cache),
 * else the language of their Telegram app, else English.
 *
 * For a prompt, whose update claim is deferred to acceptance, the profile is
 * not read here: acceptance reads it in its own read round. Until then the
 * language comes from the cache, or from Telegram's `language_code`;
 * {@linkcode settleLocale} reads KV when a reply must be sent before that.
 */
export function i18nMiddleware(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { i18n, users } = ctx.deps;
    const userId = ctx.from?.id;
    const deferred = ctx.updateClaim !== undefined && !ctx.updateClaim.claimed;
    const cached = userId === undefined ? undefined : users.peek(userId);
    const known = userId === undefined
      ? { value: null }
      : deferred
      ? cached
      : cached ?? { value: await readWithStanding(ctx, userId) };
    // A cached profile: the prefetch still holds the role and access.
    if (!deferred && cached !== undefined) {
      const read = await takePrefetch(ctx);
      if (read) ctx.standingRead = read.slice(1);
    }
    setLocale(
      ctx,
      localeOf(i18n, known?.value ?? null, ctx.from?.language_code),
    );
    ctx.localeSettled = known !== undefined;
    await next();
  };
}

/**
 * The keys every claimed update of a sender reads: their profile, role and
 * access (`dedupeUpdates`' `standingKeys`). The i18n and roles middleware
 * take what was read from `ctx.standingPrefetch`.
 */
export function standingKeys(ctx: BotContext): Deno.KvKey[] | undefined {
  const userId = ctx.from?.id;
  if (userId === undefined) return undefined;
  return [userKey(userId), ...ctx.deps.roles.keysOf(userId)];
}

/**
 * The profile of `userId`, not cached: read in one round with their role and
 * access, which the roles middleware reads next anyway (`ctx.standingRead`).
 */
async function readWithStanding(
  ctx: BotContext,
  userId: number,
): Promise<UserRecord | null> {
  const { kv, users, roles } = ctx.deps;
  const [profile, ...standing] = await takePrefetch(ctx) ??
    await kv.getMany([userKey(userId), ...roles.keysOf(userId)]);
  ctx.standingRead = standing;
  return await users.accept(userId, profile);
}

/** The prefetched read, once: later reads go to KV. */
async function takePrefetch(
  ctx: BotContext,
): Promise<Deno.KvEntryMaybe<unknown>[] | undefined> {
  const prefetch = ctx.standingPrefetch;
  ctx.standingPrefetch = undefined;
  return prefetch && await prefetch;
}

/** Read the user's profile for their language if {@linkcode i18nMiddleware} could not. */
export async function settleLocale(ctx: BotContext): Promise<void> {
  if (ctx.localeSettled || ctx.from === undefined) return;
  const profile = await ctx.deps.users.get(ctx.from.id);
  setLocale(ctx, localeOf(ctx.deps.i18n, profile, ctx.from.language_code));
  ctx.localeSettled = true;
}

/** The interface language of a user with `profile` whose Telegram app speaks `languageCode`. */
export function localeOf(
  i18n: I18n,
  profile: UserRecord | null,
  languageCode: string | undefined,
): LocaleCode {
  const chosen = profile?.prefs.language;
  if (chosen !== undefined && i18n.isLocale(chosen)) return chosen;
  return i18n.negotiate(languageCode);
}

/** Answer in `locale` from now on. */
export function setLocale(ctx: BotContext, locale: LocaleCode): void {
  ctx.locale = locale;
  ctx.t = ctx.deps.i18n.translator(locale);
}
