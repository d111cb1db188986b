import { FeatureComposer } from "../telegram/composer.ts";
import type { BotContext } from "../context.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import { decoded, languageData } from "../ui/callback_data.ts";
import { languageKeyboard } from "../ui/keyboards.ts";
import { type LocaleCode, LOCALES } from "../ui/locales.ts";

const composer = new FeatureComposer<BotContext>();
const privateChats = composer.chatType("private");

// "/language" shows the choice; "/language de" sets it.
privateChats.command("language", async (ctx) => {
  const wanted = ctx.match.trim().toLowerCase();
  const { i18n } = ctx.deps;
  if (wanted !== "" && (wanted === "auto" || i18n.isLocale(wanted))) {
    return await choose(ctx, wanted);
  }
  const prefs = await ctx.deps.users.preferences(ctx.from.id);
  const current = prefs.language && i18n.isLocale(prefs.language)
    ? prefs.language
    : "auto";
  await ctx.reply(
    ctx.t("language-current", { language: LOCALES[ctx.locale].name }),
    { reply_markup: languageKeyboard(ctx.t, current) },
  );
});

privateChats.callbackQuery(
  languageData.pattern,
  decoded(languageData, async (ctx: BotContext, { code }) => {
    await ctx.answerCallbackQuery();
    await choose(ctx, code, { edit: true });
  }),
);

privateChats.callbackQuery(/^language:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("language-expired") });
});

composer.chatType(["group", "supergroup"]).command("language", async (ctx) => {
  await ctx.reply(ctx.t("language-private-only"), {
    reply_parameters: {
      message_id: ctx.msg.message_id,
      allow_sending_without_reply: true,
    },
  });
});

/** Save the choice and confirm it in the new language, editing the menu when tapped. */
async function choose(
  ctx: BotContext,
  code: LocaleCode | "auto",
  options: { edit?: boolean } = {},
): Promise<void> {
  const { i18n, users } = ctx.deps;
  const userId = ctx.from!.id;
  await users.setPreferences(userId, {
    language: code === "auto" ? undefined : code,
  });
  const locale = code === "auto"
    ? i18n.negotiate(ctx.from?.language_code)
    : code;
  const t = i18n.translator(locale);
  const language = LOCALES[locale].name;
  const text = code === "auto"
    ? t("language-saved-auto", { language })
    : t("language-saved", { language });
  const reply_markup = languageKeyboard(t, code);
  if (options.edit) {
    await ctx.editMessageText(text, { reply_markup }).catch(ignoreNotModified);
  } else await ctx.reply(text, { reply_markup });
}

export { composer as languageFeature };
