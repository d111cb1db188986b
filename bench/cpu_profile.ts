/**
 * A CPU profile of a running bot, with whole stacks (unlike `--prof`): it
 * connects to the bot's inspector, samples for `--seconds`, and prints the
 * functions and files with the most time, inclusive (the function and what it
 * called) and self.
 *
 * ```sh
 * LOAD_BOT_FLAGS=--inspect=127.0.0.1:9229 deno task load &
 * deno run -A bench/cpu_profile.ts --seconds 30 --out /tmp/bot.cpuprofile
 * ```
 *
 * The `.cpuprofile` file opens in Chrome's DevTools (Performance panel).
 *
 * @module
 */
import { integerFlag, parseFlags, usage, wantsHelp } from "./cli.ts";

const FLAGS = {
  inspector: {
    type: "string",
    default: "127.0.0.1:9229",
    value: "<host:port>",
    help: "where the bot's inspector listens (deno run --inspect=…)",
  },
  seconds: {
    type: "string",
    default: "30",
    value: "<s>",
    help: "how long to sample",
  },
  delay: {
    type: "string",
    default: "3",
    value: "<s>",
    help: "wait this long after connecting before sampling (start-up)",
  },
  top: {
    type: "string",
    default: "40",
    value: "<n>",
    help: "rows printed per table",
  },
  out: {
    type: "string",
    value: "<file>",
    help: "also write the profile (.cpuprofile) there",
  },
} as const;

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
  };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

if (import.meta.main) {
  if (wantsHelp(Deno.args)) {
    console.log(usage(
      "deno run -A bench/cpu_profile.ts",
      "Samples a running bot's CPU through its inspector and prints where the time went.",
      FLAGS,
    ));
    Deno.exit(0);
  }
  const flags = parseFlags(Deno.args, FLAGS);
  const seconds = integerFlag("seconds", flags.seconds, 1, 3600);
  const delay = integerFlag("delay", flags.delay, 0, 600);
  const top = integerFlag("top", flags.top, 1, 1000);
  const socketUrl = await inspectorUrl(flags.inspector);
  const profile = await sample(socketUrl, delay * 1000, seconds * 1000);
  if (flags.out) await Deno.writeTextFile(flags.out, JSON.stringify(profile));
  console.log(report(profile, top));
  Deno.exit(0);
}

async function inspectorUrl(address: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`http://${address}/json/list`);
      const targets = await response.json() as {
        webSocketDebuggerUrl: string;
      }[];
      if (targets.length > 0) return targets[0].webSocketDebuggerUrl;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(`Cannot profile: no inspector at ${address}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function sample(
  url: string,
  delayMs: number,
  durationMs: number,
): Promise<Profile> {
  const socket = new WebSocket(url);
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    if (typeof message.id === "number") {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    }
  };
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  // A process started with --inspect-brk waits for this; with --inspect it is a no-op.
  await send("Runtime.runIfWaitingForDebugger");
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  await send("Profiler.enable");
  await send("Profiler.setSamplingInterval", { interval: 500 });
  await send("Profiler.start");
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  const { profile } = await send("Profiler.stop") as { profile: Profile };
  socket.close();
  return profile;
}

/** Inclusive and self time per function and per file, in ms and share of the samples. */
export function report(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const selfMs = new Map<number, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
    totalMs += ms;
  });
  const fnSelf = new Map<string, number>();
  const fnIncl = new Map<string, number>();
  const fileIncl = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const leaf = byId.get(id)!;
    const leafName = nameOf(leaf);
    fnSelf.set(leafName, (fnSelf.get(leafName) ?? 0) + ms);
    // Inclusive: once per distinct function / file on the stack.
    const names = new Set<string>();
    const files = new Set<string>();
    for (
      let at: number | undefined = id;
      at !== undefined;
      at = parent.get(at)
    ) {
      const node = byId.get(at)!;
      names.add(nameOf(node));
      files.add(fileOf(node));
    }
    for (const name of names) fnIncl.set(name, (fnIncl.get(name) ?? 0) + ms);
    for (const file of files) {
      fileIncl.set(file, (fileIncl.get(file) ?? 0) + ms);
    }
  }
  const table = (title: string, rows: Map<string, number>) =>
    [
      `${title} (of ${totalMs.toFixed(0)} ms sampled)`,
      ...[...rows].sort((a, b) => b[1] - a[1]).slice(0, top).map((
        [name, ms],
      ) =>
        `${ms.toFixed(0).padStart(8)} ms ${
          (100 * ms / totalMs).toFixed(1).padStart(5)
        } %  ${name}`
      ),
    ].join("\n");
  return [
    table("Self time by function", fnSelf),
    "",
    table("Inclusive time by function", fnIncl),
    "",
    table("Inclusive time by file", fileIncl),
  ].join("\n");
}

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
}

function fileOf(node: ProfileNode): string {
  return shortUrl(node.callFrame.url) || `(${node.callFrame.functionName})`;
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\/\/.*?\/npm\/registry\.npmjs\.org\//, "npm:")
    .replace(new URL("../", import.meta.url).href, "");
}
