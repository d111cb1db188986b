/**
 * Formatted messages: an answer is a list of blocks (plain paragraphs, a
 * copyable `<pre>` block, a quote), rendered to Telegram HTML by this module
 * only, so model output is always escaped and no answer fails with "can't
 * parse entities". The one splitter cuts blocks into parts that are each
 * valid on their own: a `<pre>` cut across parts is closed and reopened, and
 * no part is longer than Telegram's limit once the tags are parsed.
 *
 * @module
 */
import { splitMessage, TELEGRAM_TEXT_LIMIT } from "./split.ts";

/** One block of a formatted message. */
export type Block =
  /** Text shown as it is; `style` wraps all of it. */
  | { kind: "text"; text: string; style?: "bold" | "italic" }
  /**
   * A block Telegram copies with one tap: `<pre>`, with `language` as
   * `<pre><code class="language-…">` for code.
   */
  | { kind: "pre"; text: string; language?: string }
  /** A quote; `expandable` folds a long one until tapped. */
  | { kind: "quote"; text: string; expandable?: boolean };

/** One message of a formatted text: its HTML and the same text without markup. */
export interface FormattedPart {
  html: string;
  /** What the user reads: the fallback when Telegram refuses the HTML. */
  text: string;
}

/** Room a message must have left for a cut block's first piece to go there. */
const MIN_FILL = 500;

/** Between two blocks of one message. */
const BLOCK_GAP = "\n\n";

/** `&`, `<` and `>` as Telegram's HTML mode wants them. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(
    ">",
    "&gt;",
  );
}

/** A code language as a class name: letters, digits, `+`, `#`, `-` and `_`. */
function languageClass(language: string | undefined): string | undefined {
  const clean = language?.toLowerCase().replace(/[^a-z0-9+#_-]/g, "");
  return clean ? clean : undefined;
}

/** The HTML of one block (its text already cut to fit). */
export function renderBlock(block: Block): string {
  const text = escapeHtml(block.text);
  switch (block.kind) {
    case "text":
      if (block.style === "bold") return `<b>${text}</b>`;
      if (block.style === "italic") return `<i>${text}</i>`;
      return text;
    case "pre": {
      const language = languageClass(block.language);
      return language
        ? `<pre><code class="language-${language}">${text}</code></pre>`
        : `<pre>${text}</pre>`;
    }
    case "quote":
      return block.expandable
        ? `<blockquote expandable>${text}</blockquote>`
        : `<blockquote>${text}</blockquote>`;
  }
}

/** Options of {@linkcode splitBlocks}. */
export interface SplitBlocksOptions {
  /** Characters per message after the tags are parsed; defaults to Telegram's 4096. */
  limit?: number;
}

/**
 * Cut blocks into messages: whole blocks are packed into one message while
 * they fit; a block that does not fit is cut by the one splitter (paragraphs,
 * then lines, then sentences, never inside a character), each piece keeping
 * its block's markup, so every part is valid HTML on its own.
 *
 * @returns the messages in order; `[]` for blocks with no text
 */
export function splitBlocks(
  blocks: readonly Block[],
  options: SplitBlocksOptions = {},
): FormattedPart[] {
  const limit = options.limit ?? TELEGRAM_TEXT_LIMIT;
  const parts: FormattedPart[] = [];
  let html: string[] = [];
  let text: string[] = [];
  let length = 0;
  const flush = () => {
    if (text.length === 0) return;
    parts.push({ html: html.join(BLOCK_GAP), text: text.join(BLOCK_GAP) });
    html = [];
    text = [];
    length = 0;
  };
  const add = (block: Block) => {
    const gap = text.length === 0 ? 0 : BLOCK_GAP.length;
    if (length + gap + block.text.length > limit) flush();
    const lead = text.length === 0 ? 0 : BLOCK_GAP.length;
    html.push(renderBlock(block));
    text.push(block.text);
    length += lead + block.text.length;
  };
  for (const block of blocks) {
    const content = block.text.trim() === "" ? "" : block.text;
    if (content === "") continue;
    const room = limit - (length === 0 ? 0 : length + BLOCK_GAP.length);
    if (content.length <= room) {
      add({ ...block, text: content });
      continue;
    }
    if (content.length <= limit) {
      flush();
      add({ ...block, text: content });
      continue;
    }
    // Inside a block, Markdown fences are text like any other: a copied
    // prompt must be exactly what the model wrote.
    let rest = content;
    if (room >= MIN_FILL) {
      // The first piece fills the message begun (the header and the start
      // of the prompt arrive together).
      const first =
        splitMessage(content, { limit: room, codeFences: false })[0];
      const at = content.indexOf(first);
      add({ ...block, text: first });
      rest = content.slice(at + first.length).replace(/^\s+/, "");
    }
    flush();
    // The last piece stays open: the blocks after it may share its message.
    for (const piece of splitMessage(rest, { limit, codeFences: false })) {
      flush();
      add({ ...block, text: piece });
    }
  }
  flush();
  return parts;
}

/** The blocks as one plain text (for a file, or a text-only fallback). */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).filter((text) => text.trim() !== "")
    .join(BLOCK_GAP);
}
