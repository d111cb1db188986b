/**
 * KV work per update kind: read rounds (`get` / `getMany`), `list` calls and
 * commits (atomic commits, `set` and `delete`) of one update through the real
 * wiring (createApp), counted with the counting KV wrapper of
 * tests/support.ts. The table in docs/SCALING.md is this script's output, and
 * tests/scaling_test.ts fails when the two differ.
 *
 * ```sh
 * deno run -A bench/kv_per_update.ts
 * ```
 *
 * Each kind runs on a fresh bot whose user has been seen before (a `/start`
 * first, not counted), with the read cache off (CACHE_TTL_MS=0): what an
 * instance that has not seen the user lately does. The cache only removes
 * reads of the profile and the session.
 *
 * @module
 */
import type { UpdateDraft } from "../tests/fakes/telegram_api.ts";
import { callbackUpdate, textUpdate } from "../tests/fakes/updates.ts";
import { createLlmStack } from "../src/llm/factory.ts";
import type { LlmProvider } from "../src/llm/provider.ts";
import { startFakeLlm } from "../tests/fakes/llm_api.ts";
import {
  answering,
  blocking,
  type FeatureHarness,
  startFeatureBot,
} from "../tests/features/harness.ts";
import { countingKv, type KvCounts } from "../tests/support.ts";

/** One row of the table. */
export interface KvCost extends KvCounts {
  /** What the update is, as the table names it. */
  kind: string;
}

const USER = 4_242;

/** What a scenario's bot asks: a provider (null: offline), or one built on the bot's KV. */
interface Llm {
  provider: LlmProvider | null | ((kv: Deno.Kv) => LlmProvider);
  /** A blocking provider's: let its answer go. */
  release?: () => void;
  /** A blocking provider's: its first request arrived. */
  started?: Promise<void>;
  close?: () => Promise<void>;
}

function simple(provider: LlmProvider | null): Llm {
  return { provider };
}

/** The real key pool with one key, against the fake LLM server over HTTP. */
function keyPool(): Llm {
  const fake = startFakeLlm();
  fake.setKeyBehavior(POOL_KEY, "ok");
  fake.setReply("<prompt>A POOLED ANSWER</prompt>");
  return {
    provider: (kv) =>
      createLlmStack({
        providers: [{
          name: "primary",
          baseUrl: fake.baseUrl,
          apiKeys: [POOL_KEY],
          model: "fake-model",
        }],
        timeoutMs: 10_000,
        deadlineMs: 10_000,
        firstTokenMs: 10_000,
        probe: "models",
        retryAfterMaxMs: 600_000,
      }, { kv }).provider!,
    close: () => fake.close(),
  };
}

const POOL_KEY = "sk-kv-cost-pool-key-0001";

/** How one kind is measured: set up (not counted), then what is. */
interface Scenario {
  kind: string;
  env?: Record<string, string>;
  /** Default: one that answers at once. */
  llm?: () => Llm;
  setup?: (h: FeatureHarness, llm: Llm) => Promise<void>;
  /** The update counted, with the jobs it starts, to the end. */
  update?: () => UpdateDraft;
  /** Or something else counted (a cron's work). */
  run?: (h: FeatureHarness) => Promise<unknown>;
}

/** A provider that waits until released: its job stays running. */
function held(): Llm {
  const provider = blocking();
  return { provider, release: provider.release, started: provider.started };
}

const text = (value: string, updateId?: number) =>
  textUpdate({ text: value, userId: USER, updateId });

