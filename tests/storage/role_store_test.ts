import assert from "node:assert/strict";
import { AuditLog } from "../../src/storage/audit_log.ts";
import { accessKey, roleKey } from "../../src/storage/keys.ts";
import {
  type AccessMode,
  RoleStore,
  type RoleStoreOptions,
} from "../../src/storage/role_store.ts";
import { pseudonymize } from "../../src/logging.ts";
import { manualClock, twoHandles } from "../support.ts";

const OWNER = 1;
const SEEDED = 2;
const ID_KEY = "role-store-test-id-key";

function store(
  kv: Deno.Kv,
  options: Partial<RoleStoreOptions> & { mode?: AccessMode } = {},
): RoleStore {
  const clock = options.clock ?? manualClock();
  return new RoleStore(kv, {
    clock,
    audit: new AuditLog(kv, { clock, idKey: ID_KEY }),
    owners: [OWNER],
    admins: [SEEDED],
    maxAttempts: 50,
    ...options,
  });
}

Deno.test("roleStore.read() gives owners, seeded admins and stored roles in that order, users by default", async () => {
  using kv = await Deno.openKv(":memory:");
  const roles = store(kv);
  assert.equal(await roles.roleOf(OWNER), "owner");
  assert.equal(await roles.roleOf(SEEDED), "admin");
  assert.equal(await roles.roleOf(3), "user");
  await kv.set(roleKey(OWNER), { role: "banned", since: 0 });
  await kv.set(roleKey(SEEDED), { role: "user", since: 0 });
  await kv.set(roleKey(3), { role: "owner", since: 0 }); // never stored by the bot: ignored
  assert.equal(await roles.roleOf(OWNER), "owner", "OWNER_ID wins");
  assert.equal(
    await roles.roleOf(SEEDED),
    "user",
    "a stored role wins over ADMIN_IDS",
  );
  assert.equal(await roles.roleOf(3), "user");
});

Deno.test("roleStore.setRole() stores a role only where it differs from the default, with its audit entry in the same commit", async () => {
  using kv = await Deno.openKv(":memory:");
  const roles = store(kv);
  assert.deepEqual(await roles.setRole(OWNER, 5, "moderator"), {
    ok: true,
    from: "user",
    to: "moderator",
  });
  assert.equal(
    (await kv.get<{ role: string }>(roleKey(5))).value?.role,
    "moderator",
  );
  await roles.setRole(OWNER, 5, "user");
  assert.equal(
    (await kv.get(roleKey(5))).versionstamp,
    null,
    "back to the default: no record",
  );
  const audit = [];
  for await (
    const e of kv.list<{ actor: string; target: string; to: string }>({
      prefix: ["audit"],
    })
  ) {
    audit.push(e.value);
  }
  assert.deepEqual(audit.map((e) => e.to), ["moderator", "user"]);
  assert.equal(audit[0].actor, pseudonymize(OWNER, ID_KEY));
  assert.equal(audit[0].target, pseudonymize(5, ID_KEY));
  assert.ok(!JSON.stringify(audit).includes('"5"'));
});

Deno.test("roleStore.setRole() refuses an actor demoted by another instance a moment before", async () => {
  await using handles = await twoHandles();
  const a = store(handles.a);
  const b = store(handles.b);
  await a.setRole(OWNER, 10, "admin");
  await b.setRole(OWNER, 10, "user");
  assert.deepEqual(await a.setRole(10, 11, "moderator"), {
    ok: false,
    reason: "rank",
    current: "user",
  });
});

Deno.test("roleStore.setRole(): of two moderators banning and unbanning at once, both commits are exact and audited", async () => {
  await using handles = await twoHandles();
  const a = store(handles.a);
  const b = store(handles.b);
  await a.setRole(OWNER, 20, "moderator");
  await a.setRole(OWNER, 21, "moderator");
  const [ban, promote] = await Promise.all([
    a.setRole(20, 30, "banned"),
    b.setRole(OWNER, 30, "trusted"),
  ]);
  assert.ok(ban.ok && promote.ok);
  // Whichever committed second saw the first's role: no lost update.
  const [first, second] = ban.from === "user" ? [ban, promote] : [promote, ban];
  assert.equal(first.from, "user");
  assert.equal(second.from, first.to);
  let entries = 0;
  for await (const _ of handles.a.list({ prefix: ["audit"] })) entries++;
  assert.equal(entries, 4);
});

