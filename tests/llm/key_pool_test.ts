import assert from "node:assert/strict";
import { runKeyHealthCheck } from "../../src/llm/key_health.ts";
import { recordFailure } from "../../src/llm/circuit.ts";
import {
  KeyPool,
  type KeyPoolOptions,
  type PooledKey,
} from "../../src/llm/key_pool.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import { KeyHealthStore } from "../../src/llm/key_health_store.ts";
import { type FakeLlm, startFakeLlm } from "../fakes/llm_api.ts";
import {
  chatKeys,
  instantSleep,
  type ManualClock,
  manualClock,
  pooledKey,
  probeKeys,
} from "./pool_helpers.ts";

const KEY_A = "sk-pool-key-aaaaaaaa1111";
const KEY_B = "sk-pool-key-bbbbbbbb2222";
const KEY_C = "sk-pool-key-cccccccc3333";
const MESSAGES = [{
  role: "user" as const,
  content: "a poster for a jazz night",
}];
const ANSWER = "AI-ENHANCED PROMPT:\na poster for a jazz night";

interface Setup {
  pool: KeyPool;
  keys: PooledKey[];
  store: KeyHealthStore;
  clock: ManualClock;
  /** Every wait between rounds, in milliseconds. */
  waits: number[];
}

/** A pool over `apiKeys` on the fake, with a manual clock and an instant sleep. */
function setUp(
  kv: Deno.Kv,
  llm: FakeLlm,
  apiKeys: string[],
  options: Partial<KeyPoolOptions> = {},
): Setup {
  const clock = manualClock();
  const waits: number[] = [];
  const store = new KeyHealthStore(kv);
  const keys = apiKeys.map((apiKey) =>
    pooledKey(apiKey, { baseUrl: llm.baseUrl, clock })
  );
  const pool = new KeyPool(keys, {
    store,
    clock,
    sleep: instantSleep(clock, waits),
    random: () => 0.5,
    deadlineMs: 60_000,
    firstTokenMs: 20_000,
    ...options,
  });
  return { pool, keys, store, clock, waits };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ProviderError, `not a ProviderError: ${error}`);
    return error;
  }
  assert.fail("expected the call to fail");
}

Deno.test("keyPool.complete() spreads requests over healthy keys, least recently used first", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setDefaultBehavior("ok");
  const { pool } = setUp(kv, llm, [KEY_A, KEY_B, KEY_C]);
  for (let i = 0; i < 6; i++) {
    const result = await pool.complete({ messages: MESSAGES });
    assert.equal(result.text, ANSWER);
  }
  assert.deepEqual(chatKeys(llm), [
    KEY_A,
    KEY_B,
    KEY_C,
    KEY_A,
    KEY_B,
    KEY_C,
  ]);
});

Deno.test("keyPool.complete() calls a 401 key once, then skips it until a probe succeeds", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 401 });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool, keys, store, clock } = setUp(kv, llm, [KEY_A, KEY_B]);
  for (let i = 0; i < 5; i++) {
    const result = await pool.complete({ messages: MESSAGES });
    assert.equal(result.keyHint, "…2222");
    clock.advance(3_600_000); // no amount of time brings a refused key back
  }
  assert.deepEqual(chatKeys(llm), [KEY_A, ...Array(5).fill(KEY_B)]);
  const parked = await store.get(keys[0].id);
  assert.equal(parked.parked, true);
  assert.equal(parked.lastErrorKind, "auth");

  // The job probes it; still refused, so it stays parked and unused.
  await runKeyHealthCheck({ keys, store, clock });
  await pool.complete({ messages: MESSAGES });
  assert.deepEqual(probeKeys(llm), [KEY_A]);
  assert.equal(chatKeys(llm).filter((key) => key === KEY_A).length, 1);

  // Topped up: the next probe re-enables it, and it serves again.
  llm.setKeyBehavior(KEY_A, "ok");
  await runKeyHealthCheck({ keys, store, clock });
  assert.deepEqual(probeKeys(llm), [KEY_A, KEY_A]);
  const result = await pool.complete({ messages: MESSAGES });
  assert.equal(result.keyHint, "…1111");
});

