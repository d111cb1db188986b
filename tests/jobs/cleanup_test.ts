import assert from "node:assert/strict";
import { claimRun, runCleanup } from "../../src/jobs/cleanup.ts";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { SessionStore } from "../../src/storage/session_store.ts";
import { manualClock } from "../support.ts";

const DAY = 86_400_000;

function entry(n: number) {
  return {
    prompt: `prompt ${n}`,
    result: `result ${n}`,
    category: "general",
    source: "ai" as const,
  };
}

/** Users 1 and 2 with one item a day for 10 days; user 3 with one recent item. */
async function seedHistory(
  history: HistoryStore,
  clock: ReturnType<typeof manualClock>,
) {
  for (let d = 0; d < 10; d++) {
    await history.append(1, entry(d));
    await history.append(2, entry(d));
    clock.advance(DAY);
  }
  await history.append(3, entry(0));
}

Deno.test("runCleanup() deletes history past the retention and keeps counts right", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const history = new HistoryStore(kv, { limit: 50, clock });
  await seedHistory(history, clock);
  const report = await runCleanup(kv, {
    clock,
    history,
    sessions: new SessionStore(kv, { clock }),
  }, {
    historyRetentionDays: 3,
  });
  assert.equal(report.ran, true);
  assert.equal(report.historyItems, 14);
  assert.equal(report.historyUsers, 2);
  for (const user of [1, 2]) {
    assert.equal(await history.count(user), 3);
    assert.deepEqual(
      (await history.list(user)).map((i) => i.prompt),
      ["prompt 9", "prompt 8", "prompt 7"],
    );
  }
  assert.equal(await history.count(3), 1);
});

Deno.test("runCleanup() keeps history forever when the retention is 0", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const history = new HistoryStore(kv, { limit: 50, clock });
  await seedHistory(history, clock);
  clock.advance(1000 * DAY);
  const report = await runCleanup(kv, {
    clock,
    history,
    sessions: new SessionStore(kv, { clock }),
  });
  assert.equal(report.historyItems, 0);
  assert.equal(await history.count(1), 10);
});

Deno.test("runCleanup() deletes sessions idle past their TTL that KV has not expired", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const sessions = new SessionStore(kv, { clock });
  await sessions.update(1, (s) => s);
  clock.advance(5 * DAY);
  await sessions.update(2, (s) => s);
  clock.advance(3 * DAY);
  const history = new HistoryStore(kv, { limit: 5, clock });
  const report = await runCleanup(kv, {
    clock,
    history,
    sessions: new SessionStore(kv, { clock }),
  });
  assert.equal(report.sessions, 1);
  assert.equal(await sessions.get(1, { fresh: true }), null);
  assert.notEqual(await sessions.get(2, { fresh: true }), null);
});

