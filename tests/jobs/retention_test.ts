/**
 * Retention through the real wiring (createApp's cleanup cron): history
 * items older than HISTORY_RETENTION_DAYS (90 by default) and audit entries
 * older than a year are deleted.
 *
 * @module
 */
import assert from "node:assert/strict";
import { createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { DEFAULT_HISTORY_RETENTION_DAYS } from "../../src/jobs/cleanup.ts";
import { manualClock } from "../support.ts";

const DAY = 86_400_000;
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

Deno.test("the cleanup cron keeps history 90 days by default and the audit log a year", async () => {
  assert.equal(DEFAULT_HISTORY_RETENTION_DAYS, 90);
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const config = loadConfig({ BOT_TOKEN: TOKEN });
  assert.equal(config.historyRetentionDays, 90);
  const app = createApp(config, kv, { clock, llm: null, instanceId: "t" });
  const entry = (prompt: string) => ({
    prompt,
    result: "r",
    category: "general",
    source: "offline" as const,
  });
  await app.deps.history.append(7, entry("old"));
  await app.deps.auditLog.audit({ action: "ban", actorId: 1, targetId: 7 });
  clock.advance(30 * DAY);
  await app.deps.history.append(7, entry("recent"));
  clock.advance(61 * DAY); // "old" is 91 days old, "recent" 61
  await app.scheduledWork().cleanup();
  assert.deepEqual((await app.deps.history.list(7)).map((i) => i.prompt), [
    "recent",
  ]);
  assert.equal((await app.deps.auditLog.page()).entries.length, 1);
  clock.advance(275 * DAY); // the audit entry is a year and a day old
  await app.scheduledWork().cleanup();
  assert.equal((await app.deps.auditLog.page()).entries.length, 0);
  assert.ok(await app.deps.jobs.stop(1_000));
});

Deno.test("app.dropExpiredReads() drops the profile and session reads older than CACHE_TTL_MS, for the idle collector", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const config = loadConfig({ BOT_TOKEN: TOKEN, CACHE_TTL_MS: "2000" });
  const app = createApp(config, kv, { clock, llm: null, instanceId: "t" });
  for (let id = 1; id <= 5; id++) {
    await app.deps.users.get(id);
    await app.deps.sessions.get(id);
  }
  assert.equal(app.dropExpiredReads(), 0, "still fresh");
  clock.advance(2_001);
  await app.deps.users.get(6);
  assert.equal(app.dropExpiredReads(), 10);
  assert.equal(app.deps.users.cacheStats().size, 1);
});
