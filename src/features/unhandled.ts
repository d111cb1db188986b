import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

const composer = new Composer<BotContext>();
const privateChats = composer.chatType("private");

privateChats.on("message:text", async (ctx) => {
  await ctx.reply("I don't know that command. /help lists what I can do.");
});

privateChats.on("message", async (ctx) => {
  await ctx.reply(
    "Send me your idea as a text message and I'll turn it into a strong prompt.",
  );
});

// A button from an old message whose handler no longer exists: stop the spinner.
composer.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery({
    text: "This button has expired. Send your request again.",
  });
});

export { composer as unhandledFeature };
