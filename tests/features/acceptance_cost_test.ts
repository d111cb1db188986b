/**
 * What KV work a prompt costs, counted with a counting KV wrapper around the
 * real wiring: its acceptance, and a whole answered prompt. The numbers are
 * stated in docs/ARCHITECTURE.md ("KV work per update").
 *
 * @module
 */
import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { countingKv, type KvCounts } from "../support.ts";
import { answering, blocking, startFeatureBot } from "./harness.ts";

function counted() {
  let counting: ReturnType<typeof countingKv> | undefined;
  return {
    wrapKv: (kv: Deno.Kv) => (counting = countingKv(kv)).kv,
    reset: () => counting!.reset(),
    get counts(): KvCounts {
      return { ...counting!.counts };
    },
  };
}

Deno.test("accepting a prompt costs one read round and one commit, with every limit on", async () => {
  const llm = blocking("FIRST");
  const kv = counted();
  await using h = await startFeatureBot(llm, {
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "60",
  }, { wrapKv: kv.wrapKv });
  await h.send(textUpdate({ text: "first idea", userId: 4242 }), {
    waitForJobs: false,
  });
  await llm.started;
  // The second prompt is queued behind the first: nothing runs for it yet,
  // so all that is counted is its acceptance (and the ack it sends).
  kv.reset();
  await h.send(textUpdate({ text: "second idea", userId: 4242 }), {
    waitForJobs: false,
  });
  assert.deepEqual(kv.counts, { reads: 1, lists: 0, commits: 1 });
  // A redelivery of an update is dropped by the same one read.
  kv.reset();
  await h.send(
    textUpdate({ text: "third idea", userId: 4242, updateId: 9_000_001 }),
    { waitForJobs: false },
  );
  await h.send(
    textUpdate({ text: "third idea", userId: 4242, updateId: 9_000_001 }),
    { waitForJobs: false },
  );
  assert.deepEqual(kv.counts, { reads: 2, lists: 0, commits: 1 });
  llm.release();
});

Deno.test("an answered prompt costs the same bounded KV work however many prompts wait in line", async () => {
  const costs: number[] = [];
  for (const waiting of [0, 3]) {
    const kv = counted();
    await using h = await startFeatureBot(answering("DONE"), {
      QUEUE_MAX: "3",
    }, { wrapKv: kv.wrapKv });
    // Other users' prompts in the runner while ours is answered.
    for (let i = 0; i < waiting; i++) {
      await h.send(textUpdate({ text: `other ${i}`, userId: 100 + i }), {
        waitForJobs: false,
      });
    }
    assert.ok(await h.deps.jobs.drain(10_000));
    await h.deps.jobs.start(); // the heartbeat's first beat is not the prompt's
    kv.reset();
    await h.send(textUpdate({ text: "my idea", userId: 4343 }));
    costs.push(kv.counts.commits);
  }
  assert.equal(costs[0], costs[1], `commits: ${costs.join(" vs ")}`);
  // accept, claim, result, the first message's id, the sent count, history,
  // daily stat, profile counter, finish
  assert.equal(costs[0], 9, `${costs[0]} commits for one answered prompt`);
});