Deno.test("keyPool.complete() parks a key without balance (402) like a refused one", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 402 });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool, keys, store } = setUp(kv, llm, [KEY_A, KEY_B]);
  await pool.complete({ messages: MESSAGES });
  await pool.complete({ messages: MESSAGES });
  assert.deepEqual(chatKeys(llm), [KEY_A, KEY_B, KEY_B]);
  assert.equal((await store.get(keys[0].id)).parked, true);
});

Deno.test("keyPool.complete() records why a key was refused: no balance (402, insufficient_quota) or not", async (t) => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_B, "ok");
  const cases = [
    // A 402 means no balance whatever its body says (DeepSeek: a generic code).
    {
      behavior: {
        status: 402,
        code: "invalid_request_error",
        type: "unknown_error",
      },
      code: "insufficient_quota",
    },
    // OpenAI: 429 with code and type insufficient_quota.
    {
      behavior: {
        status: 429,
        code: "insufficient_quota",
        type: "insufficient_quota",
      },
      code: "insufficient_quota",
    },
    {
      behavior: { status: 403, code: "insufficient_quota" },
      code: "insufficient_quota",
    },
    // Refused for another reason: its own code, no balance problem.
    {
      behavior: { status: 403, code: "model_not_found" },
      code: "model_not_found",
    },
  ];
  for (const { behavior, code } of cases) {
    await t.step(`${behavior.status} ${behavior.code ?? ""}`, async () => {
      using kv = await Deno.openKv(":memory:");
      llm.setKeyBehavior(KEY_A, behavior);
      const { pool, keys, store } = setUp(kv, llm, [KEY_A, KEY_B]);
      assert.equal(
        (await pool.complete({ messages: MESSAGES })).keyHint,
        "…2222",
      );
      const health = await store.get(keys[0].id);
      assert.equal(health.parked, true);
      assert.equal(health.lastErrorKind, "auth");
      assert.equal(health.lastErrorCode, code);
    });
  }
});

Deno.test("keyPool.complete() does not hold the request's deadline against a slow key still streaming", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  using kv = await Deno.openKv(":memory:");
  // 25 chunks of 4 characters, 20 ms apart: about half a second per answer.
  llm.setReply("slow but steady ".repeat(6) + "and finally done.");
  llm.setKeyBehavior(KEY_A, { slow: { chunkDelayMs: 20 } });
  const { pool, keys, store } = setUp(kv, llm, [KEY_A], {
    deadlineMs: 150,
    firstTokenMs: 100,
  });
  for (let i = 0; i < 4; i++) {
    const shown: string[] = [];
    let resets = 0;
    const error = await failure(pool.complete({
      messages: MESSAGES,
      onDelta: (chunk) => shown.push(chunk),
      onReset: () => resets++,
    }));
    // For the user nothing changes: the request ends at the deadline.
    assert.equal(error.kind, "unavailable");
    assert.match(
      error.message,
      /^Cannot complete chat: the deadline of 150ms passed$/,
    );
    assert.ok(
      shown.length > 0,
      "the key was streaming when the deadline cut it",
    );
    assert.equal(resets, 0);
  }
  assert.equal(
    chatKeys(llm).length,
    4,
    "a slow key is never taken out of service",
  );
  const health = await store.get(keys[0].id);
  assert.equal(health.rev, 0, "nothing recorded against the key");
  assert.equal(health.state, "closed");

  llm.setKeyBehavior(KEY_A, "ok");
  assert.equal((await pool.complete({ messages: MESSAGES })).keyHint, "…1111");
});

Deno.test("keyPool.complete() gives back a half-open key the request's deadline cut, without a failure", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { slow: { chunkDelayMs: 200 } });
  const { pool, keys, store, clock } = setUp(kv, llm, [KEY_A], {
    deadlineMs: 100,
    firstTokenMs: 1_000,
  });
  await openAndDue(store, keys[0], clock.now());
  const before = await store.get(keys[0].id);
  const error = await failure(pool.complete({ messages: MESSAGES }));
  assert.match(error.message, /the deadline of 100ms passed/);
  const after = await store.get(keys[0].id);
  assert.equal(after.state, "open");
  assert.equal(after.consecutiveFailures, before.consecutiveFailures);
  assert.equal(
    after.cooldownUntil,
    before.cooldownUntil,
    "due for a trial at once",
  );

  llm.setKeyBehavior(KEY_A, "ok");
  assert.equal((await pool.complete({ messages: MESSAGES })).keyHint, "…1111");
  assert.equal((await store.get(keys[0].id)).state, "closed");
});

