import assert from "node:assert/strict";
import {
  type AcceptRequest,
  type EnhanceJob,
  JobStore,
} from "../../src/storage/job_store.ts";
import { MAX_COMMIT_CHECKS } from "../../src/storage/atomic.ts";
import { RateLimiter } from "../../src/storage/rate_limiter.ts";
import { countingKv, manualClock, twoHandles } from "../support.ts";

const INPUT = { userId: 1, chatId: 1, prompt: "p", category: "general" };

function request(
  overrides: Partial<AcceptRequest> = {},
): AcceptRequest {
  return {
    userId: INPUT.userId,
    input: INPUT,
    owner: "a",
    now: 0,
    queueMax: 3,
    ...overrides,
  };
}

/** A rate limiter with a burst, a daily and a global limit. */
function everyLimitOn(kv: Deno.Kv, clock: ReturnType<typeof manualClock>) {
  return new RateLimiter(kv, {
    clock,
    burstPerMinute: 3,
    dailyPerUser: 50,
    globalPerMinute: 100,
  });
}

async function acceptOk(
  jobs: JobStore,
  overrides: Partial<AcceptRequest> = {},
) {
  const outcome = await jobs.accept(request(overrides));
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome;
}

Deno.test("jobStore.accept() runs a user's first prompt at once and queues the next ones in order", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const first = await acceptOk(jobs);
  assert.equal(first.position, 0);
  assert.equal(first.job.status, "ready");
  const second = await acceptOk(jobs, { input: { ...INPUT, prompt: "p2" } });
  const third = await acceptOk(jobs, { input: { ...INPUT, prompt: "p3" } });
  assert.deepEqual([second.position, third.position], [1, 2]);
  assert.equal(second.job.status, "queued");
  assert.deepEqual(await jobs.userJobs(1), {
    running: first.job.id,
    queued: [second.job.id, third.job.id],
  });
  assert.equal(
    (await acceptOk(jobs, { userId: 2, input: { ...INPUT, userId: 2 } }))
      .position,
    0,
    "other users are not held up",
  );

  assert.ok((await jobs.claim(first.job.id, "a", 1)) !== null);
  const done = await jobs.finish(first.job, "a");
  assert.deepEqual(done, { finished: true, next: second.job.id });
  const promoted = await jobs.get(second.job.id);
  assert.equal(promoted?.status, "ready");
  assert.equal(
    promoted?.owner,
    "a",
    "the instance that finished runs the next",
  );
  assert.deepEqual(await jobs.userJobs(1), {
    running: second.job.id,
    queued: [third.job.id],
  });
});

Deno.test("jobStore.accept() refuses past the queue, telling once per running job", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const running = await acceptOk(jobs, { queueMax: 1 });
  await acceptOk(jobs, { queueMax: 1 });
  const refusals = await Promise.all(
    Array.from({ length: 10 }, () => jobs.accept(request({ queueMax: 1 }))),
  );
  assert.ok(refusals.every((r) => !r.ok && r.reason === "queue_full"));
  assert.equal(
    refusals.filter((r) => !r.ok && r.reason === "queue_full" && r.notify)
      .length,
    1,
  );
  await jobs.claim(running.job.id, "a", 1);
  const { next } = await jobs.finish(running.job, "a");
  assert.ok(next);
  await acceptOk(jobs, { queueMax: 1 });
  const again = await jobs.accept(request({ queueMax: 1 }));
  assert.ok(
    !again.ok && again.reason === "queue_full" && again.notify,
    "told again about the next job",
  );
});

Deno.test("jobStore.accept() with parallel prompts of one user accepts exactly one running plus the queue", async () => {
  await using kvs = await twoHandles();
  const onA = new JobStore(kvs.a, { leaseMs: 1000, maxAttempts: 100 });
  const onB = new JobStore(kvs.b, { leaseMs: 1000, maxAttempts: 100 });
  const outcomes = await Promise.all(
    Array.from({ length: 16 }, (_, i) => (i % 2 ? onA : onB).accept(request())),
  );
  const accepted = outcomes.filter((o) => o.ok);
  assert.equal(accepted.length, 4);
  assert.deepEqual(
    accepted.map((o) => o.ok && o.position).toSorted(),
    [0, 1, 2, 3],
  );
  assert.equal(
    outcomes.filter((o) => !o.ok && o.reason === "queue_full" && o.notify)
      .length,
    1,
  );
  let stored = 0;
  for await (const _ of onA.all()) stored++;
  assert.equal(stored, 4);
});

