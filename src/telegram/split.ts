/**
 * The one splitter every send path uses to fit text into Telegram messages.
 *
 * Telegram counts a message's length in UTF-16 code units, which is what
 * `String.prototype.length` measures, so all arithmetic here is on indices.
 *
 * @module
 */

import { lazy } from "../util/lazy.ts";

/** Telegram's limit on the text of one message, in UTF-16 code units. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** Options of {@linkcode splitMessage}. */
export interface SplitOptions {
  /** Largest part, in UTF-16 code units. Defaults to {@linkcode TELEGRAM_TEXT_LIMIT}. */
  limit?: number;
  /**
   * Close and reopen Markdown code fences at a cut. Default true; false for
   * text shown inside a block of its own (a `<pre>`), where a fence is text.
   */
  codeFences?: boolean;
}

const MIN_LIMIT = 16;
/** A preferred break counts only in the last 30% of the room a part has. */
const NEAR_END = 0.7;
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const CJK_SENTENCE_END = new Set(["。", "！", "？"]);
const CLOSERS = new Set([")", "]", "}", '"', "'", "»", "”", "’"]);
const OPENING_FENCE = /^ {0,3}(?:(`{3,})([^`]*)|(~{3,})(.*))$/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
// Built on first use: the first Intl object of a process that loads locale
// data costs ~20 ms, which start-up need not pay.
const graphemes = lazy(() =>
  new Intl.Segmenter("en", { granularity: "grapheme" })
);

/** A fenced code block of the text being split. */
interface FenceBlock {
  /** Index just past the opening line (its line break or the end of the text). */
  openEnd: number;
  /** Index where the closing line starts; the text's length when unclosed. */
  closeStart: number;
  /** Line that reopens the block in the next part; "" when it cannot fit the limit. */
  reopen: string;
  /** Line that closes the block at the end of a part; "" like `reopen`. */
  close: string;
}

/** The text being split, with what is computed once about it. */
interface Doc {
  text: string;
  limit: number;
  lineStarts: number[];
  fences: FenceBlock[];
}

/**
 * Split a text into parts that each fit in one Telegram message.
 *
 * Cuts prefer, within the last 30% of each part, a paragraph break, then a
 * line break, then a sentence end, then any whitespace; otherwise they fall on
 * a grapheme boundary (never inside a surrogate pair). The whitespace at a cut
 * is dropped, except the indentation of the line that starts the next part. A
 * Markdown code fence (``` or ~~~) open at a cut is closed at the end of the
 * part and reopened, with its language, at the start of the next one; those
 * added lines count within the limit. A fence the text itself leaves open is
 * not repaired. A fence marker too long for a small limit is left unbalanced.
 *
 * @param text The text to send.
 * @param options The largest part; defaults to Telegram's 4096.
 * @returns The parts in order, none empty or blank; `[]` for a blank text,
 *   `[text]` unchanged when it fits.
 * @throws {RangeError} when `limit` is not an integer of at least 16.
 *
 * @example
 * ```ts
 * for (const part of splitMessage(answer)) await ctx.reply(part);
 * ```
 */
export function splitMessage(
  text: string,
  options: SplitOptions = {},
): string[] {
  const limit = options.limit ?? TELEGRAM_TEXT_LIMIT;
  if (!Number.isInteger(limit)) {
    throw new RangeError(
      `Cannot split message: limit must be an integer, got ${limit}`,
    );
  }
  if (limit < MIN_LIMIT) {
    throw new RangeError(
      `Cannot split message: limit must be at least ${MIN_LIMIT}, got ${limit}`,
    );
  }
  if (text.trim() === "") return [];
  if (text.length <= limit) return [text];
  return splitDoc(scanDoc(text, limit, options.codeFences ?? true));
}

function splitDoc(doc: Doc): string[] {
  const { text, limit } = doc;
  const textEnd = text.trimEnd().length;
  const parts: string[] = [];
  let start = startOfContent(doc, skipBreak(text, 0));
  while (start < textEnd) {
    const prefix = reopenLength(doc, start);
    if (prefix + textEnd - start <= limit) {
      parts.push(buildPart(doc, start, textEnd, true));
      break;
    }
    const end = chooseCut(doc, start, limit - prefix);
    parts.push(buildPart(doc, start, end, false));
    start = startOfContent(doc, nextStart(doc, end));
  }
  return parts;
}