Deno.test("keyPool.complete() holds the attempt's own timeout (LLM_TIMEOUT_MS) against a slow key", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { slow: { chunkDelayMs: 50 } });
  llm.setKeyBehavior(KEY_B, "ok");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const keys = [
    pooledKey(KEY_A, { baseUrl: llm.baseUrl, clock, timeoutMs: 120 }),
    pooledKey(KEY_B, { baseUrl: llm.baseUrl, clock }),
  ];
  const pool = new KeyPool(keys, {
    store,
    clock,
    sleep: instantSleep(clock, []),
    deadlineMs: 60_000,
    firstTokenMs: 20_000,
  });
  assert.equal((await pool.complete({ messages: MESSAGES })).keyHint, "…2222");
  const health = await store.get(keys[0].id);
  assert.equal(health.lastErrorKind, "timeout");
  assert.equal(health.consecutiveFailures, 1);
});

/** Write an open circuit whose cooldown is over at the clock's time. */
async function openAndDue(
  store: KeyHealthStore,
  key: PooledKey,
  now: number,
): Promise<void> {
  await store.update(key.id, (health) => {
    let next = health;
    for (let i = 0; i < 3; i++) {
      next = recordFailure(next, { at: now - 60_000, kind: "server" });
    }
    return next;
  });
}

Deno.test("keyPool.complete() honours Retry-After: the key sits out exactly that long", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 429, retryAfterSeconds: 30 });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool, clock, waits } = setUp(kv, llm, [KEY_A, KEY_B]);
  assert.equal((await pool.complete({ messages: MESSAGES })).keyHint, "…2222");
  clock.advance(29_999);
  assert.equal((await pool.complete({ messages: MESSAGES })).keyHint, "…2222");
  llm.setKeyBehavior(KEY_A, "ok");
  clock.advance(1);
  assert.equal((await pool.complete({ messages: MESSAGES })).keyHint, "…1111");
  assert.deepEqual(chatKeys(llm), [KEY_A, KEY_B, KEY_B, KEY_A]);
  assert.deepEqual(waits, [], "a rate limit moves on to the next key at once");
});

Deno.test("keyPool.complete() is unavailable at once while the only key waits out Retry-After", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 429, retryAfterSeconds: 30 });
  const { pool, clock, waits } = setUp(kv, llm, [KEY_A]);
  const first = await failure(pool.complete({ messages: MESSAGES }));
  assert.equal(first.kind, "unavailable");
  assert.equal(first.retryAfterMs, 30_000);
  assert.ok(first.cause instanceof ProviderError);
  assert.equal(first.cause.kind, "rate_limit");
  clock.advance(10_000);
  const second = await failure(pool.complete({ messages: MESSAGES }));
  assert.equal(second.kind, "unavailable");
  assert.equal(second.retryAfterMs, 20_000);
  assert.match(second.message, /no key is available \(1 cooling down\)/);
  assert.deepEqual(chatKeys(llm), [KEY_A], "not called while it cools down");
  assert.deepEqual(waits, []);
  assert.equal(clock.now() - 10_000, manualClock().now(), "no time spent");
});

Deno.test("keyPool.complete() uses a key cooling down after a bare 429 only when nothing else is left", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 429 });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool } = setUp(kv, llm, [KEY_A, KEY_B]);
  await pool.complete({ messages: MESSAGES }); // A: 429, cooling down 1 s
  await pool.complete({ messages: MESSAGES }); // B only
  llm.setKeyBehavior(KEY_A, "ok");
  llm.setKeyBehavior(KEY_B, { status: 500 });
  const result = await pool.complete({ messages: MESSAGES });
  assert.equal(result.keyHint, "…1111");
  assert.deepEqual(chatKeys(llm), [KEY_A, KEY_B, KEY_B, KEY_B, KEY_A]);
});

