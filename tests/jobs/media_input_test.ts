import assert from "node:assert/strict";
import { Api } from "grammy";
import {
  choosePhotoSize,
  decodeText,
  imageDataUrl,
  inlineFallback,
  MediaPipeline,
  type PrepareContext,
} from "../../src/jobs/media_input.ts";
import { MAX_PROMPT_CHARS } from "../../src/enhance/validate.ts";
import { inlineChoices } from "../../src/enhance/inline_choices.ts";
import {
  ProviderError,
  type Transcriber,
  type TranscriptionRequest,
} from "../../src/llm/provider.ts";
import type { JobMedia } from "../../src/storage/job_media.ts";
import type { EnhanceJob } from "../../src/storage/job_store.ts";
import { MediaStore } from "../../src/storage/media_store.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { manualClock } from "../support.ts";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]);
const t = createI18n().translator("en");
const USER = 420_001;

function job(media: JobMedia, prompt = ""): EnhanceJob {
  return {
    id: "job-1",
    userId: USER,
    chatId: USER,
    prompt,
    category: "general",
    locale: "en",
    media,
    createdAt: 0,
    status: "running",
    owner: "me",
    attempts: 1,
    delivered: 0,
  };
}

/** A transcriber that answers `text` (or fails), recording its requests. */
function transcriber(answer: string | ProviderError) {
  const requests: TranscriptionRequest[] = [];
  const fake: Transcriber = {
    transcribe(request) {
      requests.push(request);
      return answer instanceof ProviderError
        ? Promise.reject(answer)
        : Promise.resolve({ text: answer, model: "whisper-1", keyHint: "…k" });
    },
  };
  return { fake, requests };
}

async function setup(
  options: {
    transcriber?: Transcriber | null;
    vision?: boolean;
    maxBytes?: number;
  } = {},
) {
  const tg = startFakeTelegram();
  const kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const sleeps: number[] = [];
  const store = new MediaStore(kv);
  const pipeline = new MediaPipeline({
    api: new Api(tg.token, { apiRoot: tg.apiRoot }),
    files: {
      apiRoot: tg.apiRoot,
      token: tg.token,
      maxBytes: options.maxBytes ?? 1024 * 1024,
      timeoutMs: 5_000,
    },
    transcriber: options.transcriber ?? null,
    vision: options.vision ?? true,
    store,
    clock,
    sleep: (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
      return Promise.resolve();
    },
  }, { voiceMaxSeconds: 60, albumMaxImages: 2, albumWindowMs: 1000 });
  const saved: JobMedia[] = [];
  const context: PrepareContext = {
    signal: new AbortController().signal,
    t,
    save: (media) => {
      saved.push(media);
      return Promise.resolve();
    },
  };
  return {
    tg,
    kv,
    clock,
    sleeps,
    store,
    pipeline,
    saved,
    context,
    async [Symbol.asyncDispose]() {
      kv.close();
      await tg.close();
    },
  };
}

const voice = (extra: Partial<JobMedia> = {}): JobMedia => ({
  kind: "voice",
  files: [{ fileId: "v1", mime: "audio/ogg" }],
  messageId: 7,
  duration: 5,
  ...extra,
});

Deno.test("MediaPipeline.prepare() transcribes a voice note, keeps the transcript, then shows it replying to the note", async () => {
  const heard = transcriber("  a poem about the sea ".trim());
  await using s = await setup({ transcriber: heard.fake });
  s.tg.addFile("v1", new Uint8Array([1, 2, 3]));
  const input = await s.pipeline.prepare(job(voice()), s.context);
  assert.deepEqual(input, {
    ok: true,
    prompt: "a poem about the sea",
    images: [],
    inputKind: "voice",
  });
  assert.equal(heard.requests[0].language, "en");
  assert.equal(heard.requests[0].filename, "audio.ogg");
  assert.deepEqual(heard.requests[0].audio, new Uint8Array([1, 2, 3]));
  // Saved before it is shown, then with the message that shows it.
  assert.equal(s.saved[0].transcript, "a poem about the sea");
  assert.equal(s.saved[0].transcriptMessageId, undefined);
  const shown = s.tg.messages(USER);
  assert.equal(s.saved[1].transcriptMessageId, shown[0].message_id);
  assert.match(shown[0].text!, /^🎙 I heard: “a poem about the sea”/);
  assert.equal(shown[0].reply_to_message?.message_id, 7);
  assert.deepEqual(
    await s.store.transcript(USER, shown[0].message_id, s.clock.now()),
    { userId: USER, jobId: "job-1", createdAt: s.clock.now() },
  );
});

