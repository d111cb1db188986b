import { Bot, BotError, GrammyError } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Config } from "./config/config.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { adminFeature } from "./features/admin.ts";
import { broadcastFeature } from "./features/broadcast.ts";
import { enhanceFeature, isPromptCandidate } from "./features/enhance.ts";
import { historyFeature, historyKeys } from "./features/history.ts";
import { inlineFeature } from "./features/inline.ts";
import { mediaFeature } from "./features/media.ts";
import { languageFeature } from "./features/language.ts";
import { privacyFeature } from "./features/privacy.ts";
import { rolesFeature } from "./features/roles.ts";
import { settingsFeature } from "./features/settings.ts";
import { startFeature } from "./features/start.ts";
import { statsFeature } from "./features/stats.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { workshopFeature } from "./features/workshop.ts";
import { getLog } from "./logging.ts";
import type { Translate } from "./ui/i18n.ts";
import { inFlight, type InFlightTracker } from "./middleware/in_flight.ts";
import { updateKind, updateLog } from "./middleware/update_log.ts";
import { observeUpdates } from "./middleware/update_metrics.ts";
import { dedupeUpdates } from "./middleware/dedupe.ts";
import { i18nMiddleware, standingKeys } from "./middleware/i18n.ts";
import { rolesMiddleware } from "./middleware/roles.ts";
import { sequentialize } from "./middleware/sequentialize.ts";
import { errorFields, isTransientFailure } from "./middleware/update_errors.ts";
import {
  API_TIMEOUT_SECONDS,
  configureApi,
  type RetryOptions,
} from "./telegram/api.ts";
import { FeatureComposer } from "./telegram/composer.ts";
import { isRefusal, NO_MORE_MESSAGES } from "./telegram/errors.ts";

const log = getLog("bot");

/** Options of {@linkcode createBot}. */
export interface CreateBotOptions {
  /** Skip getMe at start (tests pass a fixed one). */
  botInfo?: UserFromGetMe;
  /** The Bot API retry policy; tests pass one that does not wait. */
  apiRetry?: RetryOptions;
  /** Replaces `fetch` of the Bot API client (the console's in-process Bot API). */
  fetch?: typeof fetch;
}

/**
 * How handling one update ended:
 * - `"handled"`: done, or dropped on purpose (including a reply Telegram refused
 *   with 4xx, and any bug, which trying again would repeat): answer Telegram 200;
 * - `"retry"`: a failure that may pass (Telegram unreachable or 5xx, KV locked),
 *   in webhook mode: its claim was released, answer 5xx so that Telegram
 *   delivers it again;
 * - `"failed"`: the update never reached the middleware (a bug in the wiring).
 */
export type UpdateOutcome = "handled" | "retry" | "failed";

/** A bot, the tracker shutdown uses to wait for in-flight updates, and the one way to hand it an update. */
export interface PromptsmithBot {
  bot: Bot<BotContext>;
  inFlight: InFlightTracker<BotContext>;
  /**
   * Run one update through the middleware and the one error path; never
   * throws. The webhook and the poller use it.
   */
  handleUpdate(
    update: Update,
    hooks?: UpdateHooks,
  ): Promise<UpdateOutcome>;
}

/** What the one who delivered an update may want to know while it runs. */
export interface UpdateHooks {
  /**
   * A prompt's acceptance committed the update's claim (with its job, or
   * with its refusal: limited, queue full, refused): it is kept whatever
   * follows (its outcome can only be "handled"), so the webhook answers
   * Telegram now instead of after the acknowledgment is sent.
   */
  onAccepted?: () => void;
}

