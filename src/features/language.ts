import { FeatureComposer } from "../telegram/composer.ts";
import type { BotContext } from "../context.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import { decoded, languageData } from "../ui/callback_data.ts";
import { languageKeyboard } from "../ui/keyboards.ts";
import { type LocaleCode, LOCALES } from "../ui/locales.ts";
import { cutSafely } from "../util/text.ts";

const composer = new FeatureComposer<BotContext>();
const privateChats = composer.chatType("private");

// "/language" shows the choice; "/language de" or "/language Deutsch" sets
// it; anything else is named as unknown above the choice.
privateChats.command("language", async (ctx) => {
  const wanted = ctx.match.trim();
  const code = wanted === "" ? undefined : languageNamed(ctx, wanted);
  if (code !== undefined) return await choose(ctx, code);
  const { i18n } = ctx.deps;
  const prefs = await ctx.deps.users.preferences(ctx.from.id);
  const current = prefs.language && i18n.isLocale(prefs.language)
    ? prefs.language
    : "auto";
  const menu = ctx.t("language-current", {
    language: LOCALES[ctx.locale].name,
  });
  const text = wanted === "" ? menu : [
    ctx.t("language-unknown", { name: shownName(wanted) }),
    menu,
  ].join("\n\n");
  await ctx.reply(text, { reply_markup: languageKeyboard(ctx.t, current) });
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

/** The choice `wanted` names: "auto", a shipped code or a language's name in itself, in any case. */
function languageNamed(
  ctx: BotContext,
  wanted: string,
): LocaleCode | "auto" | undefined {
  const key = wanted.toLocaleLowerCase();
  if (key === "auto" || ctx.deps.i18n.isLocale(key)) return key;
  return (Object.keys(LOCALES) as LocaleCode[]).find((code) =>
    LOCALES[code].name.toLocaleLowerCase() === key
  );
}

/** What the user typed, cut to a length a reply can quote. */
function shownName(wanted: string): string {
  return [...wanted].length > 40 ? `${cutSafely(wanted, 40)}…` : wanted;
}

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
