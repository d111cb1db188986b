/**
 * Scale-out on one KV: three webhook instances (real processes) share a KV
 * file under load, 60 prompts from 20 users spread over all three, and one of
 * them is killed with SIGKILL while it is writing answers and sending an
 * admin's /broadcast to 60 users (the 20 plus 40 the bot knows from before).
 * Deliveries it can no longer take go to the others, as Telegram's retries
 * reach another instance behind a load balancer, and a replacement starts, as
 * systemd or Deno Deploy would start one. Every prompt ends with exactly one
 * complete answer in its chat and exactly one history entry. The broadcast is
 * taken over and finished by another instance: nobody gets it twice, and the
 * kill costs at most the one recipient it had named pending (docs/
 * ARCHITECTURE.md, "Broadcasts: at most once per recipient"), whom the report
 * counts as failed.
 *
 * The other instances notice the dead owner only when they look: at start
 * (the replacement; it looks again when the dead one's heartbeat is due to
 * expire) or in the job sweep's cron, once a minute. Here the replacement
 * takes it over, a second or so after the kill.
 *
 * The kill lands outside the crash window no bot can close (a message
 * Telegram accepted before the process learnt of it, or before its record
 * was committed: docs/ARCHITECTURE.md, "Crash windows"): the victim's Bot API
 * calls pass through a gate that is shut first, and the kill waits until what
 * Telegram accepted from it is recorded. Killing right as answers arrive
 * landed in that window about every other run on a busy machine, and each
 * such run showed one answer twice, as that table says it may.
 *
 * @module
 */
import assert from "node:assert/strict";
import { userKey } from "../../src/storage/keys.ts";
import type { UserRecord } from "../../src/storage/user_store.ts";
import { broadcastData } from "../../src/ui/callback_data.ts";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { JobStore, MAX_RECORDED_PARTS } from "../../src/storage/job_store.ts";
import type { UpdateDraft } from "../fakes/telegram_api.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import { copyable } from "../support.ts";
import { type GateCall, startApiGate } from "./api_gate.ts";
import type { BotProcess } from "./bot_process.ts";
import { startStack, WEBHOOK_SECRET } from "./stack.ts";

const USERS = Array.from({ length: 20 }, (_, i) => 300_001 + i);
const PROMPTS_PER_USER = 3;
const ADMIN = 700_001;
/** Users the bot knows from before (a profile in KV) who send nothing now. */
const QUIET_USERS = Array.from({ length: 40 }, (_, i) => 310_001 + i);
/** Who the broadcast goes to: every known user, in user id order. */
const RECIPIENTS = [...USERS, ...QUIET_USERS];
const NEWS = "Promptsmith writes prompts for video models now.";
/** Slow enough (60 recipients take 12 s) that the kill surely lands mid-broadcast. */
const BROADCAST_RATE = 5;
/** Long enough to stream for about a second (8 characters every 50 ms). */
const FILLER =
  " is written slowly, so that a kill lands while answers are on their way to the chat."
    .repeat(2);

function answerFor(prompt: string): string {
  return `ANSWER ${prompt}${FILLER}`;
}

/** User profiles as the bot writes them, straight into the KV file: users it met before. */
async function knownUsers(
  kvPath: string,
  ids: readonly number[],
): Promise<void> {
  using kv = await Deno.openKv(kvPath);
  const before = Date.now() - 60_000;
  for (const id of ids) {
    const user: UserRecord = {
      id,
      firstSeenAt: before,
      lastSeenAt: before,
      enhancements: 1,
      prefs: { category: "general" },
    };
    await kv.set(userKey(id), user);
  }
}

