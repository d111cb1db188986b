import assert from "node:assert/strict";
import { CATEGORIES, CATEGORY_IDS } from "../../src/enhance/categories.ts";
import { examplesFor } from "../../src/enhance/examples.ts";
import {
  DEFAULT_TARGETS,
  getTarget,
  isTargetChoice,
  isTargetId,
  resolveTarget,
  TARGET_IDS,
  type TargetId,
  TARGETS,
  targetsFor,
} from "../../src/enhance/targets.ts";

Deno.test("TARGETS: every target serves a category and every category has a default that serves it", () => {
  assert.deepEqual(TARGETS.map((t) => t.id), [...TARGET_IDS]);
  for (const target of TARGETS) {
    assert.ok(target.categories.length > 0, target.id);
    assert.ok(target.rules.length >= 3, target.id);
  }
  for (const id of CATEGORY_IDS) {
    assert.ok(getTarget(DEFAULT_TARGETS[id]).categories.includes(id), id);
    assert.equal(targetsFor(id)[0].id, DEFAULT_TARGETS[id]);
  }
});

Deno.test("TARGETS carry each model family's rules", () => {
  const rules = (id: TargetId) => getTarget(id).rules.join("\n");
  assert.match(rules("claude"), /XML tags/);
  assert.match(rules("reasoning"), /success criteria/);
  assert.match(rules("reasoning"), /Do not tell it to think step by step/);
  assert.match(rules("midjourney"), /--ar/);
  assert.match(rules("midjourney"), /--no/);
  assert.match(rules("midjourney"), /Never write a 'Negative prompt:' line/);
  assert.match(rules("stable_diffusion"), /\(word:1\.2\)/);
  assert.match(rules("stable_diffusion"), /75 CLIP tokens/);
  assert.match(rules("stable_diffusion"), /Negative prompt:/);
  assert.match(rules("natural_image"), /No negative prompt/);
  assert.match(rules("video"), /Shot N/);
});

Deno.test("examplesFor() gives at least two examples for every category and target that serves it", () => {
  for (const category of CATEGORIES) {
    for (const target of targetsFor(category.id)) {
      const examples = examplesFor(category.id, target.id);
      assert.ok(examples.length >= 2, `${category.id} × ${target.id}`);
      for (const example of examples) {
        assert.ok(example.rough.length > 5);
        assert.ok(example.prompt.length > example.rough.length / 2);
      }
    }
  }
});

Deno.test("examplesFor() lays text examples out in the target's shape", () => {
  const chat = examplesFor("coding", "chat")[0].prompt;
  const claude = examplesFor("coding", "claude")[0].prompt;
  const reasoning = examplesFor("coding", "reasoning")[0].prompt;
  assert.match(chat, /^You are .*\n\nTask: /);
  assert.match(claude, /<task>\n[^]*\n<\/task>/);
  assert.match(claude, /<output_format>/);
  assert.match(reasoning, /^Goal: /);
  assert.match(reasoning, /Success criteria:\n- /);
  assert.doesNotMatch(reasoning, /step by step/i);
  for (const example of examplesFor("image", "midjourney")) {
    assert.match(example.prompt, / --(?:ar|s|no) /);
    assert.doesNotMatch(example.prompt, /Negative prompt:/);
  }
  for (const example of examplesFor("image", "stable_diffusion")) {
    assert.match(example.prompt, /\(\w[^)]*:1\.\d\)/);
    assert.match(example.prompt, /\nNegative prompt: /);
  }
  for (const example of examplesFor("image", "natural_image")) {
    assert.doesNotMatch(example.prompt, /Negative prompt|--\w|:1\.\d/);
  }
});

Deno.test("resolveTarget() keeps a choice that serves the category, else the default", () => {
  assert.equal(resolveTarget("image", "midjourney"), "midjourney");
  assert.equal(resolveTarget("image", "auto"), "natural_image");
  assert.equal(resolveTarget("email", "midjourney"), "chat");
  assert.equal(resolveTarget("coding", "claude"), "claude");
  assert.equal(resolveTarget("video"), "video");
  assert.equal(resolveTarget("email", "reasoning"), "chat");
});

Deno.test("isTargetId() and isTargetChoice()", () => {
  assert.equal(isTargetId("claude"), true);
  assert.equal(isTargetId("auto"), false);
  assert.equal(isTargetChoice("auto"), true);
  for (const value of ["", "gpt", null, 3]) {
    assert.equal(isTargetChoice(value), false, String(value));
  }
  assert.throws(() => getTarget("gpt" as TargetId), RangeError);
});
