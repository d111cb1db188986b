/**
 * Runs the peer bot (bench/peer/bot.ts) as a process, configured like
 * Promptsmith by environment variables:
 *
 * - `BOT_TOKEN` (required), `TELEGRAM_API_ROOT` (default Telegram's);
 * - `KV_PATH` (default `./data/peer.sqlite3`);
 * - `BOT_MODE`: `polling` (default; grammY's own `bot.start()`, not the
 *   runner) or `webhook` (`webhookCallback(bot, "std/http")` on
 *   `WEBHOOK_PATH`, default `/webhook`, checking `WEBHOOK_SECRET` if set);
 * - `PORT` (default 8080; 0 picks a free one), `LISTEN_HOST` (default
 *   0.0.0.0): the webhook server, in webhook mode only.
 *
 * It prints one JSON line when it listens (`{"event":"listening","port":…}`,
 * webhook mode) and one when it takes updates (`{"event":"started"}`), and
 * stops on SIGTERM or SIGINT.
 *
 * ```sh
 * BOT_TOKEN=… deno run --allow-net --allow-env --allow-read --allow-write bench/peer/main.ts
 * ```
 *
 * @module
 */
import { webhookCallback } from "grammy";
import { createPeerBot } from "./bot.ts";

function env(name: string, fallback?: string): string {
  const value = Deno.env.get(name)?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new TypeError(`Cannot start the peer: ${name} is not set`);
}

function print(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

async function main(): Promise<number> {
  const token = env("BOT_TOKEN");
  const mode = env("BOT_MODE", "polling");
  if (mode !== "polling" && mode !== "webhook") {
    throw new RangeError(
      `Cannot start the peer: BOT_MODE must be "polling" or "webhook", got "${mode}"`,
    );
  }
  const kvPath = env("KV_PATH", "./data/peer.sqlite3");
  const kv = await Deno.openKv(kvPath);
  const bot = createPeerBot(token, kv, {
    apiRoot: Deno.env.get("TELEGRAM_API_ROOT")?.trim() || undefined,
  });
  const stop = Promise.withResolvers<void>();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    Deno.addSignalListener(signal, () => stop.resolve());
  }
  if (mode === "polling") {
    const polling = bot.start({
      onStart: () => print({ event: "started", mode }),
    });
    await Promise.race([stop.promise, polling]);
    await bot.stop();
  } else {
    await bot.init();
    const path = env("WEBHOOK_PATH", "/webhook");
    const handle = webhookCallback(bot, "std/http", {
      secretToken: Deno.env.get("WEBHOOK_SECRET")?.trim() || undefined,
    });
    const server = Deno.serve({
      hostname: env("LISTEN_HOST", "0.0.0.0"),
      port: Number(env("PORT", "8080")),
      onListen: ({ port }) => print({ event: "listening", port }),
    }, (request) => {
      const url = new URL(request.url);
      if (request.method === "POST" && url.pathname === path) {
        return handle(request);
      }
      return new Response("Not Found", { status: 404 });
    });
    print({ event: "started", mode });
    await stop.promise;
    await server.shutdown();
  }
  kv.close();
  print({ event: "stopped" });
  return 0;
}

if (import.meta.main) Deno.exit(await main());
