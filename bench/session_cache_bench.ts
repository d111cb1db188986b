/**
 * Drives many distinct users through the user and session stores with their
 * read caches, and reports the caches' sizes and the process's memory.
 *
 * Script (numbers in docs/PERFORMANCE.md):
 *
 * ```sh
 * deno run --allow-read --allow-write --v8-flags=--expose-gc \
 *   bench/session_cache_bench.ts --users 10000 --max 10000 --ttl 5000
 * ```
 *
 * `--max 0` turns the caches off for comparison. KV is a file in a temporary
 * folder, removed at the end; nothing touches the network.
 *
 * `deno bench bench/session_cache_bench.ts` times a cached and an uncached read.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { SessionStore } from "../src/storage/session_store.ts";
import { UserStore } from "../src/storage/user_store.ts";
import type { KvCacheOptions } from "../src/storage/cache.ts";

interface Fixture {
  users: UserStore;
  sessions: SessionStore;
  clock: { now(): number; advance(ms: number): void };
}

function createFixture(kv: Deno.Kv, cache: KvCacheOptions): Fixture {
  let now = Date.UTC(2025, 2, 10);
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  return {
    clock,
    users: new UserStore(kv, {
      clock,
      cache,
      defaultPreferences: { category: "general" },
    }),
    sessions: new SessionStore(kv, { clock, cache }),
  };
}

/** What one user does per message: read preferences, count, remember, read the session. */
async function oneMessage(f: Fixture, id: number): Promise<void> {
  await f.users.preferences(id);
  await f.users.recordEnhancement(id);
  await f.sessions.update(id, (s) => ({
    ...s,
    lastRequest: {
      prompt: `rough idea number ${id} `.repeat(8),
      category: "general",
      userId: id,
      at: f.clock.now(),
    },
  }));
  await f.sessions.get(id);
  await f.users.preferences(id);
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 102.4) / 10;
}

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = Deno.memoryUsage();
  return { rssMb: megabytes(rss), heapUsedMb: megabytes(heapUsed) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      users: { type: "string", default: "10000" },
      max: { type: "string", default: "10000" },
      ttl: { type: "string", default: "5000" },
    },
  });
  const userCount = Number(values.users);
  const cache = { max: Number(values.max), ttlMs: Number(values.ttl) };
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-bench-" });
  try {
    using kv = await Deno.openKv(`${dir}/kv.sqlite3`);
    const f = createFixture(kv, cache);
    const before = memory();
    const started = performance.now();
    const samples: Record<string, unknown>[] = [];
    for (let id = 1; id <= userCount; id++) {
      await oneMessage(f, id);
      f.clock.advance(1); // 10,000 users ≈ 10 s of simulated time
      if (id % (userCount / 5) === 0) {
        samples.push({
          users: id,
          userCache: f.users.cacheStats().size,
          sessionCache: f.sessions.cacheStats().size,
          ...memory(),
        });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.table(samples);
    console.log(JSON.stringify(
      {
        users: userCount,
        cache,
        seconds: Math.round(seconds * 10) / 10,
        messagesPerSecond: Math.round(userCount / seconds),
        userCache: f.users.cacheStats(),
        sessionCache: f.sessions.cacheStats(),
        memoryBefore: before,
        memoryAfter: memory(),
      },
      null,
      2,
    ));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

if (import.meta.main) {
  await main();
} else {
  const kv = await Deno.openKv(":memory:");
  const cached = createFixture(kv, {});
  const uncached = createFixture(kv, { max: 0 });
  await cached.users.recordEnhancement(1);
  Deno.bench("userStore.preferences() from the cache", async () => {
    await cached.users.preferences(1);
  });
  Deno.bench("userStore.preferences() from KV (cache off)", async () => {
    await uncached.users.preferences(1);
  });
}
