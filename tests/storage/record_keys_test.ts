import assert from "node:assert/strict";
import { recordsKeysKey } from "../../src/storage/keys.ts";
import { RECORD_KINDS } from "../../src/storage/record_kinds.ts";
import { checkRecordKeys } from "../../src/storage/record_keys.ts";
import { Records } from "../../src/storage/records.ts";
import {
  type EncryptionKeySpec,
  Keyring,
  RecordKeyError,
} from "../../src/storage/sealed.ts";
import { UserStore } from "../../src/storage/user_store.ts";
import { manualClock } from "../support.ts";

const K1 = { id: "k1", key: new Uint8Array(32).fill(1) };
const K1_OTHER = { id: "k1", key: new Uint8Array(32).fill(7) };
const K2 = { id: "k2", key: new Uint8Array(32).fill(2) };
const NOW = 1_700_000_000_000;

function recordsWith(...keys: EncryptionKeySpec[]): Records {
  return new Records({
    keyring: keys.length > 0 ? new Keyring(keys) : null,
    kinds: RECORD_KINDS,
  });
}

async function writeProfiles(kv: Deno.Kv, records: Records, n = 10) {
  const users = new UserStore(kv, {
    clock: manualClock(),
    defaultPreferences: { category: "general" },
    records,
  });
  for (let id = 1; id <= n; id++) await users.setPreferences(id, {});
}

function naming(keyId: string, reason: "missing" | "wrong") {
  return (error: unknown) =>
    error instanceof RecordKeyError && error.keyId === keyId &&
    error.reason === reason && error.message.includes(`"${keyId}"`);
}

Deno.test("checkRecordKeys() passes on an empty KV, with or without keys, and registers the sealing key", async () => {
  using kv = await Deno.openKv(":memory:");
  const plain = await checkRecordKeys(kv, recordsWith(), { now: NOW });
  assert.deepEqual(plain, {
    encrypted: false,
    primary: null,
    retired: [],
    sampled: 0,
  });
  const keyed = await checkRecordKeys(kv, recordsWith(K1), { now: NOW });
  assert.equal(keyed.encrypted, true);
  assert.equal(keyed.primary, "k1");
  const registry = (await kv.get<{ keys: Record<string, unknown> }>(
    recordsKeysKey(),
  )).value;
  assert.deepEqual(Object.keys(registry!.keys), ["k1"]);
  // The registry holds a check value of the key, never the key.
  assert.ok(!JSON.stringify(registry).includes("1,1,1"));
});

Deno.test("checkRecordKeys() refuses another key under an id that sealed values, naming the id", async () => {
  using kv = await Deno.openKv(":memory:");
  await writeProfiles(kv, recordsWith(K1));
  await checkRecordKeys(kv, recordsWith(K1), { now: NOW });
  await assert.rejects(
    () => checkRecordKeys(kv, recordsWith(K1_OTHER), { now: NOW }),
    naming("k1", "wrong"),
  );
});

Deno.test("checkRecordKeys() refuses to start without the key stored values were sealed with, keys or none", async () => {
  using kv = await Deno.openKv(":memory:");
  await writeProfiles(kv, recordsWith(K1));
  await checkRecordKeys(kv, recordsWith(K1), { now: NOW });
  await assert.rejects(
    () => checkRecordKeys(kv, recordsWith(), { now: NOW }),
    naming("k1", "missing"),
  );
  await assert.rejects(
    () => checkRecordKeys(kv, recordsWith(K2), { now: NOW }),
    naming("k1", "missing"),
  );
  // Listed after the new key, it is fine.
  const rotating = await checkRecordKeys(kv, recordsWith(K2, K1), {
    now: NOW,
  });
  assert.equal(rotating.primary, "k2");
});

Deno.test("checkRecordKeys() opens a sample of the stored values, so it catches keys the registry does not know", async () => {
  using kv = await Deno.openKv(":memory:");
  await writeProfiles(kv, recordsWith(K1));
  // As if the registry were lost: only the values tell.
  await kv.delete(recordsKeysKey());
  await assert.rejects(
    () => checkRecordKeys(kv, recordsWith(K2), { now: NOW }),
    (error: unknown) =>
      naming("k1", "missing")(error) &&
      /stored user records/.test((error as Error).message),
  );
  await assert.rejects(
    () => checkRecordKeys(kv, recordsWith(K1_OTHER), { now: NOW }),
    naming("k1", "wrong"),
  );
  const ok = await checkRecordKeys(kv, recordsWith(K1), { now: NOW });
  assert.equal(ok.sampled, 6, "the first and last 3 profiles");
});
