import assert from "node:assert/strict";
import { runKeyHealthCheck } from "../../src/llm/key_health.ts";
import {
  claimProbe,
  NO_BALANCE_CODE,
  recordFailure,
} from "../../src/llm/circuit.ts";
import type { KeyProbe, KeyProbeResult } from "../../src/llm/key_probe.ts";
import { KeyPool, type PooledKey } from "../../src/llm/key_pool.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import { KeyHealthStore } from "../../src/llm/key_health_store.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";
import {
  chatKeys,
  everythingShown,
  instantSleep,
  manualClock,
  pooledKey,
  probeKeys,
  T0,
} from "../llm/pool_helpers.ts";

const KEY_A = "sk-health-key-aaaaaa1111";
const KEY_B = "sk-health-key-bbbbbb2222";
const KEY_C = "sk-health-key-cccccc3333";
const KEY_D = "sk-health-key-dddddd4444";

async function park(
  store: KeyHealthStore,
  key: PooledKey,
  code: string | null = null,
): Promise<void> {
  await store.update(
    key.id,
    (h) => recordFailure(h, { at: T0 - 1_000, kind: "auth", code }),
  );
}

async function openCircuit(store: KeyHealthStore, key: PooledKey) {
  await store.update(key.id, (h) => {
    let next = h;
    for (let i = 0; i < 3; i++) {
      next = recordFailure(next, { at: T0 - 1_000, kind: "server" });
    }
    return next;
  });
}

/** A probe that waits for `gate` and counts its calls. */
function gatedProbe(gate: Promise<void>, calls: string[], name: string) {
  const probe: KeyProbe = async () => {
    calls.push(name);
    await gate;
    return { ok: true, latencyMs: 42 };
  };
  return probe;
}

Deno.test("runKeyHealthCheck() re-enables a recovered key and leaves a still-broken one parked", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const [recovered, broken, healthy, reopened] = [KEY_A, KEY_B, KEY_C, KEY_D]
    .map((apiKey) => pooledKey(apiKey, { baseUrl: llm.baseUrl, clock }));
  await park(store, recovered);
  await park(store, broken);
  await openCircuit(store, reopened);
  llm.setKeyBehavior(KEY_A, "ok");
  llm.setKeyBehavior(KEY_B, { status: 401 });
  llm.setKeyBehavior(KEY_C, "ok");
  llm.setKeyBehavior(KEY_D, "ok");

  const report = await runKeyHealthCheck({
    keys: [recovered, broken, healthy, reopened],
    store,
    clock,
  });

  assert.deepEqual(probeKeys(llm).toSorted(), [KEY_A, KEY_B, KEY_D]);
  assert.deepEqual(
    report.probed.map((p) => [p.keyHint, p.ok, p.kind, p.parked]),
    [
      ["…1111", true, undefined, false],
      ["…2222", false, "auth", true],
      ["…4444", true, undefined, false],
    ],
  );
  assert.equal(report.skipped, 1);
  assert.equal(report.failed, 0);
  const a = await store.get(recovered.id);
  assert.equal(a.state, "closed");
  assert.equal(a.parked, false);
  assert.equal(a.lastProbeAt, clock.now());
  assert.equal(typeof a.probeLatencyMs, "number");
  const b = await store.get(broken.id);
  assert.equal(b.state, "open");
  assert.equal(b.parked, true);
  assert.equal(b.lastErrorKind, "auth");
  assert.equal((await store.get(reopened.id)).state, "closed");
  assert.equal((await store.get(healthy.id)).rev, 0, "healthy: not touched");
});

Deno.test("runKeyHealthCheck() records the probe's latency", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const key = pooledKey(KEY_A, {
    baseUrl: "http://127.0.0.1:9/v1",
    clock,
    probe: () =>
      Promise.resolve({
        ok: false,
        latencyMs: 731,
        error: new ProviderError("server", "Cannot list models: 503"),
      }),
  });
  await park(store, key);
  const report = await runKeyHealthCheck({ keys: [key], store, clock });
  assert.equal(report.probed[0].latencyMs, 731);
  const health = await store.get(key.id);
  assert.equal(health.probeLatencyMs, 731);
  assert.equal(health.parked, true, "only a success unparks");
});

