import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { updateKind } from "./update_log.ts";

/**
 * Count and time each update by kind, and run it in a span `update` (the
 * root of the trace its job, LLM and Telegram calls continue), with
 * pseudonymous ids only.
 */
export function observeUpdates(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const { metrics, tracing } = ctx.deps;
    const kind = updateKind(ctx.update);
    const started = performance.now();
    return tracing.span("update", {
      "update.id": ctx.update.update_id,
      "update.kind": kind,
      "user.id": ctx.from?.id,
      "chat.id": ctx.chat?.id,
      "chat.type": ctx.chat?.type,
    }, async () => {
      try {
        await next();
      } finally {
        metrics.updates.inc({ kind });
        metrics.updateDuration.observe(
          { kind },
          (performance.now() - started) / 1000,
        );
      }
    }, { parent: null });
  };
}
