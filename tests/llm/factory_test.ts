import assert from "node:assert/strict";
import { loadConfig } from "../../src/config.ts";
import { createLlmStack } from "../../src/llm/factory.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";
import { chatKeys, manualClock, probeKeys } from "./pool_helpers.ts";

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
