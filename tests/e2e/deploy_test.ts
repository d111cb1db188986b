import { copyable } from "../support.ts";
/**
 * main.ts as Deno Deploy runs it: DENO_DEPLOYMENT_ID set, webhook mode, KV
 * not a file of ours, and no file system to write to (the process runs with
 * writes denied, so any write outside KV fails the run). Deploy stops an
 * instance with SIGINT and kills it 5 s later: the bot must be gone by then.
 *
 * @module
 */
import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { startBot } from "./bot_process.ts";
import { enhancementsLogged, startStack, WEBHOOK_SECRET } from "./stack.ts";

const USER = 100_777;
const PUBLIC_URL = "https://promptsmith-test.deno.net/webhook";
/** What the process may do: everything Deploy allows except writing files. */
const NO_WRITES = [
  "--allow-net",
  "--allow-env",
  "--allow-read",
  "--deny-write",
];

function deployEnv(stack: Awaited<ReturnType<typeof startStack>>) {
  return stack.env({
    DENO_DEPLOYMENT_ID: "e2e-deployment-1",
    BOT_MODE: "webhook",
    WEBHOOK_SECRET,
    WEBHOOK_URL: PUBLIC_URL,
    // Deploy's KV is the platform's database, not a file: in memory here.
    KV_PATH: ":memory:",
    // As if a .env were in the working directory: Deploy never reads one.
    ENV_FILE: ".env",
  });
}

Deno.test("e2e Deploy: webhook registered, a prompt answered end to end, no file written, SIGINT ends it cleanly", async () => {
  await using stack = await startStack();
  stack.llm.setReply("DEPLOY AI ANSWER");
  const cwd = await Deno.makeTempDir({ prefix: "promptsmith-deploy-" });
  // A .env that must not be read there: it would break the configuration.
  await Deno.writeTextFile(`${cwd}/.env`, "BOT_MODE=nonsense\n");
  try {
    await using bot = await startBot(deployEnv(stack), {
      permissions: NO_WRITES,
      cwd,
    });
    const registered = stack.tg.webhook;
    assert.equal(registered?.url, PUBLIC_URL);
    assert.equal(registered?.secretToken, WEBHOOK_SECRET);
    assert.equal(stack.tg.callsOf("getUpdates").length, 0);

    const delivered = await stack.tg.deliverWebhook(
      `http://127.0.0.1:${bot.port}/webhook`,
      textUpdate({ text: "a logo for a bakery", userId: USER }),
      { secretToken: WEBHOOK_SECRET },
    );
    assert.equal(delivered.status, 200);
    await enhancementsLogged(bot);
    assert.deepEqual(
      stack.tg.messages(USER).map((m) => copyable("text" in m ? m : {})),
      ["DEPLOY AI ANSWER"],
    );

    const status = await bot.stop("SIGINT");
    assert.equal(status.code, 0, bot.stderr());
    assert.ok(bot.logs.some((l) => l.message === "Stopped"));
    assert.doesNotMatch(bot.stderr(), /NotCapable|write access/i);
    assert.deepEqual(
      (await Array.fromAsync(Deno.readDir(cwd))).map((e) => e.name),
      [".env"],
      "nothing written to the working directory",
    );
  } finally {
    await Deno.remove(cwd, { recursive: true });
  }
});

Deno.test("e2e Deploy: SIGINT with an answer still being written ends within Deploy's 5 s, the job left for another instance", async () => {
  await using stack = await startStack();
  stack.llm.setDefaultBehavior("hang");
  stack.llm.setKeyBehavior("sk-test-key-one-1111", "hang");
  stack.llm.setKeyBehavior("sk-test-key-two-2222", "hang");
  await using bot = await startBot(
    {
      ...deployEnv(stack),
      LLM_TIMEOUT_MS: "60000",
      SHUTDOWN_TIMEOUT_MS: "10000",
    },
    { permissions: NO_WRITES },
  );
  await stack.tg.deliverWebhook(
    `http://127.0.0.1:${bot.port}/webhook`,
    textUpdate({ text: "an essay on bread", userId: USER }),
    { secretToken: WEBHOOK_SECRET },
  );
  // The answer is being written (the request may already be in).
  await stack.llm.waitForRequests(1, 10_000);
  const started = Date.now();
  const status = await bot.stop("SIGINT");
  const tookMs = Date.now() - started;
  assert.equal(status.code, 0, bot.stderr());
  assert.ok(
    tookMs < 5_000,
    `stopped ${tookMs} ms after SIGINT: Deploy kills at 5 s (SHUTDOWN_TIMEOUT_MS=10000 is capped there)`,
  );
  assert.ok(
    bot.logs.some((l) =>
      String(l.message).includes("jobs still running at shutdown")
    ),
  );
});
