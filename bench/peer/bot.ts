/**
 * The peer of issue 9: a stock grammY bot, as the grammY docs build one, to
 * compare Promptsmith's footprint against. It uses the same grammY web build
 * (the `grammy` import of deno.json), keeps a session per chat in Deno KV
 * through a plain get/set `StorageAdapter`, answers /help with a static text
 * (counting it in the session) and any other text with a static reply.
 *
 * This module only builds the bot; `bench/peer/main.ts` runs it. Nothing in
 * src/ imports it.
 *
 * @module
 */
import {
  Bot,
  type Context,
  session,
  type SessionFlavor,
  type StorageAdapter,
} from "grammy";
import type { UserFromGetMe } from "grammy/types";

/** What the peer keeps per chat. */
export interface PeerSession {
  helps: number;
  texts: number;
}

/** The peer's context. */
export type PeerContext = Context & SessionFlavor<PeerSession>;

/** The /help text: static, built once. */
export const PEER_HELP_TEXT = [
  "Peer bot",
  "",
  "Send me any text and I answer it.",
  "",
  "/help — this text",
].join("\n");

/** The answer to any other text. */
export const PEER_TEXT_REPLY = "Got it. Send /help to see what I do.";

/** A session storage on Deno KV: one `get` to read, one `set` to write. */
export function kvStorage<T>(
  kv: Deno.Kv,
  prefix: readonly string[] = ["session"],
): StorageAdapter<T> {
  return {
    async read(key) {
      return (await kv.get<T>([...prefix, key])).value ?? undefined;
    },
    async write(key, value) {
      await kv.set([...prefix, key], value);
    },
    async delete(key) {
      await kv.delete([...prefix, key]);
    },
  };
}

/** Options of {@linkcode createPeerBot}. */
export interface PeerBotOptions {
  /** Default: Telegram's. */
  apiRoot?: string;
  /** Skip getMe (in-process benchmarks pass one). */
  botInfo?: UserFromGetMe;
}

/** The peer bot on `kv`; start it with `bot.start()` or a webhook callback. */
export function createPeerBot(
  token: string,
  kv: Deno.Kv,
  options: PeerBotOptions = {},
): Bot<PeerContext> {
  const bot = new Bot<PeerContext>(token, {
    botInfo: options.botInfo,
    client: options.apiRoot ? { apiRoot: options.apiRoot } : undefined,
  });
  bot.use(session({
    initial: (): PeerSession => ({ helps: 0, texts: 0 }),
    storage: kvStorage<PeerSession>(kv),
  }));
  bot.command("help", async (ctx) => {
    ctx.session.helps++;
    await ctx.reply(PEER_HELP_TEXT);
  });
  bot.on("message:text", async (ctx) => {
    ctx.session.texts++;
    await ctx.reply(PEER_TEXT_REPLY);
  });
  bot.catch((err) => {
    console.error(
      JSON.stringify({
        level: "error",
        message: "Update failed",
        updateId: err.ctx.update.update_id,
        error: err.error instanceof Error ? err.error.name : "unknown",
      }),
    );
  });
  return bot;
}
