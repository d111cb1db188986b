import assert from "node:assert/strict";
import {
  createVisibleStream,
  parseModelAnswer,
  placeholdersIn,
} from "../../src/enhance/answer.ts";

const FULL = `<analysis>
Given: a recipe request. Missing: the dish. I will not write <prompt> here.
</analysis>
<prompt>
You are a chef.

Task: write a recipe for [dish] in a <div> card, where a < b.
</prompt>
<notes>
<assumptions>
- Home cook level.
- None
</assumptions>
<placeholders>
- [dish]: the dish you want
</placeholders>
</notes>
<category>writing</category>
<translation_note>Промпт на английском.</translation_note>`;

const PROMPT =
  "You are a chef.\n\nTask: write a recipe for [dish] in a <div> card, where a < b.";

/** A deterministic pseudo-random generator, so a failing chunking can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Feed `text` in random chunks; what the user sees at each step and at the end. */
function stream(text: string, seed: number) {
  const next = random(seed);
  const visible = createVisibleStream();
  const steps: string[] = [];
  let shown = "";
  for (let i = 0; i < text.length;) {
    const size = 1 + Math.floor(next() * 12);
    shown += visible.push(text.slice(i, i + size));
    steps.push(shown);
    i += size;
  }
  const end = visible.finish();
  return { steps, end, shown: end.replaced ? end.text : shown + end.delta };
}

Deno.test("parseModelAnswer() reads the prompt, notes, category and translation note, and drops the analysis", () => {
  assert.deepEqual(parseModelAnswer(FULL), {
    kind: "prompt",
    prompt: PROMPT,
    notes: {
      assumptions: ["Home cook level."],
      placeholders: ["[dish]: the dish you want"],
    },
    category: "writing",
    translationNote: "Промпт на английском.",
    structured: true,
  });
});

Deno.test("parseModelAnswer() falls back to the visible text when there is no prompt block", () => {
  const cases: [string, string][] = [
    ["A strong prompt.", "A strong prompt."],
    ["```\nA strong prompt.\n```", "A strong prompt."],
    ['"A strong prompt."', "A strong prompt."],
    ["<analysis>thinking</analysis>\nA strong prompt.", "A strong prompt."],
    ["<think>r1 style</think>A strong prompt.", "A strong prompt."],
    [
      "AI-ENHANCED PROMPT:\n<rough_prompt>\nx\n</rough_prompt>",
      "AI-ENHANCED PROMPT:\n<rough_prompt>\nx\n</rough_prompt>",
    ],
  ];
  for (const [text, prompt] of cases) {
    const answer = parseModelAnswer(text);
    assert.equal(answer.kind, "prompt", text);
    if (answer.kind !== "prompt") continue;
    assert.equal(answer.prompt, prompt, text);
    assert.equal(answer.structured, false, text);
  }
});

Deno.test("parseModelAnswer() never shows the analysis, even unclosed", () => {
  const unclosed = parseModelAnswer(
    "<analysis>secret reasoning <prompt>X</prompt>",
  );
  assert.equal(unclosed.kind === "prompt" && unclosed.prompt, "X");
  const only = parseModelAnswer("<analysis>secret reasoning, never closed");
  assert.equal(only.kind === "prompt" && only.prompt, "");
  const upper = parseModelAnswer(
    "< ANALYSIS >secret</ANALYSIS ><PROMPT>Y</PROMPT>",
  );
  assert.equal(upper.kind === "prompt" && upper.prompt, "Y");
});

Deno.test("parseModelAnswer() ends a prompt the model forgot to close at its notes", () => {
  const answer = parseModelAnswer(
    "<prompt>\nP\n<notes>\n<assumptions>\n- A\n</assumptions>\n</notes>",
  );
  assert.equal(answer.kind === "prompt" && answer.prompt, "P");
  assert.deepEqual(answer.kind === "prompt" && answer.notes.assumptions, ["A"]);
});

