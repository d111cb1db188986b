/**
 * Encryption at rest adds no KV work: with ENCRYPTION_KEYS set, accepting a
 * prompt is still one read round and one commit, and an answered prompt the
 * same nine commits (tests/features/acceptance_cost_test.ts counts them
 * without keys). Sealing and opening are CPU work inside the same attempts.
 *
 * @module
 */
import assert from "node:assert/strict";
import { inspectStored } from "../../src/storage/records.ts";
import { textUpdate } from "../fakes/updates.ts";
import { countingKv } from "../support.ts";
import { answering, blocking, startFeatureBot } from "./harness.ts";

const ENV = {
  ENCRYPTION_KEYS: `k1:${btoa(String.fromCharCode(...new Uint8Array(32)))}`,
};

Deno.test("encrypted at rest, accepting a prompt costs one read round and one commit, with every limit on", async () => {
  const llm = blocking("FIRST");
  let counting: ReturnType<typeof countingKv> | undefined;
  await using h = await startFeatureBot(llm, {
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "60",
    ...ENV,
  }, { wrapKv: (kv) => (counting = countingKv(kv)).kv });
  await h.send(textUpdate({ text: "first idea", userId: 4242 }), {
    waitForJobs: false,
  });
  await llm.started;
  counting!.reset();
  await h.send(textUpdate({ text: "second idea", userId: 4242 }), {
    waitForJobs: false,
  });
  assert.deepEqual(counting!.counts, { reads: 1, lists: 0, commits: 1 });
  // And the jobs it wrote (one running, one queued) are sealed.
  const formats: string[] = [];
  for await (const job of h.deps.kv.list({ prefix: ["job"] })) {
    formats.push(inspectStored(job.value).format);
  }
  assert.deepEqual(formats, ["sealed", "sealed"]);
  llm.release();
});

Deno.test("encrypted at rest, an answered prompt costs nine commits", async () => {
  let counting: ReturnType<typeof countingKv> | undefined;
  await using h = await startFeatureBot(answering("DONE"), ENV, {
    wrapKv: (kv) => (counting = countingKv(kv)).kv,
  });
  await h.deps.jobs.start(); // the heartbeat's first beat is not the prompt's
  counting!.reset();
  await h.send(textUpdate({ text: "my idea", userId: 4343 }));
  assert.equal(counting!.counts.commits, 9);
});
