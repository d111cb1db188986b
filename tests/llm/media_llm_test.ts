/**
 * The LLM side of media: transcription through the key pool, image parts
 * and the vision model on chat requests, and the pool's generic run().
 *
 * @module
 */
import assert from "node:assert/strict";
import { KeyHealthStore } from "../../src/llm/key_health_store.ts";
import { keyId, KeyPool } from "../../src/llm/key_pool.ts";
import {
  createOpenAiClient,
  createOpenAiTranscriber,
} from "../../src/llm/openai_client.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import {
  createTranscriptionStack,
  resolveTranscription,
  TRANSCRIPTION_PROVIDER_NAME,
} from "../../src/llm/transcribe.ts";
import { imageUrls, startFakeLlm } from "../fakes/llm_api.ts";
import {
  everythingShown,
  instantSleep,
  manualClock,
  pooledKey,
} from "./pool_helpers.ts";

const KEY_A = "sk-media-key-aaaa-1111";
const KEY_B = "sk-media-key-bbbb-2222";
const AUDIO = new TextEncoder().encode("OggS voice bytes");
const PNG = "data:image/png;base64,iVBORw0KGgo=";
const MESSAGES = [
  { role: "system" as const, content: "be helpful" },
  { role: "user" as const, content: "make this a poster" },
];

Deno.test("resolveTranscription() uses the primary provider by default, own settings make a provider of their own, no key none", () => {
  const primary = {
    name: "primary",
    baseUrl: "https://api.openai.com/v1",
    apiKeys: ["sk-1"],
  };
  assert.deepEqual(resolveTranscription({ primary, model: "whisper-1" }), {
    ...primary,
    model: "whisper-1",
  });
  assert.deepEqual(
    resolveTranscription({
      primary,
      baseUrl: "https://api.groq.com/openai/v1",
      model: "whisper-large-v3",
    }),
    {
      name: TRANSCRIPTION_PROVIDER_NAME,
      baseUrl: "https://api.groq.com/openai/v1",
      apiKeys: ["sk-1"],
      model: "whisper-large-v3",
    },
  );
  assert.deepEqual(
    resolveTranscription({ apiKeys: ["gsk-1"], model: "m" }),
    {
      name: TRANSCRIPTION_PROVIDER_NAME,
      baseUrl: "https://api.openai.com/v1",
      apiKeys: ["gsk-1"],
      model: "m",
    },
  );
  assert.equal(resolveTranscription({ model: "whisper-1" }), null);
  assert.equal(
    resolveTranscription({ baseUrl: "http://127.0.0.1:9000/v1", model: "m" }),
    null,
  );
});

Deno.test("createOpenAiTranscriber() posts the audio as multipart with the model and the language hint", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, "ok");
  llm.setTranscript("  hello there  ");
  const whisper = createOpenAiTranscriber({
    baseUrl: llm.baseUrl,
    apiKey: KEY_A,
    model: "whisper-1",
    timeoutMs: 5_000,
  });
  const heard = await whisper.transcribe({
    audio: AUDIO,
    filename: "audio.ogg",
    mime: "audio/ogg",
    language: "de",
  });
  assert.deepEqual(heard, {
    text: "hello there",
    model: "whisper-1",
    keyHint: "…1111",
  });
  assert.deepEqual(llm.requests[0].body, {
    model: "whisper-1",
    language: "de",
    response_format: "json",
    file: { name: "audio.ogg", type: "audio/ogg", size: AUDIO.length },
  });
});

