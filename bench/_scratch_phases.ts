import { createApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { startFakeTelegram } from "../tests/fakes/telegram_api.ts";
import { textUpdate } from "../tests/fakes/updates.ts";
import type { Transformer } from "grammy";

const dir = await Deno.makeTempDir();
const real = await Deno.openKv(dir + "/kv.sqlite3");
let commitMs = 0, commits = 0;
const origAtomic = real.atomic.bind(real);
(real as any).atomic = () => {
  const op = origAtomic();
  const c = op.commit.bind(op);
  op.commit = async () => { const t = performance.now(); const r = await c(); commitMs += performance.now() - t; commits++; return r; };
  return op;
};
const tg = startFakeTelegram({});
const mode = Deno.args[0] ?? "accept";
const env = mode === "accept" ? { RATE_LIMIT_PER_MINUTE: "0", DAILY_QUOTA: "0", GLOBAL_RATE_LIMIT_PER_MINUTE: "0", JOBS_CONCURRENCY: "1", JOB_LEASE_MS: "600000" } : {};
const config = loadConfig({ BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, ...env });
const gate = Promise.withResolvers<void>();
const app = createApp(config, real, { llm: { async complete() { await gate.promise; return { text: "x", model: "m", keyHint: "h" }; } }, botInfo: tg.botInfo, apiRetry: { sleep: () => Promise.resolve() } });
let mid = 1;
const stub: Transformer = (_p, method, payload: any) => Promise.resolve({ ok: true, result: method === "sendMessage" ? { message_id: ++mid, date: 1, chat: { id: payload.chat_id, type: "private", first_name: "U" }, text: payload.text } : true } as any);
app.bot.api.config.use(stub);
const text = mode === "accept" ? "write a friendly email to my team saying the weekly sync moves to thursdays at 10am, keep it short" : "/" + mode;
let uid = 800000000, upid = 1;
const first = textUpdate({ text, userId: uid++, updateId: upid++ });
tg.rememberUpdate(first);
await app.handleUpdate(first);
for (let i = 0; i < 300; i++) await app.handleUpdate(textUpdate({ text, userId: uid++, updateId: upid++ }));
for (let r = 0; r < 3; r++) {
  commitMs = 0; commits = 0;
  const n = 3000;
  const t = performance.now();
  for (let i = 0; i < n; i++) await app.handleUpdate(textUpdate({ text, userId: uid++, updateId: upid++ }));
  const ms = performance.now() - t;
  console.log(mode, (n / ms * 1000).toFixed(0) + "/s", (ms / n * 1000).toFixed(0) + "us/update", "commit", (commitMs / n * 1000).toFixed(0) + "us", "commits/upd", (commits / n).toFixed(2));
}
const stopping = app.deps.jobs.stop(10000); gate.resolve(); await stopping; await tg.close(); real.close();
