/**
 * The dump test of encryption at rest: a session through the real wiring,
 * then the raw bytes of the KV's SQLite files are searched for the users'
 * words, and the AI's, in every encoding they could be stored in. The
 * session covers every kind of user text the bot keeps: prompts answered by
 * the AI and offline, a "Try again with AI" record and its tap, /settings,
 * clarifying questions answered by a typed answer and a tapped one, a reply
 * to an answer with an instruction and a ✂️ Shorter tap, a voice note and
 * its transcript, an album's caption, and a job mid-flight with another
 * queued behind it. With ENCRYPTION_KEYS set there are none; without, the
 * same search finds every one of them (so the search works).
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Message } from "grammy/types";
import type {
  CompletionRequest,
  LlmProvider,
  Transcriber,
} from "../../src/llm/provider.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import { retryData } from "../../src/ui/callback_data.ts";
import {
  callbackUpdate,
  photoUpdate,
  textUpdate,
  voiceUpdate,
} from "../fakes/updates.ts";
import { type FeatureHarness, startFeatureBot } from "./harness.ts";

const USER = 7171;
const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(3)));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7]);

/** What the user writes and what the AI answers: none of it may be at rest in clear. */
const PROMPT_AI =
  "Zanzibar lighthouse keeper diary, with обсерватория notes and 灯塔 sketches";
const ANSWER =
  "ANSWER: write as the Zanzibar keeper, Quokka-marmalade-7731 style";
const PROMPT_OFFLINE =
  "OFFLINE please design a capybara-themed espresso bar menu";
const PROMPT_SLOW = "SLOW blueprint for a glacier-monitoring drone fleet";
const PROMPT_QUEUED = "queued heliotrope sonnet about tram lines";
/** Asked with clarifying questions first (/settings: always ask). */
const PROMPT_ASKED = "a birthday card for my aunt's Tarantula-bakery";
const QUESTION_STYLE = "Which Marzipan-comet style suits it?";
const OPTION_STYLE = "Velvet-origami whimsy";
const QUESTION_AUDIENCE = "Who reads the Periscope-gazebo card?";
const OPTION_AUDIENCE = "Schooner-lantern cousins";
const TYPED_ANSWER = "the Kumquat-avalanche look, please";
const QUESTIONS = `<analysis>vague</analysis><questions>${
  [[QUESTION_STYLE, OPTION_STYLE], [QUESTION_AUDIENCE, OPTION_AUDIENCE]]
    .map(([text, option]) =>
      `<question><text>${text}</text><option>${option}</option><option>Plain</option></question>`
    ).join("")
}</questions>`;
const ANSWER_ASKED = "CLARIFIED: a Gondola-persimmon birthday card prompt";
/** A reply to an answer: a revision in the user's words. */
const INSTRUCTION = "set it in a Walrus-carousel harbour instead";
const ANSWER_REPLY = "REVISED: the keeper's diary, Sextant-meringue edition";
const ANSWER_SHORTER = "SHORTER: keeper diary, Trombone-glacier brief";
/** What the transcriber hears in the voice note, and the AI's answer to it. */
const TRANSCRIPT = "a lullaby for the Hedgehog-cathedral night shift";
const ANSWER_VOICE = "VOICE: write a Flamingo-typewriter lullaby";
/** An album's caption, and the vision model's answer to its pictures. */
const CAPTION = "one poster from these Lemur-stained-glass photos";
const ANSWER_ALBUM = "VISION: an Ocelot-mosaic poster prompt";

/**
 * The clarifying questions, their options and the answers given: stored
 * while the questions wait (in the chat's session) and while the prompt is
 * written (in the job), and by nobody afterwards (the history keeps the
 * prompt and its result only).
 */
const CLARIFYING = [
  "Marzipan-comet",
  "Velvet-origami",
  "Periscope-gazebo",
  "Schooner-lantern",
  "Kumquat-avalanche",
];
/** What the job writing the prompt holds of them: each question and its answer. */
const ANSWERS_IN_JOB = CLARIFYING.filter((n) => n !== "Velvet-origami");

