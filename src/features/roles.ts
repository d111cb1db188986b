/**
 * Moderation: /role, /ban, /unban, /whois and /audit, and the Approve / Deny
 * buttons of requests for access. Someone whose role may not use a command
 * falls through to the features after this one and gets what any unknown
 * command gets: the commands are not even listed in their menu.
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import type { CallbackQueryContext } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../context.ts";
import { describeError, getLog } from "../logging.ts";
import { hasRole } from "../middleware/roles.ts";
import { localeOf } from "../middleware/i18n.ts";
import {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  type Role,
  type RoleChangeOutcome,
} from "../storage/role_store.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import {
  accessAnswerData,
  auditPageData,
  decoded,
} from "../ui/callback_data.ts";
import { setChatCommands } from "../ui/commands.ts";
import { auditKeyboard } from "../ui/keyboards.ts";
import { auditText, roleName, whoisText } from "../ui/roles_texts.ts";
import { cutSafely } from "../util/text.ts";

const log = getLog("roles");

/** Entries per /audit page. */
export const AUDIT_PAGE_SIZE = 10;

/** The longest ban reason kept, in UTF-16 code units. */
export const MAX_BAN_REASON = 200;

const composer = new FeatureComposer<BotContext>();

composer.command("role", async (ctx, next) => {
  if (!hasRole(ctx, "admin")) return await next();
  const target = parseTarget(ctx);
  const role = target.ok ? target.args[0]?.toLowerCase() : undefined;
  if (!target.ok || target.args.length !== 1 || !isAssignable(role)) {
    return await answer(ctx, target.ok ? "role-usage" : target.usage("role"));
  }
  const outcome = await ctx.deps.roles.setRole(
    ctx.from!.id,
    target.userId,
    role,
  );
  await reportChange(ctx, target.userId, outcome);
});

composer.command("ban", async (ctx, next) => {
  if (!hasRole(ctx, "moderator")) return await next();
  const target = parseTarget(ctx);
  if (!target.ok) return await answer(ctx, target.usage("ban"));
  const reason = cutSafely(target.rest, MAX_BAN_REASON) || undefined;
  const outcome = await ctx.deps.roles.setRole(
    ctx.from!.id,
    target.userId,
    "banned",
    { reason },
  );
  await reportChange(ctx, target.userId, outcome);
});

composer.command("unban", async (ctx, next) => {
  if (!hasRole(ctx, "moderator")) return await next();
  const target = parseTarget(ctx);
  if (!target.ok || target.args.length > 0) {
    return await answer(ctx, target.ok ? "unban-usage" : target.usage("unban"));
  }
  const outcome = await ctx.deps.roles.unban(ctx.from!.id, target.userId);
  await reportChange(ctx, target.userId, outcome);
});

composer.command("whois", async (ctx, next) => {
  if (!hasRole(ctx, "moderator")) return await next();
  if (ctx.chat.type !== "private") return await privateOnly(ctx, "/whois");
  const target = parseTarget(ctx);
  if (!target.ok || target.args.length > 0) {
    return await answer(ctx, target.ok ? "whois-usage" : target.usage("whois"));
  }
  const { roles, users, history, jobs, auditLog } = ctx.deps;
  const id = target.userId;
  const [standing, profile, historyCount, queue] = await Promise.all([
    roles.read(id),
    users.get(id, { fresh: true }),
    history.count(id),
    jobs.userJobs(id),
  ]);
  await ctx.reply(whoisText(ctx.t, {
    standing,
    pseudonym: auditLog.pseudonym(id),
    profile,
    historyCount,
    jobs: (queue.running === null ? 0 : 1) + queue.queued.length,
  }));
});

composer.command("audit", async (ctx, next) => {
  if (!hasRole(ctx, "admin")) return await next();
  if (ctx.chat.type !== "private") return await privateOnly(ctx, "/audit");
  const page = await renderAuditPage(ctx, 0);
  await ctx.reply(page.text, { reply_markup: page.keyboard });
});

composer.chatType("private").callbackQuery(
  auditPageData.pattern,
  decoded(
    auditPageData,
    async (ctx: CallbackQueryContext<BotContext>, { page }) => {
      if (!hasRole(ctx, "admin")) {
        await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
        return;
      }
      const rendered = await renderAuditPage(ctx, page);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(rendered.text, {
        reply_markup: rendered.keyboard,
      })
        .catch(ignoreNotModified);
    },
  ),
);

// Approve / Deny: the first answer wins, on whichever instance; the others
// are told it was answered.
composer.callbackQuery(
  accessAnswerData.pattern,
  decoded(
    accessAnswerData,
    async (ctx: CallbackQueryContext<BotContext>, { userId, answer }) => {
      if (!hasRole(ctx, "admin")) {
        await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
        return;
      }
      const status = answer === "approve" ? "approved" : "denied";
      const outcome = await ctx.deps.roles.answerRequest(
        ctx.from.id,
        userId,
        status,
      );
      if (!outcome.ok) {
        const text = outcome.reason === "answered"
          ? ctx.t(`access-answered-${outcome.status}`)
          : ctx.t(
            outcome.reason === "rank"
              ? "role-refused-rank"
              : "access-unknown-request",
          );
        await ctx.answerCallbackQuery({ text, show_alert: true });
        return;
      }
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(
        ctx.t(`access-${status}-card`, { id: String(userId) }),
      ).catch(ignoreNotModified);
      await tellRequester(ctx, userId, status, outcome.request.locale);
    },
  ),
);

