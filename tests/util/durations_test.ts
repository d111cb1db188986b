import assert from "node:assert/strict";
import { formatDuration } from "../../src/util/durations.ts";

Deno.test("formatDuration() rounds a wait up, in the largest unit", () => {
  assert.equal(formatDuration(400, { round: "up" }), "1 sec");
  assert.equal(formatDuration(40_100, { round: "up" }), "41 sec");
  assert.equal(formatDuration(61_000, { round: "up" }), "2 min");
  assert.equal(formatDuration(3 * 3_600_000, { round: "up" }), "3 hr");
  assert.equal(
    formatDuration(5 * 3_600_000 + 12 * 60_000, { round: "up" }),
    "5 hr 12 min",
  );
});

Deno.test("formatDuration() shows a measurement to the nearest unit", () => {
  assert.equal(formatDuration(850), "850 ms");
  assert.equal(formatDuration(4_210), "4.2 sec");
  assert.equal(formatDuration(37_400), "37 sec");
  assert.equal(formatDuration(12 * 60_000), "12 min");
});

Deno.test("formatDuration() speaks the reader's language", () => {
  assert.equal(formatDuration(12 * 60_000, { locale: "ru" }), "12 мин");
  assert.equal(formatDuration(4_210, { locale: "de" }), "4,2 Sek.");
});
