import assert from "node:assert/strict";
import { loadConfig } from "../../src/config/config.ts";
import { createLlmStack } from "../../src/llm/factory.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";
import {
  chatKeys,
  instantSleep,
  manualClock,
  modelsListedToAnyKey,
  probeKeys,
} from "./pool_helpers.ts";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const PRIMARY = "sk-primary-key-aaaa1111";
const FALLBACK = "gsk-fallback-key-bbbb2222";
const MESSAGES = [{ role: "user" as const, content: "a haiku about rain" }];

Deno.test("createLlmStack() has no provider and no keys without LLM_API_KEYS", async () => {
  using kv = await Deno.openKv(":memory:");
  const stack = createLlmStack(loadConfig({ BOT_TOKEN: TOKEN }).llm, { kv });
  assert.equal(stack.provider, null);
  assert.deepEqual(await stack.keyStatus(), []);
  assert.deepEqual(await stack.runHealthCheck(), {
    probed: [],
    skipped: 0,
    failed: 0,
  });
});

Deno.test("createLlmStack() falls back down the configured chain, and its health check probes the parked key", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(PRIMARY, { status: 401 });
  llm.setKeyBehavior(FALLBACK, "ok");
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEYS: PRIMARY,
    LLM_MODEL: "big-model",
    LLM_FALLBACKS: "cheap",
    LLM_CHEAP_BASE_URL: llm.baseUrl,
    LLM_CHEAP_API_KEYS: FALLBACK,
    LLM_CHEAP_MODEL: "small-model",
  });
  const clock = manualClock();
  const stack = createLlmStack(config.llm, { kv, clock });
  const result = await stack.provider!.complete({ messages: MESSAGES });
  assert.equal(result.model, "small-model");
  assert.equal(result.keyHint, "…2222");
  assert.deepEqual(chatKeys(llm), [PRIMARY, FALLBACK]);
  const status = await stack.keyStatus();
  assert.deepEqual(
    status.map((s) => [s.provider, s.keyHint, s.parked, s.lastErrorKind]),
    [["primary", "…1111", true, "auth"], ["cheap", "…2222", false, null]],
  );

  llm.setKeyBehavior(PRIMARY, "ok");
  const report = await stack.runHealthCheck();
  assert.deepEqual(report.probed.map((p) => [p.keyHint, p.ok]), [
    ["…1111", true],
  ]);
  assert.deepEqual(probeKeys(llm), [PRIMARY]);
  const again = await stack.provider!.complete({ messages: MESSAGES });
  assert.equal(again.model, "big-model");
});

Deno.test("createLlmStack() probes with a chat completion when LLM_PROBE is completion", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(PRIMARY, { status: 500 });
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEYS: PRIMARY,
    LLM_PROBE: "completion",
  });
  const clock = manualClock();
  const waits: number[] = [];
  const stack = createLlmStack(config.llm, {
    kv,
    clock,
    sleep: (ms) => {
      waits.push(ms);
      clock.advance(ms);
      return Promise.resolve();
    },
  });
  await assert.rejects(stack.provider!.complete({ messages: MESSAGES }));
  assert.equal(waits.length, 2, "two waits between three rounds");
  assert.deepEqual((await stack.keyStatus()).map((s) => s.state), ["open"]);
  llm.setKeyBehavior(PRIMARY, "ok");
  const before = chatKeys(llm).length;
  const report = await stack.runHealthCheck();
  assert.equal(report.probed[0]?.ok, true);
  assert.equal(chatKeys(llm).length, before + 1);
  assert.deepEqual(probeKeys(llm), []);
  const probe = llm.requests.at(-1)!.body as { messages: unknown[] };
  assert.equal(probe.messages.length, 1);
});

