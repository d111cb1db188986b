/**
 * A fake Telegram, a fake LLM and a temp KV file: what an end-to-end test runs
 * the real bot process against.
 *
 * @module
 */
import { type FakeLlm, startFakeLlm } from "../fakes/llm_api.ts";
import {
  type FakeTelegram,
  type FakeTelegramOptions,
  startFakeTelegram,
} from "../fakes/telegram_api.ts";
import { type BotProcess, startBot } from "./bot_process.ts";

export const KEY_ONE = "sk-test-key-one-1111";
export const KEY_TWO = "sk-test-key-two-2222";
export const WEBHOOK_SECRET = "e2e_webhook_secret-123";

/** Everything an end-to-end test needs; dispose it to clean up. */
export interface Stack extends AsyncDisposable {
  tg: FakeTelegram;
  llm: FakeLlm;
  kvPath: string;
  /** Environment of a bot process against this stack. */
  env(overrides?: Record<string, string>): Record<string, string>;
  /** Start a bot process; it is stopped (SIGKILL if needed) when the stack is disposed. */
  start(overrides?: Record<string, string>): Promise<BotProcess>;
}

/** Options of {@linkcode startStack}. */
export interface StackOptions {
  /** Options of the fake Telegram, e.g. its `botInfo`. */
  telegram?: FakeTelegramOptions;
}

/** Start the fakes; both LLM keys answer "ok" unless a test says otherwise. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const tg = startFakeTelegram(options.telegram);
  const llm = startFakeLlm();
  llm.setKeyBehavior(KEY_ONE, "ok");
  llm.setKeyBehavior(KEY_TWO, "ok");
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-e2e-" });
  const kvPath = `${dir}/kv.sqlite3`;
  const bots: BotProcess[] = [];
  const env = (overrides: Record<string, string> = {}) => ({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEYS: `${KEY_ONE},${KEY_TWO}`,
    LLM_TIMEOUT_MS: "5000",
    KV_PATH: kvPath,
    SHUTDOWN_TIMEOUT_MS: "5000",
    ...overrides,
  });
  return {
    tg,
    llm,
    kvPath,
    env,
    async start(overrides) {
      const bot = await startBot(env(overrides));
      bots.push(bot);
      return bot;
    },
    async [Symbol.asyncDispose]() {
      for (const bot of bots) await bot[Symbol.asyncDispose]();
      await tg.close();
      await llm.close();
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/** Resolves once the bot logged that it finished an enhancement, `n` in all. */
export function enhancementsLogged(bot: BotProcess, n = 1): Promise<unknown> {
  return bot.waitForLog(() =>
    bot.logs.filter((l) =>
      String(l.message ?? "").startsWith("Enhanced a prompt")
    ).length >= n
  );
}
