import assert from "node:assert/strict";
import {
  exponentialDelay,
  fullJitterDelay,
  sleep,
} from "../../src/util/backoff.ts";

Deno.test("fullJitterDelay() spreads over [0, min(max, base * 2^attempt)]", () => {
  const options = { baseMs: 100, maxMs: 1_000 };
  assert.equal(fullJitterDelay(0, { ...options, random: () => 0 }), 0);
  assert.equal(fullJitterDelay(0, { ...options, random: () => 0.5 }), 50);
  assert.equal(fullJitterDelay(2, { ...options, random: () => 0.5 }), 200);
  assert.equal(fullJitterDelay(3, { ...options, random: () => 0.999 }), 799);
  // Capped: 100 * 2^10 would be 102400.
  assert.equal(fullJitterDelay(10, { ...options, random: () => 0.5 }), 500);
  assert.equal(fullJitterDelay(5000, { ...options, random: () => 0.5 }), 500);
});

Deno.test("fullJitterDelay() stays within its bounds with Math.random", () => {
  for (let attempt = 0; attempt < 12; attempt++) {
    const delay = fullJitterDelay(attempt, { baseMs: 250, maxMs: 5_000 });
    assert.ok(Number.isInteger(delay));
    assert.ok(delay >= 0 && delay <= Math.min(5_000, 250 * 2 ** attempt));
  }
});

Deno.test("fullJitterDelay() rejects a negative or fractional attempt", () => {
  for (const attempt of [-1, 1.5, Number.NaN]) {
    assert.throws(
      () => fullJitterDelay(attempt, { baseMs: 1, maxMs: 2 }),
      RangeError,
    );
  }
});

Deno.test("exponentialDelay() doubles from the base up to the cap", () => {
  const options = { baseMs: 1_000, maxMs: 60_000 };
  assert.deepEqual(
    [0, 1, 2, 5, 6, 40].map((n) => exponentialDelay(n, options)),
    [1_000, 2_000, 4_000, 32_000, 60_000, 60_000],
  );
});

Deno.test("sleep() waits, and ends early without a pending timer when aborted", async () => {
  const started = performance.now();
  await sleep(20);
  assert.ok(performance.now() - started >= 15);

  const controller = new AbortController();
  const long = sleep(60_000, controller.signal);
  controller.abort();
  await long; // the sanitizer fails the test if the timer were left
  await sleep(60_000, controller.signal);
  await sleep(0);
});
