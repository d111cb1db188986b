import { type CallbackQueryContext, Composer } from "grammy";
import type { Chat } from "grammy/types";
import type { BotContext } from "../context.ts";
import { isCategoryId } from "../enhance/categories.ts";
import type { HistoryItem } from "../storage/history_store.ts";
import { ignoreNotModified, sendText } from "../telegram/send.ts";
import {
  decoded,
  historyClearData,
  historyItemData,
  historyPageData,
} from "../ui/callback_data.ts";
import type { Translate } from "../ui/i18n.ts";
import {
  categoryLabel,
  clearHistoryKeyboard,
  historyKeyboard,
} from "../ui/keyboards.ts";
import type { InlineKeyboard } from "grammy";
import { excerpt } from "../util/text.ts";

/** Items per /history page. */
export const HISTORY_PAGE_SIZE = 5;

const composer = new Composer<BotContext>();
/** A button tapped in a private chat: the chat and the tapper are known. */
type PrivateCallback = CallbackQueryContext<BotContext> & {
  chat: Chat.PrivateChat;
};
// History is personal: shown, opened and deleted only in the user's private
// chat, where the tapper of a button is always the owner of the history.
const privateChats = composer.chatType("private");

privateChats.command("history", async (ctx) => {
  const page = await renderHistoryPage(ctx, ctx.from.id, 0);
  await ctx.reply(page.text, { reply_markup: page.keyboard });
});

privateChats.callbackQuery(
  historyPageData.pattern,
  decoded(historyPageData, async (ctx: PrivateCallback, { page }) => {
    const rendered = await renderHistoryPage(ctx, ctx.from.id, page);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(rendered.text, {
      reply_markup: rendered.keyboard,
    }).catch(ignoreNotModified);
  }),
);

privateChats.callbackQuery(
  historyItemData.pattern,
  decoded(historyItemData, async (ctx: PrivateCallback, { seq }) => {
    const items = await ctx.deps.history.list(ctx.from.id);
    const item = items.find((i) => i.seq === seq);
    if (!item) {
      await ctx.answerCallbackQuery({ text: ctx.t("history-item-gone") });
      return;
    }
    await ctx.answerCallbackQuery();
    await sendText(ctx.api, ctx.chat.id, formatItem(ctx.t, item));
  }),
);

privateChats.command("clearhistory", async (ctx) => {
  const count = await ctx.deps.history.count(ctx.from.id);
  if (count === 0) {
    await ctx.reply(ctx.t("history-already-empty"));
    return;
  }
  await ctx.reply(ctx.t("history-clear-confirm", { count }), {
    reply_markup: clearHistoryKeyboard(ctx.t),
  });
});

privateChats.callbackQuery(
  historyClearData.pattern,
  decoded(historyClearData, async (ctx: PrivateCallback, { answer }) => {
    await ctx.answerCallbackQuery();
    if (answer === "no") {
      await ctx.editMessageText(ctx.t("history-kept")).catch(ignoreNotModified);
      return;
    }
    const count = await ctx.deps.history.clear(ctx.from.id);
    await ctx.editMessageText(ctx.t("history-cleared", { count }))
      .catch(ignoreNotModified);
  }),
);

// Groups: point to the private chat. History buttons tapped in a group fall
// through to the unhandled feature ("This button has expired").
composer.chatType(["group", "supergroup"]).command(
  ["history", "clearhistory"],
  async (ctx) => {
    await ctx.reply(ctx.t("history-private-only"), {
      reply_parameters: {
        message_id: ctx.msg.message_id,
        allow_sending_without_reply: true,
      },
    });
  },
);

interface RenderedPage {
  text: string;
  keyboard?: InlineKeyboard;
}

/** One page of a user's history, newest first, with navigation buttons. */
async function renderHistoryPage(
  ctx: BotContext,
  userId: number,
  page: number,
): Promise<RenderedPage> {
  const total = await ctx.deps.history.count(userId);
  if (total === 0) return { text: ctx.t("history-empty") };
  const pages = Math.ceil(total / HISTORY_PAGE_SIZE);
  const current = Math.min(page, pages - 1);
  const offset = current * HISTORY_PAGE_SIZE;
  const items = await ctx.deps.history.list(userId, {
    offset,
    limit: HISTORY_PAGE_SIZE,
  });
  const numbered = items.map((item, i) => ({ item, n: offset + i + 1 }));
  const lines = [
    ctx.t("history-heading", { total, page: current + 1, pages }),
    "",
    ...numbered.flatMap(({ item, n }) => [summary(ctx, n, item), ""]),
    ctx.t("history-tap-hint"),
  ];
  const keyboard = historyKeyboard(
    ctx.t,
    numbered.map(({ item, n }) => ({ n, seq: item.seq })),
    { current, pages },
  );
  return { text: lines.join("\n").trimEnd(), keyboard };
}

function summary(ctx: BotContext, n: number, item: HistoryItem): string {
  const when = new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(item.createdAt);
  const category = isCategoryId(item.category)
    ? categoryLabel(ctx.t, item.category)
    : item.category;
  return ctx.t("history-item-summary", {
    n,
    when,
    category,
    source: item.source,
    prompt: excerpt(item.prompt),
    result: excerpt(item.result),
  });
}

function formatItem(t: Translate, item: HistoryItem): string {
  const text = t("history-item", { prompt: item.prompt, result: item.result });
  return item.truncated ? `${text}\n\n${t("history-item-truncated")}` : text;
}

export { composer as historyFeature };
