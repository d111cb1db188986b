import assert from "node:assert/strict";
import { type KillRun, runKillTrial } from "./kill_trial.ts";
import { startStack } from "./stack.ts";

/** What every crash during delivery must leave: all of it, in order, at most one message twice. */
function assertDelivered(run: KillRun): void {
  const label = JSON.stringify(run);
  assert.equal(run.missing, 0, label);
  assert.ok(run.ordered, label);
  assert.ok(run.duplicates <= 1, label);
}

Deno.test("e2e: kill -9 while the parts go out: after the restart every part is there once, at most the one in flight twice", async () => {
  await using stack = await startStack();
  const runs: KillRun[] = [];
  // Right after Telegram accepted a part: its record may not have landed.
  runs.push(
    await runKillTrial(stack, { userId: 710_001, afterSend: 3, delayMs: 0 }),
  );
  // A moment later: that part is recorded; the next one may be in flight.
  runs.push(
    await runKillTrial(stack, { userId: 710_002, afterSend: 4, delayMs: 5 }),
  );
  // A cut answer: killed after its last text part, the file follows once.
  runs.push(
    await runKillTrial(stack, {
      userId: 710_003,
      afterSend: 3,
      delayMs: 0,
      maxAnswerParts: 3,
    }),
  );
  runs.forEach(assertDelivered);
  console.log(
    `kill -9 trial: ${
      runs.reduce((n, r) => n + r.duplicates, 0)
    } duplicate(s) in ${runs.length} runs`,
  );
});
