import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { getLog } from "../logging.ts";
import { claimUpdate } from "../storage/update_claims.ts";

const log = getLog("dedupe");

/**
 * Handle each `update_id` at most once: a re-delivered webhook update, or one
 * fetched by two instances, is dropped by whoever claims it second.
 */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const first = await claimUpdate(
      ctx.deps.kv,
      { botId: ctx.me.id, updateId: ctx.update.update_id },
      ctx.deps.clock.now(),
    );
    if (!first) {
      log.info("Skipped update {updateId}: already handled", {
        updateId: ctx.update.update_id,
      });
      return;
    }
    await next();
  };
}
