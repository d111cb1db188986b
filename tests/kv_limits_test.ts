import assert from "node:assert/strict";
import { DEPLOY_MAX_CHECKS } from "./kv_limits.ts";
import { KV_LIMITS_PRELOAD } from "./e2e/bot_process.ts";
import { MAX_COMMIT_CHECKS } from "../src/storage/atomic.ts";

function checks(op: Deno.AtomicOperation, n: number, tag: string) {
  for (let i = 0; i < n; i++) op.check({ key: [tag, i], versionstamp: null });
  return op;
}

Deno.test("a commit of more than 10 checks is refused, as over KV Connect, and writes nothing", async () => {
  using kv = await Deno.openKv(":memory:");
  await assert.rejects(
    checks(kv.atomic(), DEPLOY_MAX_CHECKS + 1, "a").set(["written"], 1)
      .commit(),
    (error: Error) =>
      error instanceof TypeError && /Too many checks: 11/.test(error.message),
  );
  assert.equal((await kv.get(["written"])).versionstamp, null);
  // Checks added in several calls count together.
  const op = checks(kv.atomic(), 6, "b");
  await assert.rejects(checks(op, 5, "c").commit(), TypeError);
});

Deno.test("a commit of 10 checks goes through, and a failed check is still a plain refusal", async () => {
  using kv = await Deno.openKv(":memory:");
  const ok = await checks(kv.atomic(), DEPLOY_MAX_CHECKS, "a").set(["x"], 1)
    .commit();
  assert.equal(ok.ok, true);
  const refused = await kv.atomic()
    .check({ key: ["x"], versionstamp: null }).set(["x"], 2).commit();
  assert.equal(refused.ok, false);
});

Deno.test("the bot's own limit is not above KV Connect's", () => {
  assert.ok(MAX_COMMIT_CHECKS <= DEPLOY_MAX_CHECKS);
});

Deno.test("the test task and every bot the end-to-end tests start load the limits", () => {
  const config = JSON.parse(
    Deno.readTextFileSync(new URL("../deno.json", import.meta.url)),
  );
  assert.match(config.tasks.test, /--preload tests\/kv_limits\.ts/);
  assert.equal(KV_LIMITS_PRELOAD.length, 1);
  assert.match(KV_LIMITS_PRELOAD[0], /^--preload=.*\/tests\/kv_limits\.ts$/);
});
