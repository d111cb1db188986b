/**
 * Times `splitMessage()` on answers of 1 KB, 10 KB and 100 KB: prose with
 * emoji (surrogate pairs, ZWJ sequences, flags), lists, and fenced code blocks
 * that parts have to close and reopen.
 *
 * ```sh
 * deno bench bench/split_bench.ts
 * ```
 *
 * Numbers and how to read them: docs/PERFORMANCE.md.
 *
 * @module
 */
import { splitMessage } from "../src/telegram/split.ts";

// Building blocks of a long LLM answer, cycled in this order.
const BLOCKS: readonly string[] = [
  "## Role\nYou are a senior product designer 🎨 who writes crisp briefs. " +
  "Keep every answer practical, concrete and short enough to read on a phone.",
  "- Audience: busy founders 👩‍💻👨‍💻 who skim\n- Tone: warm, direct, no jargon\n" +
  "- Length: at most 300 words 📏\n- Language: English 🇬🇧, with the odd ümlaut",
  "```ts\nexport function greet(name: string): string {\n" +
  "  // Returns a greeting with an emoji 👋\n" +
  '  return `Hello, ${name}! 👋`;\n}\n\nconsole.log(greet("Ada"));\n```',
  "Context: the team ships a to-do app 📱 for families. Users say onboarding " +
  "takes too long and the colours feel cold ❄️. Rewrite the first screen so " +
  "that a parent understands it in five seconds — no more. Why? Because " +
  "most people leave after the first screen!",
  "```python\nimport json\n\ndef load(path):\n" +
  '    with open(path, encoding="utf-8") as f:\n' +
  "        return json.load(f)  # 🐍 snake case on purpose\n```",
  "Output format:\n1. A headline (max 8 words) ✨\n2. Three bullet points\n" +
  "3. A call to action 🚀\nThen one line per variant explaining its angle.",
];

/** A deterministic text of exactly `length` UTF-16 code units (or one less, not to cut an emoji). */
function mixedText(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) {
    text += BLOCKS[i % BLOCKS.length] + "\n\n";
  }
  const cut = text.slice(0, length);
  // Never end on half a surrogate pair: the input should be valid text.
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const SIZES = [
  { name: "1 KB (one part)", length: 1_024 },
  { name: "10 KB", length: 10_240 },
  { name: "100 KB", length: 102_400 },
] as const;

for (const { name, length } of SIZES) {
  const text = mixedText(length);
  const parts = splitMessage(text).length;
  Deno.bench({
    name: `splitMessage() ${name}, ${parts} part${parts === 1 ? "" : "s"}`,
    group: "split",
    fn() {
      splitMessage(text);
    },
  });
}
