/**
 * /export and /forget read the user's own keys only: the entries they read
 * grow with the user's records, not with everyone's.
 */
import assert from "node:assert/strict";
import { JobStore } from "../../src/storage/job_store.ts";
import {
  albumKey,
  RATE_GLOBAL_USER_PREFIX,
  rateGlobalUserKey,
  userIndexKey,
  type UserRecordKind,
} from "../../src/storage/keys.ts";
import { createRecords } from "../../src/jobs/records.ts";
import { walkRecords } from "../../src/storage/record_walker.ts";
import { MediaStore } from "../../src/storage/media_store.ts";
import { PLAIN_RECORDS } from "../../src/storage/records.ts";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { SessionStore } from "../../src/storage/session_store.ts";
import {
  findUserRecords,
  forgetUserRecords,
} from "../../src/storage/user_data.ts";
import { historyWriter, manualClock, watchingAtomics } from "../support.ts";

const decode = PLAIN_RECORDS.decodeAny.bind(PLAIN_RECORDS);
const ME = 7;
const GROUP = -100;

/** `kv` counting every entry that `list` and `getMany`/`get` hand back. */
function readCounting(kv: Deno.Kv) {
  const seen = { entries: 0 };
  const counted = new Proxy(kv, {
    get(target, property) {
      if (property === "list") {
        return (...args: Parameters<Deno.Kv["list"]>) => {
          const inner = target.list(...args);
          return (async function* () {
            for await (const entry of inner) {
              seen.entries++;
              yield entry;
            }
          })();
        };
      }
      if (property === "getMany") {
        return async (keys: Deno.KvKey[]) => {
          seen.entries += keys.length;
          return await target.getMany(keys);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { kv: counted, seen };
}

/** One user's records of the kinds not keyed by the user: answers, transcripts, retries, a job, a group's questions. */
async function fill(kv: Deno.Kv, userId: number, chatId: number) {
  const clock = manualClock(1_000_000);
  const sessions = new SessionStore(kv, { clock });
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  const media = new MediaStore(kv);
  const input = {
    userId,
    chatId,
    prompt: `idea of ${userId}`,
    category: "general",
  };
  await sessions.rememberAnswer(chatId, [userId * 10, userId * 10 + 1], {
    userId,
    answerId: `a-${userId}`,
  });
  await media.rememberTranscript(chatId, userId * 10 + 2, {
    userId,
    jobId: `t-${userId}`,
    createdAt: 1,
  });
  await jobs.rememberRetry(`r-${userId}`, input);
  await jobs.waitForAi(`w-${userId}`, input, input, 1);
  const accepted = await jobs.accept({
    userId,
    input,
    owner: "a",
    now: 1,
    queueMax: 3,
  });
  assert.ok(accepted.ok);
  await jobs.recordSent(accepted.job.id, 1, 5);
  await sessions.changePending(chatId, userId, () => ({
    askId: `q-${userId}`,
    messageId: 1,
    request: input,
    questions: [{ text: "Which?", options: ["a", "b"] }],
    answers: [],
    expiresAt: 2_000_000,
  }));
  await media.addAlbumPart(chatId, `album-${userId}`, {
    userId,
    file: { fileId: `f-${userId}` },
    caption: `caption of ${userId}`,
    now: 1,
  });
  await kv.set(rateGlobalUserKey(5, userId), 1);
}

Deno.test("findUserRecords() reads the user's own entries, however many other users' there are", async () => {
  using raw = await Deno.openKv(":memory:");
  for (let other = 1_000; other < 1_100; other++) await fill(raw, other, GROUP);
  await fill(raw, ME, GROUP);
  const { kv, seen } = readCounting(raw);
  const found = await findUserRecords(kv, ME, decode);
  for (
    const kind of [
      "session",
      "album",
      "transcript",
      "session_answer",
      "queue",
      "jobs",
      "job_delivery",
      "retry",
      "retry_wait",
      "rate_global_user",
      "index",
    ]
  ) assert.ok(found[kind]?.length, `found the user's ${kind}`);
  const mine = Object.values(found).flat().length;
  // Each record at most twice (its index entry, then the record), and the
  // lookups that find nothing: far below the 100 other users' ~1,500 entries.
  assert.ok(seen.entries <= 3 * mine + 40, `${seen.entries} entries read`);
  // The group's session is shared: only the user's part is theirs.
  const [session] = found.session;
  assert.equal(session.part, true);
  assert.deepEqual(
    Object.keys(
      (session.value as { pending: Record<string, unknown> }).pending,
    ),
    [String(ME)],
  );
});

Deno.test("forgetUserRecords() deletes the user's records and hands their part of a shared one to dropPart", async () => {
  using kv = await Deno.openKv(":memory:");
  await fill(kv, 1_000, GROUP);
  await fill(kv, ME, GROUP);
  const sessions = new SessionStore(kv, { clock: manualClock(1_000_000) });
  const dropped: Deno.KvKey[] = [];
  await assert.rejects(
    () => forgetUserRecords(kv, ME, decode),
    (error: unknown) =>
      error instanceof TypeError && /dropPart/.test(String(error)),
  );
  await forgetUserRecords(kv, ME, decode, {
    dropPart: async (kind, key) => {
      assert.equal(kind, "session");
      dropped.push(key);
      await sessions.changePending(Number(key[1]), ME, () => null);
    },
  });
  assert.deepEqual(dropped, [["session", GROUP]]);
  assert.deepEqual(await findUserRecords(kv, ME, decode), {});
  assert.equal(await sessions.pending(GROUP, ME, 1_000_001), null);
  assert.ok(
    await sessions.pending(GROUP, 1_000, 1_000_001),
    "the other's stay",
  );
  assert.ok((await findUserRecords(kv, 1_000, decode)).album);
});

Deno.test("findUserRecords() refuses a kind that only a scan of every user's records would find", async () => {
  using kv = await Deno.openKv(":memory:");
  const unindexed: UserRecordKind = {
    name: "rate_global_user",
    prefix: RATE_GLOBAL_USER_PREFIX,
    user: { in: "key", at: 2 },
  };
  await assert.rejects(
    () => findUserRecords(kv, ME, decode, [unindexed]),
    TypeError,
  );
});

Deno.test("retries, waiting retries and transcripts an earlier version wrote (no index entry) are found and forgotten once the record walk has rewritten them", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.now());
  const input = {
    userId: ME,
    chatId: ME,
    prompt: "my secret idea",
    category: "auto",
  };
  // As the version before the index wrote them: bare values, no index entry.
  await kv.set(["retry", "job-1"], input);
  await kv.set(["retry_wait", "job-1"], {
    input,
    since: clock.now(),
    until: clock.now() + 60_000,
  });
  await kv.set(["transcript", GROUP, 55], {
    userId: ME,
    jobId: "job-1",
    createdAt: clock.now(),
  });
  const records = createRecords(undefined);
  const open = records.decodeAny.bind(records);
  assert.deepEqual(
    Object.keys(await findUserRecords(kv, ME, open)),
    [],
    "not found before the walk: there is no index entry yet",
  );
  for (let run = 0; run < 50; run++) {
    const report = await walkRecords(kv, records, {
      clock,
      owner: "walker",
      startedAt: clock.now(),
      otherWriters: () => Promise.resolve(0),
    });
    if (!report.ran || report.phase === "done") break;
  }
  const found = await findUserRecords(kv, ME, open);
  assert.deepEqual(Object.keys(found).sort(), [
    "index",
    "retry",
    "retry_wait",
    "transcript",
  ]);
  await forgetUserRecords(kv, ME, open, {
    dropPart: () => Promise.resolve(),
  });
  assert.equal((await kv.get(["retry", "job-1"])).value, null);
  assert.equal((await kv.get(["retry_wait", "job-1"])).value, null);
  assert.equal((await kv.get(["transcript", GROUP, 55])).value, null);
});

Deno.test("a closed group album keeps the index entry /forget finds it by as long as the album lives", async () => {
  using kv = await Deno.openKv(":memory:");
  const media = new MediaStore(kv);
  await media.addAlbumPart(GROUP, "g1", {
    file: { fileId: "a" },
    caption: "secret caption",
    now: 1_000,
    userId: ME,
  });
  const before = await kv.get(userIndexKey(ME, albumKey(GROUP, "g1")));
  const closed = await media.closeAlbum(GROUP, "g1", {
    now: 10_000,
    windowMs: 100,
  });
  assert.ok(closed.ok);
  const after = await kv.get(userIndexKey(ME, albumKey(GROUP, "g1")));
  assert.ok(after.versionstamp !== null);
  assert.notEqual(after.versionstamp, before.versionstamp, "renewed");
});

Deno.test("malformed old retries and transcripts (no user id) are still rewritten by the walk, with no index entry, and the walk ends", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock(Date.now());
  await kv.set(["retry", "j1"], { chatId: 1, prompt: "p", category: "auto" });
  await kv.set(["retry", "j2"], "garbage");
  await kv.set(["retry_wait", "j1"], { since: 0, until: clock.now() + 60_000 });
  await kv.set(["transcript", GROUP, 9], {
    jobId: "j1",
    createdAt: clock.now(),
  });
  const records = createRecords(undefined);
  let phase = "";
  for (let run = 0; run < 50 && phase !== "done"; run++) {
    const report = await walkRecords(kv, records, {
      clock,
      owner: "walker",
      startedAt: clock.now(),
      otherWriters: () => Promise.resolve(0),
    });
    phase = report.phase;
  }
  assert.equal(phase, "done");
  const index: unknown[] = [];
  for await (const entry of kv.list({ prefix: ["user_index"] })) {
    index.push(entry.key);
  }
  assert.deepEqual(index, []);
});

Deno.test("forgetUserRecords() deletes a history's record only with or after its last item: /history reads an absent record as an empty history", async () => {
  using kv = await Deno.openKv(":memory:");
  const history = new HistoryStore(kv, {
    limit: 500,
    clock: manualClock(1_000_000),
  });
  for (let i = 0; i < 250; i++) {
    await history.append(ME, {
      prompt: `idea ${i}`,
      result: `prompt ${i}`,
      category: "general",
      source: "offline",
    });
  }
  // Each commit's deleted keys, by kind, in order.
  const commits: string[][] = [];
  const logging = watchingAtomics(kv, (op) => {
    const kinds: string[] = [];
    const del = op.delete.bind(op);
    op.delete = (key) => (kinds.push(String(key[0])), del(key));
    const commit = op.commit.bind(op);
    op.commit = () => (commits.push(kinds), commit());
  });
  await forgetUserRecords(logging, ME, decode);
  assert.deepEqual(await history.list(ME), []);
  const lastItem = commits.findLastIndex((kinds) => kinds.includes("history"));
  const meta = commits.findIndex((kinds) => kinds.includes("history_meta"));
  assert.ok(commits.length > 1, "the deletes take several commits");
  assert.ok(
    meta >= lastItem && lastItem >= 0,
    `history_meta deleted in commit ${meta}, the last item in ${lastItem}`,
  );
});

Deno.test("forgetUserRecords() never ends silently with records left: a user written to through every round gets an error", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(["history", ME, 1], { prompt: "p" });
  // Something keeps writing the user's history while /forget runs.
  const writer = historyWriter(ME);
  const busy = writer.wrapKv(kv);
  await assert.rejects(
    () => forgetUserRecords(busy, ME, decode),
    (error: Error) =>
      /still being written after 5 rounds \(history left\)/.test(
        error.message,
      ) &&
      !error.message.includes(String(ME)),
  );
  // Every round listed (and was written to), then the last look.
  assert.equal(writer.writes, 5 + 1);
  // Once the writing stops, the next /forget takes what is left.
  await forgetUserRecords(kv, ME, decode);
  assert.deepEqual(await findUserRecords(kv, ME, decode), {});
});
