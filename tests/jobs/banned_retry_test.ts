import assert from "node:assert/strict";
import { createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { manualClock } from "../support.ts";

Deno.test("a retry that waited for the AI does not start for a user banned meanwhile", async () => {
  await using tg = startFakeTelegram();
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const config = loadConfig({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    OWNER_ID: "1",
  });
  let calls = 0;
  const app = createApp(config, kv, {
    clock,
    instanceId: "t",
    botInfo: tg.botInfo,
    llm: {
      availability: () => Promise.resolve({ ok: true }),
      complete: () => {
        calls++;
        return Promise.resolve({ text: "AI", model: "m", keyHint: "…k" });
      },
    },
  });
  const input = (userId: number) => ({
    userId,
    chatId: userId,
    prompt: "a poem",
    category: "general",
  });
  await app.deps.jobs.waitForAi(
    "00000000-0000-4000-8000-000000000007",
    input(7),
    input(7),
  );
  await app.deps.jobs.waitForAi(
    "00000000-0000-4000-8000-000000000008",
    input(8),
    input(8),
  );
  await app.deps.roles.setRole(1, 7, "banned");
  await app.scheduledWork().checkKeys();
  assert.ok(await app.deps.jobs.drain(5_000));
  assert.equal(calls, 1, "only the user still served got an answer");
  assert.equal(await app.deps.history.count(8), 1);
  assert.equal(await app.deps.history.count(7), 0);
  assert.equal((await app.deps.roles.read(7)).record?.noticed, undefined);
  assert.ok(await app.deps.jobs.stop(1_000));
});
