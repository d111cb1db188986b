/**
 * What the terminal shows of the chat. On a terminal ("live") every change is
 * drawn as it happens: a streamed answer grows in place, a draft turns into
 * the message it became. Elsewhere (a pipe, a file) only final texts are
 * printed: each message once, in its last state, when the bot is done with
 * the line that was typed.
 *
 * @module
 */
import type { InlineKeyboardButton } from "grammy/types";
import type { ChatEvent, ShownMessage } from "./bot_api.ts";

/** Where the screen writes. */
export interface ScreenOutput {
  write(text: string): void;
  /** Width of the terminal in columns (live mode only). */
  columns(): number;
  /** Height of the terminal in rows (live mode only). */
  rows(): number;
}

/** One button of the keyboard the user can choose from by number. */
export interface Choice {
  /** 1 for the first button, in reading order. */
  readonly number: number;
  readonly messageId: number;
  readonly button: InlineKeyboardButton;
}

/** Options of {@linkcode Screen}. */
export interface ScreenOptions {
  /** Draw changes as they happen (a terminal); else print final texts only. */
  live: boolean;
  /** How an alert answer to a button is shown (e.g. "⚠ …"). */
  formatNotice: (text: string, alert: boolean) => string;
}

/** What is at the bottom of a live screen, redrawn in place when it changes. */
interface Tail {
  key: string;
  rows: number;
}

/** Draws chat events on a terminal or prints final texts; knows the keyboard to choose from. */
export class Screen {
  readonly #output: ScreenOutput;
  readonly #options: ScreenOptions;
  #tail: Tail | undefined;
  /** Final mode: what changed since the last flush, in order of first change. */
  readonly #pending = new Map<string, ShownMessage | string>();
  #choices: Choice[] = [];

  constructor(output: ScreenOutput, options: ScreenOptions) {
    this.#output = output;
    this.#options = options;
  }

  /** The buttons of the last message shown with a keyboard, numbered from 1. */
  get choices(): readonly Choice[] {
    return this.#choices;
  }

  /** Show one change of the chat. */
  show(event: ChatEvent): void {
    if (this.#options.live) this.#draw(event);
    else this.#collect(event);
  }

  /** A line of the console itself (not the bot's), e.g. a hint. */
  say(text: string): void {
    this.flush();
    this.#tail = undefined;
    this.#output.write(`${text}\n`);
  }

  /** Ask for the next line (live mode): what is drawn after it is never redrawn over it. */
  prompt(text: string): void {
    this.#tail = undefined;
    this.#output.write(text);
  }

  /** Print what changed since the last flush (final mode); nothing to do when live. */
  flush(): void {
    for (const [key, item] of this.#pending) {
      if (typeof item === "string") this.#output.write(`${item}\n\n`);
      else if (key.startsWith("message:")) this.#print(item);
    }
    this.#pending.clear();
  }

  #collect(event: ChatEvent): void {
    switch (event.kind) {
      case "message":
      case "edit":
        // An edited message moves to the end: it is printed where it changed last.
        this.#pending.delete(`message:${event.message.id}`);
        this.#pending.set(`message:${event.message.id}`, event.message);
        return;
      case "delete":
        this.#pending.delete(`message:${event.id}`);
        return;
      case "notice":
        this.#pending.set(
          `notice:${this.#pending.size}`,
          this.#options.formatNotice(event.text, event.alert),
        );
        return;
      case "reaction":
        this.#pending.set(`reaction:${this.#pending.size}`, event.emoji);
        return;
      default:
        // Drafts and "typing" are the stream, not the final text.
        return;
    }
  }

  #draw(event: ChatEvent): void {
    switch (event.kind) {
      case "message":
        // A draft ends in the message it becomes: the message takes its place.
        if (this.#tail?.key.startsWith("draft:")) this.#erase();
        else if (this.#tail?.key === "typing") this.#erase();
        return this.#drawBlock(`message:${event.message.id}`, event.message);
      case "edit":
        if (this.#tail?.key === `message:${event.message.id}`) this.#erase();
        else if (this.#tail?.key === "typing") this.#erase();
        return this.#drawBlock(`message:${event.message.id}`, event.message);
      case "delete":
        if (this.#tail?.key === `message:${event.id}`) this.#erase();
        return;
      case "draft":
        if (
          this.#tail?.key === `draft:${event.id}` ||
          this.#tail?.key === "typing"
        ) this.#erase();
        return this.#drawText(`draft:${event.id}`, `${event.text}\n`);
      case "notice":
        this.#replaceTyping();
        return this.#drawText(
          "notice",
          `${this.#options.formatNotice(event.text, event.alert)}\n\n`,
        );
      case "reaction":
        this.#replaceTyping();
        return this.#drawText("reaction", `${event.emoji}\n\n`);
      case "typing":
        if (this.#tail === undefined) this.#drawText("typing", "…\n");
        return;
    }
  }

  #replaceTyping(): void {
    if (this.#tail?.key === "typing") this.#erase();
  }

  #drawBlock(key: string, message: ShownMessage): void {
    this.#drawText(key, this.#format(message));
    this.#noteChoices(message);
  }

  /** Write a block and remember it as the tail, if it fits on the screen to be redrawn. */
  #drawText(key: string, text: string): void {
    this.#output.write(text);
    const rows = rowsOf(text, this.#output.columns());
    this.#tail = rows < this.#output.rows() ? { key, rows } : undefined;
  }

  /** Remove the tail from the screen: up to its first row, then clear below. */
  #erase(): void {
    if (this.#tail === undefined) return;
    this.#output.write(`\x1b[${this.#tail.rows}F\x1b[J`);
    this.#tail = undefined;
  }

  #print(message: ShownMessage): void {
    this.#output.write(this.#format(message));
    this.#noteChoices(message);
  }

  #format(message: ShownMessage): string {
    const buttons = numberButtons(message.keyboard);
    const lines = buttons.map((row) =>
      row.map(({ number, button }) => `[${number}] ${button.text}`).join("   ")
    );
    return [message.text, ...lines].join("\n") + "\n\n";
  }

  #noteChoices(message: ShownMessage): void {
    if (message.keyboard.length === 0) return;
    this.#choices = numberButtons(message.keyboard).flat().map((choice) => ({
      ...choice,
      messageId: message.id,
    }));
  }
}

function numberButtons(
  keyboard: ShownMessage["keyboard"],
): { number: number; button: InlineKeyboardButton }[][] {
  let number = 0;
  return keyboard.map((row) =>
    row.map((button) => ({ number: ++number, button }))
  );
}

/** Rows a text takes on a terminal `columns` wide (its last line break ends the last row). */
export function rowsOf(text: string, columns: number): number {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const width = Math.max(1, columns);
  return lines.reduce(
    (sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / width)),
    0,
  );
}

const segmenter = new Intl.Segmenter();

/** Columns a line takes: wide for emoji and East Asian wide characters, none for escapes. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(line)) {
    const code = segment.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    width += isWide(segment, code) ? 2 : 1;
  }
  return width;
}

function isWide(segment: string, code: number): boolean {
  return /\p{Extended_Pictographic}/u.test(segment) ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
}