Deno.test("MediaPipeline.prepare() neither transcribes nor shows again what a previous run did", async () => {
  const heard = transcriber("never asked");
  await using s = await setup({ transcriber: heard.fake });
  const done = voice({
    transcript: "kept from before",
    transcriptMessageId: 3,
  });
  const input = await s.pipeline.prepare(job(done), s.context);
  assert.equal(input.ok && input.prompt, "kept from before");
  assert.equal(heard.requests.length, 0);
  assert.deepEqual(s.tg.messages(USER), []);
  assert.deepEqual(s.tg.downloads, []);
  // Transcribed but not shown yet (a crash in between): shown now, not transcribed again.
  const half = voice({ transcript: "kept from before" });
  await s.pipeline.prepare(job(half), s.context);
  assert.equal(heard.requests.length, 0);
  assert.equal(s.tg.messages(USER).length, 1);
});

Deno.test("MediaPipeline.prepare() answers in one sentence when a voice note cannot be transcribed", async () => {
  const reasons = async (
    answer: string | ProviderError | null,
    media: JobMedia,
    maxBytes?: number,
  ) => {
    const heard = answer === null ? null : transcriber(answer).fake;
    await using s = await setup({ transcriber: heard, maxBytes });
    s.tg.addFile("v1", new Uint8Array(100));
    const input = await s.pipeline.prepare(job(media), s.context);
    assert.equal(input.ok, false);
    assert.deepEqual(s.saved, [], "nothing is kept");
    return !input.ok && input.result;
  };
  const rejected = (reason: string) => ({
    source: "rejected",
    body: "",
    reason,
  });
  assert.deepEqual(await reasons(null, voice()), rejected("voice_no_keys"));
  assert.deepEqual(
    await reasons("x", voice({ duration: 61 })),
    rejected("voice_too_long"),
  );
  assert.deepEqual(
    await reasons("x", voice(), 10),
    rejected("voice_too_large"),
  );
  assert.deepEqual(
    await reasons(new ProviderError("unavailable", "all down"), voice()),
    rejected("voice_unavailable"),
  );
  assert.deepEqual(
    await reasons(new ProviderError("bad_request", "bad audio"), voice()),
    rejected("voice_failed"),
  );
  assert.deepEqual(await reasons("", voice()), rejected("voice_empty"));
  assert.deepEqual(
    await reasons("x", voice({ files: [{ fileId: "unknown" }] })),
    rejected("file_gone"),
  );
  // Every reason has its sentence.
  for (
    const reason of [
      "voice-no-keys",
      "voice-too-long",
      "voice-too-large",
      "voice-unavailable",
      "voice-failed",
      "voice-empty",
      "file-gone",
      "photo-offline",
      "photo-too-large",
      "image-unreadable",
      "document-too-long",
      "document-not-utf8",
      "document-empty",
      "needs-ai",
    ]
  ) assert.notEqual(t(`rejected-${reason}`), `rejected-${reason}`);
});

Deno.test("MediaPipeline.prepare() cuts a transcript longer than a prompt may be", async () => {
  const heard = transcriber("word ".repeat(3000).trim());
  await using s = await setup({ transcriber: heard.fake });
  s.tg.addFile("v1", new Uint8Array(3));
  const input = await s.pipeline.prepare(job(voice()), s.context);
  assert.equal(input.ok && input.prompt.length, MAX_PROMPT_CHARS);
  // Shown in full over several messages.
  assert.equal(s.tg.messages(USER).length, 2);
});

Deno.test("MediaPipeline.prepare() turns pictures into data URLs of their real type, a caption into the request", async () => {
  await using s = await setup({ vision: true });
  s.tg.addFile("p1", JPEG);
  s.tg.addFile("p2", PNG);
  const captioned = await s.pipeline.prepare(
    job(
      { kind: "photo", files: [{ fileId: "p1", mime: "image/png" }] },
      " poster ",
    ),
    s.context,
  );
  assert.deepEqual(captioned, {
    ok: true,
    prompt: "poster",
    images: [imageDataUrl(JPEG)!],
    inputKind: "photo",
  });
  assert.match(imageDataUrl(JPEG)!, /^data:image\/jpeg;base64,/);
  assert.match(imageDataUrl(PNG)!, /^data:image\/png;base64,/);
  const bare = await s.pipeline.prepare(
    job({ kind: "photo", files: [{ fileId: "p2" }] }),
    s.context,
  );
  assert.equal(bare.ok && bare.inputKind, "image_to_prompt");
  assert.equal(bare.ok && bare.category, "image");
  s.tg.addFile("not-a-picture", new TextEncoder().encode("MZ binary"));
  const odd = await s.pipeline.prepare(
    job({ kind: "photo", files: [{ fileId: "not-a-picture" }] }),
    s.context,
  );
  assert.equal(!odd.ok && odd.result.reason, "image_unreadable");
});

