import assert from "node:assert/strict";
import { createI18n } from "../../src/ui/i18n.ts";
import { auditText, privacyText, whoisText } from "../../src/ui/roles_texts.ts";

const i18n = createI18n();

/** Texts shown as a button's alert: Telegram cuts them at 200 characters. */
const ALERTS = [
  "access-banned",
  "access-not-allowed",
  "access-pending",
  "access-denied",
  "access-answered-approved",
  "access-answered-denied",
  "access-unknown-request",
  "role-refused-rank",
];

Deno.test("the roles area's alert texts fit Telegram's 200 characters in every language", () => {
  for (const locale of i18n.locales) {
    for (const id of ALERTS) {
      const text = i18n.t(locale, id);
      assert.ok(
        text.length <= 200,
        `${locale} ${id}: ${text.length} characters`,
      );
      assert.notEqual(text, id, `${locale} has ${id}`);
    }
  }
});

Deno.test("ban-done and forget-done take each language's plural forms, never English", () => {
  const cases: Record<string, Record<number, RegExp>> = {
    ru: {
      1: /отменён 1 ожидавший промпт/,
      3: /3 ожидавших промпта/,
      5: /5 ожидавших промптов/,
    },
    uk: { 1: /1 промпт, що чекав/, 3: /3 промпти/, 5: /5 промптів/ },
    pl: {
      1: /1 oczekujący prompt/,
      3: /3 oczekujące prompty/,
      5: /5 oczekujących promptów/,
    },
    ar: { 1: /موجّهه المنتظر/, 2: /موجّهاه/, 3: /3 موجّهات/, 11: /11 موجّهًا/ },
  };
  for (const [locale, counts] of Object.entries(cases)) {
    for (const [count, pattern] of Object.entries(counts)) {
      const text = i18n.t(locale as never, "ban-done", {
        user: "7",
        cancelled: Number(count),
      });
      assert.match(text, pattern, `${locale} ${count}`);
      assert.doesNotMatch(text, /Banned|prompts? were/);
    }
    assert.doesNotMatch(
      i18n.t(locale as never, "forget-done", { count: 5 }),
      /Done|deleted/,
    );
  }
  assert.equal(
    i18n.t("en", "ban-done", { user: "7", cancelled: 0 }),
    "✓ Banned user 7.",
  );
});

Deno.test("whoisText() shows role, source, reason, access and counts; auditText() one line per entry", () => {
  const t = i18n.translator("en");
  const whois = whoisText(t, {
    standing: {
      userId: 42,
      role: "banned",
      source: "stored",
      record: {
        role: "banned",
        since: Date.UTC(2026, 0, 2, 3, 4),
        reason: "spam",
      },
      access: { status: "approved", since: 0 },
    },
    pseudonym: "u_0123456789ab",
    profile: {
      firstSeenAt: Date.UTC(2025, 5, 1),
      lastSeenAt: Date.UTC(2026, 0, 1),
      enhancements: 7,
    },
    historyCount: 3,
    jobs: 1,
  });
  assert.equal(
    whois,
    [
      "👤 User 42 · u_0123456789ab",
      "Role: banned (set in the chat)",
      "Since: Jan 2, 2026, 3:04 AM UTC",
      "Reason: spam",
      "Access: approved",
      "First seen Jun 1, 2025, 12:00 AM UTC, last seen Jan 1, 2026, 12:00 AM UTC",
      "Prompts enhanced: 7 · in history: 3 · waiting now: 1",
    ].join("\n"),
  );
  const audit = auditText(t, [
    {
      at: Date.UTC(2026, 0, 2),
      action: "role",
      actor: "u_a",
      target: "u_b",
      from: "user",
      to: "moderator",
    },
    { at: Date.UTC(2026, 0, 1), action: "broadcast", actor: "u_a", count: 12 },
  ], 0);
  assert.deepEqual(audit.split("\n").slice(2), [
    "Jan 2, 2026, 12:00 AM UTC · u_a changed u_b: user → moderator",
    "Jan 1, 2026, 12:00 AM UTC · u_a sent a broadcast to 12 people",
  ]);
  assert.equal(auditText(t, [], 0), t("audit-empty"));
  assert.match(
    privacyText(t, { historyLimit: 20, retentionDays: 90, encrypted: false }),
    /90 days after/,
  );
});
