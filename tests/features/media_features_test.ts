import assert from "node:assert/strict";
import type { Update } from "grammy/types";
import type {
  CompletionRequest,
  LlmProvider,
  Transcriber,
} from "../../src/llm/provider.ts";
import { parseUpdate } from "../../src/server/update_shape.ts";
import {
  DEFAULT_GROUP_ID,
  documentUpdate,
  inlineQueryUpdate,
  photoUpdate,
  textUpdate,
  userOf,
  voiceUpdate,
} from "../fakes/updates.ts";
import type { UpdateDraft } from "../fakes/telegram_api.ts";
import { en, manualClock } from "../support.ts";
import { startFeatureBot } from "./harness.ts";

const USER = 5151;
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7]);

/** A provider that answers `text` and records what it was asked. */
function recording(text = "AI PROMPT") {
  const requests: CompletionRequest[] = [];
  const provider: LlmProvider = {
    complete(request) {
      requests.push(request);
      return Promise.resolve({ text, model: "m", keyHint: "…k" });
    },
  };
  return { provider, requests };
}

function message(fields: Record<string, unknown>, userId = USER): UpdateDraft {
  const from = userOf({ userId });
  return {
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: from.first_name },
      from,
      ...fields,
    } as unknown as Update["message"],
  };
}

Deno.test("stickers, GIFs and locations get a friendly line; other kinds say what is accepted", async () => {
  await using h = await startFeatureBot(null);
  await h.send(
    message({
      sticker: {
        file_id: "s",
        file_unique_id: "s",
        type: "regular",
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    }),
  );
  const gif = {
    file_id: "g",
    file_unique_id: "g",
    width: 1,
    height: 1,
    duration: 1,
  };
  // Telegram sends a GIF's file as a document too: it must not be read as one.
  await h.send(
    message({
      animation: gif,
      document: { file_id: "g", file_unique_id: "g" },
    }),
  );
  await h.send(message({ location: { latitude: 1, longitude: 2 } }));
  await h.send(
    message({
      video: {
        file_id: "v",
        file_unique_id: "v",
        width: 1,
        height: 1,
        duration: 3,
      },
    }),
  );
  assert.deepEqual(h.shown(USER), [
    en("sticker-reply"),
    en("animation-reply"),
    en("location-reply"),
    en("media-unsupported"),
  ]);
});

Deno.test("offline, a voice note is refused in one sentence that says to send text, and no job starts", async () => {
  await using h = await startFeatureBot(null);
  await h.send(voiceUpdate({ fileId: "v1", userId: USER }));
  assert.deepEqual(h.shown(USER), [en("voice-no-keys")]);
  assert.match(
    en("voice-no-keys"),
    /offline mode cannot transcribe.*send your idea as text/,
  );
  assert.equal(h.tg.callsOf("getFile").length, 0);
  assert.equal(await h.deps.jobs.isBusy(USER), false);
});

Deno.test("a file that is neither text nor a picture lists what is accepted; a text file over the limit is refused unread", async () => {
  await using h = await startFeatureBot(null);
  await h.send(
    documentUpdate({
      fileId: "d1",
      userId: USER,
      fileName: "a.pdf",
      mimeType: "application/pdf",
    }),
  );
  await h.send(
    documentUpdate({
      fileId: "d2",
      userId: USER,
      fileName: "long.md",
      fileSize: 100_000,
    }),
  );
  assert.deepEqual(h.shown(USER), [
    en("document-unsupported"),
    en("document-too-large", { max: 6000 }),
  ]);
  assert.equal(h.tg.callsOf("getFile").length, 0);
});

Deno.test("an album is one request: its pictures are collected in KV and sent together with the caption", async () => {
  const clock = manualClock(1_764_000_000_000);
  const llm = recording();
  await using h = await startFeatureBot(llm.provider, {
    ALBUM_WINDOW_MS: "200",
  }, { clock });
  for (const id of ["p1", "p2", "p3"]) h.tg.addFile(id, JPEG);
  const parts = ["p1", "p2", "p3"].map((fileId, i) =>
    photoUpdate({
      fileId,
      userId: USER,
      messageId: 10 + i,
      mediaGroupId: "album-9",
      ...(i === 1 ? { caption: "one poster from these" } : {}),
    })
  );
  for (const part of parts) assert.equal(await h.handle(part), "handled");
  // The album's window is on the bot's clock: it closes only once that moves on.
  clock.advance(1_000);
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.equal(llm.requests.length, 1);
  assert.equal(llm.requests[0].images?.length, 3);
  assert.match(llm.requests[0].messages[1].content, /one poster from these/);
  assert.deepEqual(h.shown(USER), ["AI PROMPT"]);
});

Deno.test("in a group, a picture is read only when it replies to the bot or mentions it", async () => {
  const llm = recording();
  await using h = await startFeatureBot(llm.provider);
  h.tg.addFile("g1", JPEG);
  const inGroup = (caption?: string) => {
    const update = photoUpdate({
      fileId: "g1",
      userId: USER,
      chatId: DEFAULT_GROUP_ID,
      caption,
    });
    if (caption?.includes("@")) {
      const at = caption.indexOf("@");
      update.message!.caption_entities = [{
        type: "mention",
        offset: at,
        length: caption.length - at,
      }];
    }
    return update;
  };
  await h.send(inGroup("just a holiday photo"));
  assert.equal(llm.requests.length, 0);
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), []);
  await h.send(inGroup(`a logo like this @${h.tg.botInfo.username}`));
  assert.equal(llm.requests.length, 1);
  assert.match(llm.requests[0].messages[1].content, /a logo like this\n/);
  assert.doesNotMatch(llm.requests[0].messages[1].content, /@promptsmith/);
});