Deno.test("createLlmStack() probes a key without balance with a chat completion though LLM_PROBE is models", async (t) => {
  const noBalance = [
    { status: 402 },
    { status: 429, code: "insufficient_quota", type: "insufficient_quota" },
  ];
  for (const behavior of noBalance) {
    await t.step(`${behavior.status}`, async () => {
      await using llm = startFakeLlm();
      using kv = await Deno.openKv(":memory:");
      llm.setKeyBehavior(PRIMARY, behavior);
      llm.setKeyBehavior(FALLBACK, "ok");
      const config = loadConfig({
        BOT_TOKEN: TOKEN,
        LLM_BASE_URL: llm.baseUrl,
        LLM_API_KEYS: `${PRIMARY},${FALLBACK}`,
        LLM_PROBE: "models",
      });
      const listed: string[] = [];
      const stack = createLlmStack(config.llm, {
        kv,
        clock: manualClock(),
        fetch: modelsListedToAnyKey(listed),
      });
      const ask = () => stack.provider!.complete({ messages: MESSAGES });
      assert.equal((await ask()).keyHint, "…2222");

      // Still no balance: the completion probe fails, the key stays parked.
      const report = await stack.runHealthCheck();
      assert.deepEqual(
        report.probed.map((
          p,
        ) => [p.keyHint, p.ok, p.code, p.forcedCompletion, p.parked]),
        [["…1111", false, "insufficient_quota", true, true]],
      );
      assert.deepEqual(listed, [], "GET /models would have said the key works");
      assert.deepEqual(chatKeys(llm), [PRIMARY, FALLBACK, PRIMARY]);
      assert.equal((await ask()).keyHint, "…2222");
      assert.equal((await ask()).keyHint, "…2222");
      assert.deepEqual(
        chatKeys(llm).slice(3),
        [FALLBACK, FALLBACK],
        "no user request goes to the key without balance",
      );

      // Topped up: the next probe puts it back in service.
      llm.setKeyBehavior(PRIMARY, "ok");
      const again = await stack.runHealthCheck();
      assert.deepEqual(again.probed.map((p) => [p.ok, p.parked]), [[
        true,
        false,
      ]]);
      assert.equal((await ask()).keyHint, "…1111");
      assert.deepEqual(listed, []);
    });
  }
});

Deno.test("createLlmStack() caps a day-long Retry-After at LLM_RETRY_AFTER_MAX_MS, and the health check ends it sooner", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(PRIMARY, { status: 429, retryAfterSeconds: 86_400 });
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEYS: PRIMARY,
    LLM_RETRY_AFTER_MAX_MS: "120000",
  });
  const clock = manualClock();
  const waits: number[] = [];
  const stack = createLlmStack(config.llm, {
    kv,
    clock,
    sleep: instantSleep(clock, waits),
  });
  await assert.rejects(stack.provider!.complete({ messages: MESSAGES }));
  const [limited] = await stack.keyStatus();
  assert.equal(limited.lastErrorKind, "rate_limit");
  assert.equal(limited.cooldownLeftMs, 120_000, "capped, not 86,400 s");

  // The provider answers again before the cap is over: the probe sees it.
  llm.setKeyBehavior(PRIMARY, "ok");
  clock.advance(30_000);
  const report = await stack.runHealthCheck();
  assert.deepEqual(report.probed.map((p) => [p.keyHint, p.ok]), [
    ["…1111", true],
  ]);
  const [back] = await stack.keyStatus();
  assert.equal(back.cooldownLeftMs, 0);
  const answer = await stack.provider!.complete({ messages: MESSAGES });
  assert.equal(answer.keyHint, "…1111");
});

Deno.test("createLlmStack() sends the token limit with every key it tries", async () => {
  await using llm = startFakeLlm();
  using kv = await Deno.openKv(":memory:");
  llm.setKeyBehavior(PRIMARY, { status: 500 });
  llm.setKeyBehavior(FALLBACK, "ok");
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEYS: `${PRIMARY},${FALLBACK}`,
  });
  const stack = createLlmStack(config.llm, { kv, clock: manualClock() });
  await stack.provider!.complete({ messages: MESSAGES, maxTokens: 321 });
  assert.deepEqual(
    llm.requests.filter((r) => r.path.endsWith("/chat/completions")).map((
      r,
    ) => [r.apiKey, (r.body as { max_tokens?: number }).max_tokens]),
    [[PRIMARY, 321], [FALLBACK, 321]],
  );
});
