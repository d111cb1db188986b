import assert from "node:assert/strict";
import { maskKey } from "../../src/llm/mask.ts";
import {
  createOpenAiClient,
  MAX_CHARS_PER_TOKEN,
  probeOpenAiKey,
} from "../../src/llm/openai_client.ts";
import {
  ProviderError,
  type ProviderErrorKind,
} from "../../src/llm/provider.ts";
import {
  type FakeLlm,
  type FakeLlmBehavior,
  startFakeLlm,
} from "../fakes/llm_api.ts";
import { everythingShown } from "./pool_helpers.ts";

const KEY = "sk-secret-DO-NOT-LEAK-1234567890abcd";
const MESSAGES = [{ role: "user" as const, content: "a prompt about cats" }];

function clientFor(
  llm: FakeLlm,
  options: { timeoutMs?: number; now?: number } = {},
) {
  return createOpenAiClient({
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: options.timeoutMs ?? 2_000,
    clock: options.now === undefined ? undefined : { now: () => options.now! },
  });
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

Deno.test("maskKey() keeps only the last 4 characters", () => {
  assert.equal(maskKey(KEY), "…abcd");
  assert.equal(maskKey("sk-123456789"), "…6789");
});

Deno.test("maskKey() masks short keys fully", () => {
  assert.equal(maskKey("12345678"), "…");
  assert.equal(maskKey("abc"), "…");
  assert.equal(maskKey(""), "…");
});

Deno.test("createOpenAiClient() streams deltas that concatenate to the text", async () => {
  await using llm = startFakeLlm({ chunkSize: 6 });
  llm.setKeyBehavior(KEY, "ok");
  const deltas: string[] = [];
  const result = await clientFor(llm).complete({
    messages: MESSAGES,
    onDelta: (chunk) => deltas.push(chunk),
  });

  assert.equal(result.text, "AI-ENHANCED PROMPT:\na prompt about cats");
  assert.equal(deltas.join(""), result.text);
  assert.ok(deltas.length > 1, `only ${deltas.length} delta(s)`);
  assert.equal(result.model, "fake-model");
  assert.equal(result.keyHint, "…abcd");
  // The fake counts 10 prompt tokens and 4 characters a completion token.
  assert.deepEqual(result.usage, {
    promptTokens: 10,
    completionTokens: Math.ceil(result.text.length / 4),
  });
  const [request] = llm.requests;
  assert.equal(llm.requests.length, 1);
  assert.equal(request.path, "/v1/chat/completions");
  assert.equal(request.apiKey, KEY);
  assert.deepEqual(request.body, {
    model: "fake-model",
    messages: MESSAGES,
    stream: true,
    stream_options: { include_usage: true },
  });
});

Deno.test("createOpenAiClient() stops asking for usage once a server refuses stream_options", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  const bodies: Record<string, unknown>[] = [];
  // An older compatible server: 400 for a field it does not know.
  const refusing: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body ?? "{}"));
    bodies.push(body);
    if (body.stream_options === undefined) return await fetch(input, init);
    return Response.json({
      error: {
        message: "Unrecognized request argument supplied: stream_options",
        type: "invalid_request_error",
        param: "stream_options",
        code: null,
      },
    }, { status: 400 });
  };
  const client = createOpenAiClient({
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: 2_000,
    fetch: refusing,
  });
  const first = await client.complete({ messages: MESSAGES });
  assert.equal(first.text, "AI-ENHANCED PROMPT:\na prompt about cats");
  assert.equal(first.usage, undefined);
  await client.complete({ messages: MESSAGES });
  assert.deepEqual(
    bodies.map((body) => body.stream_options),
    // Learned: the next request leaves it out at once.
    [{ include_usage: true }, undefined, undefined],
  );
});

Deno.test("createOpenAiClient() uses the global fetch when none is given", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  const original = globalThis.fetch;
  const urls: string[] = [];
  globalThis.fetch = (input, init) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  try {
    await clientFor(llm).complete({ messages: MESSAGES });
  } finally {
    globalThis.fetch = original;
  }
  assert.deepEqual(urls, [`${llm.baseUrl}/chat/completions`]);
});

Deno.test("createOpenAiClient() sends requests through an injected fetch", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  let calls = 0;
  const provider = createOpenAiClient({
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: 2_000,
    fetch: (input, init) => {
      calls += 1;
      return fetch(input, init);
    },
  });
  await provider.complete({ messages: MESSAGES });
  assert.equal(calls, 1);
});

