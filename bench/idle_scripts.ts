/**
 * What source text an idle bot holds: it starts Promptsmith (or the peer) as
 * bench:compare does, with `--inspect=127.0.0.1:0`, and `--idle-ms` after
 * the first getUpdates asks the inspector for every script the isolate has
 * loaded (`Debugger.enable` reports each one). The scripts are grouped (our
 * folders under src/, each npm package, Deno's own extensions) with their
 * count, their source's length, and how much of it is an inline source map:
 * Deno's emit of a `.ts` module ends in one that holds the whole TypeScript
 * source.
 *
 * ```sh
 * deno run -A bench/idle_scripts.ts
 * deno run -A bench/idle_scripts.ts --entry /tmp/promptsmith-js/main.js   # bench/emit_js.ts's tree
 * ```
 *
 * With `--entry`, the modules under the entry's folder are grouped as the
 * project's are.
 *
 * The inspector adds memory of its own, so RSS is measured by
 * bench/idle_maps.ts, not here. docs/PERFORMANCE.md ("Seventh pass") has its
 * figures.
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

/** The flags of bench/idle_scripts.ts. */
export const IDLE_SCRIPTS_FLAGS = {
  bot: {
    type: "string",
    default: "promptsmith",
    value: "promptsmith|peer",
    help: "which bot to start",
  },
  entry: {
    type: "string",
    value: "<file>",
    help: "run Promptsmith from this file instead of main.ts",
  },
  "idle-ms": {
    type: "string",
    default: "2000",
    value: "<ms>",
    help: "idle time after the first getUpdates before the scripts are listed",
  },
  top: {
    type: "string",
    default: "30",
    value: "<n>",
    help: "groups printed, largest first",
  },
  json: { type: "boolean", help: "print every group as JSON" },
} as const;

/** One script as `Debugger.scriptParsed` reports it. */
export interface ParsedScript {
  url: string;
  /** Characters of its source, the inline source map's comment included. */
  length: number;
  /** Its `//# sourceMappingURL=`, a `data:` URL when the map is inline. */
  sourceMapURL?: string;
}

/** Scripts of one group. */
export interface ScriptGroup {
  group: string;
  scripts: number;
  /** Characters of source in all. */
  chars: number;
  /** Of those, characters of inline source maps. */
  inlineMapChars: number;
}

/**
 * The group of a script's URL: `src/<folder>` (or the file) for the
 * project's own modules under `root` (a `file:` URL ending in `/`), `npm:<name>`
 * for a package, `ext:<name>` for Deno's own code, else the URL's scheme.
 */
export function scriptGroup(url: string, root: string): string {
  if (url.startsWith(root)) {
    const parts = url.slice(root.length).split("/");
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.join("/");
  }
  const npm = /\/registry\.npmjs\.org\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (npm) return `npm:${npm[1]}`;
  if (url.startsWith("ext:")) return `ext:${url.slice(4).split("/")[0]}`;
  if (url.startsWith("node:")) return "node:";
  const scheme = /^([a-z]+):/.exec(url);
  return scheme ? `${scheme[1]}:` : "(no url)";
}

/** `scripts` summed by {@linkcode scriptGroup}, largest first. */
export function groupScripts(
  scripts: readonly ParsedScript[],
  root: string,
): ScriptGroup[] {
  const groups = new Map<string, ScriptGroup>();
  for (const script of scripts) {
    const group = scriptGroup(script.url, root);
    const sum = groups.get(group) ??
      { group, scripts: 0, chars: 0, inlineMapChars: 0 };
    sum.scripts++;
    sum.chars += script.length;
    if (script.sourceMapURL?.startsWith("data:")) {
      sum.inlineMapChars += script.sourceMapURL.length;
    }
    groups.set(group, sum);
  }
  return [...groups.values()].sort((a, b) => b.chars - a.chars);
}

/** How long the inspector has to report the scripts. */
const LIST_TIMEOUT_MS = 10_000;

/**
 * Every script the isolate behind `socketUrl` has loaded.
 *
 * @throws {Error} when the socket fails or closes first, or no reply comes in time
 */