/** Tell a user the answer to their request, in the language they asked in. */
async function tellRequester(
  ctx: BotContext,
  userId: number,
  status: "approved" | "denied",
  locale: string | undefined,
): Promise<void> {
  const { i18n } = ctx.deps;
  const t = i18n.translator(
    locale !== undefined && i18n.isLocale(locale)
      ? locale
      : i18n.negotiate(undefined),
  );
  await ctx.api.sendMessage(userId, t(`access-${status}-user`)).catch((error) =>
    log.info("Cannot tell a user the answer to their request: {error}", {
      targetUserId: userId,
      error: describeError(error),
    })
  );
}

/** Say how a role change went; a change also refreshes the target's command menu. */
async function reportChange(
  ctx: BotContext,
  userId: number,
  outcome: RoleChangeOutcome,
): Promise<void> {
  const user = String(userId);
  if (!outcome.ok) {
    const role = roleName(ctx.t, outcome.current);
    await answer(ctx, `role-refused-${outcome.reason.replaceAll("_", "-")}`, {
      user,
      role,
    });
    return;
  }
  log.info("Changed a role: {from} → {to}", {
    userId: ctx.from?.id,
    targetUserId: userId,
    from: outcome.from,
    to: outcome.to,
  });
  if (outcome.to === "banned") {
    const cancelled = await ctx.deps.jobs.cancelUser(userId);
    await answer(ctx, "ban-done", { user, cancelled });
  } else if (outcome.from === "banned") {
    await answer(ctx, "unban-done", {
      user,
      role: roleName(ctx.t, outcome.to),
    });
  } else {
    await answer(ctx, "role-set", {
      user,
      role: roleName(ctx.t, outcome.to),
    });
  }
  await refreshMenu(ctx, userId, outcome.to);
}

/** The target's menu now shows their new role's commands. */
async function refreshMenu(
  ctx: BotContext,
  userId: number,
  role: Role,
): Promise<void> {
  const { users, i18n } = ctx.deps;
  const locale = localeOf(i18n, await users.get(userId), undefined);
  await setChatCommands(ctx.api, i18n, { chatId: userId, role, locale })
    .catch((error) =>
      log.warning("Cannot update a user's command menu: {error}", {
        targetUserId: userId,
        error: describeError(error),
      })
    );
}

async function renderAuditPage(ctx: BotContext, page: number) {
  const { entries, more } = await ctx.deps.auditLog.page({
    offset: page * AUDIT_PAGE_SIZE,
    limit: AUDIT_PAGE_SIZE,
  });
  return {
    text: auditText(ctx.t, entries, page),
    keyboard: auditKeyboard(ctx.t, { current: page, more }),
  };
}

/** Who a moderation command is about, and the words after them. */
type Target =
  | { ok: true; userId: number; args: string[]; rest: string }
  | { ok: false; usage: (command: string) => string };

/**
 * The user a command names: a user id as its first word, else the sender of
 * the message it replies to (`/ban spam` as a reply bans that message's
 * sender, for "spam").
 */
function parseTarget(ctx: BotContext): Target {
  const text = String(ctx.match ?? "").trim();
  const byId = /^(\d{1,16})(?:\s+([\s\S]*))?$/.exec(text);
  const id = byId ? Number(byId[1]) : NaN;
  if (byId && Number.isSafeInteger(id) && id > 0) {
    const rest = (byId[2] ?? "").trim();
    return { ok: true, userId: id, args: words(rest), rest };
  }
  const replied = repliedMessage(ctx.msg);
  if (replied?.from && !replied.from.is_bot) {
    return { ok: true, userId: replied.from.id, args: words(text), rest: text };
  }
  const usage = replied?.from?.is_bot
    ? () => "moderation-not-a-user"
    : (command: string) => `${command}-usage`;
  return { ok: false, usage };
}

/** The message replied to; in a forum topic, not the topic's first message every message points to. */
function repliedMessage(msg: Message | undefined): Message | undefined {
  const replied = msg?.reply_to_message;
  if (replied === undefined) return undefined;
  if (
    msg?.is_topic_message && replied.message_id === msg.message_thread_id
  ) return undefined;
  return replied as Message;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}

function isAssignable(role: string | undefined): role is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(role ?? "");
}

/** Reply with message `id`; in a group, as a reply to the command. */
async function answer(
  ctx: BotContext,
  id: string,
  args: Record<string, string | number> = {},
): Promise<void> {
  const messageId = ctx.msg?.message_id;
  const group = ctx.chat?.type !== "private";
  await ctx.reply(
    ctx.t(id, args),
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

async function privateOnly(ctx: BotContext, command: string): Promise<void> {
  await answer(ctx, "moderation-private-only", { command });
}

export { composer as rolesFeature };
