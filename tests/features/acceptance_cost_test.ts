/**
 * What KV work a prompt costs, counted with a counting KV wrapper around the
 * real wiring: its acceptance, and a whole answered prompt. The numbers are
 * stated in docs/ARCHITECTURE.md ("KV work per update").
 *
 * @module
 */
import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { countingKv, en, type KvCounts, text } from "../support.ts";
import { answering, blocking, startFeatureBot } from "./harness.ts";

function counted() {
  let counting: ReturnType<typeof countingKv> | undefined;
  return {
    wrapKv: (kv: Deno.Kv) => (counting = countingKv(kv)).kv,
    reset: () => counting!.reset(),
    get counts(): KvCounts {
      return { ...counting!.counts };
    },
  };
}

Deno.test("accepting a prompt costs one read round and one commit, with every limit on", async () => {
  const llm = blocking("FIRST");
  const kv = counted();
  await using h = await startFeatureBot(llm, {
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "60",
    JOBS_CONCURRENCY: "1",
  }, { wrapKv: kv.wrapKv });
  await h.send(textUpdate({ text: "first idea", userId: 4242 }), {
    waitForJobs: false,
  });
  await llm.started;
  // With every limit on, a guess would need 12 checks in one commit, more
  // than KV Connect allows: even a new user's prompt is read first.
  kv.reset();
  await h.send(textUpdate({ text: "an idea", userId: 4141 }), {
    waitForJobs: false,
  });
  assert.deepEqual(kv.counts, { reads: 1, lists: 0, commits: 1 });
  // The second prompt is queued behind the first: nothing runs for it yet,
  // so all that is counted is its acceptance (and the ack it sends).
  kv.reset();
  await h.send(textUpdate({ text: "second idea", userId: 4242 }), {
    waitForJobs: false,
  });
  assert.deepEqual(kv.counts, { reads: 1, lists: 0, commits: 1 });
  // A redelivery of an update is dropped.
  kv.reset();
  await h.send(
    textUpdate({ text: "third idea", userId: 4242, updateId: 9_000_001 }),
    { waitForJobs: false },
  );
  await h.send(
    textUpdate({ text: "third idea", userId: 4242, updateId: 9_000_001 }),
    { waitForJobs: false },
  );
  // The claim is not read up front (the commit checks it is absent): the
  // redelivery's commit is refused, and only then is the claim read with the
  // rest (11 keys: two getMany sent together) to tell the duplicate apart.
  assert.deepEqual(kv.counts, { reads: 4, lists: 0, commits: 2 });
  assert.equal(
    h.tg.callsOf("sendMessage").filter((c) =>
      String(c.payload.text).startsWith("⏳")
    ).length,
    2,
    "the duplicate is not acknowledged again",
  );
  llm.release();
});

Deno.test("a new user's prompt costs one commit and no read without a global cap", async () => {
  const llm = blocking("FIRST");
  const kv = counted();
  await using h = await startFeatureBot(llm, {
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    JOBS_CONCURRENCY: "1",
  }, { wrapKv: kv.wrapKv });
  await h.send(textUpdate({ text: "first idea", userId: 4242 }), {
    waitForJobs: false,
  });
  await llm.started;
  for (const userId of [4141, 4040]) {
    kv.reset();
    await h.send(textUpdate({ text: "an idea", userId }), {
      waitForJobs: false,
    });
    assert.deepEqual(kv.counts, { reads: 0, lists: 0, commits: 1 });
  }
  // A known user's (their queue is there): the guess is refused, then read.
  kv.reset();
  await h.send(textUpdate({ text: "another idea", userId: 4242 }), {
    waitForJobs: false,
  });
  assert.deepEqual(kv.counts, { reads: 1, lists: 0, commits: 2 });
  llm.release();
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.match(
    h.tg.sentTexts(4040).at(-1) ?? "",
    /FIRST/,
    "and it is answered",
  );
});

