import assert from "node:assert/strict";
import { splitMessage, TELEGRAM_TEXT_LIMIT } from "../../src/telegram/split.ts";

const OPENING = /^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The fence left open at the end of `text`, by CommonMark's rules; null if none. */
function openFenceAtEnd(text: string): string | null {
  let open: string | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (open === null) {
      const match = OPENING.exec(line);
      if (match) open = match[1] ?? match[2];
    } else {
      const match = CLOSING.exec(line);
      if (
        match && match[1][0] === open[0] && match[1].length >= open.length
      ) open = null;
    }
  }
  return open;
}

/** Text without fence lines and whitespace: what a split must preserve. */
function essence(text: string): string {
  return text.split("\n").filter((line) => !/^ {0,3}(```|~~~)/.test(line))
    .join("").replace(/\s+/g, "");
}

function assertPartsValid(text: string, parts: string[], limit: number) {
  for (const part of parts) {
    assert.ok(part.length <= limit, `part of ${part.length} over ${limit}`);
    assert.ok(part.trim() !== "", "blank part");
    assert.ok(part.isWellFormed(), `lone surrogate in ${JSON.stringify(part)}`);
  }
  assert.equal(essence(parts.join("\n")), essence(text));
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["alpha", "beta", "gamma", "the", "quick", "brown", "fox", "ok"];
const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "❤️", "🇺🇦", "é", "字"];
const LANGS = ["", "python", "ts", "json"];

function randomProse(random: () => number, pick: <T>(list: T[]) => T) {
  const out: string[] = [];
  const count = 1 + Math.floor(random() * 60);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.6) out.push(pick(WORDS));
    else if (roll < 0.75) out.push(pick(EMOJI));
    else if (roll < 0.85) out.push(". ");
    else if (roll < 0.93) out.push("\n");
    else if (roll < 0.97) out.push("\n\n");
    else out.push("x".repeat(Math.floor(random() * 80)));
    out.push(random() < 0.7 ? " " : "");
  }
  return out.join("");
}

/**
 * Random text with balanced fences: prose, emoji, breaks and code blocks.
 * A four-backtick fence needs a limit of 20 to be balanced (its added lines
 * take at most half a part), so `nested` allows it only then.
 */
function randomText(random: () => number, nested = true): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const markers = nested ? ["```", "```", "~~~", "````"] : ["```", "~~~"];
  const blocks: string[] = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) {
    if (random() < 0.4) {
      const marker = pick(markers);
      const inner = marker === "````" ? "```js\nlet a = `x`;\n```\n" : "";
      const body = randomProse(random, pick).replaceAll(/^(```|~~~)/gm, "");
      blocks.push(`${marker}${pick(LANGS)}\n${inner}${body}\n${marker}`);
    } else {
      blocks.push(randomProse(random, pick));
    }
  }
  return blocks.join(pick(["\n", "\n\n", "\n \n"]));
}

Deno.test("splitMessage() returns short text unchanged", () => {
  assert.deepEqual(splitMessage("  hello\n"), ["  hello\n"]);
  const exact = "a".repeat(TELEGRAM_TEXT_LIMIT);
  assert.deepEqual(splitMessage(exact), [exact]);
});

Deno.test("splitMessage() returns no parts for blank text", () => {
  assert.deepEqual(splitMessage(""), []);
  assert.deepEqual(splitMessage(" \n\t\n "), []);
  assert.deepEqual(splitMessage(" ".repeat(10_000)), []);
});

Deno.test("splitMessage() rejects a limit too small to be useful", () => {
  assert.throws(() => splitMessage("hello", { limit: 5 }), {
    name: "RangeError",
    message: "Cannot split message: limit must be at least 16, got 5",
  });
  assert.throws(() => splitMessage("hello", { limit: 20.5 }), {
    name: "RangeError",
    message: "Cannot split message: limit must be an integer, got 20.5",
  });
  assert.throws(() => splitMessage("hello", { limit: Number.NaN }), RangeError);
  assert.deepEqual(splitMessage("a".repeat(20), { limit: 16 }).length, 2);
});

Deno.test("splitMessage() splits 4097 characters into two parts within the limit", () => {
  const parts = splitMessage("a".repeat(TELEGRAM_TEXT_LIMIT + 1));
  assert.deepEqual(parts.map((part) => part.length), [TELEGRAM_TEXT_LIMIT, 1]);
});

Deno.test("splitMessage() hard-cuts a long line with no breaks into full parts", () => {
  const text = "0123456789".repeat(1000);
  const parts = splitMessage(text);
  assert.deepEqual(parts.map((part) => part.length), [4096, 4096, 1808]);
  assert.equal(parts.join(""), text);
});

Deno.test("splitMessage() never cuts a surrogate pair, wherever it falls", () => {
  for (let offset = 0; offset < 40; offset++) {
    const text = "a".repeat(offset) + "😀".repeat(30) + "b".repeat(5);
    for (const limit of [16, 17, 19, 32]) {
      const parts = splitMessage(text, { limit });
      for (const part of parts) {
        assert.ok(part.isWellFormed(), `offset ${offset}, limit ${limit}`);
        assert.ok(part.length <= limit);
      }
      assert.equal(parts.join(""), text);
    }
  }
});

Deno.test("splitMessage() keeps emoji graphemes whole", () => {
  const graphemes = ["👨‍👩‍👧‍👦", "👍🏽", "❤️", "🇺🇦", "🏳️‍🌈"];
  const text = Array.from({ length: 400 }, (_, i) => graphemes[i % 5]).join("");
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const limit of [16, 23, 100, 4096]) {
    const parts = splitMessage(text, { limit });
    assert.equal(parts.join(""), text);
    for (const part of parts) {
      assert.ok(part.length <= limit);
      for (const { segment } of segmenter.segment(part)) {
        assert.ok(graphemes.includes(segment), `split grapheme ${segment}`);
      }
    }
  }
});

Deno.test("splitMessage() prefers a paragraph break near the end", () => {
  const first = "First paragraph.\nIt has two lines and some words in it.";
  const second = "Second paragraph has more words to push past the limit here.";
  const parts = splitMessage(`${first}\n\n${second}`, { limit: 70 });
  assert.deepEqual(parts, [first, second]);
});

Deno.test("splitMessage() prefers a line break to a sentence end or a space", () => {
  const text = "line one is here\nline two. And more words follow here past it";
  assert.deepEqual(splitMessage(text, { limit: 24 }), [
    "line one is here",
    "line two. And more words",
    "follow here past it",
  ]);
});

Deno.test("splitMessage() cuts at a sentence end before a plain space", () => {
  assert.deepEqual(splitMessage("Some words. More words end", { limit: 16 }), [
    "Some words.",
    "More words end",
  ]);
  assert.deepEqual(
    splitMessage("他说了一句很长很长的话。然后又说了话", { limit: 16 }),
    [
      "他说了一句很长很长的话。",
      "然后又说了话",
    ],
  );
});

Deno.test("splitMessage() ignores a break too far from the end of a part", () => {
  const text = `ab\n\n${"c".repeat(50)}`;
  const parts = splitMessage(text, { limit: 40 });
  assert.deepEqual(parts, [`ab\n\n${"c".repeat(36)}`, "c".repeat(14)]);
});

Deno.test("splitMessage() closes and reopens a code block across 3+ parts", () => {
  const lines = Array.from({ length: 30 }, (_, i) => `    print(${i})`);
  const text = `Intro.\n\n\`\`\`python\ndef f():\n${
    lines.join("\n")
  }\n\`\`\`\nDone.`;
  const parts = splitMessage(text, { limit: 100 });
  assert.ok(parts.length >= 4, `only ${parts.length} parts`);
  assertPartsValid(text, parts, 100);
  for (const part of parts) assert.equal(openFenceAtEnd(part), null, part);
  for (const part of parts.slice(1, -1)) {
    assert.ok(part.startsWith("```python\n    print("), part);
    assert.ok(part.endsWith(")\n```"), part);
  }
  assert.ok(parts.at(-1)!.endsWith("\n```\nDone."));
});

Deno.test("splitMessage() keeps tilde fences and their language", () => {
  const body = Array.from({ length: 20 }, (_, i) => `key${i}: value`).join(
    "\n",
  );
  const text = `~~~yaml\n${body}\n~~~`;
  const parts = splitMessage(text, { limit: 60 });
  assert.ok(parts.length >= 3);
  for (const part of parts) {
    assert.match(part, /^~~~yaml\n[^]*\n~~~$/);
    assert.equal(openFenceAtEnd(part), null);
  }
  assertPartsValid(text, parts, 60);
});

Deno.test("splitMessage() treats nested-looking backticks as code", () => {
  const inner = "```js\nconst s = `a ${1}`;\n```";
  const body = Array.from({ length: 6 }, () => inner).join("\n");
  const text = `\`\`\`\`markdown\n${body}\n\`\`\`\`\nafter`;
  const parts = splitMessage(text, { limit: 64 });
  assert.ok(parts.length >= 3);
  for (const part of parts) assert.equal(openFenceAtEnd(part), null, part);
  for (const part of parts.slice(1)) {
    if (part !== "after") assert.ok(part.startsWith("````markdown\n"), part);
  }
  assertPartsValid(text, parts, 64);
});

Deno.test("splitMessage() never leaves an empty code block at a cut", () => {
  const text = `${"word ".repeat(12)}\n\`\`\`sh\necho hi\n\`\`\`\n${
    "tail ".repeat(4)
  }`;
  for (let limit = 16; limit < 90; limit++) {
    for (const part of splitMessage(text, { limit })) {
      assert.doesNotMatch(part, /```(sh)?\n```/, `limit ${limit}`);
      assert.equal(openFenceAtEnd(part), null, `limit ${limit}: ${part}`);
    }
  }
});

Deno.test("splitMessage() lets an added closing line stand in for the original", () => {
  const text = `\`\`\`\n${"x".repeat(12)}\n\`\`\`\nafter the block`;
  assert.deepEqual(splitMessage(text, { limit: 20 }), [
    `\`\`\`\n${"x".repeat(12)}\n\`\`\``,
    "after the block",
  ]);
});

Deno.test("splitMessage() drops an info string too long for the limit", () => {
  const text = `\`\`\`${"x".repeat(30)}\n${"code line\n".repeat(8)}\`\`\``;
  const parts = splitMessage(text, { limit: 40 });
  assert.ok(parts.slice(1).every((part) => part.startsWith("```\n")));
  for (const part of parts) assert.equal(openFenceAtEnd(part), null);
});

Deno.test("splitMessage() leaves a fence the text never closes open in the last part only", () => {
  const text = `\`\`\`\n${"line\n".repeat(20)}`;
  const parts = splitMessage(text, { limit: 32 });
  for (const part of parts.slice(0, -1)) {
    assert.equal(openFenceAtEnd(part), null);
  }
  assert.equal(openFenceAtEnd(parts.at(-1)!), "```");
});

Deno.test("splitMessage() keeps the indentation of the line a part starts with", () => {
  const line = "    indented line here and more";
  const text = `${"a".repeat(30)}\n${line}\n${"b".repeat(10)}`;
  assert.deepEqual(splitMessage(text, { limit: 40 }), [
    "a".repeat(30),
    line,
    "b".repeat(10),
  ]);
});

Deno.test("splitMessage() holds its invariants on random text and limits", () => {
  const random = mulberry32(20240611);
  for (let run = 0; run < 1500; run++) {
    const limit = 16 + Math.floor(random() * 300);
    const text = randomText(random, limit >= 20);
    const parts = splitMessage(text, { limit });
    const context = `run ${run}, limit ${limit}: ${JSON.stringify(text)}`;
    if (text.trim() === "") {
      assert.deepEqual(parts, [], context);
      continue;
    }
    for (const part of parts) {
      assert.ok(part.length <= limit, context);
      assert.ok(part.trim() !== "", context);
      assert.ok(part.isWellFormed(), context);
      assert.equal(openFenceAtEnd(part), null, `${context}\npart: ${part}`);
    }
    assert.equal(essence(parts.join("\n")), essence(text), context);
  }
});

Deno.test("splitMessage() is fast on a large text", () => {
  const random = mulberry32(7);
  const chunks: string[] = [];
  for (let length = 0; length < 1_000_000;) {
    chunks.push(randomText(random));
    length += chunks.at(-1)!.length + 2;
  }
  const text = chunks.join("\n\n");
  const started = performance.now();
  const parts = splitMessage(text);
  const elapsed = performance.now() - started;
  assert.ok(parts.length > 240);
  // Generous: this guards against quadratic work (minutes), not for speed.
  assert.ok(elapsed < 5000, `took ${elapsed} ms`);
});
