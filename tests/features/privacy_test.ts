import assert from "node:assert/strict";
import type { Message } from "grammy/types";
import { loadConfig } from "../../src/config/config.ts";
import {
  encryptionConfigured,
  EXPORT_FILENAME,
} from "../../src/features/privacy.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { privacyText } from "../../src/ui/roles_texts.ts";
import type { UploadedFile } from "../fakes/telegram_api.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  textUpdate,
} from "../fakes/updates.ts";
import { en, historyWriter, text } from "../support.ts";
import { answering, startFeatureBot } from "./harness.ts";
import { OWNER, ROLE_ENV, USER } from "./roles_support.ts";

type Harness = Awaited<ReturnType<typeof startFeatureBot>>;

/** The JSON document of the last /export sent to `chatId`. */
function lastExport(h: Harness, chatId: number) {
  const call = h.tg.callsOf("sendDocument").filter((c) =>
    c.payload.chat_id === chatId
  ).at(-1);
  assert.ok(call, "a document was sent");
  const file = call.payload.document as UploadedFile;
  assert.equal(file.filename, EXPORT_FILENAME);
  return JSON.parse(new TextDecoder().decode(file.bytes));
}

function confirmForget(h: Harness, userId: number) {
  const question = h.tg.messages(userId).at(-1) as Message;
  return callbackUpdate({
    data: "privacy:forget:yes",
    userId,
    chatId: userId,
    messageId: question.message_id,
    messageText: "text" in question ? question.text : undefined,
  });
}

Deno.test("/privacy says what is kept, for how long, who sees it, and whether it is encrypted", async () => {
  await using h = await startFeatureBot(null, { HISTORY_RETENTION_DAYS: "30" });
  await h.send(textUpdate({ text: "/privacy", userId: USER }));
  const [shown] = h.shown(USER);
  assert.match(shown, /last 20 prompts/);
  assert.match(shown, /deleted 30 days after/);
  assert.match(shown, /stored in the database unencrypted/);
  assert.match(shown, /\/export/);
  assert.match(shown, /\/forget/);
  const t = createI18n().translator("en");
  const encrypted = privacyText(t, {
    historyLimit: 5,
    retentionDays: 0,
    encrypted: true,
  });
  assert.match(encrypted, /are encrypted in the database/);
  assert.match(encrypted, /stays until you delete it/);
});

Deno.test("/privacy says the prompts are encrypted when ENCRYPTION_KEYS is set", async () => {
  await using h = await startFeatureBot(null, {
    ENCRYPTION_KEYS: "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
  });
  await h.send(textUpdate({ text: "/privacy", userId: USER }));
  const [shown] = h.shown(USER);
  assert.match(shown, /are encrypted in the database/);
  assert.doesNotMatch(shown, /unencrypted/);
  const config = loadConfig({
    BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
  });
  assert.equal(encryptionConfigured(config), false);
});

