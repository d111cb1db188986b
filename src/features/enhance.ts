import { type CallbackQueryContext, Composer } from "grammy";
import type { ReactionTypeEmoji } from "grammy/types";
import type { BotContext } from "../context.ts";
import { MAX_PROMPT_CHARS, validateRoughPrompt } from "../enhance/validate.ts";
import { currentCategory } from "./settings.ts";
import { KEY_HEALTH_INTERVAL_MS } from "../llm/key_health.ts";
import { describeError, getLog } from "../logging.ts";
import { isAdminId } from "../middleware/roles.ts";
import { type JobInput, RETRY_WAIT_TTL_MS } from "../storage/job_store.ts";
import type { RateLimitRefusal } from "../storage/rate_limiter.ts";
import { decoded, retryData } from "../ui/callback_data.ts";
import { aiUnavailableText, limitMessage } from "../ui/texts.ts";

const log = getLog("enhance");

/**
 * The reaction to a prompt sent while the user's previous one still runs,
 * once they were told: "seen". Telegram accepts only the emoji of its fixed
 * list (`ReactionTypeEmoji["emoji"]`), and ⏳ is not one of them.
 */
export const BUSY_REACTION: ReactionTypeEmoji["emoji"] = "👀";

/** The reaction to a prompt a rate limit refused, once the user was told about the limit. */
export const LIMITED_REACTION: ReactionTypeEmoji["emoji"] = "😴";

/**
 * A reaction is a courtesy: it may hold up the chat's next update this long
 * at most (a flood wait on it is not waited out).
 */
const REACTION_WAIT_MS = 3_000;

const composer = new Composer<BotContext>();

// Private chats: every text that is not a command is a rough prompt.
composer.chatType("private").on("message:text", async (ctx, next) => {
  if (startsWithCommand(ctx.msg)) return await next();
  await requestEnhancement(ctx, ctx.msg.text);
});

// Anywhere: /enhance <text>, or /enhance as a reply to a message with text.
composer.command("enhance", async (ctx) => {
  const replied = ctx.msg.reply_to_message;
  const rough = ctx.match.trim() || replied?.text || replied?.caption || "";
  if (rough.trim() === "") {
    await ctx.reply(ctx.t("enhance-usage"));
    return;
  }
  await requestEnhancement(ctx, rough);
});

// Groups: replies to the bot and mentions of it; other chatter is ignored.
composer.chatType(["group", "supergroup"]).on(
  "message:text",
  async (ctx, next) => {
    if (startsWithCommand(ctx.msg)) return await next();
    const rough = addressedText(ctx);
    if (rough === null) return await next();
    await requestEnhancement(ctx, rough);
  },
);

// "Try again with AI" under an offline answer: repeat exactly the request under
// which the button sits, in its forum topic, for the user who asked it only.
composer.callbackQuery(
  retryData.pattern,
  decoded(
    retryData,
    async (ctx: CallbackQueryContext<BotContext>, { jobId }) => {
      // Taken (deleted) first: a second tap, here or on another instance, finds nothing.
      const taken = await ctx.deps.jobs.takeRetry(jobId, ctx.from.id);
      if (!taken.ok) {
        await toast(
          ctx,
          ctx.t(
            taken.reason === "not_yours" ? "retry-not-yours" : "retry-expired",
          ),
        );
        return;
      }
      const refused = await retryNow(ctx, jobId, taken.input);
      if (refused !== null) return await toast(ctx, refused, true);
      await toast(ctx, ctx.t("retry-started"));
      await ctx.editMessageReplyMarkup().catch(() => {});
    },
  ),
);

/**
 * Start the taken retry of job `jobId` as a new job; when it cannot start,
 * put it back (the button keeps working) and return the alert saying why.
 * With no key to try yet, it also waits to start by itself once one is back.
 */
async function retryNow(
  ctx: BotContext,
  jobId: string,
  request: JobInput,
): Promise<string | null> {
  const { jobs, llm, clock } = ctx.deps;
  // Said at once rather than answering offline again without asking the AI.
  const availability = await llm?.availability?.() ?? { ok: true };
  if (!availability.ok) {
    const start = retryInput(ctx, request, { alwaysReply: true });
    await jobs.waitForAi(jobId, request, start);
    return aiUnavailableText(ctx.t, {
      retryAt: availability.retryAt,
      now: clock.now(),
      checkEveryMs: KEY_HEALTH_INTERVAL_MS,
      waitsForMs: RETRY_WAIT_TTL_MS,
    });
  }
  const refusal = await admit(ctx, request.userId, { noteBusy: false });
  if (refusal === null && (await jobs.accept(retryInput(ctx, request))).ok) {
    return null;
  }
  await jobs.restoreRetry(jobId, request);
  // An alert is no chat message: it may say which limit, every time.
  return refusal?.kind === "limit"
    ? limitMessage(ctx.t, refusal.decision, clock.now())
    : ctx.t("enhance-busy");
}

/** Answer a button tap; a tap answered too late (Telegram says so) is not an error. */
async function toast(
  ctx: BotContext,
  text: string,
  alert = false,
): Promise<void> {
  await ctx.answerCallbackQuery({ text, show_alert: alert }).catch(() => {});
}

/**
 * The job that repeats `request`; in a group (or with `alwaysReply`, for a
 * retry that starts later by itself) its answer replies to the offline one.
 */
