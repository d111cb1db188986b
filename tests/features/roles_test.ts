import assert from "node:assert/strict";
import { DEFAULT_GROUP_ID, textUpdate } from "../fakes/updates.ts";
import { en } from "../support.ts";
import { answering, blocking, startFeatureBot } from "./harness.ts";
import {
  ADMIN,
  MODERATOR,
  OWNER,
  replyingTo,
  ROLE_ENV,
  TRUSTED,
  USER,
} from "./roles_support.ts";

type Harness = Awaited<ReturnType<typeof startFeatureBot>>;

/** The owner sets up a moderator and a trusted user. */
async function withCast(h: Harness): Promise<void> {
  await h.send(
    textUpdate({ text: `/role ${MODERATOR} moderator`, userId: OWNER }),
  );
  await h.send(textUpdate({ text: `/role ${TRUSTED} trusted`, userId: OWNER }));
}

function last(h: Harness, chatId: number): string {
  return h.shown(chatId).at(-1) ?? "";
}

Deno.test("/ban by a moderator: the user gets one notice, then nothing; /unban serves them again", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), ROLE_ENV);
  await withCast(h);
  await h.send(textUpdate({ text: "a poem", userId: USER }));
  assert.equal(h.shown(USER).length, 1);

  await h.send(textUpdate({ text: `/ban ${USER} spam`, userId: MODERATOR }));
  assert.equal(
    last(h, MODERATOR),
    en("ban-done", { user: String(USER), cancelled: 0 }),
  );
  await h.send(textUpdate({ text: "another poem", userId: USER }));
  await h.send(textUpdate({ text: "/help", userId: USER }));
  await h.send(textUpdate({ text: "/history", userId: USER }));
  assert.deepEqual(h.shown(USER).slice(1), [en("access-banned")]);

  await h.send(textUpdate({ text: `/unban ${USER}`, userId: MODERATOR }));
  assert.equal(
    last(h, MODERATOR),
    en("unban-done", { user: String(USER), role: en("role-name-user") }),
  );
  await h.send(textUpdate({ text: "a third poem", userId: USER }));
  assert.equal(h.shown(USER).length, 3);
  assert.match(last(h, USER), /IMPROVED/);
});

Deno.test("/ban cancels the user's running and queued prompts", async () => {
  const llm = blocking("SLOW");
  await using h = await startFeatureBot(llm, { ...ROLE_ENV, QUEUE_MAX: "3" });
  await h.send(textUpdate({ text: "first", userId: USER }), {
    waitForJobs: false,
  });
  await llm.started;
  await h.send(textUpdate({ text: "second", userId: USER }), {
    waitForJobs: false,
  });
  await h.send(textUpdate({ text: "third", userId: USER }), {
    waitForJobs: false,
  });
  assert.equal((await h.deps.jobs.userJobs(USER)).queued.length, 2);

  await h.send(textUpdate({ text: `/ban ${USER}`, userId: ADMIN }), {
    waitForJobs: false,
  });
  assert.equal(
    last(h, ADMIN),
    en("ban-done", { user: String(USER), cancelled: 3 }),
  );
  assert.deepEqual(await h.deps.jobs.userJobs(USER), {
    running: null,
    queued: [],
  });
  llm.release();
  assert.ok(await h.deps.jobs.drain(10_000));
  // The running answer stopped before its message: no answer, no history.
  assert.ok(!h.shown(USER).some((text) => text.includes("SLOW")));
  assert.equal(await h.deps.history.count(USER), 0);
});

Deno.test("/ban in a group, as a reply: bans that message's sender, who is ignored there and everywhere", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), ROLE_ENV);
  await withCast(h);
  await h.send(replyingTo(USER, {
    text: "/ban flooding",
    userId: MODERATOR,
    chatType: "group",
  }));
  assert.equal(
    last(h, DEFAULT_GROUP_ID),
    en("ban-done", { user: String(USER), cancelled: 0 }),
  );
  const standing = await h.deps.roles.read(USER);
  assert.equal(standing.role, "banned");
  assert.equal(standing.record?.reason, "flooding");
  const before = h.shown(DEFAULT_GROUP_ID).length;
  await h.send(
    textUpdate({ text: "/enhance a logo", userId: USER, chatType: "group" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID).slice(before), [
    en("access-banned"),
  ]);
  await h.send(
    textUpdate({ text: "/enhance a logo", userId: USER, chatType: "group" }),
  );
  assert.equal(h.shown(DEFAULT_GROUP_ID).length, before + 1);
});

