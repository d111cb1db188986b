import assert from "node:assert/strict";
import {
  inspectStored,
  type RecordKind,
  Records,
  RecordVersionError,
} from "../../src/storage/records.ts";
import { Keyring, RecordKeyError } from "../../src/storage/sealed.ts";

interface Note {
  text: string;
  tags?: string[];
}

const NOTE: RecordKind<Note> = {
  name: "note",
  prefix: "note",
  version: 2,
  sealed: true,
  // Version 0 stored the text as `body`; version 1 had no tags.
  upgrade: (value, from) => {
    if (from === 0) return { text: (value as { body: string }).body, tags: [] };
    if (from === 1) return { ...(value as Note), tags: [] };
    return value as Note;
  },
};

const COUNT: RecordKind<{ n: number }> = {
  name: "count",
  prefix: "count",
  version: 1,
  sealed: false,
  upgrade: (value) => value as { n: number },
};

const K1 = { id: "k1", key: new Uint8Array(32).fill(1) };
const K2 = { id: "k2", key: new Uint8Array(32).fill(2) };
const TEXT = "Моя идея: a bakery logo 🥐";

function sealedWith(...keys: (typeof K1)[]): Records {
  return new Records({ keyring: new Keyring(keys), kinds: [NOTE, COUNT] });
}

