/**
 * Telegram's HTML as a terminal shows it: tags dropped, entities decoded,
 * `<pre>` blocks fenced with ``` lines (so a copied prompt stays whole),
 * quotes marked with a bar, links followed by their address.
 *
 * @module
 */

/** The tags Telegram's HTML parse mode knows; anything else is refused as Telegram refuses it. */
const KNOWN_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "tg-emoji",
  "code",
  "pre",
  "blockquote",
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** One element being rendered: its tag, attributes, and the text inside it so far. */
interface Frame {
  tag: string;
  attributes: string;
  text: string;
}

/** Why a text is not valid Telegram HTML, in Telegram's words after "can't parse entities: ". */
export class HtmlParseError extends Error {
  override readonly name = "HtmlParseError";
}

/**
 * Render Telegram HTML as plain text for a terminal.
 *
 * @throws {HtmlParseError} for an unknown tag, a tag closed that was not
 * open, or a tag left open: what Telegram refuses with "can't parse entities"
 *
 * @example
 * ```ts
 * import { htmlToText } from "./html_text.ts";
 * htmlToText("<b>Prompt</b>\n<pre>Write a haiku &amp; a limerick</pre>");
 * // "Prompt\n```\nWrite a haiku & a limerick\n```"
 * ```
 */
export function htmlToText(html: string): string {
  const stack: Frame[] = [{ tag: "", attributes: "", text: "" }];
  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
  let last = 0;
  for (const match of html.matchAll(tagPattern)) {
    stack.at(-1)!.text += decodeEntities(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, rawTag, attributes] = match;
    const tag = rawTag.toLowerCase();
    if (!KNOWN_TAGS.has(tag)) {
      throw new HtmlParseError(`unsupported start tag "${tag}"`);
    }
    if (closing === "") {
      stack.push({ tag, attributes, text: "" });
      continue;
    }
    const frame = stack.pop()!;
    if (frame.tag !== tag) {
      throw new HtmlParseError(`unmatched end tag "${tag}"`);
    }
    stack.at(-1)!.text += closeFrame(frame, stack);
  }
  stack.at(-1)!.text += decodeEntities(html.slice(last));
  if (stack.length > 1) {
    throw new HtmlParseError(`unclosed start tag "${stack.at(-1)!.tag}"`);
  }
  return stack[0].text;
}

/** What an element adds to its parent once closed. */
function closeFrame(frame: Frame, stack: Frame[]): string {
  switch (frame.tag) {
    case "pre": {
      const language = /language-([\w+#-]+)/.exec(frame.attributes)?.[1] ??
        stack.at(-1)?.attributes.match(/language-([\w+#-]+)/)?.[1] ?? "";
      const body = frame.text.replace(/^\n+|\n+$/g, "");
      return `${startOfLine(stack)}\`\`\`${language}\n${body}\n\`\`\`\n`;
    }
    case "code": {
      // <pre><code class="language-x">: the fence above names the language.
      const language = /language-([\w+#-]+)/.exec(frame.attributes)?.[1];
      if (language !== undefined && stack.at(-1)?.tag === "pre") {
        stack.at(-1)!.attributes += ` class="language-${language}"`;
      }
      return frame.text;
    }
    case "blockquote": {
      const body = frame.text.replace(/\n+$/, "");
      return `${startOfLine(stack)}${
        body.split("\n").map((line) => `│ ${line}`).join("\n")
      }\n`;
    }
    case "a": {
      const href = /href\s*=\s*"([^"]*)"|href\s*=\s*'([^']*)'/.exec(
        frame.attributes,
      );
      const url = decodeEntities(href?.[1] ?? href?.[2] ?? "");
      return url === "" || url === frame.text || url.startsWith("tg://")
        ? frame.text
        : `${frame.text} (${url})`;
    }
    default:
      return frame.text;
  }
}

/** A line break when the parent's text does not end at the start of a line. */
function startOfLine(stack: Frame[]): string {
  const text = stack.at(-1)?.text ?? "";
  return text === "" || text.endsWith("\n") ? "" : "\n";
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g,
    (whole, name: string) => {
      if (name.startsWith("#x")) {
        return codePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
      }
      if (name.startsWith("#")) {
        return codePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

function codePoint(value: number): string | undefined {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : undefined;
}
