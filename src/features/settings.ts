import { FeatureComposer } from "../telegram/composer.ts";
import type { CallbackQueryContext } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext } from "../context.ts";
import {
  CATEGORY_IDS,
  type CategoryChoice,
  DEFAULT_CATEGORY_ID,
  getCategory,
} from "../enhance/categories.ts";
import { AUTO_EMOJI } from "../ui/keyboards.ts";
import type { UserRecord } from "../storage/user_store.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import {
  categoryData,
  decoded,
  settingsSetData,
  settingsViewData,
} from "../ui/callback_data.ts";
import { readSettings } from "../enhance/settings.ts";
import { isCategoryChoice } from "../enhance/categories.ts";
import { isTargetChoice } from "../enhance/targets.ts";
import { isAnswerLanguage } from "../enhance/settings.ts";
import { setLocale } from "../middleware/i18n.ts";
import {
  type SettingsField,
  settingsKeyboard,
  settingsPicker,
  type SettingsView,
} from "../ui/keyboards.ts";
import { type LocaleCode, LOCALES } from "../ui/locales.ts";
import type { I18n, Translate } from "../ui/i18n.ts";
import { DEFAULT_LOCALE } from "../ui/locales.ts";
import { categoryKeyboard } from "../ui/keyboards.ts";
import { cutSafely } from "../util/text.ts";

const composer = new FeatureComposer<BotContext>();
const privateChats = composer.chatType("private");

// "/category" shows the choice; "/category coding" or "/category Business & marketing" sets it.
privateChats.command("category", async (ctx) => {
  const wanted = ctx.match.trim();
  if (wanted === "") {
    const current = await currentCategory(ctx, ctx.from.id);
    const screen = categoryScreen(ctx, "category-current", current);
    await ctx.reply(screen.text, { reply_markup: screen.keyboard });
    return;
  }
  const id = findCategory(ctx.deps.i18n, ctx.t, wanted);
  if (id === undefined) {
    await ctx.reply(unknownCategoryText(ctx.t, wanted));
    return;
  }
  await ctx.deps.users.setPreferences(ctx.from.id, { category: id });
  const screen = categoryScreen(ctx, "category-saved", id);
  await ctx.reply(screen.text, { reply_markup: screen.keyboard });
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
      const screen = categoryScreen(ctx, "category-saved", id);
      await ctx.editMessageText(screen.text, {
        reply_markup: screen.keyboard,
      }).catch(ignoreNotModified);
    },
  ),
);

// Any other category:… data (an old or forged button).
privateChats.callbackQuery(/^category:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("category-expired") });
});

// /settings: one screen, edited in place: a button per setting, a picker each.
privateChats.command("settings", async (ctx) => {
  const view = await settingsView(ctx, ctx.from.id);
  await ctx.reply(ctx.t("settings-title"), {
    reply_markup: settingsKeyboard(ctx.t, view),
  });
});

privateChats.callbackQuery(
  settingsViewData.pattern,
  decoded(settingsViewData, async (ctx: CallbackQueryContext<BotContext>, {
    view,
  }) => {
    const current = await settingsView(ctx, ctx.from.id);
    await ctx.answerCallbackQuery().catch(() => {});
    if (view === "main") {
      await ctx.editMessageText(ctx.t("settings-title"), {
        reply_markup: settingsKeyboard(ctx.t, current),
      }).catch(ignoreNotModified);
      return;
    }
    await ctx.editMessageText(ctx.t(PICKER_TEXTS[view]), {
      reply_markup: settingsPicker(ctx.t, view, current[view]),
    }).catch(ignoreNotModified);
  }),
);

privateChats.callbackQuery(
  settingsSetData.pattern,
  decoded(settingsSetData, async (ctx: CallbackQueryContext<BotContext>, {
    field,
    value,
  }) => {
    if (!validSetting(ctx, field, value)) {
      await ctx.answerCallbackQuery({ text: ctx.t("settings-expired") })
        .catch(() => {});
      return;
    }
    const userId = ctx.from.id;
    if (field === "language") {
      await ctx.deps.users.setPreferences(userId, {
        language: value === "auto" ? undefined : value,
      });
      const locale = value === "auto"
        ? ctx.deps.i18n.negotiate(ctx.from.language_code)
        : value as LocaleCode;
      // The screen answers in the language just chosen.
      setLocale(ctx, locale);
    } else {
      await ctx.deps.users.setPreferences(userId, { [field]: value });
    }
    await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") })
      .catch(() => {});
    const view = await settingsView(ctx, userId, { fresh: true });
    await ctx.editMessageText(ctx.t("settings-title"), {
      reply_markup: settingsKeyboard(ctx.t, view),
    }).catch(ignoreNotModified);
  }),
);