const STATUS_KINDS: [FakeLlmBehavior, ProviderErrorKind, number][] = [
  [{ status: 401 }, "auth", 401],
  [{ status: 403 }, "auth", 403],
  [{ status: 402 }, "auth", 402],
  [
    {
      status: 429,
      code: "insufficient_quota",
      message: "You exceeded your current quota",
    },
    "auth",
    429,
  ],
  [{ status: 429 }, "rate_limit", 429],
  [{ status: 400 }, "bad_request", 400],
  [
    {
      status: 404,
      code: "model_not_found",
      message: "The model `x` does not exist",
    },
    "bad_request",
    404,
  ],
  [{ status: 413 }, "bad_request", 413],
  [{ status: 422 }, "bad_request", 422],
  [{ status: 500 }, "server", 500],
  [{ status: 502 }, "server", 502],
  [{ status: 503 }, "server", 503],
];

Deno.test("createOpenAiClient() maps each HTTP status to its error kind without retrying", async () => {
  await using llm = startFakeLlm();
  const provider = clientFor(llm);
  for (const [behavior, kind, status] of STATUS_KINDS) {
    llm.setKeyBehavior(KEY, behavior);
    const error = await failure(provider.complete({ messages: MESSAGES }));
    assert.equal(
      error.kind,
      kind,
      `${JSON.stringify(behavior)}: ${error.message}`,
    );
    assert.equal(error.status, status);
  }
  assert.equal(llm.requests.length, STATUS_KINDS.length);
});

Deno.test("createOpenAiClient() describes a rejected request so the user can fix it", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 400 });
  const error = await failure(clientFor(llm).complete({ messages: MESSAGES }));

  assert.equal(error.kind, "bad_request");
  assert.match(
    error.message,
    /^Cannot complete chat with key …abcd: request rejected \(400 context_length_exceeded\): /,
  );
  assert.match(error.message, /maximum context length is 8192 tokens/);
});

Deno.test("createOpenAiClient() reads Retry-After as seconds, as milliseconds and as an HTTP date", async () => {
  await using llm = startFakeLlm();
  const date = "Wed, 21 Oct 2026 07:28:00 GMT";
  const provider = clientFor(llm, { now: Date.parse(date) - 30_000 });
  const cases: [FakeLlmBehavior, number | undefined][] = [
    [{ status: 429, retryAfterSeconds: 7 }, 7_000],
    [{ status: 429, retryAfterSeconds: 1.5 }, 1_500],
    [
      { status: 429, headers: { "retry-after-ms": "250", "retry-after": "9" } },
      250,
    ],
    [{ status: 429, headers: { "retry-after": date } }, 30_000],
    [{ status: 429, headers: { "retry-after": "soon" } }, undefined],
    [{ status: 429 }, undefined],
  ];
  for (const [behavior, expected] of cases) {
    llm.setKeyBehavior(KEY, behavior);
    const error = await failure(provider.complete({ messages: MESSAGES }));
    assert.equal(error.kind, "rate_limit");
    assert.equal(error.retryAfterMs, expected, JSON.stringify(behavior));
  }
});

Deno.test("createOpenAiClient() times out a request that never answers", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "hang");
  const started = performance.now();
  const error = await failure(
    clientFor(llm, { timeoutMs: 200 }).complete({ messages: MESSAGES }),
  );
  const elapsed = performance.now() - started;

  assert.equal(error.kind, "timeout");
  assert.equal(
    error.message,
    "Cannot complete chat with key …abcd: timed out after 200ms",
  );
  assert.ok(elapsed >= 190 && elapsed < 1_500, `took ${elapsed}ms`);
});

Deno.test("createOpenAiClient() times out a stream that is too slow to finish", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY, { slow: { chunkDelayMs: 80 } });
  const deltas: string[] = [];
  const started = performance.now();
  const error = await failure(
    clientFor(llm, { timeoutMs: 200 }).complete({
      messages: MESSAGES,
      onDelta: (chunk) => deltas.push(chunk),
    }),
  );
  const elapsed = performance.now() - started;

  assert.equal(error.kind, "timeout");
  assert.ok(deltas.length >= 1, "no delta before the deadline");
  assert.ok(elapsed >= 190 && elapsed < 1_500, `took ${elapsed}ms`);
});

