/**
 * `src/util/sha256.ts` against `node:crypto` (which the start-up path no
 * longer imports): the log pseudonym (HMAC of a short id under a prepared
 * key, then 12 hex characters), a one-shot HMAC that pays for the key's pads,
 * the webhook secret's SHA-256, and SHA-256 over 1 KB and 64 KB.
 *
 * ```sh
 * deno bench bench/sha256_bench.ts
 * ```
 *
 * Numbers and how to read them: docs/PERFORMANCE.md.
 *
 * @module
 */
import { createHash, createHmac } from "node:crypto";
import { pseudonymizer } from "../src/logging.ts";
import { hmacSha256, sha256, toHex } from "../src/util/sha256.ts";

const ID_KEY =
  "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const USER_ID = 1234567890;
const SECRET = "webhook-secret-token-of-some-length_0123456789";
const KILOBYTE = new Uint8Array(1024).map((_, i) => (i * 31) & 0xff);
const SIXTY_FOUR_KB = new Uint8Array(65536).map((_, i) => (i * 17) & 0xff);

const toPseudonym = pseudonymizer(ID_KEY);

Deno.bench("pseudonym of a user id: sha256.ts, prepared key", {
  group: "pseudonym",
  baseline: true,
}, () => {
  toPseudonym(USER_ID);
});

Deno.bench("pseudonym of a user id: node:crypto createHmac", {
  group: "pseudonym",
}, () => {
  `u_${
    createHmac("sha256", ID_KEY).update(String(USER_ID)).digest("hex").slice(
      0,
      12,
    )
  }`;
});

Deno.bench("hmac of a short id, key's pads each time: sha256.ts", {
  group: "one-shot hmac",
  baseline: true,
}, () => {
  toHex(hmacSha256(ID_KEY, String(USER_ID)));
});

Deno.bench("hmac of a short id, key's pads each time: node:crypto", {
  group: "one-shot hmac",
}, () => {
  createHmac("sha256", ID_KEY).update(String(USER_ID)).digest("hex");
});

Deno.bench("sha256 of a webhook secret: sha256.ts", {
  group: "sha256 short",
  baseline: true,
}, () => {
  sha256(SECRET);
});

Deno.bench("sha256 of a webhook secret: node:crypto", {
  group: "sha256 short",
}, () => {
  createHash("sha256").update(SECRET).digest();
});

Deno.bench("sha256 of 1 KB: sha256.ts", {
  group: "sha256 1 KB",
  baseline: true,
}, () => {
  sha256(KILOBYTE);
});

Deno.bench("sha256 of 1 KB: node:crypto", { group: "sha256 1 KB" }, () => {
  createHash("sha256").update(KILOBYTE).digest();
});

Deno.bench("sha256 of 64 KB: sha256.ts", {
  group: "sha256 64 KB",
  baseline: true,
}, () => {
  sha256(SIXTY_FOUR_KB);
});

Deno.bench("sha256 of 64 KB: node:crypto", { group: "sha256 64 KB" }, () => {
  createHash("sha256").update(SIXTY_FOUR_KB).digest();
});
