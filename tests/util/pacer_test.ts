import assert from "node:assert/strict";
import { Pacer } from "../../src/util/pacer.ts";

/** A clock that only moves when something sleeps on it. */
function manualTime(start = 1_000_000) {
  let now = start;
  const slept: number[] = [];
  return {
    clock: { now: () => now },
    sleep: (ms: number) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms: number) => (now += ms),
    slept,
  };
}

Deno.test("Pacer spaces actions at most ratePerSecond apart, the first at once", async () => {
  const time = manualTime();
  const pacer = new Pacer({ ratePerSecond: 25, ...time });
  const at: number[] = [];
  for (let i = 0; i < 50; i++) {
    assert.equal(await pacer.take(), true);
    at.push(time.clock.now());
  }
  assert.equal(at[0], 1_000_000, "the first goes at once");
  for (let i = 1; i < at.length; i++) {
    assert.ok(at[i] - at[i - 1] >= 40, `gap ${at[i] - at[i - 1]} ms`);
  }
  // 50 actions at 25 a second take 49 gaps: just under two seconds, never less.
  assert.equal(at.at(-1)! - at[0], 49 * 40);
  // In any one second (a sliding window) there are at most 25.
  for (const start of at) {
    assert.ok(at.filter((t) => t >= start && t < start + 1000).length <= 25);
  }
});

Deno.test("Pacer does not wait when the caller was slower than the pace", async () => {
  const time = manualTime();
  const pacer = new Pacer({ ratePerSecond: 10, ...time });
  await pacer.take();
  time.advance(250);
  await pacer.take();
  assert.deepEqual(time.slept, []);
});

Deno.test("Pacer.holdUntil() holds every action back until a retry_after has passed", async () => {
  const time = manualTime();
  const pacer = new Pacer({ ratePerSecond: 25, ...time });
  await pacer.take();
  // Telegram said 429, retry_after 3: nothing before then.
  pacer.holdUntil(time.clock.now() + 3_000);
  await pacer.take();
  assert.equal(time.clock.now(), 1_003_000);
  // A shorter hold never brings the next action forward.
  pacer.holdUntil(time.clock.now() - 5_000);
  await pacer.take();
  assert.equal(time.clock.now(), 1_003_040);
});

Deno.test("Pacer.take() gives up when its signal aborts, and refuses a rate that is not positive", async () => {
  const time = manualTime();
  const pacer = new Pacer({ ratePerSecond: 1, ...time });
  await pacer.take();
  const stop = new AbortController();
  stop.abort();
  assert.equal(await pacer.take(stop.signal), false);
  assert.throws(
    () => new Pacer({ ratePerSecond: 0, ...time }),
    /ratePerSecond must be positive/,
  );
});
