/**
 * Roles and access on every update: the sender's role is read fresh from KV
 * (no cache, so a ban or a promotion is in force from the next update on,
 * on every instance), and an update from someone the bot does not serve ends
 * here: a banned user is told once, then hears nothing; in allowlist mode a
 * stranger is told the bot is private; in approval mode a new user is told
 * they wait while the admins get an Approve / Deny card.
 *
 * A prompt is the exception: its role is read by its acceptance, in the same
 * read round as the rest (see {@linkcode admissionFor}).
 *
 * Only what is addressed to the bot (see {@linkcode addressesBot}) may tell
 * a refused user anything, note that a ban was told, or ask the admins for
 * access; anything else of a refused user (in a group a sticker, a photo,
 * joining it; the bot unblocked) is dropped without a word and without a
 * write.
 *
 * @module
 */
import type { MiddlewareFn } from "grammy";
import type { User } from "grammy/types";
import type { Config } from "../config/config.ts";
import type { BotContext, BotDeps } from "../context.ts";
import type { PrivilegedMenu } from "../ui/commands.ts";
import { describeError, getLog } from "../logging.ts";
import type { AcceptGate } from "../storage/job_store.ts";
import type {
  LimitCheck,
  LimitCheckOptions,
  UserLimits,
} from "../storage/rate_limiter.ts";
import {
  type AccessRefusal,
  atLeast,
  type Role,
} from "../storage/role_store.ts";
import { accessRequestKeyboard } from "../ui/keyboards.ts";
import { accessRequestText } from "../ui/roles_texts.ts";
import { localeOf, settleLocale } from "./i18n.ts";

const log = getLog("roles");

/** Read the sender's role and access; refuse whoever the bot does not serve. */
export function rolesMiddleware(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    if (from === undefined || isDeferredPrompt(ctx)) return await next();
    // Read with the profile, in the same round, when it was not cached.
    const read = ctx.standingRead;
    ctx.standingRead = undefined;
    if (!addressesBot(ctx)) {
      // Read only: chatter in a group neither uses up a notice nor asks for access.
      const decision = await ctx.deps.roles.serves(from.id, { read });
      ctx.standing = decision.standing;
      if (!decision.ok) return dropRefused(ctx, decision.refusal);
      return await next();
    }
    const decision = await ctx.deps.roles.admit(from.id, {
      locale: ctx.locale,
      read,
    });
    ctx.standing = decision.standing;
    if (!decision.ok) return await refuseAccess(ctx, decision.refusal);
    await next();
  };
}

/**
 * Whether an update speaks to the bot, so that a refusal can be told: an
 * inline query, a tap on one of its buttons, a message in a private chat, and
 * in a group a command for it, a reply to one of its messages or a mention of
 * it. Not the rest (a chosen inline result, the bot blocked or unblocked, a
 * request to join a group): nothing could be said in answer.
 */
export function addressesBot(ctx: BotContext): boolean {
  if (ctx.callbackQuery || ctx.inlineQuery) return true;
  const msg = ctx.msg;
  if (msg === undefined) return false;
  if (msg.chat.type === "private") return true;
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  const text = msg.text ?? msg.caption ?? "";
  const me = ctx.me.username.toLowerCase();
  return (msg.entities ?? msg.caption_entities ?? []).some((entity) => {
    const word = text.slice(entity.offset, entity.offset + entity.length)
      .toLowerCase();
    switch (entity.type) {
      case "bot_command": {
        const [, bot] = word.split("@");
        return entity.offset === 0 && (bot === undefined || bot === me);
      }
      case "mention":
        return word === `@${me}`;
      case "text_mention":
        return entity.user.id === ctx.me.id;
      default:
        return false;
    }
  });
}

/** Whether the sender is an admin or an owner, as read for this update. */
export function isAdmin(ctx: BotContext): boolean {
  return hasRole(ctx, "admin");
}

