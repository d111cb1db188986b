import assert from "node:assert/strict";
import { offlineEnhance } from "../src/enhance/offline.ts";
import { startBot } from "./e2e/bot_process.ts";
import { startFakeTelegram } from "./fakes/telegram_api.ts";
import { textUpdate } from "./fakes/updates.ts";
import { en } from "./support.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const denoJson = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`));
const task: string = denoJson.tasks.compile;
const denort = Deno.env.get("DENORT_BIN");

Deno.test("the compile task grants what the bot needs and nothing broader", () => {
  for (
    const flag of [
      "--allow-net",
      "--allow-env",
      "--allow-read",
      "--allow-write",
      "--unstable-kv",
      "--unstable-cron",
      "--unstable-raw-imports",
    ]
  ) {
    assert.ok(task.includes(flag), `missing ${flag}`);
  }
  assert.ok(
    !/(^|\s)(-A|--allow-all|--allow-run|--allow-ffi|--allow-sys)(\s|$)/.test(
      task,
    ),
    "too broad",
  );
  assert.match(task, /--output dist\/promptsmith main\.ts$/);
});

Deno.test("the compile task passes deno task start's V8 flags, and README and DEPLOY name them", async () => {
  const v8Flags = (line: string) =>
    line.split(/\s+/).filter((word) => word.startsWith("--v8-flags="));
  const start = v8Flags(denoJson.tasks.start);
  assert.equal(start.length, 1, denoJson.tasks.start);
  assert.deepEqual(v8Flags(task), start);
  // The flags the idle collector and the heap bounds need (PERFORMANCE.md).
  assert.deepEqual(start[0].slice("--v8-flags=".length).split(","), [
    "--expose-gc",
    "--max-semi-space-size=8",
    "--heap-growing-percent=50",
  ]);
  for (const doc of ["README.md", "docs/DEPLOY.md"]) {
    const text = await Deno.readTextFile(`${ROOT}${doc}`);
    assert.ok(text.includes(`\`${start[0]}\``), `${doc} names the flags`);
  }
});

Deno.test("the compile task leaves out the test folder of the locked bintrees, which crashes the packager", async () => {
  // prom-client's dependency bintrees ships a 2 MB test file that overflows
  // deno compile's stack; the folder is excluded by its node_modules path.
  const lock = JSON.parse(await Deno.readTextFile(`${ROOT}deno.lock`));
  const locked = Object.keys(lock.npm).filter((p) => p.startsWith("bintrees@"));
  assert.equal(locked.length, 1, "one bintrees in the lock");
  assert.ok(task.includes("--node-modules-dir=auto"));
  assert.ok(
    task.includes(
      `--exclude node_modules/.deno/${locked[0]}/node_modules/bintrees/test `,
    ),
    `the exclude names ${locked[0]}`,
  );
});

Deno.test("the compile task's entry point starts with exactly its flags and validates config", async () => {
  // What can be checked without denort: the same entry point with the same flags
  // starts, validates config and exits non-zero on a bad one.
  const flags = task.split(/\s+/).filter((f) =>
    f.startsWith("--allow-") || f.startsWith("--unstable-")
  );
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...flags, `${ROOT}main.ts`],
    env: { BOT_TOKEN: "not-a-token" },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 1);
  assert.match(
    new TextDecoder().decode(out.stderr),
    /BOT_TOKEN: does not look like a bot token/,
  );
});

/**
 * Build the binary with the compile task (into a temporary folder), or take
 * the one PROMPTSMITH_BINARY names (a release artifact); `undefined` when
 * neither can be had.
 */
async function binary(dir: string): Promise<string> {
  const given = Deno.env.get("PROMPTSMITH_BINARY");
  if (given !== undefined) return given;
  const args = task.replace(/^deno /, "").replace(
    "dist/promptsmith",
    `${dir}/promptsmith`,
  ).split(/\s+/);
  const build = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    stderr: "piped",
  }).output();
  assert.equal(build.code, 0, new TextDecoder().decode(build.stderr));
  return `${dir}/promptsmith`;
}

/** Run the binary with `args`, `env` only, and `input` on stdin. */
async function run(
  path: string,
  args: string[],
  env: Record<string, string>,
  input = "",
) {
  const child = new Deno.Command(path, {
    args,
    env: { ENV_FILE: "none", NO_COLOR: "1", ...env },
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(input));
  await writer.close();
  const out = await child.output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

const runnable = denort !== undefined ||
  Deno.env.get("PROMPTSMITH_BINARY") !== undefined;

Deno.test({
  name:
    "deno task compile builds a binary that runs the bot, the console and the doctor with everything embedded (needs DENORT_BIN: denort cannot be downloaded here)",
  ignore: !runnable,
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      const path = await binary(dir);
      // Config is checked, every problem reported, before anything starts.
      const bad = await run(path, [], { BOT_TOKEN: "not-a-token" });
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /BOT_TOKEN: does not look like a bot token/);

      // The console: locales (text imports) and the offline enhancer are inside.
      const chat = await run(path, ["chat", "--kv", `${dir}/chat.sqlite3`], {
        HOME: dir,
      }, "/help\na logo for a bakery\n");
      assert.equal(chat.code, 0, chat.stderr);
      assert.ok(chat.stdout.includes(en("help-title")), chat.stdout);
      assert.ok(
        chat.stdout.includes(offlineEnhance("a logo for a bakery")),
        chat.stdout,
      );

      await using tg = startFakeTelegram();
      const env = {
        BOT_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        KV_PATH: `${dir}/bot.sqlite3`,
      };
      const doctor = await run(path, ["doctor"], env);
      assert.equal(doctor.code, 0, doctor.stdout + doctor.stderr);
      assert.match(doctor.stdout, /✓ KV: opened/);

      // The bot itself, in webhook mode: the lazily loaded webhook module is inside too.
      await using bot = await startBot({
        ...env,
        BOT_MODE: "webhook",
        WEBHOOK_SECRET: "compiled_secret",
      }, { executable: path });
      const delivered = await tg.deliverWebhook(
        `http://127.0.0.1:${bot.port}/webhook`,
        textUpdate({ text: "/start", userId: 100_321 }),
        { secretToken: "compiled_secret" },
      );
      assert.equal(delivered.status, 200);
      await tg.waitForCall(
        "sendMessage",
        (c) => c.payload.chat_id === 100_321,
        10_000,
      );
      assert.equal((await bot.stop("SIGTERM")).code, 0, bot.stderr());
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

if (!runnable) {
  console.log(
    "compile_test: SKIPPED building and running the binary: `deno compile` downloads denort, which this machine cannot reach; set DENORT_BIN to a denort binary of this Deno version (or PROMPTSMITH_BINARY to a built binary) to run it",
  );
}
