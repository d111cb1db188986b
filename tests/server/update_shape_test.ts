import assert from "node:assert/strict";
import {
  CALLBACK_DATA_MAX_BYTES,
  parseUpdate,
} from "../../src/server/update_shape.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";

const SECRET_TEXT = "secret-marker-text";

function text(overrides: Record<string, unknown> = {}) {
  const update = textUpdate({
    text: `/enhance ${SECRET_TEXT}`,
    userId: 42,
    updateId: 5,
  });
  return { ...update, message: { ...update.message, ...overrides } };
}

function callback(overrides: Record<string, unknown> = {}) {
  const update = callbackUpdate({
    data: "history:page:2",
    userId: 42,
    chatId: 42,
    messageId: 3,
    updateId: 6,
  });
  return {
    ...update,
    callback_query: { ...update.callback_query, ...overrides },
  };
}

function reasonOf(body: unknown): string {
  const checked = parseUpdate(body);
  assert.equal(checked.ok, false, JSON.stringify(body)?.slice(0, 200));
  return checked.ok ? "" : checked.reason;
}

Deno.test("parseUpdate() accepts real updates and returns the body itself", () => {
  for (const body of [text(), callback(), text({ photo: [], caption: "c" })]) {
    const checked = parseUpdate(body);
    assert.ok(checked.ok && checked.handled);
    assert.equal(checked.update, body, "not a stripped copy");
  }
  const edited = { update_id: 7, edited_message: text().message };
  assert.ok(parseUpdate(edited).ok);
});

Deno.test("parseUpdate() accepts a group message, a reply to a channel post and an inaccessible callback message", () => {
  const group = text({
    chat: { id: -100123, type: "supergroup", title: "t", is_forum: true },
    message_thread_id: 9,
    reply_to_message: {
      message_id: 1,
      date: 1,
      chat: { id: -100999, type: "channel", title: "c" },
      text: "post",
    },
  });
  assert.ok(parseUpdate(group).ok);
  const old = callback({
    message: { message_id: 3, date: 0, chat: { id: 42, type: "private" } },
  });
  assert.ok(parseUpdate(old).ok);
});

Deno.test("parseUpdate() names the field and rule of a bad update, never its value", () => {
  const cases: Array<[unknown, RegExp]> = [
    [[], /not a JSON object/],
    [null, /not a JSON object/],
    ["text", /not a JSON object/],
    [{}, /^update_id: /],
    [{ update_id: "5" }, /^update_id: /],
    [{ update_id: 2 ** 60 }, /^update_id: /],
    [text({ text: 42 }), /^message\.text: /],
    [text({ text: null }), /^message\.text: /],
    [text({ message_id: "1" }), /^message\.message_id: /],
    [text({ chat: { id: 1 } }), /^message\.chat\.type: /],
    [text({ chat: { id: 1.5, type: "private" } }), /^message\.chat\.id: /],
    [text({ chat: { id: 1, type: "room" } }), /^message\.chat\.type: /],
    [text({ from: undefined }), /^message\.from: /],
    [
      text({ from: { id: 1, first_name: SECRET_TEXT } }),
      /^message\.from\.is_bot: /,
    ],
    [text({ caption: {} }), /^message\.caption: /],
    [text({ entities: {} }), /^message\.entities: /],
    [text({ entities: [{ type: "bold", offset: -1, length: 2 }] }), /offset/],
    [
      text({ reply_to_message: { message_id: 1, date: 1, chat: {}, text: 1 } }),
      /^message\.reply_to_message\./,
    ],
    [callback({ id: 5 }), /^callback_query\.id: /],
    [callback({ from: undefined }), /^callback_query\.from: /],
    [callback({ data: 5 }), /^callback_query\.data: /],
    [callback({ message: { text: "x" } }), /^callback_query\.message\./],
  ];
  for (const [body, expected] of cases) {
    const reason = reasonOf(body);
    assert.match(reason, expected, JSON.stringify(body)?.slice(0, 120));
    assert.ok(!reason.includes(SECRET_TEXT), reason);
    assert.ok(!reason.includes("42"), reason);
  }
});

Deno.test("parseUpdate() limits callback data to 64 bytes, counted in UTF-8", () => {
  assert.ok(
    parseUpdate(callback({ data: "a".repeat(CALLBACK_DATA_MAX_BYTES) })).ok,
  );
  assert.match(
    reasonOf(callback({ data: "a".repeat(CALLBACK_DATA_MAX_BYTES + 1) })),
    /^callback_query\.data: longer than 64 bytes/,
  );
  // 22 characters, 66 bytes
  assert.match(reasonOf(callback({ data: "€".repeat(22) })), /64 bytes/);
});

Deno.test("parseUpdate() lets an unknown kind with a valid update_id through as not handled", () => {
  assert.deepEqual(parseUpdate({ update_id: 3, poll: { id: "x" } }), {
    ok: true,
    handled: false,
    updateId: 3,
    kind: "poll",
  });
  assert.deepEqual(parseUpdate({ update_id: 4 }), {
    ok: true,
    handled: false,
    updateId: 4,
    kind: "none",
  });
  assert.match(reasonOf({ update_id: 0.5, poll: {} }), /^update_id/);
});

Deno.test("parseUpdate() keeps long texts and lone surrogates for the bot to judge", () => {
  assert.ok(parseUpdate(text({ text: "x".repeat(100_000) })).ok);
  const lone = JSON.parse(JSON.stringify(text({ text: "\ud800 a \udfff" })));
  assert.equal(lone.message.text, "\ud800 a \udfff");
  assert.ok(parseUpdate(lone).ok);
});
