import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../src/config/config.ts";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

function issues(env: Record<string, string>): string[] {
  try {
    loadConfig({ BOT_TOKEN: TOKEN, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

Deno.test("loadConfig(): ACCESS_MODE=approval needs someone to approve", () => {
  assert.deepEqual(issues({ ACCESS_MODE: "approval" }), [
    'ACCESS_MODE: "approval" needs someone to approve: set OWNER_ID or ADMIN_IDS',
  ]);
  assert.deepEqual(issues({ ACCESS_MODE: "approval", OWNER_ID: "1" }), []);
  assert.deepEqual(issues({ ACCESS_MODE: "approval", ADMIN_IDS: "2" }), []);
  assert.deepEqual(issues({ ACCESS_MODE: "allowlist" }), []);
});

Deno.test("loadConfig() names each bad roles and limits entry", () => {
  assert.deepEqual(
    issues({
      ACCESS_MODE: "closed",
      OWNER_ID: "12,abc",
      RATE_LIMIT_PER_MINUTE_BY_ROLE: "admin:5,trusted:2000",
      DAILY_QUOTA_BY_ROLE: "trusted",
    }),
    [
      'OWNER_ID: "abc" is not an integer',
      'ACCESS_MODE: must be one of "open", "allowlist", "approval", got "closed"',
      'RATE_LIMIT_PER_MINUTE_BY_ROLE: "admin" is not a role: use trusted, moderator',
      'RATE_LIMIT_PER_MINUTE_BY_ROLE: the limit of "trusted" must be an integer from 0 to 1000, got "2000"',
      'DAILY_QUOTA_BY_ROLE: "trusted" is not "role:quota", e.g. "trusted:200"',
    ],
  );
});
