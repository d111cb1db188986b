import assert from "node:assert/strict";
import {
  checkClock,
  type CheckResult,
  checkWebhook,
  diagnose,
  formatReport,
} from "../../src/console/doctor.ts";
import { loadConfig } from "../../src/config/config.ts";
import { HEALTH_PREFIX } from "../../src/storage/keys.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";

const GOOD_KEY = "sk-doctor-good-key-1111";
const BAD_KEY = "sk-doctor-refused-key-2222";

async function withKvDir<T>(fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-doctor-" });
  try {
    return await fn(`${dir}/kv.sqlite3`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function byName(results: CheckResult[]): Record<string, CheckResult> {
  return Object.fromEntries(results.map((r) => [r.name, r]));
}

Deno.test("diagnose() passes every check against a working Telegram, KV and key, and deletes its KV probe", async () => {
  await using tg = startFakeTelegram();
  await using llm = startFakeLlm();
  llm.setKeyBehavior(GOOD_KEY, "ok");
  await withKvDir(async (kvPath) => {
    const results = await diagnose({
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      KV_PATH: kvPath,
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEYS: GOOD_KEY,
    });
    assert.deepEqual(
      results.map((r) => [r.name, r.status]),
      [
        ["Config", "ok"],
        ["KV", "ok"],
        ["Telegram getMe", "ok"],
        ["Webhook", "ok"],
        ["LLM key primary …1111", "ok"],
        ["Clock", "ok"],
      ],
      formatReport(results),
    );
    assert.match(
      byName(results)["Telegram getMe"].detail,
      /@promptsmith_test_bot/,
    );
    using kv = await Deno.openKv(kvPath);
    assert.deepEqual(
      await Array.fromAsync(kv.list({ prefix: HEALTH_PREFIX })),
      [],
    );
  });
});

Deno.test("diagnose() lists every config problem at once and skips what needs a valid config", async () => {
  const results = await diagnose({ BOT_TOKEN: "nope", PORT: "99999" });
  const config = byName(results).Config;
  assert.equal(config.status, "fail");
  assert.match(config.detail, /BOT_TOKEN/);
  assert.match(config.detail, /PORT/);
  assert.ok(!config.detail.includes("nope"), "secret values are not printed");
  assert.deepEqual(
    results.slice(1).map((r) => r.status),
    ["skip", "skip", "skip", "skip", "skip"],
  );
});

Deno.test("diagnose() fails a refused token and an unreachable Telegram with a fix, never printing the token", async () => {
  await using tg = startFakeTelegram();
  await withKvDir(async (kvPath) => {
    const wrong = "123456789:AAWrongTokenOfAnotherBot_0123456789";
    const refused = byName(
      await diagnose({
        BOT_TOKEN: wrong,
        TELEGRAM_API_ROOT: tg.apiRoot,
        KV_PATH: kvPath,
      }),
    );
    assert.equal(refused["Telegram getMe"].status, "fail");
    assert.match(refused["Telegram getMe"].detail, /refused the token \(401/);
    assert.match(refused["Telegram getMe"].fix ?? "", /BOT_TOKEN/);
    assert.equal(refused.Webhook.status, "skip");

    const closed = startFakeTelegram();
    const root = closed.apiRoot;
    await closed.close();
    const results = await diagnose({
      BOT_TOKEN: wrong,
      TELEGRAM_API_ROOT: root,
      KV_PATH: kvPath,
    });
    const unreachable = byName(results)["Telegram getMe"];
    assert.equal(unreachable.status, "fail");
    assert.match(unreachable.detail, /cannot reach Telegram/);
    assert.ok(
      !formatReport(results).includes(wrong.split(":")[1]),
      formatReport(results),
    );
  });
});

Deno.test("diagnose() probes each LLM key, naming it by its last 4 characters only", async () => {
  await using tg = startFakeTelegram();
  await using llm = startFakeLlm();
  llm.setKeyBehavior(GOOD_KEY, "ok");
  llm.setKeyBehavior(BAD_KEY, { status: 401 });
  await withKvDir(async (kvPath) => {
    const results = await diagnose({
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      KV_PATH: kvPath,
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEYS: `${GOOD_KEY},${BAD_KEY}`,
    });
    const found = byName(results);
    assert.equal(found["LLM key primary …1111"].status, "ok");
    const bad = found["LLM key primary …2222"];
    assert.equal(bad.status, "fail");
    assert.match(bad.detail, /auth \(401\)/);
    assert.match(bad.fix ?? "", /LLM_API_KEYS/);
    const report = formatReport(results);
    assert.ok(!report.includes(GOOD_KEY) && !report.includes(BAD_KEY), report);
    assert.match(report, /1 of 7 checks failed/);
  });
});

Deno.test("diagnose() reports the webhook Telegram cannot deliver to, with its last error", async () => {
  await using tg = startFakeTelegram();
  await withKvDir(async (kvPath) => {
    const env = {
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      KV_PATH: kvPath,
      BOT_MODE: "webhook",
      WEBHOOK_SECRET: "doctor_secret_1",
    };
    const none = byName(await diagnose(env)).Webhook;
    assert.equal(none.status, "fail");
    assert.match(
      none.detail,
      /no webhook is registered and WEBHOOK_URL is unset/,
    );

    await fetch(
      `${tg.apiRoot}/bot${tg.token}/setWebhook?url=https://bot.example/webhook`,
    )
      .then((r) => r.body?.cancel());
    tg.setWebhookError({
      message: "Wrong response from the webhook: 502 Bad Gateway",
    });
    const failing = byName(await diagnose(env)).Webhook;
    assert.equal(failing.status, "fail");
    assert.match(
      failing.detail,
      /https:\/\/bot\.example\/webhook, 0 pending updates; last error just now: Wrong response from the webhook: 502 Bad Gateway/,
    );
    assert.match(failing.fix ?? "", /HTTPS/);
  });
});

Deno.test("diagnose() fails a clock a minute off Telegram's Date header", async () => {
  await using tg = startFakeTelegram({
    clock: { now: () => Date.now() + 60_000 },
  });
  await withKvDir(async (kvPath) => {
    const clock = byName(
      await diagnose({
        BOT_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        KV_PATH: kvPath,
      }),
    ).Clock;
    assert.equal(clock.status, "fail");
    assert.match(clock.detail, /^6\d s behind Telegram's clock$/);
    assert.match(clock.fix ?? "", /time sync/);
  });
});

Deno.test("checkClock() allows the Date header's second, warns past 3 s and fails past a third of the lease", () => {
  const jobs =
    loadConfig({ BOT_TOKEN: "1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }).jobs;
  const at = (skewMs: number) => {
    const local = Date.parse("2026-01-01T00:00:00Z");
    return checkClock({
      sentAt: local,
      receivedAt: local,
      date: new Date(local + skewMs - 500).toUTCString(),
    }, { jobs }).status;
  };
  assert.equal(at(500), "ok");
  assert.equal(at(-2000), "ok");
  assert.equal(at(5000), "warn");
  assert.equal(at(-30_000), "fail");
  assert.equal(
    checkClock({ sentAt: 0, receivedAt: 0, date: null }, { jobs }).status,
    "skip",
  );
});

Deno.test("checkWebhook() warns of a webhook set in polling mode and of piling updates", () => {
  const polling = loadConfig({ BOT_TOKEN: "1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" });
  const info = {
    url: "https://old.example/hook",
    has_custom_certificate: false,
    pending_update_count: 3,
  };
  assert.equal(checkWebhook(info, polling).status, "warn");
  const webhook = loadConfig({
    BOT_TOKEN: "1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    BOT_MODE: "webhook",
    WEBHOOK_SECRET: "s",
    WEBHOOK_URL: "https://old.example/hook",
  });
  assert.equal(checkWebhook(info, webhook).status, "ok");
  assert.equal(
    checkWebhook({ ...info, pending_update_count: 500 }, webhook).status,
    "warn",
  );
  const dayOld = {
    ...info,
    last_error_date: Math.floor(Date.now() / 1000) - 86_400,
    last_error_message: "timeout",
  };
  assert.equal(checkWebhook(dayOld, webhook).status, "warn");
});

Deno.test("diagnose() masks every secret of the configuration in what a check quotes, transcription keys and the metrics token too", async () => {
  await using tg = startFakeTelegram();
  const voiceKey = "gsk-doctor-voice-key-0123456789";
  const metrics = "doctor-metrics-token-0123456789";
  // A KV path below a regular file cannot be opened: its error quotes the path.
  const file = await Deno.makeTempFile({ prefix: "promptsmith-doctor-" });
  const results = await diagnose({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    KV_PATH: `${file}/${voiceKey}/${metrics}/kv.sqlite3`,
    TRANSCRIBE_API_KEYS: voiceKey,
    METRICS_TOKEN: metrics,
  }).finally(() => Deno.remove(file));
  const kv = byName(results)["KV"];
  assert.equal(kv.status, "fail");
  const report = formatReport(results);
  assert.ok(!report.includes(voiceKey), report);
  assert.ok(!report.includes(metrics), report);
});
