import assert from "node:assert/strict";
import { cutSafely, excerpt } from "../../src/util/text.ts";

Deno.test("cutSafely() never splits a surrogate pair", () => {
  assert.equal(cutSafely("ab😀c", 3), "ab");
  assert.equal(cutSafely("ab😀c", 4), "ab😀");
  assert.equal(cutSafely("short", 10), "short");
  for (let max = 1; max < 12; max++) {
    const cut = cutSafely("😀😀😀😀😀", max);
    assert.ok(!/[\ud800-\udbff]$/.test(cut), `cut at ${max}`);
    assert.ok(cut.length <= max);
  }
});

Deno.test("excerpt() flattens whitespace and cuts at a word near the end", () => {
  assert.equal(excerpt("a  b\n c"), "a b c");
  assert.equal(excerpt("alpha beta gamma delta", 14), "alpha beta…");
  assert.equal(excerpt("x".repeat(20), 10), "x".repeat(10) + "…");
});
