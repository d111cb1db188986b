/**
 * /forget against every kind of record a whole session writes: every key
 * written is recorded, each must fall under a prefix that src/storage/keys.ts
 * classifies (a user's, kept, or shared), and after /forget no record of a
 * user's kind belongs to the user, no key anywhere names them, and none of
 * their words is left in KV. A new kind of record written without being
 * listed fails here.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  KEPT_USER_RECORDS,
  SHARED_RECORDS,
  USER_RECORDS,
} from "../../src/storage/keys.ts";
import { findUserRecords } from "../../src/storage/user_data.ts";
import type { Records } from "../../src/storage/records.ts";
import type { LlmProvider } from "../../src/llm/provider.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  photoUpdate,
  textUpdate,
} from "../fakes/updates.ts";
import { startFeatureBot } from "./harness.ts";
import { OWNER } from "./roles_support.ts";
import type { Message } from "grammy/types";

const FORGETFUL = 987_654_321;
const NEIGHBOUR = 123_456_789;
const WORDS = [
  "zanzibarquokka",
  "platypuslantern",
  "marmaladecomet",
  // Asked about in a group chat, and the caption of an album there.
  "kumquatzeppelin",
  "origamiwalrus",
];
/** The neighbour's idea asked about in the same group: it must stay. */
const NEIGHBOUR_IDEA = "lighthousegecko";
const GROUP = DEFAULT_GROUP_ID;
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7]);

