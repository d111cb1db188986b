import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import {
  hmacSha256,
  preparedHmacSha256,
  sha256,
  timingSafeEqual,
  toHex,
} from "../../src/util/sha256.ts";
import { pseudonymize, pseudonymizer } from "../../src/logging.ts";
import { keyId } from "../../src/llm/key_pool.ts";
import { loadConfig } from "../../src/config/config.ts";

const ENCODER = new TextEncoder();

function repeated(byte: number, length: number): Uint8Array {
  return new Uint8Array(length).fill(byte);
}

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(
    hex.match(/../g) ?? [],
    (pair) => Number.parseInt(pair, 16),
  );
}

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/** Code points of 1 to 4 UTF-8 bytes, lone surrogates among them. */
function randomText(next: () => number, length: number): string {
  const ranges: readonly [number, number][] = [
    [0x20, 0x7f],
    [0x80, 0x800],
    [0x800, 0xd800],
    [0xd800, 0xe000], // lone surrogates: U+FFFD in UTF-8, as node does
    [0xe000, 0x10000],
    [0x10000, 0x110000],
  ];
  let text = "";
  for (let i = 0; i < length; i++) {
    const [low, high] = ranges[Math.floor(next() * ranges.length)];
    text += String.fromCodePoint(low + Math.floor(next() * (high - low)));
  }
  return text;
}

Deno.test("sha256() gives the FIPS 180-4 / NIST test vectors", () => {
  const vectors: readonly [string | Uint8Array, string][] = [
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn" +
      "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
    [
      repeated(0x61, 1_000_000),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    ],
  ];
  for (const [message, digest] of vectors) {
    assert.equal(toHex(sha256(message)), digest);
  }
  assert.equal(toHex(sha256("a".repeat(1_000_000))), vectors[4][1]);
});

