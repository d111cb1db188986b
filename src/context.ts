import type { Context } from "grammy";
import type { Clock } from "./clock.ts";
import type { Config } from "./config/config.ts";
import type { EnhanceJobRunner } from "./jobs/enhance_jobs.ts";
import type { KeyStatus } from "./llm/key_pool.ts";
import type { LlmProvider } from "./llm/provider.ts";
import type { HistoryStore } from "./storage/history_store.ts";
import type { RateLimiter } from "./storage/rate_limiter.ts";
import type { SessionStore } from "./storage/session_store.ts";
import type { UserStore } from "./storage/user_store.ts";
import type { I18n, Translate } from "./ui/i18n.ts";
import type { LocaleCode } from "./ui/locales.ts";

/** Everything a feature may use, passed in by main.ts or a test. */
export interface BotDeps {
  kv: Deno.Kv;
  users: UserStore;
  sessions: SessionStore;
  history: HistoryStore;
  /** `null` when no API key is configured: the offline enhancer answers. */
  llm: LlmProvider | null;
  clock: Clock;
  /** Durable enhancement jobs: accepted here, run in the background. */
  jobs: EnhanceJobRunner;
  /** Per-user burst, daily quota and global cap of enhancements. */
  limiter: RateLimiter;
  /** The state of every LLM key, for `/keys`; absent without keys. */
  keyStatus?: () => Promise<KeyStatus[]>;
  /** Every shipped interface language. */
  i18n: I18n;
}

/** Adds the dependencies and the loaded configuration to the context. */
export interface DepsFlavor {
  deps: BotDeps;
  config: Config;
}

/** Adds the user's interface language (src/middleware/i18n.ts). */
export interface I18nFlavor {
  /** Translates into the user's language: `ctx.t("help-title")`. */
  t: Translate;
  /** The user's interface language. */
  locale: LocaleCode;
}

/** The context every handler of Promptsmith receives. */
export type BotContext = Context & DepsFlavor & I18nFlavor;