Deno.test("keyPool.complete() moves on to the next key after a server, network, timeout or malformed failure", async (t) => {
  await using llm = startFakeLlm();
  const dead = startFakeLlm();
  const deadUrl = dead.baseUrl;
  await dead.close();
  llm.setKeyBehavior(KEY_B, "ok");
  const cases = [
    { kind: "server", behavior: { status: 503 }, baseUrl: llm.baseUrl },
    { kind: "network", behavior: "ok", baseUrl: deadUrl },
    { kind: "timeout", behavior: "hang", baseUrl: llm.baseUrl },
    { kind: "malformed", behavior: "malformed", baseUrl: llm.baseUrl },
  ] as const;
  for (const { kind, behavior, baseUrl } of cases) {
    await t.step(kind, async () => {
      using kv = await Deno.openKv(":memory:");
      llm.setKeyBehavior(KEY_A, behavior);
      const clock = manualClock();
      const store = new KeyHealthStore(kv);
      const keys = [
        pooledKey(KEY_A, { baseUrl, clock }),
        pooledKey(KEY_B, { baseUrl: llm.baseUrl, clock }),
      ];
      const waits: number[] = [];
      const pool = new KeyPool(keys, {
        store,
        clock,
        sleep: instantSleep(clock, waits),
        deadlineMs: 5_000,
        firstTokenMs: 100,
      });
      const result = await pool.complete({ messages: MESSAGES });
      assert.equal(result.keyHint, "…2222");
      const health = await store.get(keys[0].id);
      assert.equal(health.lastErrorKind, kind);
      assert.equal(health.consecutiveFailures, 1);
      assert.equal(health.state, "closed");
      assert.deepEqual(waits, [], "the next key is tried without waiting");
    });
  }
});

Deno.test("keyPool.complete() backs off with full jitter between rounds, then opens both circuits", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setDefaultBehavior({ status: 500 });
  const { pool, keys, store, waits } = setUp(kv, llm, [KEY_A, KEY_B]);
  const error = await failure(pool.complete({ messages: MESSAGES }));
  assert.equal(error.kind, "unavailable");
  assert.equal(
    error.message,
    "Cannot complete chat: every usable key failed after 6 failed attempts: " +
      Array(6).fill("server (500)").join(", "),
  );
  // Full jitter with random() = 0.5: half of 250 * 2^round.
  assert.deepEqual(waits, [125, 250]);
  assert.deepEqual(chatKeys(llm), [KEY_A, KEY_B, KEY_A, KEY_B, KEY_A, KEY_B]);
  for (const key of keys) {
    assert.equal((await store.get(key.id)).state, "open");
  }

  const next = await failure(pool.complete({ messages: MESSAGES }));
  assert.match(
    next.message,
    /^Cannot complete chat: no key is available \(2 open\)$/,
  );
  assert.equal(next.retryAfterMs, 30_000);
  assert.equal(chatKeys(llm).length, 6, "open circuits are not called");
  assert.equal(waits.length, 2, "nothing usable: no waiting either");
});

Deno.test("keyPool.complete() never backs off past the deadline", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setDefaultBehavior({ status: 502 });
  const { pool, clock, waits } = setUp(kv, llm, [KEY_A, KEY_B], {
    deadlineMs: 10_000,
    maxRounds: 1_000,
    random: () => 0.999,
    rules: { failureThreshold: 1_000 },
  });
  const started = clock.now();
  const error = await failure(pool.complete({ messages: MESSAGES }));
  assert.equal(error.kind, "unavailable");
  assert.match(
    error.message,
    /^Cannot complete chat: the deadline of 10000ms passed after \d+ failed attempts/,
  );
  assert.ok(waits.length >= 3, `only ${waits.length} waits`);
  assert.ok(waits.every((ms) => ms <= 5_000));
  const spent = clock.now() - started;
  assert.ok(spent < 10_000, `spent ${spent} ms`);
  assert.equal(chatKeys(llm).length, 2 * (waits.length + 1));
});

Deno.test("keyPool.complete() bounds hung providers by the first-token deadline and the deadline", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setDefaultBehavior("hang");
  const keys = [KEY_A, KEY_B].map((apiKey) =>
    pooledKey(apiKey, { baseUrl: llm.baseUrl })
  );
  const pool = new KeyPool(keys, {
    store: new KeyHealthStore(kv),
    deadlineMs: 400,
    firstTokenMs: 150,
    random: () => 0.1,
  });
  const started = performance.now();
  const error = await failure(pool.complete({ messages: MESSAGES }));
  const elapsed = performance.now() - started;
  assert.equal(error.kind, "unavailable");
  assert.match(error.message, /deadline of 400ms passed/);
  assert.ok(elapsed >= 390 && elapsed < 650, `took ${elapsed} ms`);
  assert.deepEqual(chatKeys(llm).slice(0, 2), [KEY_A, KEY_B]);
  const cause = error.cause as ProviderError;
  assert.equal(cause.kind, "timeout");
});

