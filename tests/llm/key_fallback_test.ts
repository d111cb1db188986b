import assert from "node:assert/strict";
import { createKeyFallbackProvider } from "../../src/llm/key_fallback.ts";
import { createOpenAiClient } from "../../src/llm/openai_client.ts";
import {
  type LlmProvider,
  ProviderError,
  type ProviderErrorKind,
} from "../../src/llm/provider.ts";
import {
  type FakeLlm,
  type FakeLlmBehavior,
  startFakeLlm,
} from "../fakes/llm_api.ts";

const KEY_A = "sk-first-key-aaaaaaaa1111";
const KEY_B = "sk-second-key-bbbbbbb2222";
const KEY_C = "sk-third-key-ccccccccc3333";
const MESSAGES = [{ role: "user" as const, content: "make me a prompt" }];
const REPLY = "AI-ENHANCED PROMPT:\nmake me a prompt";

function fallbackFor(
  llm: FakeLlm,
  keys: string[],
  timeoutMs = 2_000,
): LlmProvider {
  return createKeyFallbackProvider(
    keys.map((apiKey) =>
      createOpenAiClient({
        baseUrl: llm.baseUrl,
        apiKey,
        model: "fake-model",
        timeoutMs,
      })
    ),
  );
}

function keysAsked(llm: FakeLlm): (string | undefined)[] {
  return llm.requests.map((request) => request.apiKey);
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ProviderError, `not a ProviderError: ${error}`);
    return error;
  }
  assert.fail("expected the call to fail");
}

/** A provider that fails with `kind`, for the cases the fake server cannot produce. */
function failing(
  kind: ProviderErrorKind,
  calls: string[],
  name: string,
): LlmProvider {
  return {
    complete: () => {
      calls.push(name);
      return Promise.reject(
        new ProviderError(
          kind,
          `Cannot complete chat with key ${name}: ${kind}`,
        ),
      );
    },
  };
}

Deno.test("createKeyFallbackProvider() answers with the second key when the first is refused", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 401 });
  llm.setKeyBehavior(KEY_B, "ok");
  const result = await fallbackFor(llm, [KEY_A, KEY_B]).complete({
    messages: MESSAGES,
  });

  assert.equal(result.text, REPLY);
  assert.equal(result.keyHint, "…2222");
  assert.deepEqual(keysAsked(llm), [KEY_A, KEY_B]);
});

Deno.test("createKeyFallbackProvider() uses only the first key when it answers", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, "ok");
  llm.setKeyBehavior(KEY_B, "ok");
  const result = await fallbackFor(llm, [KEY_A, KEY_B]).complete({
    messages: MESSAGES,
  });

  assert.equal(result.keyHint, "…1111");
  assert.deepEqual(keysAsked(llm), [KEY_A]);
});

Deno.test("createKeyFallbackProvider() moves on after each failure another key may not have", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_B, "ok");
  const cases: [FakeLlmBehavior, ProviderErrorKind][] = [
    [{ status: 403 }, "auth"],
    [{ status: 429, retryAfterSeconds: 30 }, "rate_limit"],
    [{ status: 500 }, "server"],
    [{ breakAfterChunks: 1 }, "network"],
    ["hang", "timeout"],
    ["malformed", "malformed"],
  ];
  for (const [behavior, kind] of cases) {
    llm.setKeyBehavior(KEY_A, behavior);
    const seen: string[] = [];
    const provider = createKeyFallbackProvider(
      [KEY_A, KEY_B].map((apiKey) =>
        createOpenAiClient({
          baseUrl: llm.baseUrl,
          apiKey,
          model: "fake-model",
          timeoutMs: 200,
        })
      ),
      { onAttemptError: (error, index) => seen.push(`${index}:${error.kind}`) },
    );
    const result = await provider.complete({ messages: MESSAGES });
    assert.equal(result.keyHint, "…2222", JSON.stringify(behavior));
    assert.deepEqual(seen, [`0:${kind}`]);
  }
});

Deno.test("createKeyFallbackProvider() does not try another key after a bad request", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 400 });
  llm.setKeyBehavior(KEY_B, "ok");
  const error = await failure(
    fallbackFor(llm, [KEY_A, KEY_B]).complete({ messages: MESSAGES }),
  );

  assert.equal(error.kind, "bad_request");
  assert.match(error.message, /context_length_exceeded/);
  assert.deepEqual(keysAsked(llm), [KEY_A]);
});