privateChats.callbackQuery(/^s:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("settings-expired") });
});

composer.chatType(["group", "supergroup"]).command("settings", async (ctx) => {
  await ctx.reply(ctx.t("settings-private-only"), {
    reply_parameters: {
      message_id: ctx.msg.message_id,
      allow_sending_without_reply: true,
    },
  });
});

const PICKER_TEXTS: Readonly<Record<SettingsField, string>> = {
  category: "settings-pick-category",
  target: "settings-pick-target",
  length: "settings-pick-length",
  clarify: "settings-pick-clarify",
  answerLanguage: "settings-pick-answer-language",
  language: "settings-pick-language",
};

/** What the /settings screen shows for a user. */
async function settingsView(
  ctx: BotContext,
  userId: number,
  options: { fresh?: boolean } = {},
): Promise<SettingsView> {
  const profile = await ctx.deps.users.get(userId, options);
  const prefs = profile?.prefs;
  const settings = readSettings(
    prefs as Record<string, unknown> | undefined,
  );
  const language = prefs?.language && ctx.deps.i18n.isLocale(prefs.language)
    ? prefs.language
    : "auto";
  return { ...settings, language };
}

/** Whether `value` is one of `field`'s choices (data from Telegram may be forged or old). */
function validSetting(
  ctx: BotContext,
  field: SettingsField,
  value: string,
): boolean {
  switch (field) {
    case "category":
      return isCategoryChoice(value);
    case "target":
      return isTargetChoice(value);
    case "length":
      return ["concise", "standard", "detailed"].includes(value);
    case "clarify":
      return ["never", "auto", "always"].includes(value);
    case "answerLanguage":
      return isAnswerLanguage(value) &&
        (value === "auto" || value in LOCALES);
    case "language":
      return value === "auto" || ctx.deps.i18n.isLocale(value);
  }
}

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
): CategoryChoice | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  const english = i18n.translator(DEFAULT_LOCALE);
  return (["auto", ...CATEGORY_IDS] as const).find((id) =>
    id === wanted ||
    t(`category-${id}-title`).toLocaleLowerCase() === wanted ||
    english(`category-${id}-title`).toLocaleLowerCase() === wanted
  );
}

/** The user's chosen category, or Auto when none (or an unknown one) is stored. */
export async function currentCategory(
  ctx: BotContext,
  userId: number,
): Promise<CategoryChoice> {
  return categoryOf(await ctx.deps.users.get(userId));
}

/**
 * The category of a user with `profile`: their choice, or Auto for a new one
 * or an unknown id. "general" stored by versions before Auto existed was the
 * default written into every new profile, not a choice: it reads as Auto.
 */
export function categoryOf(profile: UserRecord | null): CategoryChoice {
  const category = profile?.prefs.category;
  if (category === DEFAULT_CATEGORY_ID && profile?.v === undefined) {
    return "auto";
  }
  return isCategoryChoice(category) ? category : "auto";
}

function categoryArgs(t: Translate, id: CategoryChoice) {
  return {
    emoji: categoryEmoji(id),
    title: t(`category-${id}-title`),
    description: t(`category-${id}-description`),
  };
}

function categoryEmoji(id: CategoryChoice): string {
  return id === "auto" ? AUTO_EMOJI : getCategory(id).emoji;
}

/**
 * The /category screen, `message` and the choice with `id` marked: the same
 * for every reader of a language, so built once per language
 * (`I18n.once`).
 */
function categoryScreen(
  ctx: BotContext,
  message: "category-current" | "category-saved",
  id: CategoryChoice,
): { text: string; keyboard: InlineKeyboardMarkup } {
  return ctx.deps.i18n.once(
    ctx.locale,
    `category\u0000${message}\u0000${id}`,
    () => ({
      text: ctx.t(message, categoryArgs(ctx.t, id)),
      keyboard: {
        inline_keyboard: categoryKeyboard(ctx.t, id).inline_keyboard,
      },
    }),
  );
}

function unknownCategoryText(t: Translate, wanted: string): string {
  const shown = [...wanted].length > 40 ? `${cutSafely(wanted, 40)}…` : wanted;
  const choices = (["auto", ...CATEGORY_IDS] as const).map((id) =>
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
