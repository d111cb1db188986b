import assert from "node:assert/strict";
import { startFakeLlm } from "./llm_api.ts";

const KEY = "sk-fake-key-0001";

function chat(
  baseUrl: string,
  body: Record<string, unknown>,
  init: { key?: string; signal?: AbortSignal } = {},
): Promise<Response> {
  return fetch(`${baseUrl}/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(init.key === undefined
        ? {}
        : { authorization: `Bearer ${init.key}` }),
    },
    body: JSON.stringify({ model: "fake-model", ...body }),
    signal: init.signal,
  });
}

function userMessage(content: string) {
  return { messages: [{ role: "user", content }] };
}

/** Reads an SSE body to its end and returns the `data:` payloads in order. */
async function readSseData(response: Response): Promise<string[]> {
  const text = await response.text();
  return text.split("\n\n").filter((event) => event !== "").map((event) => {
    assert.match(event, /^data: /);
    return event.slice("data: ".length);
  });
}

/** Reads a streamed body and returns what arrived before it ended or broke. */
async function readUntilError(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return { text, error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}

function contentOf(data: string[]): string {
  return data
    .filter((payload) => payload !== "[DONE]")
    .map((payload) => JSON.parse(payload).choices[0]?.delta?.content ?? "")
    .join("");
}

Deno.test("startFakeLlm() streams the default reply in several chat.completion.chunk events", async () => {
  await using llm = startFakeLlm({ chunkSize: 5 });
  llm.setKeyBehavior(KEY, "ok");
  const response = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("Write a haiku"),
  }, { key: KEY });

  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "text/event-stream");
  const data = await readSseData(response);
  assert.equal(data.at(-1), "[DONE]");
  const chunks = data.slice(0, -1).map((payload) => JSON.parse(payload));
  assert.ok(chunks.every((chunk) => chunk.object === "chat.completion.chunk"));
  assert.equal(chunks.at(-1).choices[0].finish_reason, "stop");
  const expected = "AI-ENHANCED PROMPT:\nWrite a haiku";
  assert.equal(contentOf(data), expected);
  assert.equal(
    chunks.filter((chunk) => chunk.choices[0].delta.content).length,
    Math.ceil(expected.length / 5),
  );
});

Deno.test("startFakeLlm() records each request with its key, path and parsed body", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  await (await chat(llm.baseUrl, userMessage("one"), { key: KEY })).body
    ?.cancel();
  await (await fetch(`${llm.baseUrl}/models`)).body?.cancel();

  assert.equal(llm.requests.length, 2);
  const [first, second] = llm.requests;
  assert.equal(first.method, "POST");
  assert.equal(first.path, "/v1/chat/completions");
  assert.equal(first.apiKey, KEY);
  assert.deepEqual(first.body, {
    model: "fake-model",
    messages: [{ role: "user", content: "one" }],
  });
  assert.equal(typeof first.time, "number");
  assert.equal(second.method, "GET");
  assert.equal(second.path, "/v1/models");
  assert.equal(second.apiKey, undefined);
  assert.equal(second.body, undefined);
});

Deno.test("startFakeLlm() answers a plain chat.completion when not streaming", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  llm.setReply((body) => `echo ${body.messages?.length} for ${body.model}`);
  const response = await chat(llm.baseUrl, {
    model: "my-model",
    ...userMessage("x"),
  }, { key: KEY });

  assert.equal(response.status, 200);
  const json = await response.json();
  assert.equal(json.object, "chat.completion");
  assert.equal(json.model, "my-model");
  assert.equal(json.choices[0].message.content, "echo 1 for my-model");
  assert.equal(json.choices[0].finish_reason, "stop");

  llm.setReply("fixed");
  const again = await (await chat(llm.baseUrl, userMessage("x"), { key: KEY }))
    .json();
  assert.equal(again.choices[0].message.content, "fixed");
});

Deno.test("startFakeLlm() answers unknown keys 401 in OpenAI's error shape unless a default is set", async () => {
  await using llm = startFakeLlm();
  const unknown = await chat(llm.baseUrl, userMessage("x"), {
    key: "sk-unknown",
  });
  assert.equal(unknown.status, 401);
  const body = await unknown.json();
  assert.equal(body.error.code, "invalid_api_key");
  assert.equal(body.error.type, "invalid_request_error");
  assert.equal(body.error.param, null);
  assert.equal(typeof body.error.message, "string");

  const missing = await chat(llm.baseUrl, userMessage("x"));
  assert.equal(missing.status, 401);
  await missing.body?.cancel();

  llm.setDefaultBehavior("ok");
  const accepted = await chat(llm.baseUrl, userMessage("x"), {
    key: "sk-unknown",
  });
  assert.equal(accepted.status, 200);
  await accepted.body?.cancel();

  llm.setDefaultBehavior(undefined);
  const refused = await chat(llm.baseUrl, userMessage("x"), {
    key: "sk-unknown",
  });
  assert.equal(refused.status, 401);
  await refused.body?.cancel();
});

Deno.test("setKeyBehavior() answers the configured status, message and Retry-After", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior("sk-limited", { status: 429, retryAfterSeconds: 7 });
  llm.setKeyBehavior("sk-long", { status: 400, message: "Too long" });
  llm.setKeyBehavior("sk-broken", { status: 500 });
  llm.setKeyBehavior("sk-dated", {
    status: 429,
    headers: { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" },
  });

  const limited = await chat(llm.baseUrl, userMessage("x"), {
    key: "sk-limited",
  });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get("retry-after"), "7");
  assert.equal((await limited.json()).error.code, "rate_limit_exceeded");

  const long = await chat(llm.baseUrl, userMessage("x"), { key: "sk-long" });
  assert.equal(long.status, 400);
  assert.deepEqual((await long.json()).error, {
    message: "Too long",
    type: "invalid_request_error",
    param: null,
    code: "context_length_exceeded",
  });

  const broken = await chat(llm.baseUrl, userMessage("x"), {
    key: "sk-broken",
  });
  assert.equal(broken.status, 500);
  assert.equal((await broken.json()).error.type, "server_error");

  const dated = await chat(llm.baseUrl, userMessage("x"), { key: "sk-dated" });
  assert.equal(
    dated.headers.get("retry-after"),
    "Wed, 21 Oct 2015 07:28:00 GMT",
  );
  await dated.body?.cancel();
});

Deno.test("startFakeLlm() lists models and applies the key behaviour to GET /v1/models", async () => {
  await using llm = startFakeLlm({ models: ["a", "b"] });
  llm.setKeyBehavior(KEY, "ok");
  llm.setKeyBehavior("sk-denied", { status: 403 });
  const headers = (key: string) => ({ authorization: `Bearer ${key}` });

  const listed = await fetch(`${llm.baseUrl}/models`, {
    headers: headers(KEY),
  });
  const json = await listed.json();
  assert.equal(json.object, "list");
  assert.deepEqual(json.data.map((model: { id: string }) => model.id), [
    "a",
    "b",
  ]);

  const denied = await fetch(`${llm.baseUrl}/models`, {
    headers: headers("sk-denied"),
  });
  assert.equal(denied.status, 403);
  await denied.body?.cancel();

  const unknownRoute = await fetch(`${llm.baseUrl}/embeddings`, {
    headers: headers(KEY),
  });
  assert.equal(unknownRoute.status, 404);
  await unknownRoute.body?.cancel();
});

Deno.test("startFakeLlm() answers malformed JSON and broken SSE for a malformed key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "malformed");

  const plain = await chat(llm.baseUrl, userMessage("x"), { key: KEY });
  assert.equal(plain.status, 200);
  await assert.rejects(plain.json(), SyntaxError);

  const streamed = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("x"),
  }, { key: KEY });
  assert.equal(streamed.status, 200);
  const data = await readSseData(streamed);
  assert.ok(data.some((payload) => {
    try {
      JSON.parse(payload);
      return false;
    } catch {
      return true;
    }
  }));

  const models = await fetch(`${llm.baseUrl}/models`, {
    headers: { authorization: `Bearer ${KEY}` },
  });
  await assert.rejects(models.json(), SyntaxError);
});

Deno.test("startFakeLlm() answers an empty completion for an empty key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "empty");
  const streamed = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("x"),
  }, { key: KEY });
  const data = await readSseData(streamed);
  assert.equal(contentOf(data), "");
  assert.equal(data.at(-1), "[DONE]");
});

Deno.test("startFakeLlm() hangs a request until the client aborts it", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "hang");
  const started = performance.now();
  await assert.rejects(
    chat(llm.baseUrl, userMessage("x"), {
      key: KEY,
      signal: AbortSignal.timeout(100),
    }),
    (error: Error) => error.name === "TimeoutError",
  );
  assert.ok(performance.now() - started >= 90);
});

Deno.test("close() ends a hung request", async () => {
  const llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "hang");
  const pending = chat(llm.baseUrl, userMessage("x"), { key: KEY }).then(
    async (response) => {
      await response.body?.cancel();
      return response.status;
    },
    (error: Error) => error.name,
  );
  await llm.nextRequest();
  await llm.close();
  const outcome = await pending;
  assert.ok(
    outcome === 503 || outcome === "TypeError",
    `unexpected outcome: ${outcome}`,
  );
});

Deno.test("startFakeLlm() waits before each chunk of a slow stream", async () => {
  await using llm = startFakeLlm({ chunkSize: 100 });
  llm.setKeyBehavior(KEY, { slow: { chunkDelayMs: 60 } });
  llm.setReply("abc");
  const started = performance.now();
  const response = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("x"),
  }, { key: KEY });
  const headersAfter = performance.now() - started;
  const data = await readSseData(response);
  const total = performance.now() - started;

  assert.equal(contentOf(data), "abc");
  assert.ok(headersAfter < 60, `headers took ${headersAfter}ms`);
  // One content chunk, the finish chunk and [DONE] each wait 60 ms.
  assert.ok(total >= 170, `stream took ${total}ms`);
});

Deno.test("close() ends a slow stream midway", async () => {
  const llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { slow: { chunkDelayMs: 10_000 } });
  const response = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("x"),
  }, { key: KEY });
  const reading = readUntilError(response);
  await llm.close();
  const { error } = await reading;
  assert.ok(error instanceof TypeError);
});

Deno.test("startFakeLlm() drops the connection after breakAfterChunks content chunks", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY, { breakAfterChunks: 2 });
  const response = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("x"),
  }, { key: KEY });
  assert.equal(response.status, 200);
  const { text, error } = await readUntilError(response);

  assert.ok(error instanceof TypeError);
  const data = text.split("\n\n").filter((event) => event !== "").map((event) =>
    event.slice(6)
  );
  assert.equal(contentOf(data), "AI-ENHAN");
  assert.ok(!data.includes("[DONE]"));
});

Deno.test("startFakeLlm() ends the stream cleanly but early after endAfterChunks", async () => {
  await using llm = startFakeLlm({ chunkSize: 4 });
  llm.setKeyBehavior(KEY, { endAfterChunks: 1 });
  const response = await chat(llm.baseUrl, {
    stream: true,
    ...userMessage("x"),
  }, { key: KEY });
  const data = await readSseData(response);

  assert.equal(contentOf(data), "AI-E");
  assert.ok(!data.includes("[DONE]"));
  assert.ok(
    data.every((payload) =>
      JSON.parse(payload).choices[0].finish_reason === null
    ),
  );
});

Deno.test("waitForRequests() resolves once the count is reached and rejects on timeout", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  const waiting = llm.waitForRequests(2);
  const next = llm.nextRequest();
  await (await chat(llm.baseUrl, userMessage("first"), { key: KEY })).body
    ?.cancel();
  assert.deepEqual((await next).body, {
    model: "fake-model",
    messages: [{ role: "user", content: "first" }],
  });
  await (await chat(llm.baseUrl, userMessage("second"), { key: KEY })).body
    ?.cancel();
  assert.equal((await waiting).length, 2);

  assert.equal((await llm.waitForRequests(1)).length, 2);
  await assert.rejects(
    llm.waitForRequests(3, 20),
    /did not receive 3 request\(s\) within 20ms: got 2/,
  );
  await assert.rejects(llm.nextRequest(20), /did not receive 3 request\(s\)/);
});

Deno.test("startFakeLlm() rejects a chunk size below 1", () => {
  assert.throws(() => startFakeLlm({ chunkSize: 0 }), RangeError);
});

Deno.test("close() rejects pending waits and leaves no timer behind", async () => {
  const llm = startFakeLlm();
  const rejected = assert.rejects(
    llm.waitForRequests(1, 60_000),
    /closed before receiving 1 request\(s\)/,
  );
  await llm.close();
  await rejected;
});

Deno.test("startFakeLlm() honours max_tokens: it stops there with finish_reason length", async () => {
  await using llm = startFakeLlm({ chunkSize: 10 });
  llm.setKeyBehavior(KEY, "ok");
  llm.setReply("a".repeat(100));
  const streamed = await readSseData(
    await chat(llm.baseUrl, {
      ...userMessage("hi"),
      stream: true,
      max_tokens: 5,
    }, {
      key: KEY,
    }),
  );
  assert.equal(contentOf(streamed), "a".repeat(20));
  const reasons = streamed.filter((d) => d !== "[DONE]").map((d) =>
    JSON.parse(d).choices[0]?.finish_reason
  ).filter((r) => r);
  assert.deepEqual(reasons, ["length"]);
  const plain = await (await chat(llm.baseUrl, {
    ...userMessage("hi"),
    max_completion_tokens: 10,
  }, { key: KEY })).json();
  assert.equal(plain.choices[0].message.content, "a".repeat(40));
  assert.equal(plain.choices[0].finish_reason, "length");
  const roomy = await (await chat(llm.baseUrl, {
    ...userMessage("hi"),
    max_tokens: 25,
  }, { key: KEY })).json();
  assert.equal(roomy.choices[0].finish_reason, "stop");
  assert.deepEqual(
    llm.requests.map((r) => (r.body as { max_tokens?: number }).max_tokens),
    [5, undefined, 25],
    "the limit is recorded with each request",
  );
});

Deno.test("startFakeLlm() as a reasoning model refuses max_tokens and takes max_completion_tokens", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "reasoning");
  const refused = await chat(llm.baseUrl, {
    ...userMessage("hi"),
    max_tokens: 5,
  }, { key: KEY });
  assert.equal(refused.status, 400);
  const { error } = await refused.json();
  assert.equal(error.param, "max_tokens");
  assert.equal(error.code, "unsupported_parameter");
  const taken = await chat(llm.baseUrl, {
    ...userMessage("hi"),
    max_completion_tokens: 5,
  }, { key: KEY });
  assert.equal(taken.status, 200);
  await taken.body?.cancel();
});

Deno.test("startFakeLlm() as an unlimited server ignores max_tokens", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "unlimited");
  llm.setReply("b".repeat(100));
  const body = await (await chat(llm.baseUrl, {
    ...userMessage("hi"),
    max_tokens: 1,
  }, { key: KEY })).json();
  assert.equal(body.choices[0].message.content.length, 100);
  assert.equal(body.choices[0].finish_reason, "stop");
});
