import assert from "node:assert/strict";
import { Api } from "grammy";
import { StreamingReply } from "../../src/telegram/stream.ts";
import { sendText } from "../../src/telegram/send.ts";
import { TELEGRAM_TEXT_LIMIT } from "../../src/telegram/split.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { manualClock } from "../support.ts";

const CHAT = 555;

function shown(tg: ReturnType<typeof startFakeTelegram>): string[] {
  return tg.messages(CHAT).map((m) => ("text" in m ? m.text ?? "" : ""));
}

Deno.test("sendText() sends a long text in ordered parts within the limit", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const text = Array.from({ length: 900 }, (_, i) => `line ${i}`).join("\n");
  const sent = await sendText(api, CHAT, text, {
    replyMarkup: { inline_keyboard: [[{ text: "x", callback_data: "y" }]] },
  });
  assert.ok(sent.length >= 2);
  const parts = shown(tg);
  assert.equal(parts.join("\n"), text);
  for (const p of parts) assert.ok(p.length <= TELEGRAM_TEXT_LIMIT);
  const calls = tg.callsOf("sendMessage");
  assert.equal(
    calls.at(-1)!.payload.reply_markup !== undefined,
    true,
    "keyboard on the last part",
  );
  assert.equal(
    calls[0].payload.reply_markup,
    undefined,
    "no keyboard on the first part",
  );
});

Deno.test("StreamingReply shows a throttled draft and turns it into the first part", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const clock = manualClock(0);
  const reply = new StreamingReply(api, CHAT, { clock, editIntervalMs: 1000 });
  reply.push("Hello");
  reply.push(" world"); // same instant: throttled
  await tg.waitForCall("sendMessage");
  clock.advance(1000);
  reply.push(", again");
  const final = "Hello world, again. " + "x".repeat(5000);
  await reply.finish(final);
  const sends = tg.callsOf("sendMessage").length;
  assert.equal(sends, 2, "draft + second part; no duplicate first part");
  const parts = shown(tg);
  assert.equal(parts.length, 2);
  assert.ok(parts[0].startsWith("Hello world, again."));
  assert.ok(!parts[0].endsWith("…"), "the cursor is gone");
  assert.equal(parts.join("").replace(/\s/g, ""), final.replace(/\s/g, ""));
});

Deno.test("StreamingReply.reset() discards streamed text: the final answer replaces it", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  reply.push("half an answer from a broken key");
  await tg.waitForCall("sendMessage");
  reply.reset();
  await reply.finish("the complete other answer");
  assert.deepEqual(shown(tg), ["the complete other answer"]);
});

Deno.test("StreamingReply without deltas sends the final text as new messages", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  await reply.finish("offline answer");
  assert.deepEqual(shown(tg), ["offline answer"]);
  assert.equal(tg.callsOf("editMessageText").length, 0);
});

Deno.test("StreamingReply survives a failed draft and still delivers the answer", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  tg.injectFault("sendMessage", {
    status: 400,
    description: "Bad Request: chat not found",
  });
  const errors: unknown[] = [];
  const reply = new StreamingReply(api, CHAT, {
    clock: manualClock(0),
    onDraftError: (e) => errors.push(e),
  });
  reply.push("draft");
  await reply.finish("final");
  assert.equal(errors.length, 1);
  assert.deepEqual(shown(tg), ["final"]);
});

Deno.test("StreamingReply keeps a draft longer than the limit within the limit", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  reply.push("😀".repeat(3000));
  const call = await tg.waitForCall("sendMessage");
  assert.ok(String(call.payload.text).length <= TELEGRAM_TEXT_LIMIT);
  await reply.finish("done");
  assert.deepEqual(shown(tg), ["done"]);
});

/** A text of `parts` parts, each just under the limit, numbered. */
function longText(parts: number): string {
  return Array.from(
    { length: parts },
    (_, i) => `Part ${i + 1}\n` + "word ".repeat(780).trim(),
  ).join("\n\n");
}

const KEYBOARD = { inline_keyboard: [[{ text: "again", callback_data: "a" }]] };
const OVERFLOW = {
  maxParts: 3,
  filename: "prompt.md",
  caption: "Cut: see the file.",
};

Deno.test("StreamingReply.finish() past maxParts sends the parts up to the cap, then the whole text as a file with the keyboard", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  const text = longText(8);
  reply.push(text.slice(0, 100));
  const counts: number[] = [];
  const outcome = await reply.finish(text, {
    overflow: OVERFLOW,
    replyMarkup: KEYBOARD,
    onDelivered: (n) => void counts.push(n),
  });
  assert.deepEqual({ messages: outcome.messages, cut: outcome.cut }, {
    messages: 4,
    cut: true,
  });
  assert.deepEqual(counts, [1, 2, 3, 4]);
  assert.deepEqual(
    outcome.messageIds,
    tg.messages(CHAT).map((m) => m.message_id),
    "the id of every message sent",
  );
  const messages = tg.messages(CHAT);
  assert.equal(messages.length, 4);
  assert.deepEqual(
    messages.slice(0, 3).map((m) => ("text" in m ? m.text?.slice(0, 6) : "")),
    ["Part 1", "Part 2", "Part 3"],
  );
  const file = messages[3];
  assert.ok("document" in file && file.document);
  assert.equal(file.document.file_name, "prompt.md");
  assert.equal(file.caption, "Cut: see the file.");
  assert.deepEqual(
    file.reply_markup,
    KEYBOARD,
    "the keyboard is under the last message",
  );
  for (const m of messages.slice(0, 3)) assert.equal(m.reply_markup, undefined);
  const [upload] = tg.callsOf("sendDocument");
  const bytes = (upload.payload.document as { bytes: Uint8Array }).bytes;
  assert.equal(
    new TextDecoder().decode(bytes),
    text,
    "the file holds all of it",
  );
});

