import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import {
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  isCategoryId,
} from "../enhance/categories.ts";
import { enhancePrompt, type EnhanceResult } from "../enhance/enhancer.ts";
import { OFFLINE_NOTICE } from "../enhance/offline.ts";
import { validateRoughPrompt } from "../enhance/validate.ts";
import { getLog } from "../logging.ts";
import { StreamingReply } from "../telegram/stream.ts";

const log = getLog("enhance");
const TYPING_REFRESH_MS = 4500;

const composer = new Composer<BotContext>();

// Private chats: every text that is not a command is a rough prompt.
composer.chatType("private").on("message:text", async (ctx, next) => {
  if (startsWithCommand(ctx.msg)) return await next();
  await runEnhancement(ctx, ctx.msg.text);
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
  await runEnhancement(ctx, rough);
});

// Groups: replies to the bot and mentions of it; other chatter is ignored.
composer.chatType(["group", "supergroup"]).on(
  "message:text",
  async (ctx, next) => {
    if (startsWithCommand(ctx.msg)) return await next();
    const rough = addressedText(ctx);
    if (rough === null) return await next();
    await runEnhancement(ctx, rough);
  },
);

/** Validate, enhance with streaming output, answer, remember. */
async function runEnhancement(ctx: BotContext, rough: string): Promise<void> {
  const { msg, chat, from } = ctx;
  if (!msg || !chat || !from) return;
  const checked = validateRoughPrompt(rough);
  if (!checked.ok) {
    await ctx.reply(checked.message, replyOptions(ctx));
    return;
  }
  const userId = from.id;
  const category = await preferredCategory(ctx, userId);
  const stopTyping = keepTyping(ctx);
  const reply = new StreamingReply(ctx.api, chat.id, {
    clock: ctx.deps.clock,
    replyTo: chat.type === "private" ? undefined : msg.message_id,
    threadId: msg.is_topic_message ? msg.message_thread_id : undefined,
    onDraftError: (error) =>
      log.warn("Cannot show the draft: {error}", {
        userId,
        error: String(error),
      }),
  });
  let result: EnhanceResult;
  try {
    result = await enhancePrompt(checked.text, { provider: ctx.deps.llm }, {
      category,
      onDelta: (chunk) => reply.push(chunk),
      onReset: () => reply.reset(),
    });
    await reply.finish(presentResult(result));
  } finally {
    stopTyping();
  }
  await remember(
    ctx,
    { userId, chatId: chat.id },
    checked.text,
    category,
    result,
  );
}

/** The text a user sees for a result. */
function presentResult(result: EnhanceResult): string {
  switch (result.source) {
    case "ai":
      return result.text;
    case "offline":
      return `${OFFLINE_NOTICE}\n\n${result.text}`;
    case "rejected":
      return result.message;
  }
}

/** Store the request in history, the profile and the chat's session. */
async function remember(
  ctx: BotContext,
  where: { userId: number; chatId: number },
  prompt: string,
  category: CategoryId,
  result: EnhanceResult,
) {
  if (result.source === "rejected") return;
  const { userId, chatId } = where;
  const { history, users, sessions, clock } = ctx.deps;
  await history.append(userId, {
    prompt,
    result: result.text,
    category,
    source: result.source,
    model: result.source === "ai" ? result.model : undefined,
  });
  await users.recordEnhancement(userId);
  await sessions.update(chatId, (s) => ({
    ...s,
    lastRequest: { prompt, category, userId, at: clock.now() },
  }));
  log.info("Enhanced a prompt: {source}, {category}, {chars} chars", {
    userId,
    source: result.source,
    category,
    chars: prompt.length,
    reason: result.source === "offline" ? result.reason : undefined,
  });
}

async function preferredCategory(
  ctx: BotContext,
  userId: number,
): Promise<CategoryId> {
  const prefs = await ctx.deps.users.preferences(userId);
  return isCategoryId(prefs.category) ? prefs.category : DEFAULT_CATEGORY_ID;
}

/** Show "typing…" now and every few seconds until the returned function is called. */
function keepTyping(ctx: BotContext): () => void {
  const send = () => ctx.replyWithChatAction("typing").catch(() => {});
  send();
  const timer = setInterval(send, TYPING_REFRESH_MS);
  return () => clearInterval(timer);
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
  const me = ctx.me;
  const text = ctx.msg?.text;
  if (text === undefined) return null;
  if (ctx.msg?.reply_to_message?.from?.id === me.id) return text;
  const mention = `@${me.username}`;
  const entity = ctx.msg?.entities?.find((e) =>
    e.type === "mention" &&
    text.slice(e.offset, e.offset + e.length).toLowerCase() ===
      mention.toLowerCase()
  );
  if (!entity) return null;
  return (text.slice(0, entity.offset) +
    text.slice(entity.offset + entity.length)).trim();
}

function replyOptions(ctx: BotContext) {
  return ctx.chat?.type === "private" || !ctx.msg ? {} : {
    reply_parameters: {
      message_id: ctx.msg.message_id,
      allow_sending_without_reply: true,
    },
  };
}

export { composer as enhanceFeature };
