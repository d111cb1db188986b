/**
 * The records of a delivery (the draft's message id, the count of messages
 * sent) land even when another process holds the SQLite file for a moment:
 * when several instances share one KV file a commit can fail with "database
 * is locked", and a lost record means the message is sent again by whoever
 * takes the job over (found by tests/e2e/scale_out_test.ts under load).
 *
 * @module
 */
import assert from "node:assert/strict";
import { lockedFor } from "../support.ts";
import { JobStore } from "../../src/storage/job_store.ts";

async function acceptedJob(jobs: JobStore): Promise<string> {
  const outcome = await jobs.accept({
    userId: 1,
    input: { userId: 1, chatId: 1, prompt: "p", category: "general" },
    owner: "a",
    now: 0,
    queueMax: 3,
  });
  assert.ok(outcome.ok);
  await jobs.claim(outcome.job.id, "a", 1);
  return outcome.job.id;
}

Deno.test("jobStore.recordDraft() lands after 'database is locked', and a second draft still does not replace the first", async () => {
  using kv = await Deno.openKv(":memory:");
  const id = await acceptedJob(new JobStore(kv, { leaseMs: 1000 }));
  const busy = lockedFor(kv, 2);
  const store = new JobStore(busy, { leaseMs: 1000 });
  assert.equal(await store.recordDraft(id, 41), true);
  assert.equal(busy.failed, 2);
  assert.equal(await store.recordDraft(id, 99), false);
  assert.equal((await store.get(id))?.draftMessageId, 41);
});

Deno.test("jobStore.recordSent() lands after 'database is locked'", async () => {
  using kv = await Deno.openKv(":memory:");
  const id = await acceptedJob(new JobStore(kv, { leaseMs: 1000 }));
  const busy = lockedFor(kv, 3);
  const store = new JobStore(busy, { leaseMs: 1000 });
  await store.recordSent(id, 2);
  assert.equal(busy.failed, 3);
  assert.equal((await store.get(id))?.delivered, 2);
});

Deno.test("jobStore.recordSent() still fails on an error that is not a busy file", async () => {
  using kv = await Deno.openKv(":memory:");
  const id = await acceptedJob(new JobStore(kv, { leaseMs: 1000 }));
  kv.close();
  await assert.rejects(new JobStore(kv, { leaseMs: 1000 }).recordSent(id, 1));
});

Deno.test("jobStore.rememberRetry() lands after 'database is locked', so an offline answer's button keeps working", async () => {
  using kv = await Deno.openKv(":memory:");
  const id = await acceptedJob(new JobStore(kv, { leaseMs: 1000 }));
  const busy = lockedFor(kv, 1);
  const store = new JobStore(busy, { leaseMs: 1000 });
  const input = { userId: 1, chatId: 1, prompt: "p", category: "general" };
  await store.rememberRetry(id, input);
  assert.equal(busy.failed, 1);
  assert.deepEqual(await store.takeRetry(id, 1), { ok: true, input });
});
