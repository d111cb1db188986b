import { FeatureComposer } from "../telegram/composer.ts";
import { type CallbackQueryContext, Context } from "grammy";
import type { Chat } from "grammy/types";
import type { BotContext } from "../context.ts";
import { isCategoryId } from "../enhance/categories.ts";
import type { HistoryItem } from "../storage/history_store.ts";
import { sameKey } from "../storage/absence_guess.ts";
import { historyMetaKey } from "../storage/keys.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import { splitBlocks } from "../telegram/format.ts";
import { StreamingReply } from "../telegram/stream.ts";
import type { JobResult } from "../storage/job_store.ts";
import { actionName, answerBlocks } from "../ui/answer.ts";
import {
  decoded,
  historyClearData,
  historyItemData,
  historyPageData,
  historyVersionsData,
} from "../ui/callback_data.ts";
import {
  answerKeyboard,
  categoryLabel,
  clearHistoryKeyboard,
  historyKeyboard,
} from "../ui/keyboards.ts";
import { InlineKeyboard } from "grammy";
import { excerpt } from "../util/text.ts";

/** Items per /history page. */
export const HISTORY_PAGE_SIZE = 5;

const composer = new FeatureComposer<BotContext>();
/** A button tapped in a private chat: the chat and the tapper are known. */
type PrivateCallback = CallbackQueryContext<BotContext> & {
  chat: Chat.PrivateChat;
};
// History is personal: shown, opened and deleted only in the user's private
// chat, where the tapper of a button is always the owner of the history.
const privateChats = composer.chatType("private");

const isHistoryCommand = Context.has.command("history");

/**
 * For a /history command in a private chat, the sender's history record
 * (`["history_meta", userId]`), read with the update's claim
 * (`dedupeUpdates`' `handlerKeys`, handed on as `ctx.handlerRead`). Every
 * item is written, trimmed and cleared in one commit with that record, so
 * when it is absent the history is empty and is not listed: a new user's
 * /history costs the claim's commit alone.
 */
export function historyKeys(ctx: BotContext): Deno.KvKey[] | undefined {
  if (ctx.chat?.type !== "private" || !ctx.from || !isHistoryCommand(ctx)) {
    return undefined;
  }
  return [historyMetaKey(ctx.from.id)];
}

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

// An item opens as an answer: the prompt to copy, its notes and buttons, so
// it can be revised from here (and a reply to it revises it too).
privateChats.callbackQuery(
  historyItemData.pattern,
  decoded(historyItemData, async (ctx: PrivateCallback, { seq }) => {
    const found = await tappedItem(ctx, seq);
    if (!found) return;
    await showItem(ctx, found.item, chainOf(found.items, found.item));
  }),
);

privateChats.callbackQuery(
  historyVersionsData.pattern,
  decoded(historyVersionsData, async (ctx: PrivateCallback, { seq }) => {
    const found = await tappedItem(ctx, seq);
    if (!found) return;
    const chain = chainOf(found.items, found.item).toReversed();
    const keyboard = new InlineKeyboard();
    for (const version of chain) {
      keyboard.text(
        ctx.t("history-version-line", {
          version: version.version ?? 1,
          what: version.action
            ? actionName(ctx.t, version.action)
            : ctx.t("history-original"),
        }),
        historyItemData.encode({ seq: version.seq }),
      ).row();
    }
    await ctx.reply(
      [
        ctx.t("history-versions", { count: chain.length }),
        `“${excerpt(found.item.prompt)}”`,
      ].join("\n"),
      { reply_markup: keyboard },
    );
  }),
);

