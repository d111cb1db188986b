import { copyable } from "../support.ts";
/**
 * End to end, the real bot process against the fakes over HTTP: voice notes,
 * photos, text files and inline mode.
 *
 * @module
 */
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { type FakeLlmRequest, imageUrls, userText } from "../fakes/llm_api.ts";
import {
  documentUpdate,
  inlineQueryUpdate,
  photoUpdate,
  textUpdate,
  userOf,
  voiceUpdate,
} from "../fakes/updates.ts";
import { allOutput, findLeaks, stackSecrets } from "./leaks.ts";
import {
  enhancementsLogged,
  KEY_ONE,
  type Stack,
  startStack,
} from "./stack.ts";

/** The first bytes of a JPEG file, then filler: what the bot must send on as it came. */
const JPEG = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  ...new TextEncoder().encode("fake jpeg body ".repeat(40)),
]);

/** Bytes of a voice note (the fake transcribes anything). */
const VOICE = new TextEncoder().encode("OggS fake opus voice ".repeat(100));

function texts(stack: Stack, chat: number): string[] {
  return stack.tg.messages(chat).map((m) => copyable(m));
}

function chatRequests(stack: Stack): FakeLlmRequest[] {
  return stack.llm.requests.filter((r) => r.path === "/v1/chat/completions");
}

Deno.test("e2e: a voice note is transcribed, the transcript shown first, then enhanced; a reply to it is a corrected prompt", async () => {
  await using stack = await startStack();
  const user = 310_001;
  stack.tg.addFile("voice-1", VOICE, { filePath: "voice/file_1.oga" });
  stack.llm.setTranscript("a haiku about autumn rain");
  const bot = await stack.start();
  stack.tg.queueUpdate(
    voiceUpdate({
      fileId: "voice-1",
      userId: user,
      duration: 4,
      fileSize: VOICE.length,
    }),
  );
  await enhancementsLogged(bot);
  const heard = stack.llm.requests.filter((r) =>
    r.path === "/v1/audio/transcriptions"
  );
  assert.equal(heard.length, 1);
  assert.deepEqual(heard[0].body, {
    model: "whisper-1",
    language: "en",
    response_format: "json",
    file: { name: "audio.ogg", type: "audio/ogg", size: VOICE.length },
  });
  assert.equal(heard[0].apiKey?.startsWith("sk-test-key-"), true);
  assert.deepEqual(stack.tg.downloads, ["voice/file_1.oga"]);
  const shown = texts(stack, user);
  assert.equal(shown.length, 2, shown.join("\n---\n"));
  assert.match(shown[0], /^🎙 I heard: “a haiku about autumn rain”/);
  assert.match(shown[1], /AI-ENHANCED PROMPT/);
  assert.match(userText(chatRequests(stack)[0]), /a haiku about autumn rain/);
  assert.match(
    String(
      (chatRequests(stack)[0].body as { messages: { content: string }[] })
        .messages[0].content,
    ),
    /transcript of a voice message/,
  );

  // A correction, as a reply to the transcript: enhanced again, from the corrected text.
  const transcript = stack.tg.messages(user)[0];
  stack.tg.queueUpdate(
    textUpdate({
      text: "a haiku about spring rain",
      userId: user,
      messageId: 50,
      replyToBot: { messageId: transcript.message_id, text: transcript.text },
    }),
  );
  await enhancementsLogged(bot, 2);
  assert.match(userText(chatRequests(stack)[1]), /a haiku about spring rain/);
  assert.equal(
    stack.llm.requests.filter((r) => r.path === "/v1/audio/transcriptions")
      .length,
    1,
  );
  assert.deepEqual(findLeaks(allOutput(bot), stackSecrets(stack)), []);
});

Deno.test("e2e: a voice note over the limits is refused in one sentence, with nothing downloaded", async () => {
  await using stack = await startStack();
  const user = 310_002;
  stack.tg.addFile("voice-long", VOICE);
  stack.tg.addFile("voice-big", VOICE);
  const bot = await stack.start({ VOICE_MAX_SECONDS: "60" });
  stack.tg.queueUpdate(
    voiceUpdate({
      fileId: "voice-long",
      userId: user,
      duration: 61,
      messageId: 1,
    }),
  );
  stack.tg.queueUpdate(
    voiceUpdate({
      fileId: "voice-big",
      userId: user,
      duration: 30,
      fileSize: 21 * 1024 * 1024,
      messageId: 2,
    }),
  );
  await stack.tg.waitForCall(
    "sendMessage",
    () => stack.tg.sentTexts(user).length >= 2,
    15_000,
  );
  const [tooLong, tooLarge] = stack.tg.sentTexts(user);
  assert.match(tooLong, /longer than 60 sec, the most I transcribe/);
  assert.match(tooLarge, /larger than 20 MB, the most I can download/);
  assert.equal(stack.tg.callsOf("getFile").length, 0);
  assert.deepEqual(stack.tg.downloads, []);
  assert.equal(stack.llm.requests.length, 0);
  assert.equal(
    bot.logs.filter((l) => String(l.message).startsWith("Enhanced")).length,
    0,
  );
});

