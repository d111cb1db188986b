import assert from "node:assert/strict";
import {
  type ChatIo,
  CONSOLE_USER_ID,
  consoleEnv,
  languageOf,
  parseChatArgs,
  readLines,
  runChat,
} from "../../src/console/chat.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";

const ESC = "\x1b";

function io(lines: string[], live: boolean): ChatIo & { text: () => string } {
  let text = "";
  return {
    input: ReadableStream.from([new TextEncoder().encode(lines.join("\n"))]),
    live,
    inputMode: "piped",
    output: {
      write: (chunk) => void (text += chunk),
      columns: () => 100,
      rows: () => 40,
    },
    text: () => text,
  };
}

Deno.test("runChat() on a terminal shows the AI's answer growing in place, then the final text", async () => {
  await using llm = startFakeLlm();
  const key = "sk-console-live-5555";
  llm.setKeyBehavior(key, { slow: { chunkDelayMs: 150 } });
  llm.setReply(
    "<prompt>You are a pastry chef. Describe a logo with a croissant, warm gold and brown, one colour version too.</prompt>",
  );
  const dir = await Deno.makeTempDir();
  try {
    const terminal = io(["a logo for a bakery"], true);
    const code = await runChat([], {
      io: terminal,
      env: {
        LLM_BASE_URL: llm.baseUrl,
        LLM_API_KEYS: key,
        CHAT_KV_PATH: `${dir}/chat.sqlite3`,
      },
    });
    assert.equal(code, 0);
    const out = terminal.text();
    assert.ok(out.includes("› a logo for a bakery\n"), out);
    // The draft, with its cursor, then redrawn over ("\x1b[<rows>F\x1b[J") as it grows.
    assert.match(out, / …\n/);
    assert.match(out, new RegExp(`${ESC}\\[\\d+F${ESC}\\[J`));
    const final = out.slice(out.lastIndexOf("\x1b[J") + 3);
    assert.ok(
      final.includes(
        "```\nYou are a pastry chef. Describe a logo with a croissant, warm gold and brown, one colour version too.\n```",
      ),
      JSON.stringify(final),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runChat() answers an offline prompt with no warning in the bot's logs", async () => {
  const dir = await Deno.makeTempDir();
  let logs = "";
  const decoder = new TextDecoder();
  try {
    const terminal = {
      ...io(["a logo for a bakery", "/help"], true),
      logs: {
        writeSync: (data: Uint8Array) => {
          logs += decoder.decode(data);
          return data.length;
        },
      },
    };
    const code = await runChat(["--kv", `${dir}/kv.sqlite3`], {
      io: terminal,
      env: {},
    });
    assert.equal(code, 0);
    const out = terminal.text();
    assert.ok(out.includes("A logo for a bakery"), out);
    assert.ok(out.includes("/settings"), out);
    // The job's "Thinking…" draft (empty text) is accepted, as Telegram does.
    assert.equal(logs, "");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runChat() says so when a number names no button, and sends a number as text when there is no keyboard", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const terminal = io(["7", "/language", "99"], false);
    const code = await runChat(["--kv", `${dir}/kv.sqlite3`], {
      io: terminal,
      env: {},
    });
    assert.equal(code, 0);
    const out = terminal.text();
    assert.ok(
      out.includes("There is no button 99 here: choose 1 to 16."),
      out,
    );
    // "7" came before any keyboard: it went to the bot as a message, and was answered.
    assert.ok(out.indexOf("[1] English") > 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runChat() shows /stats: the chart as a picture line with its size, then the numbers", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const terminal = io(["/stats"], false);
    const code = await runChat(["--kv", `${dir}/kv.sqlite3`], {
      io: terminal,
      env: {},
    });
    assert.equal(code, 0);
    const out = terminal.text();
    assert.match(out, /🖼 Picture: stats\.png \([\d.,]+ kB\)\n📊 Statistics/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseChatArgs() reads --kv, --lang and --log-level, with = or a separate value", () => {
  assert.deepEqual(
    parseChatArgs([
      "--kv=/tmp/a.sqlite3",
      "--lang",
      "de",
      "--log-level",
      "debug",
    ]),
    {
      help: false,
      kvPath: "/tmp/a.sqlite3",
      language: "de",
      logLevel: "debug",
    },
  );
  assert.equal(parseChatArgs(["-h"]).help, true);
  assert.throws(() => parseChatArgs(["--kv"]), /--kv: a value is missing/);
  assert.throws(() => parseChatArgs(["--verbose"]), /unknown "--verbose"/);
});

Deno.test("consoleEnv() keeps the LLM settings but never the bot's token, webhook or KV file", () => {
  const env = consoleEnv(
    {
      BOT_TOKEN: "123:real-token-of-the-real-bot-xyz",
      BOT_MODE: "webhook",
      WEBHOOK_SECRET: "s3cret",
      WEBHOOK_URL: "https://bot.example/webhook",
      KV_PATH: "/var/lib/promptsmith/promptsmith.sqlite3",
      LLM_API_KEYS: "sk-a",
    },
    { help: false },
    "7:console-token-xxxxxxxxxxxxxxxxx",
  );
  assert.equal(env.BOT_TOKEN, "7:console-token-xxxxxxxxxxxxxxxxx");
  assert.equal(env.BOT_MODE, "polling");
  assert.equal(env.KV_PATH, "./data/chat.sqlite3");
  assert.equal(env.ADMIN_IDS, String(CONSOLE_USER_ID));
  assert.equal(env.LLM_API_KEYS, "sk-a");
  assert.equal(env.WEBHOOK_SECRET, undefined);
  assert.equal(
    consoleEnv({ CHAT_KV_PATH: "/tmp/c.sqlite3" }, { help: false }, "t")
      .KV_PATH,
    "/tmp/c.sqlite3",
  );
  assert.equal(
    consoleEnv({ CHAT_KV_PATH: "/tmp/c.sqlite3" }, {
      help: false,
      kvPath: "/tmp/flag",
    }, "t").KV_PATH,
    "/tmp/flag",
  );
});

Deno.test("languageOf() takes the terminal's language from LC_ALL, LC_MESSAGES or LANG", () => {
  assert.equal(languageOf({ LANG: "de_DE.UTF-8" }), "de-de");
  assert.equal(
    languageOf({ LANG: "en_US.UTF-8", LC_ALL: "pt_BR.UTF-8" }),
    "pt-br",
  );
  assert.equal(languageOf({ LANG: "C.UTF-8" }), undefined);
  assert.equal(languageOf({}), undefined);
});

Deno.test("readLines() splits on line breaks, drops CR, and keeps a last line without one", async () => {
  const input = ReadableStream.from(
    ["one\r\ntw", "o\n\nthree"].map((s) => new TextEncoder().encode(s)),
  );
  assert.deepEqual(await Array.fromAsync(readLines(input)), [
    "one",
    "two",
    "",
    "three",
  ]);
});
