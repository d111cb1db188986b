/** A source of the current time, injected so that tests control time without sleeping. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The real clock, backed by `Date.now()`. */
export const SYSTEM_CLOCK: Clock = { now: () => Date.now() };