privateChats.command("clearhistory", async (ctx) => {
  const count = await promptCount(ctx, ctx.from.id);
  if (count === 0) {
    await ctx.reply(ctx.t("history-already-empty"));
    return;
  }
  await ctx.reply(ctx.t("history-clear-confirm", { count }), {
    reply_markup: clearHistoryKeyboard(ctx.t, count),
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
    const prompts = await promptCount(ctx, ctx.from.id);
    const cleared = await ctx.deps.history.clear(ctx.from.id);
    const count = Math.min(prompts, cleared) || cleared;
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

/** The versions of `item`'s chain that are still kept, oldest first. */
function chainOf(
  items: readonly HistoryItem[],
  item: HistoryItem,
): HistoryItem[] {
  const root = item.rootId ?? item.requestId;
  if (root === undefined) return [item];
  return items
    .filter((other) => (other.rootId ?? other.requestId) === root)
    .toSorted((a, b) => a.seq - b.seq);
}

/** Send a history item as an answer, with its buttons (and Versions when it has others). */
async function showItem(
  ctx: PrivateCallback,
  item: HistoryItem,
  chain: readonly HistoryItem[],
): Promise<void> {
  const answerId = item.requestId;
  const jobId = answerId && isJobId(answerId) ? answerId : undefined;
  // "Try again with AI" while its request is kept, as under the answer itself.
  const retry = item.source === "offline" && jobId !== undefined &&
    ctx.deps.llm !== null && await ctx.deps.jobs.hasRetry(jobId);
  const result: JobResult = {
    source: item.source,
    body: item.result,
    model: item.model,
    reason: offlineReason(ctx, item, retry),
    answer: {
      kind: "prompt",
      assumptions: item.assumptions ?? [],
      placeholders: item.placeholders ?? [],
      category: item.category,
      target: item.target ?? "",
    },
  };
  const blocks = answerBlocks(ctx.t, result, {
    category: item.category,
    version: item.version ?? 1,
    action: item.action,
  });
  // The idea it was written from, under the header.
  blocks.splice(1, 0, {
    kind: "text",
    text: ctx.t("history-your-idea", { idea: excerpt(item.prompt, 300) }),
  });
  if (item.truncated) {
    blocks.push({ kind: "text", text: ctx.t("history-item-truncated") });
  }
  const keyboard = jobId !== undefined
    ? answerKeyboard(ctx.t, {
      jobId,
      prompt: item.result,
      category: isCategoryId(item.category) ? item.category : "general",
      target: item.target,
      retry,
    })
    : new InlineKeyboard();
  if (chain.length > 1) {
    keyboard.row().text(
      ctx.t("history-versions", { count: chain.length }),
      historyVersionsData.encode({ seq: item.seq }),
    );
  }
  const reply = new StreamingReply(ctx.api, ctx.chat.id, {
    clock: ctx.deps.clock,
  });
  const sent = await reply.finish({
    parts: splitBlocks(blocks),
    file: item.result,
  }, { replyMarkup: keyboard });
  if (answerId) {
    await ctx.deps.sessions.rememberAnswer(
      ctx.chat.id,
      sent.messageIds.filter((id): id is number => id !== undefined),
      { userId: ctx.from.id, answerId },
    );
  }
}

/**
 * Why a history item was written offline, as far as its offline notice must
 * tell: no AI set up, or the AI down with its "Try again with AI" button
 * shown; else none, and the notice names no button.
 */
function offlineReason(
  ctx: BotContext,
  item: HistoryItem,
  retry: boolean,
): string | undefined {
  if (item.source !== "offline") return undefined;
  if (ctx.deps.llm === null) return "no_keys";
  return retry ? "unavailable" : undefined;
}

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isJobId(id: string): boolean {
  return JOB_ID.test(id);
}

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
  // Every version is an item of its own: each chain shows its newest.
  const latest = latestVersions(await historyOf(ctx, userId));
  const total = latest.length;
  if (total === 0) return { text: ctx.t("history-empty") };
  const pages = Math.ceil(total / HISTORY_PAGE_SIZE);
  const current = Math.min(page, pages - 1);
  const offset = current * HISTORY_PAGE_SIZE;
  const numbered = latest.slice(offset, offset + HISTORY_PAGE_SIZE).map((
    entry,
    i,
  ) => ({ ...entry, n: offset + i + 1 }));
  const lines = [
    ctx.t("history-heading", { total, page: current + 1, pages }),
    "",
    ...numbered.flatMap(({ item, n, versions }) => [
      summary(ctx, n, item, versions),
      "",
    ]),
    ctx.t("history-tap-hint"),
  ];
  const keyboard = historyKeyboard(
    ctx.t,
    numbered.map(({ item, n }) => ({ n, seq: item.seq })),
    { current, pages },
  );
  return { text: lines.join("\n").trimEnd(), keyboard };
}

/**
 * The user's items, newest first: none without a history record read with
 * the claim ({@linkcode historyKeys}, once per update), else listed.
 */
async function historyOf(
  ctx: BotContext,
  userId: number,
): Promise<HistoryItem[]> {
  const read = ctx.handlerRead;
  ctx.handlerRead = undefined;
  const [meta] = read && ctx.from?.id === userId ? await read : [];
  const isMeta = meta !== undefined &&
    sameKey(meta.key, historyMetaKey(userId));
  if (isMeta && meta.versionstamp === null) return [];
  return await ctx.deps.history.list(userId);
}

/**
 * How many prompts the history holds as /history counts them, a prompt with
 * its versions as one; when an item cannot be read (sealed with a key no
 * longer configured), how many items, so that /clearhistory still works.
 */
async function promptCount(ctx: BotContext, userId: number): Promise<number> {
  try {
    return latestVersions(await ctx.deps.history.list(userId)).length;
  } catch {
    return await ctx.deps.history.count(userId);
  }
}

/** The newest item of each chain, newest first, with how many versions it has. */
function latestVersions(
  items: readonly HistoryItem[],
): { item: HistoryItem; versions: number }[] {
  const chains = new Map<string, { item: HistoryItem; versions: number }>();
  for (const item of items) {
    const root = item.rootId ?? item.requestId ?? `seq:${item.seq}`;
    const seen = chains.get(root);
    if (seen === undefined) chains.set(root, { item, versions: 1 });
    else seen.versions++;
  }
  return [...chains.values()];
}

function summary(
  ctx: BotContext,
  n: number,
  item: HistoryItem,
  versions: number,
): string {
  const when = new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(item.createdAt);
  const category = isCategoryId(item.category)
    ? categoryLabel(ctx.t, item.category)
    : item.category;
  const text = ctx.t("history-item-summary", {
    n,
    when,
    category,
    source: item.source,
    prompt: excerpt(item.prompt),
    result: excerpt(item.result),
  });
  return versions > 1
    ? `${text}\n${ctx.t("history-item-versions", { count: versions })}`
    : text;
}

export { composer as historyFeature };

/**
 * The user's item `seq` a button names, with the items it was found among,
 * the tap answered; `null` (told so) when it is gone.
 */
async function tappedItem(
  ctx: PrivateCallback,
  seq: number,
): Promise<{ item: HistoryItem; items: HistoryItem[] } | null> {
  const items = await ctx.deps.history.list(ctx.from.id);
  const item = items.find((i) => i.seq === seq);
  if (!item) {
    await ctx.answerCallbackQuery({ text: ctx.t("history-item-gone") });
    return null;
  }
  await ctx.answerCallbackQuery();
  return { item, items };
}
