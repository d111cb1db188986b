import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { CATEGORY_IDS } from "../enhance/categories.ts";
import { MAX_PROMPT_CHARS } from "../enhance/validate.ts";
import type { Role } from "../storage/role_store.ts";
import { commandList } from "../ui/commands.ts";
import type { Translate } from "../ui/i18n.ts";
import { categoryLabel } from "../ui/keyboards.ts";

const composer = new Composer<BotContext>();

composer.command("start", async (ctx) => {
  const name = ctx.from?.first_name;
  const greeting = name
    ? ctx.t("start-greeting", { name })
    : ctx.t("start-greeting-anonymous");
  await ctx.reply(`${greeting}\n\n${ctx.t("start-body")}`);
});

composer.command("help", async (ctx) => {
  await ctx.reply(
    helpText(ctx.t, ctx.config.historyLimit, ctx.standing?.role),
  );
});

/** The /help text in the reader's language, with the commands of their role. */
export function helpText(
  t: Translate,
  historyLimit: number,
  role?: Role,
): string {
  const categories = CATEGORY_IDS.map((id) => categoryLabel(t, id)).join(", ");
  return [
    t("help-title"),
    "",
    t("help-private"),
    t("help-groups"),
    t("help-workshop"),
    "",
    t("help-commands"),
    ...commandList(t, { role }).map((c) => `/${c.command} — ${c.description}`),
    "",
    t("help-categories", { categories }),
    t("help-history", { limit: historyLimit }),
    t("help-limit", { max: MAX_PROMPT_CHARS }),
    t("help-settings"),
    t("help-language"),
  ].join("\n");
}

export { composer as startFeature };