Deno.test("e2e: a captioned photo goes to the vision model as a data URL of its bytes, never a URL with the token", async () => {
  await using stack = await startStack();
  const user = 310_003;
  stack.tg.addFile("photo-1", JPEG, { filePath: "photos/file_7.jpg" });
  const bot = await stack.start({ VISION_MODEL: "fake-vision" });
  stack.tg.queueUpdate(
    photoUpdate({
      fileId: "photo-1",
      userId: user,
      caption: "make this a watercolor poster",
      fileSize: JPEG.length,
    }),
  );
  await enhancementsLogged(bot);
  const [request] = chatRequests(stack);
  const body = request.body as {
    model: string;
    messages: { content: unknown }[];
  };
  assert.equal(body.model, "fake-vision");
  assert.deepEqual(imageUrls(request), [
    `data:image/jpeg;base64,${Buffer.from(JPEG).toString("base64")}`,
  ]);
  assert.match(userText(request), /make this a watercolor poster/);
  assert.match(String(body.messages[0].content), /attached a picture/);
  const sent = JSON.stringify(request.body);
  assert.ok(!sent.includes(stack.tg.token), "the bot token reached the LLM");
  assert.ok(!sent.includes("/file/bot"), "a Telegram file URL reached the LLM");
  assert.ok(!sent.includes(stack.tg.apiRoot), "a Telegram URL reached the LLM");
  // The largest size within the pixel limit, not the thumbnail.
  assert.deepEqual(stack.tg.downloads, ["photos/file_7.jpg"]);
  assert.match(texts(stack, user).at(-1)!, /AI-ENHANCED PROMPT/);
  assert.deepEqual(findLeaks(allOutput(bot), stackSecrets(stack)), []);
});

Deno.test("e2e: a photo without a caption gets a prompt that recreates it", async () => {
  await using stack = await startStack();
  const user = 310_004;
  stack.tg.addFile("photo-2", JPEG);
  stack.llm.setReply((body) => {
    const system = String(body.messages?.[0]?.content ?? "");
    return system.includes("without a caption")
      ? "<analysis>a fox</analysis>\n<prompt>A red fox curled up in fresh snow at dawn, soft pink light, shallow depth of field, muted palette</prompt>\n<notes><assumptions></assumptions><placeholders></placeholders></notes>"
      : "unexpected request";
  });
  const bot = await stack.start();
  stack.tg.queueUpdate(photoUpdate({ fileId: "photo-2", userId: user }));
  await enhancementsLogged(bot);
  const [request] = chatRequests(stack);
  assert.equal(imageUrls(request).length, 1);
  assert.match(userText(request), /recreates the attached picture/);
  assert.match(
    String(
      (request.body as { messages: { content: string }[] }).messages[0].content,
    ),
    /text-to-image models/,
  );
  assert.match(
    texts(stack, user).at(-1)!,
    /^A red fox curled up in fresh snow/,
  );
});

