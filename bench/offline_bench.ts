/**
 * Times `offlineEnhance()` for every category on a typical rough prompt of
 * about 200 characters and on one of 6,000 (the longest a user may send),
 * with a code fence, constraints and exclusions for the rules to find.
 *
 * ```sh
 * deno bench bench/offline_bench.ts
 * ```
 *
 * Numbers and how to read them: docs/PERFORMANCE.md.
 *
 * @module
 */
import { CATEGORIES } from "../src/enhance/categories.ts";
import { offlineEnhance } from "../src/enhance/offline.ts";
import { MAX_PROMPT_CHARS } from "../src/enhance/validate.ts";

const TYPICAL =
  "write a friendly email to my team saying the weekly sync moves to " +
  "thursdays at 10am, mention the new agenda doc, keep it under 150 words, " +
  "no jargon, and ask everyone to send objections by friday noon";

const LONG_PARAGRAPHS: readonly string[] = [
  "I run a small bakery and want a landing page for our new sourdough " +
  "subscription. Customers pick a loaf each week and collect it on Saturday " +
  "morning. The page must explain pricing, pickup times and how to pause.",
  "Constraints: keep it under 400 words, no stock photos, no exclamation " +
  "marks, must work on phones, avoid the word 'artisanal', without prices " +
  "in the headline. Audience: busy parents and students living nearby.",
  '```html\n<section class="hero">\n  <h1>Fresh bread every Saturday</h1>\n' +
  '  <a href="/subscribe">Subscribe</a>\n</section>\n```',
  "Tone: warm, plain, a little funny. Mention that the starter is 40 years " +
  "old, that we bake at 4am, and that leftover bread goes to the food bank. " +
  "Include a short FAQ with five questions and answers.",
];

/** A rough prompt of `length` characters, paragraph by paragraph, cut at a word. */
function longPrompt(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) {
    text += LONG_PARAGRAPHS[i % LONG_PARAGRAPHS.length] + "\n\n";
  }
  return text.slice(0, text.lastIndexOf(" ", length)).trim();
}

const LONG = longPrompt(MAX_PROMPT_CHARS);

for (const category of CATEGORIES) {
  for (const [size, rough] of [["typical", TYPICAL], ["long", LONG]]) {
    Deno.bench({
      name: `offlineEnhance() ${category.id}, ${rough.length} chars`,
      group: size,
      fn() {
        offlineEnhance(rough, { category: category.id });
      },
    });
  }
}
