import type { MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../context.ts";
import { getLog } from "../logging.ts";

const log = getLog("update");

/**
 * Log one structured line per update: id, kind, pseudonymous user (the log sink
 * pseudonymizes `userId` and `chatId`), duration. Never the message text.
 */
export function updateLog(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    const kind = updateKind(ctx.update);
    try {
      await next();
    } finally {
      log.debug("Handled update {updateId} ({kind}) in {ms} ms", {
        updateId: ctx.update.update_id,
        kind,
        userId: ctx.from?.id,
        chatId: ctx.chat?.id,
        chatType: ctx.chat?.type,
        ms: Math.round(performance.now() - started),
      });
    }
  };
}

/** The kind of an update: its one field besides `update_id`, e.g. `"message"`. */
export function updateKind(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
}
