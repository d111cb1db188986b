import assert from "node:assert/strict";
import { HtmlParseError, htmlToText } from "../../src/console/html_text.ts";

Deno.test("htmlToText() drops tags, decodes entities and fences <pre> blocks", () => {
  assert.equal(
    htmlToText(
      '<b>Your prompt</b>\n<pre><code class="language-markdown">Write a haiku &amp; a limerick &lt;3</code></pre>\nDone',
    ),
    "Your prompt\n```markdown\nWrite a haiku & a limerick <3\n```\n\nDone",
  );
});

Deno.test("htmlToText() starts a <pre> on its own line and keeps its line breaks", () => {
  assert.equal(
    htmlToText("Prompt:<pre>line 1\n  line 2</pre>"),
    "Prompt:\n```\nline 1\n  line 2\n```\n",
  );
});

Deno.test("htmlToText() marks quotes with a bar and shows where a link goes", () => {
  assert.equal(
    htmlToText(
      '<blockquote>one\ntwo</blockquote><a href="https://x.test/a?b=1&amp;c=2">docs</a>',
    ),
    "│ one\n│ two\ndocs (https://x.test/a?b=1&c=2)",
  );
  assert.equal(
    htmlToText('<a href="https://x.test">https://x.test</a>'),
    "https://x.test",
  );
  assert.equal(
    htmlToText("&#128512; &#x41; &quot;q&quot; &unknown;"),
    '😀 A "q" &unknown;',
  );
});

Deno.test("htmlToText() refuses what Telegram refuses: unknown, unmatched and unclosed tags", () => {
  assert.throws(() => htmlToText("<div>x</div>"), HtmlParseError);
  assert.throws(() => htmlToText("<b>x</i>"), /unmatched end tag "i"/);
  assert.throws(() => htmlToText("<b>x"), /unclosed start tag "b"/);
});