Deno.test("e2e scale-out: 3 instances on one KV, one killed with SIGKILL mid-run and mid-broadcast, every one of 60 prompts answered exactly once, no broadcast recipient reached twice", async () => {
  await using stack = await startStack();
  await knownUsers(stack.kvPath, RECIPIENTS);
  stack.llm.setKeyBehavior("sk-test-key-one-1111", {
    slow: { chunkDelayMs: 50 },
  });
  stack.llm.setKeyBehavior("sk-test-key-two-2222", {
    slow: { chunkDelayMs: 50 },
  });
  stack.llm.setReply((body) => {
    const user = body.messages?.findLast((m) => m.role === "user")?.content;
    const prompt = /idea \d+-\d+/.exec(String(user))?.[0] ?? "unexpected";
    return answerFor(prompt);
  });
  const env = {
    BOT_MODE: "webhook",
    WEBHOOK_SECRET,
    RATE_LIMIT_PER_MINUTE: "0",
    DAILY_QUOTA: "0",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    QUEUE_MAX: "3",
    // A dead instance's jobs are taken over one second after its last beat.
    JOB_LEASE_MS: "1000",
    LOG_LEVEL: "info",
    ADMIN_IDS: String(ADMIN),
    BROADCAST_RATE_PER_SECOND: String(BROADCAST_RATE),
  };
  // The victim talks to Telegram through a gate the test can shut.
  await using gate = startApiGate(stack.tg.apiRoot);
  const bots: BotProcess[] = await Promise.all([
    stack.start(env),
    stack.start({ ...env, TELEGRAM_API_ROOT: gate.apiRoot }),
    stack.start(env),
  ]);
  const alive = new Set(bots);
  let nextUpdateId = 900_000;

  /** Deliver to `bot`, or, once it is gone, to the others in turn: Telegram retries until one answers. */
  async function deliver(
    update: UpdateDraft,
    first: BotProcess,
  ): Promise<void> {
    const order = [first, ...bots.filter((b) => b !== first)];
    for (let round = 0; round < 20; round++) {
      for (const bot of order.filter((b) => alive.has(b))) {
        try {
          const result = await stack.tg.deliverWebhook(
            `http://127.0.0.1:${bot.port}/webhook`,
            update,
            { secretToken: WEBHOOK_SECRET },
          );
          if (result.status === 200) return;
        } catch {
          // connection refused or reset: the instance died under this delivery
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No instance took update ${update.update_id}`);
  }

  const prompt = (user: number, n: number) => `idea ${user}-${n}`;
  const wave = (n: number) =>
    Promise.all(USERS.map((user, i) =>
      deliver(
        textUpdate({
          text: prompt(user, n),
          userId: user,
          updateId: nextUpdateId++,
        }),
        // One user's prompts land on different instances.
        bots[(i + n) % bots.length],
      )
    ));
  const complete = () =>
    USERS.flatMap((user) =>
      stack.tg.messages(user).map((m) => copyable("text" in m ? m : {}))
        .filter((text) => text.startsWith("ANSWER ") && !text.endsWith(" …"))
    );

  using kv = await Deno.openKv(stack.kvPath);
  const history = new HistoryStore(kv, { limit: 20, clock: { now: () => 0 } });
  const jobs = new JobStore(kv, { leaseMs: 1000 });
  /** The answer Telegram accepted is recorded beside its job, or the job is done (its history entry written after). */
  const recorded = async (call: GateCall): Promise<boolean> => {
    const chatId = Number(call.payload.chat_id);
    const messageId = (call.result as { message_id: number }).message_id;
    for await (const job of jobs.all()) {
      if (job.chatId !== chatId) continue;
      const ids = await jobs.sentMessageIds(job.id, MAX_RECORDED_PARTS);
      if (ids.includes(messageId)) return true;
    }
    const asked = /idea \d+-\d+/.exec(String(call.payload.text))?.[0];
    return (await history.list(chatId, { limit: 20 }))
      .some((item) => item.prompt === asked);
  };

  /** How many times each recipient got the broadcast. */
  const copies = () =>
    RECIPIENTS.map((id) =>
      stack.tg.sentTexts(id).filter((t) => t === NEWS).length
    );
  const delivered = () => copies().reduce((sum, n) => sum + n, 0);
  const reported = () =>
    stack.tg.callsOf("sendMessage").find((c) =>
      c.payload.chat_id === ADMIN &&
      String(c.payload.text).startsWith("📣 Broadcast finished")
    );
  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`Not ${what} within 20 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  // The second instance takes the admin's /broadcast and its Send tap: it
  // owns the broadcast, and it is the one killed below.
  const victim = bots[1];
  const asked = stack.tg.callsOf("sendMessage").length;
  await deliver(
    textUpdate({
      text: `/broadcast ${NEWS}`,
      userId: ADMIN,
      updateId: nextUpdateId++,
    }),
    victim,
  );
  const preview = await stack.tg.waitForCall(
    "sendMessage",
    (c) =>
      stack.tg.callsOf("sendMessage").indexOf(c) >= asked &&
      JSON.stringify(c.payload.reply_markup ?? "").includes("broadcast:send"),
    20_000,
  );
  const markup = preview.payload.reply_markup as {
    inline_keyboard: { callback_data: string }[][];
  };
  const data = markup.inline_keyboard[0][0].callback_data;
  assert.equal(broadcastData.decode(data)?.action, "send");
  const messageId = stack.tg.messages(ADMIN)
    .findLast((m) => "text" in m && m.text === NEWS)!.message_id;
  await deliver(
    callbackUpdate({
      data,
      userId: ADMIN,
      chatId: ADMIN,
      messageId,
      updateId: nextUpdateId++,
    }),
    victim,
  );
  await until(() => delivered() >= 3, "broadcasting");
  // The prompts come while it is being sent.
  await wave(1);
  await wave(2);
  // Kill the second instance once answers are flowing, jobs of its own still
  // running, or once it sent half the broadcast if answers are slow.
  const deadline = Date.now() + 30_000;
  while (
    complete().length < 8 && delivered() < RECIPIENTS.length / 2 &&
    Date.now() < deadline
  ) await new Promise((r) => setTimeout(r, 20));
  assert.ok(complete().length < USERS.length * 2, "killed mid-run");
  alive.delete(victim);
  // Shut the gate: nothing more it sends reaches Telegram. Wait for the answers
  // of calls on their way, then for the record of every answer it sent.
  gate.hold();
  await gate.idle();
  const answers = gate.answered.filter((call) =>
    call.method === "sendMessage" && call.result !== undefined &&
    /idea \d+-\d+/.test(String(call.payload.text))
  );
  // A record that never lands is a bug: the kill then goes ahead and the
  // assertions below see the answer sent twice.
  const settle = Date.now() + 10_000;
  while (Date.now() < settle) {
    const done = await Promise.all(answers.map(recorded));
    if (done.every(Boolean)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  // Nothing more of the broadcast leaves the victim: what arrived is all it sent.
  const atKill = delivered();
  assert.ok(atKill < RECIPIENTS.length, `killed mid-broadcast (${atKill})`);
  assert.equal(reported(), undefined, "killed mid-broadcast");
  assert.equal(
    gate.answered.filter((call) =>
      call.method === "sendMessage" && call.payload.text === NEWS &&
      RECIPIENTS.includes(Number(call.payload.chat_id))
    ).length,
    atKill,
    "the victim sent the broadcast until the kill",
  );
  await victim.stop("SIGKILL");
  await wave(3);
  // A replacement instance takes the dead one's jobs over once its heartbeat is stale.
  const replacement = await stack.start(env);
  bots.push(replacement);
  alive.add(replacement);

  const total = USERS.length * PROMPTS_PER_USER;
  const counted = async () =>
    (await Promise.all(USERS.map((u) => history.count(u)))).reduce(
      (a, b) => a + b,
      0,
    );
  const end = Date.now() + 60_000;
  while (
    (complete().length < total || await counted() < total ||
      reported() === undefined) &&
    Date.now() < end
  ) await new Promise((r) => setTimeout(r, 100));
  for (const bot of alive) assert.equal((await bot.stop("SIGTERM")).code, 0);

  for (const user of USERS) {
    const texts = stack.tg.messages(user).map((m) =>
      copyable("text" in m ? m : {})
    );
    for (let n = 1; n <= PROMPTS_PER_USER; n++) {
      const answer = answerFor(prompt(user, n)).trim();
      assert.equal(
        texts.filter((t) => t === answer).length,
        1,
        `${prompt(user, n)} answered exactly once; the chat shows:\n${
          texts.join("\n")
        }`,
      );
    }
    const items = await history.list(user, { limit: 20 });
    assert.deepEqual(
      items.map((item) => item.prompt).toSorted(),
      [1, 2, 3].map((n) => prompt(user, n)),
      `one history entry per prompt of ${user}`,
    );
  }
  // The broadcast: nobody twice; the one recipient the victim had named
  // pending at the kill is never sent it again (it may have arrived, if the
  // kill came between two sends) and is counted failed; everyone else got it.
  const got = copies();
  const twice = RECIPIENTS.filter((_, i) => got[i] > 1);
  assert.deepEqual(twice, [], "no broadcast recipient reached twice");
  const missed = RECIPIENTS.filter((_, i) => got[i] === 0);
  assert.ok(missed.length <= 1, `at most one recipient missed: ${missed}`);
  const n = RECIPIENTS.length;
  const report = reported();
  assert.ok(
    report,
    `the broadcast finished; its logs:\n${
      bots.flatMap((b) =>
        b.logs.filter((l) => l.logger === "promptsmith.broadcast")
          .map((l) => `${bots.indexOf(b)}: ${l.message}`)
      ).join("\n")
    }`,
  );
  assert.equal(
    report.payload.text,
    `📣 Broadcast finished. Sent: ${
      n - 1
    } of ${n}. Blocked the bot: 0. Failed: 1.`,
  );
  // Another instance resumed it where the victim stopped.
  const resumed = bots.filter((b) =>
    b !== victim &&
    b.logs.some((l) =>
      String(l.message).startsWith("Sending broadcast") &&
      Number(l.properties?.done) >= atKill
    )
  );
  assert.ok(resumed.length >= 1, "another instance took the broadcast over");
  // Neither sender gave up on it midway (a KV error once did, until the sweep).
  const gaveUp = bots.flatMap((b) =>
    b.logs.filter((l) =>
      l.logger === "promptsmith.broadcast" && l.level === "ERROR"
    )
  );
  assert.deepEqual(gaveUp.map((l) => l.message), []);
  assert.ok(
    replacement.logs.some((l) => String(l.message).includes("Took over")) ||
      bots.some((b) =>
        b !== victim &&
        b.logs.some((l) => String(l.message).includes("Took over"))
      ),
    "the dead instance's jobs were taken over",
  );
});
