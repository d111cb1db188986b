import assert from "node:assert/strict";
import type { Message } from "grammy/types";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  textUpdate,
} from "../fakes/updates.ts";
import { en, text } from "../support.ts";
import { answering, startFeatureBot } from "./harness.ts";
import {
  ADMIN,
  OTHER,
  OWNER,
  ROLE_ENV,
  TRUSTED,
  USER,
} from "./roles_support.ts";

type Harness = Awaited<ReturnType<typeof startFeatureBot>>;

/** The card of `userId`'s request in `adminId`'s chat, with its buttons. */
function cardIn(
  h: Harness,
  adminId: number,
  userId: number,
): Message | undefined {
  return h.tg.messages(adminId).find((m) =>
    JSON.stringify(m.reply_markup ?? {}).includes(`access:answer:${userId}:`)
  );
}

function tap(adminId: number, card: Message, data: string) {
  return callbackUpdate({
    data,
    userId: adminId,
    chatId: adminId,
    messageId: card.message_id,
    messageText: "text" in card ? card.text : undefined,
  });
}

Deno.test("approval mode: a new user waits, every admin gets a card, the first Approve lets them in once", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), {
    ...ROLE_ENV,
    ACCESS_MODE: "approval",
  });
  // The admins have talked to the bot, so it can write to them.
  await h.send(textUpdate({ text: "/start", userId: OWNER }));
  await h.send(textUpdate({ text: "/start", userId: ADMIN }));

  const first = textUpdate({ text: "a logo for my bakery", userId: USER });
  first.message!.from!.language_code = "de";
  await h.send(first);
  assert.deepEqual(h.shown(USER), [text("de", "access-pending")]);
  const ownerCard = cardIn(h, OWNER, USER)!;
  const adminCard = cardIn(h, ADMIN, USER)!;
  assert.ok(ownerCard && adminCard, "both admins got the card");
  assert.match(
    "text" in ownerCard ? ownerCard.text ?? "" : "",
    new RegExp(`id ${USER}`),
  );
  // Waiting: further messages get nothing, and no second card goes out.
  await h.send(textUpdate({ text: "hello?", userId: USER }));
  await h.send(textUpdate({ text: "/help", userId: USER }));
  assert.equal(h.shown(USER).length, 1);
  assert.equal(
    h.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === OWNER)
      .length,
    2,
  );

  await h.send(tap(ADMIN, adminCard, `access:answer:${USER}:approve`));
  assert.equal(h.shown(USER).at(-1), text("de", "access-approved-user"));
  assert.equal(
    h.shown(ADMIN).at(-1),
    en("access-approved-card", { id: String(USER) }),
  );
  // The owner's tap comes second: told, nothing changes.
  await h.send(tap(OWNER, ownerCard, `access:answer:${USER}:deny`));
  const toast = h.tg.callsOf("answerCallbackQuery").at(-1)!;
  assert.equal(toast.payload.text, en("access-answered-approved"));
  assert.equal((await h.deps.roles.read(USER)).access?.status, "approved");

  await h.send(textUpdate({ text: "a logo for my bakery", userId: USER }));
  assert.match(h.shown(USER).at(-1)!, /IMPROVED/);
  const audit = await h.deps.auditLog.page();
  assert.deepEqual(audit.entries.map((e) => e.action), ["approve"]);
});

Deno.test("approval mode: Deny tells the user once; they stay refused until /unban", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), {
    ...ROLE_ENV,
    ACCESS_MODE: "approval",
  });
  await h.send(textUpdate({ text: "/start", userId: OWNER }));
  await h.send(textUpdate({ text: "/start", userId: USER }));
  const card = cardIn(h, OWNER, USER)!;
  await h.send(tap(OWNER, card, `access:answer:${USER}:deny`));
  assert.deepEqual(h.shown(USER), [
    en("access-pending"),
    en("access-denied-user"),
  ]);
  await h.send(textUpdate({ text: "please", userId: USER }));
  assert.equal(h.shown(USER).length, 2);
  await h.send(textUpdate({ text: `/unban ${USER}`, userId: OWNER }));
  await h.send(textUpdate({ text: "a poem about rain", userId: USER }));
  assert.match(h.shown(USER).at(-1)!, /IMPROVED/);
});

Deno.test("approval mode: a card's button from someone who is no admin does nothing", async () => {
  await using h = await startFeatureBot(null, {
    ...ROLE_ENV,
    ACCESS_MODE: "approval",
  });
  await h.send(textUpdate({ text: "/start", userId: OWNER }));
  await h.send(textUpdate({ text: "hi", userId: USER }));
  const card = cardIn(h, OWNER, USER)!;
  // OTHER is waiting too, and forges a tap on the card.
  await h.send(textUpdate({ text: "hi", userId: OTHER }));
  await h.send(tap(OTHER, card, `access:answer:${USER}:approve`));
  assert.equal((await h.deps.roles.read(USER)).access?.status, "pending");
});

Deno.test("approval and allowlist modes serve ALLOWED_IDS and roles above user without asking", async () => {
  for (const mode of ["approval", "allowlist"]) {
    await using h = await startFeatureBot(answering("IMPROVED"), {
      ...ROLE_ENV,
      ACCESS_MODE: mode,
      ALLOWED_IDS: String(OTHER),
    });
    await h.send(
      textUpdate({ text: `/role ${TRUSTED} trusted`, userId: OWNER }),
    );
    for (const id of [OTHER, TRUSTED, ADMIN, OWNER]) {
      await h.send(textUpdate({ text: "a poster for a concert", userId: id }));
      assert.match(h.shown(id).at(-1)!, /IMPROVED/, `${mode}: ${id}`);
    }
  }
});

Deno.test("allowlist mode: a stranger is told in private, every time, and ignored in groups; nothing is stored", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), {
    ...ROLE_ENV,
    ACCESS_MODE: "allowlist",
  });
  await h.send(textUpdate({ text: "a poem", userId: USER }));
  await h.send(textUpdate({ text: "/help", userId: USER }));
  assert.deepEqual(h.shown(USER), [
    en("access-not-allowed"),
    en("access-not-allowed"),
  ]);
  await h.send(
    textUpdate({ text: "/enhance a poem", userId: USER, chatType: "group" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), []);
  const standing = await h.deps.roles.read(USER);
  assert.deepEqual([standing.record, standing.access], [null, null]);
  assert.equal(await h.deps.history.count(USER), 0);
});

Deno.test("limits per role: a trusted user gets RATE_LIMIT_PER_MINUTE_BY_ROLE, a user the base limit, admins and owners none", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), {
    ...ROLE_ENV,
    RATE_LIMIT_PER_MINUTE: "1",
    RATE_LIMIT_PER_MINUTE_BY_ROLE: "trusted:3",
  });
  await h.send(textUpdate({ text: `/role ${TRUSTED} trusted`, userId: OWNER }));
  const answered = async (userId: number, n: number) => {
    for (let i = 0; i < n; i++) {
      await h.send(textUpdate({ text: `idea number ${i}`, userId }));
    }
    return h.shown(userId).filter((t) => t.includes("IMPROVED")).length;
  };
  assert.equal(await answered(USER, 3), 1);
  assert.match(h.shown(USER)[1], /one prompt per minute/);
  assert.equal(await answered(TRUSTED, 5), 3);
  assert.match(h.shown(TRUSTED)[3], /3 prompts per minute/);
  assert.equal(await answered(ADMIN, 5), 5);
  assert.equal(await answered(OWNER, 5), 5);
});
