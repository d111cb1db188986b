import type { MiddlewareFn } from "grammy";
import type { BotContext, UpdateClaim } from "../context.ts";
import { describeError, getLog } from "../logging.ts";
import { AbsenceGuess } from "../storage/absence_guess.ts";
import {
  claimUpdate,
  claimUpdateGuessingAbsent,
  releaseUpdate,
} from "../storage/update_claims.ts";
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
   * The keys every claimed update reads next (the sender's profile, role and
   * access), read with the claim and handed on as `ctx.standingPrefetch`.
   * While most of these reads find nothing (new senders: see
   * {@linkcode AbsenceGuess}), they are guessed absent and the claim's own
   * commit checks that they are, so the update costs one commit and no read;
   * otherwise they are read while the claim commits, so that the two take
   * one round trip between them.
   */
  standingKeys?: (ctx: BotContext) => Deno.KvKey[] | undefined;
  /**
   * Keys the update's handler reads first (a /history command's history
   * record: `historyKeys`), read or guessed absent with the standing keys
   * and handed on as `ctx.handlerRead`; only for updates with standing keys.
   */
  handlerKeys?: (ctx: BotContext) => Deno.KvKey[] | undefined;
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
  // One per bot: how often the standing read of a claimed update finds nothing.
  const guess = new AbsenceGuess();
  return async (ctx, next) => {
    const claim = updateClaim(ctx, options.onClaimedWith);
    ctx.updateClaim = claim.handle;
    const deferred = options.defer?.(ctx) ?? false;
    if (!deferred && !(await claimWithStanding(ctx, claim, options, guess))) {
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

/**
 * Take the claim of an update, and read its standing keys in the same trip
 * (`DedupeOptions.standingKeys`): guessed absent in the claim's commit while
 * that pays off, else read while the claim commits; the handler's first
 * keys (`DedupeOptions.handlerKeys`) with them.
 *
 * @returns whether this caller claimed it
 */
async function claimWithStanding(
  ctx: BotContext,
  claim: ReturnType<typeof updateClaim>,
  options: DedupeOptions,
  guess: AbsenceGuess,
): Promise<boolean> {
  const standing = options.standingKeys?.(ctx);
  if (standing === undefined) return await claim.handle.claim();
  const handlerKeys = options.handlerKeys?.(ctx);
  const keys = handlerKeys ? [...standing, ...handlerKeys] : standing;
  const hand = (read: Promise<Deno.KvEntryMaybe<unknown>[]>) => {
    if (!handlerKeys) {
      ctx.standingPrefetch = read;
      return;
    }
    ctx.standingPrefetch = read.then((all) => all.slice(0, standing.length));
    ctx.handlerRead = read.then((all) => all.slice(standing.length));
    // A duplicate takes neither, nor a refused sender the handler's: a
    // failed read must not go unhandled (who takes one sees its error).
    ctx.standingPrefetch.catch(() => {});
    ctx.handlerRead.catch(() => {});
  };
  if (guess.worthIt) {
    const outcome = await claim.claimGuessing(keys);
    if (!outcome.claimed) return false;
    guess.observeRead(outcome.entries);
    hand(Promise.resolve(outcome.entries));
    return true;
  }
  const claiming = claim.handle.claim();
  const reading = ctx.deps.kv.getMany(keys);
  // A duplicate never reads it: its failure must not go unhandled.
  reading.then((entries) => guess.observeRead(entries), () => {});
  hand(reading);
  return await claiming;
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
  return {
    handle,
    releasable: () => by === "middleware",
    /** The first claim, by the middleware, with the standing keys guessed absent. */
    async claimGuessing(keys: readonly Deno.KvKey[]) {
      const outcome = await claimUpdateGuessingAbsent(ctx.deps.kv, update, {
        now: ctx.deps.clock.now(),
        keys,
      });
      if (outcome.claimed) by = "middleware";
      return outcome;
    },
  };
}
