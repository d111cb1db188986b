import assert from "node:assert/strict";
import { TELEGRAM_TEXT_LIMIT } from "../../src/telegram/split.ts";
import { textUpdate } from "../fakes/updates.ts";
import { enhancementsLogged, startStack } from "./stack.ts";

const USER = 100_007;
/** What a runaway model writes: 200,000 characters. */
const HUGE = Array.from(
  { length: 4000 },
  (_, i) => `${i}. Repeat the requirements once more, in other words.`,
).join("\n").slice(0, 200_000);

function chatRequests(stack: Awaited<ReturnType<typeof startStack>>) {
  return stack.llm.requests.filter((r) => r.path.endsWith("/chat/completions"));
}

Deno.test("e2e: a runaway answer stops at the category's max_tokens and is delivered, the stop logged", async () => {
  await using stack = await startStack();
  stack.llm.setReply(HUGE);
  const bot = await stack.start();
  stack.tg.queueUpdate(textUpdate({ text: "a todo app spec", userId: USER }));
  const line = await enhancementsLogged(bot).then(() =>
    bot.logs.find((l) => String(l.message).startsWith("Enhanced a prompt"))
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  assert.deepEqual(
    chatRequests(stack).map((r) =>
      (r.body as { max_tokens?: number }).max_tokens
    ),
    [1500],
    "the general category's default limit",
  );
  const shown = stack.tg.messages(USER);
  // 1,500 tokens of the fake (4 characters each) are 6,000 characters: two parts.
  assert.equal(shown.length, 2);
  assert.equal(stack.tg.callsOf("sendDocument").length, 0);
  assert.equal(line?.properties?.finishReason, "length");
  assert.equal(line?.properties?.cut, false);
});

Deno.test("e2e: an answer past MAX_ANSWER_PARTS becomes that many messages and prompt.md", async () => {
  await using stack = await startStack();
  stack.llm.setReply(HUGE);
  const bot = await stack.start({
    LLM_MAX_TOKENS: "200000",
    MAX_ANSWER_PARTS: "4",
  });
  stack.tg.queueUpdate(textUpdate({ text: "a todo app spec", userId: USER }));
  await enhancementsLogged(bot);
  const line = bot.logs.find((l) =>
    String(l.message).startsWith("Enhanced a prompt")
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  const shown = stack.tg.messages(USER);
  assert.equal(shown.length, 5, "4 parts and the file, not 50 messages");
  for (const message of shown.slice(0, 4)) {
    assert.ok("text" in message && message.text);
    assert.ok(message.text.length <= TELEGRAM_TEXT_LIMIT);
  }
  const file = shown[4];
  assert.ok("document" in file && file.document);
  assert.equal(file.document.file_name, "prompt.md");
  assert.match(file.caption ?? "", /too long for the chat/);
  const [upload] = stack.tg.callsOf("sendDocument");
  const bytes = (upload.payload.document as { bytes: Uint8Array }).bytes;
  assert.equal(new TextDecoder().decode(bytes), HUGE.trim());
  assert.equal(line?.properties?.cut, true);
  assert.equal(line?.properties?.messages, 5);
});
