/**
 * What every way into a job shares: the limits a request counts against, the
 * settings it is written with, and how its acceptance is acknowledged (a
 * message for a typed request, a toast for a button).
 *
 * @module
 */
import type { ReactionTypeEmoji } from "grammy/types";
import type { BotContext } from "../context.ts";
import { readSettings } from "../enhance/settings.ts";
import { describeError, getLog } from "../logging.ts";
import { localeOf } from "../middleware/i18n.ts";
import type { JobMedia } from "../storage/job_media.ts";
import type {
  AcceptOutcome,
  JobInput,
  JobSettings,
} from "../storage/job_store.ts";
import type { UserRecord } from "../storage/user_store.ts";
import { categoryOf } from "./settings.ts";
import { limitMessage } from "../ui/texts.ts";

const log = getLog("enhance");

/**
 * The reaction to a prompt sent while the user's queue is full, once they
 * were told: "seen". Telegram accepts only the emoji of its fixed list
 * (`ReactionTypeEmoji["emoji"]`), and ⏳ is not one of them.
 */
export const BUSY_REACTION: ReactionTypeEmoji["emoji"] = "👀";

/** The reaction to a prompt a rate limit refused, once the user was told about the limit. */
export const LIMITED_REACTION: ReactionTypeEmoji["emoji"] = "😴";

/**
 * A reaction is a courtesy: it may hold up the chat's next update this long
 * at most (a flood wait on it is not waited out).
 */
const REACTION_WAIT_MS = 3_000;

/** The prompt settings of a user with `profile`, as a job keeps them. */
export function jobSettingsOf(profile: UserRecord | null): JobSettings {
  const { target, length, clarify, answerLanguage } = readSettings(
    profile?.prefs as Record<string, unknown> | undefined,
  );
  return { target, length, clarify, answerLanguage };
}

/**
 * The job of the prompt `text` the user of `ctx` sent, built from their
 * profile as read in the acceptance's round (`JobStore.accept`'s `input`):
 * their category, interface language and settings.
 */
export function promptInput(
  ctx: BotContext,
  text: string,
  where: { replyTo?: number; threadId?: number; media?: JobMedia },
): (profile: unknown) => JobInput {
  const from = ctx.from!;
  const chatId = ctx.chat!.id;
  return (stored) => {
    const profile = stored as UserRecord | null;
    return {
      userId: from.id,
      chatId,
      prompt: text,
      category: categoryOf(profile),
      replyTo: where.replyTo,
      threadId: where.threadId,
      locale: localeOf(ctx.deps.i18n, profile, from.language_code),
      settings: jobSettingsOf(profile),
      ...(where.media ? { media: where.media } : {}),
    };
  };
}

/**
 * Tell the user how a typed request was taken: nothing when it runs now,
 * "Queued" with its place, the queue-full notice once (then 👀), a limit's
 * notice once per window (then 😴).
 */
export async function acknowledge(
  ctx: BotContext,
  outcome: Exclude<
    AcceptOutcome,
    { reason: "duplicate" | "diverted" | "refused" }
  >,
  replyOptions: Parameters<BotContext["reply"]>[1] = {},
): Promise<void> {
  if (outcome.ok) {
    if (outcome.position > 0) {
      await ctx.reply(
        ctx.t("enhance-queued", { ahead: outcome.position }),
        replyOptions,
      );
    }
  } else if (outcome.reason === "queue_full") {
    if (!outcome.notify) return await reactQuietly(ctx, BUSY_REACTION);
    const max = ctx.config.jobs.queueMax;
    await ctx.reply(
      max === 0 ? ctx.t("enhance-busy") : ctx.t("enhance-queue-full", { max }),
      replyOptions,
    );
  } else if (outcome.refusal.notify) {
    const now = ctx.deps.clock.now();
    await ctx.reply(limitMessage(ctx.t, outcome.refusal, now), replyOptions);
  } else await reactQuietly(ctx, LIMITED_REACTION);
}

/** Answer a button tap; a tap answered too late (Telegram says so) is not an error. */
export async function toast(
  ctx: BotContext,
  text: string,
  alert = false,
): Promise<void> {
  await ctx.answerCallbackQuery({ text, show_alert: alert }).catch(() => {});
}

/** Take the update's claim before answering without a job; false: another delivery has it. */
export async function claimFirst(ctx: BotContext): Promise<boolean> {
  return await ctx.updateClaim?.claim() ?? true;
}

/**
 * React to the message; a chat that does not allow the reaction (or any other
 * failure, or a wait past REACTION_WAIT_MS) is no error: the user was told once.
 */
export async function reactQuietly(
  ctx: BotContext,
  emoji: ReactionTypeEmoji["emoji"],
): Promise<void> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), REACTION_WAIT_MS);
  try {
    // grammY types its signal with the abort-controller shim; at run time the
    // web build hands it to fetch, which takes a standard one.
    const signal = stop.signal as unknown as Parameters<BotContext["react"]>[2];
    await ctx.react(emoji, undefined, signal);
  } catch (error) {
    log.debug("Cannot react to a refused prompt: {error}", {
      updateId: ctx.update.update_id,
      error: describeError(error),
    });
  } finally {
    clearTimeout(timer);
  }
}
