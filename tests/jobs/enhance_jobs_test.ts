import assert from "node:assert/strict";
import {
  DRAFT_INTERVAL_MS,
  draftInterval,
  DRAFTS_PER_SECOND,
  EnhanceJobRunner,
} from "../../src/jobs/enhance_jobs.ts";
import type { LlmProvider } from "../../src/llm/provider.ts";
import { SessionStore } from "../../src/storage/session_store.ts";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { type JobInput, JobStore } from "../../src/storage/job_store.ts";
import { UserStore } from "../../src/storage/user_store.ts";
import { createApi } from "../../src/telegram/api.ts";
import { renderAnswer } from "../../src/ui/answer.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { copyable, countingKv, type KvCounts } from "../support.ts";

const CHAT = 777;
const GROUP = -1001;
const INPUT: JobInput = {
  userId: CHAT,
  chatId: CHAT,
  prompt: "a rough idea",
  category: "general",
};

function counting(text: string): LlmProvider & { calls: number } {
  const provider = {
    calls: 0,
    complete() {
      provider.calls++;
      return Promise.resolve({ text, model: "m", keyHint: "…k" });
    },
  };
  return provider;
}

async function setup(
  llm: LlmProvider | null,
  options: {
    leaseMs?: number;
    concurrency?: number;
    now?: () => number;
    maxAnswerParts?: number;
    typingRefreshMs?: number;
    /** Wraps the KV the job store uses, e.g. to trace its reads and commits. */
    wrapKv?: (kv: Deno.Kv) => Deno.Kv;
  } = {},
) {
  const tg = startFakeTelegram();
  const kv = await Deno.openKv(":memory:");
  let t = 10_000;
  const clock = { now: options.now ?? (() => t) };
  const api = createApi(tg.token, { apiRoot: tg.apiRoot });
  const store = new JobStore(options.wrapKv?.(kv) ?? kv, {
    leaseMs: options.leaseMs ?? 1000,
  });
  const history = new HistoryStore(kv, { clock, limit: 20 });
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
  });
  const runner = new EnhanceJobRunner(
    {
      kv,
      jobs: store,
      api,
      llm,
      history,
      users,
      sessions: new SessionStore(kv, { clock }),
      clock,
      i18n: createI18n(),
    },
    {
      instanceId: "me",
      concurrency: options.concurrency ?? 4,
      maxAnswerParts: options.maxAnswerParts,
      typingRefreshMs: options.typingRefreshMs,
    },
  );
  /**
   * A job accepted on `owner` at `now`, which beats once then (alive for the
   * lease) and never again: a dead worker once the lease has passed.
   */
  async function orphan(input: JobInput, owner: string, now: number) {
    await store.beat(owner, now, now);
    const accepted = await store.accept({
      userId: input.userId,
      input,
      owner,
      now,
      queueMax: 3,
    });
    assert.ok(accepted.ok);
    return accepted;
  }
  return {
    tg,
    kv,
    api,
    store,
    history,
    users,
    runner,
    orphan,
    accept: (input: JobInput, queueMax?: number) =>
      runner.accept(input.userId, input, { queueMax }),
    advance: (ms: number) => (t += ms),
    /** The prompt each message offers to copy (its whole text when it has none). */
    shown: () => tg.messages(CHAT).map((m) => copyable("text" in m ? m : {})),
    /** Each message's text as the user reads it. */
    texts: () =>
      tg.messages(CHAT).map((m) => ("text" in m ? m.text ?? "" : "")),
    async [Symbol.asyncDispose]() {
      await runner.stop(5000);
      kv.close();
      await tg.close();
    },
  };
}

Deno.test("runner.accept() answers once, stores one history entry and frees the user", async () => {
  await using s = await setup(counting("ENHANCED"));
  const accepted = await s.accept(INPUT);
  assert.ok(accepted.ok);
  assert.ok(await s.runner.drain(5000));
  assert.deepEqual(s.shown(), ["ENHANCED"]);
  const items = await s.history.list(CHAT);
  assert.equal(items.length, 1);
  assert.equal(items[0].requestId, accepted.job.id);
  assert.equal(
    await s.store.get(accepted.job.id),
    null,
    "finished jobs are deleted",
  );
  assert.ok((await s.accept(INPUT)).ok, "the next request is accepted");
});

