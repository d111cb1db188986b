/**
 * Times the KV stores on the hot path of a prompt, against Deno KV in a file
 * (SQLite, as in production without KV Connect): `HistoryStore.append()` at
 * its limit of 20 (so every append also trims one), `RateLimiter.consume()`
 * admitting and refusing, and `JobStore.create()` + `finish()`. One plain
 * atomic set is the baseline: what a single commit costs here.
 *
 * ```sh
 * deno bench -A bench/kv_bench.ts
 * ```
 *
 * The KV file lives in a temporary folder, removed when the bench exits.
 * Numbers and how to read them: docs/PERFORMANCE.md.
 *
 * @module
 */
import { HistoryStore } from "../src/storage/history_store.ts";
import { JobStore } from "../src/storage/job_store.ts";
import { RateLimiter } from "../src/storage/rate_limiter.ts";

const HISTORY_LIMIT = 20;
const START = Date.UTC(2025, 2, 10);

const dir = await Deno.makeTempDir({ prefix: "promptsmith-kv-bench-" });
const kv = await Deno.openKv(`${dir}/kv.sqlite3`);
globalThis.addEventListener("unload", () => {
  kv.close();
  Deno.removeSync(dir, { recursive: true });
});

/** A clock that moves on by `stepMs` every time it is read. */
function steppingClock(stepMs: number) {
  let now = START;
  return { now: () => (now += stepMs) };
}

const ENTRY = {
  prompt: "write a friendly email to my team about the new sync time ".repeat(
    3,
  ),
  result: "Role: You are an experienced team lead.\n\nTask: ".repeat(20),
  category: "writing",
  source: "ai" as const,
  model: "gpt-4o-mini",
};

// One user already at the limit: every append stores one item and trims one.
const history = new HistoryStore(kv, {
  limit: HISTORY_LIMIT,
  clock: steppingClock(1),
});
const FULL_USER = 1;
for (let i = 0; i < HISTORY_LIMIT; i++) {
  await history.append(FULL_USER, { ...ENTRY, requestId: `seed-${i}` });
}

// Every limit on, as by default; a second per request keeps the global
// 60-a-minute cap from refusing, and each request comes from a new user.
const limiter = new RateLimiter(kv, {
  clock: steppingClock(1_500),
  burstPerMinute: 5,
  dailyPerUser: 50,
  globalPerMinute: 60,
});
const BUSY_USER = 2;
const refusing = new RateLimiter(kv, {
  clock: { now: () => START },
  burstPerMinute: 5,
  dailyPerUser: 0,
  globalPerMinute: 0,
});
for (let i = 0; i < 6; i++) await refusing.consume(BUSY_USER);

const jobs = new JobStore(kv, { leaseMs: 30_000 });
let nextUser = 1_000;

Deno.bench({
  name: "kv.atomic().set().commit() (one commit, baseline)",
  group: "kv",
  baseline: true,
  async fn() {
    await kv.atomic().set(["bench", "baseline"], nextUser++).commit();
  },
});

Deno.bench({
  name:
    `historyStore.append() at limit ${HISTORY_LIMIT} (stores one, trims one)`,
  group: "kv",
  async fn() {
    await history.append(FULL_USER, { ...ENTRY, requestId: `r${nextUser++}` });
  },
});

Deno.bench({
  name: "rateLimiter.consume() admits (burst, daily and global on)",
  group: "kv",
  async fn() {
    const decision = await limiter.consume(nextUser++);
    if (!decision.ok) throw new Error("The limiter refused a new user");
  },
});

Deno.bench({
  name: "rateLimiter.consume() refuses (burst hit, user already told)",
  group: "kv",
  async fn() {
    const decision = await refusing.consume(BUSY_USER);
    if (decision.ok || decision.notify) {
      throw new Error("The limiter should refuse silently");
    }
  },
});