Deno.test("parseModelAnswer() reads up to 3 questions with 2–4 options each", () => {
  const q = (text: string, options: string[]) =>
    `<question><text>${text}</text>${
      options.map((o) => `<option>${o}</option>`).join("")
    }</question>`;
  const answer = parseModelAnswer(
    `<analysis>vague</analysis><questions>${q("Who?", ["Kids", "Adults"])}${
      q("Bad", ["only one"])
    }${q("Tone?", ["A", "B", "C", "D", "E"])}${q("Three?", ["x", "y"])}${
      q("Four?", ["x", "y"])
    }</questions>`,
  );
  assert.deepEqual(answer, {
    kind: "questions",
    questions: [
      { text: "Who?", options: ["Kids", "Adults"] },
      { text: "Tone?", options: ["A", "B", "C", "D"] },
      { text: "Three?", options: ["x", "y"] },
    ],
  });
});

Deno.test("parseModelAnswer() treats malformed questions as a prompt, never an error", () => {
  for (
    const text of [
      "<questions><question><text>Who?</text></question></questions>",
      "<questions>What audience?</questions>",
      "<questions>",
    ]
  ) {
    assert.equal(parseModelAnswer(text).kind, "prompt", text);
  }
  const both = parseModelAnswer(
    "<prompt>P</prompt><questions><question><text>Q</text><option>a</option><option>b</option></question></questions>",
  );
  assert.equal(both.kind, "prompt", "a written prompt wins over questions");
});

Deno.test("parseModelAnswer() takes placeholders from the prompt when the notes list none", () => {
  const answer = parseModelAnswer(
    "<prompt>Write for [audience] about [topic]; see [1] and [link](http://x).</prompt><notes><assumptions></assumptions><placeholders></placeholders></notes>",
  );
  assert.deepEqual(answer.kind === "prompt" && answer.notes.placeholders, [
    "[audience]",
    "[topic]",
  ]);
  assert.deepEqual(placeholdersIn("[ab] [ab] [12]"), ["[ab]"]);
  const category = parseModelAnswer(
    "<prompt>P</prompt><category>poetry</category>",
  );
  assert.equal(category.category, undefined, "an unknown category is ignored");
});

Deno.test("createVisibleStream() shows only the prompt, for any chunking", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const { steps, end, shown } = stream(FULL, seed);
    assert.equal(shown, PROMPT, `seed ${seed}`);
    assert.equal(end.replaced, false, `seed ${seed}`);
    for (const step of steps) {
      assert.ok(PROMPT.startsWith(step), `seed ${seed}: ${step}`);
      assert.doesNotMatch(step, /analysis|Given:|<\/?prompt|notes|Home cook/);
    }
  }
});

Deno.test("createVisibleStream() agrees with parseModelAnswer() on odd answers, for any chunking", () => {
  const answers = [
    "Plain answer, streamed as it comes.\n\n- with a list",
    "```\nfenced\n```",
    "<analysis>never closed",
    "<analysis>forgot to close <prompt>P</prompt>",
    "<think>r1</think><prompt>P2</prompt>",
    "Preamble first.\n<prompt>Only this</prompt>",
    "<prompt>  spaced  \n</prompt>",
    "<prompt>a </prom and more</prompt>",
    "<questions><question><text>Q</text><option>a</option><option>b</option></question></questions>",
    "<prompt>code: `if (a<b) {}` and <analysis> inside</prompt>",
  ];
  for (const text of answers) {
    const parsed = parseModelAnswer(text);
    const expected = parsed.kind === "prompt" ? parsed.prompt : "";
    for (let seed = 1; seed <= 60; seed++) {
      const { steps, end, shown } = stream(text, seed);
      assert.equal(shown, expected, `${text} / seed ${seed}`);
      assert.equal(end.text, expected);
      if (!end.replaced) {
        for (const step of steps) assert.ok(expected.startsWith(step), text);
      }
      for (const step of steps) {
        assert.doesNotMatch(step, /r1|never closed|forgot/);
      }
    }
  }
});
