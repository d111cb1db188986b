import assert from "node:assert/strict";
import {
  fairShare,
  type RateLimitDecision,
  RateLimiter,
  type RateLimiterOptions,
} from "../../src/storage/rate_limiter.ts";
import { manualClock } from "../support.ts";

/** 2025-03-10 23:58:00 UTC. */
const LATE = Date.UTC(2025, 2, 10, 23, 58, 0);
const MIDNIGHT = Date.UTC(2025, 2, 11);

function limiter(
  kv: Deno.Kv,
  clock: ReturnType<typeof manualClock>,
  limits: Omit<RateLimiterOptions, "clock">,
): RateLimiter {
  return new RateLimiter(kv, {
    clock,
    burstPerMinute: 0,
    dailyPerUser: 0,
    globalPerMinute: 0,
    maxAttempts: 200,
    ...limits,
  });
}

function outcomes(decisions: RateLimitDecision[]): string[] {
  return decisions.map((d) => (d.ok ? "ok" : d.limit));
}

async function consumeN(
  rl: RateLimiter,
  userId: number,
  n: number,
): Promise<RateLimitDecision[]> {
  const decisions: RateLimitDecision[] = [];
  for (let i = 0; i < n; i++) decisions.push(await rl.consume(userId));
  return decisions;
}

Deno.test("rateLimiter.consume() admits a burst per user within any 60 s", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  const rl = limiter(kv, clock, { burstPerMinute: 3 });
  const first = clock.now();
  assert.deepEqual(outcomes(await consumeN(rl, 1, 3)), ["ok", "ok", "ok"]);
  clock.advance(20_000);
  const refused = await rl.consume(1);
  assert.deepEqual(refused, {
    ok: false,
    limit: "burst",
    max: 3,
    retryAt: first + 60_000,
    notify: true,
  });
  assert.equal((await rl.consume(2)).ok, true, "other users are not affected");
  clock.set(first + 59_999);
  assert.equal(
    (await rl.consume(1)).ok,
    false,
    "the window slides, not resets",
  );
  clock.set(first + 60_000);
  assert.deepEqual(outcomes(await consumeN(rl, 1, 4)), [
    "ok",
    "ok",
    "ok",
    "burst",
  ]);
});

Deno.test("rateLimiter.consume() resets the daily quota at 00:00 UTC", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  const rl = limiter(kv, clock, { dailyPerUser: 2 });
  assert.deepEqual(outcomes(await consumeN(rl, 1, 3)), ["ok", "ok", "daily"]);
  const refused = await rl.consume(1);
  assert.ok(!refused.ok);
  assert.equal(refused.retryAt, MIDNIGHT);
  clock.set(MIDNIGHT - 1);
  assert.equal((await rl.consume(1)).ok, false);
  clock.set(MIDNIGHT);
  assert.deepEqual(outcomes(await consumeN(rl, 1, 3)), ["ok", "ok", "daily"]);
});

Deno.test("rateLimiter.consume() caps all users together per minute", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 10, 12, 0, 30));
  const rl = limiter(kv, clock, { globalPerMinute: 3 });
  for (const user of [1, 2, 3]) assert.equal((await rl.consume(user)).ok, true);
  assert.deepEqual(await rl.consume(4), {
    ok: false,
    limit: "global",
    max: 3,
    retryAt: Date.UTC(2025, 2, 10, 12, 1, 0),
    notify: true,
  });
  clock.set(Date.UTC(2025, 2, 10, 12, 1, 0));
  assert.equal((await rl.consume(4)).ok, true);
});

Deno.test("rateLimiter.consume() refused by one limit consumes none of the others", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 10, 12, 0, 0));
  const rl = limiter(kv, clock, {
    burstPerMinute: 1,
    dailyPerUser: 1,
    globalPerMinute: 1,
  });
  assert.equal((await rl.consume(1)).ok, true);
  for (let i = 0; i < 5; i++) {
    assert.equal((await rl.consume(2)).ok, false, "the global cap refuses");
  }
  clock.advance(60_000);
  assert.equal(
    (await rl.consume(2)).ok,
    true,
    "user 2's burst and daily counters were not touched",
  );
  let global = 0;
  for await (
    const e of kv.list<{ admitted: number }>({ prefix: ["rate_global"] })
  ) global += e.value.admitted;
  assert.equal(global, 2, "refusals were not counted globally either");
});

Deno.test("rateLimiter.consume() reports the limit that lasts longest", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  const rl = limiter(kv, clock, { burstPerMinute: 1, dailyPerUser: 1 });
  await rl.consume(1);
  const refused = await rl.consume(1);
  assert.ok(!refused.ok);
  assert.equal(refused.limit, "daily");
  assert.equal(refused.retryAt, MIDNIGHT);
});