Deno.test("/export sends a JSON document with the profile, settings, history, quotas and role", async () => {
  await using h = await startFeatureBot(answering("IMPROVED PROMPT"), {
    ...ROLE_ENV,
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
  });
  await h.send(textUpdate({ text: "/category coding", userId: USER }));
  await h.send(
    textUpdate({ text: "a script that renames photos", userId: USER }),
  );
  await h.send(textUpdate({ text: "a poem about trains", userId: USER }));
  await h.send(textUpdate({ text: `/role ${USER} trusted`, userId: OWNER }));
  await h.send(textUpdate({ text: "/export", userId: USER }));
  const doc = lastExport(h, USER);
  assert.equal(doc.format, "promptsmith-export/1");
  assert.deepEqual(doc.user, { id: USER, role: "trusted", access: null });
  assert.deepEqual(doc.quotas, {
    today: { used: 2, limit: 200 },
    lastMinute: { used: 2, limit: 20 },
  });
  const [profile] = doc.records.profile;
  assert.equal(profile.value.prefs.category, "coding");
  assert.equal(profile.value.enhancements, 2);
  const prompts = doc.records.history.map((
    r: { value: { prompt: string; result: string } },
  ) => r.value);
  assert.deepEqual(prompts.map((p: { prompt: string }) => p.prompt), [
    "a script that renames photos",
    "a poem about trains",
  ]);
  assert.ok(
    prompts.every((p: { result: string }) =>
      p.result.includes("IMPROVED PROMPT")
    ),
  );
  assert.equal(doc.records.role[0].value.role, "trusted");
  assert.deepEqual(doc.records.history_meta[0].key, ["history_meta", USER]);
  // In a group, only a pointer to the private chat.
  await h.send(
    textUpdate({ text: "/export", userId: USER, chatType: "group" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), [
    en("moderation-private-only", { command: "/export" }),
  ]);
});

Deno.test("/forget after its confirmation: /history is empty and /export holds only the user's existence", async () => {
  await using h = await startFeatureBot(answering("IMPROVED PROMPT"), {
    RATE_LIMIT_PER_MINUTE: "5",
  });
  await h.send(textUpdate({ text: "/language de", userId: USER }));
  await h.send(textUpdate({ text: "a poem about trains", userId: USER }));
  await h.send(textUpdate({ text: "a poster for a jazz night", userId: 4444 }));
  await h.send(textUpdate({ text: "/forget", userId: USER }));
  assert.ok(
    JSON.stringify(h.tg.messages(USER).at(-1)?.reply_markup).includes(
      "privacy:forget:yes",
    ),
  );
  // Nothing happens before the button.
  assert.equal(await h.deps.history.count(USER), 1);
  await h.send(confirmForget(h, USER));
  assert.match(h.shown(USER).at(-1)!, /^Fertig/);
  await h.send(textUpdate({ text: "/history", userId: USER }));
  assert.equal(h.shown(USER).at(-1), en("history-empty"));
  await h.send(textUpdate({ text: "/export", userId: USER }));
  const doc = lastExport(h, USER);
  assert.deepEqual(doc.user, { id: USER, role: "user", access: null });
  // Only the cooldowns of the two commands just run, which /forget keeps.
  assert.deepEqual(Object.keys(doc.records), ["privacy_cooldown"]);
  assert.deepEqual(
    doc.records.privacy_cooldown.map((r: { key: unknown[] }) => r.key[2]),
    ["export", "forget"],
  );
  assert.equal(doc.quotas.today.used, 0);
  // Someone else's data is untouched; the audit log notes the request under a pseudonym.
  assert.equal(await h.deps.history.count(4444), 1);
  const [entry] = (await h.deps.auditLog.page()).entries;
  assert.equal(entry.action, "forget");
  assert.equal(entry.actor, h.deps.auditLog.pseudonym(USER));
});

Deno.test("/forget's Keep button deletes nothing", async () => {
  await using h = await startFeatureBot(answering("IMPROVED PROMPT"));
  await h.send(textUpdate({ text: "a poem about trains", userId: USER }));
  await h.send(textUpdate({ text: "/forget", userId: USER }));
  const question = h.tg.messages(USER).at(-1) as Message;
  await h.send(callbackUpdate({
    data: "privacy:forget:no",
    userId: USER,
    chatId: USER,
    messageId: question.message_id,
  }));
  assert.equal(h.shown(USER).at(-1), en("forget-kept"));
  assert.equal(await h.deps.history.count(USER), 1);
});

Deno.test("/forget keeps a ban: forgetting does not lift it", async () => {
  await using h = await startFeatureBot(answering("IMPROVED PROMPT"), ROLE_ENV);
  await h.send(textUpdate({ text: "a poem about trains", userId: USER }));
  await h.send(textUpdate({ text: "/forget", userId: USER }));
  await h.send(textUpdate({ text: `/ban ${USER}`, userId: OWNER }));
  await h.send(confirmForget(h, USER));
  assert.equal(
    await h.deps.history.count(USER),
    1,
    "a banned user's tap is refused",
  );
  assert.equal((await h.deps.roles.read(USER)).role, "banned");
});

Deno.test("/export and /forget have a cooldown per user: a second run within a minute is refused, in the user's language", async () => {
  await using h = await startFeatureBot(answering("IMPROVED PROMPT"));
  await h.send(textUpdate({ text: "a poem about trains", userId: USER }));
  await h.send(textUpdate({ text: "/export", userId: USER }));
  await h.send(textUpdate({ text: "/export", userId: USER }));
  const exports = () =>
    h.tg.callsOf("sendDocument").filter((c) => c.payload.chat_id === USER);
  assert.equal(exports().length, 1, "one document, not two");
  assert.equal(
    h.shown(USER).at(-1),
    en("privacy-cooldown", { command: "/export", seconds: 60 }),
  );
  // Someone else is not held up by it.
  await h.send(textUpdate({ text: "/export", userId: 4444 }));
  assert.equal(h.tg.callsOf("sendDocument").length, 2);

  await h.send(textUpdate({ text: "/forget", userId: USER }));
  await h.send(confirmForget(h, USER));
  assert.match(h.shown(USER).at(-1)!, /^Done/);
  await h.send(textUpdate({ text: "a poster for a jazz night", userId: USER }));
  await h.send(textUpdate({ text: "/forget", userId: USER }));
  await h.send(confirmForget(h, USER));
  const alert = h.tg.callsOf("answerCallbackQuery").at(-1)!.payload;
  assert.equal(
    alert.text,
    en("privacy-cooldown", { command: "/forget", seconds: 60 }),
  );
  assert.equal(alert.show_alert, true);
  assert.equal(await h.deps.history.count(USER), 1, "nothing deleted");
  assert.ok(
    JSON.stringify(h.tg.messages(USER).at(-1)?.reply_markup).includes(
      "privacy:forget:yes",
    ),
    "the question stays, to be answered later",
  );
});

Deno.test("a /forget that cannot finish (records keep coming) says to try again, and the next tap can at once", async () => {
  const writer = historyWriter(USER);
  await using h = await startFeatureBot(answering("IMPROVED PROMPT"), {}, {
    wrapKv: writer.wrapKv,
  });
  await h.send(textUpdate({ text: "/language de", userId: USER }));
  await h.send(textUpdate({ text: "/forget", userId: USER }));
  await h.send(confirmForget(h, USER));
  assert.ok(writer.writes > 5, `${writer.writes} writes: every round ran`);
  // The apology in the user's language, never "done".
  assert.equal(h.shown(USER).at(-1), text("de", "error-generic"));
  assert.ok(!h.shown(USER).some((m) => /^Fertig/.test(m)));
  // What was deleted is known to this instance, and the request is audited.
  assert.equal(h.deps.users.peek(USER)?.value ?? null, null);
  const [entry] = (await h.deps.auditLog.page()).entries;
  assert.equal(entry.action, "forget");
  // The question still has its buttons; tapped again once the writing
  // stops, it runs at once (no cooldown) and finishes.
  writer.stop();
  await h.send(confirmForget(h, USER));
  assert.match(
    h.shown(USER).at(-1)!,
    /^Done: deleted (one record|\d+ records)\./,
  );
  await h.send(textUpdate({ text: "/export", userId: USER }));
  assert.deepEqual(Object.keys(lastExport(h, USER).records), [
    "privacy_cooldown",
  ]);
});
