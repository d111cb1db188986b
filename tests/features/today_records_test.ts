/**
 * Upgrading a bot that ran the code before the record layer: the KV entries
 * that code wrote (tests/fixtures/today_records.json, made by that commit's
 * own stores: see today_records_generate.ts) are loaded raw into a KV file,
 * then the new code starts on it. Everything reads back before the record
 * walk has run (readers accept both shapes), the bot keeps working, and after
 * the walk every value carries its schema version, user content sealed.
 *
 * @module
 */
import assert from "node:assert/strict";
import { JobStore } from "../../src/storage/job_store.ts";
import { BARE_KINDS, RECORD_KINDS } from "../../src/storage/record_kinds.ts";
import { inspectStored } from "../../src/storage/records.ts";
import { textUpdate } from "../fakes/updates.ts";
import { answering, type FeatureHarness, startFeatureBot } from "./harness.ts";

const BARE = new Set(BARE_KINDS.map((kind) => kind.prefix));
const FIXTURE = new URL("../fixtures/today_records.json", import.meta.url);
const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(42)));
const ENV = {
  DAILY_QUOTA: "3",
  RATE_LIMIT_PER_MINUTE: "10",
  GLOBAL_RATE_LIMIT_PER_MINUTE: "100",
  ENCRYPTION_KEYS: `k1:${KEY}`,
};
const SEALED = new Set(
  RECORD_KINDS.filter((kind) => kind.sealed).map((kind) => kind.prefix),
);
const ENVELOPED = new Set(
  RECORD_KINDS.filter((kind) => kind.walk !== false).map((kind) => kind.prefix),
);

/** Past the fixture's claimed update ids (1 to 8): those are duplicates. */
let updateId = 1_000;
function prompt(text: string, userId: number) {
  return textUpdate({ text, userId, updateId: updateId++ });
}

interface FixtureEntry {
  key: Deno.KvKey;
  value: unknown;
}

function untagged(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untagged);
  if (value !== null && typeof value === "object") {
    if ("$u64" in value) {
      return new Deno.KvU64(BigInt((value as { $u64: string }).$u64));
    }
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, untagged(v)]),
    );
  }
  return value;
}

async function loadFixture(kvPath: string): Promise<FixtureEntry[]> {
  const entries = JSON.parse(
    await Deno.readTextFile(FIXTURE),
  ) as FixtureEntry[];
  using kv = await Deno.openKv(kvPath);
  for (const { key, value } of entries) await kv.set(key, untagged(value));
  return entries;
}

async function everythingReadsBack(h: FeatureHarness) {
  const { history, users, sessions } = h.deps;
  assert.deepEqual(
    (await history.list(101)).map((item) => item.prompt).slice(-2),
    ["fixture prompt two: a REST API", "fixture prompt one: a bakery logo"],
  );
  assert.deepEqual(await users.preferences(101, { fresh: true }), {
    category: "coding",
    language: "de",
  });
  assert.equal((await users.get(103, { fresh: true }))?.enhancements, 3);
  // Sessions read back in today's shape (SESSION_SCHEMA 2).
  assert.deepEqual(await sessions.get(101, { fresh: true }), {
    v: 2,
    updatedAt: 1_764_000_000_000,
  });
  // The session of an earlier version comes without the prompt it held.
  assert.deepEqual(await sessions.get(104, { fresh: true }), {
    v: 2,
    updatedAt: 1_764_000_000_000,
  });
  const jobs = new JobStore(h.deps.kv, {
    leaseMs: 30_000,
    records: h.records.records,
  });
  const [waiting] = await jobs.waitingRetries(10);
  assert.equal(waiting.input.prompt, "fixture waiting retry prompt");
}

Deno.test("today's records read back under the new code, before and after the record walk upgrades and seals them", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const entries = await loadFixture(`${dir}/kv.sqlite3`);
    await using h = await startFeatureBot(
      answering("NEW ANSWER for an upgraded bot"),
      ENV,
      { kvPath: `${dir}/kv.sqlite3`, instanceId: "new-instance" },
    );
    const check = await h.records.check();
    assert.equal(check.encrypted, true);

    // Before the walk: old shapes everywhere, and the bot works on them.
    await everythingReadsBack(h);
    await h.send(prompt("/history", 101));
    assert.match(h.shown(101).at(-1)!, /fixture prompt two/);
    // Rate counters: user 103 used the daily quota of 3, user 101 two of it.
    await h.send(prompt("one more from 103", 103));
    assert.equal(await h.deps.history.count(103), 3, "refused by the quota");
    await h.send(prompt("third from 101", 101));
    await h.send(prompt("fourth from 101", 101));
    assert.equal(await h.deps.history.count(101), 3, "the fourth is refused");
    // The job running on the dead instance is taken over, then the queued one.
    assert.equal(await h.deps.jobs.recover(), 1);
    assert.ok(await h.deps.jobs.drain(10_000));
    assert.deepEqual(
      (await h.deps.history.list(102)).map((item) => item.prompt),
      ["fixture queued prompt", "fixture mid-flight prompt"],
    );
    const retry = await h.deps.jobs.takeRetry("retry-job", 102);
    assert.ok(retry.ok && retry.input.prompt === "fixture retry prompt");

    // The walk: leased runs until the pass is done. Bare kinds (counters,
    // claims, markers) are not its business: their versionstamps stay.
    using kv = await Deno.openKv(`${dir}/kv.sqlite3`);
    const bare = new Map<string, string>();
    for await (const entry of kv.list({ prefix: [] })) {
      if (!ENVELOPED.has(String(entry.key[0]))) {
        bare.set(JSON.stringify(entry.key), entry.versionstamp);
      }
    }
    assert.ok(bare.size > 20, "rate counters, stats, claims, the instance");
    for (let run = 0;; run++) {
      assert.ok(run < 50, "the walk ends");
      const report = await h.records.walk();
      if (report.phase === "done") break;
    }
    const status = await h.records.status();
    assert.deepEqual(status.leftByKey, {});
    assert.equal(status.leftOld, 0);
    const kept = new Set(entries.map((e) => String(e.key[0])));
    for await (const entry of kv.list({ prefix: [] })) {
      const prefix = String(entry.key[0]);
      const found = inspectStored(entry.value);
      if (SEALED.has(prefix)) {
        assert.equal(found.format, "sealed", JSON.stringify(entry.key));
      } else if (ENVELOPED.has(prefix)) {
        assert.deepEqual([prefix, found.format, found.version], [
          prefix,
          "plain",
          1,
        ]);
      } else if (
        prefix === "user_index" &&
        !bare.has(JSON.stringify(entry.key))
      ) {
        // Written by the walk beside an old retry or transcript it rewrote
        // (RecordKind.legacyIndex): it names a record that exists.
        const recordKey = entry.key.slice(2);
        assert.ok(
          ["retry", "retry_wait", "transcript"].includes(String(recordKey[0])),
          JSON.stringify(entry.key),
        );
        assert.notEqual((await kv.get(recordKey)).versionstamp, null);
      } else if (prefix !== "records" && prefix !== "instance") {
        // A bare kind of the fixture, or one today's code wrote while it ran.
        assert.ok(kept.has(prefix) || BARE.has(prefix), prefix);
        assert.equal(
          entry.versionstamp,
          bare.get(JSON.stringify(entry.key)),
          JSON.stringify(entry.key),
        );
      }
    }
    await everythingReadsBack(h);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
