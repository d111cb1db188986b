import { FeatureComposer } from "../telegram/composer.ts";
import type { BotContext } from "../context.ts";
import { CATEGORY_IDS } from "../enhance/categories.ts";
import { MAX_PROMPT_CHARS } from "../enhance/validate.ts";
import type { Role } from "../storage/role_store.ts";
import { commandList } from "../ui/commands.ts";
import type { Translate } from "../ui/i18n.ts";
import { categoryLabel } from "../ui/keyboards.ts";

const composer = new FeatureComposer<BotContext>();

composer.command("start", async (ctx) => {
  const name = ctx.from?.first_name;
  const greeting = name
    ? ctx.t("start-greeting", { name })
    : ctx.t("start-greeting-anonymous");
  await ctx.reply(`${greeting}\n\n${ctx.t("start-body")}`);
});

composer.command("help", async (ctx) => {
  const media = ctx.deps.media;
  const options: HelpOptions = {
    historyLimit: ctx.config.historyLimit,
    role: ctx.standing?.role,
    voice: media?.transcribes ?? false,
    pictures: media?.sees ?? false,
    inlineBot: ctx.me.supports_inline_queries ? ctx.me.username : undefined,
  };
  // Built once per language and options: the same for every reader of a role.
  const key = `help\u0000${JSON.stringify(options)}`;
  await ctx.reply(
    ctx.deps.i18n.once(ctx.locale, key, () => helpText(ctx.t, options)),
  );
});

/** What /help tells a reader about: their role's commands, and what this bot can take in. */
export interface HelpOptions {
  /** HISTORY_LIMIT: how many prompts /history keeps. */
  historyLimit: number;
  /** The reader's role; its commands are listed. Default: a user's. */
  role?: Role;
  /** Whether voice messages are transcribed (a key for speech, voice input on). */
  voice?: boolean;
  /** Whether pictures are read (an AI is set up). */
  pictures?: boolean;
  /** The bot's username when inline mode is on (`@bot idea` in any chat). */
  inlineBot?: string;
}

/**
 * The /help text in the reader's language: what to send (only the kinds of
 * input this bot can take now), how to shape an answer, other chats, the
 * commands of the reader's role (the menu's own list), categories, history.
 */
export function helpText(t: Translate, options: HelpOptions): string {
  const categories = CATEGORY_IDS.map((id) => categoryLabel(t, id)).join(", ");
  const when = (on: boolean | undefined, line: string) => on ? [line] : [];
  return [
    t("help-title"),
    "",
    t("help-send"),
    t("help-send-text", { max: MAX_PROMPT_CHARS }),
    ...when(options.voice, t("help-send-voice")),
    ...when(options.pictures, t("help-send-photo")),
    t("help-send-file"),
    "",
    t("help-shape"),
    t("help-shape-buttons"),
    t("help-shape-reply"),
    t("help-shape-type"),
    t("help-shape-settings"),
    "",
    t("help-elsewhere"),
    t("help-groups"),
    ...(options.inlineBot === undefined
      ? []
      : [t("help-inline", { bot: options.inlineBot })]),
    "",
    t("help-commands"),
    ...commandList(t, { role: options.role }).map((c) =>
      `/${c.command} — ${c.description}`
    ),
    "",
    t("help-categories", { categories }),
    t("help-history", { limit: options.historyLimit }),
  ].join("\n");
}

export { composer as startFeature };
