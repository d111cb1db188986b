import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import type { KeyStatus } from "../llm/key_pool.ts";
import { sendText } from "../telegram/send.ts";

const composer = new Composer<BotContext>();

// Anyone else falls through to the features after this one and gets what any
// unknown command gets: a hint in private chats, silence in groups.
composer.command("keys", async (ctx, next) => {
  if (!isAdmin(ctx)) return await next();
  if (ctx.chat.type !== "private") {
    await ctx.reply(
      "Use /keys in a private chat with me: key details stay out of groups.",
    );
    return;
  }
  const statuses = await ctx.deps.keyStatus?.() ?? [];
  await sendText(ctx.api, ctx.chat.id, keysText(statuses));
});

function isAdmin(ctx: BotContext): boolean {
  const id = ctx.from?.id;
  return id !== undefined && ctx.config.adminIds.includes(id);
}

/** The /keys answer: a heading, then two lines per key. */
function keysText(statuses: readonly KeyStatus[]): string {
  if (statuses.length === 0) {
    return "No LLM keys are configured: prompts are enhanced offline.";
  }
  const inService =
    statuses.filter((s) =>
      s.state === "closed" && !s.parked && s.cooldownLeftMs === 0
    ).length;
  const heading = `LLM keys: ${statuses.length}, ${inService} in service`;
  return [heading, ...statuses.map(keyLines)].join("\n\n");
}

function keyLines(status: KeyStatus): string {
  const rate = status.successRate === null
    ? "no attempts yet"
    : `${Math.round(status.successRate * 100)}% of ${status.attempts}`;
  const median = status.medianLatencyMs === null
    ? "–"
    : formatDuration(status.medianLatencyMs);
  return [
    `${status.keyHint} (${status.provider}): ${stateText(status)}`,
    `last error: ${
      status.lastErrorKind ?? "none"
    } · success: ${rate} · median: ${median}`,
  ].join("\n");
}

function stateText(status: KeyStatus): string {
  if (status.parked) return "parked until a health probe succeeds";
  const left = formatDuration(status.cooldownLeftMs);
  switch (status.state) {
    case "closed":
      return status.cooldownLeftMs > 0
        ? `cooling down, ${left} left`
        : "in service";
    case "open":
      return status.cooldownLeftMs > 0
        ? `circuit open, tested again in ${left}`
        : "circuit open, the next request tests it";
    case "half_open":
      return "half-open, being tested";
  }
}

/** "850 ms", "4.2 s", "37 s", "12 min". */
function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1_000).toFixed(1)} s`;
  if (ms < 120_000) return `${Math.round(ms / 1_000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

export { composer as adminFeature };
