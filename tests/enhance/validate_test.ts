import assert from "node:assert/strict";
import {
  MAX_PROMPT_CHARS,
  saysNothing,
  validateRoughPrompt,
} from "../../src/enhance/validate.ts";

Deno.test("validateRoughPrompt() trims an acceptable prompt", () => {
  assert.deepEqual(validateRoughPrompt("  a poem about cats \n"), {
    ok: true,
    text: "a poem about cats",
  });
});

Deno.test("validateRoughPrompt() rejects an empty or blank prompt", () => {
  for (const text of ["", "   ", "\n\t \n"]) {
    const result = validateRoughPrompt(text);
    assert.equal(result.ok, false);
    if (result.ok) continue;
    assert.equal(result.reason, "empty");
  }
});

Deno.test("validateRoughPrompt() rejects a prompt over the limit with its size", () => {
  assert.equal(MAX_PROMPT_CHARS, 6000);
  const result = validateRoughPrompt("x".repeat(7210));
  assert.deepEqual(result, {
    ok: false,
    reason: "too_long",
    length: 7210,
  });
});

Deno.test("validateRoughPrompt() accepts exactly the limit, not counting outer whitespace", () => {
  const text = "y".repeat(MAX_PROMPT_CHARS);
  assert.deepEqual(validateRoughPrompt(`\n ${text} \n`), { ok: true, text });
  assert.equal(validateRoughPrompt(`${text}z`).ok, false);
});

Deno.test("saysNothing() finds messages with no words at all, or only links", () => {
  for (const text of ["😀😀🔥", "...", "?!", "👍 👍"]) {
    assert.equal(saysNothing(text), "no_words", text);
  }
  for (
    const text of [
      "https://example.com/article/123",
      "www.example.com",
      "https://a.example/x https://b.example/y",
    ]
  ) {
    assert.equal(saysNothing(text), "only_links", text);
  }
  for (
    const text of [
      "summarize https://example.com/post/1",
      "a cat 🐱",
      "42",
      "logo for www.example.com",
    ]
  ) {
    assert.equal(saysNothing(text), undefined, text);
  }
});
