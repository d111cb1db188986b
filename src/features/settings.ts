import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.ts";
import {
  CATEGORIES,
  type Category,
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  getCategory,
  isCategoryId,
} from "../enhance/categories.ts";
import { ignoreNotModified } from "../telegram/send.ts";

/** The answer to /category outside a private chat. */
export const CATEGORY_PRIVATE_ONLY =
  "Use /category in a private chat with me — your settings are yours alone.";

const SET_PREFIX = "category:set:";

const composer = new Composer<BotContext>();
const privateChats = composer.chatType("private");

// "/category" shows the choice; "/category coding" or "/category Business & marketing" sets it.
privateChats.command("category", async (ctx) => {
  const wanted = ctx.match.trim();
  if (wanted === "") {
    const current = await currentCategory(ctx, ctx.from.id);
    await ctx.reply(menuText(current), { reply_markup: menuKeyboard(current) });
    return;
  }
  const category = findCategory(wanted);
  if (category === undefined) {
    await ctx.reply(unknownCategoryText(wanted));
    return;
  }
  await ctx.deps.users.setPreferences(ctx.from.id, { category: category.id });
  await ctx.reply(savedText(category.id), {
    reply_markup: menuKeyboard(category.id),
  });
});

privateChats.callbackQuery(/^category:/, async (ctx) => {
  const id = parseCategoryCallback(ctx.callbackQuery.data);
  if (id === null) {
    await ctx.answerCallbackQuery({
      text: "This button has expired. Send /category to choose again.",
    });
    return;
  }
  await ctx.deps.users.setPreferences(ctx.from.id, { category: id });
  const { emoji, title } = getCategory(id);
  await ctx.answerCallbackQuery({ text: `Saved: ${emoji} ${title}` });
  await ctx.editMessageText(savedText(id), { reply_markup: menuKeyboard(id) })
    .catch(ignoreNotModified);
});

composer.chatType(["group", "supergroup"]).command("category", async (ctx) => {
  await ctx.reply(CATEGORY_PRIVATE_ONLY, {
    reply_parameters: {
      message_id: ctx.msg.message_id,
      allow_sending_without_reply: true,
    },
  });
});

/** The category id in `category:set:<id>` callback data, or `null` for anything else. */
export function parseCategoryCallback(data: string): CategoryId | null {
  if (!data.startsWith(SET_PREFIX)) return null;
  const id = data.slice(SET_PREFIX.length);
  return isCategoryId(id) ? id : null;
}

/** The category whose id or title is `name`, ignoring case and outer spaces. */
export function findCategory(name: string): Category | undefined {
  const wanted = name.trim().toLowerCase();
  return CATEGORIES.find((c) =>
    c.id === wanted || c.title.toLowerCase() === wanted
  );
}

/** The user's chosen category, or the default when none (or an unknown one) is stored. */
export async function currentCategory(
  ctx: BotContext,
  userId: number,
): Promise<CategoryId> {
  const prefs = await ctx.deps.users.preferences(userId);
  return isCategoryId(prefs.category) ? prefs.category : DEFAULT_CATEGORY_ID;
}

/** Every category as a button, two per row, the current one marked ✓. */
function menuKeyboard(current: CategoryId): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  CATEGORIES.forEach((c, i) => {
    const mark = c.id === current ? "✓ " : "";
    keyboard.text(`${mark}${c.emoji} ${c.title}`, `${SET_PREFIX}${c.id}`);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

function menuText(current: CategoryId): string {
  const { emoji, title, description } = getCategory(current);
  return [
    `Your category: ${emoji} ${title} — ${description}.`,
    "",
    "It shapes the prompts I write for you. Tap one to change it:",
  ].join("\n");
}

function savedText(id: CategoryId): string {
  const { emoji, title, description } = getCategory(id);
  return [
    `✓ Saved. Your prompts now use ${emoji} ${title} — ${description}.`,
    "",
    "Tap another one to change it again:",
  ].join("\n");
}

function unknownCategoryText(wanted: string): string {
  const shown = [...wanted].length > 40
    ? `${[...wanted].slice(0, 40).join("")}…`
    : wanted;
  const choices = CATEGORIES.map((c) => `• ${c.id} — ${c.emoji} ${c.title}`);
  return [
    `I don't know the category “${shown}”. Choose one of:`,
    ...choices,
    "",
    "For example: /category coding — or send /category and tap one.",
  ].join("\n");
}

export { composer as settingsFeature };