Deno.test("keyPool.complete() resets a stream that broke midway before the next key answers", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { breakAfterChunks: 2 });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool } = setUp(kv, llm, [KEY_A, KEY_B]);
  const events: string[] = [];
  const result = await pool.complete({
    messages: MESSAGES,
    onDelta: (chunk) => events.push(chunk),
    onReset: () => events.push("<reset>"),
  });
  assert.equal(result.text, ANSWER);
  const reset = events.indexOf("<reset>");
  assert.deepEqual(events.slice(0, reset), ["AI-E", "NHAN"]);
  assert.equal(events.slice(reset + 1).join(""), ANSWER);
  assert.equal(events.filter((e) => e === "<reset>").length, 1);
});

Deno.test("keyPool.complete() rejects a bad request at once without touching the key's health", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 400 });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool, keys, store, waits } = setUp(kv, llm, [KEY_A, KEY_B]);
  const error = await failure(pool.complete({ messages: MESSAGES }));
  assert.equal(error.kind, "bad_request");
  assert.equal(error.status, 400);
  assert.match(error.message, /context_length_exceeded/);
  assert.deepEqual(chatKeys(llm), [KEY_A]);
  assert.deepEqual(waits, []);
  assert.equal((await store.get(keys[0].id)).rev, 0);
});

Deno.test("keyPool.complete() stops at once when the caller aborts", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setDefaultBehavior("hang");
  const { pool, keys, store } = setUp(kv, llm, [KEY_A, KEY_B]);
  const controller = new AbortController();
  const pending = failure(
    pool.complete({ messages: MESSAGES, signal: controller.signal }),
  );
  await llm.nextRequest();
  controller.abort();
  const error = await pending;
  assert.equal(error.kind, "aborted");
  assert.deepEqual(chatKeys(llm), [KEY_A]);
  assert.equal((await store.get(keys[0].id)).rev, 0, "not the key's fault");
});

Deno.test("keyPool.complete() lets exactly one of 20 concurrent requests test a half-open key", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { slow: { chunkDelayMs: 25 } });
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool, keys, store, clock } = setUp(kv, llm, [KEY_A, KEY_B]);
  await openAndDue(store, keys[0], clock.now());
  const results = await Promise.all(
    Array.from({ length: 20 }, () => pool.complete({ messages: MESSAGES })),
  );
  assert.ok(results.every((result) => result.text === ANSWER));
  assert.equal(chatKeys(llm).filter((key) => key === KEY_A).length, 1);
  assert.equal(chatKeys(llm).filter((key) => key === KEY_B).length, 19);
  const health = await store.get(keys[0].id);
  assert.equal(health.state, "closed", "the test succeeded: back in service");
});

Deno.test("keyPool.complete() gives back a trial the caller aborted, so the next request tests the key", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, "hang");
  llm.setKeyBehavior(KEY_B, "ok");
  const { pool, keys, store, clock } = setUp(kv, llm, [KEY_A, KEY_B]);
  await openAndDue(store, keys[0], clock.now());
  const controller = new AbortController();
  const pending = failure(
    pool.complete({ messages: MESSAGES, signal: controller.signal }),
  );
  await llm.nextRequest();
  assert.equal((await store.get(keys[0].id)).state, "half_open");
  controller.abort();
  assert.equal((await pending).kind, "aborted");
  assert.equal((await store.get(keys[0].id)).state, "open");

  llm.setKeyBehavior(KEY_A, "ok");
  const result = await pool.complete({ messages: MESSAGES });
  assert.equal(result.keyHint, "…1111");
  assert.equal((await store.get(keys[0].id)).state, "closed");
});