Deno.test("moderation refuses equal or higher ranks, and only owners appoint admins", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await withCast(h);
  const rank = en("role-refused-rank");
  const cases: [number, string, string][] = [
    [MODERATOR, `/ban ${MODERATOR}`, rank], // themselves
    [MODERATOR, `/ban ${ADMIN}`, rank],
    [MODERATOR, `/ban ${OWNER}`, rank],
    [ADMIN, `/ban ${OWNER}`, rank],
    [ADMIN, `/role ${USER} admin`, en("role-refused-owner-only")],
    [
      ADMIN,
      `/role ${MODERATOR} user`,
      en("role-set", {
        user: String(MODERATOR),
        role: en("role-name-user"),
      }),
    ],
    [
      ADMIN,
      `/role ${MODERATOR} moderator`,
      en("role-set", {
        user: String(MODERATOR),
        role: en("role-name-moderator"),
      }),
    ],
    [
      ADMIN,
      `/role ${MODERATOR} moderator`,
      en("role-refused-unchanged", {
        user: String(MODERATOR),
        role: en("role-name-moderator"),
      }),
    ],
    [
      MODERATOR,
      `/unban ${USER}`,
      en("role-refused-not-banned", {
        user: String(USER),
        role: en("role-name-user"),
      }),
    ],
    [OWNER, `/role ${OWNER} user`, rank],
  ];
  for (const [actor, command, expected] of cases) {
    await h.send(textUpdate({ text: command, userId: actor }));
    assert.equal(last(h, actor), expected, `${actor}: ${command}`);
  }
  assert.equal((await h.deps.roles.read(ADMIN)).role, "admin");
  assert.equal((await h.deps.roles.read(OWNER)).role, "owner");
});

Deno.test("an owner's role change: a user becomes admin, with the admin menu in their chat, and can use admin commands", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await h.send(textUpdate({ text: "/audit", userId: USER }));
  assert.equal(last(h, USER), en("unknown-command"));
  await h.send(textUpdate({ text: `/role ${USER} admin`, userId: OWNER }));
  assert.equal(
    last(h, OWNER),
    en("role-set", { user: String(USER), role: en("role-name-admin") }),
  );
  const menu = h.tg.callsOf("setMyCommands").at(-1)!;
  assert.deepEqual(menu.payload.scope, { type: "chat", chat_id: USER });
  assert.ok(
    (menu.payload.commands as { command: string }[]).some((c) =>
      c.command === "audit"
    ),
  );
  await h.send(textUpdate({ text: "/audit", userId: USER }));
  assert.match(last(h, USER), /^📜/);

  await h.send(textUpdate({ text: `/role ${USER} user`, userId: OWNER }));
  const reset = h.tg.callsOf("deleteMyCommands").at(-1)!;
  assert.deepEqual(reset.payload.scope, { type: "chat", chat_id: USER });
  await h.send(textUpdate({ text: "/audit", userId: USER }));
  assert.equal(last(h, USER), en("unknown-command"));
});

