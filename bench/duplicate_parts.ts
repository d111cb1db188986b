/**
 * How often a kill -9 while the parts of a long answer are being sent makes a
 * part appear twice. Each run starts the real bot (main.ts) against the fake
 * Telegram and LLM on 127.0.0.1, asks for a 6-part answer, sends SIGKILL
 * `delay` ms after Telegram accepted a random one of its messages, starts the
 * bot again on the same KV file and compares the chat with the answer's parts.
 *
 * ```sh
 * deno run -A bench/duplicate_parts.ts                 # 40 runs, delays 0-8 ms
 * deno run -A bench/duplicate_parts.ts --runs 100 --max-delay-ms 4 --json
 * ```
 *
 * A duplicate happens when the kill lands after Telegram accepted a part and
 * before the bot's KV commit of that part landed: the rate at a given delay
 * says how long that window is on this machine (see docs/ARCHITECTURE.md,
 * "Crash windows").
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type KillRun, runKillTrial } from "../tests/e2e/kill_trial.ts";
import { startStack } from "../tests/e2e/stack.ts";

const FIRST_USER = 700_000_001;

const { values } = parseArgs({
  args: Deno.args,
  options: {
    runs: { type: "string", default: "40" },
    "max-delay-ms": { type: "string", default: "8" },
    parts: { type: "string", default: "6" },
    /** "random" (any message after the draft) or "last" (no next part in flight). */
    after: { type: "string", default: "random" },
    json: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const maxDelayMs = Number(values["max-delay-ms"]);
const parts = Number(values.parts);
if (
  !Number.isInteger(runs) || runs < 1 || !(maxDelayMs >= 0) ||
  !Number.isInteger(parts) || parts < 2
) {
  throw new RangeError(
    "Cannot run the trial: --runs must be a positive integer, --max-delay-ms non-negative, --parts at least 2",
  );
}

await using stack = await startStack();
const results: KillRun[] = [];
for (let i = 0; i < runs; i++) {
  const run = await runKillTrial(stack, {
    userId: FIRST_USER + i,
    // Message 1 is the draft; 2…parts are the parts sent after it.
    afterSend: values.after === "last"
      ? parts
      : 2 + Math.floor(Math.random() * (parts - 1)),
    delayMs: Math.round(Math.random() * maxDelayMs),
    parts,
  });
  results.push(run);
  if (!values.json) {
    console.log(
      `run ${
        i + 1
      }/${runs}: kill ${run.delayMs} ms after message ${run.afterSend}: ${run.duplicates} duplicate(s) ${
        JSON.stringify(run.duplicated)
      }, ${run.missing} missing${run.ordered ? "" : ", OUT OF ORDER"}`,
    );
  }
}

const duplicated = results.filter((r) => r.duplicates > 0);
const byDelay = new Map<number, { runs: number; duplicated: number }>();
for (const r of results) {
  const bin = byDelay.get(r.delayMs) ?? { runs: 0, duplicated: 0 };
  bin.runs++;
  if (r.duplicates > 0) bin.duplicated++;
  byDelay.set(r.delayMs, bin);
}
const summary = {
  runs,
  parts,
  maxDelayMs,
  runsWithDuplicate: duplicated.length,
  duplicates: results.reduce((sum, r) => sum + r.duplicates, 0),
  missing: results.reduce((sum, r) => sum + r.missing, 0),
  outOfOrder: results.filter((r) => !r.ordered).length,
  byDelayMs: Object.fromEntries(
    [...byDelay].toSorted(([a], [b]) => a - b),
  ),
};
console.log(
  values.json ? JSON.stringify(summary) : JSON.stringify(summary, null, 2),
);