Deno.test("roleStore.admit() tells a banned user once, even when two instances read at once", async () => {
  await using handles = await twoHandles();
  const a = store(handles.a);
  const b = store(handles.b);
  await a.setRole(OWNER, 40, "banned");
  const decisions = await Promise.all([a.admit(40), b.admit(40), a.admit(40)]);
  const told = decisions.filter((d) => !d.ok && d.refusal.notify);
  assert.equal(told.length, 1);
  assert.ok(decisions.every((d) => !d.ok && d.refusal.reason === "banned"));
});

Deno.test("roleStore in approval mode: one request per new user across instances, answered once", async () => {
  await using handles = await twoHandles();
  const a = store(handles.a, { mode: "approval" });
  const b = store(handles.b, { mode: "approval" });
  const asked = await Promise.all([a.admit(50, { locale: "fr" }), b.admit(50)]);
  assert.equal(asked.filter((d) => !d.ok && d.refusal.asked).length, 1);
  const request =
    (await handles.a.get<{ status: string; locale?: string }>(accessKey(50)))
      .value;
  assert.equal(request?.status, "pending");
  const answers = await Promise.all([
    a.answerRequest(OWNER, 50, "approved"),
    b.answerRequest(SEEDED, 50, "denied"),
  ]);
  assert.equal(answers.filter((x) => x.ok).length, 1);
  const late = answers.find((x) => !x.ok);
  assert.equal(late && !late.ok && late.reason, "answered");
  const status = (await a.read(50)).access?.status;
  assert.equal((await a.admit(50)).ok, status === "approved");
  assert.deepEqual(await a.answerRequest(51, 50, "approved"), {
    ok: false,
    reason: "rank",
  });
  assert.deepEqual(await a.answerRequest(OWNER, 52, "approved"), {
    ok: false,
    reason: "unknown",
  });
});

Deno.test("roleStore.gate() makes a commit that read a role fail once the role changed", async () => {
  using kv = await Deno.openKv(":memory:");
  const roles = store(kv);
  const gate = roles.gate(60);
  const entries = await kv.getMany(gate.keys);
  assert.equal(gate.decide(entries, kv.atomic()).ok, true);
  await roles.setRole(OWNER, 60, "banned");
  const op = kv.atomic();
  assert.equal(gate.decide(entries, op).ok, true, "decided from the old read");
  op.set(["job", "x"], 1);
  assert.equal((await op.commit()).ok, false, "the ban makes it fail");
});

Deno.test("roleStore.privileged() lists owners, seeded admins not demoted, and stored roles from moderator up", async () => {
  using kv = await Deno.openKv(":memory:");
  const roles = store(kv);
  await roles.setRole(OWNER, 70, "moderator");
  await roles.setRole(OWNER, 71, "trusted");
  await roles.setRole(OWNER, 72, "admin");
  const ids = (await roles.privileged()).map((s) => `${s.userId}:${s.role}`)
    .toSorted();
  assert.deepEqual(ids, ["1:owner", "2:admin", "70:moderator", "72:admin"]);
  await roles.setRole(OWNER, SEEDED, "user");
  const admins = (await roles.privileged("admin")).map((s) => s.userId)
    .toSorted();
  assert.deepEqual(admins, [1, 72]);
});