Deno.test("createOpenAiClient() tells a caller's abort from a timeout", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "hang");
  const controller = new AbortController();
  void llm.nextRequest().then(() => controller.abort());
  const error = await failure(
    clientFor(llm, { timeoutMs: 5_000 }).complete({
      messages: MESSAGES,
      signal: controller.signal,
    }),
  );

  assert.equal(error.kind, "aborted");
  assert.equal(
    error.message,
    "Cannot complete chat with key …abcd: aborted by the caller",
  );
});

Deno.test("createOpenAiClient() stops a stream aborted midway by the caller", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY, { slow: { chunkDelayMs: 30 } });
  const controller = new AbortController();
  const deltas: string[] = [];
  const error = await failure(
    clientFor(llm).complete({
      messages: MESSAGES,
      signal: controller.signal,
      onDelta: (chunk) => {
        deltas.push(chunk);
        controller.abort();
      },
    }),
  );

  assert.equal(error.kind, "aborted");
  assert.deepEqual(deltas, ["AI-E"]);
});

Deno.test("createOpenAiClient() does not send a request the caller already aborted", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  const error = await failure(
    clientFor(llm).complete({
      messages: MESSAGES,
      signal: AbortSignal.abort(),
    }),
  );
  assert.equal(error.kind, "aborted");
  assert.equal(llm.requests.length, 0);
});

Deno.test("createOpenAiClient() reports invalid JSON, empty and truncated answers as malformed", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  const provider = clientFor(llm);
  const cases: [FakeLlmBehavior, RegExp][] = [
    [
      "malformed",
      /malformed response: Error reading response: malformed server-sent event JSON/,
    ],
    ["empty", /malformed response: empty answer$/],
    [
      { endAfterChunks: 2 },
      /malformed response: stream ended before a finish_reason$/,
    ],
  ];
  for (const [behavior, message] of cases) {
    llm.setKeyBehavior(KEY, behavior);
    const error = await failure(provider.complete({ messages: MESSAGES }));
    assert.equal(error.kind, "malformed", error.message);
    assert.match(error.message, message);
  }
});

Deno.test("createOpenAiClient() reports a stream broken midway as a network failure", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY, { breakAfterChunks: 2 });
  const deltas: string[] = [];
  const error = await failure(
    clientFor(llm).complete({
      messages: MESSAGES,
      onDelta: (chunk) => deltas.push(chunk),
    }),
  );

  assert.equal(error.kind, "network");
  assert.match(
    error.message,
    /connection broke: error reading a body from connection/,
  );
  assert.deepEqual(deltas, ["AI-E", "NHAN"]);
});

Deno.test("createOpenAiClient() reports a refused connection as a network failure", async () => {
  const llm = startFakeLlm();
  const { baseUrl } = llm;
  await llm.close();
  const provider = createOpenAiClient({
    baseUrl,
    apiKey: KEY,
    model: "m",
    timeoutMs: 2_000,
  });
  const error = await failure(provider.complete({ messages: MESSAGES }));
  assert.equal(error.kind, "network");
  assert.match(
    error.message,
    /^Cannot complete chat with key …abcd: connection failed: Connection error/,
  );
});

Deno.test("createOpenAiClient() lets an error thrown by onDelta through unchanged", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY, "ok");
  const boom = new Error("telegram edit failed");
  await assert.rejects(
    clientFor(llm).complete({
      messages: MESSAGES,
      onDelta: () => {
        throw boom;
      },
    }),
    (error) => error === boom,
  );
});

Deno.test("createOpenAiClient() never shows the key in an error, its message or its causes", async () => {
  await using llm = startFakeLlm();
  const provider = clientFor(llm, { timeoutMs: 200 });
  const behaviors: FakeLlmBehavior[] = [
    { status: 401 }, // the fake echoes the full key in its 401 message
    { status: 400, message: `Invalid header 'Authorization: Bearer ${KEY}'` },
    {
      status: 429,
      message: `Key ${KEY} exceeded its quota`,
      code: "insufficient_quota",
    },
    { status: 500, message: `upstream saw ${KEY}` },
    "malformed",
    "empty",
    "hang",
    { breakAfterChunks: 1 },
  ];
  for (const behavior of behaviors) {
    llm.setKeyBehavior(KEY, behavior);
    const error = await failure(provider.complete({ messages: MESSAGES }));
    const shown = everythingShown(error);
    assert.ok(
      !shown.includes(KEY),
      `${JSON.stringify(behavior)} leaked the key:\n${shown}`,
    );
    assert.ok(
      !shown.includes("DO-NOT-LEAK"),
      `${JSON.stringify(behavior)} leaked part of the key`,
    );
  }
});

