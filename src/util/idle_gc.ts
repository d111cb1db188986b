/**
 * A full garbage collection once the process has gone quiet after a burst.
 *
 * V8 collects when JavaScript allocates: a process that falls idle after a
 * burst allocates nothing, so the garbage of the burst (most of its heap)
 * stays, and so does the RSS, for as long as the bot is idle. With
 * `--v8-flags=--expose-gc` (which `deno task start` and the compiled binary
 * pass) `globalThis.gc` exists; this calls it when the process has been idle
 * for a while and its heap has grown well past what the last collection
 * left. Without the flag (Deno Deploy, a plain `deno run`) it does nothing.
 *
 * @module
 */

/** What the collector needs to know. */
export interface IdleGcOptions {
  /** Whether the process is busy now (updates in flight, jobs running). */
  busy(): boolean;
  /** The heap in use, in bytes. Default `Deno.memoryUsage().heapUsed`. */
  heapUsed?: () => number;
  /** The collector. Default `globalThis.gc` (present with `--expose-gc`). */
  gc?: (() => void) | undefined;
  /** How often to look, in ms. Default 5 s. */
  everyMs?: number;
  /** Quiet looks in a row before collecting. Default 2 (about 10 s idle). */
  quietLooks?: number;
  /** Heap growth since the last collection that is worth one, in bytes. Default 16 MiB. */
  minGrowthBytes?: number;
}

/** A running idle collector. */
export interface IdleGc {
  /** Collections done so far. */
  readonly collections: number;
  /** Look once now (what the timer does), for tests. */
  look(): void;
  stop(): void;
}

/**
 * Start looking every `everyMs`; collect once after `quietLooks` quiet looks
 * when the heap grew by `minGrowthBytes` since the last collection. The timer
 * never keeps the process alive.
 */
export function startIdleGc(options: IdleGcOptions): IdleGc {
  const gc = "gc" in options
    ? options.gc
    : (globalThis as { gc?: () => void }).gc;
  const heapUsed = options.heapUsed ?? (() => Deno.memoryUsage().heapUsed);
  const quietLooks = options.quietLooks ?? 2;
  const minGrowth = options.minGrowthBytes ?? 16 * 1024 * 1024;
  let baseline = heapUsed();
  let quiet = 0;
  let collections = 0;
  const look = () => {
    if (gc === undefined) return;
    if (options.busy()) {
      quiet = 0;
      return;
    }
    quiet++;
    if (quiet < quietLooks || heapUsed() - baseline < minGrowth) return;
    gc();
    collections++;
    baseline = heapUsed();
    quiet = 0;
  };
  const timer = gc === undefined
    ? undefined
    : setInterval(look, options.everyMs ?? 5_000);
  if (timer !== undefined) Deno.unrefTimer(timer);
  return {
    get collections() {
      return collections;
    },
    look,
    stop: () => clearInterval(timer),
  };
}