Deno.test("rateLimiter.consume() lets admins through without counting them", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  const rl = limiter(kv, clock, {
    burstPerMinute: 1,
    dailyPerUser: 1,
    globalPerMinute: 1,
  });
  for (let i = 0; i < 10; i++) {
    assert.deepEqual(await rl.consume(99, { isAdmin: true }), { ok: true });
  }
  assert.equal((await rl.consume(1, { isAdmin: false })).ok, true);
  assert.equal((await rl.consume(99)).ok, false, "not exempt as a non-admin");
});

Deno.test("rateLimiter.consume() notifies once per limit and window", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 10, 12, 0, 0));
  const rl = limiter(kv, clock, { burstPerMinute: 1, dailyPerUser: 2 });
  const notices = async () =>
    (await consumeN(rl, 1, 3)).map((d) =>
      d.ok ? "ok" : `${d.limit}:${d.notify}`
    );
  assert.deepEqual(await notices(), ["ok", "burst:true", "burst:false"]);
  clock.advance(30_000);
  assert.deepEqual(await notices(), [
    "burst:false",
    "burst:false",
    "burst:false",
  ]);
  clock.advance(30_000);
  assert.deepEqual(await notices(), ["ok", "daily:true", "daily:false"]);
  clock.set(Date.UTC(2025, 2, 11, 0, 0, 0));
  assert.deepEqual(await notices(), ["ok", "burst:true", "burst:false"]);
});

Deno.test("rateLimiter.consume() tells one of many parallel refusals to notify", async () => {
  using kv = await Deno.openKv(":memory:");
  const rl = limiter(kv, manualClock(LATE), { dailyPerUser: 1 });
  await rl.consume(1);
  const decisions = await Promise.all(
    Array.from({ length: 10 }, () => rl.consume(1)),
  );
  assert.equal(decisions.filter((d) => !d.ok && d.notify).length, 1);
});

Deno.test("rateLimiter.consume() never over-admits parallel requests of one user", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  const rl = limiter(kv, clock, { burstPerMinute: 50, dailyPerUser: 7 });
  const decisions = await Promise.all(
    Array.from({ length: 30 }, () => rl.consume(5)),
  );
  assert.equal(decisions.filter((d) => d.ok).length, 7);
  assert.equal((await kv.get(["rate_daily", 5, "2025-03-10"])).value, 7);
  assert.equal((await kv.get<number[]>(["rate_burst", 5])).value?.length, 7);
});