Deno.test("createKeyFallbackProvider() throws unavailable with every attempt's kind when all keys fail", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 401 });
  llm.setKeyBehavior(KEY_B, { status: 429, retryAfterSeconds: 5 });
  llm.setKeyBehavior(KEY_C, { status: 500 });
  const error = await failure(
    fallbackFor(llm, [KEY_A, KEY_B, KEY_C]).complete({ messages: MESSAGES }),
  );

  assert.equal(error.kind, "unavailable");
  assert.equal(
    error.message,
    "Cannot complete chat: all 3 keys failed: auth (401), rate_limit (429), server (500)",
  );
  assert.ok(error.cause instanceof ProviderError);
  assert.equal(error.cause.kind, "server");
  assert.equal(error.retryAfterMs, undefined);
  assert.deepEqual(keysAsked(llm), [KEY_A, KEY_B, KEY_C]);
  for (const key of [KEY_A, KEY_B, KEY_C]) {
    assert.ok(!String(error).includes(key));
    assert.ok(!String(error.cause).includes(key));
  }
});

Deno.test("createKeyFallbackProvider() advises the soonest retry when every key is rate limited", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 429, retryAfterSeconds: 5 });
  llm.setKeyBehavior(KEY_B, { status: 429, retryAfterSeconds: 2 });
  const error = await failure(
    fallbackFor(llm, [KEY_A, KEY_B]).complete({ messages: MESSAGES }),
  );

  assert.equal(error.kind, "unavailable");
  assert.equal(error.retryAfterMs, 2_000);
});

Deno.test("createKeyFallbackProvider() calls onReset before the next key when a stream broke midway", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY_A, { breakAfterChunks: 2 });
  llm.setKeyBehavior(KEY_B, "ok");
  const events: string[] = [];
  const result = await fallbackFor(llm, [KEY_A, KEY_B]).complete({
    messages: MESSAGES,
    onDelta: (chunk) => events.push(chunk),
    onReset: () => events.push("<reset>"),
  });

  assert.deepEqual(events.slice(0, 3), ["AI-E", "NHAN", "<reset>"]);
  assert.equal(events.filter((event) => event === "<reset>").length, 1);
  assert.equal(events.slice(3).join(""), result.text);
  assert.equal(result.text, REPLY);
});

Deno.test("createKeyFallbackProvider() does not call onReset when the failed attempt showed nothing", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, { status: 401 });
  llm.setKeyBehavior(KEY_B, "ok");
  let resets = 0;
  await fallbackFor(llm, [KEY_A, KEY_B]).complete({
    messages: MESSAGES,
    onDelta: () => {},
    onReset: () => resets++,
  });
  assert.equal(resets, 0);
});

Deno.test("createKeyFallbackProvider() stops at once when the caller aborts", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY_A, "hang");
  llm.setKeyBehavior(KEY_B, "ok");
  const controller = new AbortController();
  void llm.nextRequest().then(() => controller.abort());
  const error = await failure(
    fallbackFor(llm, [KEY_A, KEY_B], 5_000).complete({
      messages: MESSAGES,
      signal: controller.signal,
    }),
  );

  assert.equal(error.kind, "aborted");
  assert.deepEqual(keysAsked(llm), [KEY_A]);
});

Deno.test("createKeyFallbackProvider() does not start another attempt after the caller aborted", async () => {
  const calls: string[] = [];
  const controller = new AbortController();
  const first: LlmProvider = {
    complete: () => {
      calls.push("first");
      controller.abort();
      // A provider that reports its own failure rather than the abort.
      return Promise.reject(
        new ProviderError(
          "server",
          "Cannot complete chat with key first: server",
        ),
      );
    },
  };
  const provider = createKeyFallbackProvider([
    first,
    failing("auth", calls, "second"),
  ]);
  const error = await failure(
    provider.complete({ messages: MESSAGES, signal: controller.signal }),
  );

  assert.equal(error.kind, "aborted");
  assert.deepEqual(calls, ["first"]);
  assert.ok(
    error.cause instanceof ProviderError && error.cause.kind === "server",
  );
});

Deno.test("createKeyFallbackProvider() passes an error that is not a ProviderError through", async () => {
  const calls: string[] = [];
  const boom = new Error("onDelta failed");
  const provider = createKeyFallbackProvider([
    { complete: () => Promise.reject(boom) },
    failing("auth", calls, "second"),
  ]);
  await assert.rejects(
    provider.complete({ messages: MESSAGES }),
    (error) => error === boom,
  );
  assert.deepEqual(calls, []);
});

Deno.test("createKeyFallbackProvider() reports a single failing key as unavailable", async () => {
  const calls: string[] = [];
  const provider = createKeyFallbackProvider([
    failing("timeout", calls, "only"),
  ]);
  const error = await failure(provider.complete({ messages: MESSAGES }));

  assert.equal(error.kind, "unavailable");
  assert.equal(
    error.message,
    "Cannot complete chat: the only key failed: timeout",
  );
});

Deno.test("createKeyFallbackProvider() rejects an empty list of providers", () => {
  assert.throws(() => createKeyFallbackProvider([]), {
    name: "RangeError",
    message: "Cannot create key fallback provider: no providers given",
  });
});
