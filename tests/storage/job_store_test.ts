import assert from "node:assert/strict";
import { JobStore } from "../../src/storage/job_store.ts";

const INPUT = { userId: 1, chatId: 1, prompt: "p", category: "general" };

Deno.test("jobStore.create() allows one job in progress per user", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const first = await jobs.create(INPUT, "a", 0);
  assert.ok(first.ok);
  const second = await jobs.create(INPUT, "a", 1);
  assert.deepEqual(second, {
    ok: false,
    reason: "busy",
    activeJobId: first.job.id,
  });
  assert.ok(
    (await jobs.create({ ...INPUT, userId: 2 }, "a", 1)).ok,
    "other users are not blocked",
  );
  await jobs.finish(first.job, "a");
  assert.equal(await jobs.get(first.job.id), null);
  assert.ok((await jobs.create(INPUT, "a", 2)).ok, "free again once finished");
});

Deno.test("jobStore.create() under concurrent requests of one user accepts exactly one", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  const outcomes = await Promise.all(
    Array.from({ length: 20 }, (_, i) => jobs.create(INPUT, "a", i)),
  );
  assert.equal(outcomes.filter((o) => o.ok).length, 1);
  let stored = 0;
  for await (const _ of jobs.all()) stored++;
  assert.equal(stored, 1);
});

Deno.test("jobStore.claim() takes a job only when its lease ran out, and counts attempts", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const created = await jobs.create(INPUT, "a", 0);
  assert.ok(created.ok);
  const id = created.job.id;
  assert.equal(await jobs.claim(id, "b", 999), null, "lease still held by a");
  assert.equal(
    (await jobs.claim(id, "a", 500))?.attempts,
    1,
    "the holder re-claims without a new attempt",
  );
  const taken = await jobs.claim(id, "b", 1501);
  assert.equal(taken?.lease.owner, "b");
  assert.equal(taken?.attempts, 2);
  assert.equal(await jobs.renew(id, "a", 1600), null, "a lost its lease");
  assert.equal(
    await jobs.patch(id, "a", { delivered: 1 }),
    null,
    "a cannot write any more",
  );
  assert.equal((await jobs.patch(id, "b", { delivered: 1 }))?.delivered, 1);
  assert.equal((await jobs.renew(id, "b", 2000))?.lease.until, 3000);
});

Deno.test("jobStore.claim() lets exactly one of many concurrent workers take an expired job", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  const created = await jobs.create(INPUT, "dead", 0);
  assert.ok(created.ok);
  const claims = await Promise.all(
    Array.from(
      { length: 10 },
      (_, i) => jobs.claim(created.job.id, `w${i}`, 5000),
    ),
  );
  assert.equal(claims.filter((c) => c !== null).length, 1);
});

Deno.test("jobStore.create() replaces a marker whose job is gone", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  await kv.set(["job_active", 1], "vanished");
  assert.ok((await jobs.create(INPUT, "a", 0)).ok);
});

Deno.test("jobStore rejects a lease that is not positive", async () => {
  using kv = await Deno.openKv(":memory:");
  assert.throws(() => new JobStore(kv, { leaseMs: 0 }), RangeError);
});

Deno.test("jobStore.noteBusy() tells exactly one of many parallel refusals per job, and the note goes with the job", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  assert.deepEqual(await jobs.noteBusy(1), { busy: false });
  const created = await jobs.create(INPUT, "a", 0);
  assert.ok(created.ok);
  const notes = await Promise.all(
    Array.from({ length: 20 }, () => jobs.noteBusy(1)),
  );
  assert.ok(notes.every((n) => n.busy && n.jobId === created.job.id));
  assert.equal(notes.filter((n) => n.busy && n.notify).length, 1);
  assert.deepEqual(await jobs.noteBusy(2), { busy: false }, "per user");
  assert.ok(await jobs.finish(created.job, "a"));
  assert.equal((await kv.get(["job_busy_notice", 1])).value, null);
  assert.deepEqual(await jobs.noteBusy(1), { busy: false });
  const next = await jobs.create(INPUT, "a", 1);
  assert.ok(next.ok);
  assert.deepEqual(await jobs.noteBusy(1), {
    busy: true,
    jobId: next.job.id,
    notify: true,
  }, "a new job is told about again");
});

