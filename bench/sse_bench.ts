/**
 * Reading one streamed Chat Completions answer (800 characters in 8-character
 * chunks, as `deno task load` streams them): the openai SDK's own stream
 * against src/llm/sse.ts. CPU only: the body is in memory.
 *
 * ```sh
 * deno bench -A bench/sse_bench.ts
 * ```
 *
 * @module
 */
import OpenAI from "openai";
import { Stream } from "openai/core/streaming";
import { chatCompletionChunks } from "../src/llm/sse.ts";

const CHUNKS = 100;
const encoder = new TextEncoder();
const events = Array.from(
  { length: CHUNKS },
  (_, i) =>
    `data: ${
      JSON.stringify({
        id: "chatcmpl-1",
        object: "chat.completion.chunk",
        created: 1,
        model: "fake",
        choices: [{
          index: 0,
          delta: { content: `part${String(i).padStart(3, "0")} ` },
          finish_reason: null,
        }],
      })
    }\n\n`,
);
events.push("data: [DONE]\n\n");
const bytes = events.map((event) => encoder.encode(event));

function body(): Response {
  let i = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < bytes.length) controller.enqueue(bytes[i++]);
        else controller.close();
      },
    }),
    { headers: { "content-type": "text/event-stream" } },
  );
}

function contentOf(chunk: unknown): string {
  return (chunk as { choices?: { delta?: { content?: string } }[] })
    .choices?.[0]?.delta?.content ?? "";
}

Deno.bench("openai SDK Stream.fromSSEResponse, 100 chunks", {
  group: "sse",
  baseline: true,
}, async () => {
  const controller = new AbortController();
  let text = "";
  for await (const chunk of Stream.fromSSEResponse(body(), controller)) {
    text += contentOf(chunk);
  }
  if (text.length === 0) throw new Error("nothing read");
});

Deno.bench(
  "src/llm/sse.ts chatCompletionChunks, 100 chunks",
  { group: "sse" },
  async () => {
    let text = "";
    for await (
      const chunk of chatCompletionChunks(body(), {
        streamError: (error) =>
          new OpenAI.APIError(
            undefined,
            error as object,
            undefined,
            new Headers(),
          ),
      })
    ) {
      text += contentOf(chunk);
    }
    if (text.length === 0) throw new Error("nothing read");
  },
);
