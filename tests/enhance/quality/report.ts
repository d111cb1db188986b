/**
 * `deno task quality`: prints, for every case of the corpus, which offline and
 * LLM-request properties hold (✓), fail (✗) or do not apply (·), then the
 * totals per property and overall. Exits with 1 below the thresholds that
 * `quality_test.ts` enforces.
 *
 * @module
 */

import { evaluate, totals } from "./evaluate.ts";
import {
  type Check,
  OFFLINE_PROPERTIES,
  REQUEST_PROPERTIES,
} from "./properties.ts";
import { OFFLINE_THRESHOLD, REQUEST_THRESHOLD } from "./thresholds.ts";

const SHORT: Record<string, string> = {
  category: "cat",
  clarify: "ask",
  labels: "lbl",
  punctuation: "pun",
  sentences: "snt",
  injection: "inj",
  audience: "aud",
  placeholders: "plh",
  invented: "inv",
  facts: "fct",
  length: "len",
  shape: "shp",
  translation: "trn",
  req_target: "tgt",
  req_examples: "exm",
  req_language: "lng",
  req_data: "dat",
  req_sampling: "smp",
};

function cell(checks: readonly Check[], property: string): string {
  const mine = checks.filter((c) => c.property === property);
  if (mine.length === 0) return " · ";
  return mine.every((c) => c.holds) ? " ✓ " : " ✗ ";
}

function percent(held: number, total: number): string {
  return `${(100 * held / total).toFixed(1)} %`;
}

const results = evaluate();
const width = Math.max(...results.map((r) => r.case.id.length));
const header = [
  "case".padEnd(width),
  "lang",
  ...OFFLINE_PROPERTIES.map((p) => SHORT[p]),
  "|",
  ...REQUEST_PROPERTIES.map((p) => SHORT[p]),
].join(" ");
console.log(header);
console.log("-".repeat(header.length));
const failures: string[] = [];
for (const { case: c, offline, request } of results) {
  console.log([
    c.id.padEnd(width),
    c.language.padEnd(4),
    ...OFFLINE_PROPERTIES.map((p) => cell(offline, p)),
    "|",
    ...REQUEST_PROPERTIES.map((p) => cell(request, p)),
  ].join(" "));
  for (const check of [...offline, ...request]) {
    if (!check.holds) {
      failures.push(`${c.id} ${check.property}: ${check.detail}`);
    }
  }
}

const offline = totals(results.flatMap((r) => r.offline));
const request = totals(results.flatMap((r) => r.request));
console.log("");
console.log("property       held / checks");
for (const [name, entry] of [...offline.byProperty, ...request.byProperty]) {
  console.log(
    `${name.padEnd(14)} ${String(entry.held).padStart(4)} / ${entry.total}`,
  );
}
console.log("");
const languages = new Set(results.map((r) => r.case.language));
console.log(`${results.length} cases in ${languages.size} languages`);
console.log(
  `offline: ${offline.held} / ${offline.total} properties hold (${
    percent(offline.held, offline.total)
  }; threshold ${OFFLINE_THRESHOLD * 100} %)`,
);
console.log(
  `request: ${request.held} / ${request.total} properties hold (${
    percent(request.held, request.total)
  }; threshold ${REQUEST_THRESHOLD * 100} %)`,
);
if (failures.length > 0) {
  console.log("\nfailing:");
  for (const failure of failures) console.log(`  ${failure}`);
}
const ok = offline.held / offline.total >= OFFLINE_THRESHOLD &&
  request.held / request.total >= REQUEST_THRESHOLD;
if (!ok) Deno.exit(1);