Deno.test("StreamingReply.finish() within maxParts sends no file", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  const outcome = await reply.finish(longText(3), { overflow: OVERFLOW });
  assert.deepEqual({ messages: outcome.messages, cut: outcome.cut }, {
    messages: 3,
    cut: false,
  });
  assert.equal(tg.callsOf("sendDocument").length, 0);
  assert.equal(tg.callsOf("sendMessage").length, 3);
});

Deno.test("StreamingReply.finish() resumed after the parts sends only the file; after the file, nothing", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const text = longText(8);
  const resumed = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  await resumed.finish(text, { overflow: OVERFLOW, delivered: 3 });
  assert.equal(tg.callsOf("sendMessage").length, 0);
  assert.equal(tg.callsOf("sendDocument").length, 1);
  const done = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  await done.finish(text, { overflow: OVERFLOW, delivered: 4 });
  assert.equal(tg.callsOf("sendDocument").length, 1, "the file is sent once");
});

Deno.test("StreamingReply.finish() records each send before doing anything else, and checks before each send", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const events: string[] = [];
  api.config.use(async (prev, method, payload, signal) => {
    events.push(`call ${method}`);
    const result = await prev(method, payload, signal);
    events.push(`done ${method}`);
    return result;
  });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  await reply.finish(longText(3), {
    overflow: { ...OVERFLOW, maxParts: 2 },
    beforeSend: () => void events.push("check"),
    onDelivered: (n) => void events.push(`record ${n}`),
  });
  assert.deepEqual(events, [
    "check",
    "call sendMessage",
    "done sendMessage",
    "record 1",
    "check",
    "call sendMessage",
    "done sendMessage",
    "record 2",
    "check",
    "call sendDocument",
    "done sendDocument",
    "record 3",
  ]);
});

Deno.test("StreamingReply.finish() refuses a cap that is not a positive integer", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  await assert.rejects(
    reply.finish("text", { overflow: { ...OVERFLOW, maxParts: 0 } }),
    RangeError,
  );
});

Deno.test("StreamingReply sends formatted parts as HTML, and one Telegram cannot parse as plain text", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const reply = new StreamingReply(api, CHAT, { clock: manualClock(0) });
  tg.injectFault("sendMessage", {
    status: 400,
    description: "Bad Request: can't parse entities: unsupported start tag",
  });
  await reply.finish({
    parts: [
      { html: "<b>Head</b>\n\n<pre>one</pre>", text: "Head\n\none" },
      { html: "<pre>two &amp; more</pre>", text: "two & more" },
    ],
    file: "one two",
  });
  assert.deepEqual(shown(tg), ["Head\n\none", "two & more"]);
  const [refused, plain, html] = tg.callsOf("sendMessage");
  assert.equal(refused.payload.parse_mode, "HTML");
  assert.equal(plain.payload.parse_mode, undefined, "resent as plain text");
  assert.equal(html.payload.parse_mode, "HTML");
  const second = tg.messages(CHAT)[1];
  assert.deepEqual(
    "entities" in second ? second.entities?.map((e) => e.type) : [],
    ["pre"],
  );
});

Deno.test("StreamingReply with drafts streams sendMessageDraft at once, then sends the answer as a new message", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const clock = manualClock(0);
  const reply = new StreamingReply(api, CHAT, {
    clock,
    drafts: { draftId: 42 },
  });
  reply.push("Hel");
  const first = await tg.waitForCall("sendMessageDraft");
  assert.equal(first.payload.draft_id, 42);
  assert.match(String(first.payload.text), /^Hel/);
  reply.push("lo"); // same instant: throttled
  reply.push(" there");
  await reply.finish("Hello there");
  assert.equal(tg.callsOf("sendMessageDraft").length, 1, "throttled");
  assert.equal(tg.callsOf("editMessageText").length, 0);
  assert.deepEqual(shown(tg), ["Hello there"]);
});

Deno.test("StreamingReply asks a draft interval given as a function before each preview", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const clock = manualClock(0);
  let intervalMs = 400;
  const reply = new StreamingReply(api, CHAT, {
    clock,
    drafts: { draftId: 9 },
    draftIntervalMs: () => intervalMs,
  });
  const drafts = () => tg.callsOf("sendMessageDraft").length;
  const pushAt = async (at: number, text: string, expected: number) => {
    clock.set(at);
    reply.push(text);
    if (drafts() < expected) {
      await tg.waitForCall("sendMessageDraft", () => drafts() >= expected);
    }
    // Let a call that should not happen have its chance to start.
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(drafts(), expected, `drafts after the push at ${at} ms`);
  };
  await pushAt(0, "a", 1);
  await pushAt(400, "b", 2);
  intervalMs = 2_000; // many answers stream now
  await pushAt(800, "c", 2);
  await pushAt(2_399, "d", 2);
  await pushAt(2_400, "e", 3);
  await reply.finish("abcde");
});

Deno.test("StreamingReply falls back to an edited message where drafts are refused", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  let refused = 0;
  tg.injectFault("sendMessageDraft", { status: 404, description: "Not Found" });
  const reply = new StreamingReply(api, CHAT, {
    clock: manualClock(0),
    drafts: { draftId: 7, onDraftsRefused: () => refused++ },
  });
  reply.push("Partial");
  await tg.waitForCall("sendMessage");
  assert.equal(reply.drafting, false);
  await reply.finish("Partial, then whole");
  assert.equal(refused, 1);
  assert.deepEqual(shown(tg), ["Partial, then whole"]);
  assert.equal(tg.callsOf("editMessageText").length, 1);
});
