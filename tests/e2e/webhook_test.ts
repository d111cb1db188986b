import { copyable } from "../support.ts";
import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { enhancementsLogged, startStack, WEBHOOK_SECRET } from "./stack.ts";

const USER = 100_002;

Deno.test("e2e webhook: secret checked, updates handled, /healthz answers, SIGTERM exits 0", async () => {
  await using stack = await startStack();
  const bot = await stack.start({ BOT_MODE: "webhook", WEBHOOK_SECRET });
  const url = `http://127.0.0.1:${bot.port}/webhook`;

  const noSecret = await stack.tg.deliverWebhook(
    url,
    textUpdate({ text: "/start", userId: USER }),
  );
  assert.equal(noSecret.status, 401);
  const wrong = await stack.tg.deliverWebhook(
    url,
    textUpdate({ text: "/start", userId: USER }),
    {
      secretToken: "wrong-secret",
    },
  );
  assert.equal(wrong.status, 401);
  assert.equal(
    stack.tg.callsOf("sendMessage").length,
    0,
    "nothing handled without the secret",
  );

  const ok = await stack.tg.deliverWebhook(
    url,
    textUpdate({ text: "/start", userId: USER }),
    {
      secretToken: WEBHOOK_SECRET,
    },
  );
  assert.equal(ok.status, 200);
  const call = await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  assert.match(String(call.payload.text), /Promptsmith/);

  const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
  assert.equal(health.status, 200);
  assert.equal((await health.json()).mode, "webhook");
  assert.equal(
    stack.tg.callsOf("getUpdates").length,
    0,
    "webhook mode never polls",
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0, bot.stderr());
});

Deno.test("e2e webhook: text gets the LLM's enhancement", async () => {
  await using stack = await startStack();
  stack.llm.setReply("WEBHOOK AI ANSWER");
  const bot = await stack.start({ BOT_MODE: "webhook", WEBHOOK_SECRET });
  const url = `http://127.0.0.1:${bot.port}/webhook`;
  const res = await stack.tg.deliverWebhook(
    url,
    textUpdate({ text: "an email asking for a raise", userId: USER }),
    {
      secretToken: WEBHOOK_SECRET,
    },
  );
  assert.equal(res.status, 200);
  await enhancementsLogged(bot);
  assert.deepEqual(
    stack.tg.messages(USER).map((m) => copyable("text" in m ? m : {})),
    [
      "WEBHOOK AI ANSWER",
    ],
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

Deno.test("e2e webhook: WEBHOOK_URL is registered with the secret at start", async () => {
  await using stack = await startStack();
  const bot = await stack.start({
    BOT_MODE: "webhook",
    WEBHOOK_SECRET,
    WEBHOOK_URL: "http://127.0.0.1:1/webhook",
  });
  assert.equal(stack.tg.webhook?.url, "http://127.0.0.1:1/webhook");
  assert.equal(stack.tg.webhook?.secretToken, WEBHOOK_SECRET);
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

Deno.test("e2e: invalid config exits non-zero and lists every problem without the token", async () => {
  const secretToken = "123456:THIS_IS_A_SECRET_TOKEN_VALUE_abcdefgh";
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--unstable-kv",
      "--unstable-cron",
      new URL("../../main.ts", import.meta.url).pathname,
    ],
    env: {
      BOT_TOKEN: secretToken,
      BOT_MODE: "webhook",
      PORT: "http",
      ADMIN_IDS: "abc",
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) +
    new TextDecoder().decode(out.stderr);
  assert.notEqual(out.code, 0);
  assert.match(text, /WEBHOOK_SECRET/);
  assert.match(text, /PORT/);
  assert.match(text, /ADMIN_IDS/);
  assert.ok(!text.includes("THIS_IS_A_SECRET"), "token printed");
});
