/**
 * The bench scripts must keep working: their --help, the counting KV the
 * comparison states KV costs with, the peer bot, and a tiny in-process run of
 * bench/compare.ts's acceptance measurement.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  intakeCpuOf,
  LOAD_FLAGS,
  LOAD_USAGE,
  type LoadReport,
  parseLoadOptions,
} from "../bench/load.ts";
import {
  ownThreadSeconds,
  parseProcStat,
  parseSchedstat,
  statSeconds,
  threadRole,
} from "../bench/proc.ts";
import {
  COMPARE_FLAGS,
  COMPARE_USAGE,
  parseCompareOptions,
} from "../bench/compare.ts";
import { IN_PROCESS_FLAGS } from "../bench/compare/in_process.ts";
import { measureInProcess } from "../bench/compare/in_process.ts";
import { startFlags } from "../bench/compare/processes.ts";
import { countingKv, diffCounts, readRounds } from "../bench/counting_kv.ts";
import { commitRecorder, replayCommit } from "../bench/commit_replay.ts";
import { checkingGuesses } from "../src/storage/absence_guess.ts";
import { IDLE_MAPS_FLAGS, median, readIdleMaps } from "../bench/idle_maps.ts";
import {
  EMIT_JS_FLAGS,
  emitJs,
  outFolder,
  pointImportsAtJs,
} from "../bench/emit_js.ts";
import {
  groupScripts,
  IDLE_SCRIPTS_FLAGS,
  type ScriptGroup,
  scriptGroup,
} from "../bench/idle_scripts.ts";
import { fileFlag } from "../bench/cli.ts";
import {
  BURST_MEMORY_FLAGS,
  type BurstMemoryReport,
  mallocTrim,
} from "../bench/burst_memory.ts";
import { createPeerBot, PEER_HELP_TEXT } from "../bench/peer/bot.ts";
import { startFakeTelegram } from "./fakes/telegram_api.ts";
import { textUpdate } from "./fakes/updates.ts";
import { runDeno, watchingAtomics } from "./support.ts";

const ROOT = new URL("..", import.meta.url).pathname;

const runScript = (script: string, args: string[]) =>
  runDeno(["run", "-A", script, ...args]);

for (
  const [script, flags] of [
    ["bench/load.ts", LOAD_FLAGS],
    ["bench/compare.ts", COMPARE_FLAGS],
    ["bench/compare/in_process.ts", IN_PROCESS_FLAGS],
    ["bench/idle_maps.ts", IDLE_MAPS_FLAGS],
    ["bench/emit_js.ts", EMIT_JS_FLAGS],
    ["bench/idle_scripts.ts", IDLE_SCRIPTS_FLAGS],
    ["bench/burst_memory.ts", BURST_MEMORY_FLAGS],
  ] as const
) {
  Deno.test(`${script} --help prints every flag and exits 0`, async () => {
    const run = await runScript(script, ["--help"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Usage: /);
    for (const name of [...Object.keys(flags), "help"]) {
      assert.match(run.stdout, new RegExp(`--${name}\\b`), `--${name}`);
    }
    assert.equal(run.stderr, "");
  });
}

Deno.test("bench/load.ts with an unknown flag says so, shows the usage and exits 2", async () => {
  const run = await runScript("bench/load.ts", ["--no-such-flag"]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /Unknown option '--no-such-flag'/);
  assert.ok(run.stderr.includes(LOAD_USAGE));
  assert.doesNotMatch(run.stderr, /\bat parseArgs\b/);
});

Deno.test("parseLoadOptions() takes the defaults the help text states", () => {
  const options = parseLoadOptions([]);
  assert.equal(options.updates, Number(LOAD_FLAGS.updates.default));
  assert.equal(options.concurrency, Number(LOAD_FLAGS.concurrency.default));
  assert.equal(options.afterMs, 0);
  assert.equal(parseLoadOptions(["--after-s", "3"]).afterMs, 3000);
  assert.match(
    LOAD_USAGE,
    /--updates <n> +text updates to send \(default 2000\)/,
  );
  assert.throws(
    () => parseLoadOptions(["--mode", "carrier-pigeon"]),
    RangeError,
  );
});

Deno.test("parseCompareOptions(): --quick shrinks the run, flags given with it still win", () => {
  const full = parseCompareOptions([]);
  assert.equal(full.runs, 5);
  assert.equal(full.users, 10_000);
  assert.equal(full.settleMs, 60_000);
  const quick = parseCompareOptions(["--quick", "--users", "50"]);
  assert.equal(quick.runs, 1);
  assert.equal(quick.users, 50);
  assert.equal(quick.settleMs, 5_000);
  assert.deepEqual(quick.loadArgs, ["--updates", "300", "--users", "300"]);
  assert.deepEqual(
    parseCompareOptions(["--load-args=--updates 10"]).loadArgs,
    ["--updates", "10"],
  );
  assert.throws(() => parseCompareOptions(["--only", "vibes"]), RangeError);
  // `deno task bench:compare -- --runs 3` passes the `--` through.
  assert.equal(parseCompareOptions(["--", "--runs", "3"]).runs, 3);
  assert.match(COMPARE_USAGE, /--settle-s <s> +.*\(default 60\)/);
});

Deno.test("startFlags() reads the permission flags of deno task start", async () => {
  const denoJson = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`));
  const flags = startFlags(denoJson.tasks.start);
  assert.ok(flags.length > 0);
  assert.ok(flags.every((flag) => flag.startsWith("--")), String(flags));
  assert.throws(() => startFlags("deno run -A other.ts"), TypeError);
});

Deno.test("countingKv() counts reads, commits, empty commits and listed entries", async () => {
  const { kv, counts } = countingKv(await Deno.openKv(":memory:"));
  try {
    await kv.set(["a"], 1);
    const entry = await kv.get(["a"]);
    await kv.getMany([["a"], ["b"]]);
    const res = await kv.atomic().check(entry).set(["b"], 2).sum(
      ["n"],
      1n,
    ).commit();
    assert.equal(res.ok, true);
    await kv.atomic().check(entry).commit();
    // A check that fails: the commit is counted as failed.
    await kv.atomic().check({ key: ["a"], versionstamp: null }).set(["c"], 3)
      .commit();
    const keys = [];
    for await (const item of kv.list({ prefix: [] })) keys.push(item.key);
    assert.equal(keys.length, 3);
    assert.equal(counts.sets, 1);
    assert.equal(counts.gets, 1);
    assert.equal(counts.getManys, 1);
    assert.equal(counts.getManyKeys, 2);
    assert.equal(readRounds(counts), 2);
    assert.equal(counts.commits, 3);
    assert.equal(counts.emptyCommits, 1);
    assert.equal(counts.failedCommits, 1);
    assert.equal(counts.mutations, 3);
    assert.equal(counts.checks, 3);
    assert.equal(counts.lists, 1);
    assert.equal(counts.listed, 3);
    // Every get, getMany, set and commit was waited for.
    assert.ok(counts.waitMs > 0, `waited ${counts.waitMs} ms`);
    const before = { ...counts };
    await kv.get(["a"]);
    const step = diffCounts(counts, before);
    assert.equal(step.gets, 1);
    assert.ok(step.waitMs > 0 && step.waitMs < counts.waitMs);
  } finally {
    kv.close();
  }
});

Deno.test("countingKv() counts a commit once when code wraps commit as src/storage/cache.ts does", async () => {
  const { kv, counts } = countingKv(await Deno.openKv(":memory:"));
  try {
    const op = kv.atomic().set(["k"], 1);
    const results: boolean[] = [];
    const commit = op.commit.bind(op);
    op.commit = async () => {
      const result = await commit();
      results.push(result.ok);
      return result;
    };
    assert.equal((await op.commit()).ok, true);
    assert.deepEqual(results, [true]);
    assert.equal(counts.commits, 1);
    assert.equal((await kv.get(["k"])).value, 1);
  } finally {
    kv.close();
  }
});

Deno.test("countingKv() and commitRecorder() see a check once when code wraps check as src/storage/absence_guess.ts does", async () => {
  const recorder = commitRecorder(await Deno.openKv(":memory:"));
  const { kv, counts } = countingKv(recorder.kv);
  try {
    const { commits } = await recorder.record(async () => {
      const checking = checkingGuesses(kv.atomic());
      checking.op.check({ key: ["a"], versionstamp: null }).set(["a"], 1);
      // "a" is checked already: only "b" is added.
      checking.checkRest([["a"], ["b"]]);
      assert.equal((await checking.op.commit()).ok, true);
    });
    assert.equal(counts.checks, 2);
    assert.equal(counts.commits, 1);
    assert.deepEqual(commits[0].checks.map((c) => c.key), [["a"], ["b"]]);
    assert.equal(commits[0].mutations.length, 1);
  } finally {
    kv.close();
  }
});

Deno.test("countingKv() counts the checks of a layer inside it that wraps check on its own", async () => {
  const real = await Deno.openKv(":memory:");
  let inner = 0;
  // A wrapper below the counting one, whose operations come with their own check.
  const below = watchingAtomics(real, (op) => {
    const check = op.check.bind(op);
    op.check = (...checks) => {
      inner += checks.length;
      return check(...checks);
    };
  });
  const { kv, counts } = countingKv(below);
  try {
    const result = await kv.atomic()
      .check({ key: ["x"], versionstamp: null })
      .set(["x"], 1)
      .commit();
    assert.equal(result.ok, true);
    assert.equal(inner, 1);
    assert.equal(counts.checks, 1);
    assert.equal(counts.mutations, 1);
    assert.equal(counts.commits, 1);
  } finally {
    kv.close();
  }
});

Deno.test("commitRecorder() records an update's commits, and replayCommit() does them again under new keys", async () => {
  const recorder = commitRecorder(await Deno.openKv(":memory:"));
  const other = await Deno.openKv(":memory:");
  try {
    const { kv } = recorder;
    await kv.set(["outside"], 0); // not a commit of an atomic: not recorded
    const value = { text: "kept as it was set", list: [1, 2] };
    const mutated = { text: "kept as it was mutated" };
    const { result, commits } = await recorder.record(async () => {
      const op = kv.atomic()
        .check({ key: ["claim", 1], versionstamp: null })
        .set(["claim", 1], value, { expireIn: 60_000 })
        .sum(["count"], 2n)
        .delete(["gone"])
        .mutate({ type: "max", key: ["top"], value: new Deno.KvU64(7n) })
        .mutate({ type: "set", key: ["m"], value: mutated });
      // The record keeps what was set.
      value.text = "changed after set";
      mutated.text = "changed after mutate";
      // A commit its checks refuse did nothing: it is not recorded.
      const refused = await kv.atomic()
        .check({ key: ["outside"], versionstamp: null }).set(["no"], 1)
        .commit();
      assert.equal(refused.ok, false);
      return (await op.commit()).ok;
    });
    assert.equal(result, true);
    assert.equal(commits.length, 1);
    assert.deepEqual(commits[0].checks, [{
      key: ["claim", 1],
      versionstamp: null,
    }]);
    assert.deepEqual(commits[0].mutations.map((m) => m.method), [
      "set",
      "sum",
      "delete",
      "mutate",
      "mutate",
    ]);
    // Outside a recording nothing is kept, nor a commit built in one and
    // committed after it ended.
    // (Wrapped: an atomic operation is a thenable that refuses to be awaited.)
    const late = await recorder.record(() =>
      Promise.resolve({ op: kv.atomic() })
    );
    await late.result.op.set(["late"], 1).commit();
    assert.deepEqual(late.commits, []);
    await kv.atomic().set(["after"], 1).commit();
    assert.equal(commits.length, 1);
    // Replayed twice on another KV, each time under its own keys: both pass
    // their checks, which the same keys twice would not. Each set's options
    // come along (the claim's expiry).
    const options: unknown[] = [];
    const watched = watchingAtomics(other, (op) => {
      const set = op.set.bind(op);
      op.set = (key, value, setOptions) => {
        options.push(setOptions);
        return set(key, value, setOptions);
      };
    });
    for (const tag of [1, 2]) {
      assert.equal(
        (await replayCommit(watched, commits[0], tag).commit()).ok,
        true,
      );
    }
    assert.deepEqual(options, [{ expireIn: 60_000 }, { expireIn: 60_000 }]);
    const claim = await other.get<typeof value>(["claim", 1, 2]);
    assert.deepEqual(claim.value, { text: "kept as it was set", list: [1, 2] });
    assert.equal((await other.get<Deno.KvU64>(["count", 1])).value?.value, 2n);
    assert.equal((await other.get<Deno.KvU64>(["top", 2])).value?.value, 7n);
    assert.deepEqual((await other.get(["m", 1])).value, {
      text: "kept as it was mutated",
    });
    // Nothing under the recorded keys themselves.
    assert.equal((await other.get(["claim", 1])).versionstamp, null);
    await assert.rejects(
      () =>
        recorder.record(() =>
          kv.atomic().enqueue("job").commit().then(() => undefined)
        ),
      /enqueues/,
    );
  } finally {
    recorder.kv.close();
    other.close();
  }
});

Deno.test("countingKv() counts a call's synchronous part as waited for KV, also when it throws", async () => {
  // A commit's keys and checks are encoded before its promise exists; a
  // stand-in does its synchronous work by spinning until the clock moved.
  const spin = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until) { /* the synchronous part */ }
  };
  let failNext = false;
  const stand = {
    get(key: Deno.KvKey) {
      spin(15);
      if (failNext) throw new TypeError("Cannot read: key is invalid");
      return Promise.resolve({ key, value: null, versionstamp: null });
    },
    // Its commit on the prototype, as Deno's: an own one is a wrapper's.
    atomic: () => new StandInCommit(),
  } as unknown as Deno.Kv;
  class StandInCommit {
    commit() {
      spin(15);
      return Promise.resolve({ ok: true, versionstamp: "00" });
    }
  }
  const { kv, counts } = countingKv(stand);
  const started = performance.now();
  await kv.get(["a"]);
  assert.ok(counts.waitMs >= 15, `get: waited ${counts.waitMs} ms`);
  await kv.atomic().commit();
  assert.ok(counts.waitMs >= 30, `and commit: waited ${counts.waitMs} ms`);
  failNext = true;
  assert.throws(() => kv.get(["b"]), TypeError);
  assert.equal(counts.gets, 2);
  assert.ok(counts.waitMs >= 45, `and the throw: waited ${counts.waitMs} ms`);
  // Each call counted once: the three waits fit in the time that passed.
  const elapsed = performance.now() - started;
  assert.ok(counts.waitMs <= elapsed, `${counts.waitMs} of ${elapsed} ms`);
});

