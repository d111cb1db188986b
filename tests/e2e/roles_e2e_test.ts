/**
 * Roles, access and privacy through the real process against the fakes over
 * HTTP: bans, role changes, approval mode, /export and /forget.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Message } from "grammy/types";
import { KEPT_USER_RECORDS, USER_RECORDS } from "../../src/storage/keys.ts";
import { findUserRecords } from "../../src/storage/user_data.ts";
import { createRecords } from "../../src/jobs/records.ts";

/** The bot of these tests writes plain records (no ENCRYPTION_KEYS). */
const PLAIN = createRecords(undefined);
import type { UploadedFile } from "../fakes/telegram_api.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import { copyable, en } from "../support.ts";
import { enhancementsLogged, type Stack, startStack } from "./stack.ts";

const OWNER = 200_001;
const ADMIN = 200_002;
const USER = 200_003;
const OTHER = 200_004;

async function eventually(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What each message offers to copy: an answer's prompt, else its text. */
function shown(stack: Stack, chatId: number): string[] {
  return stack.tg.messages(chatId).map((m) => copyable("text" in m ? m : {}));
}

/** Send `text` as `userId` and wait until their chat shows `count` messages in all. */
async function say(
  stack: Stack,
  userId: number,
  text: string,
  count: number,
): Promise<string> {
  stack.tg.queueUpdate(textUpdate({ text, userId }));
  await eventually(
    () => shown(stack, userId).length >= count,
    `${text} answered`,
  );
  return shown(stack, userId).at(-1)!;
}

/** Wait until the bot logged that it handled `n` updates, so silence can be asserted. */
async function handled(
  stack: Stack,
  bot: Awaited<ReturnType<Stack["start"]>>,
  n: number,
) {
  await bot.waitForLog(() =>
    bot.logs.filter((l) => String(l.message ?? "").startsWith("Handled update"))
      .length >= n
  );
  return stack;
}

Deno.test("e2e roles: a user's /ban is refused; an admin's stops service; /unban restores it; only an owner appoints an admin", async () => {
  await using stack = await startStack();
  const bot = await stack.start({
    OWNER_ID: String(OWNER),
    ADMIN_IDS: String(ADMIN),
  });

  assert.equal(
    await say(stack, OTHER, `/ban ${USER}`, 1),
    en("unknown-command"),
  );
  await say(stack, USER, "a logo for a bakery", 1);
  await enhancementsLogged(bot, 1);
  assert.match(shown(stack, USER)[0], /^AI-ENHANCED PROMPT/);

  assert.equal(
    await say(stack, ADMIN, `/ban ${USER} spam`, 1),
    en("ban-done", { user: String(USER), cancelled: 0 }),
  );
  assert.equal(
    await say(stack, USER, "a poster for a jazz night", 2),
    en("access-banned"),
  );
  stack.tg.queueUpdate(textUpdate({ text: "/help", userId: USER }));
  stack.tg.queueUpdate(textUpdate({ text: "a third idea", userId: USER }));
  await handled(stack, bot, 6);
  assert.equal(shown(stack, USER).length, 2, "nothing after the one notice");
  assert.equal(enhancementCount(bot), 1);

  assert.equal(
    await say(stack, ADMIN, `/unban ${USER}`, 2),
    en("unban-done", { user: String(USER), role: en("role-name-user") }),
  );
  await say(stack, USER, "a poem about rain", 3);
  await enhancementsLogged(bot, 2);
  assert.match(shown(stack, USER).at(-1)!, /^AI-ENHANCED PROMPT/);

  assert.equal(
    await say(stack, ADMIN, `/role ${OTHER} admin`, 3),
    en("role-refused-owner-only"),
  );
  assert.equal(
    await say(stack, OWNER, `/role ${OTHER} admin`, 1),
    en("role-set", { user: String(OTHER), role: en("role-name-admin") }),
  );
  assert.match(await say(stack, OTHER, "/audit", 2), /^📜/);
  const menu = stack.tg.callsOf("setMyCommands").find((c) =>
    JSON.stringify(c.payload.scope) ===
      JSON.stringify({ type: "chat", chat_id: OTHER })
  );
  assert.ok(menu, "the new admin's menu was set in their chat");
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

function enhancementCount(bot: Awaited<ReturnType<Stack["start"]>>): number {
  return bot.logs.filter((l) =>
    String(l.message ?? "").startsWith("Enhanced a prompt")
  ).length;
}

Deno.test("e2e approval mode: a new user waits, the admin's Approve lets them in, and they are served", async () => {
  await using stack = await startStack();
  const bot = await stack.start({
    OWNER_ID: String(OWNER),
    ACCESS_MODE: "approval",
  });
  await say(stack, OWNER, "/start", 1);
  assert.equal(
    await say(stack, USER, "a logo for a bakery", 1),
    en("access-pending"),
  );
  await eventually(() => shown(stack, OWNER).length === 2, "the card");
  const card = stack.tg.messages(OWNER)[1] as Message;
  assert.match("text" in card ? card.text ?? "" : "", new RegExp(`id ${USER}`));
  stack.tg.queueUpdate(callbackUpdate({
    data: `access:answer:${USER}:approve`,
    userId: OWNER,
    chatId: OWNER,
    messageId: card.message_id,
  }));
  await eventually(() => shown(stack, USER).length === 2, "the user told");
  assert.equal(shown(stack, USER)[1], en("access-approved-user"));
  await say(stack, USER, "a logo for a bakery", 3);
  await enhancementsLogged(bot, 1);
  assert.match(shown(stack, USER).at(-1)!, /^AI-ENHANCED PROMPT/);
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

Deno.test("e2e privacy: /export sends the history as a document; /forget leaves no record keyed by the user", async () => {
  await using stack = await startStack();
  const bot = await stack.start({
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
  });
  await say(stack, USER, "a checklist for moving house", 1);
  await say(stack, USER, "an email to my landlord", 2);
  await say(stack, OTHER, "a poem about a lighthouse", 1);
  await enhancementsLogged(bot, 3);

  stack.tg.queueUpdate(textUpdate({ text: "/export", userId: USER }));
  const sent = await stack.tg.waitForCall(
    "sendDocument",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  const file = sent.payload.document as UploadedFile;
  const doc = JSON.parse(new TextDecoder().decode(file.bytes));
  const prompts = doc.records.history.map((r: { value: { prompt: string } }) =>
    r.value.prompt
  );
  assert.deepEqual(prompts, [
    "a checklist for moving house",
    "an email to my landlord",
  ]);
  assert.ok(
    doc.records.history.every((r: { value: { result: string } }) =>
      r.value.result.startsWith("AI-ENHANCED PROMPT")
    ),
  );

  const before = shown(stack, USER).length;
  await say(stack, USER, "/forget", before + 1);
  const question = stack.tg.messages(USER).at(-1) as Message;
  stack.tg.queueUpdate(callbackUpdate({
    data: "privacy:forget:yes",
    userId: USER,
    chatId: USER,
    messageId: question.message_id,
  }));
  await eventually(
    () => /^Done: deleted/.test(shown(stack, USER).at(-1) ?? ""),
    "forgotten",
  );
  assert.equal(
    await say(stack, USER, "/history", before + 2),
    en("history-empty"),
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  using kv = await Deno.openKv(stack.kvPath);
  assert.deepEqual(
    await findUserRecords(kv, USER, PLAIN.decodeAny.bind(PLAIN), USER_RECORDS),
    {},
  );
  // What /forget keeps on purpose (the cooldown of /export and /forget) may name the user.
  const kept = KEPT_USER_RECORDS.map((kind) => kind.prefix[0]);
  for await (const entry of kv.list({ prefix: [] })) {
    if (kept.includes(String(entry.key[0]))) continue;
    assert.ok(
      !entry.key.includes(USER),
      `${JSON.stringify(entry.key)} names the user`,
    );
    const value = JSON.stringify(
      entry.value,
      (_k, v) => typeof v === "bigint" ? String(v) : v,
    );
    assert.ok(
      !value.includes("moving house"),
      `${JSON.stringify(entry.key)} keeps a prompt`,
    );
  }
  assert.ok(
    (await findUserRecords(kv, OTHER, PLAIN.decodeAny.bind(PLAIN))).history,
    "another user's history stays",
  );
});
