/**
 * What many tests share: a clock they move by hand, the English texts of the
 * bot, and two KV handles on one file (two instances of the bot).
 *
 * @module
 */
import type { Clock } from "../src/clock.ts";
import { createI18n, type MessageArgs } from "../src/ui/i18n.ts";

/** A clock that moves only when told. */
export interface ManualClock extends Clock {
  /** Move forward by `ms`; returns the new time. */
  advance(ms: number): number;
  /** Jump to `ms`. */
  set(ms: number): number;
}

/** A {@linkcode ManualClock} starting at `start` (default 2023-11-14). */
export function manualClock(start = 1_700_000_000_000): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => (now += ms),
    set: (ms) => (now = ms),
  };
}

const i18n = createI18n();

/** The bot's English text `id`, as a user whose Telegram speaks English reads it. */
export function en(id: string, args?: MessageArgs): string {
  return i18n.t("en", id, args);
}

/** The bot's text `id` in `locale`. */
export function text(locale: string, id: string, args?: MessageArgs): string {
  return i18n.t(i18n.isLocale(locale) ? locale : "en", id, args);
}

/** Two KV handles on one temporary file, as two instances would have. */
export async function twoHandles(): Promise<
  { a: Deno.Kv; b: Deno.Kv; path: string } & AsyncDisposable
> {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/kv.sqlite3`;
  const a = await Deno.openKv(path);
  const b = await Deno.openKv(path);
  return {
    a,
    b,
    path,
    async [Symbol.asyncDispose]() {
      a.close();
      b.close();
      await Deno.remove(dir, { recursive: true });
    },
  };
}