Deno.test("keyPool.complete() lets one request of two instances on one KV file test a half-open key", async () => {
  await using llm = startFakeLlm();
  const dir = await Deno.makeTempDir({ prefix: "key-pool-" });
  try {
    using kvOne = await Deno.openKv(`${dir}/kv.sqlite3`);
    using kvTwo = await Deno.openKv(`${dir}/kv.sqlite3`);
    llm.setKeyBehavior(KEY_A, { slow: { chunkDelayMs: 25 } });
    llm.setKeyBehavior(KEY_B, "ok");
    const one = setUp(kvOne, llm, [KEY_A, KEY_B]);
    const two = setUp(kvTwo, llm, [KEY_A, KEY_B]);
    await openAndDue(one.store, one.keys[0], one.clock.now());
    const results = await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) => (i % 2 ? one : two).pool.complete({ messages: MESSAGES }),
      ),
    );
    assert.equal(results.length, 20);
    assert.equal(chatKeys(llm).filter((key) => key === KEY_A).length, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keyPool instances on two KV handles of one file see each other's key state", async () => {
  await using llm = startFakeLlm();
  const dir = await Deno.makeTempDir({ prefix: "key-pool-" });
  try {
    using kvOne = await Deno.openKv(`${dir}/kv.sqlite3`);
    using kvTwo = await Deno.openKv(`${dir}/kv.sqlite3`);
    llm.setKeyBehavior(KEY_A, { status: 401 });
    llm.setKeyBehavior(KEY_B, { status: 429, retryAfterSeconds: 60 });
    llm.setKeyBehavior(KEY_C, "ok");
    const one = setUp(kvOne, llm, [KEY_A, KEY_B, KEY_C]);
    const two = setUp(kvTwo, llm, [KEY_A, KEY_B, KEY_C]);
    assert.equal(
      (await one.pool.complete({ messages: MESSAGES })).keyHint,
      "…3333",
    );
    assert.deepEqual(chatKeys(llm), [KEY_A, KEY_B, KEY_C]);
    assert.equal(
      (await two.pool.complete({ messages: MESSAGES })).keyHint,
      "…3333",
    );
    assert.deepEqual(chatKeys(llm), [KEY_A, KEY_B, KEY_C, KEY_C]);
    const seen = await two.pool.status();
    assert.deepEqual(
      seen.map((s) => [s.keyHint, s.state, s.parked, s.cooldownLeftMs]),
      [
        ["…1111", "open", true, 0],
        ["…2222", "closed", false, 60_000],
        ["…3333", "closed", false, 0],
      ],
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keyPool.availability() tells from stored health when the next try is possible, asking no provider", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 429, retryAfterSeconds: 240 });
  llm.setKeyBehavior(KEY_B, { status: 500 });
  const { pool, clock } = setUp(kv, llm, [KEY_A, KEY_B], { maxRounds: 3 });
  assert.deepEqual(await pool.availability(), { ok: true }, "untried keys");
  await failure(pool.complete({ messages: MESSAGES }));
  const requests = llm.requests.length;
  const start = clock.now();
  // A cools down for 240 s (advised); B's circuit opened after 3 failures: 30 s.
  const down = await pool.availability();
  assert.equal(down.ok, false);
  assert.ok(!down.ok && down.retryAt !== null);
  assert.ok(down.retryAt - start > 29_000 && down.retryAt - start <= 30_000);
  clock.advance(30_000);
  assert.deepEqual(
    await pool.availability(),
    { ok: true },
    "B due for a trial",
  );
  assert.equal(llm.requests.length, requests, "no request was made");
});

Deno.test("keyPool.availability() waits for the health check when every key is parked", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 401 });
  llm.setKeyBehavior(KEY_B, { status: 429, retryAfterSeconds: 90 });
  const { pool, keys, store, clock } = setUp(kv, llm, [KEY_A, KEY_B]);
  await failure(pool.complete({ messages: MESSAGES }));
  assert.deepEqual(await pool.availability(), {
    ok: false,
    retryAt: clock.now() + 90_000,
  }, "the cooling key comes back first; the parked one never by itself");
  llm.setKeyBehavior(KEY_B, { status: 403 });
  clock.advance(90_000);
  await failure(pool.complete({ messages: MESSAGES }));
  assert.deepEqual(await pool.availability(), { ok: false, retryAt: null });
  llm.setKeyBehavior(KEY_A, "ok");
  await runKeyHealthCheck({ keys, store, clock });
  assert.deepEqual(await pool.availability(), { ok: true });
});