Deno.bench({
  name: "jobStore.accept() + claim() + finish()",
  group: "kv",
  async fn() {
    const input = {
      userId: nextUser++,
      chatId: nextUser,
      prompt: ENTRY.prompt,
      category: "writing",
    };
    const created = await jobs.accept({
      userId: input.userId,
      input,
      owner: "bench",
      now: START,
      queueMax: 3,
    });
    if (!created.ok) throw new Error("A new user's job was refused");
    await jobs.claim(created.job.id, "bench", START);
    await jobs.finish(created.job, "bench");
  },
});

// The commit that accepts a new user's prompt, by its shape alone (the
// in-process figure's trace: 10 keys checked absent, the update's claim, the
// job and the user's queue written), against raw get + commit of one key,
// the figure acceptance is held to (≥ 0.7×). docs/PERFORMANCE.md, "Seventh pass".
const ACCEPT_CHECKED = [
  "user_jobs",
  "update",
  "role",
  "access",
  "job",
  "user",
  "session",
  "rate_burst",
  "rate_daily",
  "rate_notice",
] as const;
// About the size of a real job record (445 characters as JSON in the trace).
const JOB_VALUE = {
  id: "0f8c2a9e-5b7d-4f21-9c3a-7e1d2b4a6c80",
  input: {
    userId: 1,
    chatId: 1,
    prompt: ENTRY.prompt,
    category: "writing",
    language: "en",
    updateId: 123_456,
    messageId: 42,
  },
  status: "running",
  owner: "instance-0f8c2a9e",
  attempts: 0,
  createdAt: START,
  updatedAt: START,
};

Deno.bench({
  name: "raw get + checked commit of one new key (in-process raw figure)",
  group: "accept",
  baseline: true,
  async fn() {
    const key = ["bench", "get_commit", nextUser++];
    const entry = await kv.get(key);
    await kv.atomic().check(entry).set(key, 1).commit();
  },
});

/**
 * The acceptance's commit for a new user: its 10 keys checked absent when
 * `checks`, and its three records written (the update's claim, the job and
 * the user's queue) or the claim alone. Each bench below awaits it in an
 * async `fn`: `deno bench` did not wait for a plain `fn` that returns the
 * promise (it timed 45 µs, and the commits outlived the file).
 */
async function acceptCommit(
  shape: { checks: boolean; writes: "all" | "claim" },
): Promise<void> {
  const user = nextUser++;
  const op = kv.atomic();
  if (shape.checks) {
    for (const name of ACCEPT_CHECKED) {
      op.check({ key: ["bench", name, user], versionstamp: null });
    }
  }
  op.set(["bench", "update", user], START, { expireIn: 86_400_000 });
  if (shape.writes === "all") {
    // Job ids are random UUIDs, as JobStore makes them.
    op.set(["bench", "job", crypto.randomUUID()], {
      ...JOB_VALUE,
      input: { ...JOB_VALUE.input, userId: user },
    }).set(
      ["bench", "user_jobs", user],
      { running: JOB_VALUE.id, queued: [] },
      { expireIn: 604_800_000 },
    );
  }
  const result = await op.commit();
  if (!result.ok) throw new Error("A new user's keys were not absent");
}

Deno.bench({
  name: "acceptance's commit alone: 10 keys checked absent, 3 written",
  group: "accept",
  async fn() {
    await acceptCommit({ checks: true, writes: "all" });
  },
});

// What the commit's cost is made of (docs/PERFORMANCE.md, "Ninth pass"): in
// the runs there, the two records beyond the claim cost more than the ten
// checks.
Deno.bench({
  name: "the same 3 written, nothing checked",
  group: "accept",
  async fn() {
    await acceptCommit({ checks: false, writes: "all" });
  },
});

Deno.bench({
  name: "the same 10 checked, the claim alone written",
  group: "accept",
  async fn() {
    await acceptCommit({ checks: true, writes: "claim" });
  },
});
