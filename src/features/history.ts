import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.ts";
import { getCategory, isCategoryId } from "../enhance/categories.ts";
import type { HistoryItem } from "../storage/history_store.ts";
import { ignoreNotModified, sendText } from "../telegram/send.ts";

/** Items per /history page. */
export const HISTORY_PAGE_SIZE = 5;
const EXCERPT_CHARS = 120;

/** The answer to /history and /clearhistory outside a private chat. */
export const HISTORY_PRIVATE_ONLY =
  "Use /history in a private chat with me — your prompts stay private.";

const composer = new Composer<BotContext>();
// History is personal: shown, opened and deleted only in the user's private
// chat, where the tapper of a button is always the owner of the history.
const privateChats = composer.chatType("private");

privateChats.command("history", async (ctx) => {
  const page = await renderHistoryPage(ctx, ctx.from.id, 0);
  await ctx.reply(page.text, { reply_markup: page.keyboard });
});

privateChats.callbackQuery(/^history:page:(\d{1,4})$/, async (ctx) => {
  const page = await renderHistoryPage(ctx, ctx.from.id, Number(ctx.match[1]));
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(page.text, { reply_markup: page.keyboard }).catch(
    ignoreNotModified,
  );
});

privateChats.callbackQuery(/^history:item:(\d{1,9})$/, async (ctx) => {
  const seq = Number(ctx.match[1]);
  const items = await ctx.deps.history.list(ctx.from.id);
  const item = items.find((i) => i.seq === seq);
  if (!item) {
    await ctx.answerCallbackQuery({
      text: "That prompt is no longer in your history.",
    });
    return;
  }
  await ctx.answerCallbackQuery();
  await sendText(ctx.api, ctx.chat.id, formatItem(item));
});

privateChats.command("clearhistory", async (ctx) => {
  const count = await ctx.deps.history.count(ctx.from.id);
  if (count === 0) {
    await ctx.reply("Your history is already empty.");
    return;
  }
  const keyboard = new InlineKeyboard()
    .text("🗑 Delete all", "history:clear:yes")
    .text("Keep", "history:clear:no");
  await ctx.reply(
    `Delete all ${count} prompts in your history? This cannot be undone.`,
    { reply_markup: keyboard },
  );
});

privateChats.callbackQuery(/^history:clear:(yes|no)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.match[1] === "no") {
    await ctx.editMessageText("Kept your history.").catch(ignoreNotModified);
    return;
  }
  const deleted = await ctx.deps.history.clear(ctx.from.id);
  await ctx.editMessageText(`Deleted ${deleted} prompts from your history.`)
    .catch(ignoreNotModified);
});

// Groups: point to the private chat. History buttons tapped in a group fall
// through to the unhandled feature ("This button has expired").
composer.chatType(["group", "supergroup"]).command(
  ["history", "clearhistory"],
  async (ctx) => {
    await ctx.reply(HISTORY_PRIVATE_ONLY, {
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
  if (total === 0) {
    return {
      text: "No prompts yet. Send me a rough idea and it will show up here.",
    };
  }
  const pages = Math.ceil(total / HISTORY_PAGE_SIZE);
  const current = Math.min(page, pages - 1);
  const offset = current * HISTORY_PAGE_SIZE;
  const items = await ctx.deps.history.list(userId, {
    offset,
    limit: HISTORY_PAGE_SIZE,
  });
  const lines = [
    `🕘 Your recent prompts (${total}, newest first), page ${
      current + 1
    } of ${pages}:`,
    "",
  ];
  const keyboard = new InlineKeyboard();
  items.forEach((item, i) => {
    lines.push(formatSummary(offset + i + 1, item), "");
    keyboard.text(`${offset + i + 1}`, `history:item:${item.seq}`);
  });
  keyboard.row();
  if (current > 0) keyboard.text("‹ Newer", `history:page:${current - 1}`);
  if (current < pages - 1) {
    keyboard.text("Older ›", `history:page:${current + 1}`);
  }
  lines.push("Tap a number to see the full prompt.");
  return { text: lines.join("\n").trimEnd(), keyboard };
}

function formatSummary(n: number, item: HistoryItem): string {
  const when = new Date(item.createdAt).toISOString().slice(0, 16).replace(
    "T",
    " ",
  );
  const label = isCategoryId(item.category)
    ? getCategory(item.category).title
    : item.category;
  const source = item.source === "ai" ? "AI" : "offline";
  return `${n}. ${when} UTC · ${label} · ${source}\n“${
    excerpt(item.prompt)
  }”\n→ ${excerpt(item.result)}`;
}

function formatItem(item: HistoryItem): string {
  const note = item.truncated
    ? "\n\n(The stored result was shortened to fit.)"
    : "";
  return `Your prompt:\n${item.prompt}\n\nEnhanced:\n${item.result}${note}`;
}

/** The start of a text on one line, cut at a word boundary, never mid surrogate pair. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  if (space > max * 0.6) cut = cut.slice(0, space);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export { composer as historyFeature };
