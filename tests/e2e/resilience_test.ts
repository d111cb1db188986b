import assert from "node:assert/strict";
import { startStack } from "./stack.ts";

Deno.test("e2e polling: Telegram unreachable mid-run: failures logged redacted, token never printed, SIGTERM exits 0", async () => {
  await using stack = await startStack();
  const bot = await stack.start();
  await stack.tg.close(); // every poll now fails with a connection error naming the URL
  await bot.waitForLog(
    (l) => String(l.message ?? "").startsWith("Cannot fetch updates"),
    15_000,
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0, bot.stderr());
  assert.ok(
    bot.logs.some((l) => l.message === "Stopped"),
    "shut down through the normal path",
  );
  const everything = JSON.stringify(bot.logs) + bot.stderr();
  assert.ok(
    !everything.includes(stack.tg.token),
    "the bot token reached the output",
  );
  assert.ok(
    !everything.includes(stack.tg.token.split(":")[1]),
    "the token's secret part reached the output",
  );
});

Deno.test("e2e polling: a 409 from Telegram (another poller, a webhook set) stops the bot cleanly with exit 1", async () => {
  await using stack = await startStack();
  const bot = await stack.start();
  const res = await fetch(
    `${stack.tg.apiRoot}/bot${stack.tg.token}/setWebhook`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: "https://example.invalid/hook" }),
    },
  );
  await res.body?.cancel();
  const status = await bot.stop("SIGCONT"); // harmless signal: wait for the bot's own exit
  assert.equal(status.code, 1, bot.stderr());
  assert.ok(
    bot.logs.some((l) =>
      String(l.message ?? "").startsWith("Polling stopped for good")
    ),
  );
  assert.ok(
    bot.logs.some((l) => l.message === "Stopped"),
    "shut down through the normal path",
  );
});

Deno.test("e2e: SIGTERM during start-up finishes starting, then shuts down through the normal path", async () => {
  await using stack = await startStack();
  stack.tg.injectFault("getMe", { delayMs: 1500 });
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("../../main.ts", import.meta.url).pathname],
    env: {
      ...stack.env(),
      LOG_FORMAT: "json",
      PORT: "0",
      LISTEN_HOST: "127.0.0.1",
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  await stack.tg.waitForCall("getMe", undefined, 10_000);
  child.kill("SIGTERM");
  const out = await child.output();
  const stdout = new TextDecoder().decode(out.stdout);
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.match(stdout, /while starting: stopping/);
  assert.match(stdout, /"Stopped"/);
});