/** Every key written through `kv` (sets, sums, max, min), in `written`. */
function recordingKv(kv: Deno.Kv, written: Deno.KvKey[]): Deno.Kv {
  return new Proxy(kv, {
    get(target, property) {
      if (property === "set") {
        return (key: Deno.KvKey, ...rest: unknown[]) => {
          written.push(key);
          // deno-lint-ignore no-explicit-any
          return (target.set as any)(key, ...rest);
        };
      }
      if (property === "atomic") {
        return () => {
          const op = target.atomic();
          for (const method of ["set", "sum", "max", "min"] as const) {
            const original = op[method].bind(op) as (
              ...a: unknown[]
            ) => unknown;
            (op as unknown as Record<string, unknown>)[method] = (
              key: Deno.KvKey,
              ...rest: unknown[]
            ) => {
              written.push(key);
              original(key, ...rest);
              return op;
            };
          }
          return op;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Answers unless `down`; "a slow essay" waits until `release()`. */
function switchable() {
  const gate = Promise.withResolvers<void>();
  const state = { down: false, started: Promise.withResolvers<void>() };
  const provider: LlmProvider & { release(): void } = {
    release: () => gate.resolve(),
    availability: () =>
      Promise.resolve(state.down ? { ok: false, retryAt: null } : { ok: true }),
    async complete(request) {
      const prompt = request.messages.map((m) => m.content).join("\n");
      if (state.down) {
        throw new ProviderError("unavailable", "down for the test");
      }
      if (
        prompt.includes("Ask your clarifying questions") &&
        (prompt.includes(WORDS[3]) || prompt.includes(NEIGHBOUR_IDEA))
      ) {
        return {
          text:
            "<analysis>vague</analysis><questions><question><text>What size?</text><option>Small</option><option>Large</option></question></questions>",
          model: "m",
          keyHint: "…k",
        };
      }
      if (prompt.includes("a slow essay")) {
        state.started.resolve();
        await gate.promise;
      }
      return {
        text: `AI ANSWER for ${prompt.slice(-40)}`,
        model: "m",
        keyHint: "…k",
      };
    },
  };
  return { provider, state };
}

function prefixOf(key: Deno.KvKey): string {
  const kinds = [
    ...USER_RECORDS,
    ...KEPT_USER_RECORDS,
    ...SHARED_RECORDS,
  ].map((k) => k.prefix);
  const match = kinds.find((prefix) =>
    prefix.every((part, i) => key[i] === part)
  );
  return match ? JSON.stringify(match) : `unclassified ${JSON.stringify(key)}`;
}

function bigintSafe(value: unknown): string {
  return JSON.stringify(
    value,
    (_k, v) =>
      typeof v === "bigint"
        ? String(v)
        : v instanceof Deno.KvU64
        ? String(v.value)
        : v,
  );
}

Deno.test("/forget removes every record keyed by the user that a whole session wrote, and nothing of anyone else", async () => {
  const written: Deno.KvKey[] = [];
  const { provider, state } = switchable();
  await using h = await startFeatureBot(provider, {
    OWNER_ID: String(OWNER),
    // Six: four prompts in the private chat and two in the group, then the burst limit.
    RATE_LIMIT_PER_MINUTE: "6",
    DAILY_QUOTA: "50",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "100",
    QUEUE_MAX: "2",
    ALBUM_WINDOW_MS: "200",
  }, { wrapKv: (kv) => recordingKv(kv, written) });
  let waitForJobs = true;
  const say = (text: string, userId = FORGETFUL) =>
    h.send(textUpdate({ text, userId }), { waitForJobs });

  // Settings, a prompt answered by the AI, and the neighbour's own prompt.
  await say("/start");
  await say("/language fr");
  await say("/category writing");
  await say(`a story about a ${WORDS[0]}`);
  await say("a poem about a lighthouse", NEIGHBOUR);
  await h.deps.sessions.update(FORGETFUL, (s) => s);
  // In a group: an album of the user's with a caption, and clarifying
  // questions for the user and for the neighbour (one session holds both).
  const inGroup = (text: string, userId: number) =>
    h.send(textUpdate({ text, userId, chatType: "group" }), { waitForJobs });
  h.tg.addFile("album-part", JPEG);
  const caption = `${WORDS[4]} @${h.tg.botInfo.username}`;
  const part = photoUpdate({
    fileId: "album-part",
    userId: FORGETFUL,
    chatId: GROUP,
    messageId: 700,
    mediaGroupId: "group-album",
    caption,
  });
  part.message!.caption_entities = [{
    type: "mention",
    offset: caption.indexOf("@"),
    length: caption.length - caption.indexOf("@"),
  }];
  // Its window is on the bot's clock, which moves as it is read.
  await h.send(part, { waitForJobs });
  // After the album: a caption is taken for the answer to waiting questions.
  await inGroup(`/enhance ${WORDS[3]}`, FORGETFUL);
  await inGroup(`/enhance ${NEIGHBOUR_IDEA}`, NEIGHBOUR);
  const waitingIn = (userId: number) =>
    h.deps.sessions.pending(GROUP, userId, h.deps.clock.now());
  assert.ok(await waitingIn(FORGETFUL), "the user's questions in the group");
  assert.ok(await waitingIn(NEIGHBOUR), "the neighbour's questions there");
  // The AI is down: an offline answer with a retry button, and a tap that waits for the AI.
  state.down = true;
  await say(`an email about a ${WORDS[1]}`);
  const offline = h.tg.messages(FORGETFUL).at(-1) as Message;
  const button = offline.reply_markup?.inline_keyboard[0][0];
  assert.ok(button && "callback_data" in button, "a retry button");
  await h.send(callbackUpdate({
    data: button.callback_data!,
    userId: FORGETFUL,
    chatId: FORGETFUL,
    messageId: offline.message_id,
  }));
  state.down = false;
  // A prompt being written, one waiting, one refused by the queue, then the burst limit.
  await h.send(
    textUpdate({ text: `a slow essay on a ${WORDS[2]}`, userId: FORGETFUL }),
    {
      waitForJobs: false,
    },
  );
  await state.started.promise;
  waitForJobs = false;
  for (let i = 0; i < 3; i++) {
    await h.send(
      textUpdate({ text: `queued ${WORDS[2]} ${i}`, userId: FORGETFUL }),
      {
        waitForJobs: false,
      },
    );
  }
  await say(`/role ${FORGETFUL} trusted`, OWNER);

  const before = await findUserRecords(h.deps.kv, FORGETFUL, decodeOf(h));
  assert.ok(
    before.session?.some((e) => e.key[1] === GROUP && e.part),
    "the group's session, for the user's part of it",
  );
  assert.ok(
    before.album?.some((e) => e.key[1] === GROUP),
    "the group album",
  );
  assert.doesNotMatch(
    bigintSafe(before.session),
    new RegExp(NEIGHBOUR_IDEA),
    "/export shows only the user's part of a group's session",
  );
  for (
    const kind of [
      "profile",
      "history",
      "history_meta",
      "session",
      "queue",
      "jobs",
      "retry",
      "retry_wait",
      "rate_burst",
      "rate_daily",
      "rate_global_user",
      "rate_notice",
      "history_ref",
      "session_answer",
      "album",
      "index",
      "role",
    ]
  ) {
    assert.ok(before[kind]?.length, `the session wrote a ${kind} record`);
  }

  await say("/forget");
  const question = h.tg.messages(FORGETFUL).at(-1) as Message;
  await h.send(
    callbackUpdate({
      data: "privacy:forget:yes",
      userId: FORGETFUL,
      chatId: FORGETFUL,
      messageId: question.message_id,
    }),
    { waitForJobs: false },
  );
  provider.release();
  assert.ok(await h.deps.jobs.drain(10_000));

  // Every prefix written is one keys.ts classifies.
  const prefixes = new Set(written.map(prefixOf));
  assert.deepEqual(
    [...prefixes].filter((p) => p.startsWith("unclassified")),
    [],
  );

  const userKinds = USER_RECORDS.map((k) => JSON.stringify(k.prefix));
  const kept = KEPT_USER_RECORDS.map((k) => JSON.stringify(k.prefix));
  const left = await findUserRecords(
    h.deps.kv,
    FORGETFUL,
    decodeOf(h),
    USER_RECORDS,
  );
  assert.deepEqual(
    Object.keys(left),
    [],
    "no record of a user's kind is theirs",
  );
  for await (const entry of h.deps.kv.list({ prefix: [] })) {
    const prefix = prefixOf(entry.key);
    if (kept.includes(prefix)) continue;
    assert.ok(
      !entry.key.includes(FORGETFUL),
      `${JSON.stringify(entry.key)} names the user`,
    );
    const value = bigintSafe(entry.value);
    assert.ok(
      !value.includes(String(FORGETFUL)),
      `${JSON.stringify(entry.key)} holds the user's id`,
    );
    for (const word of WORDS) {
      assert.ok(
        !value.includes(word),
        `${JSON.stringify(entry.key)} holds the user's words`,
      );
    }
    if (userKinds.includes(prefix)) continue;
  }
  // The role a moderator set is kept; the neighbour keeps everything.
  assert.equal((await h.deps.roles.read(FORGETFUL)).role, "trusted");
  assert.equal(await h.deps.history.count(NEIGHBOUR), 1);
  assert.equal(await waitingIn(FORGETFUL), null);
  assert.match(
    JSON.stringify((await waitingIn(NEIGHBOUR))?.request),
    new RegExp(NEIGHBOUR_IDEA),
    "the neighbour's questions in the group stay",
  );
  assert.ok((await findUserRecords(h.deps.kv, NEIGHBOUR, decodeOf(h))).profile);
});

Deno.test("every key prefix of src/storage/keys.ts is classified once: a user's, kept, or shared", async () => {
  const keys = await import("../../src/storage/keys.ts");
  const classified = [...USER_RECORDS, ...KEPT_USER_RECORDS, ...SHARED_RECORDS]
    .map((k) => JSON.stringify(k.prefix));
  assert.equal(new Set(classified).size, classified.length, "listed once");
  const prefixes = Object.entries(keys)
    .filter(([name]) => name.endsWith("_PREFIX"))
    .map(([, value]) => value as readonly unknown[]);
  for (const prefix of prefixes) {
    const covered = classified.some((c) => {
      const listed = JSON.parse(c) as unknown[];
      return listed.length >= prefix.length &&
        prefix.every((part, i) => listed[i] === part);
    });
    assert.ok(covered, `${JSON.stringify(prefix)} is classified`);
  }
});

/** How the app opens stored values: sealed and enveloped ones read in today's shape. */
function decodeOf(h: { deps: { records: Records } }) {
  return h.deps.records.decodeAny.bind(h.deps.records);
}