Deno.test("e2e: a .txt file is read as the rough prompt; a binary or non-UTF-8 file gets a clear message", async () => {
  await using stack = await startStack();
  const user = 310_005;
  stack.tg.addFile(
    "doc-1",
    new TextEncoder().encode(
      "\uFEFFa birthday poem for my sister who loves hiking\n",
    ),
    { filePath: "documents/idea.txt" },
  );
  stack.tg.addFile("doc-2", new Uint8Array([0x61, 0xff, 0xfe, 0x62]), {
    filePath: "documents/broken.txt",
  });
  const bot = await stack.start();
  stack.tg.queueUpdate(
    documentUpdate({
      fileId: "doc-1",
      userId: user,
      fileName: "idea.txt",
      mimeType: "text/plain",
      messageId: 1,
    }),
  );
  await enhancementsLogged(bot);
  assert.match(
    userText(chatRequests(stack)[0]),
    /<rough_prompt>\na birthday poem for my sister who loves hiking\n<\/rough_prompt>/,
  );
  stack.tg.queueUpdate(
    documentUpdate({
      fileId: "exe-1",
      userId: user,
      fileName: "setup.exe",
      mimeType: "application/x-msdownload",
      messageId: 2,
    }),
  );
  stack.tg.queueUpdate(
    documentUpdate({
      fileId: "doc-2",
      userId: user,
      fileName: "broken.txt",
      mimeType: "text/plain",
      messageId: 3,
    }),
  );
  await stack.tg.waitForCall(
    "sendMessage",
    () => stack.tg.sentTexts(user).length >= 3,
    15_000,
  );
  const [, binary, broken] = texts(stack, user);
  assert.match(binary, /can't read this kind of file\. I accept text files/);
  assert.match(broken, /isn't plain UTF-8 text/);
  // Only the text files were fetched; the binary one was refused by its type.
  assert.deepEqual(stack.tg.downloads, [
    "documents/idea.txt",
    "documents/broken.txt",
  ]);
  assert.equal(chatRequests(stack).length, 1);
});

Deno.test("e2e: inline mode shows offline choices and the AI version; choosing it edits the sent message into the AI's prompt", async () => {
  await using stack = await startStack();
  const user = 310_006;
  const query = "a logo for a coffee shop run by cats";
  const bot = await stack.start();
  const queryId = "iq-e2e-1";
  stack.tg.queueUpdate(inlineQueryUpdate({ query, userId: user, queryId }));
  await stack.tg.waitForCall("answerInlineQuery", undefined, 15_000);
  const answer = stack.tg.inlineAnswer(queryId)!;
  assert.equal(answer.isPersonal, true);
  assert.ok(answer.cacheTime !== undefined && answer.cacheTime <= 30);
  const ids = answer.results.map((r) => String(r.id));
  assert.equal(ids[0], "ai:image");
  assert.ok(ids.length >= 3 && ids.length <= 4, ids.join(", "));
  for (const result of answer.results) {
    assert.ok(String(result.title).length > 0);
    assert.ok(String(result.description).length > 0);
  }
  assert.equal(chatRequests(stack).length, 0, "the query itself asks no AI");

  const { inlineMessageId } = stack.tg.chooseInlineResult({
    queryId,
    resultId: "ai:image",
    from: userOf({ userId: user }),
    query,
  });
  assert.ok(inlineMessageId !== undefined, "the AI result carries a keyboard");
  assert.match(
    stack.tg.inlineMessage(inlineMessageId)!.text,
    /The AI is writing/,
  );
  await stack.tg.waitForCall(
    "editMessageText",
    (call) => call.payload.inline_message_id === inlineMessageId,
    15_000,
  );
  const edited = stack.tg.inlineMessage(inlineMessageId)!;
  assert.equal(edited.edits, 1);
  assert.match(edited.text, /^AI-ENHANCED PROMPT:/);
  assert.match(edited.text, /coffee shop run by cats/);
  // Nothing went to the user's private chat.
  assert.deepEqual(stack.tg.sentTexts(user), []);
  assert.equal(stack.tg.callsOf("sendChatAction").length, 0);
  await enhancementsLogged(bot);
});

Deno.test("e2e: kill -9 while a voice note is being enhanced: after the restart, one transcript and one answer, not transcribed again", async () => {
  await using stack = await startStack();
  const user = 310_007;
  stack.tg.addFile("voice-k", VOICE);
  stack.llm.setTranscript("a limerick about a lighthouse keeper");
  stack.llm.setKeyBehavior("sk-voice-only-3333", "ok");
  stack.llm.setKeyBehavior(KEY_ONE, "hang");
  const env = {
    JOB_LEASE_MS: "1000",
    LLM_API_KEYS: KEY_ONE,
    TRANSCRIBE_API_KEYS: "sk-voice-only-3333",
  };
  const first = await stack.start(env);
  stack.tg.queueUpdate(
    voiceUpdate({ fileId: "voice-k", userId: user, duration: 5 }),
  );
  // The transcript is shown and the chat request is on its way: kill now.
  await waitFor(() => chatRequests(stack).length >= 1, 20_000);
  await first.stop("SIGKILL");
  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  const second = await stack.start(env);
  await enhancementsLogged(second);
  const shown = texts(stack, user);
  assert.equal(
    shown.filter((t) => t.startsWith("🎙 I heard")).length,
    1,
    shown.join("\n---\n"),
  );
  assert.equal(shown.filter((t) => t.includes("AI-ENHANCED PROMPT")).length, 1);
  assert.equal(shown.length, 2, shown.join("\n---\n"));
  assert.equal(
    stack.llm.requests.filter((r) => r.path === "/v1/audio/transcriptions")
      .length,
    1,
  );
});

Deno.test("e2e: kill -9 while a voice note is being transcribed: after the restart it is fetched and transcribed again, and answered once", async () => {
  await using stack = await startStack();
  const user = 310_008;
  stack.tg.addFile("voice-t", VOICE);
  stack.llm.setTranscript("a toast for my parents' anniversary");
  stack.llm.setKeyBehavior("sk-voice-only-4444", "hang");
  const env = {
    JOB_LEASE_MS: "1000",
    TRANSCRIBE_API_KEYS: "sk-voice-only-4444",
  };
  const first = await stack.start(env);
  stack.tg.queueUpdate(
    voiceUpdate({ fileId: "voice-t", userId: user, duration: 5 }),
  );
  await waitFor(
    () => stack.llm.requests.some((r) => r.path === "/v1/audio/transcriptions"),
    20_000,
  );
  await first.stop("SIGKILL");
  stack.llm.setKeyBehavior("sk-voice-only-4444", "ok");
  const second = await stack.start(env);
  await enhancementsLogged(second);
  const shown = texts(stack, user);
  assert.equal(shown.length, 2, shown.join("\n---\n"));
  assert.match(shown[0], /^🎙 I heard: “a toast for my parents' anniversary”/);
  assert.match(shown[1], /AI-ENHANCED PROMPT/);
  assert.equal(stack.tg.downloads.length, 2, "fetched again by its file id");
});

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("Condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