Deno.test("jobStore.accept() with the access gate: a banned user is refused in the same read round and one commit; a ban racing an acceptance wins", async () => {
  const { JobStore } = await import("../../src/storage/job_store.ts");
  const { countingKv } = await import("../support.ts");
  using raw = await Deno.openKv(":memory:");
  const counting = countingKv(raw);
  const kv = counting.kv;
  const roles = store(kv);
  // Read first (not guessed absent), as a bot does once most users are known.
  const jobs = new JobStore(kv, {
    leaseMs: 1_000,
    maxAttempts: 50,
    guessAbsent: false,
  });
  const gateOf = (userId: number) => {
    const access = roles.gate(userId);
    return {
      keys: access.keys,
      decide: (
        entries: readonly Deno.KvEntryMaybe<unknown>[],
        op: Deno.AtomicOperation,
      ) => {
        const decision = access.decide(entries, op);
        return decision.ok
          ? { ok: true as const }
          : { ok: false as const, refusal: decision.refusal };
      },
    };
  };
  const input = { userId: 80, chatId: 80, prompt: "p", category: "general" };
  const accept = (by = jobs) =>
    by.accept({
      userId: 80,
      input,
      owner: "a",
      now: 0,
      queueMax: 3,
      gate: gateOf(80),
      update: { botId: 1, updateId: Math.floor(Math.random() * 1e9) },
    });
  await roles.setRole(OWNER, 80, "banned");
  counting.reset();
  const refused = await accept();
  assert.equal(!refused.ok && refused.reason, "refused");
  assert.deepEqual(counting.counts, { reads: 1, lists: 0, commits: 1 });
  assert.deepEqual(await jobs.userJobs(80), { running: null, queued: [] });
  // A store that guesses the keys absent is refused by the ban's record.
  const guessed = await accept(new JobStore(kv, { leaseMs: 1_000 }));
  assert.equal(!guessed.ok && guessed.reason, "refused");
  assert.deepEqual(await jobs.userJobs(80), { running: null, queued: [] });
  // Unbanned, then banned by another instance between the read and the commit of an acceptance.
  await roles.unban(OWNER, 80);
  let reads = 0;
  const racy = new Proxy(raw, {
    get(target, property) {
      if (property === "getMany") {
        return async (keys: Deno.KvKey[]) => {
          const entries = await target.getMany(keys);
          if (reads++ === 0) await roles.setRole(OWNER, 80, "banned");
          return entries;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const outcome = await new JobStore(racy, {
    leaseMs: 1_000,
    guessAbsent: false,
  }).accept({
    userId: 80,
    input,
    owner: "a",
    now: 0,
    queueMax: 3,
    gate: gateOf(80),
  });
  assert.equal(reads, 2, "the commit failed and the acceptance read again");
  assert.equal(!outcome.ok && outcome.reason, "refused");
  assert.equal((await jobs.userJobs(80)).running, null);
});

Deno.test("jobStore.cancelUser() deletes the user's running and queued jobs and their queue in one commit", async () => {
  const { JobStore } = await import("../../src/storage/job_store.ts");
  using kv = await Deno.openKv(":memory:");
  const jobs = new JobStore(kv, { leaseMs: 1_000 });
  const input = { userId: 90, chatId: 90, prompt: "p", category: "general" };
  for (let i = 0; i < 3; i++) {
    await jobs.accept({ userId: 90, input, owner: "a", now: i, queueMax: 3 });
  }
  await jobs.accept({
    userId: 91,
    input: { ...input, userId: 91 },
    owner: "a",
    now: 0,
    queueMax: 3,
  });
  assert.equal(await jobs.cancelUser(90), 3);
  assert.deepEqual(await jobs.userJobs(90), { running: null, queued: [] });
  const left = [];
  for await (const job of jobs.all()) left.push(job.userId);
  assert.deepEqual(left, [91]);
  assert.equal(await jobs.cancelUser(90), 0);
});

Deno.test("roleStore.serves() decides as admit() does but writes nothing", async () => {
  using kv = await Deno.openKv(":memory:");
  const roles = store(kv, { mode: "approval" });
  await roles.setRole(OWNER, 100, "banned");
  const banned = await roles.serves(100);
  assert.equal(!banned.ok && banned.refusal.reason, "banned");
  assert.equal(
    (await roles.read(100)).record?.noticed,
    undefined,
    "not noted as told",
  );
  const stranger = await roles.serves(101);
  assert.equal(!stranger.ok && stranger.refusal.reason, "pending");
  assert.equal(
    (await kv.get(accessKey(101))).versionstamp,
    null,
    "no request written",
  );
  assert.equal((await roles.serves(SEEDED)).ok, true);
});
