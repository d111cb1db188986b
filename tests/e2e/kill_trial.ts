/**
 * The kill -9 trial of a multi-part answer: the real bot process streams a
 * long answer, is killed with SIGKILL a moment after Telegram accepted one of
 * its parts, and is started again on the same KV file; what the chat shows at
 * the end is compared with the parts the answer splits into. Used by
 * tests/e2e/parts_crash_test.ts (a few runs) and bench/duplicate_parts.ts
 * (many runs, to measure how often a part is sent twice).
 *
 * @module
 */
import { renderAnswer } from "../../src/ui/answer.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { parseTelegramHtml } from "../fakes/telegram_api.ts";
import { textUpdate } from "../fakes/updates.ts";
import { copyable } from "../support.ts";
import { userJobsKey } from "../../src/storage/keys.ts";
import type { Stack } from "./stack.ts";

/** Environment of both bot processes of a run. */
export const TRIAL_ENV: Readonly<Record<string, string>> = Object.freeze({
  JOB_LEASE_MS: "1000",
  // Room for the whole answer: the model is not what stops it.
  LLM_MAX_TOKENS: "16000",
});

/** One run of {@linkcode runKillTrial}. */
export interface KillRun {
  /** The sendMessage of the user (1 = the first part: a private chat streams ephemeral drafts) after which the kill was sent. */
  afterSend: number;
  /** Milliseconds between Telegram accepting that message and the kill. */
  delayMs: number;
  /** Parts the answer has. */
  parts: number;
  /** Messages (parts, the file) the chat shows more than once, counted once per extra copy. */
  duplicates: number;
  /** Numbers (from 1) of the messages shown more than once; the file comes after the parts. */
  duplicated: number[];
  /** Messages the chat does not show. */
  missing: number;
  /** The chat shows the parts in order (duplicates next to each other). */
  ordered: boolean;
}

/** Options of {@linkcode runKillTrial}. */
export interface KillTrialOptions {
  /** The user (and private chat) of this run; one per run, so runs share a stack. */
  userId: number;
  /** Kill after this sendMessage of the user: 1 is the first part (drafts are not messages). */
  afterSend: number;
  /** Pause between Telegram accepting that message and the kill. */
  delayMs: number;
  /** Parts of the answer. Default 6. */
  parts?: number;
  /** `MAX_ANSWER_PARTS` of the bot: fewer than `parts` makes the last message a file. Default 20. */
  maxAnswerParts?: number;
  /**
   * How long the fake Telegram takes before it accepts each sendMessage, as
   * a real one does (tens of milliseconds), so that the next part is not
   * accepted before the kill lands. Default 30.
   */
  telegramDelayMs?: number;
}

/** An answer that splits into `parts` parts, each tagged with its number. */
export function trialAnswer(parts: number, userId: number): string {
  const line = "Keep every step short, concrete and checkable by the reader.";
  // About 3,900 characters per part: under the limit, so parts split on the tags.
  const part = (i: number) =>
    [`Part ${i + 1} of the answer for ${userId}.`, ...Array(62).fill(line)]
      .join("\n");
  return Array.from({ length: parts }, (_, i) => part(i)).join("\n\n");
}

/**
 * Start the bot, ask for a long answer, kill it after the chosen send, start
 * it again and wait until the answer is complete.
 */
export async function runKillTrial(
  stack: Stack,
  options: KillTrialOptions,
): Promise<KillRun> {
  const { userId, afterSend, delayMs } = options;
  const parts = options.parts ?? 6;
  const cap = options.maxAnswerParts ?? 20;
  const answer = trialAnswer(parts, userId);
  // What each message offers to copy: the pieces of the prompt, in order.
  const split = renderAnswer(
    createI18n().translator("en"),
    { source: "ai", body: answer },
    { category: "general", version: 1 },
  ).parts.map((part) => copyable(parseTelegramHtml(part.html)));
  const expected = split.length > cap ? [...split.slice(0, cap), FILE] : split;
  const env = { ...TRIAL_ENV, MAX_ANSWER_PARTS: String(cap) };
  stack.llm.setReply((body) => {
    const last = body.messages?.findLast((m) => m.role === "user")?.content;
    return typeof last === "string" && last.includes(`user ${userId}`)
      ? answer
      : "unexpected request";
  });
  stack.tg.injectFault("sendMessage", {
    delayMs: options.telegramDelayMs ?? 30,
    // Both processes' messages; a leftover delays the next run's the same way.
    times: 2 * parts + 2,
  });
  const first = await stack.start(env);
  stack.tg.queueUpdate(
    textUpdate({ text: `a long checklist for user ${userId}`, userId }),
  );
  const sends = () =>
    stack.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === userId);
  await stack.tg.waitForCall(
    "sendMessage",
    (call) => sends().indexOf(call) === afterSend - 1,
    20_000,
  );
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  await first.stop("SIGKILL");
  const second = await stack.start(env);
  // The first process may have finished before the kill landed.
  await jobGone(stack.kvPath, userId);
  await second.stop("SIGTERM");
  const shown = stack.tg.messages(userId).map((m) =>
    "document" in m ? FILE : "text" in m ? copyable(m) : ""
  );
  return {
    afterSend,
    delayMs,
    parts: split.length,
    ...compare(shown, expected),
  };
}

/** How {@linkcode runKillTrial} writes a document in what the chat shows. */
const FILE = "[file]";

/** Resolves once the user has no job in progress (delivered and finished). */
async function jobGone(kvPath: string, userId: number): Promise<void> {
  using kv = await Deno.openKv(kvPath);
  const deadline = Date.now() + 30_000;
  while ((await kv.get(userJobsKey(userId))).value !== null) {
    if (Date.now() > deadline) {
      throw new Error(`The job of user ${userId} was not finished in 30 s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function compare(shown: string[], expected: string[]) {
  const trimmed = expected.map((part) => part.trim());
  const counts = trimmed.map((part) => shown.filter((s) => s === part).length);
  const deduped = shown.filter((text, i) => i === 0 || text !== shown[i - 1]);
  return {
    duplicates: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    duplicated: counts.flatMap((n, i) => (n > 1 ? [i + 1] : [])),
    missing: counts.filter((n) => n === 0).length,
    ordered: deduped.length === trimmed.length &&
      deduped.every((text, i) => text === trimmed[i]),
  };
}
