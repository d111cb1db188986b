import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { validateRoughPrompt } from "../enhance/validate.ts";
import { currentCategory } from "./settings.ts";
import { RETRY_CALLBACK_PATTERN } from "../jobs/enhance_jobs.ts";
import type { JobInput } from "../storage/job_store.ts";
import { formatLimitMessage } from "../storage/rate_limiter.ts";

/** Told to a user who asks again while their previous prompt is still being enhanced. */
export const ONE_AT_A_TIME =
  "⏳ I'm still working on your previous prompt. I take one at a time — send this one again once that answer arrives.";

/** Told to a user who taps "Try again with AI" under someone else's prompt. */
export const RETRY_NOT_YOURS =
  "Only the person who asked for this prompt can retry it.";

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
    await ctx.reply(
      "Send /enhance followed by your idea, for example:\n/enhance a poster for a jazz night",
    );
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
composer.callbackQuery(RETRY_CALLBACK_PATTERN, async (ctx) => {
  const jobId = ctx.match[1];
  // Taken (deleted) first: a second tap, here or on another instance, finds nothing.
  const taken = await ctx.deps.jobs.takeRetry(jobId, ctx.from.id);
  if (!taken.ok) {
    await toast(
      ctx,
      taken.reason === "not_yours"
        ? RETRY_NOT_YOURS
        : "This button has expired. Send your prompt again.",
    );
    return;
  }
  const refusal = await admit(ctx, ctx.from.id);
  const accepted = refusal === null &&
    (await ctx.deps.jobs.accept(retryInput(ctx, taken.input))).ok;
  if (!accepted) {
    await ctx.deps.jobs.restoreRetry(jobId, taken.input);
    await toast(
      ctx,
      refusal ||
        (refusal === ""
          ? "Please wait a little before trying again."
          : ONE_AT_A_TIME),
      true,
    );
    return;
  }
  await toast(ctx, "Trying again with AI…");
  await ctx.editMessageReplyMarkup().catch(() => {});
});

/** Answer a button tap; a tap answered too late (Telegram says so) is not an error. */
async function toast(
  ctx: BotContext,
  text: string,
  alert = false,
): Promise<void> {
  await ctx.answerCallbackQuery({ text, show_alert: alert }).catch(() => {});
}

/** The job that repeats `request`; in a group its answer replies to the offline one. */
function retryInput(ctx: BotContext, request: JobInput): JobInput {
  const button = ctx.callbackQuery?.message;
  const buttonThread = button?.is_topic_message
    ? button.message_thread_id
    : undefined;
  // A reply cannot cross forum topics.
  const replyTo =
    ctx.chat?.type !== "private" && buttonThread === request.threadId
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
    await ctx.reply(checked.message, replyOptions);
    return;
  }
  const refusal = await admit(ctx, from.id);
  if (refusal !== null) {
    if (refusal !== "") await ctx.reply(refusal, replyOptions);
    return;
  }
  const input: JobInput = {
    userId: from.id,
    chatId: chat.id,
    prompt: checked.text,
    category: await currentCategory(ctx, from.id),
    replyTo: group ? msg.message_id : undefined,
    threadId: msg.is_topic_message ? msg.message_thread_id : undefined,
  };
  const accepted = await ctx.deps.jobs.accept(input);
  if (!accepted.ok) await ctx.reply(ONE_AT_A_TIME, replyOptions);
}

/**
 * Whether a new job may start: `null` when it may; otherwise what to tell the
 * user ("" when they were told already in this window). A user with a job in
 * progress is refused before any quota is counted.
 */
async function admit(ctx: BotContext, userId: number): Promise<string | null> {
  if (await ctx.deps.jobs.isBusy(userId)) return ONE_AT_A_TIME;
  const isAdmin = ctx.config.adminIds.includes(userId);
  const decision = await ctx.deps.limiter.consume(userId, { isAdmin });
  if (decision.ok) return null;
  return decision.notify
    ? formatLimitMessage(decision, ctx.deps.clock.now())
    : "";
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
