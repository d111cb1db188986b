import { type CallbackQueryContext, Composer } from "grammy";
import type { BotContext } from "../context.ts";
import {
  CATEGORY_IDS,
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  getCategory,
  isCategoryId,
} from "../enhance/categories.ts";
import type { UserRecord } from "../storage/user_store.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import { categoryData, decoded } from "../ui/callback_data.ts";
import type { I18n, Translate } from "../ui/i18n.ts";
import { DEFAULT_LOCALE } from "../ui/locales.ts";
import { categoryKeyboard } from "../ui/keyboards.ts";
import { cutSafely } from "../util/text.ts";

const composer = new Composer<BotContext>();
const privateChats = composer.chatType("private");

// "/category" shows the choice; "/category coding" or "/category Business & marketing" sets it.
privateChats.command("category", async (ctx) => {
  const wanted = ctx.match.trim();
  if (wanted === "") {
    const current = await currentCategory(ctx, ctx.from.id);
    await ctx.reply(categoryText(ctx.t, "category-current", current), {
      reply_markup: categoryKeyboard(ctx.t, current),
    });
    return;
  }
  const id = findCategory(ctx.deps.i18n, ctx.t, wanted);
  if (id === undefined) {
    await ctx.reply(unknownCategoryText(ctx.t, wanted));
    return;
  }
  await ctx.deps.users.setPreferences(ctx.from.id, { category: id });
  await ctx.reply(categoryText(ctx.t, "category-saved", id), {
    reply_markup: categoryKeyboard(ctx.t, id),
  });
});

privateChats.callbackQuery(
  categoryData.pattern,
  decoded(
    categoryData,
    async (ctx: CallbackQueryContext<BotContext>, { id }) => {
      await ctx.deps.users.setPreferences(ctx.from.id, { category: id });
      await ctx.answerCallbackQuery({
        text: ctx.t("category-saved-toast", categoryArgs(ctx.t, id)),
      });
      await ctx.editMessageText(categoryText(ctx.t, "category-saved", id), {
        reply_markup: categoryKeyboard(ctx.t, id),
      }).catch(ignoreNotModified);
    },
  ),
);

// Any other category:… data (an old or forged button).
privateChats.callbackQuery(/^category:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("category-expired") });
});

composer.chatType(["group", "supergroup"]).command("category", async (ctx) => {
  await ctx.reply(ctx.t("category-private-only"), {
    reply_parameters: {
      message_id: ctx.msg.message_id,
      allow_sending_without_reply: true,
    },
  });
});

/**
 * The category whose id, English title or title in the reader's language is
 * `name`, ignoring case and outer spaces.
 */
export function findCategory(
  i18n: I18n,
  t: Translate,
  name: string,
): CategoryId | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  const english = i18n.translator(DEFAULT_LOCALE);
  return CATEGORY_IDS.find((id) =>
    id === wanted ||
    t(`category-${id}-title`).toLocaleLowerCase() === wanted ||
    english(`category-${id}-title`).toLocaleLowerCase() === wanted
  );
}

/** The user's chosen category, or the default when none (or an unknown one) is stored. */
export async function currentCategory(
  ctx: BotContext,
  userId: number,
): Promise<CategoryId> {
  return categoryOf(await ctx.deps.users.get(userId));
}

/** The category of a user with `profile` (the default for a new one, or an unknown id). */
export function categoryOf(profile: UserRecord | null): CategoryId {
  const category = profile?.prefs.category;
  return isCategoryId(category) ? category : DEFAULT_CATEGORY_ID;
}

function categoryArgs(t: Translate, id: CategoryId) {
  return {
    emoji: categoryEmoji(id),
    title: t(`category-${id}-title`),
    description: t(`category-${id}-description`),
  };
}

function categoryEmoji(id: CategoryId): string {
  return getCategory(id).emoji;
}

function categoryText(
  t: Translate,
  message: "category-current" | "category-saved",
  id: CategoryId,
): string {
  return t(message, categoryArgs(t, id));
}

function unknownCategoryText(t: Translate, wanted: string): string {
  const shown = [...wanted].length > 40 ? `${cutSafely(wanted, 40)}…` : wanted;
  const choices = CATEGORY_IDS.map((id) =>
    `• ${id} — ${categoryEmoji(id)} ${t(`category-${id}-title`)}`
  );
  return [
    t("category-unknown", { name: shown }),
    ...choices,
    "",
    t("category-unknown-example"),
  ].join("\n");
}

export { composer as settingsFeature };
