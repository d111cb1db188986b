import assert from "node:assert/strict";
import {
  ALBUM_RECORD,
  MediaStore,
  TRANSCRIPT_TTL_MS,
} from "../../src/storage/media_store.ts";
import { PLAIN_RECORDS } from "../../src/storage/records.ts";
import { albumKey } from "../../src/storage/keys.ts";

Deno.test("MediaStore.addAlbumPart(): the first part starts the album, later and repeated parts are only recorded", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new MediaStore(kv);
  const part = (fileId: string, now: number, caption?: string) =>
    store.addAlbumPart(-5, "g", { userId: 7, file: { fileId }, caption, now });
  assert.deepEqual(await part("a", 100), { ok: true, first: true });
  assert.deepEqual(await part("b", 200, "  the caption "), {
    ok: true,
    first: false,
  });
  // A redelivered part changes nothing, not even the window.
  assert.deepEqual(await part("a", 900), { ok: true, first: false });
  const key = albumKey(-5, "g");
  const album = await PLAIN_RECORDS.codec(ALBUM_RECORD).decode(
    key,
    (await kv.get(key)).value,
  );
  assert.deepEqual(album, {
    userId: 7,
    files: [{ fileId: "a" }, { fileId: "b" }],
    caption: "the caption",
    updatedAt: 200,
    closed: false,
  });
});

Deno.test("MediaStore.closeAlbum() waits out the window after the last part, then closes it once", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new MediaStore(kv);
  assert.deepEqual(
    await store.closeAlbum(1, "none", { now: 0, windowMs: 100 }),
    { ok: false, reason: "gone" },
  );
  await store.addAlbumPart(1, "g", {
    userId: 1,
    file: { fileId: "a" },
    now: 1_000,
  });
  assert.deepEqual(
    await store.closeAlbum(1, "g", { now: 1_040, windowMs: 100 }),
    { ok: false, reason: "open", waitMs: 60 },
  );
  const closed = await store.closeAlbum(1, "g", { now: 1_100, windowMs: 100 });
  assert.equal(closed.ok && closed.album.closed, true);
  assert.deepEqual(
    await store.addAlbumPart(1, "g", {
      userId: 1,
      file: { fileId: "b" },
      now: 1_200,
    }),
    { ok: false, reason: "closed" },
  );
});

Deno.test("MediaStore.transcript() finds a transcript message while it is recent, by its age rather than KV's expiry", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new MediaStore(kv);
  const record = { userId: 9, jobId: "j", createdAt: 5_000 };
  await store.rememberTranscript(9, 41, record);
  assert.deepEqual(await store.transcript(9, 41, 5_001), record);
  assert.equal(await store.transcript(9, 42, 5_001), null);
  assert.equal(await store.transcript(9, 41, 5_000 + TRANSCRIPT_TTL_MS), null);
});