function retryInput(
  ctx: BotContext,
  request: JobInput,
  options: { alwaysReply?: boolean } = {},
): JobInput {
  const button = ctx.callbackQuery?.message;
  const buttonThread = button?.is_topic_message
    ? button.message_thread_id
    : undefined;
  const reply = options.alwaysReply || ctx.chat?.type !== "private";
  // A reply cannot cross forum topics.
  const replyTo = reply && buttonThread === request.threadId
    ? button?.message_id
    : undefined;
  return { ...request, replyTo };
}

/**
 * Validate and accept a request as a durable job. The LLM work runs in the
 * background, so this chat's next update (even /help) is not held up by it.
 */
async function requestEnhancement(
  ctx: BotContext,
  rough: string,
): Promise<void> {
  const { msg, chat, from } = ctx;
  if (!msg || !chat || !from) return;
  const group = chat.type !== "private";
  const replyOptions = group
    ? {
      reply_parameters: {
        message_id: msg.message_id,
        allow_sending_without_reply: true,
      },
    }
    : {};
  const checked = validateRoughPrompt(rough);
  if (!checked.ok) {
    const text = checked.reason === "empty"
      ? ctx.t("prompt-empty")
      : ctx.t("prompt-too-long", {
        length: checked.length,
        max: MAX_PROMPT_CHARS,
      });
    await ctx.reply(text, replyOptions);
    return;
  }
  const refusal = await admit(ctx, from.id, { noteBusy: true });
  if (refusal !== null) return await refuse(ctx, refusal, replyOptions);
  const input: JobInput = {
    userId: from.id,
    chatId: chat.id,
    prompt: checked.text,
    category: await currentCategory(ctx, from.id),
    replyTo: group ? msg.message_id : undefined,
    threadId: msg.is_topic_message ? msg.message_thread_id : undefined,
    locale: ctx.locale,
  };
  // A job of this user may start meanwhile (in another chat, or on another
  // instance) and even end before its notice is claimed: then try once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await ctx.deps.jobs.accept(input)).ok) return;
    const note = await ctx.deps.jobs.noteBusy(from.id);
    if (note.busy) {
      return await refuse(
        ctx,
        { kind: "busy", notify: note.notify },
        replyOptions,
      );
    }
  }
  await refuse(ctx, { kind: "busy", notify: true }, replyOptions);
}

/** Why a new job may not start; `notify` is true when the user is to be told (once). */
type Refusal =
  | { kind: "busy"; notify: boolean }
  | { kind: "limit"; decision: RateLimitRefusal };

/**
 * Whether a new job may start: `null` when it may. A user with a job in
 * progress is refused before any quota is counted; with `noteBusy`, that
 * refusal claims the one notice per job (see `JobStore.noteBusy`).
 */
async function admit(
  ctx: BotContext,
  userId: number,
  options: { noteBusy: boolean },
): Promise<Refusal | null> {
  if (options.noteBusy) {
    const note = await ctx.deps.jobs.noteBusy(userId);
    if (note.busy) return { kind: "busy", notify: note.notify };
  } else if (await ctx.deps.jobs.isBusy(userId)) {
    return { kind: "busy", notify: true };
  }
  const decision = await ctx.deps.limiter.consume(userId, {
    isAdmin: isAdminId(ctx.config.adminIds, userId),
  });
  return decision.ok ? null : { kind: "limit", decision };
}

/**
 * Tell the user why their prompt did not start, the first time; afterwards
 * only react to it, so a burst of messages (or a group) gets no flood of replies.
 */
async function refuse(
  ctx: BotContext,
  refusal: Refusal,
  replyOptions: Parameters<BotContext["reply"]>[1],
): Promise<void> {
  if (refusal.kind === "busy") {
    if (refusal.notify) await ctx.reply(ctx.t("enhance-busy"), replyOptions);
    else await reactQuietly(ctx, BUSY_REACTION);
  } else if (refusal.decision.notify) {
    const now = ctx.deps.clock.now();
    await ctx.reply(limitMessage(ctx.t, refusal.decision, now), replyOptions);
  } else await reactQuietly(ctx, LIMITED_REACTION);
}

/**
 * React to the message; a chat that does not allow the reaction (or any other
 * failure, or a wait past REACTION_WAIT_MS) is no error: the user was told once.
 */
async function reactQuietly(
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

function startsWithCommand(
  msg: { entities?: { type: string; offset: number }[] },
): boolean {
  return msg.entities?.some((e) =>
    e.type === "bot_command" && e.offset === 0
  ) ?? false;
}

/** The prompt of a group message addressed to the bot (reply or mention), or null. */
function addressedText(ctx: BotContext): string | null {
  const text = ctx.msg?.text;
  if (text === undefined) return null;
  if (ctx.msg?.reply_to_message?.from?.id === ctx.me.id) return text;
  const mention = `@${ctx.me.username}`.toLowerCase();
  const entity = ctx.msg?.entities?.find((e) =>
    e.type === "mention" &&
    text.slice(e.offset, e.offset + e.length).toLowerCase() === mention
  );
  if (!entity) return null;
  return (text.slice(0, entity.offset) +
    text.slice(entity.offset + entity.length)).trim();
}

export { composer as enhanceFeature };