/** Whether the sender's role, as read for this update, ranks `least` or higher. */
export function hasRole(ctx: BotContext, least: Role): boolean {
  const standing = ctx.standing;
  return standing !== undefined && standing.userId === ctx.from?.id &&
    atLeast(standing.role, least);
}

/** Whether `userId` is one of `adminIds` (ADMIN_IDS): the seeded admins only, not the stored roles. */
export function isAdminId(
  adminIds: readonly number[],
  userId: number,
): boolean {
  return adminIds.includes(userId);
}

/**
 * For a feature answering a prompt-like update without accepting it (an
 * empty prompt, `/enhance` alone): read the sender's access as the middleware
 * would have, and refuse them if need be.
 *
 * @returns whether to go on
 */
export async function admitted(ctx: BotContext): Promise<boolean> {
  if (ctx.standing !== undefined || ctx.from === undefined) return true;
  if (!addressesBot(ctx)) {
    const decision = await ctx.deps.roles.serves(ctx.from.id);
    ctx.standing = decision.standing;
    if (!decision.ok) dropRefused(ctx, decision.refusal);
    return decision.ok;
  }
  const decision = await ctx.deps.roles.admit(ctx.from.id, {
    locale: ctx.locale,
  });
  ctx.standing = decision.standing;
  if (!decision.ok) await refuseAccess(ctx, decision.refusal);
  return decision.ok;
}

/**
 * What a prompt of `userId` is admitted with (`JobStore.accept`): the rate
 * limits of their role, and, when the role was not read for this update, the
 * access gate that reads it in the same round and picks those limits.
 */
export function admissionFor(
  ctx: BotContext,
  userId: number,
): { gate?: AcceptGate; limits: LimitCheck } {
  const { roles, limiter } = ctx.deps;
  const known = ctx.standing?.userId === userId ? ctx.standing : undefined;
  if (known) {
    return {
      limits: limiter.check(userId, limitOptions(ctx.config, known.role)),
    };
  }
  const limits = limiter.check(
    userId,
    roles.isOwner(userId)
      ? { isAdmin: true }
      : { anyOf: tierLimits(ctx.config) },
  );
  return { gate: accessGate(ctx, userId), limits };
}

/**
 * The access check of `userId` for `JobStore.accept`, read in its round even
 * when the role was read for this update: for a job that counts no limit of
 * its own (the prompt after clarifying questions) but must not outlive a ban.
 * It picks the role's limits, for an acceptance that counts them.
 */
export function accessGate(ctx: BotContext, userId: number): AcceptGate {
  const access = ctx.deps.roles.gate(userId, { locale: ctx.locale });
  const before = ctx.standing;
  return {
    keys: access.keys,
    decide(entries, op) {
      const decision = access.decide(entries, op);
      ctx.standing = decision.standing;
      return decision.ok
        ? { ok: true, limits: roleLimits(ctx.config, decision.standing.role) }
        : { ok: false, refusal: decision.refusal };
    },
    // A standing decided on a wrong guess is not the sender's.
    discard() {
      ctx.standing = before;
    },
  };
}

/** The rate limits of `role`: admins and owners are exempt. */
export function roleLimits(config: Config, role: Role): UserLimits | "exempt" {
  if (atLeast(role, "admin")) return "exempt";
  const { burstPerMinute, dailyPerUser, burstByRole, dailyByRole } =
    config.limits;
  if (role !== "trusted" && role !== "moderator") {
    return { burstPerMinute, dailyPerUser };
  }
  return {
    burstPerMinute: burstByRole[role] ?? burstPerMinute,
    dailyPerUser: dailyByRole[role] ?? dailyPerUser,
  };
}

/** `RateLimiter.check`'s options for a user of `role`. */
export function limitOptions(config: Config, role: Role): LimitCheckOptions {
  const limits = roleLimits(config, role);
  return limits === "exempt" ? { isAdmin: true } : { limits };
}