const SCENARIOS: readonly Scenario[] = [
  { kind: "`/start`", update: () => text("/start") },
  { kind: "`/help`", update: () => text("/help") },
  { kind: "`/history`", update: () => text("/history") },
  {
    kind: "`/help` of a sender with a profile, guessed absent (a miss)",
    setup: async (h) => {
      await h.deps.users.setPreferences(USER, { language: "de" });
    },
    update: () => text("/help"),
  },
  {
    kind: "`/help` of a sender with a profile, once most senders have one",
    setup: async (h) => {
      await h.deps.users.setPreferences(USER, { language: "de" });
      // Commands that all find a profile: the bot stops guessing.
      for (let i = 0; i < 12; i++) await h.send(text("/help"));
    },
    update: () => text("/help"),
  },
  {
    kind: "a category button (`/category` → tap)",
    update: () =>
      callbackUpdate({
        data: "category:set:coding",
        userId: USER,
        chatId: USER,
        messageId: 1,
      }),
  },
  {
    kind:
      "a prompt, accepted into the queue (every limit on: too many keys to guess)",
    env: {
      RATE_LIMIT_PER_MINUTE: "5",
      DAILY_QUOTA: "50",
      GLOBAL_RATE_LIMIT_PER_MINUTE: "60",
    },
    llm: held,
    // The user's first prompt is being written: this one waits behind it.
    setup: async (h, llm) => {
      await h.send(text("first idea"), { waitForJobs: false });
      await llm.started;
    },
    update: () => text("a logo for a bakery"),
  },
  {
    kind:
      "a new user's prompt, waiting for a free slot (no global cap; per-user limits on)",
    env: {
      RATE_LIMIT_PER_MINUTE: "5",
      DAILY_QUOTA: "50",
      GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
      JOBS_CONCURRENCY: "1",
    },
    llm: held,
    // Another user's prompt takes the one slot; this user has stored nothing.
    setup: async (h, llm) => {
      await h.send(textUpdate({ text: "first idea", userId: USER + 1 }), {
        waitForJobs: false,
      });
      await llm.started;
    },
    update: () => text("a logo for a bakery"),
  },
  {
    kind: "a prompt, answered end to end (a provider without key health)",
    update: () => text("a logo for a bakery"),
  },
  {
    kind: "a prompt, answered end to end by the key pool (one key)",
    llm: keyPool,
    update: () => text("a logo for a bakery"),
  },
  {
    kind: "a prompt, answered offline (no LLM keys)",
    llm: () => simple(null),
    update: () => text("a logo for a bakery"),
  },
  {
    kind: "a prompt refused by the rate limit (first refusal)",
    env: { RATE_LIMIT_PER_MINUTE: "1" },
    setup: async (h) => await h.send(text("first idea")),
    update: () => text("second idea"),
  },
  {
    kind: "a redelivered prompt (same `update_id`)",
    setup: async (h) => await h.send(text("an idea", 77_000_001)),
    update: () => text("an idea", 77_000_001),
  },
  {
    kind: "a redelivered command (same `update_id`)",
    setup: async (h) => await h.send(text("/help", 77_000_002)),
    update: () => text("/help", 77_000_002),
  },
  {
    kind:
      "the job sweep cron, nothing to take over (per instance, every minute)",
    run: (h) => h.deps.jobs.recover(),
  },
];

/** Measure every kind; each on a bot of its own. */
export async function measureKvPerUpdate(): Promise<KvCost[]> {
  const costs: KvCost[] = [];
  for (const scenario of SCENARIOS) costs.push(await measure(scenario));
  return costs;
}

async function measure(scenario: Scenario): Promise<KvCost> {
  let counting: ReturnType<typeof countingKv> | undefined;
  const llm = scenario.llm?.() ?? simple(answering("AN ANSWER"));
  await using h = await startFeatureBot(llm.provider, {
    CACHE_TTL_MS: "0",
    ...scenario.env,
  }, { wrapKv: (kv) => (counting = countingKv(kv)).kv });
  await h.send(text("/start"));
  await scenario.setup?.(h, llm);
  // The heartbeat's first beat belongs to start-up, not to the update.
  await h.deps.jobs.start();
  counting!.reset();
  if (scenario.update) {
    // A job already running (a blocking LLM) is not waited for: it is not counted.
    await h.send(scenario.update(), { waitForJobs: llm.release === undefined });
  } else await scenario.run?.(h);
  const counts = { ...counting!.counts };
  llm.release?.();
  await h.deps.jobs.drain(10_000);
  await llm.close?.();
  return { kind: scenario.kind, ...counts };
}

/** The costs as the Markdown table of docs/SCALING.md. */
export function costTable(costs: readonly KvCost[]): string {
  const rows = costs.map((c) =>
    `| ${c.kind} | ${c.reads} | ${c.lists} | ${c.commits} |`
  );
  return [
    "| update | read rounds | lists | commits |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

if (import.meta.main) console.log(costTable(await measureKvPerUpdate()));
