/**
 * What many tests share: a clock they move by hand, the English texts of the
 * bot, and two KV handles on one file (two instances of the bot).
 *
 * @module
 */
import { type LogRecord, reset } from "@logtape/logtape";
import type { Clock } from "../src/clock.ts";
import { setupLogging } from "../src/logging.ts";
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

/** What a {@linkcode countingKv} saw. */
export interface KvCounts {
  /** Read rounds: `get` and `getMany` calls. */
  reads: number;
  /** `list` calls. */
  lists: number;
  /** Atomic commits, and `set`/`delete` (each a commit of its own). */
  commits: number;
}

/** `kv` with every read round and commit counted; `reset()` starts again. */
export function countingKv(
  kv: Deno.Kv,
): { kv: Deno.Kv; counts: KvCounts; reset(): void } {
  const counts: KvCounts = { reads: 0, lists: 0, commits: 0 };
  const counted = new Proxy(kv, {
    get(target, property) {
      if (property === "get" || property === "getMany") {
        return (...args: unknown[]) => {
          counts.reads++;
          // deno-lint-ignore no-explicit-any
          return (target as any)[property](...args);
        };
      }
      if (property === "list") {
        return (...args: unknown[]) => {
          counts.lists++;
          // deno-lint-ignore no-explicit-any
          return (target as any).list(...args);
        };
      }
      if (property === "set" || property === "delete") {
        return (...args: unknown[]) => {
          counts.commits++;
          // deno-lint-ignore no-explicit-any
          return (target as any)[property](...args);
        };
      }
      if (property === "atomic") {
        return () => {
          const op = target.atomic();
          const commit = op.commit.bind(op);
          op.commit = () => {
            counts.commits++;
            return commit();
          };
          return op;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    kv: counted,
    counts,
    reset() {
      counts.reads = 0;
      counts.lists = 0;
      counts.commits = 0;
    },
  };
}

/**
 * What a message offers to copy: the text of its `pre` blocks (an answer's
 * prompt), or its whole text when it has none.
 */
export function copyable(
  message: {
    text?: string;
    entities?: { type: string; offset: number; length: number }[];
  },
): string {
  const text = message.text ?? "";
  const blocks = (message.entities ?? []).filter((e) => e.type === "pre");
  if (blocks.length === 0) return text;
  return blocks.map((e) => text.slice(e.offset, e.offset + e.length)).join(
    "\n",
  );
}

/** `kv` whose next `locked` commits throw SQLite's busy error, as under another process's write. */
export function lockedFor(
  kv: Deno.Kv,
  locked: number,
): Deno.Kv & { failed: number } {
  let left = locked;
  const wrapped = new Proxy(kv, {
    get(target, property) {
      if (property === "failed") return locked - left;
      if (property === "atomic") {
        return () => {
          const op = target.atomic();
          const commit = op.commit.bind(op);
          op.commit = () => {
            if (left > 0) {
              left--;
              return Promise.reject(
                new TypeError("Failed to commit: database is locked"),
              );
            }
            return commit();
          };
          return op;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return wrapped as Deno.Kv & { failed: number };
}

/** Run `fn` with the bot's log records from `level` up captured; LogTape is reset afterwards. */
export async function withLogs(
  fn: (records: LogRecord[]) => Promise<void>,
  level: Parameters<typeof setupLogging>[0]["level"] = "info",
): Promise<void> {
  const records: LogRecord[] = [];
  await setupLogging({
    level,
    format: "json",
    idKey: "test-id-key-0123456789",
    sink: (record) => records.push(record),
  });
  try {
    await fn(records);
  } finally {
    await reset();
  }
}

/** The checkout's root, where `deno run` finds deno.json. */
const CHECKOUT = new URL("..", import.meta.url).pathname;

/**
 * `deno <args>` in a process of its own, from the checkout, without colour;
 * its exit code and its output as text.
 */
export async function runDeno(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [...args],
    cwd: CHECKOUT,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return {
    code: out.code,
    stdout: text.decode(out.stdout),
    stderr: text.decode(out.stderr),
  };
}

/** `kv`, handing every atomic operation it starts to `watch` (which may wrap its methods) before the caller gets it. */
export function watchingAtomics(
  kv: Deno.Kv,
  watch: (op: Deno.AtomicOperation) => void,
): Deno.Kv {
  return new Proxy(kv, {
    get(target, property) {
      if (property === "atomic") {
        return () => {
          const op = target.atomic();
          watch(op);
          return op;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Something that keeps writing `userId`'s history: on a KV wrapped by
 * `wrapKv`, every listing of their history first stores one more item, until
 * `stop()`. `writes` counts them.
 */
export function historyWriter(userId: number): {
  wrapKv(kv: Deno.Kv): Deno.Kv;
  stop(): void;
  readonly writes: number;
} {
  let writes = 0;
  let on = true;
  return {
    stop: () => (on = false),
    get writes() {
      return writes;
    },
    wrapKv: (kv) =>
      new Proxy(kv, {
        get(target, property) {
          if (property === "list") {
            return (
              selector: Deno.KvListSelector,
              options?: Deno.KvListOptions,
            ) => {
              const from = "prefix" in selector
                ? selector.prefix
                : "start" in selector
                ? selector.start
                : [];
              if (on && from[0] === "history" && from[1] === userId) {
                return (async function* () {
                  await target.set(["history", userId, 1_000 + ++writes], {
                    prompt: "p",
                  });
                  yield* target.list(selector, options);
                })();
              }
              return target.list(selector, options);
            };
          }
          const value = Reflect.get(target, property, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      }),
  };
}