Deno.test("a reply to a transcript is a new prompt from the reply's text; a reply to another bot message is left to the rest", async () => {
  const llm = recording();
  await using h = await startFeatureBot(llm.provider);
  await h.deps.media!.store.rememberTranscript(USER, 77, {
    userId: USER,
    jobId: "j",
    createdAt: h.deps.clock.now(),
  });
  await h.send(
    textUpdate({
      text: "spring, not autumn",
      userId: USER,
      messageId: 90,
      replyToBot: { messageId: 77 },
    }),
  );
  assert.equal(llm.requests.length, 1);
  assert.match(llm.requests[0].messages[1].content, /spring, not autumn/);
  await h.send(
    textUpdate({
      text: "another idea",
      userId: USER,
      messageId: 91,
      replyToBot: { messageId: 78 },
    }),
  );
  assert.equal(llm.requests.length, 2);
});

Deno.test("inline: an empty query shows a hint, an idea shows offline choices (and no AI version without a key)", async () => {
  await using h = await startFeatureBot(null);
  await h.send(inlineQueryUpdate({ query: " ", userId: USER, queryId: "q0" }));
  assert.deepEqual(h.tg.inlineAnswer("q0"), {
    results: [],
    cacheTime: 10,
    isPersonal: true,
    button: { text: en("inline-help-button"), start_parameter: "inline" },
  });
  await h.send(
    inlineQueryUpdate({
      query: "explain recursion to a child",
      userId: USER,
      queryId: "q1",
    }),
  );
  const answer = h.tg.inlineAnswer("q1")!;
  const ids = answer.results.map((r) => String(r.id));
  assert.ok(ids.length >= 2 && ids.length <= 3, ids.join());
  assert.ok(ids.every((id) => id.startsWith("off:")));
  assert.match(String(answer.results[0].title), / · /);
});