Deno.test("a stored role wins over ADMIN_IDS: an owner demotes a seeded admin, and only an owner unbans one", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await withCast(h);
  await h.send(textUpdate({ text: `/ban ${ADMIN}`, userId: OWNER }));
  assert.equal((await h.deps.roles.read(ADMIN)).role, "banned");
  // Lifting it gives back admin: a moderator may not do that.
  await h.send(textUpdate({ text: `/unban ${ADMIN}`, userId: MODERATOR }));
  assert.equal(last(h, MODERATOR), en("role-refused-rank"));
  await h.send(textUpdate({ text: `/unban ${ADMIN}`, userId: OWNER }));
  assert.equal(
    last(h, OWNER),
    en("unban-done", { user: String(ADMIN), role: en("role-name-admin") }),
  );
  const restored = await h.deps.roles.read(ADMIN);
  assert.deepEqual([restored.role, restored.source], ["admin", "admin_ids"]);
  await h.send(textUpdate({ text: `/role ${ADMIN} moderator`, userId: OWNER }));
  assert.equal((await h.deps.roles.read(ADMIN)).role, "moderator");
  await h.send(textUpdate({ text: "/keys", userId: ADMIN }));
  assert.equal(last(h, ADMIN), en("unknown-command"));
});

Deno.test("bad arguments get the command's usage line", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  const cases: [string, string][] = [
    ["/role", "role-usage"],
    [`/role ${USER}`, "role-usage"],
    [`/role ${USER} king`, "role-usage"],
    [`/role ${USER} owner`, "role-usage"],
    [`/role ${USER} admin now`, "role-usage"],
    ["/role admin", "role-usage"],
    ["/ban", "ban-usage"],
    ["/ban someone", "ban-usage"],
    ["/ban -5", "ban-usage"],
    ["/unban", "unban-usage"],
    [`/unban ${USER} please`, "unban-usage"],
    ["/whois", "whois-usage"],
    ["/whois 99999999999999999", "whois-usage"],
  ];
  for (const [command, usage] of cases) {
    await h.send(textUpdate({ text: command, userId: OWNER }));
    assert.equal(last(h, OWNER), en(usage), command);
  }
  // A reply to a bot's message names no one to moderate.
  const update = textUpdate({ text: "/ban", userId: OWNER, chatType: "group" });
  update.message!.reply_to_message = {
    message_id: 9,
    from: { id: 5, is_bot: true, first_name: "Other bot" },
    chat: update.message!.chat,
    date: update.message!.date,
    text: "beep",
  } as never;
  await h.send(update);
  assert.equal(last(h, DEFAULT_GROUP_ID), en("moderation-not-a-user"));
});

Deno.test("/whois shows a moderator the role, reason, pseudonym and counts, never a prompt; only in private", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), ROLE_ENV);
  await withCast(h);
  await h.send(textUpdate({ text: "secret plans for a party", userId: USER }));
  await h.send(
    textUpdate({ text: `/ban ${USER} rude words`, userId: MODERATOR }),
  );
  await h.send(textUpdate({ text: `/whois ${USER}`, userId: MODERATOR }));
  const card = last(h, MODERATOR);
  assert.match(card, new RegExp(`User ${USER}`));
  assert.ok(card.includes(h.deps.auditLog.pseudonym(USER)));
  assert.match(card, /Role: banned \(set in the chat\)/);
  assert.match(card, /Reason: rude words/);
  assert.match(card, /Prompts enhanced: 1 · in history: 1 · waiting now: 0/);
  assert.ok(!card.includes("party"));
  await h.send(
    textUpdate({
      text: `/whois ${USER}`,
      userId: MODERATOR,
      chatType: "group",
    }),
  );
  assert.equal(
    last(h, DEFAULT_GROUP_ID),
    en("moderation-private-only", { command: "/whois" }),
  );
});

