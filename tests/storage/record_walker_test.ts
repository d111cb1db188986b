import assert from "node:assert/strict";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { JobStore } from "../../src/storage/job_store.ts";
import { recordsWalkKey } from "../../src/storage/keys.ts";
import { BARE_KINDS, RECORD_KINDS } from "../../src/storage/record_kinds.ts";
import { checkRecordKeys } from "../../src/storage/record_keys.ts";
import {
  recordsStatus,
  type WalkOptions,
  walkRecords,
  type WalkState,
} from "../../src/storage/record_walker.ts";
import { inspectStored, Records } from "../../src/storage/records.ts";
import {
  type EncryptionKeySpec,
  Keyring,
  RecordKeyError,
} from "../../src/storage/sealed.ts";
import { SessionStore } from "../../src/storage/session_store.ts";
import { UserStore } from "../../src/storage/user_store.ts";
import { type ManualClock, manualClock, watchingAtomics } from "../support.ts";

const K1 = { id: "k1", key: new Uint8Array(32).fill(1) };
const K2 = { id: "k2", key: new Uint8Array(32).fill(2) };
/** Kinds stored as they are ("records" among them): neither sealed nor enveloped. */
const BARE = new Set(BARE_KINDS.map((kind) => kind.prefix));
const SEALED = new Set(
  RECORD_KINDS.filter((kind) => kind.sealed).map((kind) => kind.prefix),
);

function recordsWith(...keys: EncryptionKeySpec[]): Records {
  return new Records({
    keyring: keys.length > 0 ? new Keyring(keys) : null,
    kinds: RECORD_KINDS,
  });
}

/** Every store of the bot on `kv`, writing through `records`. */
function stores(kv: Deno.Kv, records: Records, clock: ManualClock) {
  return {
    history: new HistoryStore(kv, { limit: 50, clock, records }),
    jobs: new JobStore(kv, { leaseMs: 30_000, records }),
    users: new UserStore(kv, {
      clock,
      defaultPreferences: { category: "general" },
      records,
      cache: { max: 0 },
    }),
    sessions: new SessionStore(kv, { clock, records, cache: { max: 0 } }),
  };
}

/** A user's worth of every kind: 5 history items, a job, a retry, a profile, a session. */
async function fill(kv: Deno.Kv, records: Records, clock: ManualClock) {
  const s = stores(kv, records, clock);
  for (let i = 0; i < 5; i++) {
    await s.history.append(1, {
      prompt: `secret prompt ${i}`,
      result: `secret answer ${i}`,
      category: "general",
      source: "ai",
    });
  }
  const accepted = await s.jobs.accept({
    userId: 1,
    input: {
      userId: 1,
      chatId: 1,
      prompt: "queued secret",
      category: "general",
    },
    owner: "a",
    now: clock.now(),
    queueMax: 3,
  });
  assert.ok(accepted.ok);
  await s.jobs.rememberRetry("j-1", {
    userId: 1,
    chatId: 1,
    prompt: "retry secret",
    category: "general",
  });
  await s.users.setPreferences(1, { category: "coding" });
  await s.sessions.update(1, (session) => session);
  return accepted.job.id;
}

/** Every stored value, by kind. */
async function stored(kv: Deno.Kv) {
  const found: { prefix: string; value: unknown; key: Deno.KvKey }[] = [];
  for await (const entry of kv.list({ prefix: [] })) {
    found.push({
      prefix: String(entry.key[0]),
      value: entry.value,
      key: entry.key,
    });
  }
  return found;
}

function walk(
  kv: Deno.Kv,
  records: Records,
  clock: ManualClock,
  options: Partial<WalkOptions> = {},
) {
  return walkRecords(kv, records, {
    clock,
    owner: "a",
    startedAt: clock.now(),
    otherWriters: () => Promise.resolve(0),
    batchSize: 2,
    ...options,
  });
}

async function walkToEnd(
  kv: Deno.Kv,
  records: Records,
  clock: ManualClock,
  options: Partial<WalkOptions> = {},
) {
  for (let run = 0; run < 100; run++) {
    const report = await walk(kv, records, clock, options);
    if (!report.ran || report.phase === "done" || report.phase === "again") {
      return report;
    }
  }
  throw new Error("The walk did not end in 100 runs");
}

