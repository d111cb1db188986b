/**
 * Building, ahead of time, what the enhancer builds on first use: the
 * regexes compiled from its multilingual word lists and the Intl objects it
 * needs. Importing the enhancer compiles none of them, so that start-up does
 * not wait for them; calling {@linkcode warmUpEnhancer} after start keeps the
 * first prompt from paying for them instead.
 *
 * @module
 */

import { warmUpClarify } from "./clarify.ts";
import { warmUpCues } from "./cues.ts";
import { warmUpExtract } from "./extract.ts";
import { warmUpLanguage } from "./language.ts";
import { warmUpPrompt } from "./prompt.ts";
import { warmUpVisual } from "./offline_visual.ts";
import { sleep } from "../util/backoff.ts";

/**
 * Builds every pattern and Intl object the enhancer would otherwise build on
 * first use, but the category cues' tables (see `STEPS`). Synchronous and
 * CPU-bound (60–200 ms on a busy 2-core machine, most of it parsing the
 * Unicode case-insensitive patterns and ICU's first load), so call it off
 * the start-up path, or use
 * {@linkcode warmUpEnhancerInSlices}. Calling it again does nothing; not
 * calling it changes no result, only when the cost is paid. V8 still
 * compiles each regex's matcher on its first match against each kind of
 * string (one-byte, two-byte), so a process's first English prompt and its
 * first Cyrillic or Chinese one stay slower than later ones (the category
 * cues were about 50 ms and 100 ms of that until they became lookup tables,
 * src/enhance/terms.ts's `termMatcher`). Compiling them here too was tried:
 * it took 0.5 s of CPU and 17 MB of idle RSS for matchers most bots never
 * use.
 *
 * @example
 * ```ts
 * warmUpEnhancer();
 * ```
 */
export function warmUpEnhancer(): void {
  for (const step of STEPS) step();
}

/**
 * The warm-ups of the enhancer's modules; each builds for a budget in ms.
 * Not the category cues (src/enhance/detect.ts): their lookup tables build in
 * about 12 ms on the first prompt, and built here they kept about 3 MB more
 * RSS at idle than the regexes they replaced (docs/PERFORMANCE.md, "Ninth
 * pass").
 */
const STEPS: readonly ((budgetMs?: number) => boolean)[] = [
  warmUpCues,
  warmUpExtract,
  warmUpVisual,
  warmUpPrompt,
  warmUpClarify,
  warmUpLanguage,
];

/** Options of {@linkcode warmUpEnhancerInSlices}. */
export interface SlicedWarmUpOptions {
  /**
   * Budget of one slice, checked between builds: a slice ends once it has
   * passed (one build can take tens of milliseconds). Default 5 ms.
   */
  sliceMs?: number;
  /** Resolves when the next slice may run. Default: the next macrotask. */
  yieldNow?: () => Promise<void>;
  /**
   * Whether the process is busy (updates in flight, jobs running): no slice
   * runs then, so a burst does not compete with the warm-up, and what the
   * burst's prompts need is built as they need it. Default: never busy.
   */
  busy?: () => boolean;
  /** Resolves when it is time to ask `busy` again. Default 100 ms (cut short by `signal`). */
  waitWhileBusy?: () => Promise<void>;
  /** Ends the warm-up before its next slice (shutdown). */
  signal?: AbortSignal;
}

/**
 * {@linkcode warmUpEnhancer} in slices of about `sliceMs`, yielding to the
 * event loop between them, and only while the process is not busy: updates
 * that arrive meanwhile (a webhook's first POSTs) wait for one slice, not the
 * whole warm-up. Resolves once everything is built, or at once when `signal`
 * aborts.
 *
 * @example
 * ```ts ignore
 * const stop = new AbortController();
 * warmUpEnhancerInSlices({ busy: () => updatesInFlight > 0, signal: stop.signal });
 * // at shutdown:
 * stop.abort();
 * ```
 */
export async function warmUpEnhancerInSlices(
  options: SlicedWarmUpOptions = {},
): Promise<void> {
  const { signal } = options;
  const sliceMs = options.sliceMs ?? 5;
  const yieldNow = options.yieldNow ?? nextMacrotask;
  const busy = options.busy ?? (() => false);
  const waitWhileBusy = options.waitWhileBusy ?? (() => sleep(100, signal));
  for (const step of STEPS) {
    while (true) {
      while (busy() && !signal?.aborted) await waitWhileBusy();
      if (signal?.aborted) return;
      if (step(sliceMs)) break;
      await yieldNow();
    }
    await yieldNow();
  }
}

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
