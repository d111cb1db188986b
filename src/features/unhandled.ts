import { FeatureComposer } from "../telegram/composer.ts";
import type { BotContext } from "../context.ts";

const composer = new FeatureComposer<BotContext>();
const privateChats = composer.chatType("private");

privateChats.on("message:text", async (ctx) => {
  await ctx.reply(ctx.t("unknown-command"));
});

privateChats.on("message", async (ctx) => {
  await ctx.reply(ctx.t("text-only"));
});

// A button from an old message whose handler no longer exists: stop the spinner.
composer.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
});

export { composer as unhandledFeature };
