/**
 * An in-process bot against the fake Telegram API, with KV in memory: for
 * feature tests that drive single updates through `bot.handleUpdate`.
 *
 * @module
 */
import { type App, type AppOverrides, createApp } from "../../src/app.ts";
import type { UpdateOutcome } from "../../src/bot.ts";
import type { Clock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config/config.ts";
import type { BotDeps } from "../../src/context.ts";
import type { RecordsRuntime } from "../../src/jobs/records.ts";
import type { LlmProvider } from "../../src/llm/provider.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram_api.ts";
import type { UpdateDraft } from "../fakes/telegram_api.ts";
import { copyable } from "../support.ts";

/** A bot under test; dispose it to close KV and the fake. */
export interface FeatureHarness extends AsyncDisposable {
  tg: FakeTelegram;
  deps: BotDeps;
  /** The whole app, for its HTTP handler and telemetry. */
  app: App;
  /** The record layer: the start-up key check, the record walk. */
  records: RecordsRuntime;
  /** Handle one update and the jobs it started, to the end (the fake learns its chat first). */
  send(update: UpdateDraft, options?: { waitForJobs?: boolean }): Promise<void>;
  /** Hand one update to the bot as the webhook does (the fake learns its chat first); no waiting for jobs. */
  handle(update: UpdateDraft): Promise<UpdateOutcome>;
  /** Texts the chat shows now, edits applied. */
  /** What each of the bot's messages in the chat offers to copy: an answer's prompt, else its text. */
  shown(chatId: number): string[];
  /** Each of the bot's messages in the chat as the user reads it. */
  texts(chatId: number): string[];
}

let nextUpdateId = 1;

/** Where a harness bot talks to and what it stores in. */
export interface HarnessOptions {
  /** A shared fake Telegram (several bots); one of its own otherwise, closed with the harness. */
  tg?: FakeTelegram;
  /** A KV file shared with other harnesses; in memory otherwise. */
  kvPath?: string;
  instanceId?: string;
  /** The bot's clock; by default one that moves 10 ms per reading. */
  clock?: Clock;
  /** Wraps the bot's KV, e.g. to count its reads and commits. */
  wrapKv?: (kv: Deno.Kv) => Deno.Kv;
  /** Speech to text; by default as the configuration says (none without keys). */
  transcriber?: AppOverrides["transcriber"];
}

/**
 * Build a bot with `llm` (null: offline only; a function: built on the bot's
 * KV, e.g. a key pool whose health the bot's instance shares) and extra env
 * variables.
 */
export async function startFeatureBot(
  llmOrFactory: NonNullable<AppOverrides["llm"]> | null,
  env: Record<string, string> = {},
  options: HarnessOptions = {},
): Promise<FeatureHarness> {
  const tg = options.tg ?? startFakeTelegram();
  const raw = await Deno.openKv(options.kvPath ?? ":memory:");
  const kv = options.wrapKv?.(raw) ?? raw;
  const config = loadConfig({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    HISTORY_LIMIT: "20",
    // Limits are off unless a test sets them: most tests send many prompts quickly.
    RATE_LIMIT_PER_MINUTE: "0",
    DAILY_QUOTA: "0",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    ...env,
  });
  let now = 1_764_000_000_000;
  const app = createApp(config, kv, {
    clock: options.clock ?? { now: () => (now += 10) },
    // A broadcast's pace moves the clock instead of waiting.
    sleep: options.clock ? undefined : (ms) => {
      now += ms;
      return Promise.resolve();
    },
    llm: llmOrFactory,
    instanceId: options.instanceId ?? "test-instance",
    botInfo: tg.botInfo,
    // Telegram's failures are retried as in production, without the waits.
    apiRetry: { sleep: () => Promise.resolve() },
    transcriber: options.transcriber,
  });
  const { bot, deps } = app;
  const jobs = deps.jobs;
  return {
    tg,
    deps,
    app,
    records: app.records,
    async send(update, { waitForJobs = true } = {}) {
      const full = { ...update, update_id: update.update_id ?? nextUpdateId++ };
      tg.rememberUpdate(full);
      await bot.handleUpdate(full);
      if (waitForJobs && !(await jobs.drain(10_000))) {
        throw new Error("Jobs still running after 10 s");
      }
    },
    handle(update) {
      const full = { ...update, update_id: update.update_id ?? nextUpdateId++ };
      tg.rememberUpdate(full);
      return app.handleUpdate(full);
    },
    shown(chatId) {
      return tg.messages(chatId).map((m) => copyable("text" in m ? m : {}));
    },
    texts(chatId) {
      return tg.messages(chatId).map((m) => ("text" in m ? m.text ?? "" : ""));
    },
    async [Symbol.asyncDispose]() {
      await deps.broadcasts.stop(10_000);
      await jobs.stop(10_000);
      raw.close();
      if (!options.tg) await tg.close();
    },
  };
}

/** How long a test waits for the first request of a {@linkcode blocking} provider. */
const STARTED_WITHIN_MS = 10_000;

/**
 * A provider whose answers wait until `release()`: a job stays running (the
 * user stays busy) for as long as a test needs. `started` resolves when the
 * first request arrives, and rejects when none came within 10 s (the prompt
 * was not accepted, or its job never ran): the test fails with that instead
 * of waiting forever while the bot's timers keep it alive.
 */
export function blocking(
  text = "SLOW ANSWER",
): LlmProvider & { release(): void; started: Promise<void>; calls: number } {
  const gate = Promise.withResolvers<void>();
  const started = Promise.withResolvers<void>();
  const provider = {
    calls: 0,
    release: () => gate.resolve(),
    get started(): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `The LLM was not asked within ${STARTED_WITHIN_MS} ms: the prompt was not accepted, or its job did not run`,
              ),
            ),
          STARTED_WITHIN_MS,
        );
        started.promise.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    async complete() {
      provider.calls++;
      started.resolve();
      await gate.promise;
      return { text, model: "m", keyHint: "…k" };
    },
  };
  return provider;
}

/** A provider that answers `text`, streaming it in two chunks. */
export function answering(text: string): LlmProvider & { calls: number } {
  const provider = {
    calls: 0,
    complete(request: Parameters<LlmProvider["complete"]>[0]) {
      provider.calls++;
      const half = Math.floor(text.length / 2);
      request.onDelta?.(text.slice(0, half));
      request.onDelta?.(text.slice(half));
      return Promise.resolve({ text, model: "fake-model", keyHint: "…fake" });
    },
  };
  return provider;
}

/**
 * The same update posted in forum topic `threadId`: its message, or the
 * message a callback query's button hangs off, becomes a topic message.
 */
export function inTopic(update: UpdateDraft, threadId: number): UpdateDraft {
  const moved = structuredClone(update);
  const message = moved.message ?? moved.callback_query?.message;
  if (message === undefined) {
    throw new TypeError("Cannot move an update to a topic: it has no message");
  }
  Object.assign(message, {
    is_topic_message: true,
    message_thread_id: threadId,
  });
  return moved;
}
