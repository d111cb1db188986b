import type { MiddlewareFn } from "grammy";
import type { BotContext, UpdateClaim } from "../context.ts";
import { describeError, getLog } from "../logging.ts";
import { claimUpdate, releaseUpdate } from "../storage/update_claims.ts";
import { isTransientFailure } from "./update_errors.ts";

const log = getLog("dedupe");

/** Options of {@linkcode dedupeUpdates}. */
export interface DedupeOptions {
  /**
   * Updates whose claim is left to the handler (prompts: acceptance claims
   * the update in the same commit as the job). Such a handler calls
   * `ctx.updateClaim.claim()` before answering any other way.
   */
  defer?: (ctx: BotContext) => boolean;
  /**
   * Started right after the claim's commit, before it is awaited: reads that
   * every claimed update needs next, so that they overlap the commit. Its
   * reads are wasted only for a duplicate.
   */
  whileClaiming?: (ctx: BotContext) => void;
  /**
   * Told when a handler's own commit took the claim (a prompt's acceptance):
   * from then on the update is kept whatever follows, so whoever delivered it
   * may be answered at once.
   */
  onClaimedWith?: (ctx: BotContext) => void;
}

/**
 * Handle each `update_id` at most once: a re-delivered webhook update, or one
 * fetched by two instances, is dropped by whoever claims it second. When
 * handling fails for a reason that may pass ({@linkcode isTransientFailure}),
 * a claim this middleware took is released before the error goes on, so that
 * Telegram's redelivery (the webhook answered 5xx) is handled instead of
 * dropped; a claim taken with a job is kept, since the job was accepted.
 */
export function dedupeUpdates(
  options: DedupeOptions = {},
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const claim = updateClaim(ctx, options.onClaimedWith);
    ctx.updateClaim = claim.handle;
    const deferred = options.defer?.(ctx) ?? false;
    const claiming = deferred ? undefined : claim.handle.claim();
    if (claiming) options.whileClaiming?.(ctx);
    if (claiming && !(await claiming)) {
      log.info("Skipped update {updateId}: already handled", {
        updateId: ctx.update.update_id,
      });
      return;
    }
    try {
      await next();
    } catch (error) {
      if (claim.releasable() && isTransientFailure(error)) {
        await releaseUpdate(ctx.deps.kv, claim.handle.update).catch(
          (releaseError) =>
            log.warning(
              "Cannot release update {updateId}: a redelivery is dropped: {error}",
              {
                updateId: ctx.update.update_id,
                error: describeError(releaseError),
              },
            ),
        );
      }
      throw error;
    }
  };
}

function updateClaim(
  ctx: BotContext,
  onClaimedWith?: (ctx: BotContext) => void,
) {
  const update = { botId: ctx.me.id, updateId: ctx.update.update_id };
  let by: "none" | "middleware" | "handler" = "none";
  const handle: UpdateClaim = {
    update,
    get claimed() {
      return by !== "none";
    },
    async claim() {
      if (by !== "none") return true;
      const first = await claimUpdate(
        ctx.deps.kv,
        update,
        ctx.deps.clock.now(),
      );
      if (first) by = "middleware";
      return first;
    },
    claimedWith() {
      by = "handler";
      onClaimedWith?.(ctx);
    },
  };
  return { handle, releasable: () => by === "middleware" };
}