Deno.test("the peer bot answers /help with its static text and keeps a session in KV", async () => {
  await using tg = startFakeTelegram();
  const kv = await Deno.openKv(":memory:");
  try {
    const bot = createPeerBot(tg.token, kv, {
      apiRoot: tg.apiRoot,
      botInfo: tg.botInfo,
    });
    const update = textUpdate({ text: "/help", userId: 42, updateId: 1 });
    tg.rememberUpdate(update);
    await bot.handleUpdate(update);
    await bot.handleUpdate(
      textUpdate({ text: "/help", userId: 42, updateId: 2 }),
    );
    assert.deepEqual(tg.sentTexts(42), [PEER_HELP_TEXT, PEER_HELP_TEXT]);
    const stored = await kv.get(["session", "42"]);
    assert.deepEqual(stored.value, { helps: 2, texts: 0 });
  } finally {
    kv.close();
  }
});

Deno.test("measureInProcess() times acceptance and commands with their KV costs (tiny n)", async () => {
  const report = await measureInProcess({
    n: 4,
    warmup: 2,
    chunk: 2,
    replayOnApp: true,
  });
  assert.equal(report.rounds, 2);
  for (
    const part of [
      "rawCommit",
      "rawGetCommit",
      "accept",
      "help",
      "category",
      "history",
      "peerHelp",
      "acceptReplayed",
      "helpReplayed",
      "categoryReplayed",
      "historyReplayed",
      "acceptReplayedOnApp",
      "helpReplayedOnApp",
      "categoryReplayedOnApp",
      "historyReplayedOnApp",
    ] as const
  ) {
    const figure = report[part];
    assert.ok(figure, part);
    assert.equal(figure.n, 4, part);
    assert.ok(figure.perSecond > 0, part);
    assert.ok(figure.trace.length > 0, part);
    // Every subject waits for KV, and for no longer than its updates took.
    const { kvWaitUs, totalUs } = figure.perUpdate;
    assert.ok(
      kvWaitUs > 0 && kvWaitUs <= totalUs,
      `${part}: ${kvWaitUs} of ${totalUs} µs`,
    );
    // `deno task test` runs without -A, so the thread's CPU cannot be read
    // there (the child in the ownThreadSeconds() test reads it); with -A it is.
    const { mainCpuUs } = figure.perUpdate;
    if (ownThreadSeconds() === null) assert.equal(mainCpuUs, null, part);
    else {assert.ok(
        mainCpuUs !== null && mainCpuUs > 0,
        `${part}: ${mainCpuUs}`,
      );}
  }
  assert.equal(report.rawCommit!.perUpdate.commits, 1);
  assert.equal(report.rawCommit!.perUpdate.readRounds, 0);
  assert.equal(report.rawGetCommit!.perUpdate.readRounds, 1);
  assert.equal(report.rawGetCommit!.perUpdate.commits, 1);
  // Accepting writes the job: at least one commit, and one that writes.
  const accept = report.accept!;
  assert.ok(accept.perUpdate.commits >= 1);
  assert.ok(accept.perUpdate.mutations >= 1);
  assert.ok(accept.trace.some((op) => op.startsWith("commit")));
  // Every update, of either bot, reads or writes something of its user.
  assert.ok(report.peerHelp!.perUpdate.commits >= 1);
  // Each replay commits what its update committed, checks and writes alike.
  for (const part of ["accept", "help", "category", "history"] as const) {
    const app = report[part]!.perUpdate;
    for (const replay of [`${part}Replayed`, `${part}ReplayedOnApp`] as const) {
      const raw = report[replay]!.perUpdate;
      assert.equal(raw.readRounds, 0, replay);
      for (const count of ["commits", "checks", "mutations"] as const) {
        assert.equal(raw[count], app[count], `${replay}: ${count}`);
      }
      assert.ok(raw.checks > 0, replay);
    }
  }
  // The acceptance's commit checks each of its keys once (10), not twice.
  assert.equal(accept.perUpdate.checks, 10);
});

