import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../src/config/config.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghi";
const KEY_A = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
const KEY_B = btoa(String.fromCharCode(...new Uint8Array(32).fill(9)));

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ BOT_TOKEN: TOKEN, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error("loadConfig() accepted it");
}

Deno.test("loadConfig() reads ENCRYPTION_KEYS in order, standard or URL-safe base64, padded or not", () => {
  const urlSafe = btoa(String.fromCharCode(...new Uint8Array(32).fill(0xfb)))
    .replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    ENCRYPTION_KEYS: ` k2:${KEY_A} , k1:${KEY_B},old_1:${urlSafe}`,
  });
  assert.deepEqual(config.encryptionKeys?.map((key) => key.id), [
    "k2",
    "k1",
    "old_1",
  ]);
  assert.deepEqual(config.encryptionKeys?.[0].key, new Uint8Array(32).fill(7));
  assert.deepEqual(
    config.encryptionKeys?.[2].key,
    new Uint8Array(32).fill(0xfb),
  );
  assert.equal(loadConfig({ BOT_TOKEN: TOKEN }).encryptionKeys, undefined);
});

Deno.test("loadConfig() lists every malformed ENCRYPTION_KEYS entry with the other errors, never quoting a key", () => {
  const short = btoa("sixteen bytes!!!");
  const issues = issuesOf({
    PORT: "nope",
    ENCRYPTION_KEYS:
      `${KEY_A},k1:${short},bad id:${KEY_B},k2:not*base64,k3:${KEY_A},k3:${KEY_B},`,
  });
  assert.deepEqual(issues, [
    "ENCRYPTION_KEYS: entry 1 has no id: write <id>:<base64 of 32 random bytes>, e.g. k1:… (openssl rand -base64 32)",
    'ENCRYPTION_KEYS: key "k1" is 16 bytes, not 32: generate one with openssl rand -base64 32',
    "ENCRYPTION_KEYS: entry 3: the id must be 1 to 32 letters, digits, _ or - (before the colon)",
    'ENCRYPTION_KEYS: key "k2" is not base64: generate one with openssl rand -base64 32',
    'ENCRYPTION_KEYS: key id "k3" is listed twice: every key needs its own id',
    "ENCRYPTION_KEYS: entry 7 is empty: write id:key, separated by commas",
    'PORT: must be an integer from 0 to 65535, got "nope"',
  ]);
  for (const issue of issues) {
    for (const secret of [KEY_A, KEY_B, short]) {
      assert.ok(!issue.includes(secret), `a key leaked into: ${issue}`);
    }
  }
});
