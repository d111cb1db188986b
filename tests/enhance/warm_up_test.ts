import assert from "node:assert/strict";
import { runDeno } from "../support.ts";

const PROBE = new URL("./build_probe.ts", import.meta.url).pathname;

interface Counts {
  regexp: number;
  intl: number;
}

interface ProbeResult {
  counts: Record<
    "import" | "busy" | "busyAgain" | "warmUp" | "use" | "control",
    Counts
  >;
  /** Waits of the warm-up that was busy from the start, until stopped. */
  busyWaits: number;
  /** Waits of the warm-up that became busy after every slice. */
  laterWaits: number;
  prompts: number;
}

// The module graph is evaluated once per process, so the probe runs in its own.
async function probe(): Promise<ProbeResult> {
  const out = await runDeno(["run", "--allow-read", "--no-prompt", PROBE]);
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout);
}

Deno.test("the enhancer builds its regexes and Intl objects on first use, and the warm-up builds them all once the process is not busy", async () => {
  const { counts, prompts, busyWaits, laterWaits } = await probe();
  // Importing src/enhance/ (and the Telegram splitter) builds nothing.
  assert.deepEqual(counts.import, { regexp: 0, intl: 0 });
  // While the process is busy, the sliced warm-up waits and builds nothing,
  // and it ends when stopped; it asks before every slice, not once a module.
  assert.equal(busyWaits, 3);
  assert.deepEqual(counts.busy, { regexp: 0, intl: 0 });
  assert.ok(laterWaits > 7, `waits: ${laterWaits}`);
  assert.deepEqual(counts.busyAgain, { regexp: 0, intl: 0 });
  // The counting works: it sees the warm-up build them, and it sees a value
  // that lazy() builds after the warm-up (the control)…
  assert.ok(counts.warmUp.regexp > 20, JSON.stringify(counts.warmUp));
  assert.ok(counts.warmUp.intl >= 2, JSON.stringify(counts.warmUp));
  assert.deepEqual(counts.control, { regexp: 1, intl: 0 });
  // …so none built while writing every corpus prompt means the warm-up
  // missed none.
  assert.ok(prompts > 500);
  assert.deepEqual(counts.use, { regexp: 0, intl: 0 });
});