Deno.test("jobStore.accept() claims the update in the same commit: a redelivery is a duplicate, whatever the outcome", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const update = { botId: 7, updateId: 100 };
  await acceptOk(jobs, { update });
  assert.deepEqual(await jobs.accept(request({ update })), {
    ok: false,
    reason: "duplicate",
  });
  const full = { update: { botId: 7, updateId: 101 }, queueMax: 0 };
  const refused = await jobs.accept(request(full));
  assert.ok(!refused.ok && refused.reason === "queue_full");
  assert.deepEqual(await jobs.accept(request(full)), {
    ok: false,
    reason: "duplicate",
  }, "a refusal claims the update too");
});

Deno.test("jobStore.accept() costs one read round and one commit, accepted, queued or refused", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const limiter = everyLimitOn(kv, clock);
  const counting = countingKv(kv);
  const jobs = new JobStore(counting.kv, { leaseMs: 1000 });
  const cases: string[] = [];
  for (let i = 0; i < 16; i++) {
    counting.reset();
    const outcome = await jobs.accept(request({
      update: { botId: 7, updateId: i },
      profileKey: ["user", 1],
      limits: limiter.check(1),
      queueMax: 1,
      now: clock.now(),
    }));
    cases.push(
      `${
        outcome.ok ? `accepted@${outcome.position}` : outcome.reason
      }: ${counting.counts.reads} read, ${counting.counts.commits} commit`,
    );
  }
  assert.deepEqual(cases, [
    // Nothing stored for the user: guessed absent, checked by the commit.
    "accepted@0: 0 read, 1 commit",
    // Their queue is there now: the guess is refused, then read and committed.
    "accepted@1: 1 read, 2 commit",
    ...Array(10).fill("queue_full: 1 read, 2 commit"),
    // Most reads found something: no more guessing.
    ...Array(4).fill("queue_full: 1 read, 1 commit"),
  ]);
  const other = await jobs.accept(request({
    userId: 2,
    input: { ...INPUT, userId: 2 },
    limits: limiter.check(1),
  }));
  assert.ok(other.ok);
});

Deno.test("jobStore.accept() never commits a wrong guess: whatever is stored, the outcome is the one read first gives", async () => {
  const clock = manualClock();
  const profile = (value: unknown) =>
    (value as { prefs?: { category?: string } } | null)?.prefs?.category ??
      "general";
  type Setup = (kv: Deno.Kv, jobs: JobStore) => Promise<unknown>;
  const cases: Record<string, Setup> = {
    "nothing stored": () => Promise.resolve(),
    "a profile": (kv) => kv.set(["user", 1], { prefs: { category: "coding" } }),
    "questions waiting": (kv) => kv.set(["session", 1], { asking: true }),
    "a tap in progress": (kv) => kv.set(["tap", 1], "job-0"),
    "a running job and a full queue": async (_kv, jobs) => {
      for (let i = 0; i < 2; i++) {
        await jobs.accept(request({ update: { botId: 9, updateId: i } }));
      }
    },
    "the burst limit used up": async (_kv, jobs) => {
      for (let i = 0; i < 2; i++) {
        await jobs.accept(request({
          update: { botId: 9, updateId: i },
          limits: limiterOn(_kv).check(1),
          queueMax: 10,
        }));
      }
    },
  };
  function limiterOn(kv: Deno.Kv) {
    return new RateLimiter(kv, {
      clock,
      burstPerMinute: 2,
      dailyPerUser: 0,
      globalPerMinute: 0,
    });
  }
  for (const [name, setup] of Object.entries(cases)) {
    const outcomes: string[] = [];
    for (const guessAbsent of [true, false]) {
      using kv = await Deno.openKv(":memory:");
      const jobs = new JobStore(kv, { leaseMs: 1000, guessAbsent });
      await setup(kv, jobs);
      const outcome = await jobs.accept(request({
        update: { botId: 7, updateId: 1 },
        profileKey: ["user", 1],
        divertKey: ["session", 1],
        divert: (value) =>
          (value as { asking?: boolean } | null)?.asking === true,
        tapKey: ["tap", 1],
        input: (stored) => ({ ...INPUT, category: profile(stored) }),
        limits: limiterOn(kv).check(1),
        queueMax: 1,
      }));
      outcomes.push(
        outcome.ok
          ? `accepted@${outcome.position} ${outcome.job.category}`
          : outcome.reason,
      );
    }
    assert.equal(outcomes[0], outcomes[1], `${name}: ${outcomes.join(" vs ")}`);
    if (name === "a profile") assert.equal(outcomes[0], "accepted@0 coding");
  }
});

