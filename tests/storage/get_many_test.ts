import assert from "node:assert/strict";
import { getManyAtOnce } from "../../src/storage/atomic.ts";

Deno.test("getManyAtOnce() reads more keys than one getMany may, in order", async () => {
  using kv = await Deno.openKv(":memory:");
  const keys = Array.from({ length: 23 }, (_, i) => ["k", i]);
  for (const [i, key] of keys.entries()) {
    if (i % 3 !== 0) await kv.set(key, i);
  }
  await assert.rejects(() => kv.getMany(keys), /Too many ranges/);
  const found = await getManyAtOnce(kv, keys);
  assert.deepEqual(
    found.map((entry) => entry.value),
    keys.map((_, i) => (i % 3 === 0 ? null : i)),
  );
  assert.deepEqual(found.map((entry) => entry.key), keys);
});
