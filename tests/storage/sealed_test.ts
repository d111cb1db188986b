import assert from "node:assert/strict";
import {
  encodeKvKey,
  Keyring,
  RecordKeyError,
} from "../../src/storage/sealed.ts";

const KEY_1 = new Uint8Array(32).fill(1);
const KEY_2 = new Uint8Array(32).fill(2);

Deno.test("encodeKvKey() gives two keys the same bytes only when they are the same key", () => {
  const keys: Deno.KvKey[] = [
    ["job", 1],
    ["job", "1"],
    ["job", 1n],
    ["job", true],
    ["job", new Uint8Array([1])],
    ["ab", "c"],
    ["a", "bc"],
    ["job"],
    ["job", 1, 2],
    ["job", 12],
  ];
  const encoded = keys.map((key) => encodeKvKey(key).join(","));
  assert.equal(new Set(encoded).size, keys.length);
  assert.deepEqual(encodeKvKey(["job", 1]), encodeKvKey(["job", 1]));
});

Deno.test("keyring seals with the first key, with a fresh nonce each time, and opens with the key named", async () => {
  const ring = new Keyring([{ id: "k2", key: KEY_2 }, {
    id: "k1",
    key: KEY_1,
  }]);
  assert.equal(ring.primaryId, "k2");
  assert.deepEqual(ring.ids, ["k2", "k1"]);
  const plain = new TextEncoder().encode("a rough idea");
  const aad = new TextEncoder().encode("where");
  const n1 = new Uint8Array(12);
  const n2 = new Uint8Array(12);
  const c1 = await ring.seal(plain, aad, n1);
  const c2 = await ring.seal(plain, aad, n2);
  assert.notDeepEqual(n1, n2, "a random nonce per seal");
  assert.notDeepEqual(c1, c2);
  const opened = await ring.open("k2", { nonce: n1, ciphertext: c1, aad }, "x");
  assert.deepEqual(opened, plain);
  // The old key alone cannot open it, and the additional data is bound.
  const old = new Keyring([{ id: "k2", key: KEY_1 }]);
  await assert.rejects(
    () => old.open("k2", { nonce: n1, ciphertext: c1, aad }, "a job record"),
    (error: unknown) =>
      error instanceof RecordKeyError && error.reason === "wrong" &&
      error.keyId === "k2" && /a job record with key "k2"/.test(error.message),
  );
  await assert.rejects(
    () =>
      ring.open("k2", {
        nonce: n1,
        ciphertext: c1,
        aad: new TextEncoder().encode("elsewhere"),
      }, "x"),
    RecordKeyError,
  );
  await assert.rejects(
    () => ring.open("k9", { nonce: n1, ciphertext: c1, aad }, "a job record"),
    (error: unknown) =>
      error instanceof RecordKeyError && error.reason === "missing" &&
      /key "k9", which ENCRYPTION_KEYS does not list/.test(error.message),
  );
});

Deno.test("keyring imports each key into WebCrypto once, however many values it seals and opens", async () => {
  const original = crypto.subtle.importKey;
  let imports = 0;
  crypto.subtle.importKey = function (...args: Parameters<typeof original>) {
    imports++;
    return original.apply(crypto.subtle, args);
  } as typeof original;
  try {
    const ring = new Keyring([{ id: "k1", key: KEY_1 }]);
    const aad = new Uint8Array(0);
    for (let i = 0; i < 20; i++) {
      const nonce = new Uint8Array(12);
      const ciphertext = await ring.seal(new Uint8Array([i]), aad, nonce);
      await ring.open("k1", { nonce, ciphertext, aad }, "x");
    }
    assert.equal(imports, 1);
  } finally {
    crypto.subtle.importKey = original;
  }
});

Deno.test("keyring check values tell keys apart and stay the same for one key", async () => {
  const a = new Keyring([{ id: "k1", key: KEY_1 }]);
  const b = new Keyring([{ id: "k1", key: KEY_1 }, { id: "k2", key: KEY_2 }]);
  assert.equal(await a.checkValue("k1"), await b.checkValue("k1"));
  assert.notEqual(await b.checkValue("k1"), await b.checkValue("k2"));
  assert.match(await a.checkValue("k1"), /^[0-9a-f]{16}$/);
});

Deno.test("keyring rejects no keys, bad ids, keys of another length and repeated ids", () => {
  assert.throws(() => new Keyring([]), RangeError);
  assert.throws(() => new Keyring([{ id: "a b", key: KEY_1 }]), RangeError);
  assert.throws(
    () => new Keyring([{ id: "k1", key: new Uint8Array(16) }]),
    /16 bytes, not 32/,
  );
  assert.throws(
    () => new Keyring([{ id: "k1", key: KEY_1 }, { id: "k1", key: KEY_2 }]),
    /repeats/,
  );
});