Deno.test("readIdleMaps() puts each mapping of an smaps text in its bucket, the Deno binary by its path", () => {
  const smaps = [
    "00400000-00500000 r-xp 00000000 08:01 123 /usr/bin/deno",
    "Size:               1024 kB",
    "Rss:                 512 kB",
    "00500000-00600000 r--p 00000000 08:01 123 /usr/bin/deno (deleted)",
    "Rss:                 512 kB",
    "00600000-00700000 r--p 00000000 08:01 124 /usr/bin/deno-other",
    "Rss:                1024 kB",
    "01000000-02000000 rw-p 00000000 00:00 0 [heap]",
    "Rss:                2048 kB",
    "7f000000-7f100000 rw-p 00000000 00:00 0 ",
    "Rss:                3072 kB",
    "7f100000-7f200000 rw-p 00000000 00:00 0 [stack]",
    "Rss:                 512 kB",
  ].join("\n");
  assert.deepEqual(readIdleMaps(smaps, "/usr/bin/deno"), {
    rss: 7.5,
    denoBinary: 1,
    otherFiles: 1,
    mallocHeap: 2,
    otherAnonymous: 3.5,
  });
});

Deno.test("bench/idle_maps.ts with --runs 0 says so and exits 2", async () => {
  const run = await runScript("bench/idle_maps.ts", ["--runs", "0"]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--runs must be an integer from 1 to 100, got "0"/);
});