const NEEDLES = [
  "Zanzibar lighthouse",
  "обсерватория",
  "灯塔",
  "Quokka-marmalade",
  "capybara-themed espresso",
  "glacier-monitoring drone",
  "heliotrope sonnet",
  "Tarantula-bakery",
  ...CLARIFYING,
  "Gondola-persimmon",
  "Walrus-carousel",
  "Sextant-meringue",
  "Trombone-glacier",
  "Hedgehog-cathedral",
  "Flamingo-typewriter",
  "Lemur-stained-glass",
  "Ocelot-mosaic",
];

/** A point a request stops at until `open()`; `reached` resolves when one does. */
function gate() {
  const opened = Promise.withResolvers<void>();
  const reached = Promise.withResolvers<void>();
  return {
    reached: reached.promise,
    open: () => opened.resolve(),
    pass() {
      reached.resolve();
      return opened.promise;
    },
  };
}

/**
 * Answers each kind of request with its own words: questions in "ask" mode,
 * a revision by its instruction, a picture with vision; fails as
 * unavailable for OFFLINE once. A request for SLOW waits at gate `slow`, the
 * one writing the prompt with the clarifying answers at gate `answers`.
 */
function scripted() {
  const gates = { slow: gate(), answers: gate() };
  let down = true;
  const provider: LlmProvider & { gates: typeof gates } = {
    gates,
    async complete(request: CompletionRequest) {
      const asked = request.messages.map((m) => m.content).join("\n");
      if (asked.includes("OFFLINE") && down) {
        down = false;
        throw new ProviderError("unavailable", "no key can answer");
      }
      if (asked.includes("SLOW")) await gates.slow.pass();
      if (asked.includes(TYPED_ANSWER)) await gates.answers.pass();
      const text = answerTo(request, asked);
      request.onDelta?.(text);
      return { text, model: "fake-model", keyHint: "…fake" };
    },
  };
  return provider;
}

function answerTo(request: CompletionRequest, asked: string): string {
  if (asked.includes("Ask your clarifying questions")) return QUESTIONS;
  if ((request.images?.length ?? 0) > 0) return ANSWER_ALBUM;
  if (asked.includes(`<change_request>\n${INSTRUCTION}`)) return ANSWER_REPLY;
  if (asked.includes("<change_request>\nMake it shorter")) {
    return ANSWER_SHORTER;
  }
  if (asked.includes(TYPED_ANSWER)) return ANSWER_ASKED;
  if (asked.includes(TRANSCRIPT)) return ANSWER_VOICE;
  return ANSWER;
}

/** Hears `TRANSCRIPT` in any audio. */
const transcriber: Transcriber = {
  transcribe: () =>
    Promise.resolve({ text: TRANSCRIPT, model: "fake-whisper", keyHint: "…w" }),
};

/** A clock that moves 1 ms per reading, and as far as a test says. */
function movingClock() {
  let now = 1_764_000_000_000;
  return { now: () => ++now, advance: (ms: number) => (now += ms) };
}