Deno.test("jobStore.accept() counts the rate limits in the same commit and refuses past them", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const limiter = new RateLimiter(kv, {
    clock,
    burstPerMinute: 2,
    dailyPerUser: 0,
    globalPerMinute: 0,
  });
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const limited = (n: number) =>
    jobs.accept(request({ limits: limiter.check(1), queueMax: 10, now: n }));
  assert.ok((await limited(0)).ok);
  assert.ok((await limited(1)).ok);
  const third = await limited(2);
  assert.ok(!third.ok && third.reason === "limited" && third.refusal.notify);
  const fourth = await limited(3);
  assert.ok(
    !fourth.ok && fourth.reason === "limited" && !fourth.refusal.notify,
    "told once",
  );
  assert.equal(
    (await jobs.userJobs(1)).queued.length,
    1,
    "refused prompts are not queued",
  );
});

Deno.test("jobStore.accept() builds the job from the profile it reads in the same round", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  await kv.set(["user", 1], { prefs: { category: "coding" } });
  const outcome = await acceptOk(jobs, {
    profileKey: ["user", 1],
    input: (profile) => ({
      ...INPUT,
      category: (profile as { prefs: { category: string } } | null)?.prefs
        .category ?? "general",
    }),
  });
  assert.equal(outcome.job.category, "coding");
  assert.equal(outcome.input.category, "coding");
});

Deno.test("jobStore.claim() starts a run of the owner's job, a free one, or one of a dead instance, counting attempts", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const { job } = await acceptOk(jobs);
  const id = job.id;
  assert.equal(await jobs.claim(id, "b", 1), null, "a's job, and a is alive");
  const started = await jobs.claim(id, "a", 1);
  assert.equal(started?.status, "running");
  assert.equal(started?.attempts, 1);
  const taken = await jobs.claim(id, "b", 2, (owner) => owner === "a");
  assert.equal(taken?.owner, "b");
  assert.equal(taken?.attempts, 2, "a takeover counts an attempt");
  assert.equal(
    await jobs.patch(id, "a", { delivered: 1 }),
    null,
    "a cannot write any more",
  );
  assert.equal(await jobs.holds(id, "a"), false);
  assert.equal((await jobs.patch(id, "b", { delivered: 1 }))?.delivered, 1);

  assert.ok(await jobs.release(id, "b", 100));
  assert.equal(
    await jobs.claim(id, "c", 99),
    null,
    "a freed job waits until notBefore",
  );
  assert.equal((await jobs.claim(id, "c", 100))?.attempts, 3);
});

Deno.test("jobStore.claim() of a queued job fails: it runs when the job ahead of it finishes", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  await acceptOk(jobs);
  const queued = await acceptOk(jobs);
  assert.equal(await jobs.claim(queued.job.id, "a", 1), null);
});

Deno.test("jobStore.claim() lets exactly one of many concurrent workers take a dead instance's job", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  const { job } = await acceptOk(jobs, { owner: "dead" });
  const claims = await Promise.all(
    Array.from(
      { length: 10 },
      (_, i) => jobs.claim(job.id, `w${i}`, 5000, (owner) => owner === "dead"),
    ),
  );
  assert.equal(claims.filter((c) => c !== null).length, 1);
});

Deno.test("jobStore heartbeats: beat() keeps an instance alive for the lease, retire() removes it", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  await jobs.beat("a", 5_000, 4_000);
  await jobs.beat("b", 5_500, 4_000);
  // `writes`: what the instance's record layer writes, for the record walker.
  assert.deepEqual(
    Object.fromEntries(await jobs.instances()),
    {
      a: { aliveUntil: 6_000, startedAt: 4_000, writes: "plain;" },
      b: { aliveUntil: 6_500, startedAt: 4_000, writes: "plain;" },
    },
  );
  await jobs.retire("a");
  assert.deepEqual([...(await jobs.instances()).keys()], ["b"]);
});

Deno.test("jobStore reads a job of an earlier version (a lease, no status) as running on its old owner", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  await kv.set(["job", "old-1"], {
    ...INPUT,
    id: "old-1",
    createdAt: 0,
    attempts: 1,
    lease: { owner: "gone", until: 30_000 },
    delivered: 0,
  });
  const old = await jobs.get("old-1");
  assert.equal(old?.status, "running");
  assert.equal(old?.owner, "gone");
  const taken = await jobs.claim(
    "old-1",
    "new",
    1,
    (owner) => owner === "gone",
  );
  assert.equal(taken?.attempts, 1, "its earlier run counted once");
  assert.deepEqual(await jobs.finish(taken!, "new"), {
    finished: true,
    next: null,
  });
});

