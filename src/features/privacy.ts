/**
 * Privacy controls: /privacy says what is kept and for how long, /export
 * sends it all as a JSON file, /forget deletes it all after a confirmation.
 * What belongs to a user is one list (`USER_RECORDS` in src/storage/keys.ts),
 * so a new kind of record is exported and forgotten with the rest.
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import type { CallbackQueryContext } from "grammy";
import type { Chat } from "grammy/types";
import type { Config } from "../config/config.ts";
import type { BotContext } from "../context.ts";
import { getLog } from "../logging.ts";
import { roleLimits } from "../middleware/roles.ts";
import { BURST_WINDOW_MS } from "../storage/rate_limiter.ts";
import {
  type DropPart,
  findUserRecords,
  forgetUserRecords,
  type UserRecords,
} from "../storage/user_data.ts";
import {
  releasePrivacyTurn,
  takePrivacyTurn,
} from "../storage/privacy_cooldown.ts";
import { USER_RECORDS, utcDay } from "../storage/keys.ts";
import { ignoreNotModified, sendTextFile } from "../telegram/send.ts";
import { decoded, forgetData } from "../ui/callback_data.ts";
import { forgetKeyboard } from "../ui/keyboards.ts";
import { privacyText, utcTime } from "../ui/roles_texts.ts";

const log = getLog("privacy");

/** The name of the /export file. */
export const EXPORT_FILENAME = "promptsmith-export.json";

/** The version of the /export document's shape. */
export const EXPORT_FORMAT = "promptsmith-export/1";

const composer = new FeatureComposer<BotContext>();
/** A button tapped in a private chat: the tapper is the chat. */
type PrivateCallback = CallbackQueryContext<BotContext> & {
  chat: Chat.PrivateChat;
};
const privateChats = composer.chatType("private");

composer.command("privacy", async (ctx) => {
  await ctx.reply(privacyText(ctx.t, {
    historyLimit: ctx.config.historyLimit,
    retentionDays: ctx.config.historyRetentionDays,
    encrypted: encryptionConfigured(ctx.config),
  }));
});

privateChats.command("export", async (ctx) => {
  const refusal = await privacyTurn(ctx, ctx.from.id, "export");
  if (refusal !== null) {
    await ctx.reply(refusal);
    return;
  }
  const document = await exportDocument(ctx, ctx.from.id);
  await sendTextFile(
    ctx.api,
    ctx.chat.id,
    JSON.stringify(document, jsonValue, 2),
    {
      filename: EXPORT_FILENAME,
      caption: ctx.t("export-caption", {
        when: utcTime(ctx.t, ctx.deps.clock.now()),
      }),
    },
  );
});

privateChats.command("forget", async (ctx) => {
  await ctx.reply(ctx.t("forget-confirm"), {
    reply_markup: forgetKeyboard(ctx.t),
  });
});

privateChats.callbackQuery(
  forgetData.pattern,
  decoded(forgetData, async (ctx: PrivateCallback, { answer }) => {
    if (answer === "no") {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("forget-kept")).catch(ignoreNotModified);
      return;
    }
    // Refused: said in an alert, and the question stays to be tapped again later.
    const refusal = await privacyTurn(ctx, ctx.from.id, "forget");
    await ctx.answerCallbackQuery(
      refusal === null ? undefined : { text: refusal, show_alert: true },
    );
    if (refusal !== null) return;
    let count: number;
    try {
      count = await forget(ctx, ctx.from.id);
    } catch (error) {
      // Not everything went (records kept being written): the error reply
      // says to try again, and the question keeps its buttons, so the turn
      // is given back for the next tap to run at once.
      await releasePrivacyTurn(ctx.deps.kv, ctx.from.id, "forget");
      throw error;
    }
    await ctx.editMessageText(ctx.t("forget-done", { count }))
      .catch(ignoreNotModified);
  }),
);

const groups = composer.chatType(["group", "supergroup"]);
for (const command of ["export", "forget"]) {
  groups.command(command, async (ctx) => {
    await ctx.reply(
      ctx.t("moderation-private-only", { command: `/${command}` }),
      {
        reply_parameters: {
          message_id: ctx.msg.message_id,
          allow_sending_without_reply: true,
        },
      },
    );
  });
}

/**
 * Take the user's turn at /export or /forget: `null` when it may run now,
 * else the words that say when it may run again.
 */