Deno.test("idle_maps' median() takes the middle value, or the mean of the middle two", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([80.6, 82.8]), 81.7);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
});

Deno.test("bench/idle_maps.ts with an --entry that is not a file says so and exits 2", async () => {
  const run = await runScript("bench/idle_maps.ts", [
    "--entry",
    "/no/such/main.js",
  ]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--entry names no file: "\/no\/such\/main\.js"/);
});

Deno.test("fileFlag() gives an absolute path of a file, undefined when not given", () => {
  assert.equal(fileFlag("entry", undefined), undefined);
  assert.equal(fileFlag("entry", `${ROOT}main.ts`), `${ROOT}main.ts`);
  assert.equal(fileFlag("entry", "deno.json", ROOT), `${ROOT}/deno.json`);
  // A folder is not a file.
  assert.throws(() => fileFlag("entry", ROOT), /--entry names no file/);
});

Deno.test("pointImportsAtJs() rewrites relative .ts imports only", () => {
  const code = [
    `import { a } from "./a.ts";`,
    `export { b } from '../lib/b.ts';`,
    `import "./side.ts";`,
    `const c = await import("./src/c.ts");`,
    `const d = await import( "../d.ts" );`,
    `import grammy from "grammy";`,
    `import text from "./en.ftl" with { type: "text" };`,
    `const name = "./not_an_import.ts";`,
    `import { e } from "./e.tsx";`,
  ].join("\n");
  assert.equal(
    pointImportsAtJs(code),
    [
      `import { a } from "./a.js";`,
      `export { b } from '../lib/b.js';`,
      `import "./side.js";`,
      `const c = await import("./src/c.js");`,
      `const d = await import( "../d.js" );`,
      `import grammy from "grammy";`,
      `import text from "./en.ftl" with { type: "text" };`,
      `const name = "./not_an_import.ts";`,
      `import { e } from "./e.tsx";`,
    ].join("\n"),
  );
});