function encodings(text: string): [string, Uint8Array][] {
  const utf16 = (littleEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    const view = new DataView(out.buffer);
    for (let i = 0; i < text.length; i++) {
      view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    }
    return out;
  };
  const found: [string, Uint8Array][] = [
    ["UTF-8", new TextEncoder().encode(text)],
    ["UTF-16LE", utf16(true)],
    ["UTF-16BE", utf16(false)],
  ];
  // V8 keeps a string of Latin-1 characters one byte per character.
  if ([...text].every((char) => char.charCodeAt(0) <= 0xff)) {
    found.push(["Latin-1", Uint8Array.from(text, (c) => c.charCodeAt(0))]);
  }
  return found;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first);
    i >= 0;
    i = haystack.indexOf(first, i + 1)
  ) {
    if (i + needle.length > haystack.length) return -1;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/** Every needle found in the KV's files, as "needle (encoding) in file". */
async function userTextIn(dir: string): Promise<string[]> {
  const hits: string[] = [];
  for await (const file of Deno.readDir(dir)) {
    const bytes = await Deno.readFile(`${dir}/${file.name}`);
    for (const needle of NEEDLES) {
      for (const [encoding, encoded] of encodings(needle)) {
        if (indexOf(bytes, encoded) >= 0) {
          hits.push(`${needle} (${encoding}) in ${file.name}`);
        }
      }
    }
  }
  return hits;
}

type Markup = { inline_keyboard: { text: string; callback_data?: string }[][] };

/** The callback data of the button labelled `label` under `message`. */
function button(message: { reply_markup?: unknown }, label: string): string {
  const rows = (message.reply_markup as Markup | undefined)?.inline_keyboard ??
    [];
  const found = rows.flat().find((b) => b.text === label);
  assert.ok(found?.callback_data, `a "${label}" button`);
  return found.callback_data;
}

/** Tap `data` under the chat's last message. */
async function tap(h: FeatureHarness, data: string) {
  const messageId = h.tg.messages(USER).at(-1)!.message_id;
  await h.send(callbackUpdate({ data, userId: USER, chatId: USER, messageId }));
}

/** /settings, ❓ Questions first, then `mode`. */
async function askFirst(h: FeatureHarness, mode: "always" | "auto") {
  await h.send(textUpdate({ text: "/settings", userId: USER }));
  await tap(h, "s:v:clarify");
  await tap(h, `s:s:clarify:${mode}`);
}

/** Where {@linkcode runSession} looks at the files. */
type Moment = "questions waiting" | "answers being written" | "job running";
type Look = (moment: Moment) => Promise<void>;

/** Questions first: the first answered by a typed text, the second by a tap. */
async function clarify(
  h: FeatureHarness,
  llm: ReturnType<typeof scripted>,
  look: Look,
) {
  await askFirst(h, "always");
  await h.send(textUpdate({ text: PROMPT_ASKED, userId: USER }));
  assert.match(h.texts(USER).at(-1)!, /Marzipan-comet/, "the first question");
  await h.send(textUpdate({ text: TYPED_ANSWER, userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  assert.match(h.texts(USER).at(-1)!, /Periscope-gazebo/, "the second one");
  await look("questions waiting");
  await h.send(
    callbackUpdate({
      data: button(questions, OPTION_AUDIENCE),
      userId: USER,
      chatId: USER,
      messageId: questions.message_id,
    }),
    { waitForJobs: false },
  );
  await llm.gates.answers.reached;
  await look("answers being written");
  llm.gates.answers.open();
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.equal(h.shown(USER).at(-1), ANSWER_ASKED, "written with the answers");
  await askFirst(h, "auto");
}

/** A reply to the answer with an instruction, and ✂️ Shorter under it. */
async function refine(h: FeatureHarness, answer: Message) {
  await h.send(textUpdate({
    text: INSTRUCTION,
    userId: USER,
    replyToBot: { messageId: answer.message_id },
  }));
  assert.equal(h.shown(USER).at(-1), ANSWER_REPLY);
  await h.send(callbackUpdate({
    data: button(answer, "✂️ Shorter"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  assert.equal(h.shown(USER).at(-1), ANSWER_SHORTER);
}

/** A voice note (transcribed), then an album of two pictures with a caption. */
async function media(h: FeatureHarness, clock: { advance(ms: number): void }) {
  h.tg.addFile("voice-1", new Uint8Array([1, 2, 3]));
  await h.send(voiceUpdate({ fileId: "voice-1", userId: USER, messageId: 40 }));
  assert.ok(h.texts(USER).some((text) => text.includes("Hedgehog-cathedral")));
  assert.equal(h.shown(USER).at(-1), ANSWER_VOICE);
  for (const id of ["photo-1", "photo-2"]) h.tg.addFile(id, JPEG);
  for (const [i, fileId] of ["photo-1", "photo-2"].entries()) {
    const part = photoUpdate({
      fileId,
      userId: USER,
      messageId: 50 + i,
      mediaGroupId: "album-1",
      ...(i === 1 ? { caption: CAPTION } : {}),
    });
    assert.equal(await h.handle(part), "handled");
  }
  // The album's window is on the bot's clock: it closes once that moves on.
  clock.advance(1_000);
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.equal(h.shown(USER).at(-1), ANSWER_ALBUM);
}

/**
 * The session; `look` looks at the files while questions wait, while the
 * prompt is written with their answers, and with a job running and one queued.
 */
async function runSession(
  env: Record<string, string>,
  dir: string,
  look: Look,
) {
  const llm = scripted();
  const clock = movingClock();
  await using h = await startFeatureBot(llm, {
    ALBUM_WINDOW_MS: "200",
    ...env,
  }, { kvPath: `${dir}/kv.sqlite3`, clock, transcriber });
  await clarify(h, llm, look);
  await h.send(textUpdate({ text: PROMPT_AI, userId: USER }));
  assert.ok(h.shown(USER).some((text) => text.includes("Quokka-marmalade")));
  await refine(h, h.tg.messages(USER).at(-1)!);
  await media(h, clock);
  await h.send(textUpdate({ text: PROMPT_OFFLINE, userId: USER }));
  const offline = h.tg.messages(USER).findLast((m) => m.reply_markup) as
    | Message
    | undefined;
  const button = offline?.reply_markup?.inline_keyboard[0][0];
  const data = button && "callback_data" in button ? button.callback_data : "";
  assert.match(data ?? "", retryData.pattern, "a retry button was offered");
  await h.send(textUpdate({ text: PROMPT_SLOW, userId: USER }), {
    waitForJobs: false,
  });
  await llm.gates.slow.reached;
  await h.send(textUpdate({ text: PROMPT_QUEUED, userId: USER }), {
    waitForJobs: false,
  });
  await look("job running");
  llm.gates.slow.open();
  assert.ok(await h.deps.jobs.drain(10_000));
  await h.send(callbackUpdate({
    data: data!,
    userId: USER,
    chatId: USER,
    messageId: offline!.message_id,
  }));
  const items = await h.deps.history.list(USER);
  const prompts = items.map((item) => item.prompt);
  assert.equal(prompts.length, 10, "every prompt and revision answered, kept");
  assert.ok(prompts.includes(PROMPT_QUEUED));
  assert.ok(prompts.includes(TRANSCRIPT));
  assert.ok(prompts.includes(CAPTION));
  assert.ok(items.some((item) => item.instruction === INSTRUCTION));
}

/** The session, and what the search found at each moment and after it. */
async function searchedSession(env: Record<string, string>) {
  const dir = await Deno.makeTempDir();
  try {
    const looked = new Map<Moment, string[]>();
    await runSession(env, dir, async (moment) => {
      looked.set(moment, await userTextIn(dir));
    });
    return { looked, after: await userTextIn(dir) };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function found(hits: string[] | undefined, needle: string): boolean {
  return (hits ?? []).some((hit) => hit.startsWith(`${needle} (`));
}

Deno.test("with ENCRYPTION_KEYS, no user text or answer is in the KV's files in any encoding, mid-flight or after", async () => {
  const { looked, after } = await searchedSession({
    ENCRYPTION_KEYS: `k1:${KEY}`,
  });
  assert.deepEqual(Object.fromEntries(looked), {
    "questions waiting": [],
    "answers being written": [],
    "job running": [],
  });
  assert.deepEqual(after, [], "after the session");
});

Deno.test("without ENCRYPTION_KEYS the same search finds the users' words: the dump test can fail", async () => {
  const { looked, after } = await searchedSession({});
  const waiting = looked.get("questions waiting");
  for (const needle of ["Tarantula-bakery", ...CLARIFYING]) {
    assert.ok(found(waiting, needle), `${needle} while questions wait`);
  }
  const writing = looked.get("answers being written");
  for (const needle of ANSWERS_IN_JOB) {
    assert.ok(found(writing, needle), `${needle} while the answers are used`);
  }
  assert.ok(
    found(looked.get("job running"), "heliotrope sonnet"),
    `the queued prompt is found: ${looked.get("job running")}`,
  );
  // The clarifying questions and answers are kept only while in use (see
  // CLARIFYING): found above, at the moments they are stored.
  for (const needle of NEEDLES.filter((n) => !CLARIFYING.includes(n))) {
    assert.ok(found(after, needle), `${needle} found in ${after}`);
  }
});
