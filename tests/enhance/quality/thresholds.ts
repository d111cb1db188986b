/**
 * How much of the corpus must hold: enforced by `quality_test.ts` and by the
 * exit code of `deno task quality`.
 *
 * @module
 */

/** Share of offline-output properties that must hold. */
export const OFFLINE_THRESHOLD = 0.95;
/** Share of LLM-request properties that must hold: the builder is exact. */
export const REQUEST_THRESHOLD = 1;