Deno.test("keyPool.availability() sees what another instance recorded", async () => {
  await using llm = startFakeLlm();
  const dir = await Deno.makeTempDir();
  try {
    using a = await Deno.openKv(`${dir}/kv.sqlite3`);
    using b = await Deno.openKv(`${dir}/kv.sqlite3`);
    llm.setKeyBehavior(KEY_A, { status: 429, retryAfterSeconds: 60 });
    const onA = setUp(a, llm, [KEY_A]);
    const onB = setUp(b, llm, [KEY_A]);
    assert.deepEqual(await onB.pool.availability(), { ok: true });
    await failure(onA.pool.complete({ messages: MESSAGES }));
    assert.deepEqual(await onB.pool.availability(), {
      ok: false,
      retryAt: onA.clock.now() + 60_000,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keyPool.availability() counts a key cooling after a bare 429 as usable", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, { status: 429 });
  const { pool } = setUp(kv, llm, [KEY_A], { maxRounds: 1 });
  await failure(pool.complete({ messages: MESSAGES }));
  assert.deepEqual(await pool.availability(), { ok: true });
});

Deno.test("keyPool.complete() keeps to the primary provider and falls back down the chain", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setDefaultBehavior("ok");
  const clock = manualClock();
  const keys = [
    pooledKey(KEY_A, { baseUrl: llm.baseUrl, clock }),
    pooledKey(KEY_C, {
      baseUrl: llm.baseUrl,
      clock,
      provider: "cheap",
      rank: 1,
      model: "cheap-model",
    }),
  ];
  const pool = new KeyPool(keys, {
    store: new KeyHealthStore(kv),
    clock,
    sleep: instantSleep(clock, []),
    deadlineMs: 60_000,
    firstTokenMs: 20_000,
  });
  for (let i = 0; i < 3; i++) {
    assert.equal(
      (await pool.complete({ messages: MESSAGES })).model,
      "fake-model",
    );
  }
  llm.setKeyBehavior(KEY_A, { status: 401 });
  const result = await pool.complete({ messages: MESSAGES });
  assert.equal(result.model, "cheap-model");
  assert.equal(result.keyHint, "…3333");
  assert.deepEqual(chatKeys(llm), [KEY_A, KEY_A, KEY_A, KEY_A, KEY_C]);
});

Deno.test("keyPool.status() reports state, cooldown, last error, success rate and median latency", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(KEY_A, "ok");
  llm.setKeyBehavior(KEY_B, { status: 429, retryAfterSeconds: 12 });
  const { pool, keys, store, clock } = setUp(kv, llm, [KEY_A, KEY_B]);
  const before = await pool.status();
  assert.deepEqual(before[0], {
    provider: "primary",
    keyHint: "…1111",
    state: "closed",
    parked: false,
    cooldownLeftMs: 0,
    lastErrorKind: null,
    successRate: null,
    attempts: 0,
    medianLatencyMs: null,
    lastSuccessAt: null,
  });
  await pool.complete({ messages: MESSAGES }); // A
  await pool.complete({ messages: MESSAGES }); // B: 429, then A
  await store.update(
    keys[0].id,
    (h) => ({ ...h, latenciesMs: [300, 100, 200] }),
  );
  clock.advance(2_000);
  const [a, b] = await pool.status();
  assert.equal(a.successRate, 1);
  assert.equal(a.attempts, 2);
  assert.equal(a.medianLatencyMs, 200);
  assert.equal(a.lastSuccessAt, clock.now() - 2_000);
  assert.equal(b.state, "closed");
  assert.equal(b.lastErrorKind, "rate_limit");
  assert.equal(b.successRate, 0);
  assert.equal(b.cooldownLeftMs, 10_000);
});

Deno.test("new KeyPool() rejects no keys, repeated ids and non-positive deadlines", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  const store = new KeyHealthStore(kv);
  const key = pooledKey(KEY_A, { baseUrl: llm.baseUrl });
  const options = { store, deadlineMs: 1_000, firstTokenMs: 1_000 };
  assert.throws(() => new KeyPool([], options), RangeError);
  assert.throws(() => new KeyPool([key, key], options), RangeError);
  assert.throws(
    () => new KeyPool([key], { ...options, deadlineMs: 0 }),
    /deadlineMs must be a positive number, got 0/,
  );
  assert.throws(
    () => new KeyPool([key], { ...options, firstTokenMs: Number.NaN }),
    RangeError,
  );
});