Deno.test("createOpenAiTranscriber() classifies failures like chats, never showing the key", async () => {
  await using llm = startFakeLlm();
  const whisper = createOpenAiTranscriber({
    baseUrl: llm.baseUrl,
    apiKey: KEY_A,
    model: "whisper-1",
    timeoutMs: 5_000,
  });
  const request = { audio: AUDIO, filename: "a.ogg", mime: "audio/ogg" };
  // Unknown key: the fake answers 401 and echoes the key in its message.
  const refused = await whisper.transcribe(request).then(() => null, (e) => e);
  assert.ok(refused instanceof ProviderError);
  assert.equal(refused.kind, "auth");
  assert.ok(!everythingShown(refused).includes(KEY_A));
  llm.setKeyBehavior(KEY_A, { status: 429, retryAfterSeconds: 3 });
  const limited = await whisper.transcribe(request).then(() => null, (e) => e);
  assert.equal(limited?.kind, "rate_limit");
  assert.equal(limited?.retryAfterMs, 3000);
  llm.setKeyBehavior(KEY_A, "malformed");
  const broken = await whisper.transcribe(request).then(() => null, (e) => e);
  assert.equal(broken?.kind, "malformed");
});

Deno.test("createTranscriptionStack() fails over to the next key, and records the failure in the health it shares with the chat keys", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 500 });
  llm.setKeyBehavior(KEY_B, "ok");
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const endpoint = {
    name: "primary",
    baseUrl: llm.baseUrl,
    apiKeys: [KEY_A, KEY_B],
    model: "whisper-1",
  };
  const stack = createTranscriptionStack(endpoint, {
    kv,
    clock,
    timeoutMs: 5_000,
    deadlineMs: 60_000,
    retryAfterMaxMs: 600_000,
    sleep: instantSleep(clock, []),
  });
  const heard = await stack.transcriber.transcribe({
    audio: AUDIO,
    filename: "a.ogg",
    mime: "audio/ogg",
  });
  assert.equal(heard.keyHint, "…2222");
  assert.deepEqual(llm.requests.map((r) => r.apiKey), [KEY_A, KEY_B]);
  // The chat pool of the primary provider reads the same record.
  const health = await new KeyHealthStore(kv, { clock }).get(
    keyId({ name: "primary", baseUrl: llm.baseUrl }, KEY_A),
  );
  assert.equal(health.lastErrorKind, "server");
  assert.equal(health.consecutiveFailures, 1);
  // Shared keys are probed by the chat stack, not twice.
  assert.deepEqual(await stack.runHealthCheck(), {
    probed: [],
    skipped: 0,
    failed: 0,
  });
});

Deno.test("createTranscriptionStack() says unavailable when every key is down, and probes keys of its own", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 401 });
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const stack = createTranscriptionStack({
    name: TRANSCRIPTION_PROVIDER_NAME,
    baseUrl: llm.baseUrl,
    apiKeys: [KEY_A],
    model: "whisper-1",
  }, {
    kv,
    clock,
    timeoutMs: 5_000,
    deadlineMs: 60_000,
    retryAfterMaxMs: 600_000,
    sleep: instantSleep(clock, []),
  });
  const request = { audio: AUDIO, filename: "a.ogg", mime: "audio/ogg" };
  const first = await stack.transcriber.transcribe(request).then(
    () => null,
    (e) => e,
  );
  assert.equal(first?.kind, "unavailable");
  assert.match(first.message, /^Cannot transcribe audio: /);
  // Parked now: the next request does not even try.
  const before = llm.requests.length;
  const second = await stack.transcriber.transcribe(request).then(
    () => null,
    (e) => e,
  );
  assert.equal(second?.kind, "unavailable");
  assert.equal(llm.requests.length, before);
  llm.setKeyBehavior(KEY_A, "ok");
  const report = await stack.runHealthCheck();
  assert.equal(report.probed.length, 1);
  assert.equal(report.probed[0].ok, true);
  assert.equal(
    (await stack.transcriber.transcribe(request)).keyHint,
    "…1111",
  );
});