Deno.test("outFolder() refuses a missing --out and one inside the project, links followed", async () => {
  const projectName = ROOT.split("/").at(-2)!;
  assert.throws(() => outFolder(undefined, "/tmp"), /--out is needed/);
  assert.throws(() => outFolder("dist", ROOT), /must be outside the project/);
  assert.throws(() => outFolder(`${ROOT}x`, "/tmp"), /outside the project/);
  assert.throws(
    () => outFolder(`../${projectName}/x`, ROOT),
    /outside the project/,
  );
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-out-test-" });
  try {
    await Deno.symlink(ROOT, `${dir}/link`);
    assert.throws(
      () => outFolder(`${dir}/link/dist/js`, "/"),
      /outside the project/,
    );
    assert.equal(outFolder("tree", dir), `${dir}/tree/`);
    assert.equal(outFolder("./a/../b/", dir), `${dir}/b/`);
    assert.equal(outFolder(`${dir}/my dir#1`, "/"), `${dir}/my dir#1/`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("emitJs() writes a JavaScript tree of main.ts that runs, with no source maps", async () => {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-emit-js-test-" });
  try {
    const report = await emitJs(`${dir}/`);
    assert.ok(report.modules > 100, `${report.modules} modules`);
    assert.ok(report.copied > 0, "the locales' texts are copied");
    let files = 0;
    for await (const entry of walkFiles(dir)) {
      if (!entry.endsWith(".js")) continue;
      files++;
      const code = await Deno.readTextFile(entry);
      assert.doesNotMatch(code, /sourceMappingURL/, entry);
      // No import, static or dynamic, is left pointing at a .ts file.
      assert.doesNotMatch(code, /["'`]\.{1,2}\/[^"'`\n]*\.ts["'`]/, entry);
    }
    assert.equal(files, report.modules);
    // `help` imports the whole static graph (the locales' texts among it) and prints the usage.
    const run = await runDeno(
      ["run", "-A", `--config=${ROOT}deno.json`, `${dir}/main.js`, "help"],
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Usage: promptsmith \[command\]/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Every file under `dir`, by its path. */
async function* walkFiles(dir: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) yield* walkFiles(path);
    else if (entry.isFile) yield path;
  }
}

Deno.test("bench/idle_scripts.ts lists an idle bot's scripts, with Deno's inline source maps", async () => {
  const run = await runScript("bench/idle_scripts.ts", [
    "--json",
    "--idle-ms",
    "0",
  ]);
  assert.equal(run.code, 0, run.stderr);
  const groups = JSON.parse(run.stdout) as ScriptGroup[];
  const enhance = groups.find((g) => g.group === "src/enhance");
  assert.ok(enhance && enhance.scripts > 10, JSON.stringify(enhance));
  // A Deno that stops inlining source maps changes what PERFORMANCE.md says.
  assert.ok(enhance.inlineMapChars > enhance.chars / 2);
  assert.ok(groups.some((g) => g.group === "npm:grammy"));
});

Deno.test("bench/idle_scripts.ts refuses --entry for the peer", async () => {
  const run = await runScript("bench/idle_scripts.ts", [
    "--bot",
    "peer",
    "--entry",
    "main.ts",
  ]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--entry is Promptsmith's, not the peer's/);
});

Deno.test("scriptGroup() and groupScripts(): our folders, npm packages, Deno's extensions, inline maps", () => {
  const root = "file:///work/bot/";
  assert.equal(scriptGroup(`${root}src/enhance/terms.ts`, root), "src/enhance");
  assert.equal(scriptGroup(`${root}main.ts`, root), "main.ts");
  assert.equal(scriptGroup(`${root}src/app.ts`, root), "src/app.ts");
  assert.equal(
    scriptGroup(
      "file:///root/.cache/deno/npm/registry.npmjs.org/@fluent/bundle/0.19.1/esm/index.js",
      root,
    ),
    "npm:@fluent/bundle",
  );
  assert.equal(
    scriptGroup(
      "file:///root/.cache/deno/npm/registry.npmjs.org/grammy/1.46.0/out/web.mjs",
      root,
    ),
    "npm:grammy",
  );
  assert.equal(scriptGroup("ext:deno_web/00_url.js", root), "ext:deno_web");
  assert.equal(scriptGroup("node:process", root), "node:");
  assert.equal(scriptGroup("", root), "(no url)");
  const map = "data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==";
  assert.deepEqual(
    groupScripts([
      { url: `${root}src/ui/a.ts`, length: 100, sourceMapURL: map },
      { url: `${root}src/ui/b.ts`, length: 300, sourceMapURL: "b.js.map" },
      { url: "ext:core/mod.js", length: 250 },
    ], root),
    [
      { group: "src/ui", scripts: 2, chars: 400, inlineMapChars: map.length },
      { group: "ext:core", scripts: 1, chars: 250, inlineMapChars: 0 },
    ],
  );
});

Deno.test("threadRole() tells Deno's threads apart by name and place", () => {
  assert.equal(threadRole("deno", true), "main");
  assert.equal(threadRole("deno", false), "other");
  assert.equal(threadRole("sw-0", false), "kv");
  assert.equal(threadRole("V8 DefaultWorke", false), "v8");
  assert.equal(threadRole("tokio-runtime-w", false), "other");
  assert.equal(threadRole("sw-forty", false), "other");
});

Deno.test("statSeconds() reads utime and stime after a command name with spaces and parentheses", () => {
  // pid (comm) state ppid … utime stime …: utime 1234 and stime 566 ticks.
  const tail = "S 1 1 1 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0 9 0 77";
  assert.equal(statSeconds(`4172 (V8 DefaultWorke) ${tail}`), 18);
  assert.equal(statSeconds(`7 (a) b)) ${tail}`), 18);
  assert.equal(statSeconds("garbage"), null);
  assert.equal(statSeconds("7 (short) S 1"), null);
});

Deno.test("parseSchedstat() reads how long a thread ran and waited for a core", () => {
  assert.deepEqual(parseSchedstat("672513470 199737795 1338\n"), {
    ran: 0.67251347,
    waited: 0.199737795,
  });
  assert.equal(parseSchedstat(""), null);
  assert.equal(parseSchedstat("a b c"), null);
});

Deno.test("parseProcStat() sums the machine's CPU without counting guest time twice", () => {
  const text =
    "cpu  100 5 40 800 20 1 4 30 50 7\ncpu0 50 2 20 400 10 0 2 15 25 3\n";
  assert.deepEqual(parseProcStat(text), {
    total: 100 + 5 + 40 + 800 + 20 + 1 + 4 + 30,
    idle: 820,
    steal: 30,
  });
  // An old kernel without the steal column.
  assert.deepEqual(parseProcStat("cpu  1 2 3 4 5 6 7"), {
    total: 28,
    idle: 9,
    steal: 0,
  });
  assert.equal(parseProcStat("intr 1 2 3"), null);
});

Deno.test({
  name: "readThreadCpu() puts a busy process's work on its main thread",
  ignore: Deno.build.os !== "linux",
  async fn() {
    // Deno lets only a process with every permission list /proc/<pid>/task,
    // as the bench scripts have (`deno run -A`) and this suite has not: the
    // child works on its main thread until it has used 0.3 s of CPU (or 20 s
    // have passed, and the assertion below fails), then reads itself.
    const proc = new URL("../bench/proc.ts", import.meta.url).href;
    const script = `import { readCpuSeconds, readThreadCpu } from "${proc}";` +
      "let x = 0; const end = Date.now() + 20_000;" +
      "while (readCpuSeconds(Deno.pid) < 0.3 && Date.now() < end) " +
      "for (let i = 0; i < 1e6; i++) x += Math.sqrt(i);" +
      "console.log(JSON.stringify({ x, self: readThreadCpu(Deno.pid)," +
      " gone: readThreadCpu(2 ** 30) }));";
    const run = await runDeno(["eval", "-A", script]);
    assert.equal(run.code, 0, run.stderr);
    const { self: cpu, gone } = JSON.parse(run.stdout);
    assert.ok(cpu, "no /proc/<pid>/task");
    const total = cpu.main + cpu.kv + cpu.v8 + cpu.other;
    assert.ok(cpu.main >= 0.2 && cpu.main >= total / 2, JSON.stringify(cpu));
    assert.equal(cpu.kv, 0, "no KV opened");
    assert.equal(gone, null, "a process that is not there");
  },
});

Deno.test({
  name:
    "ownThreadSeconds() counts this thread's work, and the in-process figures give it per update",
  ignore: Deno.build.os !== "linux",
  async fn() {
    // /proc/thread-self is readable only with every permission: in a child.
    // It works until it has used 50 ms more (or 20 s have passed, and the
    // assertion below fails), sleeps 200 ms, and reads again.
    const proc = new URL("../bench/proc.ts", import.meta.url).href;
    const inProcess = new URL("../bench/compare/in_process.ts", import.meta.url)
      .href;
    const script = `import { ownThreadSeconds } from "${proc}";` +
      `import { measureInProcess } from "${inProcess}";` +
      "const start = ownThreadSeconds(); let x = 0; const end = Date.now() + 20_000;" +
      "while (ownThreadSeconds() - start < 0.05 && Date.now() < end) " +
      "for (let i = 0; i < 1e5; i++) x += Math.sqrt(i);" +
      "const busy = ownThreadSeconds();" +
      "await new Promise((r) => setTimeout(r, 200));" +
      "const slept = ownThreadSeconds();" +
      "const report = await measureInProcess({ n: 20, warmup: 2, only: ['raw', 'help'] });" +
      "console.log(JSON.stringify({ x, start, busy, slept, report }));";
    const run = await runDeno(["eval", "-A", script]);
    assert.equal(run.code, 0, run.stderr);
    const { start, busy, slept, report } = JSON.parse(run.stdout);
    assert.ok(typeof start === "number", "no /proc/thread-self");
    assert.ok(busy - start >= 0.05, `${busy - start} s of work`);
    // Asleep, the thread hardly runs: far less than the 200 ms waited.
    assert.ok(slept - busy < 0.1, `${slept - busy} s while asleep`);
    for (const part of ["rawCommit", "rawGetCommit", "help"]) {
      const { mainCpuUs, totalUs } = report[part].perUpdate;
      // Some CPU per update, and not much more than the update took
      // (the loop's own bookkeeping between steps is counted too).
      assert.ok(
        mainCpuUs > 0 && mainCpuUs <= totalUs * 2,
        `${part}: ${mainCpuUs} µs of CPU in ${totalUs} µs`,
      );
    }
  },
});

Deno.test("intakeCpuOf() gives each role's share of one core over the interval", () => {
  const cpu = intakeCpuOf(
    {
      at: 1_000,
      bot: { main: 1, kv: 0.5, v8: 0.2, other: 0 },
      botWaits: { main: 0.1, kv: 0, v8: 0, other: 0 },
      driver: 3,
      machine: { total: 1000, idle: 400, steal: 50 },
    },
    {
      at: 3_000,
      bot: { main: 2.9, kv: 0.8, v8: 0.6, other: 0 },
      botWaits: { main: 0.5, kv: 0.2, v8: 0, other: 0 },
      driver: 3.8,
      machine: { total: 1400, idle: 500, steal: 150 },
    },
  );
  assert.deepEqual(cpu, {
    seconds: 2,
    botPercent: { main: 95, kv: 15, v8: 20, other: 0 },
    botWaitingPercent: { main: 20, kv: 10, v8: 0, other: 0 },
    fakesAndDriverPercent: 40,
    machine: { idlePercent: 25, stealPercent: 25 },
  });
  const unknown = {
    at: 0,
    bot: cpu.botPercent,
    botWaits: null,
    driver: 0,
    machine: null,
  };
  const blind = intakeCpuOf(unknown, { ...unknown, at: 1 });
  assert.equal(blind.machine, null);
  assert.equal(blind.botWaitingPercent, null);
});

Deno.test({
  name: "bench/load.ts reports the threads' CPU while the webhook POSTs ran",
  ignore: Deno.build.os !== "linux",
  async fn() {
    const run = await runScript("bench/load.ts", [
      "--updates",
      "12",
      "--users",
      "4",
      "--concurrency",
      "4",
      "--chunk-ms",
      "0",
      "--answer-chars",
      "50",
      "--json",
    ]);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as LoadReport;
    assert.equal(report.answered, 12, run.stdout);
    const cpu = report.intakeCpu;
    assert.ok(cpu && cpu.seconds > 0, JSON.stringify(cpu));
    // Twelve POSTs to a bot that just started take far more than one tick.
    assert.ok(cpu.botPercent.main > 0, JSON.stringify(cpu));
    // Every Linux this runs on keeps schedstat (CONFIG_SCHED_INFO): its
    // absence would leave the load's wait figures out.
    assert.ok(cpu.botWaitingPercent, "no /proc/<pid>/task/<tid>/schedstat");
    for (const share of Object.values(cpu.botPercent)) {
      assert.ok(Number.isFinite(share) && share >= 0, JSON.stringify(cpu));
    }
    assert.ok(cpu.machine, "no /proc/stat");
    const { idlePercent, stealPercent } = cpu.machine;
    assert.ok(idlePercent >= 0 && idlePercent <= 100, JSON.stringify(cpu));
    assert.ok(stealPercent >= 0 && stealPercent <= 100, JSON.stringify(cpu));
    assert.deepEqual(Object.keys(cpu.botPercent).sort(), [
      "kv",
      "main",
      "other",
      "v8",
    ]);
  },
});

Deno.test({
  name: "bench/load.ts stopped by SIGTERM takes its bot with it",
  ignore: Deno.build.os !== "linux",
  async fn() {
    // Only a process with every permission may read /proc/<pid>/task (see
    // above): a child starts the load, waits for its bot, stops the load and
    // reports what is left.
    const load = new URL("../bench/load.ts", import.meta.url).pathname;
    const script = `
      const load = new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", ${
      JSON.stringify(load)
    }, "--updates", "5000", "--timeout-s", "60"],
        stdout: "null", stderr: "null",
      }).spawn();
      const children = () => Deno.readTextFileSync(
        "/proc/" + load.pid + "/task/" + load.pid + "/children").trim();
      const deadline = Date.now() + 30_000;
      while (children() === "" && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const bot = Number(children().split(" ")[0]);
      load.kill("SIGTERM");
      const { code } = await load.status;
      const alive = () => {
        try {
          return !/^State:\\s+Z/m.test(Deno.readTextFileSync("/proc/" + bot + "/status"));
        } catch { return false; }
      };
      const until = Date.now() + 10_000;
      while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      console.log(JSON.stringify({ bot, code, alive: alive() }));
    `;
    const run = await runDeno(["eval", "-A", script]);
    assert.equal(run.code, 0, run.stderr);
    const { bot, code, alive } = JSON.parse(run.stdout);
    assert.ok(bot > 0, run.stdout);
    assert.equal(code, 143, "the load exits as stopped by SIGTERM");
    assert.equal(alive, false, `bot ${bot} outlived its load`);
  },
});

Deno.test("bench/burst_memory.ts gives up on a gdb that hangs, even one whose child holds its output, and says so", async () => {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-gdb-" });
  // A gdb that writes its arguments, starts a child holding its stdout (as a
  // gdb stuck on a helper would), and never answers.
  const gdb = `${dir}/gdb`;
  await Deno.writeTextFile(
    gdb,
    `#!/bin/sh\necho "$@" > "${dir}/args"\nsleep 600 &\necho $! > "${dir}/child"\nwait\n`,
  );
  await Deno.chmod(gdb, 0o755);
  const target = new Deno.Command("sleep", { args: ["600"] }).spawn();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // A generous bound, not a timing figure: without the timeout the call
    // waits the 600 s of the child.
    const stuck = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve("still waiting after 60 s"), 60_000);
    });
    const error = await Promise.race([
      mallocTrim(target.pid, { timeoutMs: 300, gdb }),
      stuck,
    ]);
    assert.equal(error, "gdb did not call malloc_trim within 300 ms");
    const args = await Deno.readTextFile(`${dir}/args`);
    assert.match(args, /^-nx /);
    assert.match(args, /set debuginfod enabled off/);
    assert.match(args, /set auto-load off/);
    assert.match(args, new RegExp(`-p ${target.pid} -batch`));
  } finally {
    clearTimeout(timer);
    const child = await Deno.readTextFile(`${dir}/child`).catch(() => "");
    if (child.trim() !== "") {
      await new Deno.Command("kill", { args: [child.trim()] }).output()
        .catch(() => {});
    }
    target.kill();
    await target.status;
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("bench/burst_memory.ts splits the RSS by mapping and, with trim, reads it again after malloc_trim (or says why not)", async () => {
  // A process of its own: /proc/<pid>/smaps needs --allow-all.
  const run = await runScript("bench/burst_memory.ts", [
    "--prompts",
    "20",
    "--settle-s",
    "0",
    "--sample-ms",
    "100",
    "--snapshot",
    "none",
    "--trim",
    "--json",
  ]);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as BurstMemoryReport;
  assert.equal(report.answered, 20);
  for (const maps of [report.maps.idle, report.maps.settled]) {
    assert.ok(maps.denoBinary > 10, JSON.stringify(maps));
    assert.ok(maps.mallocHeap > 0 && maps.otherAnonymous > 0);
    const parts = maps.denoBinary + maps.otherFiles + maps.mallocHeap +
      maps.otherAnonymous;
    assert.ok(Math.abs(parts - maps.rss) < 0.5, JSON.stringify(maps));
  }
  assert.ok(report.trimmed !== undefined);
  // Where gdb is installed and may attach (CAP_SYS_PTRACE), the trim must
  // work: an error there is a broken call, not a missing tool.
  const canTrim = await new Deno.Command("sh", {
    args: [
      "-c",
      `command -v gdb >/dev/null && cap=$(awk '/CapEff/{print $2}' /proc/self/status) && [ $(( (0x$cap >> 19) & 1 )) = 1 ]`,
    ],
  }).output();
  if (canTrim.code === 0) {
    assert.ok(!("error" in report.trimmed), JSON.stringify(report.trimmed));
  }
  if ("error" in report.trimmed) {
    assert.match(report.trimmed.error, /gdb/);
    assert.equal(report.maps.trimmed, undefined);
  } else {
    assert.ok(report.trimmed.rssMb > 0);
    assert.ok(report.maps.trimmed !== undefined);
  }
});
