import assert from "node:assert/strict";
import { createKeyProbe } from "../../src/llm/key_probe.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";
import { probeKeys } from "./pool_helpers.ts";

const KEY = "sk-probe-key-abcdefgh1234";

Deno.test("createKeyProbe() in models mode lists the models with the key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "ok");
  const probe = createKeyProbe({
    mode: "models",
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: 2_000,
  });
  const result = await probe();
  assert.equal(result.ok, true);
  assert.deepEqual(probeKeys(llm), [KEY]);
});

Deno.test("createKeyProbe() probes with a chat completion when a call asks for it, whatever its mode", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 402 });
  const probe = createKeyProbe({
    mode: "models",
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: 2_000,
  });
  const result = await probe({ mode: "completion" });
  assert.equal(!result.ok && result.error.status, 402);
  await probe();
  assert.deepEqual(llm.requests.map((r) => r.path), [
    "/v1/chat/completions",
    "/v1/models",
  ]);
});

Deno.test("createKeyProbe() in completion mode returns a failing key's classified error", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 401 });
  let now = 1_000;
  const probe = createKeyProbe({
    mode: "completion",
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: 2_000,
    clock: { now: () => (now += 7) },
  });
  const result = await probe();
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.error.kind, "auth");
  assert.ok(!result.ok && !result.error.message.includes(KEY));
  assert.ok(result.latencyMs > 0);
  assert.deepEqual(llm.requests.map((r) => r.path), ["/v1/chat/completions"]);
});

Deno.test("createKeyProbe() stops a hung probe when its signal aborts", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, "hang");
  const probe = createKeyProbe({
    mode: "completion",
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: "fake-model",
    timeoutMs: 60_000,
  });
  const controller = new AbortController();
  const pending = probe({ signal: controller.signal });
  await llm.nextRequest();
  controller.abort();
  const result = await pending;
  assert.equal(!result.ok && result.error.kind, "aborted");
});

Deno.test("createKeyProbe() rejects unusable options at once", () => {
  const options = {
    mode: "models" as const,
    baseUrl: "http://127.0.0.1:9/v1",
    apiKey: KEY,
    model: "m",
    timeoutMs: 1_000,
  };
  assert.throws(() => createKeyProbe({ ...options, apiKey: " " }), TypeError);
  assert.throws(
    () => createKeyProbe({ ...options, baseUrl: "nope" }),
    TypeError,
  );
  assert.throws(() => createKeyProbe({ ...options, timeoutMs: 0 }), RangeError);
});
