import assert from "node:assert/strict";
import { lazy, lazyGroup } from "../../src/util/lazy.ts";

Deno.test("lazy() builds nothing until the first call", () => {
  let calls = 0;
  lazy(() => ++calls);
  assert.equal(calls, 0);
});

Deno.test("lazy() builds once and returns the same value every time", () => {
  let calls = 0;
  const value = lazy(() => ({ n: ++calls }));
  const first = value();
  assert.equal(value(), first);
  assert.equal(value(), first);
  assert.equal(calls, 1);
});

Deno.test("lazy() remembers an undefined value too", () => {
  let calls = 0;
  const value = lazy(() => {
    calls++;
    return undefined;
  });
  value();
  value();
  assert.equal(calls, 1);
});

Deno.test("lazy() tries again after build throws", () => {
  let calls = 0;
  const value = lazy(() => {
    if (++calls === 1) throw new RangeError("not yet");
    return calls;
  });
  assert.throws(() => value(), RangeError);
  assert.equal(value(), 2);
  assert.equal(value(), 2);
});

Deno.test("lazyGroup() values are lazy, and buildSome(Infinity) builds each once", () => {
  const built: string[] = [];
  const lazy = lazyGroup();
  const a = lazy(() => {
    built.push("a");
    return { name: "a" };
  });
  const b = lazy(() => {
    built.push("b");
    return { name: "b" };
  });
  assert.deepEqual(built, []);
  const first = a();
  assert.deepEqual(built, ["a"]);
  lazy.buildSome(Infinity);
  assert.deepEqual(built, ["a", "b"]);
  lazy.buildSome(Infinity);
  assert.equal(a(), first);
  assert.equal(b().name, "b");
  assert.deepEqual(built, ["a", "b"]);
});

Deno.test("lazyGroup() groups are separate", () => {
  let built = 0;
  const one = lazyGroup();
  const two = lazyGroup();
  one(() => built++);
  two.buildSome(Infinity);
  assert.equal(built, 0);
  one.buildSome(Infinity);
  assert.equal(built, 1);
});

Deno.test("lazyGroup().buildSome() builds at least one value per call within its budget, then reports all built", () => {
  const lazy = lazyGroup();
  const built: number[] = [];
  const values = [1, 2, 3].map((n) => lazy(() => (built.push(n), n)));
  assert.equal(lazy.buildSome(0), false);
  assert.deepEqual(built, [1]);
  values[2](); // used before the warm-up got to it
  assert.equal(lazy.buildSome(0), false);
  assert.deepEqual(built, [1, 3, 2]);
  assert.equal(lazy.buildSome(0), true, "the last one was built already");
  assert.equal(lazy.buildSome(Infinity), true);
  assert.deepEqual(built, [1, 3, 2], "each built once");
});

Deno.test("lazyGroup().buildSome() goes on past a build that throws; its first use tries again", () => {
  const lazy = lazyGroup();
  let fails = true;
  const flaky = lazy(() => {
    if (fails) throw new Error("not yet");
    return "built";
  });
  const fine = lazy(() => "fine");
  assert.equal(lazy.buildSome(Infinity), true);
  assert.equal(fine(), "fine");
  fails = false;
  assert.equal(flaky(), "built");
});