Deno.test("MediaPipeline.prepare() refuses pictures without an AI, before any download", async () => {
  await using s = await setup({ vision: false });
  s.tg.addFile("p1", JPEG);
  const input = await s.pipeline.prepare(
    job({ kind: "photo", files: [{ fileId: "p1" }] }),
    s.context,
  );
  assert.equal(!input.ok && input.result.reason, "photo_offline");
  assert.deepEqual(s.tg.downloads, []);
});

Deno.test("MediaPipeline.prepare() waits for an album's window, then takes its pictures up to the limit and its caption", async () => {
  await using s = await setup({ vision: true });
  for (const id of ["a1", "a2", "a3"]) s.tg.addFile(id, JPEG);
  const at = s.clock.now();
  await s.store.addAlbumPart(USER, "album-1", {
    userId: USER,
    file: { fileId: "a1" },
    now: at,
  });
  await s.store.addAlbumPart(USER, "album-1", {
    userId: USER,
    file: { fileId: "a2" },
    caption: "one style for both",
    now: at + 200,
  });
  await s.store.addAlbumPart(USER, "album-1", {
    userId: USER,
    file: { fileId: "a3" },
    now: at + 400,
  });
  const input = await s.pipeline.prepare(
    job({ kind: "photo", files: [{ fileId: "a1" }], albumId: "album-1" }),
    s.context,
  );
  assert.deepEqual(s.sleeps, [1400]);
  assert.equal(input.ok && input.prompt, "one style for both");
  assert.equal(input.ok && input.images.length, 2);
  assert.equal(input.ok && input.inputKind, "photo");
  // Closed: a part arriving now is a request of its own.
  assert.deepEqual(
    await s.store.addAlbumPart(USER, "album-1", {
      userId: USER,
      file: { fileId: "a4" },
      now: s.clock.now(),
    }),
    { ok: false, reason: "closed" },
  );
});

Deno.test("MediaPipeline.prepare() reads a text file as the prompt, after its caption; refuses bad bytes, emptiness and length", async () => {
  await using s = await setup();
  const file = (id: string, text: string | Uint8Array) =>
    s.tg.addFile(
      id,
      typeof text === "string" ? new TextEncoder().encode(text) : text,
    );
  file("ok", "\uFEFFa birthday poem\n");
  file("latin1", new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
  file("nul", "text\u0000more");
  file("blank", " \n\t ");
  file("long", "x".repeat(MAX_PROMPT_CHARS + 1));
  const read = (id: string, caption = "") =>
    s.pipeline.prepare(
      job({ kind: "document", files: [{ fileId: id }] }, caption),
      s.context,
    );
  assert.deepEqual(await read("ok", "for Anna"), {
    ok: true,
    prompt: "for Anna\n\na birthday poem",
    images: [],
    inputKind: "text",
  });
  const reason = async (id: string) => {
    const input = await read(id);
    return !input.ok && input.result.reason;
  };
  assert.equal(await reason("latin1"), "document_not_utf8");
  assert.equal(await reason("nul"), "document_not_utf8");
  assert.equal(await reason("blank"), "document_empty");
  assert.equal(await reason("long"), "document_too_long");
});

Deno.test("decodeText(), imageDataUrl() and choosePhotoSize() follow their rules both ways", () => {
  assert.equal(decodeText(new TextEncoder().encode("héllo 😀")), "héllo 😀");
  assert.equal(decodeText(new Uint8Array([0xc3])), null);
  assert.equal(
    imageDataUrl(new TextEncoder().encode("GIF89a...")),
    "data:image/gif;base64,R0lGODlhLi4u",
  );
  assert.match(
    imageDataUrl(
      new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "),
    )!,
    /^data:image\/webp;base64,/,
  );
  assert.equal(imageDataUrl(new TextEncoder().encode("<svg/>")), null);
  const sizes = [
    { width: 90, height: 67 },
    { width: 2560, height: 1920 },
    { width: 1280, height: 960 },
  ];
  assert.deepEqual(choosePhotoSize(sizes, 1280 * 1280), sizes[2]);
  assert.deepEqual(choosePhotoSize(sizes, 10_000_000), sizes[1]);
  assert.deepEqual(choosePhotoSize(sizes, 100), sizes[0]);
  assert.equal(choosePhotoSize([], 100), undefined);
});

Deno.test("inlineFallback() is the offline text inline mode sent for the AI version", () => {
  const idea = "a logo for a coffee shop run by cats";
  const top = inlineChoices(idea, { fallbackLanguage: "en" })[0];
  assert.equal(
    inlineFallback({ prompt: idea, category: top.category, locale: "en" }),
    top.prompt,
  );
});
