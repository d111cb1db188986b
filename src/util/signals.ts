/**
 * Stop signals for a long-running process that shuts down gracefully.
 *
 * @module
 */

/** How long a graceful shutdown may take by default (SHUTDOWN_TIMEOUT_MS). */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** What {@linkcode watchStopSignals} reports. */
export interface StopSignals extends Disposable {
  /** Resolves with the first SIGINT or SIGTERM; never where signals cannot be listened to. */
  readonly first: Promise<Deno.Signal>;
}

/** Options of {@linkcode watchStopSignals}. */
export interface WatchOptions {
  /**
   * Told of every signal after the first, while the process is stopping.
   * A stop that signals a whole process group (systemd's default `KillMode`,
   * Docker, Ctrl-C in a terminal) reaches `deno task` and the bot, and
   * `deno task` forwards it once more: that repeat must not kill the bot
   * half-way through its shutdown.
   */
  onRepeat?: (signal: Deno.Signal, count: number) => void;
  /** Signals listened to. Default SIGINT and SIGTERM (SIGINT only on Windows). */
  signals?: readonly Deno.Signal[];
}

/**
 * Listen for SIGINT and SIGTERM until disposed: the first resolves `first`;
 * later ones go to `onRepeat` and never stop the process by themselves,
 * since a listener replaces the default action. Where signals cannot be
 * listened to (Deno Deploy manages the process itself) `first` never resolves.
 */
export function watchStopSignals(options: WatchOptions = {}): StopSignals {
  const signals = options.signals ??
    (Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"]);
  const first = Promise.withResolvers<Deno.Signal>();
  const handlers: Array<[Deno.Signal, () => void]> = [];
  let count = 0;
  for (const signal of signals) {
    const handler = () => {
      count++;
      if (count === 1) first.resolve(signal);
      else options.onRepeat?.(signal, count);
    };
    try {
      Deno.addSignalListener(signal, handler);
      handlers.push([signal, handler]);
    } catch {
      // Not supported here; the platform stops the process.
    }
  }
  return {
    first: first.promise,
    [Symbol.dispose]() {
      for (const [signal, handler] of handlers.splice(0)) {
        Deno.removeSignalListener(signal, handler);
      }
    },
  };
}
