import assert from "node:assert/strict";
import {
  AbsenceGuess,
  checkingGuesses,
  sameKey,
} from "../../src/storage/absence_guess.ts";

const absent = (key: Deno.KvKey) => ({ key, value: null, versionstamp: null });
const present = (key: Deno.KvKey) => ({
  key,
  value: 1,
  versionstamp: "00000000000000010000",
});

Deno.test("AbsenceGuess guesses from the start, stops once most rounds find something, and starts again when they find nothing", () => {
  const guess = new AbsenceGuess({ weight: 1 / 4 });
  assert.equal(guess.worthIt, true);
  guess.observeRead([absent(["a"]), present(["b"])]);
  assert.equal(guess.absentShare, 0.75);
  assert.equal(guess.worthIt, true);
  guess.observe(false);
  guess.observe(false);
  assert.ok(guess.absentShare < 0.5);
  assert.equal(guess.worthIt, false);
  guess.observeRead([absent(["a"]), absent(["b"])]);
  assert.equal(guess.worthIt, true, `${guess.absentShare}`);
});

Deno.test("AbsenceGuess's default weighs about the last 16 rounds: 11 rounds that find something stop it", () => {
  const guess = new AbsenceGuess();
  for (let i = 0; i < 10; i++) guess.observe(false);
  assert.equal(guess.worthIt, true);
  guess.observe(false);
  assert.equal(guess.worthIt, false);
});

Deno.test("AbsenceGuess refuses a weight or threshold out of range", () => {
  assert.throws(() => new AbsenceGuess({ weight: 0 }), RangeError);
  assert.throws(() => new AbsenceGuess({ weight: 1.5 }), RangeError);
  assert.throws(() => new AbsenceGuess({ threshold: -0.1 }), RangeError);
  assert.throws(() => new AbsenceGuess({ threshold: Number.NaN }), RangeError);
});

Deno.test("checkingGuesses() checks every guessed key the operation did not check itself, once", async () => {
  await using kv = await Deno.openKv(":memory:");
  const checks: Deno.KvKey[] = [];
  const op = kv.atomic();
  const check = op.check.bind(op);
  op.check = (...asked: Deno.AtomicCheck[]) => {
    checks.push(...asked.map((c) => c.key));
    return check(...asked);
  };
  const checking = checkingGuesses(op);
  checking.op.check({ key: ["a", 1], versionstamp: null });
  checking.checkRest([["a", 1], ["b", 1], ["c", "1"]]);
  assert.deepEqual(checks, [["a", 1], ["b", 1], ["c", "1"]]);
  // A guessed key that holds something makes the commit fail.
  await kv.set(["b", 1], "there");
  assert.equal((await checking.op.set(["z"], 1).commit()).ok, false);
  assert.equal((await kv.get(["z"])).versionstamp, null);
});

Deno.test("sameKey() tells KV keys apart by the type of each part, as KV does", () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  assert.ok(sameKey(["a", 1, 2n, true, bytes(1, 2)], [
    "a",
    1,
    2n,
    true,
    bytes(1, 2),
  ]));
  for (
    const [a, b] of [
      [["a", 1], ["a", "1"]],
      [["a", 1], ["a", 1n]],
      [["a", 1], ["a", true]],
      [["a", 0], ["a", -0]],
      [["a", 1], ["a", 1, 2]],
      [["a", bytes(1, 2)], ["a", bytes(1, 3)]],
      [["a", bytes(1, 2)], ["a", bytes(1)]],
      [["a", bytes(49)], ["a", "1"]],
    ] as [Deno.KvKey, Deno.KvKey][]
  ) {
    assert.ok(!sameKey(a, b), `${String(a)} is not ${String(b)}`);
    assert.ok(!sameKey(b, a));
  }
});

Deno.test("checkingGuesses() checks a guessed key that only looks like a checked one", async () => {
  await using kv = await Deno.openKv(":memory:");
  const op = kv.atomic();
  const checking = checkingGuesses(op);
  checking.op.check({ key: ["a", 1], versionstamp: null });
  checking.checkRest([["a", "1"], ["a", 1n]]);
  await kv.set(["a", 1n], "there");
  assert.equal((await checking.op.set(["z"], 1).commit()).ok, false);
});
