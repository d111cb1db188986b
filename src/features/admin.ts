import { FeatureComposer } from "../telegram/composer.ts";
import type { BotContext } from "../context.ts";
import { sendText } from "../telegram/send.ts";
import { keysText } from "../ui/texts.ts";
import { recordsText } from "../ui/records_text.ts";
import { isAdmin } from "../middleware/roles.ts";

const composer = new FeatureComposer<BotContext>();

// Anyone else falls through to the features after this one and gets what any
// unknown command gets: a hint in private chats, silence in groups.
composer.command("keys", async (ctx, next) => {
  if (!isAdmin(ctx)) return await next();
  if (ctx.chat.type !== "private") {
    await ctx.reply(ctx.t("keys-private-only"));
    return;
  }
  const statuses = await ctx.deps.keyStatus?.() ?? [];
  const records = await ctx.deps.recordsStatus?.();
  const text = [
    keysText(ctx.t, statuses),
    ...(records ? [recordsText(ctx.t, records)] : []),
  ].join("\n\n");
  await sendText(ctx.api, ctx.chat.id, text);
});

export { composer as adminFeature };
