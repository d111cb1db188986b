/**
 * A full, memory-reducing garbage collection once the process has gone quiet:
 * after start-up, and after a burst.
 *
 * V8 collects when JavaScript allocates: a process that falls idle after a
 * burst allocates nothing, so the garbage of the burst (most of its heap)
 * stays, and so does the RSS, for as long as the bot is idle. With
 * `--v8-flags=--expose-gc` (which `deno task start` and the compiled binary
 * pass) `globalThis.gc` exists; this calls it once the process has been quiet
 * for a while and either its heap has grown well past what the last
 * collection left or tidying (the read caches' expired entries) dropped
 * enough entries, and once when start-up's warm-up is done
 * ({@linkcode IdleGc.settle}). Without the flag (Deno Deploy, a plain
 * `deno run`) it does nothing.
 *
 * The collection asked for is V8's "last resort" one: besides freeing the
 * garbage it compacts the old generation and shrinks the young one back to its
 * smallest size, which a plain `gc()` leaves as large as the last burst made
 * it. Right after start-up that took the committed V8 heap from 30.3 MB to
 * 13.6 MB, against no collection at all (docs/PERFORMANCE.md, "Sixth pass").
 * It takes a few tens of milliseconds, and runs only while nothing is in
 * flight. V8 ignores options it does not know, so tests/util/idle_gc_test.ts
 * checks with `--trace-gc` that this one still reduces.
 *
 * @module
 */

/** The options of V8's `gc()` extension that ask for a memory-reducing collection. */
export const REDUCING_GC = {
  type: "major",
  execution: "sync",
  flavor: "last-resort",
} as const;

/** What this module hands V8's `gc()` (with `--expose-gc`). */
export type GcOptions = typeof REDUCING_GC;

/** What the collector needs to know. */
export interface IdleGcOptions {
  /** Whether the process is busy now (updates in flight, jobs running). */
  busy(): boolean;
  /** The heap in use, in bytes. Default `Deno.memoryUsage().heapUsed`. */
  heapUsed?: () => number;
  /** The collector. Default `globalThis.gc` (present with `--expose-gc`). */
  gc?: ((options: GcOptions) => void) | undefined;
  /**
   * Drops what has gone stale in memory (the read caches' expired entries)
   * and says how many entries it dropped, so that a collection frees them.
   * Called on every quiet look from the `quietLooks`-th on, before the
   * collector decides, and by {@linkcode IdleGc.settle}. One that throws
   * counts as nothing dropped: it stops neither the collector nor the process.
   */
  tidy?: () => number;
  /**
   * Entries {@linkcode IdleGcOptions.tidy} dropped since the last collection
   * (over any number of looks) that are worth one. Default 1,000.
   */
  minTidied?: number;
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
  /**
   * Tidy and collect now unless the process is busy, whatever the heap grew
   * by: for the end of start-up, whose garbage and grown young generation
   * would otherwise stay until the next burst. True when it collected; when
   * busy, the next quiet looks collect instead. After `stop()`, nothing.
   */
  settle(): boolean;
  /** No more looks or collections. */
  stop(): void;
}

/**
 * Start looking every `everyMs`; after `quietLooks` quiet looks, tidy and
 * collect once when the heap grew by `minGrowthBytes` since the last
 * collection, when tidying dropped `minTidied` entries since then, or when
 * {@linkcode IdleGc.settle} found the process busy. The timer never keeps the
 * process alive.
 */
export function startIdleGc(options: IdleGcOptions): IdleGc {
  const gc = "gc" in options
    ? options.gc
    : (globalThis as { gc?: (options: GcOptions) => void }).gc;
  const heapUsed = options.heapUsed ?? (() => Deno.memoryUsage().heapUsed);
  const quietLooks = options.quietLooks ?? 2;
  const minGrowth = options.minGrowthBytes ?? 16 * 1024 * 1024;
  let baseline = heapUsed();
  let quiet = 0;
  let collections = 0;
  // settle() found the process busy: the next quiet period collects anyway.
  let owed = false;
  // Entries tidied away since the last collection, over every look.
  let tidied = 0;
  let stopped = false;
  const minTidied = options.minTidied ?? 1_000;
  const tidy = () => {
    try {
      tidied += options.tidy?.() ?? 0;
    } catch {
      // Nothing dropped: the collector goes on, and so does the process.
    }
  };
  const collect = () => {
    gc!(REDUCING_GC);
    collections++;
    baseline = heapUsed();
    quiet = 0;
    owed = false;
    tidied = 0;
  };
  const look = () => {
    if (gc === undefined || stopped) return;
    if (options.busy()) {
      quiet = 0;
      return;
    }
    quiet++;
    if (quiet < quietLooks) return;
    tidy();
    if (owed || tidied >= minTidied || heapUsed() - baseline >= minGrowth) {
      collect();
    }
  };
  const settle = () => {
    if (gc === undefined || stopped) return false;
    if (options.busy()) {
      owed = true;
      return false;
    }
    tidy();
    collect();
    return true;
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
    settle,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
