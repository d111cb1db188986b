import assert from "node:assert/strict";
import { startFakeLlm } from "../fakes/llm_api.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

async function doctor(env: Record<string, string>) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "doctor"],
    cwd: ROOT,
    env: {
      PATH: Deno.env.get("PATH") ?? "",
      ENV_FILE: "none",
      NO_COLOR: "1",
      ...env,
    },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: out.code, stdout: new TextDecoder().decode(out.stdout) };
}

Deno.test("e2e: deno task doctor exits 0 when every check passes and 1 with the fix when one fails", async () => {
  await using tg = startFakeTelegram();
  await using llm = startFakeLlm();
  const key = "sk-doctor-e2e-key-3333";
  llm.setKeyBehavior(key, "ok");
  const dir = await Deno.makeTempDir();
  try {
    const env = {
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      KV_PATH: `${dir}/kv.sqlite3`,
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEYS: key,
    };
    const good = await doctor(env);
    assert.equal(good.code, 0, good.stdout);
    assert.match(good.stdout, /✓ Telegram getMe: @promptsmith_test_bot/);
    assert.match(good.stdout, /No check failed\./);
    llm.setKeyBehavior(key, { status: 401 });
    const bad = await doctor(env);
    assert.equal(bad.code, 1, bad.stdout);
    assert.match(bad.stdout, /✗ LLM key primary …3333: .*auth \(401\)/);
    assert.match(bad.stdout, /fix: the provider refused this key/);
    assert.ok(!bad.stdout.includes(key) && !bad.stdout.includes(tg.token));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
