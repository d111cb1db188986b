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
import { warmUpDetect } from "./detect.ts";
import { warmUpExtract } from "./extract.ts";
import { warmUpLanguage } from "./language.ts";
import { warmUpPrompt } from "./prompt.ts";
import { warmUpVisual } from "./offline_visual.ts";

/**
 * Builds every pattern and Intl object the enhancer would otherwise build on
 * first use. Synchronous and CPU-bound (60–200 ms on a busy 2-core machine,
 * most of it parsing the Unicode case-insensitive patterns and ICU's first
 * load), so call it off the start-up path, e.g. once polling has started.
 * Calling it again does nothing; not calling it changes no result, only when
 * the cost is paid. V8 still compiles each regex's matcher on its first
 * match, so the first prompt stays slower than later ones.
 *
 * @example
 * ```ts
 * warmUpEnhancer();
 * ```
 */
export function warmUpEnhancer(): void {
  for (const step of STEPS) step();
}

/** The warm-ups of the enhancer's modules; each builds for a budget in ms. */
const STEPS: readonly ((budgetMs?: number) => boolean)[] = [
  warmUpDetect,
  warmUpCues,
  warmUpExtract,
  warmUpVisual,
  warmUpPrompt,
  warmUpClarify,
  warmUpLanguage,
];

/**
 * {@linkcode warmUpEnhancer} in slices of about `sliceMs`, yielding to the
 * event loop between them: updates that arrive meanwhile (a webhook's first
 * POSTs) wait for one slice, not the whole warm-up.
 */
export async function warmUpEnhancerInSlices(
  sliceMs = 5,
  yieldNow: () => Promise<void> = () =>
    new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  for (const step of STEPS) {
    while (!step(sliceMs)) await yieldNow();
    await yieldNow();
  }
}