Deno.test("/audit lists role changes, bans and unbans newest first, with pseudonyms and no raw ids, 10 a page", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await withCast(h);
  for (let i = 0; i < 5; i++) {
    await h.send(textUpdate({ text: `/ban ${USER + i * 10}`, userId: ADMIN }));
    await h.send(
      textUpdate({ text: `/unban ${USER + i * 10}`, userId: ADMIN }),
    );
  }
  await h.send(textUpdate({ text: "/audit", userId: OWNER }));
  const page = h.tg.messages(OWNER).at(-1)!;
  const text = "text" in page ? page.text ?? "" : "";
  const lines = text.split("\n").slice(2);
  assert.equal(lines.length, 10);
  const admin = h.deps.auditLog.pseudonym(ADMIN);
  assert.match(
    lines[0],
    new RegExp(`${admin} unbanned ${h.deps.auditLog.pseudonym(USER + 40)}$`),
  );
  assert.match(
    lines[1],
    new RegExp(`${admin} banned ${h.deps.auditLog.pseudonym(USER + 40)}$`),
  );
  for (const id of [OWNER, ADMIN, MODERATOR, USER]) {
    assert.ok(!text.includes(String(id)), `raw id ${id} in the audit log`);
  }
  const older = JSON.stringify(page.reply_markup);
  assert.match(older, /audit:page:1/);
  const update = {
    callback_query: {
      id: "cbq-audit",
      from: { id: OWNER, is_bot: false, first_name: "Owner" },
      message: page,
      chat_instance: "x",
      data: "audit:page:1",
    },
  };
  await h.send(update as never);
  const second = h.tg.messages(OWNER).at(-1)!;
  const secondText = "text" in second ? second.text ?? "" : "";
  // The two role changes of withCast, oldest last.
  assert.match(
    secondText,
    /changed .*: user → trusted\n.*changed .*: user → moderator$/,
  );
});

Deno.test("a banned user's inline queries get no results; isBanned() and roleOf() tell the inline feature", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await h.send(textUpdate({ text: `/ban ${USER}`, userId: OWNER }));
  assert.equal(await h.deps.roles.isBanned(USER), true);
  assert.equal(await h.deps.roles.roleOf(ADMIN), "admin");
  const inline = (id: number) => ({
    inline_query: {
      id: `iq-${id}`,
      from: { id, is_bot: false, first_name: "Someone" },
      query: "a logo",
      offset: "",
    },
  });
  await h.send(inline(USER) as never);
  const answers = h.tg.callsOf("answerInlineQuery");
  assert.equal(answers.length, 1);
  assert.deepEqual(answers[0].payload.results, []);
  assert.equal(answers[0].payload.inline_query_id, `iq-${USER}`);
  await h.send(inline(TRUSTED) as never);
  const others = h.tg.callsOf("answerInlineQuery");
  assert.equal(others.length, 2, "others go on to the inline feature");
  assert.ok(
    (others[1].payload.results as unknown[]).length > 0,
    "and get results",
  );
});

Deno.test("/help lists the commands of the reader's role", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await h.send(textUpdate({ text: "/help", userId: USER }));
  await h.send(textUpdate({ text: "/help", userId: ADMIN }));
  assert.match(last(h, USER), /\/privacy — /);
  assert.doesNotMatch(last(h, USER), /\/ban|\/audit|\/keys/);
  for (
    const command of ["/ban", "/unban", "/whois", "/role", "/audit", "/keys"]
  ) {
    assert.ok(last(h, ADMIN).includes(`${command} — `), command);
  }
});

Deno.test("a banned user's typed answer to waiting questions is refused, also while the bot guesses new users' keys absent", async () => {
  const OWNER = 1, USER = 4242;
  await using h = await startFeatureBot(answering("OK"), {
    OWNER_ID: String(OWNER),
  });
  const now = h.deps.clock.now();
  await h.deps.sessions.changePending(USER, USER, () => ({
    askId: crypto.randomUUID(),
    messageId: 77,
    request: { userId: USER, chatId: USER, prompt: "a logo", category: "auto" },
    questions: [
      { text: "Q1?", options: ["a"] },
      { text: "Q2?", options: ["b"] },
      { text: "Q3?", options: ["c"] },
    ],
    answers: [],
    expiresAt: now + 3_600_000,
  }));
  assert.ok((await h.deps.roles.setRole(OWNER, USER, "banned")).ok);
  await h.send(textUpdate({ text: "my typed answer", userId: USER }));
  const pending = await h.deps.sessions.pending(USER, USER, h.deps.clock.now());
  assert.deepEqual(pending?.answers ?? [], [], "no answer recorded");
  assert.deepEqual(h.tg.sentTexts(USER), [en("access-banned")]);
});
