import assert from "node:assert/strict";
import { userKey } from "../../src/storage/keys.ts";
import type { UserRecord } from "../../src/storage/user_store.ts";
import { broadcastData } from "../../src/ui/callback_data.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import { type FeatureHarness, startFeatureBot } from "./harness.ts";

const ADMIN = 4_200;
const USERS = [4_301, 4_302, 4_303, 4_304];

async function withUsers(): Promise<FeatureHarness> {
  const h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  for (const id of USERS) {
    const user: UserRecord = {
      id,
      firstSeenAt: 1,
      lastSeenAt: 1,
      enhancements: 1,
      prefs: { category: "general" },
    };
    await h.deps.kv.set(userKey(id), user);
  }
  return h;
}

/** The preview message (the one with the buttons) and its broadcast id. */
function preview(h: FeatureHarness) {
  const message = h.tg.messages(ADMIN).findLast((m) => m.reply_markup)!;
  const [send, cancel] = message.reply_markup!.inline_keyboard[0];
  const id = broadcastData.decode(
    "callback_data" in send ? send.callback_data : undefined,
  )!.id;
  return { message, id, send, cancel };
}

function tap(h: FeatureHarness, data: string, messageId: number) {
  return h.send(
    callbackUpdate({ data, userId: ADMIN, chatId: ADMIN, messageId }),
  );
}

Deno.test("/broadcast shows admins the message as users will get it, formatting kept, with Send and Cancel", async () => {
  await using h = await withUsers();
  const text = "/broadcast  Big *news*:\nwe are faster ";
  const entities = [
    { type: "bot_command" as const, offset: 0, length: 10 },
    { type: "bold" as const, offset: 12, length: 3 },
  ];
  await h.send(textUpdate({ text, userId: ADMIN, entities }));
  const [header, shown] = h.tg.messages(ADMIN);
  assert.equal(
    header.text,
    "📣 Preview: the next message goes to every user. Recipients now: 4.",
  );
  assert.equal(shown.text, "Big *news*:\nwe are faster");
  assert.deepEqual(shown.entities, [{ type: "bold", offset: 0, length: 3 }]);
  const { send, cancel } = preview(h);
  assert.deepEqual([send.text, cancel.text], ["✅ Send", "✖️ Cancel"]);
  // Nothing goes out before Send.
  for (const id of USERS) assert.deepEqual(h.tg.sentTexts(id), []);
});

Deno.test("/broadcast Send delivers to every user once, then reports; a second tap finds it sent", async () => {
  await using h = await withUsers();
  await h.send(textUpdate({ text: "/broadcast Hello all", userId: ADMIN }));
  const { message, send } = preview(h);
  const data = "callback_data" in send ? send.callback_data : "";
  await tap(h, data, message.message_id);
  assert.ok(await h.deps.broadcasts.drain(10_000));
  for (const id of USERS) assert.deepEqual(h.tg.sentTexts(id), ["Hello all"]);
  const [answer] = h.tg.callsOf("answerCallbackQuery");
  assert.equal(answer.payload.text, "Sending…");
  assert.equal(
    h.tg.messages(ADMIN).find((m) => m.message_id === message.message_id)
      ?.reply_markup,
    undefined,
    "the preview's buttons are gone",
  );
  assert.deepEqual(h.shown(ADMIN).slice(-2), [
    "▓▓▓▓▓▓▓▓▓▓ 100 % · 4 / 4 · blocked: 0",
    "📣 Broadcast finished. Sent: 4 of 4. Blocked the bot: 0. Failed: 0.",
  ]);
  await tap(h, data, message.message_id);
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)?.payload.text,
    "This broadcast is no longer waiting: send /broadcast again.",
  );
  for (const id of USERS) assert.equal(h.tg.sentTexts(id).length, 1);
});

Deno.test("/broadcast Cancel sends nothing and takes the buttons away", async () => {
  await using h = await withUsers();
  await h.send(textUpdate({ text: "/broadcast Hello all", userId: ADMIN }));
  const { message, cancel, send } = preview(h);
  await tap(
    h,
    "callback_data" in cancel ? cancel.callback_data : "",
    message.message_id,
  );
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)?.payload.text,
    "Broadcast cancelled: nothing was sent.",
  );
  await tap(
    h,
    "callback_data" in send ? send.callback_data : "",
    message.message_id,
  );
  assert.ok(await h.deps.broadcasts.drain(10_000));
  for (const id of USERS) assert.deepEqual(h.tg.sentTexts(id), []);
});

Deno.test("/broadcast without text, too long, in a group, or from a non-admin", async () => {
  await using h = await withUsers();
  await h.send(textUpdate({ text: "/broadcast", userId: ADMIN }));
  assert.equal(
    h.shown(ADMIN).at(-1),
    "Write the message after the command, for example: /broadcast Hello everyone!",
  );
  await h.send(
    textUpdate({ text: `/broadcast ${"x".repeat(4_097)}`, userId: ADMIN }),
  );
  assert.equal(
    h.shown(ADMIN).at(-1),
    "The message is too long: 4,097 characters, at most 4,096.",
  );
  await h.send(
    textUpdate({
      text: "/broadcast hi",
      userId: ADMIN,
      chatId: -100_777,
      chatType: "group",
    }),
  );
  assert.deepEqual(h.shown(-100_777), [
    "Send /broadcast in a private chat with me.",
  ]);
  await h.send(textUpdate({ text: "/broadcast hi", userId: USERS[0] }));
  assert.doesNotMatch(h.shown(USERS[0]).join("\n"), /Preview/);
  // A forged Send from a non-admin does nothing.
  await h.send(textUpdate({ text: "/broadcast Hello all", userId: ADMIN }));
  const { message, send } = preview(h);
  await h.send(callbackUpdate({
    data: "callback_data" in send ? send.callback_data : "",
    userId: USERS[0],
    chatId: USERS[0],
    messageId: message.message_id,
  }));
  assert.ok(await h.deps.broadcasts.drain(10_000));
  for (const id of USERS.slice(1)) assert.deepEqual(h.tg.sentTexts(id), []);
});
