import assert from "node:assert/strict";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { textUpdate } from "../fakes/updates.ts";
import { readLines, startBot } from "./bot_process.ts";
import { KEY_ONE, KEY_TWO, startStack } from "./stack.ts";

const MAIN = new URL("../../main.ts", import.meta.url).pathname;
const USER = 100_021;

interface Exited {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run main.ts until it exits by itself. */
async function runUntilExit(env: Record<string, string>): Promise<Exited> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN],
    env: {
      LOG_FORMAT: "json",
      LISTEN_HOST: "127.0.0.1",
      PORT: "0",
      ENV_FILE: "none",
      ...env,
    },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let stdout = "";
  let stderr = "";
  await Promise.all([
    readLines(child.stdout, (line) => (stdout += line + "\n")),
    readLines(child.stderr, (line) => (stderr += line + "\n")),
  ]);
  const { code } = await child.status;
  return { code, stdout, stderr };
}

/** A port nothing listens on. */
function closedPort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

Deno.test("e2e start-up: an unreachable Telegram is tried a bounded number of times, each logged, then exit 1", async () => {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-start-" });
  try {
    const port = closedPort();
    const token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    const run = await runUntilExit({
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
      TELEGRAM_START_ATTEMPTS: "2",
      KV_PATH: `${dir}/kv.sqlite3`,
    });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const failures = lines.filter((l) =>
      String(l.message).startsWith("Cannot reach Telegram at") &&
      l.properties.host === `127.0.0.1:${port}`
    );
    assert.equal(failures.length, 2, run.stdout);
    assert.match(failures[0].message, /getMe failed: .*attempt 1 of 2/);
    assert.match(failures[1].message, /attempt 2 of 2: giving up/);
    assert.ok(!(run.stdout + run.stderr).includes(token.split(":")[1]));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("e2e start-up: a token Telegram refuses says to check BOT_TOKEN and exits 1 at once", async () => {
  await using tg = startFakeTelegram();
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-start-" });
  try {
    const wrong = "987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    const run = await runUntilExit({
      BOT_TOKEN: wrong,
      TELEGRAM_API_ROOT: tg.apiRoot,
      KV_PATH: `${dir}/kv.sqlite3`,
    });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /refused the bot token \(401 \\?"?Unauthorized\\?"?\): check BOT_TOKEN/,
    );
    assert.ok(!(run.stdout + run.stderr).includes(wrong.split(":")[1]));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("e2e shutdown: a process-group SIGTERM of `deno task start`, repeated, still shuts down cleanly with exit 0", async () => {
  await using stack = await startStack();
  // A slow answer keeps the shutdown busy while the repeated signals arrive.
  stack.llm.setKeyBehavior(KEY_ONE, { slow: { chunkDelayMs: 150 } });
  stack.llm.setKeyBehavior(KEY_TWO, { slow: { chunkDelayMs: 150 } });
  await using bot = await startBot(stack.env({ BOT_MODE: "polling" }), {
    viaTask: true,
    ownProcessGroup: true,
  });
  stack.tg.queueUpdate(
    textUpdate({ text: "a poster for a jazz night", userId: USER }),
  );
  await stack.llm.waitForRequests(1, 10_000);
  await stack.tg.waitForCall(
    "sendChatAction",
    (c) => c.payload.chat_id === USER,
  );
  bot.signal("SIGTERM");
  await bot.waitForLog((l) =>
    /Received "?SIGTERM"?: stopping/.test(String(l.message))
  );
  // What `deno task` forwarding, or a supervisor repeating itself, does.
  bot.signal("SIGTERM");
  bot.signal("SIGTERM");
  const status = await bot.status;
  assert.equal(status.code, 0, bot.stderr());
  assert.ok(
    bot.logs.some((l) => /Received "?SIGTERM"? again/.test(String(l.message))),
    JSON.stringify(bot.logs.slice(-10)),
  );
  assert.ok(bot.logs.some((l) => l.message === "Stopped"));
});