Deno.test("runner takes over a dead worker's job, editing its draft instead of sending another", async () => {
  const llm = counting("THE FINAL ANSWER");
  await using s = await setup(llm);
  const draft = await s.api.sendMessage(CHAT, "THE FIN …");
  const created = await s.orphan(INPUT, "dead-worker", 10_000);
  assert.ok(created.ok);
  await s.store.patch(created.job.id, "dead-worker", {
    draftMessageId: draft.message_id,
  });

  assert.equal(await s.runner.recover(), 0, "its instance is still alive");
  s.advance(1001);
  assert.equal(await s.runner.recover(), 1);
  assert.ok(await s.runner.drain(5000));
  assert.deepEqual(s.shown(), ["THE FINAL ANSWER"]);
  assert.equal(
    s.tg.callsOf("sendMessage").length,
    1,
    "only the dead worker's draft was ever sent",
  );
  assert.equal(await s.history.count(CHAT), 1);
  assert.equal(llm.calls, 1);
});

Deno.test("runner resumes delivery: no second LLM call, delivered parts not resent", async () => {
  const llm = counting("never used");
  await using s = await setup(llm);
  const text = Array.from({ length: 700 }, (_, i) => `line ${i}`).join("\n");
  const result = { source: "ai" as const, body: text, model: "m" };
  const parts = renderAnswer(createI18n().translator("en"), result, {
    category: INPUT.category,
    version: 1,
  }).parts;
  assert.ok(parts.length >= 2);
  const first = await s.api.sendMessage(CHAT, parts[0].html, {
    parse_mode: "HTML",
  });
  const created = await s.orphan(INPUT, "dead-worker", 10_000);
  assert.ok(created.ok);
  await s.store.patch(created.job.id, "dead-worker", {
    draftMessageId: first.message_id,
    result,
    delivered: 1,
  });
  s.advance(5000);
  await s.runner.recover();
  assert.ok(await s.runner.drain(5000));
  assert.equal(llm.calls, 0);
  assert.deepEqual(s.texts(), parts.map((part) => part.text));
  assert.equal(s.shown().join("\n"), text, "the prompt, whole, in its blocks");
  assert.equal(await s.history.count(CHAT), 1);
});

Deno.test("runner does not store history twice when the dead worker had already stored it", async () => {
  await using s = await setup(counting("x"));
  const created = await s.orphan(INPUT, "dead-worker", 10_000);
  assert.ok(created.ok);
  await s.store.patch(created.job.id, "dead-worker", {
    result: { source: "ai", body: "DONE" },
    delivered: 1,
  });
  await s.history.append(CHAT, {
    prompt: INPUT.prompt,
    result: "DONE",
    category: "general",
    source: "ai",
    requestId: created.job.id,
  });
  s.advance(5000);
  await s.runner.recover();
  assert.ok(await s.runner.drain(5000));
  assert.equal(await s.history.count(CHAT), 1);
  assert.deepEqual(s.shown(), [], "everything was already delivered");
  assert.equal(await s.store.get(created.job.id), null);
});