Deno.test("jobStore rejects a lease that is not positive", async () => {
  using kv = await Deno.openKv(":memory:");
  assert.throws(() => new JobStore(kv, { leaseMs: 0 }), RangeError);
});

Deno.test("jobStore.startWaiting() keeps a busy user waiting and runs the request once", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000, maxAttempts: 50 });
  await jobs.waitForAi("job-1", INPUT, { ...INPUT, replyTo: 9 }, 0);
  assert.equal((await jobs.waitingRetries(10))[0].jobId, "job-1");
  const running = await acceptOk(jobs);
  assert.deepEqual(await jobs.startWaiting("job-1", "a", 2), {
    ok: false,
    reason: "busy",
  });
  await jobs.claim(running.job.id, "a", 2);
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
    if (start.ok) {
      await jobs.claim(start.job.id, "a", 1);
      await jobs.finish(start.job, "a");
    }
    assert.deepEqual(await jobs.startWaiting(jobId, "a", 2), {
      ok: false,
      reason: "gone",
    });
  }
});

Deno.test("jobStore.recordSent() is one blind commit that lands while the job is changed, and never lowers the count", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const { job } = await acceptOk(jobs);
  const id = job.id;
  await jobs.claim(id, "a", 1);
  const counting = countingKv(kv);
  const store = new JobStore(counting.kv, { leaseMs: 1000 });
  // Changes of the job's own record cannot make the record of a send retry.
  const patches = Array.from(
    { length: 20 },
    (_, i) => jobs.patch(id, "a", { draftMessageId: i }),
  );
  await Promise.all([store.recordSent(id, 3), ...patches]);
  assert.deepEqual(
    { commits: counting.counts.commits, reads: counting.counts.reads },
    { commits: 1, reads: 0 },
  );
  await store.recordSent(id, 2); // a late record of an earlier send
  assert.equal((await jobs.get(id))?.delivered, 3);
  await store.recordSent(id, 4);
  assert.equal((await jobs.claim(id, "a", 10))?.delivered, 4);
  await assert.rejects(store.recordSent(id, -1), RangeError);
});

Deno.test("jobStore.sentMessageIds() reads every recorded part, more than one getMany may ask for", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const { job } = await acceptOk(jobs);
  // MAX_ANSWER_PARTS allows 50 messages; KV's getMany takes 10 keys at most.
  const sent = 14;
  for (let count = 1; count <= sent; count++) {
    if (count !== 5) await jobs.recordSent(job.id, count, 100 + count);
  }
  const taken = await jobs.claim(job.id, "b", 2000, () => true);
  assert.equal(taken?.delivered, sent);
  assert.deepEqual(
    await jobs.sentMessageIds(job.id, taken!.delivered),
    Array.from(
      { length: sent },
      (_, i) => i === 4 ? undefined : 101 + i,
    ),
  );
});

Deno.test("jobStore.recordDraft() keeps the first draft, and finish() deletes the job, its delivery records and the user's queue", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const { job } = await acceptOk(jobs);
  const id = job.id;
  assert.equal(await jobs.recordDraft(id, 41), true);
  assert.equal(
    await jobs.recordDraft(id, 99),
    false,
    "a second draft is refused",
  );
  await jobs.recordSent(id, 2);
  const taken: EnhanceJob | null = await jobs.claim(id, "b", 2000, () => true);
  assert.equal(taken?.draftMessageId, 41);
  assert.equal(taken?.delivered, 2);
  assert.deepEqual(await jobs.finish(taken!, "b"), {
    finished: true,
    next: null,
  });
  const left = [];
  for await (const entry of kv.list({ prefix: [] })) left.push(entry.key);
  assert.deepEqual(left, [], "job, queue, draft and count are gone together");
});

Deno.test("jobStore.cancelUser() deletes what the jobs delivered and their tap key, as finish() does", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const tapKey = ["tap", "answer-1", "shorter"];
  const running = await acceptOk(jobs, { tapKey });
  const queued = await acceptOk(jobs, { input: { ...INPUT, prompt: "p2" } });
  await jobs.recordDraft(running.job.id, 40);
  await jobs.recordSent(running.job.id, 1, 41);
  await jobs.recordSent(running.job.id, 2, 42);
  assert.equal(await jobs.cancelUser(INPUT.userId), 2);
  const left: Deno.KvKey[] = [];
  for await (const entry of kv.list({ prefix: [] })) left.push(entry.key);
  assert.deepEqual(left, [], "no part, count, draft, job or tap key is left");
  // The same button works again at once.
  await acceptOk(jobs, { tapKey });
  assert.ok(queued.job.id);
});

