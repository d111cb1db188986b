import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { describeError, getLog } from "../logging.ts";
import { claimUpdate, releaseUpdate } from "../storage/update_claims.ts";
import { isTransientFailure } from "./update_errors.ts";

const log = getLog("dedupe");

/**
 * Handle each `update_id` at most once: a re-delivered webhook update, or one
 * fetched by two instances, is dropped by whoever claims it second. When
 * handling fails for a reason that may pass ({@linkcode isTransientFailure}),
 * the claim is released before the error goes on, so that Telegram's
 * redelivery (the webhook answered 5xx) is handled instead of dropped.
 */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const update = { botId: ctx.me.id, updateId: ctx.update.update_id };
    const first = await claimUpdate(ctx.deps.kv, update, ctx.deps.clock.now());
    if (!first) {
      log.info("Skipped update {updateId}: already handled", {
        updateId: ctx.update.update_id,
      });
      return;
    }
    try {
      await next();
    } catch (error) {
      if (isTransientFailure(error)) {
        await releaseUpdate(ctx.deps.kv, update).catch((releaseError) =>
          log.warning(
            "Cannot release update {updateId}: a redelivery is dropped: {error}",
            { updateId: update.updateId, error: describeError(releaseError) },
          )
        );
      }
      throw error;
    }
  };
}
