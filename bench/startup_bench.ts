/**
 * Start-up time of the real bot process (`main.ts` as a subprocess against
 * the fake Telegram, polling, no LLM keys): from spawn to its "started as"
 * line, plain, with `METRICS_TOKEN` (prom-client loads in the background)
 * and with `OTEL_DENO=true` (the OpenTelemetry API loads before the first
 * update).
 *
 * ```sh
 * deno bench -A bench/startup_bench.ts
 * ```
 *
 * Numbers: docs/PERFORMANCE.md, "Start-up".
 *
 * @module
 */
import { startBot } from "../tests/e2e/bot_process.ts";
import { startFakeTelegram } from "../tests/fakes/telegram_api.ts";

const tg = startFakeTelegram();
const dir = await Deno.makeTempDir({ prefix: "promptsmith-startup-" });

async function startOnce(env: Record<string, string>): Promise<void> {
  const bot = await startBot({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    KV_PATH: `${dir}/kv.sqlite3`,
    LOG_LEVEL: "info",
    ...env,
  });
  await bot.stop("SIGKILL");
}

const runs = { n: 10, warmup: 1 };
Deno.bench({
  name: "start-up, plain",
  group: "startup",
  baseline: true,
  ...runs,
}, async () => {
  await startOnce({});
});
Deno.bench(
  { name: "start-up, METRICS_TOKEN set", group: "startup", ...runs },
  async () => {
    await startOnce({ METRICS_TOKEN: "bench-metrics-token-0123456789" });
  },
);
Deno.bench(
  { name: "start-up, OTEL_DENO=true", group: "startup", ...runs },
  async () => {
    await startOnce({
      OTEL_DENO: "true",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:9",
      OTEL_DENO_CONSOLE: "ignore",
    });
  },
);

globalThis.addEventListener("unload", () => {
  Deno.removeSync(dir, { recursive: true });
});
