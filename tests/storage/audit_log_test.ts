import assert from "node:assert/strict";
import { AUDIT_RETENTION_MS, AuditLog } from "../../src/storage/audit_log.ts";
import { pseudonymize } from "../../src/logging.ts";
import { manualClock } from "../support.ts";

Deno.test("auditLog: entries carry the logs' pseudonyms, newest first, paginated", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const log = new AuditLog(kv, { clock, idKey: "audit-test-key-0123" });
  for (let i = 0; i < 12; i++) {
    clock.advance(1);
    await log.audit({ action: "broadcast", actorId: 42, count: i });
  }
  const first = await log.page({ limit: 5 });
  assert.deepEqual(first.entries.map((e) => e.count), [11, 10, 9, 8, 7]);
  assert.equal(first.more, true);
  const last = await log.page({ offset: 10, limit: 5 });
  assert.deepEqual(last.entries.map((e) => e.count), [1, 0]);
  assert.equal(last.more, false);
  assert.equal(first.entries[0].actor, pseudonymize(42, "audit-test-key-0123"));
  assert.ok(!JSON.stringify(first).includes("42"));
});

Deno.test("auditLog.deleteOlderThan() removes what KV has not expired yet, past the retention", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const log = new AuditLog(kv, { clock, idKey: "audit-test-key-0123" });
  for (let i = 0; i < 150; i++) {
    await log.audit({ action: "ban", actorId: 1, targetId: i });
  }
  clock.advance(AUDIT_RETENTION_MS);
  await log.audit({ action: "unban", actorId: 1, targetId: 2 });
  assert.equal(
    await log.deleteOlderThan(clock.now() - AUDIT_RETENTION_MS + 1),
    150,
  );
  const left = await log.page();
  assert.deepEqual(left.entries.map((e) => e.action), ["unban"]);
});

Deno.test("new AuditLog() needs a pseudonym key", () => {
  assert.throws(
    () => new AuditLog({} as Deno.Kv, { clock: manualClock(), idKey: "" }),
    TypeError,
  );
});