Deno.test("jobStore.noteBusy() tells once across two KV handles of one file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    using a = await Deno.openKv(`${dir}/kv.sqlite3`);
    using b = await Deno.openKv(`${dir}/kv.sqlite3`);
    const onA = new JobStore(a, { leaseMs: 1000, maxAttempts: 100 });
    const onB = new JobStore(b, { leaseMs: 1000, maxAttempts: 100 });
    assert.ok((await onA.create(INPUT, "a", 0)).ok);
    const notes = await Promise.all(
      Array.from({ length: 16 }, (_, i) => (i % 2 ? onA : onB).noteBusy(1)),
    );
    assert.equal(notes.filter((n) => n.busy && n.notify).length, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("jobStore.startWaiting() keeps a busy user waiting and runs the request once", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  await jobs.waitForAi("job-1", INPUT, { ...INPUT, replyTo: 9 }, 0);
  assert.equal((await jobs.waitingRetries(10))[0].jobId, "job-1");
  const running = await jobs.create(INPUT, "a", 1);
  assert.ok(running.ok);
  assert.deepEqual(await jobs.startWaiting("job-1", "a", 2), {
    ok: false,
    reason: "busy",
  });
  await jobs.finish(running.job, "a");
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, () => jobs.startWaiting("job-1", "a", 3)),
  );
  const started = outcomes.filter((o) => o.ok);
  assert.equal(started.length, 1);
  assert.ok(started[0].ok && started[0].job.replyTo === 9);
  assert.deepEqual(await jobs.waitingRetries(10), []);
  assert.deepEqual(await jobs.takeRetry("job-1", INPUT.userId), {
    ok: false,
    reason: "expired",
  }, "the button's record went with it");
});

Deno.test("jobStore: a tap of the retry button and a waiting start never both run", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  for (let round = 0; round < 5; round++) {
    const jobId = `job-${round}`;
    await jobs.waitForAi(jobId, INPUT, INPUT, 0);
    const [tap, start] = await Promise.all([
      jobs.takeRetry(jobId, INPUT.userId),
      jobs.startWaiting(jobId, "a", 1),
    ]);
    assert.equal(Number(tap.ok) + Number(start.ok), 1, `round ${round}`);
    if (start.ok) await jobs.finish(start.job, "a");
    assert.deepEqual(await jobs.startWaiting(jobId, "a", 2), {
      ok: false,
      reason: "gone",
    });
  }
});

Deno.test("jobStore.recordSent() is one blind commit: it lands while the lease is renewed, and never lowers the count", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const created = await jobs.create(INPUT, "a", 0);
  assert.ok(created.ok);
  const id = created.job.id;
  let commits = 0;
  let reads = 0;
  const counted = new Proxy(kv, {
    get(target, property) {
      if (property === "get" || property === "getMany" || property === "list") {
        return (...args: unknown[]) => {
          reads++;
          // deno-lint-ignore no-explicit-any
          return (target as any)[property](...args);
        };
      }
      if (property === "atomic") {
        return () => {
          const op = target.atomic();
          const commit = op.commit.bind(op);
          op.commit = () => {
            commits++;
            return commit();
          };
          return op;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const store = new JobStore(counted, { leaseMs: 1000 });
  // Renewals of the job's own record cannot make the record of a send retry.
  const renewals = Array.from({ length: 20 }, (_, i) => jobs.renew(id, "a", i));
  await Promise.all([store.recordSent(id, 3), ...renewals]);
  assert.deepEqual({ commits, reads }, { commits: 1, reads: 0 });
  await store.recordSent(id, 2); // a late record of an earlier send
  assert.equal((await jobs.get(id))?.delivered, 3);
  await store.recordSent(id, 4);
  assert.equal((await jobs.claim(id, "a", 10))?.delivered, 4);
  await assert.rejects(store.recordSent(id, -1), RangeError);
});

Deno.test("jobStore.recordDraft() keeps the first draft, and finish() deletes what delivery recorded", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const created = await jobs.create(INPUT, "a", 0);
  assert.ok(created.ok);
  const id = created.job.id;
  assert.equal(await jobs.recordDraft(id, 41), true);
  assert.equal(
    await jobs.recordDraft(id, 99),
    false,
    "a second draft is refused",
  );
  await jobs.recordSent(id, 2);
  const taken = await jobs.claim(id, "b", 2000);
  assert.equal(taken?.draftMessageId, 41);
  assert.equal(taken?.delivered, 2);
  assert.ok(await jobs.finish(taken!, "b"));
  const left = [];
  for await (const entry of kv.list({ prefix: [] })) left.push(entry.key);
  assert.deepEqual(left, [], "job, marker, draft and count are gone together");
});
