import assert from "node:assert/strict";
import * as keys from "../../src/storage/keys.ts";
import { BARE_KINDS, RECORD_KINDS } from "../../src/storage/record_kinds.ts";

Deno.test("every key prefix of keys.ts is one record kind: versioned (RECORD_KINDS) or bare (BARE_KINDS)", () => {
  const prefixes = Object.entries(keys)
    .filter(([name]) => name.endsWith("_PREFIX"))
    .map(([, value]) => (value as readonly unknown[])[0])
    .filter((first): first is string => typeof first === "string");
  const declared = [
    ...RECORD_KINDS.map((kind) => kind.prefix),
    ...BARE_KINDS.map((kind) => kind.prefix),
  ];
  assert.equal(new Set(declared).size, declared.length, "declared once");
  const missing = [...new Set(prefixes)].filter((p) => !declared.includes(p));
  assert.deepEqual(
    missing,
    [],
    "a new key prefix needs a RecordKind (src/storage/record_kinds.ts)",
  );
});

Deno.test("every record kind has its own name and a version from 1", () => {
  const names = RECORD_KINDS.map((kind) => kind.name);
  assert.equal(new Set(names).size, names.length);
  for (const kind of RECORD_KINDS) {
    assert.ok(Number.isInteger(kind.version) && kind.version >= 1, kind.name);
  }
  for (const kind of BARE_KINDS) assert.ok(kind.version >= 1, kind.prefix);
});

Deno.test("the kinds that hold user content are sealed", () => {
  const sealed = RECORD_KINDS.filter((kind) => kind.sealed).map((k) => k.name);
  assert.deepEqual(sealed.sort(), [
    "album",
    "history",
    "job",
    "retry",
    "retry_wait",
    "session",
    "user",
  ]);
});
