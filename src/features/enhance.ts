import { FeatureComposer } from "../telegram/composer.ts";
import type { CallbackQueryContext } from "grammy";
import type { BotContext } from "../context.ts";
import { acknowledge, claimFirst, promptInput, toast } from "./admit.ts";
import {
  answerTyped,
  awaitsAnswer,
  isAnsweringIn,
  reviseByReply,
  reviseLatest,
} from "./workshop.ts";
import {
  MAX_PROMPT_CHARS,
  saysNothing,
  validateRoughPrompt,
} from "../enhance/validate.ts";
import { KEY_HEALTH_INTERVAL_MS } from "../llm/key_health.ts";
import { getLog } from "../logging.ts";
import { setLocale, settleLocale } from "../middleware/i18n.ts";
import { admissionFor, admitted, refuseAccess } from "../middleware/roles.ts";
import { sessionKey, userKey } from "../storage/keys.ts";
import type { LocaleCode } from "../ui/locales.ts";
import { type JobInput, RETRY_WAIT_TTL_MS } from "../storage/job_store.ts";
import type { JobMedia } from "../storage/job_media.ts";
import { decoded, retryData } from "../ui/callback_data.ts";
import { aiUnavailableText, limitMessage } from "../ui/texts.ts";
export { BUSY_REACTION, LIMITED_REACTION } from "./admit.ts";

const log = getLog("enhance");

const composer = new FeatureComposer<BotContext>();

// Private chats: every text that is not a command is a rough prompt.
// A reply to one of its answers revises that answer instead, and so does a
// short change typed soon after the last one ("make it shorter").
composer.chatType("private").on("message:text", async (ctx, next) => {
  if (startsWithCommand(ctx.msg)) return await next();
  if (await reviseByReply(ctx, ctx.msg.text)) return;
  if (await reviseLatest(ctx, ctx.msg.text)) return;
  await requestEnhancement(ctx, ctx.msg.text, { mayAnswer: true });
});

// Anywhere: /enhance <text>, or /enhance as a reply to a message with text.
composer.command("enhance", async (ctx) => {
  const replied = ctx.msg.reply_to_message;
  const rough = ctx.match.trim() || replied?.text || replied?.caption || "";
  if (rough.trim() === "") {
    if (!(await claimFirst(ctx)) || !(await admitted(ctx))) return;
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
    if (await reviseByReply(ctx, rough)) return;
    await requestEnhancement(ctx, rough, { mayAnswer: true });
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
  const outcome = await jobs.accept(
    request.userId,
    retryInput(ctx, request),
    admissionFor(ctx, request.userId),
  );
  if (outcome.ok) {
    return outcome.position === 0
      ? null
      : ctx.t("enhance-queued", { ahead: outcome.position });
  }
  await jobs.restoreRetry(jobId, request);
  if (outcome.reason === "refused") return ctx.t("button-expired");
  // An alert is no chat message: it may say which limit, every time.
  return outcome.reason === "limited"
    ? limitMessage(ctx.t, outcome.refusal, clock.now())
    : ctx.t("enhance-queue-full", { max: ctx.config.jobs.queueMax });
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
 * Validate and accept a request as a durable job: one read round and one
 * commit (the update's claim, the profile, the rate limits, the user's queue
 * and the job; see JobStore.accept). The LLM work runs in the background, so
 * this chat's next update (even /help) is not held up by it. A media request
 * (`options.media`: file ids) may have no text yet: a voice note's is its
 * transcript, a picture's may be none. A text that `mayAnswer` (typed in the
 * chat, not `/enhance` or media) goes to the user's waiting questions
 * instead, when there are any (see `answerTyped`).
 */
/** Whether questions wait for `userId`'s answer in the chat (not all answered). */
async function answerDue(
  ctx: BotContext,
  chatId: number,
  userId: number,
  now: number,
): Promise<boolean> {
  return awaitsAnswer(await ctx.deps.sessions.pending(chatId, userId, now));
}

export async function requestEnhancement(
  ctx: BotContext,
  rough: string,
  options: { media?: JobMedia; mayAnswer?: boolean } = {},
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
  const checked = options.media && rough.trim() === ""
    ? { ok: true as const, text: "" }
    : validateRoughPrompt(rough);
  if (!checked.ok) {
    if (!(await claimFirst(ctx)) || !(await admitted(ctx))) return;
    await settleLocale(ctx);
    const text = checked.reason === "empty"
      ? ctx.t("prompt-empty")
      : ctx.t("prompt-too-long", {
        length: checked.length,
        max: MAX_PROMPT_CHARS,
      });
    await ctx.reply(text, replyOptions);
    return;
  }
  const now = ctx.deps.clock.now();
  // "😀🔥", a link alone: nothing to write a prompt from. Unless questions
  // wait, which such a text may answer ("?", "👍").
  const nothing = options.media ? undefined : saysNothing(checked.text);
  if (
    nothing !== undefined &&
    !(options.mayAnswer && await answerDue(ctx, chat.id, from.id, now))
  ) {
    if (!(await claimFirst(ctx)) || !(await admitted(ctx))) return;
    await settleLocale(ctx);
    await ctx.reply(
      ctx.t(nothing === "no_words" ? "prompt-no-words" : "prompt-only-links"),
      replyOptions,
    );
    return;
  }
  const claim = ctx.updateClaim;
  const outcome = await ctx.deps.jobs.accept(
    from.id,
    promptInput(ctx, checked.text, {
      replyTo: group ? msg.message_id : undefined,
      threadId: msg.is_topic_message ? msg.message_thread_id : undefined,
      media: options.media,
    }),
    {
      update: claim && !claim.claimed ? claim.update : undefined,
      profileKey: userKey(from.id),
      // The role is read in the same round: banned and waiting users are refused.
      ...admissionFor(ctx, from.id),
      // Read in the same round: a text while questions wait may be their
      // answer. A picture, a voice note or /enhance never is.
      ...(options.mayAnswer
        ? {
          divertKey: sessionKey(chat.id),
          divert: (session: unknown) => isAnsweringIn(session, from.id, now),
        }
        : {}),
    },
  );
  if (!outcome.ok && outcome.reason === "duplicate") {
    log.info("Skipped update {updateId}: already handled", {
      updateId: ctx.update.update_id,
    });
    return;
  }
  if (!outcome.ok && outcome.reason === "diverted") {
    await answerTyped(ctx, checked.text);
    return;
  }
  claim?.claimedWith();
  setLocale(
    ctx,
    ctx.deps.i18n.isLocale(outcome.input.locale ?? "")
      ? outcome.input.locale as LocaleCode
      : ctx.locale,
  );
  if (!outcome.ok && outcome.reason === "refused") {
    return await refuseAccess(ctx, outcome.refusal);
  }
  await acknowledge(ctx, outcome, replyOptions);
}

/**
 * Whether an update may be a prompt (a new text message that is not a
 * command, or `/enhance`): its claim is left to acceptance, which takes it in
 * the same commit as the job (see the dedupe middleware). Everything this
 * feature answers otherwise claims it first.
 */
export function isPromptCandidate(ctx: BotContext): boolean {
  const msg = ctx.message;
  if (msg?.text === undefined) return false;
  const command = msg.entities?.find((e) =>
    e.type === "bot_command" && e.offset === 0
  );
  if (command === undefined) return true;
  const [name, bot] = msg.text.slice(1, command.length).toLowerCase().split(
    "@",
  );
  return name === "enhance" &&
    (bot === undefined || bot === ctx.me.username.toLowerCase());
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