Deno.test("the walker encrypts the plain values of every sealed kind and leaves every value readable", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const jobId = await fill(kv, recordsWith(), clock);
  const keyed = recordsWith(K1);
  const report = await walkToEnd(kv, keyed, clock);
  assert.equal(report.phase, "done");
  for (const { prefix, value } of await stored(kv)) {
    const found = inspectStored(value);
    if (SEALED.has(prefix)) {
      assert.deepEqual(
        [prefix, found.format, (found as { keyId?: string }).keyId],
        [prefix, "sealed", "k1"],
      );
    } else if (!BARE.has(prefix)) {
      assert.equal(found.format, "plain", prefix);
    }
  }
  const s = stores(kv, keyed, clock);
  assert.deepEqual(
    (await s.history.list(1)).map((item) => item.prompt),
    [4, 3, 2, 1, 0].map((i) => `secret prompt ${i}`),
  );
  assert.equal((await s.jobs.get(jobId))?.prompt, "queued secret");
  assert.equal((await s.users.preferences(1)).category, "coding");
  const retry = await s.jobs.takeRetry("j-1", 1);
  assert.ok(retry.ok && retry.input.prompt === "retry secret");
  assert.ok((await s.sessions.get(1)) !== null);
});

Deno.test("rotation: the walker moves every value from k1 to k2, counting down to 0 left on k1, and then k1 can go", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const onK1 = recordsWith(K1);
  await fill(kv, onK1, clock);
  await checkRecordKeys(kv, onK1, { now: clock.now() });
  const rotated = recordsWith(K2, K1);
  await checkRecordKeys(kv, rotated, { now: clock.now() });
  // k1 still holds values: a start without it is refused, naming it.
  await assert.rejects(
    () => checkRecordKeys(kv, recordsWith(K2), { now: clock.now() }),
    (error: unknown) =>
      error instanceof RecordKeyError && error.keyId === "k1" &&
      /until \/keys reports 0 values left on it/.test(error.message),
  );
  const total = (await stored(kv)).filter((e) => SEALED.has(e.prefix)).length;
  // Count (a batch per 2 values of each kind), then a few batches of the rewrite.
  let status = await recordsStatus(kv, rotated);
  for (
    let run = 0;
    status.phase !== "rewrite" || status.leftByKey.k1 === total;
    run++
  ) {
    assert.ok(run < 50, JSON.stringify(status));
    await walk(kv, rotated, clock, { maxBatches: 1 });
    status = await recordsStatus(kv, rotated);
  }
  assert.ok(
    status.leftByKey.k1 > 0 && status.leftByKey.k1 < total,
    JSON.stringify(status),
  );
  assert.deepEqual((await walkToEnd(kv, rotated, clock)).phase, "done");
  assert.deepEqual((await recordsStatus(kv, rotated)).leftByKey, { k1: 0 });
  const report = await checkRecordKeys(kv, recordsWith(K2), {
    now: clock.now(),
  });
  assert.deepEqual(report.retired, ["k1"]);
  const s = stores(kv, recordsWith(K2), clock);
  assert.equal((await s.history.list(1)).length, 5);
  assert.equal((await s.users.preferences(1)).category, "coding");
});

Deno.test("the walk is leased: another instance waits while the lease lasts, then goes on from the stored cursor", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  await fill(kv, recordsWith(), clock);
  const keyed = recordsWith(K1);
  await walk(kv, keyed, clock, { maxBatches: 3 });
  // As a crash mid-run leaves it: held by "a" for another minute.
  const entry = await kv.get<WalkState>(recordsWalkKey());
  const held = { ...entry.value!, owner: "a", until: clock.now() + 60_000 };
  await kv.set(recordsWalkKey(), held);
  const blocked = await walk(kv, keyed, clock, { owner: "b" });
  assert.equal(blocked.ran, false);
  assert.deepEqual((await kv.get(recordsWalkKey())).value, held);
  clock.advance(60_001);
  const report = await walkToEnd(kv, keyed, clock, { owner: "b" });
  assert.equal(report.phase, "done");
  const done = (await kv.get<WalkState>(recordsWalkKey())).value!;
  assert.equal(done.passes, 1, "the same pass went on");
  assert.equal(done.census.values, done.rewritten.values);
  assert.equal(done.owner, null, "the lease is let go after a run");
});