async function privacyTurn(
  ctx: BotContext,
  userId: number,
  action: "export" | "forget",
): Promise<string | null> {
  const turn = await takePrivacyTurn(ctx.deps.kv, userId, {
    action,
    now: ctx.deps.clock.now(),
  });
  if (turn.ok) return null;
  return ctx.t("privacy-cooldown", {
    command: `/${action}`,
    seconds: Math.max(1, Math.ceil(turn.waitMs / 1000)),
  });
}

/**
 * Delete everything kept about `userId`: their jobs first (a worker stops
 * before its next message), their history in one commit, then every other
 * record of theirs, and their questions waiting in group chats; the caches of this instance learn the deletions. The
 * audit log notes the request, pseudonymously.
 *
 * @returns how many records were deleted
 */
async function forget(ctx: BotContext, userId: number): Promise<number> {
  const { kv, jobs, history, users, sessions, auditLog, records } = ctx.deps;
  const decode = records.decodeAny.bind(records);
  const found = await findUserRecords(kv, userId, decode, USER_RECORDS);
  const count = Object.values(found).reduce((n, list) => n + list.length, 0);
  await jobs.cancelUser(userId);
  await history.clear(userId);
  // Their questions in a group chat's session go; the other members' stay.
  const dropPart: DropPart = async (kind, key) => {
    if (kind !== "session") {
      throw new TypeError(`Cannot forget a user's part of a ${kind} record`);
    }
    await sessions.changePending(Number(key[1]), userId, () => null);
  };
  try {
    await forgetUserRecords(kv, userId, decode, { dropPart });
  } finally {
    // Also when some records were left: what was deleted stays deleted, so
    // this instance's caches learn it (through the stores) and the audit log
    // notes the request.
    await users.delete(userId);
    await sessions.delete(userId);
    await auditLog.audit({ action: "forget", actorId: userId, count });
  }
  log.info("Forgot a user: {count} records", { userId, count });
  return count;
}

/** Everything kept about `userId`, as one JSON-ready object. */
async function exportDocument(ctx: BotContext, userId: number) {
  const { kv, clock, roles } = ctx.deps;
  const now = clock.now();
  const decode = ctx.deps.records.decodeAny.bind(ctx.deps.records);
  const [standing, records] = await Promise.all([
    ctx.standing?.userId === userId ? ctx.standing : roles.read(userId),
    findUserRecords(kv, userId, decode),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date(now).toISOString(),
    user: {
      id: userId,
      role: standing.role,
      access: standing.access?.status ?? null,
    },
    quotas: quotasUsed(ctx.config, standing.role, records, now),
    records: Object.fromEntries(
      Object.entries(records).map(([kind, entries]) => [
        kind,
        entries.map((entry) => ({ key: entry.key, value: entry.value })),
      ]),
    ),
  };
}

/** Prompts counted today and in the last minute, with the role's limits (null: none). */
function quotasUsed(
  config: Config,
  role: Parameters<typeof roleLimits>[1],
  records: UserRecords,
  now: number,
) {
  const limits = roleLimits(config, role);
  const today = records.rate_daily?.find((e) => e.key[2] === utcDay(now));
  const burst = records.rate_burst?.[0]?.value;
  const lastMinute = Array.isArray(burst)
    ? burst.filter((t) => typeof t === "number" && t > now - BURST_WINDOW_MS)
      .length
    : 0;
  const limit = (
    n: number | undefined,
  ) => (n === undefined || n === 0 ? null : n);
  return {
    today: {
      used: typeof today?.value === "number" ? today.value : 0,
      limit: limits === "exempt" ? null : limit(limits.dailyPerUser),
    },
    lastMinute: {
      used: lastMinute,
      limit: limits === "exempt" ? null : limit(limits.burstPerMinute),
    },
  };
}

/** JSON for KV's own types: a `Deno.KvU64` and a bigint become numbers. */
function jsonValue(_key: string, value: unknown): unknown {
  if (value instanceof Deno.KvU64) return Number(value.value);
  if (typeof value === "bigint") return Number(value);
  return value;
}

/** Whether user content is encrypted at rest: ENCRYPTION_KEYS is set. */
export function encryptionConfigured(config: Config): boolean {
  return (config.encryptionKeys?.length ?? 0) > 0;
}

export { composer as privacyFeature };