Deno.test("rateLimiter.consume() counts exactly with two instances on one KV file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    using a = await Deno.openKv(`${dir}/kv.sqlite3`);
    using b = await Deno.openKv(`${dir}/kv.sqlite3`);
    const clock = manualClock(LATE);
    const limits = { dailyPerUser: 2, globalPerMinute: 12 };
    const onA = limiter(a, clock, limits);
    const onB = limiter(b, clock, limits);
    // 16 users, 3 requests each: the daily quota and the global cap both bite.
    const users = Array.from({ length: 48 }, (_, i) => 1 + (i % 16));
    const decisions = await Promise.all(
      users.map((user, i) => (i % 2 ? onA : onB).consume(user)),
    );
    assert.equal(decisions.filter((d) => d.ok).length, 12);
    const minute = Math.floor(LATE / 60_000);
    const admittedBy = new Map<number, number>();
    decisions.forEach((d, i) => {
      if (d.ok) admittedBy.set(users[i], (admittedBy.get(users[i]) ?? 0) + 1);
    });
    assert.ok([...admittedBy.values()].every((n) => n <= 2), "daily quota");
    assert.deepEqual((await a.get(["rate_global", minute])).value, {
      admitted: 12,
      users: admittedBy.size,
    });
    for (const [user, n] of admittedBy) {
      assert.equal((await b.get(["rate_global_user", user, minute])).value, n);
      assert.equal((await b.get(["rate_daily", user, "2025-03-10"])).value, n);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("rateLimiter.consume() reads and commits nothing when every limit is off", async () => {
  using kv = await Deno.openKv(":memory:");
  const used = { reads: 0, commits: 0 };
  const rl = limiter(countingKv(kv, used), manualClock(LATE), {});
  assert.deepEqual(outcomes(await consumeN(rl, 1, 20)), Array(20).fill("ok"));
  assert.deepEqual(used, { reads: 0, commits: 0 });
  assert.equal((await Array.fromAsync(kv.list({ prefix: [] }))).length, 0);
});

Deno.test("rateLimiter.consume() admits with one read and one commit, and reads nothing more for a limit that is off", async () => {
  using kv = await Deno.openKv(":memory:");
  const used = { reads: 0, commits: 0 };
  const sets: { key: Deno.KvKey; expireIn?: number }[] = [];
  const rl = limiter(
    recordingSets(countingKv(kv, used), sets),
    manualClock(LATE),
    {
      dailyPerUser: 5,
    },
  );
  assert.equal((await rl.consume(1)).ok, true);
  assert.deepEqual(used, { reads: 1, commits: 1 });
  assert.deepEqual(sets.map((s) => s.key), [["rate_daily", 1, "2025-03-10"]]);
});

/** `kv` counting its read rounds (get, getMany) and its atomic commits in `used`. */
function countingKv(
  kv: Deno.Kv,
  used: { reads: number; commits: number },
): Deno.Kv {
  return new Proxy(kv, {
    get(target, prop) {
      if (prop === "get" || prop === "getMany") used.reads++;
      if (prop === "atomic") {
        return () => {
          const op = target.atomic();
          const commit = op.commit.bind(op);
          op.commit = () => {
            used.commits++;
            return commit();
          };
          return op;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

Deno.test("rateLimiter.consume(): after 13 accounts × 5 prompts a newcomer still gets through", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 10, 12, 0, 0));
  const rl = limiter(kv, clock, { burstPerMinute: 5, globalPerMinute: 60 });
  const heavy = Array.from({ length: 13 }, (_, i) => 100 + i);
  const byUser = new Map<number, string[]>();
  for (const user of heavy) {
    byUser.set(user, outcomes(await consumeN(rl, user, 5)));
    clock.advance(100);
  }
  // The first half of the minute went first come, first served.
  for (const user of heavy.slice(0, 6)) {
    assert.deepEqual(byUser.get(user), ["ok", "ok", "ok", "ok", "ok"]);
  }
  // Then shares shrink as more users arrive: README's example.
  const admittedBy = heavy.map((u) =>
    byUser.get(u)!.filter((o) => o === "ok").length
  );
  assert.deepEqual(admittedBy, [5, 5, 5, 5, 5, 5, 3, 3, 2, 2, 1, 1, 1]);
  for (const user of heavy.slice(6)) {
    assert.equal(byUser.get(user)!.at(-1), "share");
  }
  for (const newcomer of [900, 901, 902]) {
    assert.deepEqual(outcomes(await consumeN(rl, newcomer, 1)), ["ok"]);
  }
  for (const user of heavy.slice(6)) {
    assert.deepEqual(outcomes(await consumeN(rl, user, 1)), ["share"]);
  }
});

Deno.test("rateLimiter.consume() refuses the heaviest users first, for the rest of the minute", async () => {
  using kv = await Deno.openKv(":memory:");
  const minuteStart = Date.UTC(2025, 2, 10, 12, 0, 0);
  const clock = manualClock(minuteStart + 20_000);
  const rl = limiter(kv, clock, { globalPerMinute: 10 });
  // The first 5 of 10 go first come: user 1 takes all of them.
  assert.deepEqual(outcomes(await consumeN(rl, 1, 5)), Array(5).fill("ok"));
  assert.deepEqual(await rl.consume(1), {
    ok: false,
    limit: "share",
    max: 10,
    retryAt: minuteStart + 60_000,
    notify: true,
  });
  // 5 left between users 1 and 2: user 2 gets 2, then 3 users share 3.
  assert.deepEqual(outcomes(await consumeN(rl, 2, 3)), ["ok", "ok", "share"]);
  for (const light of [3, 4, 5]) {
    assert.deepEqual(outcomes(await consumeN(rl, light, 1)), ["ok"]);
  }
  assert.deepEqual(outcomes(await consumeN(rl, 6, 1)), ["global"]);
  clock.set(minuteStart + 60_000);
  assert.deepEqual(
    outcomes(await consumeN(rl, 1, 5)),
    Array(5).fill("ok"),
    "a new minute starts first come again",
  );
});

Deno.test("rateLimiter.consume() never admits past the global cap, with many users in parallel", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2025, 2, 10, 12, 0, 0));
  const rl = limiter(kv, clock, { globalPerMinute: 12 });
  // 4 heavy users send 10 each, 30 light users 1 each, all at once.
  const users = [
    ...Array.from({ length: 40 }, (_, i) => 1 + (i % 4)),
    ...Array.from({ length: 30 }, (_, i) => 100 + i),
  ];
  const decisions = await Promise.all(users.map((u) => rl.consume(u)));
  assert.equal(decisions.filter((d) => d.ok).length, 12);
  const minute = Math.floor(clock.now() / 60_000);
  assert.equal(
    (await kv.get<{ admitted: number }>(["rate_global", minute])).value
      ?.admitted,
    12,
  );
  const heavy = decisions.filter((d, i) => d.ok && users[i] <= 4).length;
  assert.ok(heavy <= 6 + 4, `heavy users took ${heavy} of 12`);
});

Deno.test("fairShare() is unbounded in the first half, then divides what is left among the minute's users", () => {
  assert.equal(fairShare(60, { admitted: 29, users: 1 }, 29), Infinity);
  assert.equal(fairShare(60, { admitted: 30, users: 6 }, 5), 5);
  assert.equal(fairShare(60, { admitted: 30, users: 6 }, 0), 4, "30 / 7");
  assert.equal(fairShare(60, { admitted: 59, users: 20 }, 3), 1, "at least 1");
  assert.equal(fairShare(1, { admitted: 0, users: 0 }, 0), Infinity);
  assert.equal(fairShare(3, { admitted: 2, users: 2 }, 0), 1);
});

/** `kv` whose atomic operations report every `set()` with its expiry. */
function recordingSets(
  kv: Deno.Kv,
  sets: { key: Deno.KvKey; expireIn?: number }[],
): Deno.Kv {
  return new Proxy(kv, {
    get(target, prop) {
      if (prop === "atomic") {
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
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

Deno.test("rateLimiter counters and notices expire when their window ends", async () => {
  using kv = await Deno.openKv(":memory:");
  const sets: { key: Deno.KvKey; expireIn?: number }[] = [];
  const clock = manualClock(MIDNIGHT - 90_000); // 23:58:30
  const rl = limiter(recordingSets(kv, sets), clock, {
    burstPerMinute: 5,
    dailyPerUser: 1,
    globalPerMinute: 5,
  });
  await rl.consume(1);
  await rl.consume(1);
  assert.deepEqual(sets, [
    { key: ["rate_burst", 1], expireIn: 60_000 },
    { key: ["rate_daily", 1, "2025-03-10"], expireIn: 90_000 },
    { key: ["rate_global", Math.floor(LATE / 60_000)], expireIn: 30_000 },
    {
      key: ["rate_global_user", 1, Math.floor(LATE / 60_000)],
      expireIn: 30_000,
    },
    { key: ["rate_notice", 1], expireIn: 90_000 },
  ]);
});

Deno.test("new RateLimiter() rejects negative, fractional and oversized limits", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  assert.throws(
    () => new RateLimiter(kv, { clock, dailyPerUser: -1 }),
    /daily limit must be a non-negative integer, got -1/,
  );
  assert.throws(
    () => new RateLimiter(kv, { clock, globalPerMinute: 0.5 }),
    RangeError,
  );
  assert.throws(
    () => new RateLimiter(kv, { clock, burstPerMinute: 1001 }),
    /burst limit must be at most 1000, got 1001/,
  );
});

Deno.test("rateLimiter.check() with a user's own limits counts them instead of the configured ones", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  const rl = limiter(kv, clock, { burstPerMinute: 1, dailyPerUser: 100 });
  const trusted = { burstPerMinute: 3, dailyPerUser: 100 };
  const decisions: RateLimitDecision[] = [];
  for (let i = 0; i < 4; i++) {
    decisions.push(await rl.consume(7, { limits: trusted }));
  }
  assert.deepEqual(outcomes(decisions), ["ok", "ok", "ok", "burst"]);
  assert.equal((decisions[3] as { max: number }).max, 3);
  assert.deepEqual(outcomes(await consumeN(rl, 8, 2)), ["ok", "burst"]);
});

Deno.test("rateLimiter.check() with anyOf reads every counter one of them enables; decide() applies the one picked", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(LATE);
  // Users have no burst limit; trusted users one of 2.
  const rl = limiter(kv, clock, { burstPerMinute: 0, dailyPerUser: 10 });
  const user = { burstPerMinute: 0, dailyPerUser: 10 };
  const trusted = { burstPerMinute: 2, dailyPerUser: 10 };
  const run = async (picked: typeof user | "exempt") => {
    const check = rl.check(9, { anyOf: [user, trusted] });
    const entries = await kv.getMany(check.keys);
    const op = kv.atomic();
    const decision = check.decide(entries, op, picked);
    if (decision.ok || decision.notify) await op.commit();
    return { decision, keys: check.keys };
  };
  const first = await run(trusted);
  assert.ok(first.keys.some((key) => key[0] === "rate_burst"));
  assert.ok(first.keys.some((key) => key[0] === "rate_daily"));
  assert.equal((await run(trusted)).decision.ok, true);
  assert.equal((await run(trusted)).decision.ok, false);
  // As a user (burst off) the same counters admit, and the burst log is not written.
  const before = (await kv.get(["rate_burst", 9])).versionstamp;
  assert.equal((await run(user)).decision.ok, true);
  assert.equal((await kv.get(["rate_burst", 9])).versionstamp, before);
  // Exempt: admitted, nothing written at all.
  const daily = (await kv.get(["rate_daily", 9, "2025-03-10"])).value;
  assert.equal((await run("exempt")).decision.ok, true);
  assert.equal((await kv.get(["rate_daily", 9, "2025-03-10"])).value, daily);
});