Deno.test("a value written while the walker rewrites it is kept: the walker reads it again and rewrites the new one", async () => {
  using raw = await Deno.openKv(":memory:");
  const clock = manualClock();
  const plain = recordsWith();
  await stores(raw, plain, clock).users.setPreferences(1, {
    category: "coding",
  });
  let raced = false;
  // The first commit that rewrites the profile loses to a concurrent change.
  const kv = new Proxy(raw, {
    get(target, name) {
      if (name !== "atomic") {
        const value = Reflect.get(target, name);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return () => {
        const op = target.atomic();
        let rewritesUser = false;
        const set = op.set.bind(op);
        op.set = (key, value, options) => {
          if (key[0] === "user") rewritesUser = true;
          return set(key, value, options);
        };
        const commit = op.commit.bind(op);
        op.commit = async () => {
          if (rewritesUser && !raced) {
            raced = true;
            await stores(raw, plain, clock).users.setPreferences(1, {
              language: "de",
            });
          }
          return await commit();
        };
        return op;
      };
    },
  });
  const keyed = recordsWith(K1);
  assert.equal((await walkToEnd(kv, keyed, clock)).phase, "done");
  assert.ok(raced);
  const prefs = await stores(raw, keyed, clock).users.preferences(1);
  assert.deepEqual(prefs, { category: "coding", language: "de" });
  const profile = await raw.get(["user", 1]);
  assert.equal(inspectStored(profile.value).format, "sealed");
});

Deno.test("a rewrite keeps each value's expiry, and removes a value whose time is up", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.now());
  const plain = recordsWith();
  await stores(kv, plain, clock).jobs.rememberRetry("j-1", {
    userId: 1,
    chatId: 1,
    prompt: "p",
    category: "general",
  });
  const before = inspectStored((await kv.get(["retry", "j-1"])).value);
  await kv.set(["retry", "j-old"], {
    $v: 1,
    d: { userId: 1, chatId: 1, prompt: "old", category: "general" },
    x: Date.now() - 1,
  });
  // A session of today's shape (version 0) expires 7 days after its last write.
  await kv.set(["session", 5], { updatedAt: clock.now() });
  assert.equal((await walkToEnd(kv, recordsWith(K1), clock)).phase, "done");
  const after = inspectStored((await kv.get(["retry", "j-1"])).value);
  assert.equal(after.format, "sealed");
  const drift = Math.abs(
    (after as { expiresAt: number }).expiresAt -
      (before as { expiresAt: number }).expiresAt,
  );
  assert.ok(drift < 50, `expiry moved by ${drift} ms`);
  assert.equal((await kv.get(["retry", "j-old"])).versionstamp, null);
  const session = inspectStored((await kv.get(["session", 5])).value) as {
    expiresAt: number;
  };
  assert.ok(
    Math.abs(session.expiresAt - (Date.now() + 7 * 86_400_000)) < 5_000,
  );
});

Deno.test("migration: a job of today's shape (version 0, a lease) is upgraded and stored as version 1", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  await kv.set(["job", "old-1"], {
    userId: 1,
    chatId: 1,
    prompt: "p",
    category: "general",
    id: "old-1",
    createdAt: 0,
    attempts: 1,
    lease: { owner: "gone", until: 30_000 },
    delivered: 0,
  });
  const plain = recordsWith();
  const before = await recordsStatus(kv, plain);
  assert.equal(before.phase, "none");
  await walk(kv, plain, clock, { maxBatches: RECORD_KINDS.length + 1 });
  const counted = await recordsStatus(kv, plain);
  assert.equal(counted.leftOld, 1, JSON.stringify(counted));
  assert.equal((await walkToEnd(kv, plain, clock)).phase, "done");
  const value = (await kv.get(["job", "old-1"])).value as {
    $v: number;
    d: Record<string, unknown>;
  };
  assert.equal(value.$v, 1);
  assert.equal(value.d.status, "running");
  assert.equal(value.d.owner, "gone");
  assert.equal("lease" in value.d, false);
  assert.equal((await recordsStatus(kv, plain)).leftOld, 0);
});

