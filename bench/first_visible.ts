/**
 * First token → visible text: how long after the model's first visible token
 * (the first word of the prompt; the hidden analysis before it is covered by
 * Telegram's "Thinking…" draft, sent when the job starts) the user's chat
 * shows text, for the two ways an answer streams — ephemeral
 * drafts (`sendMessageDraft`, private chats) and an edited message (groups,
 * or where drafts are refused). Each run streams one answer through the real
 * path (the enhancer's visible-text filter, StreamingReply, grammY's API
 * client) to the fake Telegram over HTTP on 127.0.0.1, whose answer is
 * delayed by `--telegram-ms` to stand in for Telegram's round trip; the
 * clock stops when the fake has the first call carrying text.
 *
 *     deno run -A bench/first_visible.ts [--runs 200] [--telegram-ms 0]
 *
 * @module
 */
import { parseArgs } from "node:util";
import { enhancePrompt } from "../src/enhance/enhancer.ts";
import type { LlmProvider } from "../src/llm/provider.ts";
import { createApi } from "../src/telegram/api.ts";
import { StreamingReply } from "../src/telegram/stream.ts";
import { startFakeTelegram } from "../tests/fakes/telegram_api.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    "telegram-ms": { type: "string", default: "0" },
  },
});
const runs = Number(values.runs);
const telegramMs = Number(values["telegram-ms"]);

await using tg = startFakeTelegram();
const api = createApi(tg.token, { apiRoot: tg.apiRoot });
const clock = { now: () => performance.now() };

/** One answer streamed to `chatId`; milliseconds from its first token to the first text call. */
async function once(chatId: number, drafts: boolean): Promise<number> {
  if (telegramMs > 0) {
    tg.injectFault(drafts ? "sendMessageDraft" : "sendMessage", {
      delayMs: telegramMs,
    });
  }
  const method = drafts ? "sendMessageDraft" : "sendMessage";
  const before = tg.callsOf(method).length;
  let firstToken = 0;
  const provider: LlmProvider = {
    async complete(request) {
      const answer =
        "<analysis>plan it</analysis><prompt>A moody poster for a jazz night.</prompt>";
      for (let i = 0; i < answer.length; i += 6) {
        request.onDelta?.(answer.slice(i, i + 6));
        await Promise.resolve();
      }
      return { text: answer, model: "m", keyHint: "…k" };
    },
  };
  const reply = new StreamingReply(api, chatId, {
    clock,
    drafts: drafts ? { draftId: 7 } : undefined,
  });
  const shown = tg.waitForCall(
    method,
    (call) =>
      tg.callsOf(method).indexOf(call) >= before &&
      String(call.payload.text ?? "") !== "",
    10_000,
  ).then(() => performance.now());
  const result = await enhancePrompt(
    "a poster for a jazz night",
    { provider },
    {
      category: "image",
      onDelta: (chunk) => {
        if (firstToken === 0) firstToken = performance.now();
        reply.push(chunk);
      },
      onReset: () => reply.reset(),
    },
  );
  const visibleAt = await shown;
  await reply.finish(result.source === "rejected" ? "-" : result.text);
  return visibleAt - firstToken;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const rows: string[] = [];
for (
  const [name, drafts, chatId] of [
    ["drafts (sendMessageDraft)", true, 501],
    ["edits (sendMessage, then editMessageText)", false, -502],
  ] as const
) {
  for (let i = 0; i < 10; i++) await once(chatId, drafts); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(chatId, drafts));
  times.sort((a, b) => a - b);
  rows.push(
    `| ${name} | ${runs} | ${quantile(times, 0.5).toFixed(1)} ms | ${
      quantile(times, 0.95).toFixed(1)
    } ms | ${times.at(-1)!.toFixed(1)} ms |`,
  );
}
console.log(
  `First token → visible text, Telegram round trip ${telegramMs} ms (fake on 127.0.0.1):\n`,
);
console.log("| Streaming | Runs | p50 | p95 | max |");
console.log("|---|---|---|---|---|");
for (const row of rows) console.log(row);
