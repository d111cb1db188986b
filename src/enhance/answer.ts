/**
 * Reads the model's answer to the meta-prompt: `<analysis>` (hidden, always
 * stripped), `<prompt>`, `<notes>`, `<questions>`, `<category>`,
 * `<translation_note>`. One scanner serves both the streaming filter (what
 * may be shown while tokens arrive) and the final parse, so what was shown is
 * always the start of what the parse returns, or the parse says it replaces
 * it. Malformed answers fall back to the visible text as the prompt; nothing
 * here throws on model output.
 *
 * @module
 */

import { type CategoryId, isCategoryId } from "./categories.ts";

/** A clarifying question with its suggested answers. */
export interface ClarifyingQuestion {
  readonly text: string;
  /** 2 to 4 suggested answers. */
  readonly options: readonly string[];
  /** The offline question's id (absent for the model's questions). */
  readonly id?: string;
}

/** What to fill in and what was assumed: shown outside the copied prompt. */
export interface PromptNotes {
  readonly assumptions: readonly string[];
  readonly placeholders: readonly string[];
}

/** The outcome of {@linkcode parseModelAnswer}. */
export type ModelAnswer =
  | {
    kind: "prompt";
    prompt: string;
    notes: PromptNotes;
    /** The category the model reports it chose (asked for with "auto"). */
    category?: CategoryId;
    /** One line for the user: the prompt is in English, and why. */
    translationNote?: string;
    /** Whether the answer had a `<prompt>` block (false: the fallback was used). */
    structured: boolean;
  }
  | {
    kind: "questions";
    /** 1 to 3 questions. */
    questions: readonly ClarifyingQuestion[];
    category?: CategoryId;
  };

/** Streams the visible part of an answer; see {@linkcode createVisibleStream}. */
export interface VisibleStream {
  /** Feed the next chunk; returns the text to append to what is shown (often ""). */
  push(delta: string): string;
  /**
   * The answer is complete. `text` is the final visible prompt (as
   * {@linkcode parseModelAnswer} gives it; "" for questions). When `replaced`
   * is false, `delta` is what to append to what was shown; when true, what
   * was shown must be replaced by `text`.
   */
  finish(): { text: string; delta: string; replaced: boolean };
  /** Everything shown so far. */
  readonly shown: string;
}

const TOP_TAGS = [
  "analysis",
  "think",
  "thinking",
  "prompt",
  "notes",
  "questions",
  "category",
  "translation_note",
] as const;
type TopTag = typeof TOP_TAGS[number];
const HIDDEN: ReadonlySet<TopTag> = new Set(["analysis", "think", "thinking"]);
const FULL_TAG = /^<\s*(\/)?\s*([A-Za-z_]+)\s*>/;
const PARTIAL_TAG = /^<\s*\/?\s*([A-Za-z_]*)\s*$/;

type Tag = { name: TopTag; closing: boolean; length: number };

/**
 * What the scanner saw: the state machine behind both the stream and the
 * parse. The text is kept as a consumed head, never sliced while streaming,
 * and a short unread tail: slicing a string that keeps growing would copy all
 * of it on every chunk (quadratic on a long answer).
 */
class Scanner {
  #head = "";
  #tail = "";
  /** What this feed made visible. */
  #fresh = "";
  #mode: "unknown" | "tagged" | "plain" = "unknown";
  #open: { name: TopTag; start: number } | null = null;
  #promptDone = false;
  #leading = true;
  #pendingSpace = "";
  readonly blocks = new Map<TopTag, string>();
  outside = "";
  shown = "";
  /** Where a hidden block the text ended inside started its content. */
  unclosedHidden: number | null = null;
  get mode() {
    return this.#mode;
  }
  get text() {
    return this.#head + this.#tail;
  }