Deno.test("runCleanup() runs once when two instances fire at the same time", async () => {
  const dir = await Deno.makeTempDir();
  try {
    using a = await Deno.openKv(`${dir}/kv.sqlite3`);
    using b = await Deno.openKv(`${dir}/kv.sqlite3`);
    const clock = manualClock(Date.UTC(2025, 2, 1));
    const onA = new HistoryStore(a, { limit: 50, clock, maxAttempts: 100 });
    const onB = new HistoryStore(b, { limit: 50, clock, maxAttempts: 100 });
    await seedHistory(onA, clock);
    const sweeps = { a: 0, b: 0 };
    const options = { historyRetentionDays: 3 };
    const reports = await Promise.all([
      runCleanup(a, {
        clock,
        history: onA,
        sessions: new SessionStore(a, { clock }),
        sweeps: { extra: async () => await Promise.resolve(++sweeps.a) },
      }, options),
      runCleanup(b, {
        clock,
        history: onB,
        sessions: new SessionStore(b, { clock }),
        sweeps: { extra: async () => await Promise.resolve(++sweeps.b) },
      }, options),
    ]);
    assert.deepEqual(reports.map((r) => r.ran).sort(), [false, true]);
    assert.equal(sweeps.a + sweeps.b, 1, "extra sweeps ran once");
    assert.equal(reports[0].historyItems + reports[1].historyItems, 14);
    assert.equal(await onB.count(1), 3);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runCleanup() without a lease on two instances at once still counts each item once", async () => {
  const dir = await Deno.makeTempDir();
  try {
    using a = await Deno.openKv(`${dir}/kv.sqlite3`);
    using b = await Deno.openKv(`${dir}/kv.sqlite3`);
    const clock = manualClock(Date.UTC(2025, 2, 1));
    const onA = new HistoryStore(a, { limit: 50, clock, maxAttempts: 100 });
    const onB = new HistoryStore(b, { limit: 50, clock, maxAttempts: 100 });
    await seedHistory(onA, clock);
    const options = { historyRetentionDays: 3, claim: false };
    const reports = await Promise.all([
      runCleanup(a, {
        clock,
        history: onA,
        sessions: new SessionStore(a, { clock }),
      }, options),
      runCleanup(b, {
        clock,
        history: onB,
        sessions: new SessionStore(b, { clock }),
      }, options),
      onB.append(2, entry(10)),
    ]);
    assert.equal(reports[0].historyItems + reports[1].historyItems, 14);
    assert.equal(await onA.count(1), 3);
    assert.equal(await onA.count(2), 4);
    assert.equal((await onA.list(2)).length, 4);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("claimRun() lets the next run in once the lease has passed", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const claim = () =>
    claimRun(kv, "cleanup", { now: clock.now(), leaseMs: 60_000 });
  assert.equal(await claim(), true);
  clock.advance(59_999);
  assert.equal(await claim(), false);
  clock.advance(1);
  assert.equal(await claim(), true);
  const parallel = await Promise.all(
    Array.from(
      { length: 5 },
      () => claimRun(kv, "stats", { now: clock.now(), leaseMs: 60_000 }),
    ),
  );
  assert.equal(parallel.filter(Boolean).length, 1);
});

Deno.test("runCleanup() passes its time to extra sweeps and reports them", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const history = new HistoryStore(kv, { limit: 5, clock });
  const seen: number[] = [];
  const report = await runCleanup(kv, {
    clock,
    history,
    sessions: new SessionStore(kv, { clock }),
    sweeps: {
      leases: (now) => {
        seen.push(now);
        return Promise.resolve(4);
      },
    },
  });
  assert.deepEqual(seen, [clock.now()]);
  assert.deepEqual(report.sweeps, { leases: 4 });
});

Deno.test("runCleanup() rejects a negative retention", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const history = new HistoryStore(kv, { limit: 5, clock });
  await assert.rejects(
    runCleanup(kv, {
      clock,
      history,
      sessions: new SessionStore(kv, { clock }),
    }, { historyRetentionDays: -1 }),
    /historyRetentionDays must be a non-negative integer, got -1/,
  );
});

Deno.test("runCleanup() deletes sessions that still hold an earlier version's lastRequest prompt", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 1));
  const history = new HistoryStore(kv, { limit: 50, clock });
  const sessions = new SessionStore(kv, { clock });
  const legacy = {
    updatedAt: clock.now(),
    lastRequest: {
      prompt: "my secret idea",
      category: "general",
      userId: 5,
      at: clock.now(),
    },
  };
  await kv.set(["session", 5], legacy);
  await sessions.update(6, (s) => s);
  assert.deepEqual(
    await sessions.get(5),
    { v: 2, updatedAt: legacy.updatedAt },
    "dropped on read",
  );
  const report = await runCleanup(kv, {
    clock,
    history,
    sessions: new SessionStore(kv, { clock }),
  }, { claim: false });
  assert.equal(report.sessions, 1);
  assert.equal((await kv.get(["session", 5])).value, null);
  assert.notEqual(await sessions.get(6, { fresh: true }), null);
});