/**
 * Where the part after a cut at `end` starts. A cut just before a closing
 * fence line ends its part with an added closing line, which stands in for the
 * original: the next part starts after it rather than with an empty block.
 */
function nextStart(doc: Doc, end: number): number {
  const next = skipBreak(doc.text, end);
  const block = fenceOpenAt(doc, end);
  if (block?.close === "" || next !== block?.closeStart) return next;
  const newline = doc.text.indexOf("\n", next);
  return newline < 0 ? doc.text.length : skipBreak(doc.text, newline);
}

function buildPart(doc: Doc, start: number, end: number, last: boolean) {
  const opened = fenceOpenAt(doc, start);
  const closing = last ? undefined : fenceOpenAt(doc, end);
  const prefix = opened?.reopen ? `${opened.reopen}\n` : "";
  const suffix = closing?.close ? `\n${closing.close}` : "";
  return prefix + doc.text.slice(start, end).trimEnd() + suffix;
}

function reopenLength(doc: Doc, start: number): number {
  const block = fenceOpenAt(doc, start);
  return block?.reopen ? block.reopen.length + 1 : 0;
}

function closeLength(doc: Doc, end: number): number {
  const block = fenceOpenAt(doc, end);
  return block?.close ? block.close.length + 1 : 0;
}

/** Pick where the part starting at `start` ends, leaving room for a closing fence. */
function chooseCut(doc: Doc, start: number, budget: number): number {
  // The closing line needed depends on the cut and the cut on the room left:
  // grow the reservation until the cut chosen needs no more than reserved.
  let reserve = 0;
  for (;;) {
    const end = findCut(doc, start, budget - reserve);
    const needed = closeLength(doc, end);
    if (needed <= reserve) return end;
    reserve = needed;
  }
}

function findCut(doc: Doc, start: number, room: number): number {
  const { text } = doc;
  const first = afterFirstCodePoint(text, firstNonSpace(text, start));
  const max = start + room;
  const min = Math.max(first, start + Math.floor(room * NEAR_END));
  return findBreak(doc, start, min, max, isParagraphBreak) ??
    findBreak(doc, start, min, max, isLineBreak) ??
    findBreak(doc, start, min, max, isSentenceBreak) ??
    findBreak(doc, start, min, max, isSpaceBreak) ??
    hardCut(doc, start, first, max);
}

function findBreak(
  doc: Doc,
  start: number,
  min: number,
  max: number,
  isBreak: (text: string, at: number) => boolean,
): number | undefined {
  for (let at = max; at >= min; at--) {
    if (isBreak(doc.text, at) && isSafeCut(doc, start, at)) return at;
  }
  return undefined;
}

/** A cut on a grapheme boundary, else on a code point boundary. */
function hardCut(doc: Doc, start: number, first: number, max: number) {
  const { text } = doc;
  const bounds: number[] = [];
  const window = text.slice(start, Math.min(text.length, max + 8));
  for (const { index } of graphemes().segment(window)) {
    const at = start + index;
    if (at > max) break;
    if (at >= first) bounds.push(at);
  }
  for (const strict of [true, false]) {
    for (let i = bounds.length - 1; i >= 0; i--) {
      if (isSafeCut(doc, start, bounds[i], strict)) return bounds[i];
    }
  }
  if (bounds.length > 0) return bounds[bounds.length - 1];
  // One grapheme longer than the room (say, a long run of combining marks).
  return isHighSurrogate(text, max - 1) && max - 1 >= first ? max - 1 : max;
}

/**
 * Whether ending a part at `end` keeps the Markdown of both parts intact: no
 * fence line cut in two, no fragment that would read as a fence and, when
 * `strict`, no part ending with a code block just opened and left empty.
 */
function isSafeCut(doc: Doc, start: number, end: number, strict = true) {
  const { text } = doc;
  if (!isLineEnd(text, end) && !isLineStart(text, end)) {
    const lineStart = lineStartOf(doc, end);
    if (lineStart >= start && isFenceLike(text, lineStart)) return false;
  }
  const next = skipBreak(text, end);
  if (!isLineStart(text, next) && isFenceLike(text, next)) return false;
  const block = fenceOpenAt(doc, end);
  return !strict || block === undefined ||
    trimmedEnd(text, start, end) > block.openEnd;
}

function isParagraphBreak(text: string, at: number): boolean {
  if (text[at] !== "\n") return false;
  let i = at + 1;
  while (text[i] === " " || text[i] === "\t" || text[i] === "\r") i++;
  return text[i] === "\n";
}

