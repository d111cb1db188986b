import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { CATEGORIES } from "../enhance/categories.ts";
import { MAX_PROMPT_CHARS } from "../enhance/validate.ts";

/** The commands shown in Telegram's menu and in /help, in order. */
export const COMMANDS = [
  { command: "start", description: "What Promptsmith does" },
  { command: "help", description: "How to use the bot" },
  {
    command: "enhance",
    description: "Enhance a rough prompt (works in groups)",
  },
  { command: "category", description: "Choose the kind of prompt I write" },
  { command: "history", description: "Your recent prompts" },
  { command: "clearhistory", description: "Delete your prompt history" },
] as const;

const composer = new Composer<BotContext>();

composer.command("start", async (ctx) => {
  const name = ctx.from?.first_name ? `, ${ctx.from.first_name}` : "";
  await ctx.reply(
    [
      `Hi${name}! I'm Promptsmith ✨`,
      "",
      "Send me a rough idea — a sentence is enough — and I'll turn it into a strong, structured prompt for ChatGPT, Claude, Gemini or an image model.",
      "",
      'Try: "a logo for a coffee shop run by cats" or "python script that renames photos by date".',
      "",
      "/help lists everything I can do.",
    ].join("\n"),
  );
});

composer.command("help", async (ctx) => {
  await ctx.reply(helpText(ctx.config.historyLimit));
});

/** The /help text. */
export function helpText(historyLimit: number): string {
  const categories = CATEGORIES.map((c) => `${c.emoji} ${c.title}`).join(", ");
  return [
    "How to use Promptsmith:",
    "",
    "• In a private chat, just send your rough prompt as a message.",
    "• In a group, use /enhance <your idea>, reply to one of my messages, or mention me.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `/${c.command} — ${c.description}`),
    "",
    `Categories I know: ${categories}. /category picks the one I use for you.`,
    `I keep your last ${historyLimit} prompts: /history and /clearhistory work in a private chat.`,
    `Prompts can be up to ${
      MAX_PROMPT_CHARS.toLocaleString("en-US")
    } characters.`,
  ].join("\n");
}

export { composer as startFeature };
