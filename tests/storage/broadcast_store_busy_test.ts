/**
 * A broadcast's commits land even when another process holds the SQLite file
 * for a moment: with several instances on one KV file a commit can fail with
 * "database is locked", and a broadcast whose per-recipient commit threw
 * stopped sending until the next job sweep (up to a minute), its pending
 * recipient counted failed by whoever resumed it (found by
 * tests/e2e/scale_out_test.ts under load).
 *
 * @module
 */
import assert from "node:assert/strict";
import { lockedFor } from "../support.ts";
import {
  type BroadcastEntry,
  BroadcastStore,
} from "../../src/storage/broadcast_store.ts";
import { BROADCAST_ACTIVE_KEY } from "../../src/storage/keys.ts";

const clock = { now: () => 1_764_000_000_000 };

/** A broadcast being sent by "instance-a", as the store holds it. */
async function sending(kv: Deno.Kv): Promise<BroadcastEntry> {
  const store = new BroadcastStore(kv, { clock });
  const preview = await store.createPreview({
    adminId: 1,
    locale: "en",
    text: "News",
    entities: [],
  });
  assert.ok((await store.start(preview.id, "instance-a", 3)).ok);
  return (await store.get(preview.id))!;
}

Deno.test("broadcastStore.save() lands after 'database is locked', and a stale entry still loses", async () => {
  using kv = await Deno.openKv(":memory:");
  const entry = await sending(kv);
  const busy = lockedFor(kv, 3);
  const store = new BroadcastStore(busy, { clock });
  const saved = await store.save(entry, {
    ...entry.record,
    cursor: 7,
    pending: 7,
  });
  assert.equal(busy.failed, 3);
  assert.equal(saved?.record.pending, 7);
  assert.equal((await store.get(entry.record.id))?.record.cursor, 7);
  // The versionstamp check holds as before: the old entry cannot overwrite.
  assert.equal(await store.save(entry, { ...entry.record, cursor: 9 }), null);
  assert.equal((await store.get(entry.record.id))?.record.cursor, 7);
});

Deno.test("broadcastStore.claim() takes over after 'database is locked', counting the pending recipient failed", async () => {
  using kv = await Deno.openKv(":memory:");
  const entry = await sending(kv);
  await new BroadcastStore(kv, { clock }).save(entry, {
    ...entry.record,
    cursor: 7,
    pending: 7,
  });
  const busy = lockedFor(kv, 2);
  const store = new BroadcastStore(busy, { clock });
  const claimed = await store.claim(entry.record.id, "instance-b", () => true);
  assert.equal(busy.failed, 2);
  assert.equal(claimed?.record.owner, "instance-b");
  assert.equal(claimed?.record.pending, null);
  assert.equal(claimed?.record.failed, 1);
});

Deno.test("broadcastStore.finish() lands after 'database is locked' and frees the active pointer", async () => {
  using kv = await Deno.openKv(":memory:");
  const entry = await sending(kv);
  const busy = lockedFor(kv, 2);
  const store = new BroadcastStore(busy, { clock });
  const finished = await store.finish(entry, {
    ...entry.record,
    status: "done",
  });
  assert.equal(busy.failed, 2);
  assert.equal(finished?.record.status, "done");
  assert.equal((await kv.get(BROADCAST_ACTIVE_KEY)).value, null);
  assert.equal(await store.active(), null);
});

Deno.test("broadcastStore.save() still fails on an error that is not a busy file", async () => {
  using kv = await Deno.openKv(":memory:");
  const entry = await sending(kv);
  kv.close();
  await assert.rejects(
    new BroadcastStore(kv, { clock }).save(entry, { ...entry.record }),
  );
});