Deno.test("createOpenAiClient() keeps the redacted server message of a refused key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 401 });
  const error = await failure(clientFor(llm).complete({ messages: MESSAGES }));
  assert.equal(
    error.message,
    "Cannot complete chat with key …abcd: key refused (401 invalid_api_key): Incorrect API key provided: …abcd.",
  );
  assert.ok(error.cause instanceof Error);
});

Deno.test("createOpenAiClient() gives the body's code, even when the server echoed the key", async (t) => {
  await using llm = startFakeLlm();
  const provider = clientFor(llm);
  const cases: {
    behavior: FakeLlmBehavior;
    kind: ProviderErrorKind;
    code: string | undefined;
  }[] = [
    {
      behavior: {
        status: 429,
        message: `You exceeded your current quota with key ${KEY}`,
        code: "insufficient_quota",
        type: "insufficient_quota",
      },
      kind: "auth",
      code: "insufficient_quota",
    },
    // The fake echoes the key in its default 401 message.
    { behavior: { status: 401 }, kind: "auth", code: "invalid_api_key" },
    {
      behavior: { status: 400 },
      kind: "bad_request",
      code: "context_length_exceeded",
    },
    { behavior: { status: 500 }, kind: "server", code: undefined },
    // A code that shows the key is dropped, not passed on.
    {
      behavior: { status: 400, code: `bad_key_${KEY}` },
      kind: "bad_request",
      code: undefined,
    },
  ];
  for (const { behavior, kind, code } of cases) {
    const name = `${JSON.stringify(behavior)}`;
    await t.step(name, async () => {
      llm.setKeyBehavior(KEY, behavior);
      const error = await failure(provider.complete({ messages: MESSAGES }));
      assert.equal(error.kind, kind);
      assert.equal(error.code, code);
      assert.ok(!everythingShown(error).includes("DO-NOT-LEAK"), "leaked");
    });
  }
});

Deno.test("createOpenAiClient() keeps the body's type on the redacted copy of a cause that echoed the key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, {
    status: 403,
    message: `Key ${KEY} has no balance`,
    type: "insufficient_quota",
  });
  const error = await failure(clientFor(llm).complete({ messages: MESSAGES }));
  assert.equal(error.kind, "auth");
  assert.ok(error.cause instanceof Error);
  assert.equal(error.cause.message, "403 Key …abcd has no balance");
  assert.equal((error.cause as { type?: string }).type, "insufficient_quota");
  assert.ok(!everythingShown(error).includes("DO-NOT-LEAK"), "leaked");
});

Deno.test("createOpenAiClient() rejects unusable options", () => {
  const base = {
    baseUrl: "http://127.0.0.1:1/v1",
    apiKey: KEY,
    model: "m",
    timeoutMs: 1_000,
  };
  assert.throws(() => createOpenAiClient({ ...base, apiKey: " " }), {
    name: "TypeError",
    message: "Cannot create OpenAI client: apiKey is empty",
  });
  assert.throws(
    () => createOpenAiClient({ ...base, baseUrl: "not a url" }),
    TypeError,
  );
  assert.throws(() => createOpenAiClient({ ...base, model: "" }), TypeError);
  assert.throws(() => createOpenAiClient({ ...base, timeoutMs: 0 }), {
    name: "RangeError",
    message:
      "Cannot create OpenAI client: timeoutMs must be a positive number, got 0",
  });
});

Deno.test("probeOpenAiKey() lists the models with the key and reports the latency", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  let now = 1_000;
  const clock = { now: () => (now += 25) };
  const result = await probeOpenAiKey({
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    timeoutMs: 1_000,
    clock,
  });

  assert.deepEqual(result, { ok: true, latencyMs: 25 });
  assert.equal(llm.requests.length, 1);
  assert.equal(llm.requests[0].method, "GET");
  assert.equal(llm.requests[0].path, "/v1/models");
  assert.equal(llm.requests[0].apiKey, KEY);
});

