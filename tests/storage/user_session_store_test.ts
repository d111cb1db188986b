import assert from "node:assert/strict";
import { UserStore } from "../../src/storage/user_store.ts";
import { SessionStore } from "../../src/storage/session_store.ts";

const clock = { now: () => 1_000 };

Deno.test("userStore.recordEnhancement() counts every call of parallel updates", async () => {
  using kv = await Deno.openKv(":memory:");
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
    maxAttempts: 100,
  });
  await Promise.all(
    Array.from({ length: 30 }, () => users.recordEnhancement(5)),
  );
  assert.equal((await users.get(5))?.enhancements, 30);
});

Deno.test("userStore.setPreferences() persists and keeps counters", async () => {
  using kv = await Deno.openKv(":memory:");
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
  });
  assert.deepEqual(await users.preferences(1), { category: "general" });
  await users.recordEnhancement(1);
  await users.setPreferences(1, { category: "coding" });
  assert.deepEqual(await users.preferences(1), { category: "coding" });
  assert.equal((await users.get(1))?.enhancements, 1);
  await users.delete(1);
  assert.equal(await users.get(1), null);
});

Deno.test("sessionStore.update() merges changes and stamps updatedAt", async () => {
  using kv = await Deno.openKv(":memory:");
  const sessions = new SessionStore(kv, { clock });
  assert.equal(await sessions.get(10), null);
  const lastRequest = { prompt: "p", category: "general", userId: 1, at: 1 };
  await sessions.update(10, (s) => ({ ...s, lastRequest }));
  assert.deepEqual(await sessions.get(10), { lastRequest, updatedAt: 1_000 });
  await sessions.delete(10);
  assert.equal(await sessions.get(10), null);
});