function bytesOf(text: string, encoding: "utf8" | "utf16le"): Uint8Array {
  if (encoding === "utf8") return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

Deno.test("a sealed record holds no plain text, records its version and key, and reads back", async () => {
  const codec = sealedWith(K1).codec(NOTE);
  const stored = await codec.encode(["note", 1], { text: TEXT, tags: ["x"] });
  assert.ok(stored instanceof Uint8Array);
  for (const part of ["Моя идея", "bakery logo"]) {
    assert.ok(!contains(stored, bytesOf(part, "utf8")));
    assert.ok(!contains(stored, bytesOf(part, "utf16le")));
  }
  assert.deepEqual(inspectStored(stored), {
    format: "sealed",
    version: 2,
    keyId: "k1",
  });
  assert.deepEqual(await codec.decode(["note", 1], stored), {
    text: TEXT,
    tags: ["x"],
  });
});

Deno.test("a sealed record moved to another key, or with its header changed, does not decrypt", async () => {
  const codec = sealedWith(K1).codec(NOTE);
  const stored = await codec.encode(["note", 1], { text: TEXT }) as Uint8Array;
  await assert.rejects(() => codec.decode(["note", 2], stored), RecordKeyError);
  await assert.rejects(
    () => codec.decode(["note", "1"], stored),
    RecordKeyError,
  );
  const downgraded = stored.slice();
  downgraded[4] = 1; // schema version 2 → 1: it would be upgraded wrongly
  await assert.rejects(
    () => codec.decode(["note", 1], downgraded),
    RecordKeyError,
  );
});

Deno.test("a record sealed with an old key opens while the key is listed; new writes use the first key", async () => {
  const before = sealedWith(K1).codec(NOTE);
  const stored = await before.encode(["note", 1], { text: TEXT });
  const rotated = sealedWith(K2, K1).codec(NOTE);
  assert.equal((await rotated.decode(["note", 1], stored))?.text, TEXT);
  const rewritten = await rotated.encode(["note", 1], { text: TEXT });
  assert.equal(
    (inspectStored(rewritten) as { keyId: string }).keyId,
    "k2",
  );
  await assert.rejects(
    () => sealedWith(K2).codec(NOTE).decode(["note", 1], stored),
    (error: unknown) =>
      error instanceof RecordKeyError && error.keyId === "k1" &&
      error.reason === "missing",
  );
  await assert.rejects(
    () => new Records().codec(NOTE).decode(["note", 1], stored),
    (error: unknown) => error instanceof RecordKeyError && error.keyId === "k1",
    "without keys, a sealed value is an error, never garbage",
  );
});

Deno.test("without keys, and for kinds without user content, records are plain envelopes with their version", async () => {
  const plain = new Records({ kinds: [NOTE, COUNT] });
  const note = await plain.codec(NOTE).encode(["note", 1], { text: TEXT });
  assert.deepEqual(note, { $v: 2, d: { text: TEXT } });
  const count = await sealedWith(K1).codec(COUNT).encode(["count", 1], {
    n: 3,
  });
  assert.deepEqual(count, { $v: 1, d: { n: 3 } });
  // A plain note reads back with keys set (before the walker seals it).
  assert.equal(
    (await sealedWith(K1).codec(NOTE).decode(["note", 1], note))?.text,
    TEXT,
  );
});

Deno.test("records of earlier versions are upgraded on read: legacy values are version 0", async () => {
  const codec = sealedWith(K1).codec(NOTE);
  assert.deepEqual(await codec.decode(["note", 1], { body: "old" }), {
    text: "old",
    tags: [],
  });
  assert.deepEqual(
    await codec.decode(["note", 1], { $v: 1, d: { text: "v1" } }),
    {
      text: "v1",
      tags: [],
    },
  );
  assert.equal(await codec.decode(["note", 1], null), null);
  await assert.rejects(
    () => codec.decode(["note", 1], { $v: 3, d: { text: "future" } }),
    RecordVersionError,
  );
});

Deno.test("a record's expiry is kept in it, so a rewrite can keep it", async () => {
  const before = Date.now();
  const sealed = await sealedWith(K1).codec(NOTE).encode(["note", 1], {
    text: "x",
  }, { expireIn: 60_000 });
  const plain = await new Records().codec(NOTE).encode(["note", 1], {
    text: "x",
  }, { expireIn: 60_000 });
  for (const stored of [sealed, plain]) {
    const found = inspectStored(stored) as { expiresAt?: number };
    assert.ok(
      found.expiresAt! >= before + 60_000 &&
        found.expiresAt! <= Date.now() + 60_000,
    );
  }
});

Deno.test("decodeAny() reads any known kind by its key, and opens a kind it was not told about", async () => {
  const records = sealedWith(K1);
  const note = await records.codec(NOTE).encode(["note", 1], { text: "n" });
  assert.deepEqual(await records.decodeAny(["note", 1], note), { text: "n" });
  assert.deepEqual(await records.decodeAny(["note", 1], { body: "old" }), {
    text: "old",
    tags: [],
  });
  const stranger: RecordKind<string> = {
    name: "other",
    prefix: "other",
    version: 4,
    sealed: true,
    upgrade: (value) => value as string,
  };
  const other = await records.codec(stranger).encode(["other", 1], "s");
  assert.equal(await records.decodeAny(["other", 1], other), "s");
  assert.equal(await records.decodeAny(["bare", 1], 7), 7);
  assert.equal(await records.decodeAny(["bare", 1], null), null);
});

Deno.test("records.target names the sealing key and every kind's version", () => {
  assert.equal(sealedWith(K2, K1).target, "k2;count@1,note@2");
  assert.equal(new Records({ kinds: [NOTE] }).target, "plain;note@2");
});

Deno.test("opening a value this process sealed needs no decryption; any other bytes are decrypted and checked", async () => {
  const original = crypto.subtle.decrypt;
  let decrypts = 0;
  crypto.subtle.decrypt = function (...args: Parameters<typeof original>) {
    decrypts++;
    return original.apply(crypto.subtle, args);
  } as typeof original;
  try {
    const writer = sealedWith(K1).codec(NOTE);
    const stored = await writer.encode(["note", 1], {
      text: TEXT,
    }) as Uint8Array;
    const first = await writer.decode(["note", 1], stored);
    first!.text = "changed by the caller";
    assert.equal((await writer.decode(["note", 1], stored))?.text, TEXT);
    assert.equal(
      decrypts,
      0,
      "its own writes come from memory, as fresh copies",
    );
    // Another process (a fresh record layer) decrypts.
    assert.equal(
      (await sealedWith(K1).codec(NOTE).decode(["note", 1], stored))?.text,
      TEXT,
    );
    assert.equal(decrypts, 1);
    // The same bytes at another key, or one byte changed, are never served from memory.
    await assert.rejects(
      () => writer.decode(["note", 2], stored),
      RecordKeyError,
    );
    const altered = stored.slice();
    altered[altered.length - 20] ^= 1;
    await assert.rejects(
      () => writer.decode(["note", 1], altered),
      RecordKeyError,
    );
    assert.equal(decrypts, 3);
  } finally {
    crypto.subtle.decrypt = original;
  }
});

Deno.test("the memo of sealed values keeps at most its bytes, dropping the least recently used", async () => {
  const records = new Records({
    keyring: new Keyring([K1]),
    kinds: [NOTE],
    memoBytes: 3_000,
  });
  const codec = records.codec(NOTE);
  const text = "x".repeat(400);
  const stored: unknown[] = [];
  for (let i = 0; i < 5; i++) {
    stored.push(await codec.encode(["note", i], { text }));
  }
  const original = crypto.subtle.decrypt;
  let decrypts = 0;
  crypto.subtle.decrypt = function (...args: Parameters<typeof original>) {
    decrypts++;
    return original.apply(crypto.subtle, args);
  } as typeof original;
  try {
    // About 900 bytes each: the three newest fit in 3,000.
    for (let i = 4; i >= 0; i--) await codec.decode(["note", i], stored[i]);
    assert.equal(decrypts, 2);
  } finally {
    crypto.subtle.decrypt = original;
  }
});
