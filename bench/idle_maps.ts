// scratch: idle smaps breakdown of both bots
import { startFakeTelegram } from "../tests/fakes/telegram_api.ts";
import { spawnBot, stopBot, sleep } from "./compare/processes.ts";

function smaps(pid: number) {
  const text = Deno.readTextFileSync(`/proc/${pid}/smaps`);
  const groups: Record<string, number> = {};
  let name = "";
  for (const line of text.split("\n")) {
    const m = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
    if (m) { name = m[1] || "[anon]"; continue; }
    const r = line.match(/^Rss:\s+(\d+) kB/);
    if (r) groups[name] = (groups[name] ?? 0) + Number(r[1]);
  }
  return Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 12)
    .map(([k, v]) => `${(v / 1024).toFixed(1)} MB ${k}`);
}
for (const kind of ["peer", "promptsmith"] as const) {
  const tg = startFakeTelegram();
  const dir = await Deno.makeTempDir();
  const proc = spawnBot(kind, tg, `${dir}/kv.sqlite3`, { BOT_MODE: "polling" });
  await tg.waitForCall("getUpdates", () => true, 20000).catch((e) => { console.log(proc.stderr.join("\n")); throw e; });
  await sleep(3000);
  console.log(kind, smaps(proc.pid).join("\n  "));
  await stopBot(proc);
  await tg.close();
}
