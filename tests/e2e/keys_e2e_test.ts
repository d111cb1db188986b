import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { enhancementsLogged, KEY_ONE, KEY_TWO, startStack } from "./stack.ts";
import { copyable, en } from "../support.ts";

const USER = 100_007;
const DEADLINE_MS = 2_000;

/** The texts the user's chat shows now, edits applied. */
function shown(stack: Awaited<ReturnType<typeof startStack>>): string[] {
  return stack.tg.messages(USER).map((m) => ("text" in m ? m.text ?? "" : ""));
}

/** What each message offers to copy. */
function prompts(stack: Awaited<ReturnType<typeof startStack>>): string[] {
  return stack.tg.messages(USER).map((m) => copyable("text" in m ? m : {}));
}

function chatCalls(stack: Awaited<ReturnType<typeof startStack>>): number {
  return stack.llm.requests.filter((r) => r.path.endsWith("/chat/completions"))
    .length;
}

Deno.test("e2e keys: hung keys → labelled offline answer within the deadline; keys back → AI answers again", async () => {
  await using stack = await startStack();
  stack.llm.setKeyBehavior(KEY_ONE, "hang");
  stack.llm.setKeyBehavior(KEY_TWO, "hang");
  const bot = await stack.start({
    LLM_DEADLINE_MS: String(DEADLINE_MS),
    LLM_FIRST_TOKEN_MS: "1000",
  });

  const started = performance.now();
  stack.tg.queueUpdate(
    textUpdate({ text: "a logo for a bakery", userId: USER }),
  );
  await enhancementsLogged(bot, 1);
  const elapsed = performance.now() - started;
  const [offline] = shown(stack);
  assert.ok(
    offline.includes(en("answer-offline-unavailable")),
    offline.slice(0, 160),
  );
  assert.match(offline, /bakery/);
  const buttons = JSON.stringify(stack.tg.messages(USER)[0].reply_markup);
  assert.match(buttons, /Try again with AI/);
  // The deadline bounds the wait for the AI; the rest is Telegram round trips.
  assert.ok(elapsed < DEADLINE_MS + 1_500, `answered after ${elapsed} ms`);
  const keys = stack.llm.requests.map((r) => r.apiKey);
  assert.deepEqual(keys.slice(0, 2), [KEY_ONE, KEY_TWO]);

  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  stack.llm.setKeyBehavior(KEY_TWO, "ok");
  stack.tg.queueUpdate(
    textUpdate({ text: "a logo for a bakery", userId: USER }),
  );
  await enhancementsLogged(bot, 2);
  const answer = prompts(stack).at(-1)!;
  assert.ok(answer.startsWith("AI-ENHANCED PROMPT:"), answer);
  assert.match(answer, /a logo for a bakery/);
});

Deno.test("e2e keys: rate-limited keys are skipped while they cool down, then answer again", async () => {
  await using stack = await startStack();
  const limited = { status: 429, headers: { "retry-after-ms": "1500" } };
  stack.llm.setKeyBehavior(KEY_ONE, limited);
  stack.llm.setKeyBehavior(KEY_TWO, limited);
  const bot = await stack.start({ LLM_DEADLINE_MS: String(DEADLINE_MS) });

  stack.tg.queueUpdate(
    textUpdate({ text: "a poster for a jazz night", userId: USER }),
  );
  await enhancementsLogged(bot, 1);
  const cooledAt = performance.now();
  assert.equal(chatCalls(stack), 2);
  assert.ok(shown(stack)[0].includes(en("answer-offline-unavailable")));

  // Both keys cool down: offline at once, without calling them.
  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  stack.llm.setKeyBehavior(KEY_TWO, "ok");
  stack.tg.queueUpdate(
    textUpdate({ text: "a poster for a jazz night", userId: USER }),
  );
  await enhancementsLogged(bot, 2);
  assert.ok(performance.now() - cooledAt < 1_500, "the test was too slow");
  assert.equal(chatCalls(stack), 2);
  assert.ok(shown(stack)[1].includes(en("answer-offline-unavailable")));

  // Cooldown over: the AI answers again.
  const left = 1_500 - (performance.now() - cooledAt);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, left) + 50));
  stack.tg.queueUpdate(
    textUpdate({ text: "a poster for a jazz night", userId: USER }),
  );
  await enhancementsLogged(bot, 3);
  assert.equal(chatCalls(stack), 3);
  const answer = prompts(stack).at(-1)!;
  assert.ok(answer.startsWith("AI-ENHANCED PROMPT:"), answer);
  assert.match(answer, /a poster for a jazz night/);
});