/**
 * Build the bot: middleware and features installed in order, inside one error
 * boundary that every error of every mode ends in (see {@linkcode UpdateOutcome}).
 */
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
      fetch: options.fetch,
    },
  });
  configureApi(bot.api, options.apiRetry, {
    metrics: deps.metrics.telegram,
    tracing: deps.tracing,
  });

  // Updates whose failure may pass, in webhook mode: Telegram is asked to deliver them again.
  const retry = new WeakSet<Update>();
  // Whom to tell that an update was accepted with its job.
  const accepted = new WeakMap<Update, () => void>();
  const tracker = inFlight<BotContext>();
  bot.use(tracker.middleware);
  // Everything inside the one error boundary runs in one FeatureComposer: one
  // dispatcher for the chain below, where grammY's composer nests an async
  // function and an async `next` per `use` (about twenty levels deep here).
  const app = new FeatureComposer<BotContext>();
  bot.errorBoundary(
    (err) =>
      updateFailed(err, {
        redeliver: config.updates.mode === "webhook",
        retry,
      }),
    app,
  );
  app.use(sequentialize(chatKey));
  app.use((ctx, next) => {
    ctx.deps = deps;
    ctx.config = config;
    return next();
  });
  app.use(observeUpdates());
  app.use(updateLog());
  // A prompt's claim is taken by its acceptance, in the same commit as the job.
  // The sender's profile, role and access are read with the claim (or, for
  // new senders, guessed absent and checked by the claim's commit), and so
  // is the history record a /history command looks at first.
  app.use(dedupeUpdates({
    defer: isPromptCandidate,
    standingKeys,
    handlerKeys: historyKeys,
    onClaimedWith: (ctx) => accepted.get(ctx.update)?.(),
  }));
  app.use(i18nMiddleware());
  // Reads the sender's role fresh; refuses banned users and, by ACCESS_MODE, strangers.
  app.use(rolesMiddleware());
  app.use(startFeature);
  app.use(historyFeature);
  app.use(settingsFeature);
  app.use(languageFeature);
  app.use(adminFeature);
  app.use(workshopFeature);
  app.use(rolesFeature);
  app.use(privacyFeature);
  app.use(inlineFeature);
  app.errorBoundary(enhanceFailed).use(mediaFeature);
  app.use(statsFeature);
  app.use(broadcastFeature);
  app.errorBoundary(enhanceFailed).use(enhanceFeature);
  app.use(unhandledFeature);
  // grammY calls this only if the boundary itself failed; never print a BotError.
  bot.catch((err) => escaped(err.error, err.ctx.update));
  return {
    bot,
    inFlight: tracker,
    async handleUpdate(update, hooks) {
      if (hooks?.onAccepted) accepted.set(update, hooks.onAccepted);
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        escaped(error instanceof BotError ? error.error : error, update);
        return "failed";
      } finally {
        accepted.delete(update);
      }
      return retry.has(update) ? "retry" : "handled";
    },
  };
}

/** Updates of one chat are handled one after another; other chats run in parallel. */
function chatKey(ctx: BotContext): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

async function enhanceFailed(err: BotError<BotContext>): Promise<void> {
  logUpdateError(err.ctx.update, err.error, false);
  if (refusesMessages(err.error)) return;
  await err.ctx.reply(translatorOf(err.ctx)("error-enhance")).catch(() => {});
}

/**
 * The one error path: one redacted line, then either a redelivery (webhook,
 * failure that may pass) or a short apology in a private chat. Never throws.
 */
async function updateFailed(
  err: BotError<BotContext>,
  options: { redeliver: boolean; retry: WeakSet<Update> },
): Promise<void> {
  const { ctx, error } = err;
  try {
    const again = options.redeliver && isTransientFailure(error);
    logUpdateError(ctx.update, error, again);
    if (again) {
      options.retry.add(ctx.update);
      return;
    }
    if (ctx.chat?.type === "private" && !refusesMessages(error)) {
      await ctx.reply(translatorOf(ctx)("error-generic")).catch(() => {});
    }
  } catch (failure) {
    escaped(failure, ctx.update);
  }
}

/**
 * The user's translator; before the language middleware ran (a failure that
 * early), the language of their Telegram app.
 */
function translatorOf(ctx: BotContext): Translate {
  if (ctx.t) return ctx.t;
  const { i18n } = ctx.deps;
  return i18n.translator(i18n.negotiate(ctx.from?.language_code));
}

/** Blocked (403) or flooded (429): another message would be refused too. */
function refusesMessages(error: unknown): boolean {
  return isRefusal(error, NO_MORE_MESSAGES);
}

/**
 * One structured line per failed update: its id and kind, the pseudonymous
 * user, and the error's class, method, code and description. Never the
 * context, the config, the payload or the message text.
 */
function logUpdateError(update: Update, error: unknown, again: boolean): void {
  const fields = {
    updateId: update.update_id,
    kind: updateKind(update),
    userId: senderId(update),
    retry: again,
    ...errorFields(error),
  };
  const then = again ? ": answering 5xx, Telegram delivers it again" : "";
  if (error instanceof GrammyError) {
    log.warning(
      `Telegram refused {method} for update {updateId} ({kind}): {code} {description}${then}`,
      fields,
    );
  } else if (isTransientFailure(error)) {
    log.warning(
      `Update {updateId} ({kind}) failed for now: {errorClass}: {description}${then}`,
      fields,
    );
  } else {
    log.error(
      "Update {updateId} ({kind}) failed: {errorClass}: {description}",
      fields,
    );
  }
}

/**
 * Last resort for an error outside the boundary: the class only, nothing it
 * holds. Never throws, even if logging does: grammY would print whatever its
 * error handler throws, context and config included.
 */
function escaped(error: unknown, update: Update | undefined): void {
  try {
    log.error("Update {updateId} failed outside the error path: {errorClass}", {
      updateId: update?.update_id,
      errorClass: error instanceof Error ? error.name : typeof error,
    });
  } catch {
    // Nowhere left to report it; printing the error would print the context.
  }
}

function senderId(update: Update): number | undefined {
  return update.message?.from?.id ?? update.edited_message?.from?.id ??
    update.callback_query?.from?.id ?? update.inline_query?.from?.id ??
    update.chosen_inline_result?.from?.id;
}