Deno.test("an answered prompt costs the same bounded KV work however many prompts wait in line", async () => {
  const costs: number[] = [];
  for (const waiting of [0, 3]) {
    const kv = counted();
    await using h = await startFeatureBot(answering("DONE"), {
      QUEUE_MAX: "3",
    }, { wrapKv: kv.wrapKv });
    // Other users' prompts in the runner while ours is answered.
    for (let i = 0; i < waiting; i++) {
      await h.send(textUpdate({ text: `other ${i}`, userId: 100 + i }), {
        waitForJobs: false,
      });
    }
    assert.ok(await h.deps.jobs.drain(10_000));
    await h.deps.jobs.start(); // the heartbeat's first beat is not the prompt's
    kv.reset();
    await h.send(textUpdate({ text: "my idea", userId: 4343 }));
    costs.push(kv.counts.commits);
  }
  assert.equal(costs[0], costs[1], `commits: ${costs.join(" vs ")}`);
  // accept, claim, result, the first message's id, the sent count, history,
  // daily stat, profile counter, finish
  assert.equal(costs[0], 9, `${costs[0]} commits for one answered prompt`);
});

/** `kv` that logs when each commit and read starts and ends, in order. */
function orderedKv(log: string[]) {
  return (kv: Deno.Kv): Deno.Kv =>
    new Proxy(kv, {
      get(target, property) {
        if (property === "getMany") {
          return async (...args: Parameters<Deno.Kv["getMany"]>) => {
            log.push("read");
            const entries = await target.getMany(...args);
            log.push("read done");
            return entries;
          };
        }
        if (property === "list") {
          return (...args: Parameters<Deno.Kv["list"]>) => {
            log.push("list");
            return target.list(...args);
          };
        }
        if (property === "atomic") {
          return () => {
            const op = target.atomic();
            const commit = op.commit.bind(op);
            op.commit = async () => {
              log.push("commit");
              const result = await commit();
              log.push("commit done");
              return result;
            };
            return op;
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
}

Deno.test("a new sender's command costs one commit: the claim's commit checks their profile, role and access are absent", async () => {
  const log: string[] = [];
  await using h = await startFeatureBot(answering("OK"), {}, {
    wrapKv: orderedKv(log),
  });
  log.length = 0;
  await h.send(textUpdate({ text: "/help", userId: 5151 }));
  assert.deepEqual(log, ["commit", "commit done"]);
  assert.match(h.shown(5151).join("\n"), /\/help/);
});

Deno.test("a known sender's command reads the profile, role and access while the claim commits", async () => {
  const log: string[] = [];
  await using h = await startFeatureBot(answering("OK"), {}, {
    wrapKv: orderedKv(log),
  });
  const known = 5200;
  for (let i = 0; i < 3; i++) {
    await h.deps.users.setPreferences(known + i, { language: "de" });
  }
  // A guess that misses: the claim's commit is refused, then the claim and
  // the standing are read in one round, and the claim taken.
  log.length = 0;
  await h.send(textUpdate({ text: "/help", userId: known }));
  assert.deepEqual(log.slice(0, 6), [
    "commit",
    "commit done",
    "read",
    "read done",
    "commit",
    "commit done",
  ]);
  assert.match(h.shown(known).join("\n"), /\/help/);
  assert.ok(
    h.shown(known).join("\n").includes(text("de", "help-title")),
    "the profile read after the miss gives the language",
  );
  // Once most senders are known, the read goes with the claim's commit again.
  for (let i = 0; i < 20; i++) {
    await h.send(textUpdate({ text: "/help", userId: known + 1 }));
  }
  log.length = 0;
  await h.send(textUpdate({ text: "/help", userId: known + 2 }));
  assert.deepEqual(log.slice(0, 2), ["commit", "read"]);
  assert.ok(log.indexOf("read") < log.indexOf("commit done"), log.join(", "));
  assert.equal(log.filter((entry) => entry === "read").length, 1);
  assert.ok(
    h.shown(known + 2).join("\n").includes(text("de", "help-title")),
  );
});

Deno.test("a new sender's /history costs one commit: the claim's commit checks their history record is absent, and nothing is listed", async () => {
  const log: string[] = [];
  await using h = await startFeatureBot(answering("OK"), {}, {
    wrapKv: orderedKv(log),
  });
  log.length = 0;
  await h.send(textUpdate({ text: "/history", userId: 5301 }));
  assert.deepEqual(log, ["commit", "commit done"]);
  assert.deepEqual(h.shown(5301), [en("history-empty")]);
});

Deno.test("/history of a sender who has a history but no profile: the claim's guess misses, the record is read, the history listed", async () => {
  const log: string[] = [];
  await using h = await startFeatureBot(answering("OK"), {}, {
    wrapKv: orderedKv(log),
  });
  const userId = 5302;
  await h.deps.history.append(userId, {
    prompt: "a haiku about the sea",
    result: "Write a haiku about the sea.",
    category: "general",
    source: "ai",
  });
  assert.equal(await h.deps.users.get(userId), null, "no profile was written");
  log.length = 0;
  await h.send(textUpdate({ text: "/history", userId }));
  assert.deepEqual(log.slice(0, 7), [
    "commit",
    "commit done",
    "read",
    "read done",
    "commit",
    "commit done",
    "list",
  ]);
  const shown = h.shown(userId).join("\n");
  assert.match(shown, /a haiku about the sea/);
  assert.ok(!shown.includes(en("history-empty")));
  // Cleared, the record goes with the items: empty again, and not listed.
  await h.deps.history.clear(userId);
  for (let i = 0; i < 20; i++) {
    await h.send(textUpdate({ text: "/help", userId: 5400 + i }));
  }
  log.length = 0;
  await h.send(textUpdate({ text: "/history", userId }));
  assert.deepEqual(log, ["commit", "commit done"]);
  assert.equal(h.shown(userId).at(-1), en("history-empty"));
});

Deno.test("/history of a known sender reads the history record with the profile while the claim commits, then lists", async () => {
  const log: string[] = [];
  await using h = await startFeatureBot(answering("OK"), {}, {
    wrapKv: orderedKv(log),
  });
  const userId = 5303;
  await h.deps.users.setPreferences(userId, { language: "de" });
  await h.deps.history.append(userId, {
    prompt: "a limerick about cats",
    result: "Write a limerick about cats.",
    category: "general",
    source: "ai",
  });
  // Most senders known: the bot reads instead of guessing.
  for (let i = 0; i < 20; i++) {
    await h.deps.users.setPreferences(5500 + i, { language: "de" });
    await h.send(textUpdate({ text: "/help", userId: 5500 + i }));
  }
  log.length = 0;
  await h.send(textUpdate({ text: "/history", userId }));
  assert.deepEqual(log.slice(0, 2), ["commit", "read"]);
  assert.equal(log.filter((entry) => entry === "read").length, 1);
  assert.equal(log.filter((entry) => entry === "list").length, 1);
  assert.match(h.shown(userId).join("\n"), /a limerick about cats/);
});

Deno.test("the webhook is told a prompt was accepted before its acknowledgment goes out; a command never", async () => {
  const llm = blocking("FIRST");
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "first idea", userId: 6262 }), {
    waitForJobs: false,
  });
  await llm.started;
  const queued = () =>
    h.tg.sentTexts(6262).filter((text) =>
      text === en("enhance-queued", { ahead: 1 })
    ).length;
  const update = {
    ...textUpdate({ text: "second idea", userId: 6262 }),
    update_id: 9_100_001,
  };
  h.tg.rememberUpdate(update);
  const seen: number[] = [];
  const outcome = await h.app.handleUpdate(update, {
    onAccepted: () => seen.push(queued()),
  });
  assert.equal(outcome, "handled");
  assert.deepEqual(seen, [0], "told once, before the 'Queued' message");
  assert.ok(queued() >= 1, "then the 'Queued' message went out");

  const help = {
    ...textUpdate({ text: "/help", userId: 6262 }),
    update_id: 9_100_002,
  };
  h.tg.rememberUpdate(help);
  let told = false;
  await h.app.handleUpdate(help, { onAccepted: () => (told = true) });
  assert.equal(
    told,
    false,
    "a command's claim may still be released: no early answer",
  );
  llm.release();
  assert.ok(await h.deps.jobs.drain(10_000));
});
