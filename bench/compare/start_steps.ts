/**
 * Times, in a fresh process, the steps main.ts takes before it asks Telegram
 * anything, one after another as it does them: loading its module graph,
 * reading the config, setting up logging (into a sink that drops lines),
 * opening KV on a file, building the app (`createApp`: stores, Fluent
 * bundles, the LLM stack).
 * What is left of "start → first getUpdates" after these is Deno's own start,
 * the Bot API round trips (getMe, deleteWebhook) and Deno.serve.
 *
 * ```sh
 * deno run -A bench/compare/start_steps.ts          # one JSON line, ms per step
 * ```
 *
 * Nothing is sent anywhere; the KV file's folder is removed at the end.
 *
 * @module
 */
const started = performance.now();
const steps: Record<string, number> = {};
let last = started;
const mark = (name: string) => {
  const now = performance.now();
  steps[name] = Math.round((now - last) * 10) / 10;
  last = now;
};

const main = "../../main.ts";
await import(main);
mark("module graph (main.ts)");
const { loadConfig } = await import("../../src/config/config.ts");
const { setupLogging, shutdownLogging } = await import("../../src/logging.ts");
const { openKv } = await import("../../src/storage/kv.ts");
const { createApp } = await import("../../src/app.ts");
last = performance.now();

const dir = await Deno.makeTempDir({ prefix: "promptsmith-start-steps-" });
try {
  const config = loadConfig({
    BOT_TOKEN: "123456789:AAStartStepsTokenThatIsLongEnough_0123",
    KV_PATH: `${dir}/kv.sqlite3`,
    BOT_MODE: "polling",
  });
  mark("loadConfig");
  await setupLogging({ ...config.log, sink: () => {} });
  mark("setupLogging");
  const kv = await openKv(config.kvPath);
  mark("openKv (file)");
  const app = createApp(config, kv);
  mark("createApp");
  await app.deps.jobs.stop(0);
  kv.close();
  await shutdownLogging();
} finally {
  await Deno.remove(dir, { recursive: true });
}
console.log(JSON.stringify({
  steps,
  sinceProcessStartMs: Math.round(performance.now() * 10) / 10,
}));
Deno.exit(0);