Deno.test("createOpenAiClient() sends images as parts of the last user message, and the model asked for", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, "ok");
  const client = createOpenAiClient({
    baseUrl: llm.baseUrl,
    apiKey: KEY_A,
    model: "fake-model",
    timeoutMs: 5_000,
  });
  await client.complete({
    messages: MESSAGES,
    images: [PNG],
    model: "vision-1",
  });
  const body = llm.requests[0].body as {
    model: string;
    messages: { role: string; content: unknown }[];
  };
  assert.equal(body.model, "vision-1");
  assert.equal(body.messages[0].content, "be helpful");
  assert.deepEqual(body.messages[1].content, [
    { type: "text", text: "make this a poster" },
    { type: "image_url", image_url: { url: PNG } },
  ]);
  assert.deepEqual(imageUrls(llm.requests[0]), [PNG]);
  await client.complete({ messages: MESSAGES });
  const plain = llm.requests[1].body as {
    model: string;
    messages: { content: unknown }[];
  };
  assert.equal(plain.model, "fake-model");
  assert.equal(plain.messages[1].content, "make this a poster");
});

Deno.test("createOpenAiClient() refuses an image that is not a data URL, before any request and without blaming the key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, "ok");
  const client = createOpenAiClient({
    baseUrl: llm.baseUrl,
    apiKey: KEY_A,
    model: "fake-model",
    timeoutMs: 5_000,
  });
  for (
    const url of [
      "https://api.telegram.org/file/bot123:ABC/photos/1.jpg",
      "data:text/plain;base64,aGk=",
    ]
  ) {
    await assert.rejects(
      client.complete({ messages: MESSAGES, images: [url] }),
      (e) => e instanceof TypeError && !String(e.message).includes("bot123"),
    );
  }
  assert.equal(llm.requests.length, 0);
});

Deno.test("KeyPool.complete() gives the vision model to the primary provider's keys only, and the images to every key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 500 });
  llm.setKeyBehavior(KEY_B, "ok");
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const pool = new KeyPool([
    pooledKey(KEY_A, { baseUrl: llm.baseUrl, clock }),
    pooledKey(KEY_B, {
      baseUrl: llm.baseUrl,
      clock,
      provider: "fallback",
      rank: 1,
      model: "fallback-model",
    }),
  ], {
    store: new KeyHealthStore(kv, { clock }),
    clock,
    sleep: instantSleep(clock, []),
    deadlineMs: 60_000,
    firstTokenMs: 20_000,
  });
  await pool.complete({ messages: MESSAGES, images: [PNG], model: "vision-1" });
  const models = llm.requests.map((r) => (r.body as { model: string }).model);
  assert.deepEqual(models, ["vision-1", "fallback-model"]);
  assert.deepEqual(llm.requests.map(imageUrls), [[PNG], [PNG]]);
});

Deno.test("KeyPool.run() runs any operation under the pool's failover and records each key's outcome", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new KeyHealthStore(kv, { clock });
  const keys = [KEY_A, KEY_B].map((key) =>
    pooledKey(key, { baseUrl: "http://127.0.0.1:9/v1", clock })
  );
  const pool = new KeyPool(keys, {
    store,
    clock,
    sleep: instantSleep(clock, []),
    deadlineMs: 60_000,
    firstTokenMs: 10,
  });
  const tried: string[] = [];
  const result = await pool.run((key, { signal }) => {
    tried.push(key.keyHint);
    assert.ok(signal instanceof AbortSignal);
    if (key.keyHint === "…1111") {
      return Promise.reject(new ProviderError("rate_limit", "slow down"));
    }
    // Not streamed: no first-token deadline, however long it takes.
    return new Promise((resolve) => setTimeout(() => resolve("done"), 30));
  }, { action: "do a thing" });
  assert.equal(result, "done");
  assert.deepEqual(tried, ["…1111", "…2222"]);
  assert.equal((await store.get(keys[0].id)).lastErrorKind, "rate_limit");
  assert.equal((await store.get(keys[1].id)).consecutiveFailures, 0);
  const refused = await pool.run(
    () => Promise.reject(new ProviderError("bad_request", "no")),
    { action: "do a thing" },
  ).then(() => null, (e) => e);
  assert.equal(refused?.kind, "bad_request");
});
