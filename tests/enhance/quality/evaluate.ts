/**
 * Runs every property on every case of the corpus and sums them up; used by
 * `quality_test.ts` and by the `deno task quality` report.
 *
 * @module
 */

import { type Check, checkOffline, checkRequest } from "./properties.ts";
import { CORPUS, type QualityCase } from "./corpus.ts";

/** The checks of one case. */
export interface CaseResult {
  readonly case: QualityCase;
  readonly offline: readonly Check[];
  readonly request: readonly Check[];
}

/** How many checks hold, overall and per property. */
export interface Totals {
  readonly held: number;
  readonly total: number;
  readonly byProperty: ReadonlyMap<string, { held: number; total: number }>;
}

/** Every case's checks. */
export function evaluate(
  corpus: readonly QualityCase[] = CORPUS,
): CaseResult[] {
  return corpus.map((c) => ({
    case: c,
    offline: checkOffline(c),
    request: checkRequest(c),
  }));
}

/** The totals of a list of checks. */
export function totals(checks: readonly Check[]): Totals {
  const byProperty = new Map<string, { held: number; total: number }>();
  for (const { property, holds } of checks) {
    const entry = byProperty.get(property) ?? { held: 0, total: 0 };
    entry.total++;
    if (holds) entry.held++;
    byProperty.set(property, entry);
  }
  const held = checks.filter((c) => c.holds).length;
  return { held, total: checks.length, byProperty };
}
