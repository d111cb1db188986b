import { Bot, type BotError, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "./config/config.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { adminFeature } from "./features/admin.ts";
import { enhanceFeature } from "./features/enhance.ts";
import { historyFeature } from "./features/history.ts";
import { settingsFeature } from "./features/settings.ts";
import { startFeature } from "./features/start.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { describeError, getLog } from "./logging.ts";
import { inFlight, type InFlightTracker } from "./middleware/in_flight.ts";
import { updateLog } from "./middleware/update_log.ts";
import { dedupeUpdates } from "./middleware/dedupe.ts";
import { sequentialize } from "./middleware/sequentialize.ts";
import { API_TIMEOUT_SECONDS, configureApi } from "./telegram/api.ts";

const log = getLog("bot");

/** Options of {@linkcode createBot}. */
export interface CreateBotOptions {
  /** Skip getMe at start (tests pass a fixed one). */
  botInfo?: UserFromGetMe;
}

/** A bot and the tracker shutdown uses to wait for in-flight updates. */
export interface PromptsmithBot {
  bot: Bot<BotContext>;
  inFlight: InFlightTracker<BotContext>;
}

/** Build the bot: middleware and features installed in order, errors contained. */
export function createBot(
  config: Config,
  deps: BotDeps,
  options: CreateBotOptions = {},
): PromptsmithBot {
  const bot = new Bot<BotContext>(config.botToken, {
    botInfo: options.botInfo,
    client: {
      apiRoot: config.telegramApiRoot,
      timeoutSeconds: API_TIMEOUT_SECONDS,
    },
  });
  configureApi(bot.api);

  const tracker = inFlight<BotContext>();
  bot.use(tracker.middleware);
  bot.use(sequentialize(chatKey));
  bot.use((ctx, next) => {
    ctx.deps = deps;
    ctx.config = config;
    return next();
  });
  bot.use(updateLog());
  bot.use(dedupeUpdates());
  bot.use(startFeature);
  bot.use(historyFeature);
  bot.use(settingsFeature);
  bot.use(adminFeature);
  bot.errorBoundary(enhanceFailed).use(enhanceFeature);
  bot.use(unhandledFeature);
  bot.catch(handleBotError);
  return { bot, inFlight: tracker };
}

/** Updates of one chat are handled one after another; other chats run in parallel. */
function chatKey(ctx: BotContext): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

async function enhanceFailed(err: BotError<BotContext>): Promise<void> {
  logError(err);
  await err.ctx.reply(
    "Sorry, I couldn't finish that one. Please send it again in a moment.",
  ).catch(() => {});
}

async function handleBotError(err: BotError<BotContext>): Promise<void> {
  logError(err);
  if (err.ctx.chat?.type === "private") {
    await err.ctx.reply(
      "Sorry, something went wrong on my side. Please try again.",
    ).catch(() => {});
  }
}

/** One structured line per failed update; never the text of the message. */
function logError(err: BotError<BotContext>): void {
  const e = err.error;
  const base = { updateId: err.ctx.update.update_id, userId: err.ctx.from?.id };
  if (e instanceof GrammyError) {
    log.error("Telegram refused {method}: {code} {description}", {
      ...base,
      method: e.method,
      code: e.error_code,
      description: e.description,
    });
  } else if (e instanceof HttpError) {
    log.error("Telegram unreachable: {error}", {
      ...base,
      error: String(e.error),
    });
  } else {
    log.error("Update failed: {error}", {
      ...base,
      error: describeError(e),
    });
  }
}
