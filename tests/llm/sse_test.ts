import assert from "node:assert/strict";
import OpenAI from "openai";
import { Stream } from "openai/core/streaming";
import {
  chatCompletionChunks,
  type ServerSentEvent,
  serverSentEvents,
} from "../../src/llm/sse.ts";

const encoder = new TextEncoder();

/** A body that hands out `parts` one read at a time; `cancelled` tells whether it was cancelled. */
function bodyOf(parts: (string | Uint8Array)[]) {
  let i = 0;
  const state = { cancelled: false, reads: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.reads++;
      if (i >= parts.length) return controller.close();
      const part = parts[i++];
      controller.enqueue(
        typeof part === "string" ? encoder.encode(part) : part,
      );
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

async function eventsOf(parts: (string | Uint8Array)[]) {
  const events: ServerSentEvent[] = [];
  for await (const event of serverSentEvents(bodyOf(parts).stream)) {
    events.push(event);
  }
  return events;
}

/** Every way to cut `text` in two, as bytes (so UTF-8 sequences are cut too). */
function everySplit(text: string): Uint8Array[][] {
  const bytes = encoder.encode(text);
  return Array.from(
    { length: bytes.length + 1 },
    (_, at) => [bytes.slice(0, at), bytes.slice(at)],
  );
}

Deno.test("serverSentEvents() reads LF, CRLF and CR line ends, comments, fields and multi-line data", async () => {
  const text = ": a comment\n" +
    "data: one\n\n" +
    "event: error\r\ndata: two\r\ndata:  three\r\n\r\n" +
    "id: 7\rdata:four\rretry: 10\r\r" +
    "data\n\n";
  const expected: ServerSentEvent[] = [
    { event: undefined, data: "one" },
    { event: "error", data: "two\n three" },
    { event: undefined, data: "four" },
    { event: undefined, data: "" },
  ];
  assert.deepEqual(await eventsOf([text]), expected);
  // The same wherever the body is cut: in a CRLF, in a field, in a UTF-8 sequence.
  for (const parts of everySplit(text)) {
    assert.deepEqual(await eventsOf(parts), expected);
  }
  for (const parts of everySplit("data: привет 😀\r\n\r\n")) {
    assert.deepEqual(await eventsOf(parts), [
      { event: undefined, data: "привет 😀" },
    ]);
  }
});

Deno.test("serverSentEvents() dispatches a last event without its blank line, as the SDK does", async () => {
  for (const end of ["", "\n", "\r", "\r\n"]) {
    assert.deepEqual(await eventsOf(["data: a\n\ndata: b" + end]), [
      { event: undefined, data: "a" },
      { event: undefined, data: "b" },
    ]);
  }
  const sdk: unknown[] = [];
  const { stream } = bodyOf(['data: {"a":1}\n\ndata: {"b":2}\n']);
  for await (
    const item of Stream.fromSSEResponse(
      new Response(stream),
      new AbortController(),
    )
  ) sdk.push(item);
  assert.deepEqual(sdk, [{ a: 1 }, { b: 2 }]);
});

Deno.test("serverSentEvents() cancels the body when the reader stops early", async () => {
  const { stream, state } = bodyOf([
    "data: a\n\n",
    "data: b\n\n",
    "data: c\n\n",
  ]);
  for await (const event of serverSentEvents(stream)) {
    assert.equal(event.data, "a");
    break;
  }
  assert.equal(state.cancelled, true);
});

Deno.test("serverSentEvents() ends quietly on an abort and throws any other read error", async () => {
  const controller = new AbortController();
  const failing = (error: Error) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(encoder.encode("data: a\n\n"));
      },
      pull(c) {
        controller.abort();
        c.error(error);
      },
    });
  const seen: string[] = [];
  for await (
    const event of serverSentEvents(
      failing(new DOMException("aborted", "AbortError")),
      controller.signal,
    )
  ) seen.push(event.data);
  assert.deepEqual(seen, ["a"]);
  await assert.rejects(async () => {
    for await (const _ of serverSentEvents(failing(new TypeError("reset")))) {
      // reading until it fails
    }
  }, TypeError);
});

const streamError = (error: unknown, headers: Headers) =>
  new OpenAI.APIError(undefined, error as object, undefined, headers);

async function chunksOf(text: string) {
  const chunks: unknown[] = [];
  for await (
    const chunk of chatCompletionChunks(new Response(bodyOf([text]).stream), {
      streamError,
    })
  ) chunks.push(chunk);
  return chunks;
}

Deno.test("chatCompletionChunks() yields the JSON chunks up to [DONE], like the SDK", async () => {
  const text = 'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n' +
    'data: {"choices":[{"delta":{"content":"!"}}]}\n\n' +
    "data: [DONE]\n\n" +
    'data: {"after":"done"}\n\n';
  const ours = await chunksOf(text);
  const sdk: unknown[] = [];
  for await (
    const item of Stream.fromSSEResponse(
      new Response(bodyOf([text]).stream),
      new AbortController(),
    )
  ) sdk.push(item);
  assert.deepEqual(ours, sdk);
  assert.equal(ours.length, 2);
});

Deno.test("chatCompletionChunks() throws the SDK's APIError for an error event or a chunk with an error", async () => {
  await assert.rejects(
    chunksOf('event: error\ndata: {"error":{"message":"overloaded"}}\n\n'),
    (error) =>
      error instanceof OpenAI.APIError && /overloaded/.test(error.message),
  );
  await assert.rejects(
    chunksOf('data: {"error":{"message":"quota","code":"x"}}\n\n'),
    (error) => error instanceof OpenAI.APIError && /quota/.test(error.message),
  );
});

Deno.test("chatCompletionChunks() throws a SyntaxError for data that is not JSON", async () => {
  await assert.rejects(chunksOf("data: {nope\n\n"), SyntaxError);
});
