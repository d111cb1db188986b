import assert from "node:assert/strict";
import { loadConfig } from "../../src/config/config.ts";
import { createLlmStack } from "../../src/llm/factory.ts";
import type { KeyStatus } from "../../src/llm/key_pool.ts";
import { DEFAULT_GROUP_ID, textUpdate } from "../fakes/updates.ts";
import { en } from "../support.ts";
import { startFeatureBot } from "./harness.ts";

const ADMIN = 1001;
const USER = 2002;

const STATUSES: KeyStatus[] = [
  {
    provider: "primary",
    keyHint: "…1111",
    state: "closed",
    parked: false,
    cooldownLeftMs: 0,
    lastErrorKind: null,
    successRate: 0.95,
    attempts: 20,
    medianLatencyMs: 840,
    lastSuccessAt: 1,
  },
  {
    provider: "primary",
    keyHint: "…2222",
    state: "open",
    parked: true,
    cooldownLeftMs: 0,
    lastErrorKind: "auth",
    successRate: 0,
    attempts: 1,
    medianLatencyMs: null,
    lastSuccessAt: null,
  },
  {
    provider: "groq",
    keyHint: "…3333",
    state: "closed",
    parked: false,
    cooldownLeftMs: 12_400,
    lastErrorKind: "rate_limit",
    successRate: 0.5,
    attempts: 4,
    medianLatencyMs: 1_234,
    lastSuccessAt: 1,
  },
  {
    provider: "groq",
    keyHint: "…4444",
    state: "open",
    parked: false,
    cooldownLeftMs: 180_000,
    lastErrorKind: "server",
    successRate: null,
    attempts: 0,
    medianLatencyMs: null,
    lastSuccessAt: null,
  },
];

/** The whole bot (the real wiring) with `keyStatus` as the LLM stack's key report. */
function startAdminBot(keyStatus?: () => Promise<KeyStatus[]>) {
  return startFeatureBot({
    provider: null,
    keyStatus: keyStatus ?? (() => Promise.resolve([])),
    runHealthCheck: () =>
      Promise.resolve({ probed: [], skipped: 0, failed: 0 }),
  }, { ADMIN_IDS: String(ADMIN) });
}

Deno.test("/keys shows an admin every key: masked, provider, state, cooldown, last error, success, median", async () => {
  let calls = 0;
  await using h = await startAdminBot(() => {
    calls++;
    return Promise.resolve(STATUSES);
  });
  await h.send(textUpdate({ text: "/keys", userId: ADMIN }));
  assert.equal(calls, 1);
  assert.deepEqual(h.shown(ADMIN), [
    [
      "LLM keys: 4, 1 in service",
      "",
      "…1111 (primary): in service",
      "last error: none · success: 95% of 20 · median: 840 ms",
      "",
      "…2222 (primary): parked until a health probe succeeds",
      "last error: auth · success: 0% of 1 · median: –",
      "",
      "…3333 (groq): cooling down, 12 sec left",
      "last error: rate_limit · success: 50% of 4 · median: 1.2 sec",
      "",
      "…4444 (groq): circuit open, tested again in 3 min",
      "last error: server · success: no attempts yet · median: –",
      "",
      // The record layer's line follows the keys (tests/features/records_test.ts).
      en("records-encryption-off"),
    ].join("\n"),
  ]);
});

Deno.test("/keys lists the keys of a real LLM stack by their last 4 characters only", async () => {
  using kv = await Deno.openKv(":memory:");
  const keys = ["sk-live-secret-key-aaaa1111", "sk-live-secret-key-bbbb2222"];
  const llm = loadConfig({
    BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    LLM_BASE_URL: "http://127.0.0.1:9/v1",
    LLM_API_KEYS: keys.join(","),
  }).llm;
  const stack = createLlmStack(llm, { kv });
  await using h = await startAdminBot(stack.keyStatus);
  await h.send(textUpdate({ text: "/keys", userId: ADMIN }));
  const [text] = h.shown(ADMIN);
  assert.match(text, /^LLM keys: 2, 2 in service/);
  assert.match(text, /…1111 \(primary\): in service/);
  assert.match(text, /…2222 \(primary\): in service/);
  for (const key of keys) assert.ok(!text.includes(key.slice(0, -4)));
});

Deno.test("/keys shows a key being tested as half-open", async () => {
  await using h = await startAdminBot(() =>
    Promise.resolve([{ ...STATUSES[0], state: "half_open" as const }])
  );
  await h.send(textUpdate({ text: "/keys", userId: ADMIN }));
  assert.match(h.shown(ADMIN)[0], /…1111 \(primary\): half-open, being tested/);
});

Deno.test("/keys from a non-admin gets the unknown-command answer in private and silence in groups", async () => {
  let calls = 0;
  await using h = await startAdminBot(() => {
    calls++;
    return Promise.resolve(STATUSES);
  });
  await h.send(textUpdate({ text: "/keys", userId: USER }));
  assert.deepEqual(h.shown(USER), [en("unknown-command")]);
  await h.send(
    textUpdate({ text: "/keys", userId: USER, chatType: "group" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), []);
  assert.equal(calls, 0);
});

Deno.test("/keys in a group tells an admin to ask in private, without key details", async () => {
  await using h = await startAdminBot(() => Promise.resolve(STATUSES));
  await h.send(
    textUpdate({ text: "/keys", userId: ADMIN, chatType: "group" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), [en("keys-private-only")]);
});

Deno.test("/keys says the bot runs offline when no key is configured", async () => {
  await using h = await startAdminBot(undefined);
  await h.send(textUpdate({ text: "/keys", userId: ADMIN }));
  assert.deepEqual(h.shown(ADMIN), [
    `${en("keys-none")}\n\n${en("records-encryption-off")}`,
  ]);
});