Deno.test("inline use counts against the rate limits: a sent result counts, and while limited a query shows when to try again", async () => {
  await using h = await startFeatureBot(null, { RATE_LIMIT_PER_MINUTE: "1" });
  const query = "a cover letter for a barista job";
  await h.send(inlineQueryUpdate({ query, userId: USER, queryId: "q1" }));
  const first = h.tg.inlineAnswer("q1")!;
  assert.ok(first.results.length > 0);
  const { update } = h.tg.chooseInlineResult({
    queryId: "q1",
    resultId: String(first.results[0].id),
    from: userOf({ userId: USER }),
    query,
  });
  await h.send(update as Update);
  await h.send(inlineQueryUpdate({ query, userId: USER, queryId: "q2" }));
  const limited = h.tg.inlineAnswer("q2")!;
  assert.deepEqual(limited.results, []);
  assert.match(limited.button!.text, /^⏳ Limit reached: try again in /);
  // And the same limit holds for a prompt in the chat.
  await h.send(textUpdate({ text: "another idea", userId: USER }));
  assert.match(h.shown(USER).at(-1)!, /too quickly/);
});

Deno.test("the webhook's update check accepts inline queries and chosen results, and rejects malformed ones", () => {
  const from = userOf({ userId: USER });
  const query = {
    update_id: 1,
    inline_query: { id: "q", from, query: "idea", offset: "" },
  };
  assert.equal(
    parseUpdate(query).ok &&
      (parseUpdate(query) as { handled: boolean }).handled,
    true,
  );
  const chosen = {
    update_id: 2,
    chosen_inline_result: {
      result_id: "ai:image",
      from,
      query: "idea",
      inline_message_id: "m",
    },
  };
  assert.equal((parseUpdate(chosen) as { handled: boolean }).handled, true);
  const broken = {
    update_id: 3,
    inline_query: { id: "q", from, query: 7, offset: "" },
  };
  assert.equal(parseUpdate(broken).ok, false);
});

Deno.test("a picture, a voice note or /enhance while questions wait is a new request, never their answer; the questions still wait", async () => {
  const requests: CompletionRequest[] = [];
  const provider: LlmProvider = {
    complete(request) {
      requests.push(request);
      const asked = String(request.messages.at(-1)!.content);
      return Promise.resolve({
        text: asked.startsWith("Ask your clarifying questions")
          ? "<analysis>v</analysis><questions><question><text>Who is it for?</text><option>Kids</option><option>Adults</option></question></questions>"
          : `<prompt>PROMPT ${requests.length}</prompt>`,
        model: "m",
        keyHint: "…k",
      });
    },
  };
  const transcriber: Transcriber = {
    transcribe: () =>
      Promise.resolve({ text: "a song about rain", model: "w", keyHint: "…w" }),
  };
  await using h = await startFeatureBot(provider, {}, { transcriber });
  h.tg.addFile("p1", JPEG);
  h.tg.addFile("v1", new Uint8Array([1, 2, 3]));
  await h.send(textUpdate({ text: "email", userId: USER }));
  assert.equal(requests.length, 1);
  await h.send(photoUpdate({ fileId: "p1", userId: USER, caption: "a logo" }));
  assert.equal(requests.length, 2);
  assert.equal(requests[1].images?.length, 1, "the picture is read");
  assert.doesNotMatch(String(requests[1].messages.at(-1)!.content), /<answer>/);
  await h.send(voiceUpdate({ fileId: "v1", userId: USER }));
  assert.equal(requests.length, 3);
  assert.match(
    String(requests[2].messages.at(-1)!.content),
    /a song about rain/,
  );
  await h.send(
    textUpdate({ text: "/enhance a tagline for a bakery", userId: USER }),
  );
  assert.equal(requests.length, 4);
  assert.match(
    String(requests[3].messages.at(-1)!.content),
    /a tagline for a bakery/,
  );
  assert.deepEqual(
    (await h.deps.sessions.pending(USER, USER, h.deps.clock.now()))?.answers,
    [],
    "the questions still wait, unanswered",
  );
  await h.send(textUpdate({ text: "my landlord", userId: USER }));
  assert.equal(requests.length, 5);
  assert.match(
    String(requests[4].messages.at(-1)!.content),
    /<answer>my landlord<\/answer>/,
  );
});
