/**
 * Where an idle bot's RSS goes: Promptsmith and the peer, each started as
 * bench:compare starts them (polling, the fake Telegram, a new KV file),
 * interleaved, and read `--idle-ms` after the first getUpdates. Each mapping
 * of /proc/<pid>/smaps is put in one of: the Deno binary's file pages (its
 * code and the ICU data Intl touches), other files (libc, SQLite files,
 * Deno's caches), `[heap]` (the main thread's malloc arena only), and other
 * anonymous memory (V8's heap, other threads' malloc arenas, allocations
 * above glibc's mmap threshold, thread stacks). It also prints each run's
 * time from the spawn to the first getUpdates. One start of each bot comes
 * first and is not counted (it compiles and caches the code). `--entry` runs Promptsmith
 * from another file (a bundle, or bench/emit_js.ts's tree). Linux only.
 * docs/PERFORMANCE.md ("Sixth pass", "Seventh pass") has its figures.
 *
 * ```sh
 * deno run -A bench/idle_maps.ts --runs 3
 * deno run -A bench/idle_maps.ts --entry /tmp/promptsmith-js/main.js   # bench/emit_js.ts's tree
 * ```
 *
 * @module
 */
import { startFakeTelegram } from "../tests/fakes/telegram_api.ts";
import {
  type BotKind,
  firstPoll,
  sleep,
  spawnBot,
  stopBot,
} from "./compare/processes.ts";
import {
  fileFlag,
  integerFlag,
  optionsOrExit,
  parseFlags,
  usage,
} from "./cli.ts";

/** The flags of bench/idle_maps.ts. */
export const IDLE_MAPS_FLAGS = {
  runs: {
    type: "string",
    default: "3",
    value: "<n>",
    help: "runs of each bot",
  },
  "idle-ms": {
    type: "string",
    default: "2000",
    value: "<ms>",
    help: "idle time after the first getUpdates before smaps is read",
  },
  entry: {
    type: "string",
    value: "<file>",
    help:
      "run Promptsmith from this file instead of main.ts (a bundle, or bench/emit_js.ts's tree)",
  },
  json: { type: "boolean", help: "print every run as JSON" },
} as const;

/** One reading, in MB. */
export interface IdleMaps {
  rss: number;
  denoBinary: number;
  otherFiles: number;
  mallocHeap: number;
  otherAnonymous: number;
}

/**
 * Sums /proc/<pid>/smaps' Rss lines into {@linkcode IdleMaps}; `binary` is
 * the path of the Deno executable the process runs.
 */
export function readIdleMaps(smaps: string, binary: string): IdleMaps {
  const sums: IdleMaps = {
    rss: 0,
    denoBinary: 0,
    otherFiles: 0,
    mallocHeap: 0,
    otherAnonymous: 0,
  };
  let bucket: keyof IdleMaps = "otherAnonymous";
  for (const line of smaps.split("\n")) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const name = mapping[1];
      bucket = name === "[heap]"
        ? "mallocHeap"
        : name.startsWith("/")
        ? (name.replace(/ \(deleted\)$/, "") === binary
          ? "denoBinary"
          : "otherFiles")
        : "otherAnonymous";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) {
      const mb = Number(rss[1]) / 1024;
      sums[bucket] += mb;
      sums.rss += mb;
    }
  }
  for (const key of Object.keys(sums) as (keyof IdleMaps)[]) {
    sums[key] = Math.round(sums[key] * 10) / 10;
  }
  return sums;
}

/** The median of `values` (the mean of the middle two for an even count), to 0.1. */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle)
    ? (sorted[middle - 1] + sorted[middle]) / 2
    : sorted[Math.floor(middle)];
  return Math.round(value * 10) / 10;
}

/** One idle reading, and how long the bot took to its first getUpdates. */
export interface IdleRun extends IdleMaps {
  startMs: number;
}

async function measure(
  kind: BotKind,
  idleMs: number,
  entry: string | undefined,
): Promise<IdleRun> {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-idle-maps-" });
  const tg = startFakeTelegram();
  const proc = spawnBot(kind, tg, `${dir}/kv.sqlite3`, {
    env: { BOT_MODE: "polling" },
    entry: kind === "promptsmith" ? entry : undefined,
  });
  try {
    // A bot that exits before polling fails here with what it printed.
    const startMs = await firstPoll(tg, proc, 30_000);
    await sleep(idleMs);
    const maps = readIdleMaps(
      Deno.readTextFileSync(`/proc/${proc.pid}/smaps`),
      Deno.execPath(),
    );
    return { ...maps, startMs };
  } finally {
    await stopBot(proc);
    await tg.close();
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}

const USAGE = usage(
  "deno run -A bench/idle_maps.ts",
  "Where an idle bot's RSS goes, Promptsmith against the peer, from /proc/<pid>/smaps.",
  IDLE_MAPS_FLAGS,
);

/** What the flags ask for. */
interface IdleMapsOptions {
  runs: number;
  idleMs: number;
  /** Promptsmith's entry file, when not main.ts. */
  entry: string | undefined;
  json: boolean;
}

/** The options of the flags `args`. */
function parseIdleMapsOptions(args: string[]): IdleMapsOptions {
  const flags = parseFlags(args, IDLE_MAPS_FLAGS);
  return {
    runs: integerFlag("runs", flags.runs, 1, 100),
    idleMs: integerFlag("idle-ms", flags["idle-ms"], 0, 600_000),
    entry: fileFlag("entry", flags.entry),
    json: flags.json,
  };
}

if (import.meta.main) {
  const options = optionsOrExit(Deno.args, USAGE, parseIdleMapsOptions);
  if (options === null) Deno.exit();
  const { runs, idleMs, entry } = options;
  // One start of each first, not counted: the first start after a new entry
  // (or a new checkout) compiles and caches its code, and is 15-100 MB larger.
  for (const kind of ["promptsmith", "peer"] as const) {
    await measure(kind, 0, entry);
  }
  const readings: Record<BotKind, IdleRun[]> = { promptsmith: [], peer: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of ["promptsmith", "peer"] as const) {
      readings[kind].push(await measure(kind, idleMs, entry));
    }
  }
  if (options.json) {
    console.log(JSON.stringify(readings, null, 2));
  } else {
    const cell = (values: number[]) =>
      `${median(values)} (${values.join(", ")})`;
    const of = (kind: BotKind, key: keyof IdleRun) =>
      cell(readings[kind].map((r) => r[key]));
    console.log(
      `| MB, ${idleMs} ms after the first poll: median (each run) | Promptsmith | peer |`,
    );
    console.log("|---|---|---|");
    const buckets: (keyof IdleMaps)[] = [
      "rss",
      "denoBinary",
      "otherFiles",
      "mallocHeap",
      "otherAnonymous",
    ];
    for (const key of buckets) {
      console.log(
        `| ${key} | ${of("promptsmith", key)} | ${of("peer", key)} |`,
      );
    }
    console.log(
      `\nstart → first getUpdates, ms: Promptsmith ${
        of("promptsmith", "startMs")
      }, peer ${of("peer", "startMs")}`,
    );
  }
}