Deno.test("runner gives a job up with an apology after it killed too many workers", async () => {
  const llm = counting("x");
  await using s = await setup(llm);
  const created = await s.orphan(INPUT, "w1", 10_000);
  assert.ok(created.ok);
  // Three runs started, each by a worker that then died.
  for (const [i, worker] of ["w1", "w2", "w3"].entries()) {
    await s.store.claim(
      created.job.id,
      worker,
      10_000 + 1001 * i,
      () => true,
    );
  }
  s.advance(1001);
  await s.runner.recover();
  assert.ok(await s.runner.drain(5000));
  assert.equal(llm.calls, 0);
  assert.match(s.shown()[0], /couldn't finish/);
  assert.equal(await s.store.get(created.job.id), null);
});

Deno.test("runner runs at most `concurrency` jobs at once; the rest wait their turn", async () => {
  let inFlight = 0;
  let peak = 0;
  const releases: Array<() => void> = [];
  const llm: LlmProvider = {
    async complete() {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight--;
      return { text: "ok", model: "m", keyHint: "…k" };
    },
  };
  await using s = await setup(llm, { concurrency: 2 });
  for (let user = 1; user <= 5; user++) {
    assert.ok(
      (await s.accept({ ...INPUT, userId: user, chatId: user })).ok,
    );
  }
  while (releases.length < 2) await new Promise((r) => setTimeout(r, 5));
  assert.equal(s.runner.running, 2);
  assert.equal(s.runner.waiting, 3);
  while (releases.length > 0 || s.runner.running > 0) {
    releases.shift()?.();
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.ok(await s.runner.drain(5000));
  assert.equal(peak, 2);
  for (let user = 1; user <= 5; user++) {
    assert.equal(await s.history.count(user), 1);
  }
});

Deno.test("runner re-checks when the heartbeat of the instance holding a job runs out", async () => {
  await using s = await setup(counting("LATE"), {
    leaseMs: 100,
    now: () => Date.now(),
  });
  const created = await s.orphan(INPUT, "other-instance", Date.now());
  assert.ok(created.ok);
  assert.equal(await s.runner.recover(), 0);
  await s.tg.waitForCall("sendMessage", undefined, 3000);
  assert.ok(await s.runner.drain(5000));
  assert.deepEqual(s.shown(), ["LATE"]);
});

Deno.test("runner.accept() queues a second prompt of a user and answers it after the first", async () => {
  const releases: Array<() => void> = [];
  const prompts: string[] = [];
  const llm: LlmProvider = {
    async complete(request) {
      prompts.push(String(request.messages.at(-1)?.content));
      await new Promise<void>((resolve) => releases.push(resolve));
      return { text: `ANSWER ${prompts.length}`, model: "m", keyHint: "…k" };
    },
  };
  await using s = await setup(llm);
  const first = await s.accept(INPUT);
  const second = await s.accept({ ...INPUT, prompt: "the second idea" });
  assert.ok(first.ok && first.position === 0);
  assert.ok(second.ok && second.position === 1);
  const refused = await s.accept(INPUT, 1);
  assert.ok(!refused.ok && refused.reason === "queue_full" && refused.notify);
  while (releases.length < 1) await new Promise((r) => setTimeout(r, 5));
  assert.equal(s.runner.running, 1, "one at a time per user");
  releases.shift()!();
  while (releases.length < 1) await new Promise((r) => setTimeout(r, 5));
  releases.shift()!();
  assert.ok(await s.runner.drain(5000));
  assert.deepEqual(s.shown(), ["ANSWER 1", "ANSWER 2"]);
  assert.match(prompts[1], /the second idea/);
  assert.equal(await s.runner.isBusy(CHAT), false);
});

Deno.test("runner gives up a job that keeps failing in the same process, then frees the user", async () => {
  const llm = counting("ANSWER");
  await using s = await setup(llm, { leaseMs: 1000 });
  // A flood wait longer than auto-retry waits: a failure that is not final.
  s.tg.injectFault("sendMessage", {
    status: 429,
    retryAfter: 3600,
    times: 100,
  });
  const accepted = await s.accept(INPUT);
  assert.ok(accepted.ok);
  assert.ok(await s.runner.drain(20_000));
  for (
    let sweep = 0;
    sweep < 5 && (await s.store.get(accepted.job.id)) !== null;
    sweep++
  ) {
    s.advance(1001);
    await s.runner.recover();
    assert.ok(await s.runner.drain(20_000));
  }
  assert.equal(
    await s.store.get(accepted.job.id),
    null,
    "given up instead of retried forever",
  );
  assert.equal(await s.runner.isBusy(CHAT), false);
  assert.ok(llm.calls >= 1 && llm.calls <= 3, `LLM asked ${llm.calls} times`);
});

Deno.test("runner drops a job at once when Telegram refuses its answer for good (403)", async () => {
  const llm = counting("ANSWER");
  await using s = await setup(llm);
  s.tg.injectFault("sendMessage", {
    status: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  const accepted = await s.accept(INPUT);
  assert.ok(accepted.ok);
  assert.ok(await s.runner.drain(5000));
  assert.equal(await s.store.get(accepted.job.id), null);
  assert.equal(await s.runner.isBusy(CHAT), false);
  assert.equal(await s.history.count(CHAT), 0);
});

Deno.test("runner keeps one heartbeat, so no one takes its jobs over, and it costs the same commits however many jobs wait", async () => {
  const releases: Array<() => void> = [];
  const llm: LlmProvider = {
    async complete() {
      await new Promise<void>((resolve) => releases.push(resolve));
      return { text: "ok", model: "m", keyHint: "…k" };
    },
  };
  let counts: KvCounts | undefined;
  await using s = await setup(llm, {
    leaseMs: 150,
    concurrency: 1,
    now: () => Date.now(),
    wrapKv: (kv) => {
      const counting = countingKv(kv);
      counts = counting.counts;
      return counting.kv;
    },
  });
  const users = Array.from({ length: 20 }, (_, i) => i + 1);
  const accepted = [];
  for (const userId of users) {
    accepted.push(await s.accept({ ...INPUT, userId, chatId: userId }));
  }
  const before = counts!.commits;
  await new Promise((r) => setTimeout(r, 600)); // four leases long
  const waitingCommits = counts!.commits - before;
  // Three beats per lease (every 50 ms), none per job: 20 jobs waiting cost
  // what 1 would. The old per-job leases cost 20 renewals per beat.
  assert.ok(
    waitingCommits <= Math.ceil(600 / 50) + 2,
    `${waitingCommits} commits`,
  );
  const beats = await s.store.instances();
  assert.ok(
    (beats.get("me")?.aliveUntil ?? 0) > Date.now(),
    "heartbeat kept alive",
  );
  for (const outcome of accepted) {
    assert.ok(outcome.ok);
    assert.equal(
      await s.store.claim(outcome.job.id, "other-instance", Date.now()),
      null,
      "an alive instance's job is not taken",
    );
  }
  while (s.runner.running > 0 || s.runner.waiting > 0) {
    releases.shift()?.();
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.ok(await s.runner.drain(5000));
  for (const userId of users) assert.equal(await s.history.count(userId), 1);
});

Deno.test("runner: a recovered job waiting for a slot is not stopped by the heartbeat", async () => {
  const releases: Array<() => void> = [];
  const llm: LlmProvider = {
    async complete() {
      await new Promise<void>((resolve) => releases.push(resolve));
      return { text: "RECOVERED", model: "m", keyHint: "…k" };
    },
  };
  await using s = await setup(llm, {
    leaseMs: 150,
    concurrency: 1,
    now: () => Date.now(),
  });
  for (const userId of [1, 2]) {
    await s.orphan(
      { ...INPUT, userId, chatId: userId },
      "dead-worker",
      Date.now() - 1000,
    );
  }
  assert.equal(await s.runner.recover(), 2);
  await new Promise((r) => setTimeout(r, 400)); // heartbeats tick while one job waits
  while (s.runner.running > 0 || s.runner.waiting > 0) {
    releases.shift()?.();
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.ok(await s.runner.drain(5000));
  for (const userId of [1, 2]) {
    assert.deepEqual(
      s.tg.messages(userId).map((m) => copyable("text" in m ? m : {})),
      ["RECOVERED"],
    );
    assert.equal(await s.history.count(userId), 1);
  }
});

Deno.test("runner delivers a long non-Latin answer it cannot store in the job, without a KV error", async () => {
  const answer = "Ответ: ".repeat(3000); // 21,000 UTF-16 units, two bytes each in KV
  await using s = await setup(counting(answer));
  const prompt = "Я хочу ".repeat(700);
  const accepted = await s.accept({ ...INPUT, prompt });
  assert.ok(accepted.ok);
  assert.ok(await s.runner.drain(5000));
  assert.equal(
    s.shown().join("").replace(/\s/g, ""),
    answer.trim().replace(/\s/g, ""),
  );
  assert.equal(await s.history.count(CHAT), 1);
});

/** An answer of `parts` parts, each just under Telegram's limit and numbered. */
function partsAnswer(parts: number): string {
  return Array.from(
    { length: parts },
    (_, i) => `Part ${i + 1}\n` + "step ".repeat(780).trim(),
  ).join("\n\n");
}

/** What the chat shows: texts, and `[file name]` for a document. */
function chatView(
  tg: ReturnType<typeof startFakeTelegram>,
  chat = CHAT,
): string[] {
  return tg.messages(chat).map((m) =>
    "document" in m && m.document
      ? `[file ${m.document.file_name}]`
      : ("text" in m ? copyable(m).slice(0, 6) : "?")
  );
}

Deno.test("runner sends a huge answer as at most maxAnswerParts messages, then all of it as prompt.md", async () => {
  const answer = partsAnswer(50);
  await using s = await setup(counting(answer), { maxAnswerParts: 6 });
  assert.ok((await s.accept(INPUT)).ok);
  assert.ok(await s.runner.drain(5000));
  assert.deepEqual(chatView(s.tg), [
    "Part 1",
    "Part 2",
    "Part 3",
    "Part 4",
    "Part 5",
    "Part 6",
    "[file prompt.md]",
  ]);
  const [call] = s.tg.callsOf("sendDocument");
  const bytes = (call.payload.document as { bytes: Uint8Array }).bytes;
  assert.equal(new TextDecoder().decode(bytes), answer);
  assert.match(String(call.payload.caption), /too long.*after 6 parts/);
  assert.equal(await s.history.count(CHAT), 1);
});

Deno.test("runner resuming a cut answer sends only what is missing: the file once", async () => {
  const llm = counting("never used");
  await using s = await setup(llm, { maxAnswerParts: 2 });
  const text = partsAnswer(5);
  const created = await s.orphan(INPUT, "dead-worker", 10_000);
  assert.ok(created.ok);
  await s.store.patch(created.job.id, "dead-worker", {
    result: { source: "ai", body: text, model: "m" },
  });
  await s.store.recordSent(created.job.id, 2); // both parts, not the file
  s.advance(5000);
  await s.runner.recover();
  assert.ok(await s.runner.drain(5000));
  assert.equal(llm.calls, 0);
  assert.equal(s.tg.callsOf("sendMessage").length, 0);
  assert.deepEqual(chatView(s.tg), ["[file prompt.md]"]);

  // A dead worker that had sent the file too: nothing is sent again.
  const again = await s.orphan(INPUT, "dead-worker", 20_000);
  assert.ok(again.ok);
  await s.store.patch(again.job.id, "dead-worker", {
    result: { source: "ai", body: text, model: "m" },
  });
  await s.store.recordSent(again.job.id, 3);
  s.advance(5000);
  await s.runner.recover();
  assert.ok(await s.runner.drain(5000));
  assert.equal(s.tg.callsOf("sendDocument").length, 1);
});

/** Every Bot API call and KV read or commit of the job store, in order. */
function tracer() {
  const events: string[] = [];
  const wrapKv = (kv: Deno.Kv): Deno.Kv =>
    new Proxy(kv, {
      get(target, property) {
        if (property === "get" || property === "getMany") {
          return (...args: unknown[]) => {
            events.push("kv read");
            // deno-lint-ignore no-explicit-any
            return (target as any)[property](...args);
          };
        }
        if (property === "atomic") {
          return () => {
            const op = target.atomic();
            const commit = op.commit.bind(op);
            op.commit = () => {
              events.push("kv commit");
              return commit();
            };
            return op;
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const traceApi = (api: ReturnType<typeof createApi>) =>
    api.config.use(async (prev, method, payload, signal) => {
      events.push(`call ${method}`);
      const result = await prev(method, payload, signal);
      events.push(`done ${method}`);
      return result;
    });
  return { events, wrapKv, traceApi };
}

Deno.test("runner records the draft and every sent message with one KV commit, the next thing after the send", async () => {
  const answer = partsAnswer(4);
  const llm: LlmProvider = {
    complete(request) {
      request.onDelta?.(answer.slice(0, 200));
      return Promise.resolve({ text: answer, model: "m", keyHint: "…k" });
    },
  };
  const trace = tracer();
  await using s = await setup(llm, {
    maxAnswerParts: 3,
    typingRefreshMs: 5,
    wrapKv: trace.wrapKv,
  });
  trace.traceApi(s.api);
  // A slow Telegram: "typing…" would be sent again between the parts.
  s.tg.injectFault("sendMessage", { delayMs: 40, times: 10 });
  // A group: the draft is a message, edited into the first part.
  assert.ok((await s.accept({ ...INPUT, chatId: GROUP })).ok);
  assert.ok(await s.runner.drain(5000));

  const { events } = trace;
  const sends = events.flatMap((event, i) =>
    /^done (sendMessage|sendDocument)$/.test(event) ? [i] : []
  );
  assert.equal(sends.length, 4, "draft, parts 2 and 3, the file");
  for (const i of sends) {
    assert.equal(events[i + 1], "kv commit", `after "${events[i]}" #${i}`);
  }
  const firstPart = events.indexOf("call editMessageText");
  assert.ok(firstPart > 0);
  assert.deepEqual(
    events.slice(firstPart).filter((e) => e.includes("sendChatAction")),
    [],
    "no typing once the parts go out",
  );
  assert.deepEqual(chatView(s.tg, GROUP), [
    "Part 1",
    "Part 2",
    "Part 3",
    "[file prompt.md]",
  ]);
});

Deno.test("runner streams a private answer as sendMessageDraft previews, then sends it: no message is edited", async () => {
  const llm: LlmProvider = {
    complete(request) {
      request.onDelta?.("A vivid ");
      return Promise.resolve({
        text: "A vivid prompt",
        model: "m",
        keyHint: "…k",
      });
    },
  };
  await using s = await setup(llm);
  assert.ok((await s.accept(INPUT)).ok);
  assert.ok(await s.runner.drain(5000));
  const drafts = s.tg.callsOf("sendMessageDraft");
  assert.ok(drafts.length >= 1, "the text streamed as a draft");
  assert.equal(drafts[0].payload.chat_id, CHAT);
  assert.notEqual(drafts[0].payload.draft_id, 0);
  assert.equal(s.tg.callsOf("editMessageText").length, 0);
  assert.deepEqual(s.shown(), ["A vivid prompt"]);
});

Deno.test("runner delivers where sendMessageDraft is refused, and stops trying it", async () => {
  const llm: LlmProvider = {
    complete(request) {
      request.onDelta?.("Partial ");
      return Promise.resolve({
        text: "Partial answer",
        model: "m",
        keyHint: "…k",
      });
    },
  };
  await using s = await setup(llm);
  s.tg.injectFault("sendMessageDraft", {
    status: 404,
    description: "Not Found",
    times: 100,
  });
  assert.ok((await s.accept(INPUT)).ok);
  assert.ok(await s.runner.drain(5000));
  // (Whether the words streamed into an edited message first depends on
  // timing; tests/telegram/stream_test.ts pins that fallback down.)
  assert.deepEqual(s.shown(), ["Partial answer"]);
  assert.ok((await s.accept(INPUT)).ok);
  assert.ok(await s.runner.drain(5000));
  assert.equal(s.tg.callsOf("sendMessageDraft").length, 1, "not tried again");
});

Deno.test("draftInterval(): 400 ms while few answers stream, then all of them share DRAFTS_PER_SECOND", () => {
  assert.equal(draftInterval(1), DRAFT_INTERVAL_MS);
  assert.equal(draftInterval(12), DRAFT_INTERVAL_MS);
  for (const streaming of [13, 30, 64, 256]) {
    const perSecond = streaming * (1000 / draftInterval(streaming));
    assert.ok(Math.abs(perSecond - DRAFTS_PER_SECOND) < 1e-9, `${streaming}`);
  }
});