Deno.test("runKeyHealthCheck() probes each key once when two instances run it at once", async () => {
  const dir = await Deno.makeTempDir({ prefix: "key-health-" });
  try {
    using kvOne = await Deno.openKv(`${dir}/kv.sqlite3`);
    using kvTwo = await Deno.openKv(`${dir}/kv.sqlite3`);
    const clock = manualClock();
    const calls: string[] = [];
    const gate = Promise.withResolvers<void>();
    const keys = [KEY_A, KEY_B, KEY_C].map((apiKey) =>
      pooledKey(apiKey, {
        baseUrl: "http://127.0.0.1:9/v1",
        clock,
        probe: gatedProbe(gate.promise, calls, apiKey),
      })
    );
    const one = new KeyHealthStore(kvOne);
    const two = new KeyHealthStore(kvTwo);
    await park(one, keys[0]);
    await openCircuit(one, keys[1]);
    const runs = Promise.all([
      runKeyHealthCheck({ keys, store: one, clock }),
      runKeyHealthCheck({ keys, store: two, clock }),
    ]);
    // Both runs have claimed what they could before any probe ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.resolve();
    const reports = await runs;
    assert.deepEqual(calls.toSorted(), [KEY_A, KEY_B]);
    assert.equal(reports[0].probed.length + reports[1].probed.length, 2);
    assert.equal(reports[0].skipped + reports[1].skipped, 4);
    for (const key of keys) {
      assert.equal((await two.get(key.id)).state, "closed");
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runKeyHealthCheck() takes over a key whose claim lapsed (a run that died)", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const calls: string[] = [];
  const key = pooledKey(KEY_A, {
    baseUrl: "http://127.0.0.1:9/v1",
    clock,
    probe: gatedProbe(Promise.resolve(), calls, KEY_A),
  });
  await park(store, key);
  await store.update(
    key.id,
    (h) => claimProbe(h, { at: clock.now(), leaseMs: 60_000 }),
  );
  const during = await runKeyHealthCheck({ keys: [key], store, clock });
  assert.deepEqual([during.probed.length, during.skipped], [0, 1]);
  clock.advance(60_000);
  const after = await runKeyHealthCheck({ keys: [key], store, clock });
  assert.equal(after.probed.length, 1);
  assert.deepEqual(calls, [KEY_A]);
  assert.equal((await store.get(key.id)).state, "closed");
});

Deno.test("runKeyHealthCheck() counts a key whose probe throws and still checks the others", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const throwing = pooledKey(KEY_A, {
    baseUrl: "http://127.0.0.1:9/v1",
    clock,
    probe: () => Promise.reject(new TypeError("probe bug")),
  });
  const fine = pooledKey(KEY_B, {
    baseUrl: "http://127.0.0.1:9/v1",
    clock,
    probe: () => Promise.resolve({ ok: true, latencyMs: 5 }),
  });
  await park(store, throwing);
  await park(store, fine);
  const report = await runKeyHealthCheck({
    keys: [throwing, fine],
    store,
    clock,
  });
  assert.equal(report.failed, 1);
  assert.deepEqual(report.probed.map((p) => p.keyHint), ["…2222"]);
  assert.equal((await store.get(fine.id)).state, "closed");
  // The throwing key keeps its claim until the lease lapses, then is retried.
  assert.equal((await store.get(throwing.id)).state, "half_open");
});

/** A probe that records how it was asked to probe and answers `results` in turn. */
function recordingProbe(modes: string[], results: KeyProbeResult[]): KeyProbe {
  return (call) => {
    modes.push(call?.mode ?? "configured");
    return Promise.resolve(results[modes.length - 1]);
  };
}

Deno.test("runKeyHealthCheck() probes a key parked without balance with a completion, other keys as configured", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const modes = new Map<string, string[]>();
  const key = (apiKey: string, results: KeyProbeResult[]) => {
    modes.set(apiKey, []);
    return pooledKey(apiKey, {
      baseUrl: "http://127.0.0.1:9/v1",
      clock,
      probe: recordingProbe(modes.get(apiKey)!, results),
    });
  };
  const busy: KeyProbeResult = {
    ok: false,
    latencyMs: 3,
    error: new ProviderError("server", "Cannot complete chat: 503"),
  };
  const broke = key(KEY_A, [busy, { ok: true, latencyMs: 4 }]);
  const revoked = key(KEY_B, [busy]);
  const failing = key(KEY_C, [busy]);
  await park(store, broke, NO_BALANCE_CODE);
  await park(store, revoked, "invalid_api_key");
  await openCircuit(store, failing);
  const keys = [broke, revoked, failing];

  const first = await runKeyHealthCheck({ keys, store, clock });
  assert.deepEqual(
    first.probed.map((p) => [p.keyHint, p.forcedCompletion, p.parked]),
    [["…1111", true, true], ["…2222", false, true], ["…3333", false, false]],
  );
  // The probe failed for another reason: the key is still parked for want of
  // balance, and the next run probes it with a completion again.
  const after = await store.get(broke.id);
  assert.equal(after.lastErrorKind, "server");
  assert.equal(after.lastErrorCode, NO_BALANCE_CODE);
  const second = await runKeyHealthCheck({ keys: [broke], store, clock });
  assert.deepEqual(second.probed.map((p) => [p.ok, p.parked]), [[true, false]]);
  assert.deepEqual(modes.get(KEY_A), ["completion", "completion"]);
  assert.deepEqual(modes.get(KEY_B), ["configured"]);
  assert.deepEqual(modes.get(KEY_C), ["configured"]);
});