Deno.test("probeOpenAiKey() returns a failing key's classified error", async () => {
  await using llm = startFakeLlm();
  const probe = () =>
    probeOpenAiKey({ baseUrl: llm.baseUrl, apiKey: KEY, timeoutMs: 200 });
  const cases: [FakeLlmBehavior, ProviderErrorKind][] = [
    [{ status: 401 }, "auth"],
    [{ status: 429, retryAfterSeconds: 3 }, "rate_limit"],
    [{ status: 503 }, "server"],
    ["malformed", "malformed"],
    ["hang", "timeout"],
  ];
  for (const [behavior, kind] of cases) {
    llm.setKeyBehavior(KEY, behavior);
    const result = await probe();
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.equal(result.error.kind, kind, result.error.message);
    assert.match(result.error.message, /^Cannot list models with key …abcd: /);
    assert.ok(!everythingShown(result.error).includes(KEY));
    assert.ok(result.latencyMs >= 0);
  }
});

Deno.test("probeOpenAiKey() stops when the caller aborts", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "hang");
  const controller = new AbortController();
  void llm.nextRequest().then(() => controller.abort());
  const result = await probeOpenAiKey({
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    timeoutMs: 5_000,
    signal: controller.signal,
  });
  assert.ok(!result.ok);
  assert.equal(result.error.kind, "aborted");
});

/** The token fields of each chat request the fake received. */
function tokenFields(llm: FakeLlm) {
  return llm.requests.filter((r) => r.path === "/v1/chat/completions").map(
    (r) => {
      const body = r.body as Record<string, unknown>;
      return {
        max_tokens: body.max_tokens,
        max_completion_tokens: body.max_completion_tokens,
      };
    },
  );
}

Deno.test("createOpenAiClient() sends maxTokens as max_tokens and reports a stop at the limit", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  llm.setReply("x".repeat(1000));
  const client = clientFor(llm);
  const cut = await client.complete({ messages: MESSAGES, maxTokens: 50 });
  assert.equal(
    cut.text,
    "x".repeat(200),
    "the fake counts 4 characters a token",
  );
  assert.equal(cut.finishReason, "length");
  const whole = await client.complete({ messages: MESSAGES, maxTokens: 500 });
  assert.equal(whole.text.length, 1000);
  assert.equal(whole.finishReason, "stop");
  assert.deepEqual(tokenFields(llm), [
    { max_tokens: 50, max_completion_tokens: undefined },
    { max_tokens: 500, max_completion_tokens: undefined },
  ]);
});

Deno.test("createOpenAiClient() switches to max_completion_tokens once a reasoning model refuses max_tokens", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "reasoning");
  llm.setReply("y".repeat(400));
  const client = clientFor(llm);
  const first = await client.complete({ messages: MESSAGES, maxTokens: 25 });
  assert.equal(first.text, "y".repeat(100));
  assert.equal(first.finishReason, "length");
  await client.complete({ messages: MESSAGES, maxTokens: 300 });
  assert.deepEqual(tokenFields(llm), [
    { max_tokens: 25, max_completion_tokens: undefined },
    { max_tokens: undefined, max_completion_tokens: 25 },
    // Learned: the next request asks the way the server wants at once.
    { max_tokens: undefined, max_completion_tokens: 300 },
  ]);
});

Deno.test("createOpenAiClient() cuts an answer client-side when the server ignores max_tokens", async () => {
  await using llm = startFakeLlm({ chunkSize: 64 });
  llm.setKeyBehavior(KEY, "unlimited");
  llm.setReply("z".repeat(200_000));
  const deltas: string[] = [];
  const result = await clientFor(llm).complete({
    messages: MESSAGES,
    maxTokens: 100,
    onDelta: (chunk) => deltas.push(chunk),
  });
  assert.equal(result.text.length, 100 * MAX_CHARS_PER_TOKEN);
  assert.equal(deltas.join(""), result.text, "no delta past the cut");
  assert.equal(result.finishReason, "length");
});

Deno.test("createOpenAiClient() calls a stop at the limit before any text a bad request, not a key failure", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  // What a reasoning model that spent the limit thinking streams: blanks at most.
  llm.setReply(" ".repeat(20) + "the answer would start here");
  const error = await failure(
    clientFor(llm).complete({ messages: MESSAGES, maxTokens: 1 }),
  );
  assert.equal(error.kind, "bad_request");
  assert.equal(error.code, "max_tokens_too_low");
  assert.match(error.message, /LLM_MAX_TOKENS/);
});
