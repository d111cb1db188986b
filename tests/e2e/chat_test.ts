/**
 * `deno task chat` as a user runs it: a real subprocess with piped stdin,
 * offline and against the fake LLM, checked on what it prints and its exit
 * code at the end of input.
 *
 * @module
 */
import assert from "node:assert/strict";
import { writeOfflinePrompt } from "../../src/enhance/offline.ts";
import { startFakeLlm } from "../fakes/llm_api.ts";
import { en } from "../support.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

interface ChatRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `deno task chat` with `lines` on stdin and only `env` (plus PATH) in its environment. */
async function chat(
  lines: string[],
  env: Record<string, string>,
): Promise<ChatRun> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "chat"],
    cwd: ROOT,
    env: {
      PATH: Deno.env.get("PATH") ?? "",
      HOME: Deno.env.get("HOME") ?? "/tmp",
      ...(Deno.env.get("DENO_DIR")
        ? { DENO_DIR: Deno.env.get("DENO_DIR")! }
        : {}),
      ENV_FILE: "none",
      NO_COLOR: "1",
      ...env,
    },
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(lines.join("\n") + "\n"));
  await writer.close();
  const out = await child.output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-chat-" });
  try {
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("e2e: deno task chat answers offline, presses a button by number, shows /help and exits 0 at the end of input", async () => {
  await withTempDir(async (dir) => {
    const run = await chat(
      ["a logo for a bakery", "/help", "/category", "3"],
      { CHAT_KV_PATH: `${dir}/chat.sqlite3` },
    );
    assert.equal(run.code, 0, run.stderr);
    const out = run.stdout;
    // The enhanced prompt, with the offline label, exactly as the enhancer writes it.
    assert.ok(out.includes(en("answer-offline-no-keys")), out);
    const written = writeOfflinePrompt("a logo for a bakery");
    assert.ok(
      written.kind === "prompt" &&
        out.includes("```\n" + written.prompt + "\n```"),
      out,
    );
    assert.ok(out.includes(en("help-title")), out);
    // The category keyboard is shown as numbered choices; "3" pressed Coding.
    assert.match(out, /\[1\] .*Auto.*\[2\] .*General/);
    assert.match(out, /\[3\] .*Coding/);
    const coding = { emoji: "💻", title: en("category-coding-title") };
    assert.ok(
      out.includes(`ⓘ ${en("category-saved-toast", coding)}`),
      "the callback query was answered",
    );
    assert.ok(out.includes("✓ Saved."), out);
    // Only final texts when stdout is not a terminal: no draft cursor, no banner.
    assert.ok(!out.includes(" …\n"), out);
    assert.ok(!out.includes(en("console-welcome")), out);
    // Its own KV file, not the bot's.
    assert.ok((await Deno.stat(`${dir}/chat.sqlite3`)).isFile);
  });
});

Deno.test("e2e: deno task chat with LLM_API_KEYS answers with the AI, never shows the key, and keeps settings between runs", async () => {
  await using llm = startFakeLlm();
  const key = "sk-chat-test-key-4444";
  llm.setKeyBehavior(key, "ok");
  llm.setReply(
    "<prompt>You are a brand designer. Draw a warm, one-colour logo for a bakery.</prompt>",
  );
  await withTempDir(async (dir) => {
    const env = {
      CHAT_KV_PATH: `${dir}/chat.sqlite3`,
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEYS: key,
    };
    const first = await chat(["/category", "5", "a logo for a bakery"], env);
    assert.equal(first.code, 0, first.stderr);
    assert.ok(
      first.stdout.includes(
        "You are a brand designer. Draw a warm, one-colour logo for a bakery.",
      ),
      first.stdout,
    );
    assert.ok(!first.stdout.includes(en("answer-by-offline")));
    // The key never reaches the terminal.
    assert.ok(!first.stdout.includes(key) && !first.stderr.includes(key));
    // Same KV file: the category chosen in the first run is still set.
    const second = await chat(["/category"], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /\[5\] ✓ 🎨/);
  });
});

Deno.test("e2e: deno task chat refuses an unknown flag with its usage and exit code 2", async () => {
  const run = await chat([], { CHAT_KV_PATH: ":memory:" });
  assert.equal(run.code, 0, "no input: nothing to do, exit 0");
  const child = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "chat", "--nope"],
    cwd: ROOT,
    env: { ENV_FILE: "none" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(child.code, 2);
  assert.match(new TextDecoder().decode(child.stderr), /unknown "--nope"/);
});
