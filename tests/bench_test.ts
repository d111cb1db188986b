/**
 * The bench scripts must keep working: their --help, the counting KV the
 * comparison states KV costs with, the peer bot, and a tiny in-process run of
 * bench/compare.ts's acceptance measurement.
 *
 * @module
 */
import assert from "node:assert/strict";
import { LOAD_FLAGS, LOAD_USAGE, parseLoadOptions } from "../bench/load.ts";
import {
  COMPARE_FLAGS,
  COMPARE_USAGE,
  parseCompareOptions,
} from "../bench/compare.ts";
import { IN_PROCESS_FLAGS } from "../bench/compare/in_process.ts";
import { measureInProcess } from "../bench/compare/in_process.ts";
import { startFlags } from "../bench/compare/processes.ts";
import { countingKv, readRounds } from "../bench/counting_kv.ts";
import { IDLE_MAPS_FLAGS, median, readIdleMaps } from "../bench/idle_maps.ts";
import { createPeerBot, PEER_HELP_TEXT } from "../bench/peer/bot.ts";
import { startFakeTelegram } from "./fakes/telegram_api.ts";
import { textUpdate } from "./fakes/updates.ts";
import { runDeno } from "./support.ts";

const ROOT = new URL("..", import.meta.url).pathname;

const runScript = (script: string, args: string[]) =>
  runDeno(["run", "-A", script, ...args]);

for (
  const [script, flags] of [
    ["bench/load.ts", LOAD_FLAGS],
    ["bench/compare.ts", COMPARE_FLAGS],
    ["bench/compare/in_process.ts", IN_PROCESS_FLAGS],
    ["bench/idle_maps.ts", IDLE_MAPS_FLAGS],
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
  const report = await measureInProcess({ n: 4, warmup: 2, chunk: 2 });
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
    ] as const
  ) {
    const figure = report[part];
    assert.ok(figure, part);
    assert.equal(figure.n, 4, part);
    assert.ok(figure.perSecond > 0, part);
    assert.ok(figure.trace.length > 0, part);
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
