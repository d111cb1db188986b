/**
 * Spaces out actions to at most `ratePerSecond`, and holds them all back
 * while a server's "retry after" lasts. Time and waiting are injected, so
 * tests pace without sleeping.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { Sleep } from "./backoff.ts";

/** Options of {@linkcode Pacer}. */
export interface PacerOptions {
  /** Actions per second at most; the gap between two is `1000 / ratePerSecond` ms. */
  ratePerSecond: number;
  clock: Clock;
  /** Waits; the real one is `sleep` of util/backoff.ts. */
  sleep: Sleep;
}

/** One action at a time, each at least a gap after the one before. */
export class Pacer {
  readonly #gapMs: number;
  readonly #clock: Clock;
  readonly #sleep: Sleep;
  /** The earliest moment of the next action. */
  #next = -Infinity;

  constructor(options: PacerOptions) {
    if (!(options.ratePerSecond > 0)) {
      throw new RangeError(
        `Cannot create pacer: ratePerSecond must be positive, got ${options.ratePerSecond}`,
      );
    }
    this.#gapMs = 1000 / options.ratePerSecond;
    this.#clock = options.clock;
    this.#sleep = options.sleep;
  }

  /** The gap between two actions, in milliseconds. */
  get gapMs(): number {
    return this.#gapMs;
  }

  /**
   * Wait for the next action's turn and take it. Callers take turns one at
   * a time (await each before the next).
   *
   * @returns false when `signal` aborted the wait
   */
  async take(signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      if (signal?.aborted) return false;
      const wait = this.#next - this.#clock.now();
      if (wait <= 0) break;
      await this.#sleep(wait, signal);
    }
    this.#next = this.#clock.now() + this.#gapMs;
    return true;
  }

  /** No action before `ms` since the epoch (a 429's `retry_after`); never brings the next one forward. */
  holdUntil(ms: number): void {
    this.#next = Math.max(this.#next, ms);
  }
}