async function listScripts(socketUrl: string): Promise<ParsedScript[]> {
  const socket = new WebSocket(socketUrl);
  const scripts: ParsedScript[] = [];
  const done = Promise.withResolvers<void>();
  const fail = (why: string) =>
    done.reject(new Error(`Cannot list scripts: ${why}`));
  const timer = setTimeout(
    () => fail(`no reply from the inspector in ${LIST_TIMEOUT_MS} ms`),
    LIST_TIMEOUT_MS,
  );
  socket.onerror = () => fail("the inspector's socket failed");
  socket.onclose = () => fail("the inspector closed the socket");
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    if (message.method === "Debugger.scriptParsed") {
      const { url, length, sourceMapURL } = message.params;
      scripts.push({ url, length: length ?? 0, sourceMapURL });
    } else if (message.id === 1) done.resolve();
  };
  // The scripts already loaded are reported before the reply to this.
  socket.onopen = () =>
    socket.send(JSON.stringify({ id: 1, method: "Debugger.enable" }));
  try {
    await done.promise;
    return scripts;
  } finally {
    clearTimeout(timer);
    socket.onclose = null;
    socket.close();
  }
}

/** The inspector's WebSocket URL, from the line Deno prints on stderr. */
async function inspectorUrl(
  stderr: readonly string[],
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const line of stderr) {
      const found = /Debugger listening on (ws:\/\/\S+)/.exec(line);
      if (found) return found[1];
    }
    if (Date.now() > deadline) {
      throw new Error("Cannot list scripts: the bot printed no inspector URL");
    }
    await sleep(50);
  }
}

interface IdleScriptsOptions {
  bot: BotKind;
  /** Promptsmith's entry file, when not main.ts. */
  entry: string | undefined;
  idleMs: number;
  top: number;
  json: boolean;
}

function parseIdleScriptsOptions(args: string[]): IdleScriptsOptions {
  const flags = parseFlags(args, IDLE_SCRIPTS_FLAGS);
  if (flags.bot !== "promptsmith" && flags.bot !== "peer") {
    throw new RangeError(
      `Cannot run: --bot must be promptsmith or peer, got "${flags.bot}"`,
    );
  }
  if (flags.bot === "peer" && flags.entry !== undefined) {
    throw new RangeError(
      "Cannot run: --entry is Promptsmith's, not the peer's",
    );
  }
  return {
    bot: flags.bot,
    entry: fileFlag("entry", flags.entry),
    idleMs: integerFlag("idle-ms", flags["idle-ms"], 0, 600_000),
    top: integerFlag("top", flags.top, 1, 1000),
    json: flags.json,
  };
}

const USAGE = usage(
  "deno run -A bench/idle_scripts.ts",
  "The source text an idle bot's isolate holds, by group, from its inspector.",
  IDLE_SCRIPTS_FLAGS,
);

if (import.meta.main) {
  const options = optionsOrExit(Deno.args, USAGE, parseIdleScriptsOptions);
  if (options === null) Deno.exit();
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-idle-scripts-" });
  const tg = startFakeTelegram();
  const proc = spawnBot(options.bot, tg, `${dir}/kv.sqlite3`, {
    env: { BOT_MODE: "polling" },
    flags: ["--inspect=127.0.0.1:0"],
    entry: options.entry,
  });
  let scripts: ParsedScript[];
  try {
    // A bot that exits before polling fails here with what it printed.
    await firstPoll(tg, proc, 30_000);
    const url = await inspectorUrl(proc.stderr, 5_000);
    await sleep(options.idleMs);
    scripts = await listScripts(url);
  } finally {
    await stopBot(proc);
    await tg.close();
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
  // An --entry's own modules are grouped from its folder, as ours from the project's.
  const root = options.entry === undefined
    ? new URL("../", import.meta.url).href
    : new URL("./", `file://${options.entry}`).href;
  const groups = groupScripts(scripts, root);
  if (options.json) console.log(JSON.stringify(groups, null, 2));
  else {
    const kb = (chars: number) => (chars / 1024).toFixed(1);
    const total = groups.reduce(
      (sum, g) => ({
        scripts: sum.scripts + g.scripts,
        chars: sum.chars + g.chars,
        inlineMapChars: sum.inlineMapChars + g.inlineMapChars,
      }),
      { scripts: 0, chars: 0, inlineMapChars: 0 },
    );
    console.log(
      [
        "| group | scripts | source, K characters (1,024) | of it inline source maps |",
        "|---|---|---|---|",
        ...groups.slice(0, options.top).map((g) =>
          `| ${g.group} | ${g.scripts} | ${kb(g.chars)} | ${
            kb(g.inlineMapChars)
          } |`
        ),
        `| all ${groups.length} groups | ${total.scripts} | ${
          kb(total.chars)
        } | ${kb(total.inlineMapChars)} |`,
      ].join("\n"),
    );
  }
}