Deno.test("runKeyHealthCheck() probes with a completion a key refused for want of balance by a server that echoes the key", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv);
  const key = pooledKey(KEY_A, { baseUrl: llm.baseUrl, clock });
  const pool = new KeyPool([key], {
    store,
    clock,
    sleep: instantSleep(clock, []),
    deadlineMs: 60_000,
    firstTokenMs: 20_000,
  });
  // OpenAI's answer to a key without balance, with the key echoed as some compatible servers do.
  llm.setKeyBehavior(KEY_A, {
    status: 429,
    message: `You exceeded your current quota with key ${KEY_A}.`,
    code: NO_BALANCE_CODE,
    type: NO_BALANCE_CODE,
  });

  const error = await pool.complete({
    messages: [{ role: "user", content: "a haiku" }],
  }).then(() => assert.fail("expected the pool to fail"), (e: unknown) => e);
  assert.ok(error instanceof ProviderError);
  assert.ok(!everythingShown(error).includes(KEY_A), everythingShown(error));
  assert.ok(!everythingShown(error).includes("aaaaaa"), "part of the key");
  const refused = await store.get(key.id);
  assert.equal(refused.parked, true);
  assert.equal(refused.lastErrorCode, NO_BALANCE_CODE);

  // Still without balance: the completion probe is refused the same way.
  const still = await runKeyHealthCheck({ keys: [key], store, clock });
  assert.deepEqual(
    still.probed.map((p) => [p.forcedCompletion, p.ok, p.code, p.parked]),
    [[true, false, NO_BALANCE_CODE, true]],
  );
  llm.setKeyBehavior(KEY_A, "ok");
  const paid = await runKeyHealthCheck({ keys: [key], store, clock });
  assert.deepEqual(
    paid.probed.map((p) => [p.forcedCompletion, p.ok, p.parked]),
    [[true, true, false]],
  );
  assert.deepEqual(probeKeys(llm), [], "never probed by listing the models");
  assert.deepEqual(chatKeys(llm), [KEY_A, KEY_A, KEY_A]);
  assert.equal((await store.get(key.id)).state, "closed");
});
