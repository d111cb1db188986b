/**
 * Run by `warm_up_test.ts` in a fresh process (a module graph is evaluated
 * once per process). It replaces `RegExp` and the ICU-backed `Intl`
 * constructors with counting proxies, then:
 *
 * 1. imports every module of src/enhance/ (and src/telegram/split.ts), and
 *    counts what is constructed from their code;
 * 2. runs the warm-up main.ts runs (`warmUpEnhancerInSlices`, one value per
 *    slice): first "busy" until stopped, then busy again after every slice
 *    (nothing may be built while busy), and counts again;
 * 3. writes prompts and requests for the whole quality corpus, and counts
 *    what a lazy value builds there: anything is one the warm-up missed;
 * 4. as a control, builds one value through `lazy()` itself, which must count.
 *
 * Regex literals are not constructor calls, so they are not counted.
 * Prints the counts as one JSON line.
 *
 * @module
 */

const SRC = new URL("../../src/", import.meta.url);
const ENHANCE = new URL("enhance/", SRC).href;
const SPLIT = new URL("telegram/split.ts", SRC).href;
const LAZY = new URL("util/lazy.ts", SRC).href;

type Phase = "import" | "busy" | "busyAgain" | "warmUp" | "use" | "control";
let phase: Phase = "import";
const counts: Record<Phase, { regexp: number; intl: number }> = {
  import: { regexp: 0, intl: 0 },
  busy: { regexp: 0, intl: 0 },
  busyAgain: { regexp: 0, intl: 0 },
  warmUp: { regexp: 0, intl: 0 },
  use: { regexp: 0, intl: 0 },
  control: { regexp: 0, intl: 0 },
};
let prompts = 0;

Error.stackTraceLimit = 200;

function record(kind: "regexp" | "intl") {
  const stack = new Error().stack ?? "";
  const mine = stack.includes(ENHANCE) || stack.includes(SPLIT);
  // After the import, only what a lazy value builds matters: the enhancer
  // also builds regexes per call (e.g. for one tag), which is not start-up.
  const counted = phase === "import" || phase === "busy" ||
      phase === "busyAgain" || phase === "warmUp"
    ? mine
    : stack.includes(LAZY);
  if (counted) counts[phase][kind]++;
}

function counting<T extends object>(target: T, kind: "regexp" | "intl"): T {
  return new Proxy(target, {
    construct(target, args, newTarget) {
      record(kind);
      return Reflect.construct(target as new () => object, args, newTarget);
    },
    apply(target, self, args) {
      record(kind);
      return Reflect.apply(target as () => unknown, self, args);
    },
  });
}

globalThis.RegExp = counting(RegExp, "regexp");
// Intl's constructors are writable, but typed as read-only.
Object.assign(Intl, {
  Segmenter: counting(Intl.Segmenter, "intl"),
  DisplayNames: counting(Intl.DisplayNames, "intl"),
  NumberFormat: counting(Intl.NumberFormat, "intl"),
  DateTimeFormat: counting(Intl.DateTimeFormat, "intl"),
});

for (
  const dir of [new URL("enhance/", SRC), new URL("enhance/lexicons/", SRC)]
) {
  for (
    const entry of [...Deno.readDirSync(dir)].sort((a, b) =>
      a.name.localeCompare(b.name)
    )
  ) {
    if (entry.isFile && entry.name.endsWith(".ts")) {
      await import(new URL(entry.name, dir).href);
    }
  }
}
await import(SPLIT);
const { CORPUS } = await import("./quality/corpus.ts");
const { writeOfflinePrompt } = await import("../../src/enhance/offline.ts");
const { buildEnhanceRequest } = await import("../../src/enhance/prompt.ts");
const { TARGET_IDS } = await import("../../src/enhance/targets.ts");
const { warmUpEnhancerInSlices } = await import(
  "../../src/enhance/warm_up.ts"
);
const { lazy } = await import("../../src/util/lazy.ts");

// Busy from the start and stopped while waiting: it ends, having built nothing.
phase = "busy";
let busyWaits = 0;
const stop = new AbortController();
await warmUpEnhancerInSlices({
  sliceMs: 0,
  busy: () => true,
  waitWhileBusy: () => {
    if (++busyWaits === 3) stop.abort();
    // A warm-up that ignores its signal would wait forever: fail instead.
    if (busyWaits > 10) throw new Error("The warm-up went on after its signal");
    return Promise.resolve();
  },
  signal: stop.signal,
});

// Busy again after every slice, quiet after one wait: no slice may run
// before the process is quiet (it asks before every slice, not once a module).
phase = "warmUp";
let busy = false;
let laterWaits = 0;
await warmUpEnhancerInSlices({
  sliceMs: 0,
  busy: () => busy,
  yieldNow: () => {
    busy = true;
    phase = "busyAgain";
    return Promise.resolve();
  },
  waitWhileBusy: () => {
    laterWaits++;
    busy = false;
    phase = "warmUp";
    return Promise.resolve();
  },
});

phase = "use";
for (const c of CORPUS) {
  for (const target of ["auto", ...TARGET_IDS] as const) {
    for (const clarify of ["never", "always"] as const) {
      writeOfflinePrompt(c.rough, { target, clarify });
      prompts++;
    }
  }
  buildEnhanceRequest({ rough: c.rough, category: c.category });
  buildEnhanceRequest({
    rough: c.rough,
    category: c.category,
    answerLanguage: "pt-BR",
  });
}
phase = "control";
lazy(() => new RegExp("probe"))();

console.log(JSON.stringify({ counts, prompts, busyWaits, laterWaits }));