function isLineBreak(text: string, at: number): boolean {
  return text[at] === "\n";
}

function isSentenceBreak(text: string, at: number): boolean {
  if (CJK_SENTENCE_END.has(text[at - 1])) return true;
  if (!isSpace(text[at])) return false;
  let i = at - 1;
  while (i > 0 && CLOSERS.has(text[i])) i--;
  return SENTENCE_END.has(text[i]);
}

function isSpaceBreak(text: string, at: number): boolean {
  return isSpace(text[at]);
}

/**
 * Where the part after a cut at `end` starts: past the whitespace at the cut,
 * but keeping the indentation of the line it lands on.
 */
function skipBreak(text: string, end: number): number {
  let i = end;
  let lastNewline = -1;
  while (i < text.length && isSpace(text[i])) {
    if (text[i] === "\n") lastNewline = i;
    i++;
  }
  if (lastNewline >= 0) return lastNewline + 1;
  return isLineStart(text, end) ? end : i;
}

/** Drop an indentation too long to keep without starving the part. */
function startOfContent(doc: Doc, start: number): number {
  const first = firstNonSpace(doc.text, start);
  if (first - start <= Math.floor(doc.limit / 8)) return start;
  return isFenceLike(doc.text, first) ? start : first;
}

function scanDoc(text: string, limit: number, codeFences: boolean): Doc {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    lineStarts.push(i + 1);
  }
  return {
    text,
    limit,
    lineStarts,
    fences: codeFences ? scanFences(text, lineStarts, limit) : [],
  };
}

/** Find the fenced code blocks, following CommonMark's rules for fences. */
function scanFences(text: string, lineStarts: number[], limit: number) {
  const fences: FenceBlock[] = [];
  let open: { end: number; marker: string; info: string } | undefined;
  for (const start of lineStarts) {
    const newline = text.indexOf("\n", start);
    const line = text.slice(start, newline < 0 ? text.length : newline)
      .replace(/\r$/, "");
    const end = start + line.length;
    if (open === undefined) {
      const match = OPENING_FENCE.exec(line);
      const marker = match?.[1] ?? match?.[3];
      if (match && marker) {
        open = { end, marker, info: (match[2] ?? match[4]).trim() };
      }
    } else if (closes(line, open.marker)) {
      fences.push(fenceBlock(open, start, limit));
      open = undefined;
    }
  }
  if (open) fences.push(fenceBlock(open, text.length, limit));
  return fences;
}

function closes(line: string, marker: string): boolean {
  const match = CLOSING_FENCE.exec(line);
  return match !== null && match[1][0] === marker[0] &&
    match[1].length >= marker.length;
}

function fenceBlock(
  open: { end: number; marker: string; info: string },
  closeStart: number,
  limit: number,
): FenceBlock {
  const { marker, info } = open;
  // Added lines may take at most half of a part, so that content always fits.
  const room = Math.floor(limit / 2) - marker.length - 2;
  const reopen = marker.length + info.length <= room
    ? marker + info
    : marker.length <= room
    ? marker
    : "";
  return { openEnd: open.end, closeStart, reopen, close: reopen && marker };
}

/** The fenced block whose content spans `at`, if any. */
function fenceOpenAt(doc: Doc, at: number): FenceBlock | undefined {
  const { fences } = doc;
  let low = 0;
  let high = fences.length - 1;
  let found: FenceBlock | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fences[mid].openEnd <= at) {
      found = fences[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found && at <= found.closeStart ? found : undefined;
}

function lineStartOf(doc: Doc, at: number): number {
  const { lineStarts } = doc;
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return lineStarts[low];
}

/** Whether the line from `at` on starts like a fence (a fence or not). */
function isFenceLike(text: string, at: number): boolean {
  let i = at;
  while (text[i] === " " && i - at < 3) i++;
  const char = text[i];
  return (char === "`" || char === "~") && text[i + 1] === char &&
    text[i + 2] === char;
}

function isLineStart(text: string, at: number): boolean {
  return at === 0 || text[at - 1] === "\n";
}

function isLineEnd(text: string, at: number): boolean {
  return at >= text.length || text[at] === "\n" ||
    (text[at] === "\r" && text[at + 1] === "\n");
}

function trimmedEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text[i - 1])) i--;
  return i;
}

function firstNonSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function afterFirstCodePoint(text: string, at: number): number {
  return isHighSurrogate(text, at) ? at + 2 : at + 1;
}

function isHighSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}
