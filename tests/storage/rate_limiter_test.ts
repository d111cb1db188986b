import assert from "node:assert/strict";
import {
  formatLimitMessage,
  type RateLimitDecision,
  RateLimiter,
  type RateLimiterOptions,
} from "../../src/storage/rate_limiter.ts";

/** 2025-03-10 23:58:00 UTC. */
const LATE = Date.UTC(2025, 2, 10, 23, 58, 0);
const MIDNIGHT = Date.UTC(2025, 2, 11);

function manualClock(start = LATE) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => (now += ms),
    set: (ms: number) => (now = ms),
  };
}

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
  const clock = manualClock();
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
  const clock = manualClock();
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
  for await (const e of kv.list<number>({ prefix: ["rate_global"] })) {
    global += e.value;
  }
  assert.equal(global, 2, "refusals were not counted globally either");
});

Deno.test("rateLimiter.consume() reports the limit that lasts longest", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const rl = limiter(kv, clock, { burstPerMinute: 1, dailyPerUser: 1 });
  await rl.consume(1);
  const refused = await rl.consume(1);
  assert.ok(!refused.ok);
  assert.equal(refused.limit, "daily");
  assert.equal(refused.retryAt, MIDNIGHT);
});

Deno.test("rateLimiter.consume() lets admins through without counting them", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
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
  const rl = limiter(kv, manualClock(), { dailyPerUser: 1 });
  await rl.consume(1);
  const decisions = await Promise.all(
    Array.from({ length: 10 }, () => rl.consume(1)),
  );
  assert.equal(decisions.filter((d) => !d.ok && d.notify).length, 1);
});

Deno.test("rateLimiter.consume() never over-admits parallel requests of one user", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
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
    const clock = manualClock();
    const limits = { dailyPerUser: 9, globalPerMinute: 12 };
    const onA = limiter(a, clock, limits);
    const onB = limiter(b, clock, limits);
    const decisions = await Promise.all(
      Array.from(
        { length: 24 },
        (_, i) => (i % 2 ? onA : onB).consume(i % 3 === 0 ? 1 : 2),
      ),
    );
    assert.equal(decisions.filter((d) => d.ok).length, 12);
    const byUser = [1, 2].map((u) =>
      decisions.filter((d, i) => d.ok && (i % 3 === 0 ? 1 : 2) === u).length
    );
    assert.ok(byUser.every((n) => n <= 9), `per user: ${byUser}`);
    assert.equal(
      (await a.get(["rate_global", Math.floor(LATE / 60_000)])).value,
      12,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("rateLimiter.consume() writes nothing when every limit is off", async () => {
  using kv = await Deno.openKv(":memory:");
  const rl = limiter(kv, manualClock(), {});
  assert.deepEqual(outcomes(await consumeN(rl, 1, 20)), Array(20).fill("ok"));
  assert.equal((await Array.fromAsync(kv.list({ prefix: [] }))).length, 0);
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
    { key: ["rate_notice", 1, "daily"], expireIn: 90_000 },
  ]);
});

Deno.test("new RateLimiter() rejects negative, fractional and oversized limits", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
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

Deno.test("formatLimitMessage() names the limit and when to try again", () => {
  const now = Date.UTC(2025, 2, 10, 18, 48, 0);
  const refusal = { ok: false, notify: true } as const;
  assert.equal(
    formatLimitMessage(
      { ...refusal, limit: "daily", max: 50, retryAt: MIDNIGHT },
      now,
    ),
    "You've reached your daily limit of 50 prompts. It resets in 5 h 12 min (at 00:00 UTC).",
  );
  assert.equal(
    formatLimitMessage(
      { ...refusal, limit: "burst", max: 5, retryAt: now + 39_200 },
      now,
    ),
    "You're sending prompts too quickly: the limit is 5 prompts per minute. Try again in 40 s.",
  );
  assert.equal(
    formatLimitMessage(
      { ...refusal, limit: "global", max: 1, retryAt: now + 61_000 },
      now,
    ),
    "Promptsmith is at its limit of 1 prompt per minute for everyone right now. Try again in 2 min.",
  );
  assert.match(
    formatLimitMessage(
      { ...refusal, limit: "daily", max: 3, retryAt: now + 2 * 3_600_000 },
      now,
    ),
    /resets in 2 h \(at 00:00 UTC\)/,
  );
});
