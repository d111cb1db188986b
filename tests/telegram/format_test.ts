import assert from "node:assert/strict";
import {
  type Block,
  escapeHtml,
  plainText,
  renderBlock,
  splitBlocks,
} from "../../src/telegram/format.ts";
import { parseTelegramHtml } from "../fakes/telegram_api.ts";

Deno.test("renderBlock() escapes model output and wraps each kind of block", () => {
  assert.equal(escapeHtml("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
  assert.equal(
    renderBlock({ kind: "pre", text: "<b>not bold</b>" }),
    "<pre>&lt;b&gt;not bold&lt;/b&gt;</pre>",
  );
  assert.equal(
    renderBlock({ kind: "pre", text: "x = 1", language: "Python 3!" }),
    '<pre><code class="language-python3">x = 1</code></pre>',
  );
  assert.equal(
    renderBlock({ kind: "quote", text: "q", expandable: true }),
    "<blockquote expandable>q</blockquote>",
  );
  assert.equal(
    renderBlock({ kind: "text", text: "h", style: "bold" }),
    "<b>h</b>",
  );
});

Deno.test("splitBlocks() keeps a short answer in one message, with the copy block intact", () => {
  const blocks: Block[] = [
    { kind: "text", text: "✨ General · AI", style: "bold" },
    {
      kind: "pre",
      text: "You are a chef.\nWrite a recipe for <pancakes> & syrup.",
    },
    { kind: "text", text: "Fill in: [servings]" },
  ];
  const parts = splitBlocks(blocks);
  assert.equal(parts.length, 1);
  const parsed = parseTelegramHtml(parts[0].html);
  assert.equal(parsed.text, parts[0].text);
  assert.equal(parsed.text, plainText(blocks));
  const pre = parsed.entities.find((e) => e.type === "pre")!;
  assert.equal(
    parsed.text.slice(pre.offset, pre.offset + pre.length),
    "You are a chef.\nWrite a recipe for <pancakes> & syrup.",
  );
});

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "word ",
  "Another sentence. ",
  "\n",
  "\n\n",
  "```python\nprint('<hi>')\n```\n",
  "**bold** _it_ ",
  "a < b ",
  "x && y ",
  "<b>tag</b> ",
  "&amp; ",
  "😀",
  "👨‍👩‍👧‍👦 ",
  "🇺🇦",
  "ünïcödé ",
  "汉字。",
  "- item\n",
  "    indented\n",
  "> quote\n",
  "]]>",
  "\t",
];

function modelOutput(next: () => number): string {
  const size = Math.floor(next() ** 3 * 12_000);
  let text = "";
  while (text.length < size) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

Deno.test("splitBlocks() never produces a part Telegram would refuse: 1,200 random model outputs", () => {
  const seed = Number(Deno.env.get("SPLIT_SEED") ?? 20261201);
  const next = random(seed);
  for (let run = 0; run < 1200; run++) {
    const prompt = modelOutput(next);
    const notes = next() < 0.5 ? modelOutput(next).slice(0, 600) : "";
    const blocks: Block[] = [
      { kind: "text", text: "🎨 Image · Midjourney · AI", style: "bold" },
      next() < 0.7
        ? {
          kind: "pre",
          text: prompt,
          language: next() < 0.3 ? "python" : undefined,
        }
        : { kind: "quote", text: prompt, expandable: true },
      { kind: "text", text: notes },
    ];
    const limit = next() < 0.8 ? 4096 : 16 + Math.floor(next() * 400);
    const parts = splitBlocks(blocks, { limit });
    const context = `seed ${seed}, run ${run}, limit ${limit}`;
    let seen = "";
    for (const part of parts) {
      const parsed = parseTelegramHtml(part.html); // throws for invalid HTML
      assert.ok(
        parsed.text.length <= limit,
        `${context}: ${parsed.text.length} > ${limit}`,
      );
      assert.ok(parsed.text.length > 0, `${context}: an empty part`);
      assert.equal(parsed.text, part.text.trim(), context);
      seen += part.text;
    }
    // Nothing lost: every non-space character arrives, in order.
    const squash = (s: string) => s.replace(/\s+/g, "");
    assert.equal(squash(seen), squash(plainText(blocks)), context);
  }
});