function tierLimits(config: Config): UserLimits[] {
  return (["user", "trusted", "moderator"] as const).map((role) =>
    roleLimits(config, role) as UserLimits
  );
}

/**
 * Tell a refused user what they need to hear, once where once is the rule;
 * an inline query gets no results (with the notice as the line above them
 * when there is one), a button tap only stops its spinner (with the notice
 * when there is one). A new request for access also goes
 * to every admin and owner as an Approve / Deny card.
 */
export async function refuseAccess(
  ctx: BotContext,
  refusal: AccessRefusal,
): Promise<void> {
  log.info("Refused an update: {reason}", {
    updateId: ctx.update.update_id,
    userId: refusal.userId,
    reason: refusal.reason,
  });
  await settleLocale(ctx);
  const text = ctx.t(`access-${refusal.reason.replaceAll("_", "-")}`);
  const tell = refusal.notify &&
    (refusal.reason !== "not_allowed" || ctx.chat?.type === "private");
  if (ctx.inlineQuery) {
    // The notice is the line above the (no) results: the one place it is seen.
    await ctx.answerInlineQuery([], {
      cache_time: 0,
      is_personal: true,
      ...(refusal.notify
        ? { button: { text, start_parameter: "access" } }
        : {}),
    }).catch(() => {});
  } else if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery(
      refusal.notify ? { text, show_alert: true } : {},
    ).catch(() => {});
  } else if (tell && ctx.chat && ctx.msg) {
    const group = ctx.chat.type !== "private";
    const messageId = ctx.msg?.message_id;
    await ctx.reply(
      text,
      group && messageId !== undefined
        ? {
          reply_parameters: {
            message_id: messageId,
            allow_sending_without_reply: true,
          },
        }
        : {},
    );
  }
  if (refusal.asked && ctx.from) await askApprovers(ctx, ctx.from);
}

/** An update not addressed to the bot, from someone it does not serve: no answer, nothing written. */
function dropRefused(ctx: BotContext, refusal: AccessRefusal): void {
  log.info("Dropped an update not addressed to the bot: {reason}", {
    updateId: ctx.update.update_id,
    userId: refusal.userId,
    reason: refusal.reason,
  });
}

/** Send every admin and owner the card of `user`'s request, each in their language. */
async function askApprovers(ctx: BotContext, user: User): Promise<void> {
  const { roles, users, i18n } = ctx.deps;
  const approvers = await roles.privileged("admin");
  if (approvers.length === 0) {
    log.warning("Nobody can approve a request for access: set OWNER_ID", {
      userId: user.id,
    });
  }
  for (const approver of approvers) {
    const profile = await users.get(approver.userId);
    const t = i18n.translator(localeOf(i18n, profile, undefined));
    await ctx.api.sendMessage(approver.userId, accessRequestText(t, user), {
      reply_markup: accessRequestKeyboard(t, user.id),
    }).catch((error) =>
      log.warning("Cannot send a request for access to an admin: {error}", {
        adminId: approver.userId,
        error: describeError(error),
      })
    );
  }
}

/** A prompt whose claim, and with it the role's read, is left to its acceptance. */
function isDeferredPrompt(ctx: BotContext): boolean {
  return ctx.updateClaim !== undefined && !ctx.updateClaim.claimed;
}

/**
 * The command menu of every moderator, admin and owner: their role's
 * commands, in the language of their profile (for `registerCommands`).
 */
export async function privilegedMenus(
  deps: Pick<BotDeps, "roles" | "users" | "i18n">,
): Promise<PrivilegedMenu[]> {
  const menus: PrivilegedMenu[] = [];
  for (const standing of await deps.roles.privileged()) {
    const profile = await deps.users.get(standing.userId);
    menus.push({
      chatId: standing.userId,
      role: standing.role,
      locale: localeOf(deps.i18n, profile, undefined),
    });
  }
  return menus;
}