  /** Scan as far as is certain; returns the newly visible text. */
  feed(delta: string, final: boolean): string {
    this.#tail += delta;
    this.#fresh = "";
    if (this.#mode === "unknown") this.#decideMode(final);
    if (this.#mode === "unknown") return "";
    const tail = this.#tail;
    const base = this.#head.length;
    let pos = 0;
    while (pos < tail.length) {
      const lt = tail.indexOf("<", pos);
      const end = lt === -1 ? tail.length : lt;
      this.#text(tail.slice(pos, end));
      pos = end;
      if (lt === -1) break;
      const tag = this.#tagAt(tail, lt, final);
      if (tag === "wait") break;
      if (tag === null) {
        this.#text("<");
        pos = lt + 1;
      } else {
        pos = lt + tag.length;
        this.#tag(tag, tail, lt, base);
      }
    }
    this.#head += tail.slice(0, pos);
    this.#tail = tail.slice(pos);
    if (final && this.#open) {
      if (HIDDEN.has(this.#open.name)) this.unclosedHidden = this.#open.start;
      this.#close(this.text.length);
    }
    return this.#fresh;
  }

  #decideMode(final: boolean) {
    const first = this.#tail.match(/\S/);
    if (first) this.#mode = first[0] === "<" ? "tagged" : "plain";
    else if (final) this.#mode = "plain";
  }

  #tagAt(tail: string, at: number, final: boolean): Tag | "wait" | null {
    const rest = tail.slice(at, at + 48);
    const full = FULL_TAG.exec(rest);
    if (full) {
      const name = full[2].toLowerCase() as TopTag;
      if (!TOP_TAGS.includes(name)) return null;
      return { name, closing: full[1] === "/", length: full[0].length };
    }
    const partial = PARTIAL_TAG.exec(rest);
    if (final || partial === null || at + rest.length < tail.length) {
      return null;
    }
    const letters = partial[1].toLowerCase();
    return TOP_TAGS.some((name) => name.startsWith(letters)) ? "wait" : null;
  }

  /** A tag at `at` in `tail`, whose first character is at `base` in the whole text. */
  #tag(tag: Tag, tail: string, at: number, base: number) {
    const open = this.#open;
    const after = base + at + tag.length;
    if (open === null) {
      if (!tag.closing) this.#open = { name: tag.name, start: after };
      return;
    }
    // Inside a block only its own closing tag counts; a prompt the model
    // forgot to close ends where its notes begin.
    if (tag.closing && tag.name === open.name) this.#close(base + at, tail);
    else if (open.name === "prompt" && !tag.closing && tag.name === "notes") {
      this.#close(base + at, tail);
      this.#open = { name: "notes", start: after };
    } else this.#text(tail.slice(at, at + tag.length));
  }

  /** Close the open block at `at` in the whole text (head, then `tail` while a feed runs). */
  #close(at: number, tail = "") {
    const open = this.#open!;
    const whole = tail === "" ? this.text : this.#head + tail;
    const content = whole.slice(open.start, at);
    if (!this.blocks.has(open.name)) this.blocks.set(open.name, content);
    if (open.name === "prompt") this.#promptDone = true;
    this.#open = null;
  }

  #text(text: string) {
    if (text === "") return;
    const open = this.#open;
    if (open === null) {
      this.outside += text;
      if (this.#mode === "plain") this.#show(text);
    } else if (open.name === "prompt" && !this.#promptDone) this.#show(text);
  }

  /** Show text, without leading space and holding back trailing space. */
  #show(text: string) {
    let chunk = this.#pendingSpace + text;
    if (this.#leading) {
      chunk = chunk.replace(/^\s+/, "");
      if (chunk === "") return;
      this.#leading = false;
    }
    const trailing = /\s+$/.exec(chunk);
    this.#pendingSpace = trailing ? trailing[0] : "";
    const shown = trailing ? chunk.slice(0, trailing.index) : chunk;
    this.shown += shown;
    this.#fresh += shown;
  }
}

/**
 * A filter for a streamed answer: `<analysis>` (and any `<think>` block) is
 * never shown, nor notes or questions; in a tagged answer only the prompt
 * streams, in an untagged one the text itself. Tags split across chunks are
 * held back until they are certain.
 *
 * @example
 * ```ts
 * const stream = createVisibleStream();
 * let shown = "";
 * for (const delta of ["<analysis>plan</analy", "sis><prompt>Wri", "te a haiku</prompt>"]) {
 *   shown += stream.push(delta);
 * }
 * const end = stream.finish();
 * shown = end.replaced ? end.text : shown + end.delta;
 * // shown === "Write a haiku"
 * ```
 */
export function createVisibleStream(): VisibleStream {
  const scanner = new Scanner();
  return {
    push: (delta) => scanner.feed(delta, false),
    finish() {
      const shownBefore = scanner.shown + scanner.feed("", true);
      const answer = interpret(scanner);
      const text = answer.kind === "prompt" ? answer.prompt : "";
      if (text.startsWith(shownBefore)) {
        return { text, delta: text.slice(shownBefore.length), replaced: false };
      }
      return { text, delta: "", replaced: true };
    },
    get shown() {
      return scanner.shown;
    },
  };
}

/**
 * The model's answer, parsed: a prompt with its notes, or clarifying
 * questions. The analysis is always stripped. An answer without a `<prompt>`
 * block gives its visible text as the prompt (`structured: false`); an
 * invalid `<questions>` block is ignored the same way.
 *
 * @example
 * ```ts
 * const answer = parseModelAnswer("<analysis>…</analysis><prompt>Write a haiku</prompt>");
 * if (answer.kind === "prompt") console.log(answer.prompt); // "Write a haiku"
 * ```
 */
export function parseModelAnswer(text: string): ModelAnswer {
  const scanner = new Scanner();
  scanner.feed(text, true);
  return interpret(scanner);
}

