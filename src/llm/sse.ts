/**
 * Reading a streamed Chat Completions answer: server-sent events off the
 * response body, one parsed JSON chunk per event.
 *
 * The openai SDK's own stream runs every event through several layers of
 * async generators, a `Promise.race` and an object copy; with a chunk every
 * few characters that was the largest share of the bot's CPU under load
 * (docs/PERFORMANCE.md, "Where the time goes"). The SDK still sends the
 * request, retries it and turns an HTTP error status into its `APIError`;
 * only the body of a successful response is read here, with the SDK's
 * behaviour: `[DONE]` ends the stream, an `error` event or a chunk with an
 * `error` field throws the SDK's `APIError`, a chunk that is not JSON throws
 * a `SyntaxError`, and an abort of `signal` ends the stream quietly.
 *
 * @module
 */

/** One server-sent event: its `event` field, if any, and its data lines joined. */
export interface ServerSentEvent {
  event: string | undefined;
  data: string;
}

const LF = 10;
const CR = 13;

/**
 * The events of an SSE body (the WHATWG event-stream format: `\n`, `\r\n` or
 * `\r` line ends, `:` comments, multi-line `data`). An event is dispatched at
 * its blank line, and the last one also at the end of the body, as the SDK
 * does.
 * Stops reading, and cancels the body, when the consumer stops early. An
 * abort of `signal` ends the events quietly; any other read error is thrown.
 */
export async function* serverSentEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  /** The last chunk ended with CR: a LF starting the next one belongs to it. */
  let afterCr = false;
  let data: string[] = [];
  let event: string | undefined;
  let finished = false;
  /** One line that is not blank: a comment, or a field of the coming event. */
  const readField = (line: string) => {
    if (line.charCodeAt(0) === 58 /* ":" */) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32 /* " " */) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
  };
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch (error) {
        if (signal?.aborted) return;
        throw error;
      }
      if (read.done) {
        finished = true;
        // Servers sometimes leave out the blank line after the last event:
        // it is dispatched all the same, as the SDK does.
        const last = pending + decoder.decode();
        if (last !== "" && !(afterCr && last === "\n")) readField(last);
        if (data.length > 0) yield { event, data: data.join("\n") };
        return;
      }
      let text = pending + decoder.decode(read.value, { stream: true });
      if (afterCr && text.charCodeAt(0) === LF) text = text.slice(1);
      afterCr = false;
      let start = 0;
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code !== LF && code !== CR) continue;
        const line = text.slice(start, at);
        if (code === CR) {
          if (at + 1 < text.length) {
            if (text.charCodeAt(at + 1) === LF) at++;
          } else afterCr = true;
        }
        start = at + 1;
        if (line !== "") {
          readField(line);
          continue;
        }
        if (data.length > 0) yield { event, data: data.join("\n") };
        data = [];
        event = undefined;
      }
      pending = text.slice(start);
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** Builds the SDK's `APIError` for an error the stream carried. */
export type StreamErrorFactory = (error: unknown, headers: Headers) => Error;

/**
 * The JSON chunks of a streamed Chat Completions response, up to `[DONE]`.
 *
 * @throws {SyntaxError} for an event whose data is not JSON
 * @throws what `streamError` builds, for an `error` event or a chunk with an `error` field
 */
export async function* chatCompletionChunks(
  response: Response,
  options: { signal?: AbortSignal; streamError: StreamErrorFactory },
): AsyncGenerator<unknown> {
  if (response.body === null) return;
  for await (const sse of serverSentEvents(response.body, options.signal)) {
    if (sse.data === "[DONE]") return;
    let chunk: unknown;
    try {
      chunk = JSON.parse(sse.data);
    } catch {
      throw new SyntaxError(
        "Error reading response: malformed server-sent event JSON.",
      );
    }
    const carried = (chunk as { error?: unknown } | null)?.error;
    if (sse.event === "error") {
      throw options.streamError(carried ?? chunk, response.headers);
    }
    if (carried) throw options.streamError(carried, response.headers);
    yield chunk;
  }
}
