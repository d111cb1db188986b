import assert from "node:assert/strict";
import { Api } from "grammy";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { configureApi, retryApiCalls } from "../../src/telegram/api.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { PrometheusBackend } from "../../src/metrics/prometheus.ts";

const noWait = () => Promise.resolve();

/** A fetch that fails like an unreachable host `failures` times, then passes through. */
function flakyFetch(failures: number) {
  let calls = 0;
  const fetcher = (input: RequestInfo | URL, init?: RequestInit) => {
    calls++;
    if (calls <= failures) {
      return Promise.reject(
        new TypeError("error sending request: Connection refused"),
      );
    }
    return fetch(input, init);
  };
  return { fetch: fetcher, calls: () => calls };
}

Deno.test("configureApi() retries a network error with backoff, then succeeds", async () => {
  await using tg = startFakeTelegram();
  const flaky = flakyFetch(2);
  const api = new Api(tg.token, { apiRoot: tg.apiRoot, fetch: flaky.fetch });
  configureApi(api, { sleep: noWait });
  const me = await api.getMe();
  assert.equal(me.username, "promptsmith_test_bot");
  assert.equal(flaky.calls(), 3);
});

Deno.test("configureApi() gives up after maxAttempts network errors", async () => {
  await using tg = startFakeTelegram();
  const flaky = flakyFetch(10);
  const api = new Api(tg.token, { apiRoot: tg.apiRoot, fetch: flaky.fetch });
  configureApi(api, { sleep: noWait, maxAttempts: 3 });
  await assert.rejects(api.getMe(), { name: "HttpError" });
  assert.equal(flaky.calls(), 3);
});

Deno.test("configureApi() retries 5xx and short flood waits, but not 400 or 403", async () => {
  await using tg = startFakeTelegram();
  const waits: number[] = [];
  const api = configureApi(new Api(tg.token, { apiRoot: tg.apiRoot }), {
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  });
  tg.injectFault("sendMessage", { status: 500 });
  tg.injectFault("sendMessage", { status: 429, retryAfter: 2 });
  const sent = await api.sendMessage(1, "hello");
  assert.equal(sent.text, "hello");
  assert.deepEqual(waits, [250, 2000]);

  tg.injectFault("sendMessage", {
    status: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  await assert.rejects(api.sendMessage(1, "x"), {
    name: "GrammyError",
    error_code: 403,
  });
  tg.injectFault("sendMessage", { status: 429, retryAfter: 120 });
  await assert.rejects(
    api.sendMessage(1, "x"),
    { error_code: 429 },
    "a flood wait over the cap fails at once",
  );
  assert.equal(waits.length, 2);
});

Deno.test("retryApiCalls() leaves getUpdates to the runner", async () => {
  let calls = 0;
  const transformer = retryApiCalls({ sleep: noWait });
  const prev = () => {
    calls++;
    return Promise.resolve({
      ok: false as const,
      error_code: 502,
      description: "Bad Gateway",
    });
  };
  // deno-lint-ignore no-explicit-any
  const result = await transformer(prev as any, "getUpdates", {} as never);
  assert.equal(result.ok, false);
  assert.equal(calls, 1);
});

Deno.test("configureApi() counts every attempt by method, its error codes and 429s apart", async () => {
  await using tg = startFakeTelegram();
  const backend = new PrometheusBackend();
  const metrics = createMetrics(backend);
  const flaky = flakyFetch(1);
  const api = configureApi(
    new Api(tg.token, { apiRoot: tg.apiRoot, fetch: flaky.fetch }),
    { sleep: noWait },
    { metrics: metrics.telegram },
  );
  tg.injectFault("sendMessage", { status: 429, retryAfter: 1 });
  tg.injectFault("sendMessage", { status: 500 });
  // A network error, a 429, a 500, then it lands: four attempts of one call.
  await api.sendMessage(1, "hello");
  tg.injectFault("sendMessage", {
    status: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  await assert.rejects(api.sendMessage(2, "hi"));
  const read = (name: string, labels: Record<string, string>) =>
    backend.read(`promptsmith_${name}`, labels);
  const method = "sendMessage";
  assert.equal(await read("telegram_calls_total", { method }), 5);
  assert.equal(
    await read("telegram_errors_total", { method, code: "network" }),
    1,
  );
  assert.equal(await read("telegram_errors_total", { method, code: "429" }), 1);
  assert.equal(await read("telegram_errors_total", { method, code: "500" }), 1);
  assert.equal(await read("telegram_errors_total", { method, code: "403" }), 1);
  assert.equal(await read("telegram_flood_waits_total", { method }), 1);
  assert.equal(await read("telegram_call_duration_seconds", { method }), 5);
});