Deno.test("hmacSha256() gives the RFC 4231 test cases 1 to 7", () => {
  const text = (s: string) => ENCODER.encode(s);
  const cases: readonly [Uint8Array, Uint8Array, string][] = [
    [
      repeated(0x0b, 20),
      text("Hi There"),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      text("Jefe"),
      text("what do ya want for nothing?"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ],
    [
      repeated(0xaa, 20),
      repeated(0xdd, 50),
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ],
    [
      Uint8Array.from({ length: 25 }, (_, i) => i + 1),
      repeated(0xcd, 50),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ],
    // case 5 is specified truncated to 128 bits
    [
      repeated(0x0c, 20),
      text("Test With Truncation"),
      "a3b6167473100ee06e0c796c2955552b",
    ],
    [
      repeated(0xaa, 131),
      text("Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
    [
      repeated(0xaa, 131),
      text(
        "This is a test using a larger than block-size key and a larger " +
          "than block-size data. The key needs to be hashed before being " +
          "used by the HMAC algorithm.",
      ),
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ],
  ];
  for (const [index, [key, data, mac]] of cases.entries()) {
    const got = toHex(hmacSha256(key, data)).slice(0, mac.length);
    assert.equal(got, mac, `RFC 4231 case ${index + 1}`);
  }
});

Deno.test("sha256() and hmacSha256() match node:crypto on every length 0..300 and random keys 0..200", () => {
  const next = random(0x5ea256);
  for (let length = 0; length <= 300; length++) {
    for (let round = 0; round < 3; round++) {
      const data = randomBytes(next, length);
      const key = randomBytes(next, Math.floor(next() * 201));
      assert.equal(
        toHex(sha256(data)),
        createHash("sha256").update(data).digest("hex"),
        `sha256 of ${length} bytes`,
      );
      assert.equal(
        toHex(hmacSha256(key, data)),
        createHmac("sha256", key).update(data).digest("hex"),
        `hmac of ${length} bytes under a ${key.length}-byte key`,
      );
    }
  }
  // keys around the 64-byte block, where the pad and the hashed key meet
  for (const keyLength of [63, 64, 65, 127, 128, 129]) {
    const key = randomBytes(next, keyLength);
    const data = randomBytes(next, 77);
    assert.equal(
      toHex(hmacSha256(key, data)),
      createHmac("sha256", key).update(data).digest("hex"),
      `a ${keyLength}-byte key`,
    );
  }
});

Deno.test("strings are hashed as UTF-8 exactly as node:crypto does, lone surrogates included", () => {
  const next = random(0xc0ffee);
  for (let round = 0; round < 300; round++) {
    const data = randomText(next, Math.floor(next() * 120));
    const key = randomText(next, Math.floor(next() * 70));
    assert.equal(
      toHex(sha256(data)),
      createHash("sha256").update(data).digest("hex"),
      `sha256 of ${JSON.stringify(data)}`,
    );
    assert.equal(
      toHex(hmacSha256(key, data)),
      createHmac("sha256", key).update(data).digest("hex"),
      `hmac of ${JSON.stringify(data)} under ${JSON.stringify(key)}`,
    );
  }
  assert.equal(
    toHex(sha256("\ud800")),
    toHex(sha256(Uint8Array.of(0xef, 0xbf, 0xbd))),
  );
});

Deno.test("preparedHmacSha256() gives the same MAC on every call, whatever came before", () => {
  const next = random(42);
  const key = randomBytes(next, 33);
  const mac = preparedHmacSha256(key);
  const node = (data: Uint8Array | string) =>
    createHmac("sha256", key).update(data).digest("hex");
  const inputs: (Uint8Array | string)[] = [
    "12345",
    randomBytes(next, 200),
    "x".repeat(500), // longer than the reused string buffer
    "-1001234567890",
    randomText(next, 40),
    "",
    "12345",
  ];
  const first = toHex(mac("12345"));
  for (const input of inputs) assert.equal(toHex(mac(input)), node(input));
  assert.equal(toHex(mac("12345")), first);
  // each call returns its own array
  const a = mac("a");
  const b = mac("b");
  assert.notEqual(toHex(a), toHex(b));
  assert.equal(toHex(a), node("a"));
});

Deno.test("toHex() writes two lowercase digits a byte", () => {
  assert.equal(toHex(new Uint8Array()), "");
  assert.equal(toHex(Uint8Array.of(0, 1, 15, 16, 171, 255)), "00010f10abff");
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  assert.equal(
    toHex(all),
    Array.from(all, (b) => b.toString(16).padStart(2, "0")).join(""),
  );
  assert.deepEqual(fromHex(toHex(all)), all);
});

Deno.test("timingSafeEqual() is true only for the same bytes, false for other lengths", () => {
  const digest = sha256("secret");
  assert.equal(timingSafeEqual(digest, sha256("secret")), true);
  assert.equal(timingSafeEqual(new Uint8Array(), new Uint8Array()), true);
  for (const index of [0, 13, 31]) {
    const other = digest.slice();
    other[index] ^= 0x01;
    assert.equal(timingSafeEqual(digest, other), false, `differs at ${index}`);
  }
  assert.equal(timingSafeEqual(digest, digest.subarray(0, 31)), false);
  assert.equal(timingSafeEqual(new Uint8Array(), Uint8Array.of(0)), false);
});

Deno.test("pseudonyms, the derived log id key and LLM key ids are the values node:crypto gave before", () => {
  // Taken from the node:crypto code these replaced: KV keys, logs and stats
  // rely on them staying the same across the upgrade.
  const logKey = "golden-log-id-key-0123";
  assert.equal(pseudonymize(12345, logKey), "u_e25899b2d328");
  assert.equal(pseudonymize(-1001234567890, logKey), "u_7fed29068ec1");
  assert.equal(pseudonymize("ключ", "ключ-ключ-ключ-0123"), "u_750c1cef453c");
  assert.equal(pseudonymizer(logKey)(12345n), "u_e25899b2d328");
  assert.equal(
    keyId(
      { name: "primary", baseUrl: "https://api.openai.com/v1" },
      "sk-golden-0123456789abcdef",
    ),
    "6d513f7680270ccc",
  );
  const config = loadConfig({
    BOT_TOKEN: "123456789:AAGoldenTokenThatIsLongEnough_0123456",
  });
  assert.equal(
    config.log.idKey,
    "09f659fcfcf64424b0e943e47117f53502edbaa63136f3c49e1460ad7afc4726",
  );
  // and the same formulas through node:crypto, for any id
  const toPseudonym = pseudonymizer(logKey);
  for (const id of [0, 1, 42, 777001, -1001234567890, 9007199254740991]) {
    const node = createHmac("sha256", logKey).update(String(id)).digest("hex");
    assert.equal(toPseudonym(id), `u_${node.slice(0, 12)}`);
  }
});

/** `import … from "node:crypto"`, `import("crypto")`, `require("node:crypto")` and the like. */
const NODE_CRYPTO =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["'](?:node:)?crypto(?:\/[^"']*)?["']/;

async function* typeScriptFiles(dir: URL): AsyncGenerator<URL> {
  for await (const entry of Deno.readDir(dir)) {
    const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
    if (entry.isDirectory) yield* typeScriptFiles(url);
    else if (/\.[cm]?[jt]sx?$/.test(entry.name)) yield url;
  }
}

Deno.test("no file of src/ and not main.ts imports node:crypto (it costs 25-50 ms of start-up)", async () => {
  const root = new URL("../../", import.meta.url);
  const files = [new URL("main.ts", root)];
  for await (const url of typeScriptFiles(new URL("src/", root))) {
    files.push(url);
  }
  assert.ok(files.length > 100, `found only ${files.length} files`);
  const offending: string[] = [];
  for (const url of files) {
    if (NODE_CRYPTO.test(await Deno.readTextFile(url))) {
      offending.push(url.href.slice(root.href.length));
    }
  }
  assert.deepEqual(offending, [], "use src/util/sha256.ts instead");
});

Deno.test("the node:crypto check catches each way of importing it", () => {
  for (
    const line of [
      'import { createHmac } from "node:crypto";',
      "import crypto from 'crypto';",
      'import "node:crypto";',
      'export { randomUUID } from "node:crypto";',
      'const { webcrypto } = await import("node:crypto");',
      'const c = require("crypto");',
      'import { X509Certificate } from "node:crypto/x509";',
    ]
  ) assert.match(line, NODE_CRYPTO, line);
  for (
    const line of [
      "crypto.getRandomValues(bytes);",
      '// node:crypto gives the same bytes; see "node:crypto" docs',
      'import { sha256 } from "../util/sha256.ts";',
    ]
  ) assert.doesNotMatch(line, NODE_CRYPTO, line);
});