Deno.test("a delivery recorded after its job is gone does not live forever: a draft expires, sweepDeliveries() takes the rest", async () => {
  using raw = await Deno.openKv(":memory:");
  const sets: { key: Deno.KvKey; expireIn?: number }[] = [];
  const kv = new Proxy(raw, {
    get(target, property) {
      if (property === "atomic") {
        return () => {
          const op = target.atomic();
          const set = op.set.bind(op);
          op.set = (key, value, options) => {
            sets.push({ key, expireIn: options?.expireIn });
            return set(key, value, options);
          };
          return op;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const live = await acceptOk(jobs);
  await jobs.recordDraft(live.job.id, 40);
  await jobs.recordSent(live.job.id, 1, 41);
  const draft = sets.find((s) =>
    s.key[0] === "job_delivery" && s.key[2] === "draft"
  );
  assert.ok((draft?.expireIn ?? 0) > 0, "the draft's record expires");
  // The worker records a message after its job was cancelled.
  await jobs.cancelUser(INPUT.userId);
  await jobs.recordSent(live.job.id, 2, 43);
  const other = await acceptOk(jobs, {
    userId: 2,
    input: { ...INPUT, userId: 2 },
  });
  await jobs.recordSent(other.job.id, 1, 50);
  assert.equal(await jobs.sweepDeliveries(), 2, "the count and the part");
  const left: Deno.KvKey[] = [];
  for await (const e of raw.list({ prefix: ["job_delivery"] })) {
    left.push(e.key);
  }
  assert.deepEqual(left.map((k) => k[1]), [other.job.id, other.job.id]);
});

Deno.test("jobStore.accept() reads first when a guess would need more checks than KV Connect allows in one commit", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const limiter = everyLimitOn(kv, clock);
  let mostChecks = 0;
  const atomic = kv.atomic.bind(kv);
  kv.atomic = () => {
    const op = atomic();
    const check = op.check.bind(op);
    let checks = 0;
    op.check = (...asked: Deno.AtomicCheck[]) => {
      checks += asked.length;
      mostChecks = Math.max(mostChecks, checks);
      return check(...asked);
    };
    return op;
  };
  const counting = countingKv(kv);
  const jobs = new JobStore(counting.kv, { leaseMs: 1000 });
  const accept = (userId: number, extra: Partial<AcceptRequest>) =>
    jobs.accept(request({
      userId,
      input: { ...INPUT, userId },
      update: { botId: 7, updateId: userId },
      profileKey: ["user", userId],
      limits: limiter.check(userId),
      ...extra,
    }));
  // Queue, profile, 4 counters and the notice, the claim and the job: 9 checks.
  counting.reset();
  assert.ok((await accept(1, {})).ok);
  assert.deepEqual([counting.counts.reads, counting.counts.commits], [0, 1]);
  assert.ok(mostChecks <= MAX_COMMIT_CHECKS, `${mostChecks} checks`);
  // With the session and a tap as well: 11 would be needed, so it reads.
  counting.reset();
  mostChecks = 0;
  assert.ok(
    (await accept(2, { divertKey: ["session", 2], tapKey: ["tap", 2] })).ok,
  );
  assert.deepEqual([counting.counts.reads, counting.counts.commits], [1, 1]);
  assert.ok(mostChecks <= MAX_COMMIT_CHECKS, `${mostChecks} checks`);
});

Deno.test("sweepDeliveries() takes an answer of 16 recorded parts in commits of at most 10 checks (KV Connect's limit)", async () => {
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const { job } = await acceptOk(jobs);
  // The worker goes on recording after its job was cancelled.
  await jobs.cancelUser(INPUT.userId);
  await jobs.recordDraft(job.id, 40);
  for (let n = 1; n <= 16; n++) await jobs.recordSent(job.id, n, 100 + n);
  // The draft, the count and 16 parts; refused as one commit by tests/kv_limits.ts.
  assert.equal(await jobs.sweepDeliveries(), 18);
  const left: Deno.KvKey[] = [];
  for await (const e of kv.list({ prefix: ["job_delivery"] })) left.push(e.key);
  assert.deepEqual(left, []);
});