function interpret(scanner: Scanner): ModelAnswer {
  const recovered = recoverUnclosedAnalysis(scanner);
  if (recovered) return interpret(recovered);
  const blocks = scanner.blocks;
  const category = categoryOf(blocks.get("category"));
  const extra = category ? { category } : {};
  const prompt = blocks.get("prompt")?.trim();
  if (prompt === undefined || prompt === "") {
    const questions = parseQuestions(blocks.get("questions"));
    if (questions.length > 0) return { kind: "questions", questions, ...extra };
  }
  const visible = prompt || fallbackText(scanner);
  const note = blocks.get("translation_note")?.trim().split("\n")[0]?.trim();
  return {
    kind: "prompt",
    prompt: visible,
    notes: parseNotes(blocks.get("notes"), visible),
    ...extra,
    ...(note ? { translationNote: note } : {}),
    structured: Boolean(prompt),
  };
}

/**
 * An `<analysis>` never closed, with a `<prompt>` inside: the model forgot
 * `</analysis>`. Read the answer again with the analysis closed there.
 */
function recoverUnclosedAnalysis(scanner: Scanner): Scanner | null {
  const start = scanner.unclosedHidden;
  if (start === null) return null;
  const rest = scanner.text.slice(start);
  const at = rest.search(/<\s*prompt\s*>/i);
  if (at === -1) return null;
  const again = new Scanner();
  again.feed(
    `${scanner.text.slice(0, start + at)}</analysis>${rest.slice(at)}`,
    true,
  );
  return again;
}

/** The visible text of an answer without a prompt block: outside text, unwrapped. */
function fallbackText(scanner: Scanner): string {
  const source = scanner.mode === "plain" ? scanner.shown : scanner.outside;
  return unwrap(source.trim());
}

/** A prompt the model wrapped whole in a code fence or in quotes, unwrapped. */
function unwrap(text: string): string {
  const fenced = /^```[\w-]*\n([^]*?)\n```$/.exec(text);
  if (fenced && !fenced[1].includes("```")) return fenced[1].trim();
  const quoted = /^"([^"]+)"$|^“([^”]+)”$/.exec(text);
  return quoted ? (quoted[1] ?? quoted[2]).trim() : text;
}

function categoryOf(block: string | undefined): CategoryId | undefined {
  const id = block?.trim().toLowerCase();
  return isCategoryId(id) ? id : undefined;
}

const NONE =
  /^(?:none|n\/a|no|nothing|-|—|нет|ничего|ninguno|ninguna|keine|aucun|aucune|nessuno|无|没有)\.?$/i;

function parseNotes(block: string | undefined, prompt: string): PromptNotes {
  const assumptions = listIn(section(block, "assumptions") ?? "");
  const listed = listIn(section(block, "placeholders") ?? "");
  const placeholders = listed.length > 0 ? listed : placeholdersIn(prompt);
  if (
    block !== undefined && !/<\s*(?:assumptions|placeholders)\s*>/i.test(block)
  ) {
    return { assumptions: listIn(block), placeholders };
  }
  return { assumptions, placeholders };
}

function section(block: string | undefined, tag: string): string | undefined {
  if (block === undefined) return undefined;
  const match = new RegExp(
    `<\\s*${tag}\\s*>([^]*?)(?:<\\s*/\\s*${tag}\\s*>|$)`,
    "i",
  )
    .exec(block);
  return match?.[1];
}

/** The items of a "-" list (or one item per line), without empty or "none" lines. */
function listIn(text: string): string[] {
  return text.split("\n")
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s*/, "").trim())
    .filter((line) => line !== "" && !NONE.test(line) && !line.startsWith("<"));
}

/** The `[placeholders]` in a prompt, once each; not links or citations like [1]. */
export function placeholdersIn(prompt: string): string[] {
  const found = [...prompt.matchAll(/\[([^\]\n]{2,120})\](?!\()/g)]
    .filter((match) => !/^\d+$/.test(match[1].trim()))
    .map((match) => match[0]);
  return [...new Set(found)];
}

function parseQuestions(block: string | undefined): ClarifyingQuestion[] {
  if (block === undefined) return [];
  const questions: ClarifyingQuestion[] = [];
  for (
    const match of block.matchAll(
      /<\s*question\s*>([^]*?)<\s*\/\s*question\s*>/gi,
    )
  ) {
    const text = section(match[1], "text")?.trim();
    const options = [
      ...match[1].matchAll(/<\s*option\s*>([^]*?)<\s*\/\s*option\s*>/gi),
    ]
      .map((option) => option[1].trim())
      .filter((option) => option !== "");
    if (!text || options.length < 2) continue;
    questions.push({ text, options: [...new Set(options)].slice(0, 4) });
  }
  return questions.filter((q) => q.options.length >= 2).slice(0, 3);
}
