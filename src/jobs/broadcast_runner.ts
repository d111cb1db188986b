/** Messages a broadcast sends per second at most, by default (BROADCAST_RATE_PER_SECOND). */
export const DEFAULT_BROADCAST_RATE = 25;