Deno.test("a pass is not done while an instance writes something else; the next pass runs once it is gone", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  await fill(kv, recordsWith(), clock);
  const keyed = recordsWith(K1);
  let others = 1;
  const otherWriters = () => Promise.resolve(others);
  assert.equal(
    (await walkToEnd(kv, keyed, clock, { otherWriters })).phase,
    "again",
  );
  assert.equal((await recordsStatus(kv, keyed)).waitingFor, 1);
  assert.equal((await walk(kv, keyed, clock, { otherWriters })).ran, false);
  others = 0;
  assert.equal(
    (await walkToEnd(kv, keyed, clock, { otherWriters })).phase,
    "done",
  );
  const state = (await kv.get<WalkState>(recordsWalkKey())).value!;
  assert.equal(state.passes, 2);
  assert.equal(state.waitingFor, 0);
});

Deno.test("a process that started before the current pass began leaves it alone", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  await fill(kv, recordsWith(), clock);
  const startedAt = clock.now();
  clock.advance(1_000);
  // A newer process (keys k1) began its pass after this one (no keys) started.
  await walk(kv, recordsWith(K1), clock, { maxBatches: 1, owner: "new" });
  const before = (await kv.get(recordsWalkKey())).value;
  const report = await walk(kv, recordsWith(), clock, {
    startedAt,
    owner: "old",
  });
  assert.equal(report.ran, false);
  assert.deepEqual((await kv.get(recordsWalkKey())).value, before);
});

Deno.test("a value no configured key opens is counted as unreadable and keeps the pass from being done", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const k9 = { id: "k9", key: new Uint8Array(32).fill(9) };
  await stores(kv, recordsWith(k9), clock).users.setPreferences(1, {
    category: "coding",
  });
  const keyed = recordsWith(K1);
  assert.equal((await walkToEnd(kv, keyed, clock)).phase, "again");
  const status = await recordsStatus(kv, keyed);
  assert.equal(status.unreadable, 1);
  assert.equal(
    inspectStored((await kv.get(["user", 1])).value).format,
    "sealed",
  );
});

Deno.test("a value written by a newer version is left alone, not rewritten or counted", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const newer = { $v: 99, d: { id: 1, future: true } };
  await kv.set(["user", 1], newer);
  const plain = recordsWith();
  assert.equal((await walkToEnd(kv, plain, clock)).phase, "done");
  assert.deepEqual((await kv.get(["user", 1])).value, newer);
  const state = (await kv.get<WalkState>(recordsWalkKey())).value!;
  assert.equal(state.census.values, 0);
});

Deno.test("the walker's default batch rewrites 25 values in commits of at most 10 checks (KV Connect's limit)", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const plain = stores(kv, recordsWith(), clock);
  for (let i = 0; i < 25; i++) {
    await plain.history.append(1, {
      prompt: `secret prompt ${i}`,
      result: `secret answer ${i}`,
      category: "general",
      source: "ai",
    });
  }
  // Counted here as well as refused by tests/kv_limits.ts (preloaded).
  let mostChecks = 0;
  const counting = watchingAtomics(kv, (op) => {
    let checks = 0;
    const check = op.check.bind(op);
    op.check = (...asked) => ((checks += asked.length), check(...asked));
    const commit = op.commit.bind(op);
    op.commit = () => {
      mostChecks = Math.max(mostChecks, checks);
      return commit();
    };
  });
  // The walker's default batch (what the bot runs with): undefined keeps it.
  const report = await walkToEnd(counting, recordsWith(K1), clock, {
    batchSize: undefined,
  });
  assert.equal(report.phase, "done");
  assert.ok(report.rewritten >= 25, `${report.rewritten} rewritten`);
  assert.ok(mostChecks <= 10, `${mostChecks} checks in one commit`);
  assert.ok(mostChecks >= 9, "the batch is cut at the limit, not far below");
});
